# Texts shared by every view: severities, families, the summary and result lines, labels.

# Text shown as it is: what renderers are tested with (escaping, control characters).
verbatim = { $text }

severity-error = virhe
severity-warning = varoitus
severity-info = huomio

family-format = Suunnitelman muoto
family-integration_act = Kotoutumislaki
family-governance = Monitasohallinta (Euroopan neuvosto)
family-good_relations = Hyvät väestösuhteet
family-participation = Osallisuus
family-pyramid = Pyramidi

summary-errors = { $count ->
    [one] 1 virhe
   *[other] { $count } virhettä
}
summary-warnings = { $count ->
    [one] 1 varoitus
   *[other] { $count } varoitusta
}

summary-infos = { $count ->
    [one] 1 huomio
   *[other] { $count } huomiota
}

# Tekstiraportti.
text-plan = suunnitelma
text-plan-files = { $count ->
    [one] 1 suunnitelmatiedosto
   *[other] { $count } suunnitelmatiedostoa
}
text-config = asetukset:
text-config-none = ei asetustiedostoa
text-no-plan-files = suunnitelmatiedostoja (.yaml, .yml, .toml) ei löytynyt hakemistosta { $root }
text-note = huom.:
text-unreadable = sisältösääntöjä ei ajettu: { $count ->
    [one] 1 suunnitelmatiedostoa ei voitu lukea; korjaa se ensin
   *[other] { $count } suunnitelmatiedostoa ei voitu lukea; korjaa ne ensin
}
text-skipped = { $count ->
    [one] 1 sääntö ohitettiin
   *[other] { $count } sääntöä ohitettiin
}, koska näitä osioita ei voitu lukea kokonaan: { $sections } ({ $ids })
text-held-back = { $count ->
    [one] 1 havainto odottaa
   *[other] { $count } havaintoa odottaa
}, kunnes arvo kohdassa { $place } on korjattu ({ $ids })
text-held-back-more = { $line }; lisäksi { $count } muuta odottaa
text-waiting = { $count ->
    [one] 1 sääntö, joka lukee arvon kohdassa { $place }, odottaa sen korjaamista ennen arviotaan ({ $ids })
   *[other] { $count } sääntöä, jotka lukevat arvon kohdassa { $place }, odottavat sen korjaamista ennen arviotaan ({ $ids })
}
text-held-back-and-waiting = { $held }; { $count ->
    [one] lisäksi 1 sääntö odottaa sitä ({ $ids })
   *[other] lisäksi { $count } sääntöä odottaa sitä ({ $ids })
}
text-held-back-values = { $count ->
    [one] lisäksi 1 arvo pidättää havaintoja (`--format json` luettelee ne kohdassa `held_back`)
   *[other] lisäksi { $count } arvoa pidättää havaintoja (`--format json` luettelee ne kohdassa `held_back`)
}
text-ids-and-more = { $ids } ja { $count } muuta
text-checklist = tarkistuslista: { $statutory ->
    [one] 1 lakisääteinen puute
   *[other] { $statutory } lakisääteistä puutetta
}, täytettyjä velvoitteita { $met }, arvioimatta { $unjudged } (`goodrel checklist` näyttää perusteet)
list-and = { $rest } ja { $last }
text-by-family = ryhmittäin: { $families }
text-family-counts = { $family }: { $counts }
text-grouped = { $count } havaintoa (`--show-all` näyttää ne yksitellen):
text-help = korjaus:
text-source = lähde:
result-errors = lakisääteisiä puutteita tai muotovirheitä
result-clean = ei virheitä
result-line = { $root }: { $verdict } ({ $errors }, { $warnings }, { $infos })
table-family = ryhmä
table-errors = virheet
table-warnings = varoitukset
table-info = huomiot
table-id = tunnus
table-name = nimi
table-severity = vakavuus
table-checks = tarkistaa
explain-family = ryhmä:
explain-severity = vakavuus: { $severity } (oletus)
explain-checks = Mitä sääntö tarkistaa
explain-why = Miksi
explain-fix = Näin korjaat
explain-sources = Lähteet
explain-duty = tarkistuslista: { $duty } ({ $basis })
summary-line-config = { $root }: { $errors }, { $warnings }, { $infos }; asetukset: { $config }
junit-switched-off = kytketty pois asetuksissa

# Markdown-raportti.
markdown-title = goodrel-raportti
markdown-config = Asetukset: { $config }.
markdown-empty = Hakemistosta ei löytynyt suunnitelmatiedostoja (.yaml, .yml, .toml).
markdown-verdict = { $verdict }: { $errors }, { $warnings }, { $infos }; { $files }.
markdown-more = { $count ->
    [one] 1 havainto lisää
   *[other] { $count } havaintoa lisää
}: katso ajon loki tai SARIF-tiedosto.
markdown-rule = Sääntö
markdown-finding = Havainto
markdown-where = Kohta

# docs/rules.fi.md, tuotettu sääntöjen määrittelyistä ja tästä luettelosta.
catalogue-title = goodrelin säännöt
catalogue-generated = Tuotettu sääntöjen määrittelyistä (src/rules/) ja käännösluettelosta (locales/) komennolla `cargo test --test docs`; älä muokkaa käsin.
catalogue-intro = Vakavuus: **virhe** lakisääteisistä velvoitteista (laki kotoutumisen edistämisestä 681/2023, yhdenvertaisuuslaki) ja suunnitelman muotovirheistä; **varoitus** Euroopan neuvoston oppaan elementeistä ja muista suosituksista; **huomio** neuvoista. Kunkin säännön perusteluissa kerrotaan, miksi sillä on tämä vakavuus. `goodrel explain TUNNUS --lang fi` näyttää saman tekstin.
catalogue-default-severity = oletusvakavuus **{ $severity }**
catalogue-checks = Tarkistaa.
catalogue-why = Miksi.
catalogue-fix = Korjaus.
catalogue-duty = Tarkistuslista.
catalogue-sources = Lähteet.

# Saman säännön havainnot, jotka ylittävät rajan, kootaan yhdeksi.
# After the first items of a long list in a message; { $rest } is how many more.
list-more = { " " }ja { $rest } muuta

fold-more = { $count ->
    [one] 1 muu saman säännön havainto koottu tähän: sama ongelma tässä kohdassa
   *[other] { $count } muuta saman säännön havaintoa koottu yhdeksi: sama ongelma tässä ja { $others } muussa kohdassa (JSON-tulosteen `also` luettelee niistä enintään { $listed })
}
fold-also = myös kohdissa: { $places }
fold-also-more = myös kohdissa: { $places } ja { $rest } muussa
text-grouped-folded = { $count } havaintoa (ensimmäiset { $cap } luetellaan, loput on koottu yhteen; `--format json` luettelee enintään { $listed } kohtaa):

sarif-related-capped = relatedLocations sisältää ensimmäiset { $shown } muista kohdista (yhteensä { $count }).

# An item of the plan with its date, e.g. in a list of consultations.
item-dated = { $item } ({ $date })


# The regional authorities that receive the reports (the ten vitality centres from 2026 and
# the fifteen ELY Centres before them), selected by goodrel's key for each (the list is in
# src/model/authorities.rs): a plan may name its authority in Finnish or Swedish, and a
# message names it in the reader's language; a name goodrel does not know is shown as the
# plan writes it. Finnish names as tem.fi lists them (27.11.2025); Swedish names in the
# authorities' own form ("Livskraftscentralen i Österbotten"). English keeps the plan's words.
authority-name = { $key ->
    [vc-uusimaa] Uudenmaan elinvoimakeskus
    [vc-lounais-suomi] Lounais-Suomen elinvoimakeskus
    [vc-kaakkois-suomi] Kaakkois-Suomen elinvoimakeskus
    [vc-sisa-suomi] Sisä-Suomen elinvoimakeskus
    [vc-keski-suomi] Keski-Suomen elinvoimakeskus
    [vc-ita-suomi] Itä-Suomen elinvoimakeskus
    [vc-etela-pohjanmaa] Etelä-Pohjanmaan elinvoimakeskus
    [vc-pohjanmaa] Pohjanmaan elinvoimakeskus
    [vc-pohjois-suomi] Pohjois-Suomen elinvoimakeskus
    [vc-lappi] Lapin elinvoimakeskus
    [ely-uusimaa] Uudenmaan ELY-keskus
    [ely-varsinais-suomi] Varsinais-Suomen ELY-keskus
    [ely-satakunta] Satakunnan ELY-keskus
    [ely-hame] Hämeen ELY-keskus
    [ely-pirkanmaa] Pirkanmaan ELY-keskus
    [ely-kaakkois-suomi] Kaakkois-Suomen ELY-keskus
    [ely-etela-savo] Etelä-Savon ELY-keskus
    [ely-pohjois-savo] Pohjois-Savon ELY-keskus
    [ely-pohjois-karjala] Pohjois-Karjalan ELY-keskus
    [ely-keski-suomi] Keski-Suomen ELY-keskus
    [ely-etela-pohjanmaa] Etelä-Pohjanmaan ELY-keskus
    [ely-pohjanmaa] Pohjanmaan ELY-keskus
    [ely-pohjois-pohjanmaa] Pohjois-Pohjanmaan ELY-keskus
    [ely-kainuu] Kainuun ELY-keskus
    [ely-lappi] Lapin ELY-keskus
   *[other] { $written }
}

# A time known only by the phase of the plan (a consultation `date: {during: planning}`).
when-during = { $phase }

# A number of meetings a year the plan gives (`meetings_per_year: 5`).
times-a-year = { $count ->
    [one] kerran vuodessa
   *[other] { $count } kertaa vuodessa
}
