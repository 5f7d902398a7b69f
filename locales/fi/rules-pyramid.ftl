# Sääntöjen tekstit (pyramidi): kunkin säännön tiivistelmä (mitä se tarkistaa), .rationale
# (miksi se on tärkeä ja miksi sillä on tämä vakavuus) ja .help (miten havainto korjataan).

PYR001 = Pyramidin tasolla (yleiset palvelut, yhdenvertaisuus ja osallisuus, vuorovaikutus ja konfliktit) ei ole yhtään toimenpidettä, palvelua tai rakennetta.
    .rationale = Oppaan mukaan tarvitaan kaikki kolme tasoa: monimuotoisuuden valtavirtaistaminen yleisiin palveluihin, ryhmäkohtainen yhdenvertaisuus- ja osallisuustyö sekä rakenteet vuorovaikutukselle, konflikteille ja viharikoksiin puuttumiselle. Tyhjä taso on selvin kehittämiskohde, jonka tilannekuva voi näyttää. Varoitus: oppaan suositus, ei lakisääteinen velvoite.
    .help = Lisää tälle tasolle toimenpiteitä tai merkitse `level:` toimenpiteisiin, jotka jo kuuluvat sille; `goodrel pyramid SUUNNITELMA --gaps` näyttää koko tilannekuvan.

PYR002 = Pyramidin tasolla on alle kolme toimenpidettä, palvelua tai rakennetta.
    .rationale = Yhden tai kahden toimenpiteen varassa oleva taso ei ole suunnitelmallinen: Oulun ohjelman julkaistussa analyysissä huipulla oli vain yksi satunnainen keskustelufoorumi, ja taso todettiin heikoksi. Kolme on goodrelin raja (`goodrel pyramid --thin-below N` muuttaa sitä tilannekuvassa). Varoitus: oppaan suositus.
    .help = Lisää tälle tasolle toimenpiteitä tai sijoita olemassa olevia sille merkinnällä `level:`; `goodrel pyramid SUUNNITELMA --gaps` näyttää koko tilannekuvan.

PYR003 = goodrelin viiteluettelon kunnan toimialoilla ei ole perustason toimenpidettä, joka valtavirtaistaa monimuotoisuuden.
    .rationale = Pyramidin perusta on monimuotoisuuden valtavirtaistaminen kaikkien toimialojen yleisiin palveluihin, ja oikeusministeriö luettelee kunnan tehtävät, joissa väestöryhmien suhteilla on merkitystä. Viiteluettelo (docs/pyramid.md) on goodrelin tulkinta molemmista; pieni kunta voi perustellusti jättää toimialan pois. Toimialaa, jonka kohde on sijoitettu toiselle tasolle vain heikon sanan tai välillisen perusteen mukaan, ei ilmoiteta: kohde voi olla sen perustason toimenpide (`level:` varmistaa sen). Huomio: neuvo.
    .help = Kirjaa toimenpiteelle `sector:`; jos toimenpide jo tekee tämän, merkitse sen `sector:` (tai sen vastuutahon toimiala).

PYR004 = Väestöryhmä, jonka suunnitelma kertoo asuvan kunnassa ja jonka opas nimeää yhdenvertaisuus- ja osallisuustyön kohteeksi, ei ole minkään toimenpiteen, palvelun tai rakenteen kohderyhmissä.
    .rationale = Keskitaso kattaa ryhmäkohtaisen yhdenvertaisuus- ja osallisuustyön kielellisille ja kulttuurisille vähemmistöille, seksuaali- ja sukupuolivähemmistöille, ikäryhmille, vammaisille henkilöille, romaneille, saamelaisille ja maahanmuuttaneille. goodrel arvioi vain ryhmät, jotka suunnitelman mukaan asuvat kunnassa: maahanmuuttaneet aina, muut silloin, kun suunnitelman väestösuhdeosio, jokin rakenne tai kuuleminen nimeää ne tai tilannekuva kirjaa ne (kielivähemmistöt kielten perusteella). Saamelaiset arvioidaan saamelaisten kotiseutualueella (Enontekiö, Inari, Utsjoki ja Sodankylän pohjoisosa, tunnistettuina suomen-, ruotsin- ja saamenkielisestä nimestä, myös sanojen kunta, kommun tai gielda kanssa ja niiden edellä käytetyssä genetiivissä – 'Inarin kunta', 'Utsjoki kommun', 'Ohcejoga gielda' – tai kuntanumerosta; Sodankylä lasketaan kokonaan, koska sen suunnitelma kattaa pohjoisosan) tai siellä, missä suunnitelma kirjaa saamelaisia asukkaita, eikä heitä mainita muualla; `goodrel pyramid --gaps` näyttää saamelaiset puutteena samoin ehdoin. Arvioidut ryhmät, joita mikään ei tavoita, ovat yksi varoitus (oppaan suositus, ei lakisääteinen velvoite); muut tavoittamattomat ryhmät ovat yksi huomio, koska kunnan ei ole välttämätöntä kohdistaa työtä ryhmään, joka ei asu kunnassa.
    .help = Lisää ryhmälle kohdennettu palvelu, syrjinnän vastainen toimenpide tai osallistava rakenne (CoE-MLG, osa III). Jos jokin jo tavoittaa ryhmän, lisää ryhmä sen kohderyhmiin `target_groups` (rakenteella `groups:`); jos ryhmä asuu kunnassa, kirjaa se kohtaan `municipality.good_relations.groups`.

PYR005 = Jollakin huipputason osa-alueella (kohtaamiset, dialogi, konfliktien sovittelu, viharikoksiin puuttuminen, yhteisön tukeminen viharikoksen jälkeen) ei ole mitään.
    .rationale = Pyramidin huippu kattaa oikea-aikaiset kohtaamiset väestöryhmien välillä, dialogin, vastakkainasettelujen ja konfliktien käsittelyn sekä viharikokset, jotka koskettavat koko yhteisöä eivätkä vain uhria. Osa-alueen kattaa vain toimenpide, jonka kuvaus kertoo, mitä tehdään: pelkkä otsikko ("Sovittelu", "Dialogi") tai täyte nimeää osa-alueen näyttämättä työtä, ja havainto luettelee toimenpiteet, jotka vain nimeävät sen. Tyhjät osa-alueet nimetään yhdessä havainnossa (ne ovat saman asian, huipputason, yksi puute), jotta suunnitelmaan voi lisätä ne. Varoitus: oppaan suositus.
    .help = Lisää toimenpide jokaiselle tyhjälle osa-alueelle. Osa-alue, jonka vain otsikko nimeää, täyttyy, kun toimenpiteen kuvaus (`description`) kertoo, mitä tehdään, kuka tekee ja kenelle. Merkitse tällaiselle toimenpiteelle `kind:` (kohtaaminen, dialogi, sovittelu, viharikoksiin puuttuminen) tai `tags:` (esim. yhteisön tuki), jotta goodrel tunnistaa osa-alueen.

PYR006 = Tason kaikki toimenpiteet ovat kaupungin omia: mukana ei ole järjestöä, seurakuntaa, hyvinvointialuetta, poliisia eikä muuta ulkopuolista kumppania.
    .rationale = Opas pyytää sijoittamaan pyramidiin myös muiden kuin kaupungin toimijoiden palvelut, jotta nähdään, missä tarvitaan strategisia kumppanuuksia ja yhteistyösopimuksia; taso, jolla toimii vain kaupunki, näyttää kohdan. Varoitus: oppaan suositus.
    .help = Luettele ulkopuoliset kumppanit toimenpiteiden kohdassa `partners` tai lisää niiden palvelut toimenpiteinä.

PYR007 = Toimenpiteelle merkitty `level` on ristiriidassa vahvan näytön kanssa: sen `kind` tai vahva avainsana, kuten sovittelu, viharikos tai rasismi.
    .rationale = Väärä taso siirtää toimenpiteen tilannekuvassa väärään kerrokseen ja voi peittää puutteen (esim. perustasolle `{ VALUE("base") }` merkitty sovittelupalvelu saa huipun näyttämään tyhjältä). Vain vahvaa näyttöä verrataan, joten merkittyyn tasoon luotetaan enemmän kuin heikkoihin vihjeisiin. Varoitus: taso voi silti olla oikea, mutta jonkun on syytä tarkistaa se.
    .help = Korjaa `level:` ({ VALUE("base") }, { VALUE("middle") } tai { VALUE("top") }) tai toimenpiteen `kind:`, jos virhe on siinä.

PYR008 = Toimenpiteestä (tai rakenteesta, jonka `kind` on `other`) ei löydy mitään, minkä perusteella sen voisi sijoittaa pyramidiin.
    .rationale = goodrel ei koskaan arvaa tasoa: toimenpide, jolla ei ole tasoa, lajia, kohderyhmää, tunnistetta, toimialaa eikä avainsanaa, jää tilannekuvan ulkopuolelle, ja sen taso näyttää todellista ohuemmalta. Varoitus: tilannekuva ja muut PYR-säännöt ovat vajaita, kunnes toimenpide on sijoitettu.
    .help = Lisää `level:` ({ VALUE("base") }, { VALUE("middle") } tai { VALUE("top") }) tai `kind:`, `target_groups:` tai `sector:`, josta taso seuraa.

# Havaintojen viestit (samat lauseet ovat `goodrel pyramid --gaps` -näkymän puutteet).

pyr001-level-empty = { $level } on tyhjä: sille ei ole sijoitettu mitään
pyr002-level-thin = { $level } on niukka: sille on sijoitettu { $count ->
    [one] vain 1 kohde
   *[other] { $count } kohdetta
}, vähemmän kuin { $below }
pyr003-sectors = viiteluettelon { $total } toimialasta { $count } on ilman perustason toimenpidettä, joka valtavirtaistaa monimuotoisuuden: { $sectors }
pyr004-group-unreached = { $named ->
    [yes] yhdenkään toimenpiteen, palvelun tai rakenteen kohderyhmissä ei ole ryhmää, jonka suunnitelma nimeää väestösuhdeosiossaan: { $group }
   *[no] yhdenkään toimenpiteen, palvelun tai rakenteen kohderyhmissä ei ole ryhmää: { $group }
}
pyr004-judged-unreached = { $count ->
    [one] suunnitelman tai kunnan sijainnin mukaan kunnassa asuu ryhmä, joka ei ole yhdenkään toimenpiteen, palvelun tai rakenteen kohderyhmissä: { $groups }
   *[other] suunnitelman tai kunnan sijainnin mukaan kunnassa asuu ryhmiä, jotka eivät ole yhdenkään toimenpiteen, palvelun tai rakenteen kohderyhmissä: { $groups }
}
pyr004-others-unreached = { $count ->
    [one] mikään toimenpide, palvelu tai rakenne ei kohdistu ryhmään: { $groups }; suunnitelmasta ei käy ilmi, asuuko ryhmä kunnassa, joten sitä ei arvioitu
   *[other] mikään toimenpide, palvelu tai rakenne ei kohdistu ryhmiin: { $groups }; suunnitelmasta ei käy ilmi, asuvatko ryhmät kunnassa, joten niitä ei arvioitu
}
pyr005-subareas-missing = { $count ->
    [one] huipulta puuttuu osa-alue: { $subareas }
   *[other] huipulta puuttuvat osa-alueet: { $subareas }
}
pyr005-subarea-bare = { $subarea } (vain { $items } { $count ->
    [one] mainitsee sen kertomatta
   *[other] mainitsevat sen kertomatta
}, mitä tehdään)
pyr005-see-gaps = `goodrel pyramid SUUNNITELMA --gaps` ehdottaa, mitä kullekin osa-alueelle voi lisätä.
pyr006-city-only = { $level } on vain kaupungin varassa: { $count ->
    [one] sen ainoalla kohteella ei ole kumppania kaupungin ulkopuolelta
   *[other] yhdelläkään sen { $count } kohteesta ei ole kumppania kaupungin ulkopuolelta
}
pyr007-contradicted = { $item } { $id } '{ $title }': merkitty taso on `{ $declared }`, mutta vahvan näytön mukaan se kuuluu { $level ->
    [base] perustalle
    [middle] keskitasolle
   *[top] huipulle
} ({ $label }) – { $evidence }
pyr008-unplaced = { $item } { $id } '{ $title }' jää pyramidin ulkopuolelle: { $reason }
