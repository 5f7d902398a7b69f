# `goodrel report`: HTML-raportti, kahden vuoden raportin luonnos ja alueellinen yhteenveto.

report-title = Kotoutumisohjelma ja hyvät väestösuhteet: { $municipality }
report-contents = Sisällys
report-footer = Laadittu goodrel-työkalun versiolla { $version } suunnitelman tiedostoista. Ei skriptejä eikä ulkoisia resursseja.
report-municipality = Kunta
report-plan-dir = Suunnitelman hakemisto
report-period = Suunnitelmakausi
report-approval = Hyväksyminen
report-approval-value = { $body }, { $date }
report-regional-authority = Alueviranomainen
report-as-of = Määräajat arvioitu päivänä
report-version = Työkalu
report-config = Käytetty asetustiedosto
report-config-none = ei mitään (oletustasot)
report-technical = Tietoa raportista
report-result = Havainnot
report-counts = { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
}, { $warnings ->
    [one] 1 varoitus
   *[other] { $warnings } varoitusta
}, { $infos ->
    [one] 1 huomio
   *[other] { $infos } huomiota
}
report-not-given = ei mainittu suunnitelmassa
report-not-checked-note = Osaa suunnitelmasta ei voitu lukea, joten sisältösääntöjä ei ajettu. Tarkistuslistassa mitään velvoitetta ei ole arvioitu; katso havainnot.
report-yes = kyllä
report-no = ei

# Tarkistuslista.
report-checklist = Lakisääteinen tarkistuslista
report-checklist-programme = Kotoutumisohjelma (kotoutumislaki, 13 §)
report-checklist-programme-caption = Kotoutumisohjelman osat
report-checklist-planning = Suunnittelun osa-alueet (kotoutumislaki, 45 §)
report-checklist-planning-caption = Suunnittelun osa-alueet: tavoite, toimenpide, vastuutaho, yhteistyö, mittari
report-checklist-duties = Muut velvoitteet ja suositukset
report-checklist-row = Osa tai osa-alue
report-checklist-duty = Velvoite
report-checklist-kind = Laji
report-checklist-state = Tila
report-checklist-links = ✓ vie sen täyttäviin kohtiin, ✗ sen havaintoihin.
report-checklist-evidence = Mikä täyttää kunkin ✓:n
report-duty-statutory = lakisääteinen
report-duty-guidance = suositus
report-mark-ok = kunnossa
report-mark-gap = puute
report-mark-not-checked = ei arvioitu

# Pyramidi.
report-pyramid = Tilannekuvan pyramidi
report-pyramid-intro = Euroopan neuvoston oppaan kolme tasoa: perustana yleiset palvelut, keskellä yhdenvertaisuus ja osallisuus, huipulla vuorovaikutus ja konfliktit. Kuhunkin tasoon on merkitty sille sijoitettujen kohteiden määrä; mitä tummempi sävy, sitä suurempi osuus kohteista toteutetaan { $kind ->
    [city] kaupungin
   *[municipality] kunnan
} ulkopuolisten kumppanien kanssa. Tasolla, jolla on puutteita, on punainen katkoviivareunus ja varoitusmerkki.
report-pyramid-legend = Luku: kohteiden määrä. Sävy: { $kind ->
    [city] kaupungin
   *[municipality] kunnan
} ulkopuolisten kumppanien osuus (kirjoitettu myös kuvan viereen). Punainen katkoviivareunus ja ⚠ lukuineen: tason puutteet.
report-pyramid-svg-title = Suunnitelman pyramidi
report-pyramid-level-desc = { $level }: { $count ->
    [one] 1 kohde
   *[other] { $count } kohdetta
}, { $percent } % { $kind ->
    [city] kaupungin
   *[municipality] kunnan
} ulkopuolisten kumppanien kanssa, { $gaps ->
    [0] ei puutteita.
    [one] 1 puute.
   *[other] { $gaps } puutetta.
}
report-pyramid-level-line = { $count ->
    [one] 1 kohde
   *[other] { $count } kohdetta
}, { $percent } % { $kind ->
    [city] kaupungin
   *[municipality] kunnan
} ulkopuolisten kumppanien kanssa
report-pyramid-level-gaps = { $count ->
    [one] 1 puute
   *[other] { $count } puutetta
}
report-gaps = Puutteet vakavimmasta alkaen
report-gaps-none = Puutteita ei löytynyt.
report-gaps-no-measures = Suunnitelmassa ei ole toimenpiteitä, joten puutteita ei arvioitu.
report-gap-weight = paino { $weight }
report-level-empty = Tälle tasolle ei ole sijoittunut mitään.
report-item = Kohde
report-item-kind = Laji
report-item-uncertain = Epävarma: sijoitettu heikon sanan tai pelkän välillisen perusteen mukaan; suunnitelman kind: tai level: varmistaisi sen
report-item-reason = Miksi se on tällä tasolla
report-item-non-city = { $kind ->
    [city] Kaupungin
   *[municipality] Kunnan
} ulkopuolisia kumppaneita
report-unplaced = Ei sijoittunut millekään tasolle

# Havainnot.
report-findings = Havainnot ryhmittäin
report-findings-none = Ei havaintoja.
report-findings-intro = { $count ->
    [one] Yksi havainto
   *[other] { $count } havaintoa
} ryhmittäin. Lopun liite kertoo samoin numeroin, missä kukin on suunnitelman tiedostoissa ja miten sen voi korjata.
report-finding-place = kohta tiedostoissa
report-places = Liite: havaintojen kohdat suunnitelman tiedostoissa
report-places-intro = Suunnitelman tiedostoja muokkaaville: kunkin havainnon sääntö, tiedosto, rivi ja sarake, kohde, jota se koskee, ja miten sen voi korjata.
report-places-number = Nro
report-places-rule = Sääntö
report-places-where = Tiedosto, rivi ja kohde
report-places-fix = Näin korjaat

# Hallinta.
report-governance = Monitasohallinta
report-governance-level-empty = Tällä tasolla ei ole mitään.
report-governance-actor = toimija
report-governance-structure = rakenne
report-governance-link = liittyvä suunnitelma tai ohjelma
report-governance-missing = Mitä puuttuu
report-governance-missing-none = Viitekokonaisuudesta ei puutu mitään.
report-trace = Tarpeista toimenpiteisiin
report-trace-need = Tarve
report-trace-consultation = Tunnistettu
report-trace-recognised = Käsitelty
report-trace-measures = Toimenpiteet
report-trace-not-recognised = ei käsitelty missään
report-trace-unanswered = mikään toimenpide ei vastaa siihen
report-trace-only-dropped = siihen vastasivat vain luovutut toimenpiteet
report-trace-none = Suunnitelmaan ei ole kirjattu kuulemisissa esiin nousseita tarpeita.

# Mittarit.
report-indicators = Mittarit
report-indicators-none = Suunnitelmassa ei ole mittareita.
report-indicator = Mittari
report-indicator-baseline = lähtötaso
report-indicator-target = tavoitetaso
report-indicator-latest = viimeisin
report-indicator-drawn = Kuvana
report-indicator-bar-desc = { $label } { $value } { $unit } ({ $date })
report-indicator-bar-none = { $label }: ei annettu

# Yhteenvedon pyramidin muoto.
report-shape-title = Pyramidin muoto
report-shape-desc = Kohteita huipulla { $top }, keskitasolla { $middle }, perustassa { $base }.

# Kahden vuoden raportin luonnos.
report-todo = KIRJOITETTAVA:
report-draft-title = Raportti alueviranomaiselle kahden vuoden välein (luonnos)
report-draft-period = Raportointikausi: { $start } – { $end }.
report-draft-to = Vastaanottaja:
report-draft-intro = Luonnos on koottu suunnitelman tiedoista. Jokainen luku on suunnitelmasta, ja sen päivämäärä on mainittu. Kohdat, jotka on merkitty kirjoitettaviksi, puuttuvat suunnitelmasta: koordinaattori kirjoittaa ne.
report-draft-todo-authority = alueviranomainen (ELY-keskus tai elinvoimakeskus), jolle raportti annetaan.
report-draft-objectives = Miten tavoitteet saavutettiin
report-draft-todo-objectives = suunnitelmassa ei ole tavoitteita: kuvaa, mihin pyrittiin ja mitä saavutettiin.
report-draft-areas = Suunnittelun osa-alue: { $areas }
report-draft-todo-no-indicator = tavoitteella ei ole mittaria: kuvaa, miten se saavutettiin.
report-draft-figure = { $value } { $unit } ({ $date })
report-draft-at-start = kauden alussa { $figure }
report-draft-at-end = viimeisin kauden aikana { $figure }
report-draft-target = tavoitetaso { $figure }
report-draft-no-start = ei arvoa kauden alussa
report-draft-no-end = kauden aikana ei mitattu arvoa
report-draft-no-target = ei tavoitetasoa
report-draft-todo-measure-indicator = mittarilla { $indicator } ei ole kauden aikana mitattua arvoa: lisää viimeisin luku ja sen lähde.
report-draft-measures = Toteutetut toimenpiteet
report-draft-measures-intro = Toimenpiteet, joiden aikataulu osuu kaudelle, suunnitelmaan kirjatun tilan mukaan.
report-draft-measures-done = Toteutettu
report-draft-measures-ongoing = Käynnissä
report-draft-measures-planned = Aikataulutettu, ei aloitettu
report-draft-measures-dropped = Luovuttu
report-draft-todo-measure-status = suunnitelmassa ei ole näiden toimenpiteiden tilaa tai aikataulua: { $measures }.
report-draft-todo-measures = mitä toimenpiteillä saatiin aikaan ja miksi joistakin luovuttiin tai ne viivästyivät.
report-draft-access = Palvelujen yhdenvertainen saatavuus
report-draft-languages = kielet: { $languages }
report-draft-no-languages = kieliä ei mainittu
report-draft-client-language = asiakkaan omalla kielellä
report-draft-groups = kohderyhmät: { $groups }
report-draft-no-groups = kohderyhmiä ei mainittu
report-draft-todo-services = suunnitelmassa ei ole kotoutumisohjelman palveluja: kuvaa, miten palvelujen saatavuus turvattiin.
report-draft-todo-accessibility = palvelujen saavutettavuus (tilat, digitaaliset palvelut, tulkkaus) ja miten yhdenvertaista saatavuutta seurattiin.
report-draft-finances = Taloudelliset resurssit
report-draft-budget = { $amount } euroa, { $source }
report-draft-budget-year = { $amount } euroa, { $source }, { $year }
report-draft-funding = rahoitus: { $source }, { $amount } euroa
report-draft-funding-no-amount = rahoitus: { $source }, summaa ei mainittu
report-draft-todo-budget = suunnitelmassa ei ole talousarviota kotouttamistyölle kokonaisuutena.
report-draft-todo-funding = näiden toimenpiteiden rahoituksen määrää ei ole mainittu: { $measures }.
report-draft-todo-spent = paljonko rahaa todella käytettiin ja olivatko resurssit riittävät.
report-draft-effectiveness = Vaikuttavuus
report-draft-trend = { $direction ->
    [up] nousi
    [down] laski
   *[same] pysyi ennallaan
}: { $start } → { $end }{ $toward ->
    [toward] , lähemmäs tavoitetasoa
    [away] , kauemmas tavoitetasosta
    [same] , ei lähemmäs tavoitetasoa
   *[none] {""}
}{ $reached ->
    [yes] ; tavoitetaso on saavutettu
   *[no] {""}
}.
report-draft-todo-effectiveness = koordinaattorin ja yhteistyöryhmän arvio siitä, mitä toimenpiteillä saatiin aikaan ja miten vaikuttavuutta arvioitiin.

# Alueellinen yhteenveto.
report-overview-title = Kotouttamissuunnitelmien alueellinen yhteenveto
report-overview-intro = { $count ->
    [one] 1 suunnitelma
   *[other] { $count } suunnitelmaa
}, määräajat arvioitu päivänä { $date }, tarkistettu goodrel-työkalun versiolla { $version }. Järjestetty virheiden mukaan, eniten ensin; kunnan nimestä pääsee sen omaan raporttiin.
report-overview-caption = Yksi rivi kuntaa kohden
report-overview-errors = Virheet
report-overview-warnings = Varoitukset
report-overview-by-family = Ryhmittäin
report-overview-shape = Pyramidi (huippu, keskitaso, perusta)
report-overview-main-gap = Pääasiallinen puute
report-overview-two-yearly = Kahden vuoden raportti
report-overview-family-counts = { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
}, { $warnings ->
    [one] 1 varoitus
   *[other] { $warnings } varoitusta
}
report-overview-no-gap = ei puutteita
report-overview-report-overdue = puuttuu tai puutteellinen ({ $rule })
report-overview-report-submitted = annettu { $date } (kausi päättyi { $end })
report-overview-report-none = ei vielä erääntynyt

# `goodrel report` -komennon virheet (paluuarvo 2).
report-error-plan-file = { $path }: raporttia ei kirjoiteta suunnitelmatiedoston (.yaml, .yml, .toml) päälle; valitse .html-, .md- tai .csv-tiedosto
report-error-inside-plan = { $path }: on suunnitelman hakemiston { $dir } sisällä; kirjoita raportti sen ulkopuolelle
report-error-one-plan = anna yksi suunnitelman hakemisto, tai käytä usealle valitsinta --overview
report-error-overview-format = yhteenveto kirjoitetaan html- tai csv-muodossa
report-error-csv-needs-overview = csv on yhteenvedon muoto; käytä valitsinta --overview
report-error-overview-needs-output = --overview kirjoittaa sivun ja sen viereen kunkin suunnitelman raportin: anna -o TIEDOSTO
report-error-markdown-needs-two-yearly = raportti kirjoitetaan html-muodossa; markdown on valitsinta --two-yearly varten
report-error-no-plan-files = { $root }: suunnitelmatiedostoja (.yaml, .yml, .toml) ei löytynyt; onko tämä suunnitelman hakemisto?

## Writing the report (render/report/output.rs, main.rs)
report-error-link = { $path }: on symbolinen linkki; raporttia ei kirjoiteta linkin kautta, koska se muuttaisi tiedostoa, johon linkki osoittaa: poista linkki tai valitse toinen polku
report-error-wrong-kind = { $path }: on kansio, vaikka tarvitaan tiedosto, tai tiedosto, vaikka tarvitaan kansio; valitse toinen polku
report-error-overview-stdout = yhteenvetosivu linkittää kunkin suunnitelman raporttiin, joka kirjoitetaan sen viereen kansioon, joten se tarvitsee tiedoston: anna -o TIEDOSTO.html (tai --format csv, jolloin yhteenveto tulostetaan CSV-muodossa)
report-error-write = tiedostoa { $path } ei voitu kirjoittaa: { $error }; mitään tiedostoa ei muutettu
report-what-report = raportti ({ $name })
report-what-draft = kahden vuoden välein annettavan raportin luonnos ({ $name })
report-what-overview = { $count ->
    [one] yhteenveto 1 suunnitelmasta
   *[other] yhteenveto { $count } suunnitelmasta
}
report-wrote = kirjoitettu: { $what }, { $format }, tiedostoon { $path }
report-wrote-stdout = kirjoitettu: { $what }, { $format }, vakiotulosteeseen
report-wrote-overview = kirjoitettu: { $what }, { $format }, tiedostoon { $path } ja kunkin suunnitelman raportti kansioon { $dir }
