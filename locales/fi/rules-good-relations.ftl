# Sääntöjen tekstit (hyvät väestösuhteet): kullekin säännölle tiivistelmä (mitä se tarkistaa),
# .rationale (miksi asia on tärkeä ja miksi sillä on tämä vakavuus) ja .help (miten havainto
# korjataan). Tunnisteet ovat sääntöjen tunnukset.

GR001 = Suunnitelmassa ei kerrota, mitä hyvillä väestösuhteilla tarkoitetaan tai mitä väestöryhmiä työ koskee.
    .rationale = Oikeusministeriön opas lukee strategisen väestösuhdetyön edellytyksiin sen, että kunta kertoo selvästi, mitä se tarkoittaa väestöryhmien välisillä suhteilla ja mitä ryhmiä työ koskee. Hyvät väestösuhteet koskevat kaikkia asukkaita, eivät vain maahanmuuttajia; jos rajausta ei ole kerrottu, toimialat pitävät asiaa pelkkänä kotoutumiskysymyksenä. Varoitus: ohjeistus.
    .help = Lisää `municipality.good_relations`, jossa on omin sanoin kirjoitettu `definition` ja työn kohteena olevat `groups` (esim. { VALUE("immigrants") }, { VALUE("majority_population") }, { VALUE("roma") }, { VALUE("swedish_speakers") }, { VALUE("young_people") }).

GR002 = Hyvien väestösuhteiden tavoitteiden toimenpiteet tulevat alle kolmelta toimialalta.
    .rationale = Oikeusministeriön opas edellyttää, että väestösuhdetyö ymmärretään laajasti niin, että se ulottuu hyvinvointipalveluihin, asumiseen, maankäytön suunnitteluun, koulutukseen, nuorisotyöhön, turvallisuuteen ja kulttuuriin, ja että kaikkien palvelutoimintojen ihmiset osallistuvat siihen. Kun hyvien väestösuhteiden tavoitteita palvelevat toimenpiteet tulevat yhdeltä tai kahdelta toimialalta, työ jää sivuprojektiksi. Toimenpiteen toimiala on sen `sector` tai muuten sen vastuutahon toimiala. Varoitus: ohjeistus.
    .help = Lisää hyvien väestösuhteiden tavoitteille toimenpiteitä muilta toimialoilta (esim. asuminen, kaupunkisuunnittelu, nuoriso, perusopetus, kulttuuri, turvallisuus) ja anna jokaiselle toimenpiteelle sen `sector`.

GR003 = Toimenpiteellä ei ole aikataulua.
    .rationale = Oikeusministeriön opas edellyttää jokaiselle toimenpiteelle vastuutahoa ja aikataulua sekä sitä, että kunta seuraa aikataulussa pysymistä. Toimenpidettä, jolla ei ole alkamispäivää, ei voi seurata eikä siitä voi raportoida kahden vuoden välein annettavassa raportissa. Varoitus: ohjeistus.
    .help = Lisää `timetable:`, jossa on `start`-päivä ja määräaikaiselle toimenpiteelle myös `end`-päivä; pysyvällä toimenpiteellä on `ongoing: true` (sen `start` voi jättää pois).

GR004 = Suunnitelma ei viittaa kunnan yhdenvertaisuussuunnitelmaan.
    .rationale = Yhdenvertaisuuslain 1325/2014 mukaan viranomaisten, myös kuntien, on arvioitava yhdenvertaisuuden toteutumista toiminnassaan, edistettävä sitä ja laadittava yhdenvertaisuussuunnitelma; oikeusministeriön opas nimeää tämän suunnitelman keskeiseksi välineeksi väestöryhmien välisten suhteiden kehittämisessä. Velvollisuus koskee yhdenvertaisuussuunnitelman laatimista, ei siihen viittaamista tästä suunnitelmasta: puuttuva viittaus ei osoita, että suunnitelma puuttuu, joten kyse on neuvosta. Varoitus: oikeusministeriön opas edellyttää, että yhteys lakisääteisiin suunnitelmiin tehdään näkyväksi.
    .help = Lisää kohtaan `links:` merkintä, jossa on `kind: { VALUE("non_discrimination_plan") }`, suunnitelman nimi ja, jos se on julkinen, sen verkko-osoite.

GR005 = Suunnitelma ei viittaa kunnan turvallisuussuunnitelmaan.
    .rationale = Paikallisessa turvallisuussuunnittelussa käsitellään paikallisesti vastakkainasettelut, konfliktit ja viharikokset. Oikeusministeriön opas mainitsee turvallisuussuunnitelman suunnitelmien joukossa, joihin väestösuhdetyön tulisi kytkeytyä, ja Euroopan neuvoston oppaan kansallinen katsaus sijoittaa paikallisen turvallisuussuunnittelun kotoutumisohjelman rinnalle. Varoitus: ohjeistus.
    .help = Lisää kohtaan `links:` merkintä, jossa on `kind: { VALUE("security_plan") }`, ja kerro sen kohdassa `mainstreaming`, miten suunnitelma ottaa huomioon väestöryhmien väliset suhteet.

GR006 = Suunnitelmassa ei kerrota, miten sen tavoitteista viestitään viranomaisille ja asukkaille.
    .rationale = Oikeusministeriön oppaan mukaan strategiaprosessi päättyy tavoitteista viestimiseen kunnan viranomaisille ja asukkaille, jotta päättäjät, henkilöstö ja asukkaat tietävät, mistä hyvissä väestösuhteissa on kyse ja keitä ne koskevat. Huomio: neuvo suunnitelman toteuttamiseen.
    .help = Luettele kohdassa `municipality.communication`, miten tavoitteista viestitään (esim. "kaupungin verkkosivut suomeksi, ruotsiksi ja englanniksi", "tiedotustilaisuus toimialajohtajille", "asukasilta").

GR007 = Mikään suunnitelmassa ei mittaa väestöryhmien välisiä suhteita.
    .rationale = Oikeusministeriön opas pitää väestöryhmien välisten suhteiden seurantaa ja mittaamista yhtenä työn kolmesta osasta ja antaa esimerkkeinä toistuvan ilmapiirikyselyn ja ministeriön väestöryhmien kanssa pidettävät tiedonkeruutilaisuudet. Jos tällaista mittaria ei ole eikä yhdelläkään hyvien väestösuhteiden tavoitteella ole mittaria, suunnitelmasta ei voi nähdä, paranevatko suhteet. Varoitus: ohjeistus.
    .help = Lisää mittari, jossa on `instrument: { VALUE("atmosphere_survey") }` tai `{ VALUE("data_collection_sessions") }`, tai liitä mittareita hyvien väestösuhteiden tavoitteisiin (`objectives[].indicators`).

GR008 = Suunnitelmassa ei kerrota, mikä toimielin sen hyväksyi ja milloin.
    .rationale = Oikeusministeriön opas pitää kunnan johdon tukea ja päättäjien sitoutumista väestösuhdetyön edellytyksinä, ja myös ministeriön muistilista edellyttää päättäjien sitoutumista aikatauluun. Kirjattu hyväksyminen on tämän sitoutumisen näkyvä merkki. Varoitus: ohjeistus (suunnitelma voi olla vielä valmisteilla).
    .help = Lisää `municipality.approval`, jossa on hyväksynyt toimielin `body` (esim. kaupunginvaltuusto) ja päätöksen päivämäärä `date`.

GR009 = Toimenpiteitä, joiden aikataulu on päättynyt, on yhä merkitty suunnitelluiksi tai käynnissä oleviksi.
    .rationale = Oikeusministeriön opas edellyttää, että kunta asettaa jokaiselle toimenpiteelle aikataulun ja seuraa sen toteutumista. Jos toimenpiteen `timetable.end` on ohitettu (arvioituna päivän `--as-of` mukaan), mutta sen `status` on yhä `{ VALUE("planned") }` tai `{ VALUE("ongoing") }`, toimenpide on joko myöhässä tai sen tilaa ei ole päivitetty; kummassakin tapauksessa suunnitelma ei enää kerro, mitä tapahtuu. Pysyviä toimenpiteitä (`ongoing: true` tai ei päättymispäivää) ei arvioida. Kaikki tällaiset toimenpiteet ovat yksi havainto, joka osoittaa ensimmäiseen. Varoitus: ohjeistus.
    .help = Merkitse kullekin luetellulle toimenpiteelle `status: { VALUE("done") }` tai `{ VALUE("dropped") }`, tai siirrä `timetable.end` uuteen päivään ja kerro syy sen kuvauksessa.

# Havaintojen viestit.

gr001-no-definition = suunnitelmassa ei kerrota, mitä hyvillä väestösuhteilla tarkoitetaan
gr001-no-groups = suunnitelmassa ei kerrota, mitä väestöryhmiä hyvien väestösuhteiden edistäminen koskee
gr002-no-sector = hyvien väestösuhteiden tavoitteiden toimenpiteille ei ole kerrottu toimialaa; hyvät väestösuhteet edellyttävät vähintään kolmea toimialaa
gr002-few-sectors = hyvien väestösuhteiden tavoitteiden toimenpiteet tulevat vain { $count ->
    [one] yhdeltä toimialalta
   *[other] { $count } toimialalta
} ({ $sectors }); hyvät väestösuhteet edellyttävät vähintään kolmea toimialaa
gr003-no-timetable = toimenpide { $id } '{ $title }': aikataulu puuttuu
gr004-no-non-discrimination-plan = suunnitelma ei viittaa kunnan yhdenvertaisuussuunnitelmaan
gr005-no-security-plan = suunnitelma ei viittaa kunnan turvallisuussuunnitelmaan
gr006-not-communicated = suunnitelmassa ei kerrota, miten sen tavoitteista viestitään viranomaisille ja asukkaille
gr007-not-monitored = mikään mittari ei mittaa väestöryhmien välisiä suhteita: ilmapiirikyselyä tai tiedonkeruutilaisuutta ei ole, eikä yhdelläkään hyvien väestösuhteiden tavoitteella ole mittaria
gr008-not-approved = { $municipality }: suunnitelmassa ei kerrota, mikä toimielin sen hyväksyi ja milloin
gr009-past-timetable = { $count ->
    [one] yhden toimenpiteen aikataulu on päättynyt
   *[other] { $count } toimenpiteen aikataulu on päättynyt
}: { $measures }
gr009-measure = { $id } '{ $title }' (päättyi { $end }, tila yhä { $status ->
    [planned] suunniteltu
   *[other] käynnissä
})
gr009-more = ja { $count } muuta
