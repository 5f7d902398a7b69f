# loader texts

plan-more-unknown-keys = … ja { $count ->
    [one] 1 muu tuntematon avain
   *[other] { $count } muuta tuntematonta avainta
}, joita ei luetella erikseen: { $map }

## Reading a plan file (PLAN001, PLAN002).

plan-file-too-large = tiedoston koko on { $size } tavua, enemmän kuin suunnitelmatiedoston enimmäiskoko { $max } tavua; jaa tiedosto toimialoittain
plan-file-too-large-unknown = tiedoston koko on yli { $max } tavua, enemmän kuin suunnitelmatiedoston enimmäiskoko { $max } tavua; jaa tiedosto toimialoittain
plan-not-a-file = tämä ei ole tavallinen tiedosto, joten sitä ei lueta
plan-cannot-read = tiedostoa ei voi lukea: { $error }
plan-binary = tämä on binääritiedosto eikä tekstimuotoinen suunnitelmatiedosto; poista se tai anna sille toinen tiedostopääte
plan-not-utf8 = tiedosto ei ole UTF-8-tekstiä (tallennettu muulla merkistöllä?); tallenna se UTF-8-muodossa
plan-duplicate-key = `{ $key }` on kirjoitettu samaan kohtaan kahdesti; vain jälkimmäinen jäisi voimaan
plan-duplicate-section = osio `{ $key }` on tässä tiedostossa kahdesti; vain jälkimmäinen jäisi voimaan: kirjoita kaikki sen kohdat yhden `{ $key }:`-rivin alle
plan-too-many-values = tiedostossa on yli { $max } arvoa, enemmän kuin suunnitelmatiedostossa voi olla; sitä ei lueta: jaa tiedosto toimialoittain
plan-too-many-values-aliased = tiedosto laajenee yli { $max } arvoon (toisiaan toistavia aliaksia?); sitä ei lueta

plan-toml-syntax = { $plain } (TOML-jäsentimen ilmoitus: { $parser })
plan-toml-unquoted = arvo puuttuu tai teksti on ilman lainausmerkkejä: TOML-muodossa teksti kirjoitetaan lainausmerkkeihin, `name = "Oulu"`
plan-toml-duplicate-key = tämä avain on jo asetettu samassa taulussa; kukin avain esiintyy taulussa vain kerran
plan-toml-unclosed-table = taulun otsikkoa ei ole suljettu: kirjoita se muotoon `[municipality]` tai luettelon kohteelle `[[measures]]`
plan-toml-open-basic-string = lainausmerkeissä olevaa tekstiä ei ole suljettu samalla rivillä: lisää loppumerkki `"` (monirivinen teksti kirjoitetaan `"""`-merkkien väliin)
plan-toml-open-literal-string = lainausmerkeissä olevaa tekstiä ei ole suljettu samalla rivillä: lisää loppumerkki `'`
plan-toml-unclosed-array = hakasulkeissa `[…]` olevaa luetteloa ei ole suljettu, tai sen kohteita ei ole erotettu pilkuilla
plan-toml-inline-table = aaltosulkeissa `{"{"}…{"}"}` olevaa taulua ei ole suljettu, tai sen kohtia ei ole erotettu pilkuilla (taulun on oltava yhdellä rivillä)
plan-toml-expected-equals = avaimen jälkeen puuttuu `=`
plan-toml-invalid = tämä ei ole kelvollista TOML-muotoa
plan-toml-number-too-large = tämä luku on liian suuri

plan-yaml-syntax = { $plain } (YAML-jäsentimen ilmoitus: { $parser })
plan-yaml-tab = tämä rivi on sisennetty sarkaimella; YAML-muodossa sisennetään vain välilyönneillä (YAML-jäsentimen ilmoitus: { $parser })
plan-yaml-second-document = suunnitelmatiedostossa on yksi YAML-asiakirja, mutta tästä alkaa toinen
plan-yaml-undefined-alias = tämä alias viittaa ankkuriin, jota ei ole määritelty ennen sitä
plan-yaml-complex-key = avaimen on oltava pelkkä sana, ei luettelo eikä kartta
plan-yaml-too-deep = asiakirja on sisäkkäin syvemmin kuin { $max } tasoa; suunnitelma ei koskaan tarvitse tätä, joten tiedostoa ei lueta
plan-yaml-dash-indent = tämä rivi on sisennetty eri tavalla kuin ympäröivät luettelon kohteet: jokainen kohde alkaa merkillä `- ` samasta sarakkeesta ja sen kentät ovat ensimmäisen kentän alla
plan-yaml-key-indent = tämä rivi on sisennetty eri tavalla kuin yllä olevat avaimet: saman kartan avaimet alkavat samasta sarakkeesta
plan-yaml-colon = tässä kohdassa `: ` aloittaisi avaimen, mutta avain ei voi alkaa tästä: kirjoita teksti, jossa on `: `, lainausmerkkeihin, tai tarkista rivin sisennys
plan-yaml-unclosed-list = hakasulkeissa `[…]` olevaa luetteloa ei ole suljettu, tai sen kohteita ei ole erotettu pilkuilla
plan-yaml-unclosed-map = aaltosulkeissa `{"{"}…{"}"}` olevaa karttaa ei ole suljettu, tai sen kohtia ei ole erotettu pilkuilla
plan-yaml-open-quote = lainausmerkeissä olevaa tekstiä ei ole suljettu: lisää loppulainausmerkki
plan-yaml-reserved = arvo alkaa merkillä, joka on YAML-muodossa varattu (kuten `@`, `%` tai gravis): kirjoita teksti lainausmerkkeihin
plan-yaml-missing-value = tästä puuttuu arvo, tai arvo alkaa YAML-muodossa varatulla merkillä: kirjoita teksti lainausmerkkeihin
plan-yaml-expected-colon = avaimen jälkeen puuttuu `: ` (kaksoispiste ja välilyönti)
plan-yaml-star = `*` aloittaa tässä YAML-aliaksen: kirjoita `*`-merkillä alkava teksti lainausmerkkeihin
plan-yaml-ampersand = `&` aloittaa tässä YAML-ankkurin: kirjoita `&`-merkillä alkava teksti lainausmerkkeihin
plan-yaml-invalid = tämä ei ole kelvollista YAML-muotoa

## Building the plan from its files (PLAN003–PLAN007).

plan-hint-duplicate-key = Säilytä vain toinen: yhdistä arvot saman avaimen alle tai nimeä uudelleen se, joka tarkoittaa muuta.
plan-hint-toml-syntax = TOML-muodossa teksti kirjoitetaan lainausmerkkeihin (`name = "Oulu"`), `[municipality]` aloittaa taulun ja jokainen `[[measures]]` aloittaa yhden luettelon kohteen.
plan-hint-yaml-syntax = Sisennä YAML-tiedostossa välilyönneillä (ei koskaan sarkaimella), jätä välilyönti jokaisen `:`- ja `-`-merkin jälkeen ja kirjoita lainausmerkkeihin teksti, jossa on `: ` tai joka alkaa erikoismerkillä.
plan-no-municipality = suunnitelmassa ei ole osiota `municipality`, joten siitä ei käy ilmi, minkä kunnan suunnitelma se on
plan-file-not-a-map = suunnitelmatiedosto koostuu osioista (municipality, actors, measures, ...), mutta tässä tiedostossa on { $found }
plan-a-plan-file = suunnitelmatiedosto
plan-this-file = tämä tiedosto
plan-not-a-section = `{ $key }` ei ole suunnitelman osio
plan-not-a-section-list = `{ $key }` ei ole suunnitelman osio; osiot ovat: { $sections }
plan-second-municipality = toinen `municipality`-osio; ensimmäinen on tiedostossa { $first }
plan-section-not-a-list = `{ $section }` on luettelo kohteista (YAML-muodossa kukin alkaa `- id:`, TOML-muodossa `[[{ $section }]]`), mutta tässä on { $found }
plan-kind = { $kind ->
    [actor] toimija
    [service] palvelu
    [objective] tavoite
    [measure] toimenpide
    [indicator] mittari
    [structure] rakenne
    [consultation] kuuleminen
    [need] tarve
    [link] linkki
    [report] raportti
   *[other] kohde
}
plan-node-kind = { $kind ->
    [null] tyhjä arvo
    [bool] kyllä/ei-arvo
    [number] luku
    [text] tekstiä
    [list] luettelo
   *[map] kenttiä (rivejä muotoa `nimi: arvo`)
}
plan-duplicate-id = tunnus `{ $id }` on jo toisen kohteen käytössä: { $kind }, { $file }:{ $line }
plan-reference-wrong-kind = `{ $field }` viittaa kohteeseen `{ $id }` (laji: { $found }), mutta sen pitää viitata { $expect ->
    [actor] toimijaan
    [service] palveluun
    [objective] tavoitteeseen
    [measure] toimenpiteeseen
    [indicator] mittariin
    [structure] rakenteeseen
    [consultation] kuulemiseen
    [need] tarpeeseen
    [link] linkkiin
   *[report] raporttiin
}
plan-reference-undefined = { $kind } `{ $id }`: tunnusta ei ole määritelty missään suunnitelman kohdassa
plan-hint-named = tarkoititko tunnusta `{ $id }`? `{ $written }` on kohteen nimi (laji: { $kind }); viittauksissa käytetään tunnuksia
plan-did-you-mean = tarkoititko `{ $name }`?

## Fields and values (PLAN003, PLAN004).

plan-unknown-field = `{ $key }` ei ole kohteen { $of } kenttä
plan-unknown-field-list = `{ $key }` ei ole kohteen { $of } kenttä; sen kentät ovat: { $fields }
plan-text-cut-at-comma = kohteen { $of } kentän `{ $field }` teksti katkesi pilkkuun: "{ $rest }" luettiin kentän nimeksi, koska aaltosulkeiden `{ "{" } … { "}" }` sisällä pilkku päättää arvon
plan-hint-text-cut-at-comma = Kirjoita kentän `{ $field }` koko teksti lainausmerkkeihin ("…") tai kirjoita kohde usealle riville, yksi `kenttä: arvo` riviä kohden; silloin tekstissä saa olla pilkkuja.
plan-hint-translated-key = `{ $key }` on { $language ->
    [fi] suomea
   *[sv] ruotsia
} ja tarkoittaa avainta `{ $english }`: nimeä avain uudelleen (avaimet kirjoitetaan englanniksi; arvot voivat olla suomeksi tai ruotsiksi).
plan-missing-field = { $what }: pakollinen kenttä `{ $field }` puuttuu
plan-hint-add-field = Lisää `{ $field }` ({ $accepts }), esimerkiksi { $example }.
plan-hint-example = Esimerkiksi { $example }.
plan-not-a-choice = `{ $given }` ei ole sallittu arvo kohdassa { $what }; sallitut arvot: { $choices }
plan-wrong-value = { $what }: arvoksi käy { $accepts }, mutta tässä on { $found }
plan-wrong-value-why = { $what }: arvoksi käy { $accepts }, mutta tässä on { $found } ({ $why })
plan-wrong-list = { $what }: arvoksi käy { $accepts }, mutta tässä on { $found }: jokainen kohta on väärää muotoa
plan-found = { $kind ->
    [nothing] ei mitään
    [null] tyhjä arvo
    [bool] `{ $value }`
    [number] luku `{ $value }`
    [text] teksti `{ $value }`
    [list] luettelo
    [list-of-text] luettelo tekstejä
    [list-of-number] luettelo lukuja
    [list-of-list] luettelo luetteloita
    [list-of-map] luettelo kohtia, joissa on kenttiä
   *[map] kenttiä (rivejä muotoa `nimi: arvo`)
}
plan-accepts-any = mikä tahansa arvo
plan-accepts-bool = `true` tai `false`
plan-accepts-integer = kokonaisluku
plan-accepts-number = luku
plan-accepts-text = teksti
plan-accepts-date = päivämäärä muodossa 2025-03-01 tai 1.3.2025
plan-accepts-date-or-year = päivämäärä muodossa 2025-03-01 tai 1.3.2025 tai vuosiluku, kuten 2025
plan-accepts-when = päivämäärä muodossa 2025-03-01 tai 1.3.2025, vuosi (kuten 2023), vuodet (kuten "2023–2024") tai `{"{"}during: { VALUE("planning", of: "PlanPhase") }{"}"}`
plan-accepts-choice = jokin seuraavista: { $values }
plan-accepts-list-of-maps = luettelo kohtia, joissa kussakin on { $fields }
plan-accepts-list-of-choices = luettelo, jonka arvot ovat seuraavista: { $values }
plan-accepts-list-of = luettelo { $kind ->
    [text] tekstejä
    [integer] kokonaislukuja
    [number] lukuja
    [date] päivämääriä
   *[value] arvoja
}
plan-accepts-one-or-list-of-them = { $one } tai luettelo niistä
plan-accepts-one-or-list = { $one } tai luettelo tällaisia arvoja
plan-accepts-map-any = omia kenttiä, joitakin näistä: { $fields }
plan-accepts-map = { $count ->
    [one] kenttä
   *[other] kentät
} { $fields }
plan-accepts-map-optional = { $count ->
    [one] kenttä
   *[other] kentät
} { $fields } (ja halutessa { $optional })
plan-accepts-other = toisenlainen arvo
plan-date-not-a-date = `{ $text }` ei ole päivämäärä
plan-date-no-month = kuukautta { $month } ei ole
plan-date-days = { $month ->
    [1] tammikuussa
    [2] helmikuussa
    [3] maaliskuussa
    [4] huhtikuussa
    [5] toukokuussa
    [6] kesäkuussa
    [7] heinäkuussa
    [8] elokuussa
    [9] syyskuussa
    [10] lokakuussa
    [11] marraskuussa
   *[12] joulukuussa
} { $year } on { $days } päivää
plan-date-not-a-year = { $year } ei kelpaa suunnitelman vuodeksi

## Finding the plan files (PLAN001, PLAN012).

plan-dir-missing = { $path }: tiedostoa tai kansiota ei ole
plan-dir-unreadable = { $path }: ei voi lukea: { $error }
plan-link-outside = linkki johtaa suunnitelmakansion ulkopuolelle, joten sitä ei lueta
plan-special-file = tämä ei ole tavallinen tiedosto (vaan nimetty putki, laite tai pistoke), joten sitä ei lueta suunnitelmana
plan-dangling-link = symbolinen linkki ei johda mihinkään (sen kohdetta ei ole)
plan-link-loop = symbolinen linkki johtaa takaisin ylempään kansioon; silmukka ohitetaan
plan-walk-error = ei voi lukea: { $error }

## Suppressions (PLAN009–PLAN011).

plan-not-a-suppression = tämä `# goodrel:`-kommentti ei ole ohitus; kirjoita `# goodrel: ignore[SÄÄNTÖ] perustelu`
plan-suppression-no-reason = ohitukselle ({ $ids }) ei ole annettu perustelua, joten se ei ohita mitään
plan-suppression-not-a-rule = tässä ohituksessa on `{ $name }`, mutta sen nimistä sääntöä ei ole
plan-suppression-fixed = sääntöä { $id } ({ $name }) ei voi ohittaa: korjaa tiedosto
plan-suppression-unused = tämä säännön { $id } ({ $name }) ohitus ei ohita mitään: tällä rivillä ei ole havaintoa { $id }
plan-suppression-unused-own-line = tämä säännön { $id } ({ $name }) ohitus ei ohita mitään: havaintoa { $id } ei ole tällä rivillä eikä seuraavalla rivillä

## The command line: errors that end the run, notes of the views.

plan-no-plan-files = suunnitelmatiedostoja (.yaml, .yml, .toml) ei löytynyt; onko tämä suunnitelmakansio?
plan-no-plan-files-config = suunnitelmatiedostoja (.yaml, .yml, .toml) ei löytynyt; onko tämä suunnitelmakansio? (käytössä oli asetustiedosto { $config }: rajaako sen `ignore` pois kaikki tiedostot?)
plan-no-such-rule = sääntöä `{ $rule }` ei ole; säännöt ovat: { $ids }
plan-note-checklist = huomio: osaa suunnitelmasta ei voitu lukea tai jokin arvo on korjattava ensin, joten osaa velvoitteista ei arvioitu; syyn näet komennolla `goodrel check`
plan-note-pyramid-sections = huomio: näitä osioita ei voitu lukea kokonaan: { $sections }; tästä näkymästä puuttuu siksi osa suunnitelmaa; syyn näet komennolla `goodrel check`
plan-note-pyramid-values = huomio: { $count ->
    [one] yhtä suunnitelman arvoa ei voitu lukea, ja se jätettiin pois
   *[other] { $count } suunnitelman arvoa ei voitu lukea, ja ne jätettiin pois
}; syyn näet komennolla `goodrel check`
plan-note-governance = huomio: { $count ->
    [one] yhtä suunnitelmatiedostoa ei voitu lukea, joten sen sisältö puuttuu tästä näkymästä
   *[other] { $count } suunnitelmatiedostoa ei voitu lukea, joten niiden sisältö puuttuu tästä näkymästä
}; syyn näet komennolla `goodrel check`
plan-job-summary-failed = varoitus: työn yhteenvetoa ei voi kirjoittaa tiedostoon { $path }: { $error }

## The configuration file, goodrel.toml (PLAN008).

config-no-such-file = { $path }: asetustiedostoa ei ole
config-too-large = asetustiedosto on suurempi kuin { $max } tavua, joten sitä ei lueta
config-not-a-file = asetustiedosto ei ole tavallinen tiedosto, joten sitä ei lueta
config-cannot-read = asetustiedostoa ei voi lukea: { $error }
config-not-utf8 = asetustiedosto ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa
config-not-toml = asetustiedosto ei ole kelvollista TOML-muotoa: { $parser }
config-unknown-key = `{ $key }` ei ole asetus; asetukset ovat as_of, lang, rule_pack, ignore, [rules], [pyramid] ja [reports]
config-wrong-kind = asetuksen `{ $path }` arvon pitää olla { $want }, mutta se on { $got ->
    [text] tekstiä
    [number] luku
    [bool] kyllä/ei-arvo
    [date] päivämäärä
    [list] luettelo
   *[table] taulu
}
config-out-of-range = asetuksen `{ $path }` arvon pitää olla { $want }
config-want-lang = kielikoodi: "fi", "sv" tai "en"
config-unknown-lang = `{ $text }` ei ole kieli, jota goodrel osaa; kirjoita lang = "fi", "sv" tai "en"
config-want-date = päivämäärä, kuten 2026-11-23
config-not-a-date = `{ $text }` ei ole päivämäärä; kirjoita as_of olemassa olevana päivänä, esimerkiksi 23.11.2026 tai 2026-11-23
config-want-pyramid = taulu, kuten `[pyramid]` ja sen alla `thin_below = 3`
config-unknown-pyramid-key = `{ $key }` ei ole taulun [pyramid] asetus; ainoa asetus on thin_below
config-want-thin-below = kokonaisluku, vähintään 1
config-want-reports = taulu, kuten `[reports]` ja sen alla `grace_months = 3`
config-unknown-reports-key = `{ $key }` ei ole taulun [reports] asetus; ainoa asetus on grace_months
config-want-grace = kuukausien määrä kokonaislukuna 0–24
config-want-rule-pack = teksti, kuten "fi-2025"
config-unknown-rule-pack = sääntöpakettia `{ $name }` ei ole; tunnetut paketit ovat: { $packs }
config-want-list = luettelo tekstejä, esimerkiksi ["drafts/**"]
config-want-text = tekstiä
config-empty-entry = asetuksessa `{ $path }` on tyhjä kohta
config-ignore-is-a-list = ylätason `ignore` on luettelo suunnitelmatiedostojen polkuhahmoja, esimerkiksi ignore = ["drafts/**"]; jos haluat ohittaa säännön havainnot tietyssä kohdassa, kirjoita `ignore = ["measures[M12]"]` taulun [rules.SÄÄNTÖ] alle
config-bad-pattern = `{ $pattern }` ei ole kelvollinen polkuhahmo: { $error }
config-patterns-unusable = ignore-hahmoja ei voi käyttää: { $error }
config-too-many-patterns = jokerimerkkejä (`*`, `?`, `[…]`) sisältäviä ohitusmalleja on yli { $max }; tätä ja sitä seuraavia ei käytetä, joten niiden tiedostot tarkistetaan edelleen: luettele tavalliset polut tai yhdistä malleja (esim. `drafts/**`)
config-too-many-values = asetustiedostossa on yli { $max } arvoa (tekstejä, lukuja, luetteloita, taulukoita); sitä ei lueta. Todellinen asetustiedosto tarvitsee muutamia kymmeniä: luettele vähemmän polkuja tai käytä malleja, kuten `drafts/**`
config-want-rules = taulu: [rules]
config-unknown-rule = sääntöä tai sääntöryhmää `{ $name }` ei ole; käytä säännön tunnusta (`goodrel rules`) tai ryhmää: { $families }
config-fixed-rule = sääntöä { $id } ({ $name }) ei voi muuttaa asetuksilla: sen havainnot tarkoittavat, että osaa suunnitelmasta tai asetustiedostoa ei voitu lukea
config-want-level = jokin tasoista off, info, warning, error
config-want-rule-entry = taso ("off", "info", "warning", "error") tai taulu, jossa on level ja ignore
config-unknown-rule-key = `{ $key }` ei ole sääntöasetuksen avain; käytä avaimia level ja ignore
config-unknown-level = `{ $text }` ei ole taso; käytä tasoja off, info, warning tai error

## Lookalike ids (model/lookalike.rs)
plan-lookalike-pair = tunnus `{ $id }` näyttää tunnukselta `{ $other }` ({ $kind }, { $file }:{ $line }), mutta se on kirjoitettu eri merkein
plan-lookalike-invisible = tunnuksessa `{ $id }` on näkymätön merkki ({ $code }), joten se ei ole se tunnus, jolta se näyttää
plan-lookalike-mixed = tunnus `{ $id }` sekoittaa aakkostoja: `{ $char }` ({ $code }) on eri aakkostoa kuin sitä edeltävät kirjaimet
plan-lookalike-script = tunnus `{ $id }` on kirjoitettu toisella aakkostolla ({ $code }…), mutta näyttää latinalaiselta tunnukselta `{ $looks }`
plan-lookalike-reference = `{ $written }` näyttää tunnukselta `{ $id }` ({ $kind }), mutta se on kirjoitettu eri merkein, joten se ei viittaa mihinkään
plan-hint-lookalike = kirjoita se uudelleen tavallisin latinalaisin kirjaimin ja numeroin, ja siihen viittaavat kohdat samoin
