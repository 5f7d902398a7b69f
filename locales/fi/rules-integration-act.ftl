# Sääntöjen tekstit (kotoutumislaki): kunkin säännön arvo kertoo, mitä se tarkistaa,
# .rationale miksi asia on tärkeä ja miksi säännöllä on tämä vakavuus, .help miten havainto
# korjataan. Tunnukset ovat sääntöjen tunnuksia.

IA001 = Suunnitelmassa ei kuvata kotoutumisen alkuvaiheen palveluja (kotoutumisohjelmaa).
    .rationale = Kunnalla on oltava 13 §:n mukainen kotoutumisohjelma, jossa kuvataan kotoutumisen alkuvaiheen palvelut, ja vuodesta 2025 valtion korvaukset edellyttävät sitä. Suunnitelma, jossa ei ole palveluja, ei osoita, että ohjelma on olemassa. Virhe: lakisääteinen velvoite.
    .help = Lisää `services:`-osio, jossa luetellaan ohjelman palvelut ja kullekin sen osa (`component`), vastuutaho ja yhteistyössä toimivat palveluntuottajat.

IA006 = Kotoutumisohjelma on omana asiakirjanaan, eikä sen palveluja ole suunnitelmassa, joten ohjelman kuutta vähimmäissisällön osaa ei tarkistettu.
    .rationale = Monessa kunnassa 13 §:n kotoutumisohjelma on oma asiakirjansa erillään 45 §:n suunnitelmasta. Suunnitelmassa on silloin linkki ohjelmaan (`kind: integration_programme`) palveluluettelon sijaan. Se on lain mukaista, mutta goodrel voi tarkistaa ohjelman vähimmäissisällön (IA001–IA005) vain suunnitelmaan kirjatuista palveluista. Siksi se ei ilmoita jokaista osaa puuttuvaksi vaan kertoo kerran, että osia ei tarkistettu. Huomio: mitään ei ole väärin, jotain jäi tarkistamatta.
    .help = Jos haluat, että myös ohjelma tarkistetaan, kirjaa sen palvelut kohtaan `services:` (kullekin `component`, `responsible` ja `cooperation`) tähän suunnitelmaan tai omaan tiedostoonsa.

IA002 = Jollekin kotoutumisohjelman kuudesta vähimmäissisällön osasta ei ole palvelua.
    .rationale = Laissa säädetään kuusi osaa, jotka jokaisessa ohjelmassa on oltava: osaamisen ja kotoutumisen palvelutarpeen arviointi, kotoutumissuunnitelma, monikielinen yhteiskuntaorientaatio, kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus, muu osaamista ja työllistymistä edistävä koulutus ja palvelut sekä kotoutumisohjelman aikainen ohjaus ja neuvonta. Jokainen puuttuva osa on oma virheensä.
    .help = Lisää palvelu, jonka `component:` on puuttuva osa, ja nimeä sen tuottaja. Palvelu, joka ei ole mikään kuudesta osasta (tulkkaus, pakolaisten vastaanotto), saa osan sijaan määrityksen `kind: interpreting` tai `kind: reception`.

IA003 = Kotoutumisohjelman palvelulle ei ole nimetty vastuutahoa.
    .rationale = 13 §:n mukaan kotoutumisohjelmassa nimetään kullekin alkuvaiheen palvelulle siitä vastaava taho. Vastuun on oltava oikealla taholla: työvoimaviranomainen järjestää ohjelman palvelut maahanmuuttajille, jotka ovat työnhakijoita, ja kotoutuja-asiakkaille, kunta muille (kotoutuminen.fi). Yritys tai järjestö voi tuottaa palvelun sopimuksella, mutta se ei ole palvelun vastuutaho. Siksi ilmoitetaan (kerran, palvelut lueteltuina) ohjelman palvelu, jonka vastuutaho on yritys tai kansalaisjärjestö, samoin pelkästään työnhakijoille tarkoitettu palvelu (`target_groups: [employment_services_clients]`), josta vastaa jokin muu viranomainen, sekä ohjelma, jossa työvoimaviranomainen ei esiinny lainkaan, ei minkään palvelun vastuutahona eikä yhteistyötahona. Vuoden 2025 työllisyyspalvelu-uudistuksen jälkeen työvoimaviranomainen on yleensä kunnan oma työllisyysalue, joten sellaiseksi lasketaan toimija, jonka `kind: employment_authority`, ja myös `municipal_sector`-toimija, jonka `sector: employment`. Virhe: ohjelman lakisääteinen sisältö.
    .help = Lisää `responsible:` ja sen arvoksi palvelun järjestävän viranomaisen tunnus: työnhakijoille ja kotoutuja-asiakkaille työvoimaviranomainen, muille kunta. Palvelua tuottava yritys tai järjestö nimetään sen sijaan kohtaan `cooperation:`.

IA004 = Kotoutumisohjelman palvelulle ei ole nimetty yhteistyössä toimivaa palveluntuottajaa.
    .rationale = Vuoden 2025 uudistuksesta lähtien 13 § edellyttää, että ohjelmassa kuvataan palvelujen ja niiden vastuutahojen lisäksi yhteistyö muiden palveluntuottajien kanssa; monialaisen yhteistyön vahvistaminen oli uudistuksen päätavoitteita. Yhteistyö kuvataan palvelukohtaisesti, joten jokainen ohjelman palvelu, jolle ei ole nimetty muuta tuottajaa kuin sen oma vastuutaho, ilmoitetaan – yhdessä havainnossa, jossa ne luetellaan, ensimmäisen kohdalla. Yhden palvelun yhteistyö ei korvaa muiden puutetta. Virhe: ohjelman lakisääteinen sisältö.
    .help = Lisää palveluihin `cooperation:` ja luettele siinä niiden muiden palveluntuottajien tunnukset, joiden kanssa kukin palvelu toimii (esim. hyvinvointialue, Kela, oppilaitokset, järjestöt).

IA007 = Yhteiskuntaorientaatiosta ei ole kirjattu, millä kielillä sitä annetaan.
    .rationale = 13 §:n ohjelman kolmas osa on *monikielinen* yhteiskuntaorientaatio. Jos yhteiskuntaorientaatiolle ei ole kirjattu kieliä tai kieliä on vain yksi, palvelu ei osoita olevansa monikielinen. Sen osoittaa `languages:`, jossa on vähintään kaksi kieltä, tai `client_language: true`, kun orientaatio annetaan kunkin asiakkaan omalla kielellä (tarvittaessa tulkin avulla). Yksi havainto, jossa palvelut luetellaan. Virhe: ohjelman lakisääteinen sisältö. (Jos ohjelmassa ei ole yhteiskuntaorientaatiota lainkaan, sen ilmoittaa IA002.)
    .help = Lisää yhteiskuntaorientaatioon `languages:` ja luettele siinä kielet, joilla sitä annetaan (esim. `[ar, so, fa, uk, ru, en]`), tai `client_language: true`, jos se annetaan kunkin asiakkaan omalla kielellä.

IA005 = Jotakin palvelutarpeen arvioinnin laajennetun kohderyhmän ryhmää ei mainita yhdessäkään arviointipalvelussa.
    .rationale = Uudistettu laki laajentaa niiden joukkoa, joille on tarjottava osaamisen ja kotoutumisen palvelutarpeen arviointi: työllisyyspalvelujen asiakkaina olevien maahanmuuttajien lisäksi ne, joiden ensimmäinen oleskelulupa on alle kolme vuotta vanha, muuta kuin tilapäistä toimeentulotukea saavat, kotihoidon tukea saavat, pakolaisaseman saaneet, ilman huoltajaa alaikäisinä tulleet, ihmiskaupan uhrit ja muut, joiden arvioidaan tarvitsevan palveluja. Oppaan mukaan uusien ryhmien tavoittaminen vaatii uusia toimintatapoja, joten ohjelmassa on hyvä näkyä, miten kukin ryhmä tavoitetaan. Ryhmät, jotka puuttuvat kaikista arviointipalveluista, ilmoitetaan yhdessä havainnossa ensimmäisen arviointipalvelun kohdalla. Ryhmää ”muut, joiden arvioidaan tarvitsevan palveluja” ei tarkisteta: se on se, jonka arviointi tunnistaa, ei ryhmä, jonka palvelu voisi luetella. Virhe: lakisääteinen velvoite.
    .help = Lisää ryhmä kohtaan `target_groups` siinä palvelussa (`component: needs_assessment`), joka sen tavoittaa, tai lisää palvelu, joka tavoittaa sen.

IA010 = Jollekin viidestä lakisääteisestä suunnittelun osa-alueesta ei ole tavoitetta.
    .rationale = 45 §:n mukaan kunta määrittelee tavoitteet, toimenpiteet, vastuutahot, yhteistyön ja seurannan viidelle osa-alueelle: työllisyys ja koulutus; hyvinvointi, terveys ja asuminen; osallisuus, yhdenvertaisuus ja tasa-arvo; oman kielen ja kulttuurin ylläpitäminen; hyvät väestösuhteet. Osa-alue, jolla ei ole tavoitetta, puuttuu suunnitelmasta. Yksi virhe kutakin osa-aluetta kohden.
    .help = Lisää tavoite, jonka `area:` on puuttuva osa-alue (esim. `area: good_relations`).

IA011 = Tavoitteelle ei ole toimenpidettä.
    .rationale = 45 § edellyttää kunkin osa-alueen tavoitteiden rinnalle toimenpiteitä. Tavoite, jota mikään toimenpide ei palvele, kertoo päämäärän mutta ei sitä, miten siihen pyritään. Yksi toimenpide, joka on merkitty kaikille viidelle lakisääteiselle osa-alueelle, ei ole toimenpide kullekin niistä: se ilmoitetaan kerran toimenpiteen kohdalla, eikä tavoitteita, joita vain se palvelee, ilmoiteta uudelleen. Virhe: lakisääteinen velvoite.
    .help = Lisää tavoitteen tunnus sitä palvelevien toimenpiteiden kohtaan `objectives:` tai lisää sille toimenpide. Kaikille osa-alueille merkitty toimenpide kannattaa jakaa toimenpiteiksi, jotka kukin palvelevat niitä osa-alueita, joilla ne todella toimivat.

IA015 = Toimenpide ei palvele mitään suunnitelman tavoitetta.
    .rationale = 45 §:n mukaan toimenpiteet suunnitellaan kunkin osa-alueen tavoitteita varten. Toimenpide, jolle ei ole nimetty tavoitetta, voi olla hyödyllinen, mutta suunnitelmasta ei käy ilmi, mihin sillä pyritään. Se ei siis kuulu millekään osa-alueelle, eikä sen tuloksia voi raportoida minkään tavoitteen yhteydessä. Huomio: laki ei kiellä muuta työtä, suunnitelmasta vain katoaa sen seuranta.
    .help = Lisää toimenpiteeseen `objectives:` ja siihen niiden tavoitteiden tunnukset, joita toimenpide palvelee.

IA012 = Toimenpiteelle ei ole nimetty vastuutahoa.
    .rationale = 45 § edellyttää vastuutahot kunkin suunnittelun osa-alueen toimenpiteille; toimenpide, josta kukaan ei vastaa, jää harvoin toteutumatta. Virhe: lakisääteinen velvoite.
    .help = Lisää `responsible:` ja siihen sen toimijan tunnus, joka toteuttaa toimenpiteen.

IA013 = Lakisääteisellä osa-alueella on toimenpiteitä, mutta niistä yhdellekään ei ole nimetty muuta yhteistyökumppania kuin oma vastuutaho.
    .rationale = Uudistuksesta lähtien 45 § edellyttää, että kunta määrittelee kullekin osa-alueelle tavoitteiden, toimenpiteiden ja vastuutahojen lisäksi toimijoiden välisen yhteistyön. Osa-alue, jonka kaikki toimenpiteet toteutetaan ilman nimettyä kumppania, ei osoita yhteistyötä; eikä toimenpiteen oma vastuutaho ole sen yhteistyökumppani. Osa-alueet, joita samat toimenpiteet palvelevat, ovat yksi havainto (kaikille osa-alueille merkitty toimenpide on yksi virhe). Havainto sijoitetaan toimenpiteen kohtaan `partners`, jos siinä on vain toimenpide itse, muuten osa-alueen ensimmäisen tavoitteen kohdalle. Virhe: lakisääteinen velvoite. (Osa-alueet, joilla ei ole tavoitteita tai toimenpiteitä, ilmoittavat IA010 ja IA011; osa-alue, jonka kaikki kumppanit ovat kaupungin omia yksiköitä, on IA008:n varoitus.)
    .help = Lisää osa-alueen toimenpiteisiin `partners:` ja luettele siinä niiden toimijoiden tunnukset, joiden kanssa kukin toimenpide toteutetaan.

IA008 = Suunnittelun osa-alueen toimenpiteissä ovat mukana vain kaupungin omat yksiköt ja päättäjät.
    .rationale = 45 § edellyttää yhteistyötä kullakin osa-alueella, ja Euroopan neuvoston opas kuvaa sen yhteistyöksi yli sektori- ja hallintorajojen: hyvinvointialue, työvoimaviranomainen, Kela, oppilaitokset, järjestöt, yhteisöt ja yritykset. Kaupungin yksiköiden keskinäinen työ on sekin yhteistyötä, joten kyse ei ole IA013:n virheestä; mutta osa-alue, jonka kaikki vastuutahot ja kumppanit ovat kaupungin yksiköitä (`kind: municipal_sector` tai `decision_makers`), ei hyödynnä ketään kaupungin ulkopuolelta. Oma sääntö omalla tunnuksellaan, koska säännöllä on yksi vakavuus ja tämä on suositus, ei lain vähimmäisvaatimus; sääntö on hiljaa, kun IA013 jo ilmoittaa osa-alueen. Yksi havainto, jossa osa-alueet luetellaan. Varoitus: suositus.
    .help = Lisää osa-alueen toimenpiteisiin kohtaan `partners:` kumppani kaupungin ulkopuolelta (esim. hyvinvointialue, Kela, oppilaitos, järjestö tai yhteisö).

IA014 = Tavoitteelle ei ole nimetty mittaria, jolla edistymistä seurataan.
    .rationale = 45 § tekee seurannasta osan kunnan suunnitteluvelvoitetta, ja tavoitteiden edistymistä mittaavat mittarit on nimettävä. Tavoitetta, jolla ei ole mittaria, ei voi seurata eikä siitä voi raportoida; ei myöskään tavoitetta, jonka jokaiselta mittarilta puuttuu lähtötaso tai tavoitetaso, koska edistyminen on matka lähtötasolta tavoitetasolle. Virhe (lakisääteinen): tavoite, jolla ei ole mittaria tai jolla ei ole yhtään mittaria, jossa on sekä lähtötaso että tavoitetaso – mittari, jolta lähtötaso ja tavoitetaso puuttuvat, ilmoitetaan kerran, ja havainnossa luetellaan tavoitteet, jotka jäävät sen vuoksi mittaamatta. Muu hyvä seuranta (lähde, päivämäärät suunnittelukauden sisällä, ei yhtä mittaria kaikille osa-alueille) on suositus ja MLG009:n varoitus.
    .help = Lisää tavoitteeseen `indicators:` ja siihen sitä mittaavien mittareiden tunnukset (kohdasta `indicators`), ja anna vähintään yhdelle niistä `baseline` ja `target` (kummallekin `value` ja `date`).

IA016 = Suunnitelmasta ei käy ilmi, miten kuntastrategiassa otetaan huomioon maahanmuuttajat ja kotoutuja-asiakkaat.
    .rationale = Suunnittelu voidaan järjestää monella tavalla, mutta 45 § edellyttää aina, että kunta ottaa kotoutuja-asiakkaat ja maahanmuuttajat huomioon strategisissa suunnitelmissaan, kuten kuntastrategiassa, jotta kotoutuminen valtavirtaistuu kaikkien toimialojen suunnitteluun. Suunnitelma osoittaa tämän `municipal_strategy`-linkillä, jonka kohdassa `mainstreaming` kerrotaan, miten se tehdään. Sana tai kaksi (”x”, ”kyllä”) ei kerro mitään, joten tekstin on oltava vähintään 60 merkkiä pitkä ja osoitettava, missä kohtaa strategiaa asia hoidetaan: tavoite, luku, kohta tai päätös, joko avainsanalla (goal, section, chapter, decision, §; tavoite, luku, kohta, päätös, linjaus; mål, avsnitt, kapitel, beslut) tai numerolla. goodrel ei voi arvioida sisältöä; tämä vähimmäisvaatimus sulkee pois vain tyhjän eleen. Virhe: lakisääteinen velvoite.
    .help = Lisää linkki, jonka `kind: municipal_strategy`, ja siihen `mainstreaming:`-teksti, jossa kerrotaan lauseella tai kahdella, miten strategia ottaa maahanmuuttajat ja kotoutuja-asiakkaat huomioon, ja nimetään strategian tavoite, luku tai päätös, jossa se tehdään.

IA017 = Suunnitelmasta ei käy ilmi yhteistyö hyvinvointialueen kanssa.
    .rationale = 45 §:n mukaan kunnan kotoutumisen edistämisen suunnittelu sovitetaan yhteen hyvinvointialueen suunnittelun kanssa, ja ministeriön nykyisen muistilistan mukaan kunta varmistaa yhteistyön hyvinvointialueen kanssa, joka järjestää maahanmuuttajien tarvitsemat sosiaali- ja terveyspalvelut. Säästömuutokset (HE 192/2024) säilyttivät tämän velvoitteen. Ratkaisevaa on suunnittelun yhteensovittaminen, ei pelkkä mukanaolo: linkki, jonka `kind: wellbeing_services_county_plan` ja jonka `mainstreaming`-huomautuksessa (vähintään 40 merkkiä) kerrotaan, miten suunnitelmat sovitetaan yhteen, tai hyvinvointialue sekä yhteistyöryhmässä (paikallisessa tai alueellisessa; jäsenenä tai koollekutsujana) että hyvinvointia tai terveyttä koskevan toimenpiteen vastuutahona tai kumppanina (toimenpide palvelee `wellbeing_health_housing`-tavoitetta tai sen `sector: social_and_health`). Paikka jossakin rakenteessa tai yksi yhteinen palvelu ei riitä. Virhe: lakisääteinen velvoite.
    .help = Linkitä hyvinvointialueen suunnitelma (`kind: wellbeing_services_county_plan`) ja lisää siihen `mainstreaming:`-huomautus siitä, miten suunnittelu sovitetaan yhteen, tai lisää hyvinvointialue (`kind: wellbeing_services_county`) yhteistyöryhmän jäseniin (`members`) ja hyvinvointia tai terveyttä koskevan toimenpiteen kumppaneihin (`partners`).

IA018 = Suunnitelmassa ei ole paikallista monialaista yhteistyöryhmää eikä alueellista yhteistyöryhmää.
    .rationale = Euroopan neuvoston oppaan kuvauksessa laista paikallinen monialainen yhteistyöryhmä maahanmuuttoa, kotoutumista ja hyviä väestösuhteita varten (tai osallistuminen ELY-keskuksen / elinvoimakeskuksen asettamaan alueelliseen ryhmään) on monitasoisen ja monialaisen yhteistyön pääfoorumi. Säästömuutosten (HE 192/2024) jälkeen ministeriön nykyinen muistilista sanoo, että kunta *voi* asettaa tällaisen ryhmän, joten goodrel varoittaa eikä ilmoita virhettä: ilman ryhmää yhteistyö on erillisten yhteydenpitojen varassa.
    .help = Lisää rakenne, jonka `kind: cooperation_group` (kunnan koolle kutsuma, jäseninä sen toimialat, hyvinvointialue, työvoimaviranomainen, Kela, järjestöt, oppilaitokset ja yritykset), tai rakenne, jonka `kind: regional_cooperation_group`, alueelliselle ryhmälle, johon kunta osallistuu.

IA019 = Suunnitelmaan ei ole kirjattu ennen sen hyväksymistä pidettyä kuulemista tai suunnittelutilaisuutta maahanmuuttajien tai järjestöjen kanssa ja siinä esiin nousseita tarpeita.
    .rationale = Euroopan neuvoston oppaan kuvauksessa laista kunta varmistaa, että järjestöt ja kunnassa asuvat maahanmuuttajat voivat osallistua kotoutumisen edistämisen suunnitteluun. Ministeriön nykyinen suunnittelun muistilista esittää maahanmuuttajataustaisten asukkaiden osallistamisen suosituksena (heidät on hyvä ottaa aktiivisesti mukaan; aiemmassa versiossa kunta varmisti sen), joten kunnes lain sanamuoto on varmistettu, goodrel varoittaa eikä ilmoita virhettä. Osallistumisen osoittaa tilaisuus, ei jäsenluettelo: kuuleminen maahanmuuttajaryhmien tai kansalaisjärjestöjen kanssa ennen suunnitelman hyväksymistä (ETYJ: osallistujilla on oltava taattu ja varhainen pääsy, kun suunnitelmaa voi vielä muuttaa), ja siihen on kirjattu esiin nousseet tarpeet. Neuvosto tai rakenne, joka vain luettelee maahanmuuttajaryhmiä, ei osoita, että ketään olisi kuultu tästä suunnitelmasta. Määräpäivä on `municipality.approval.date`; jos sitä ei ole, suunnittelukauden alku; jos kumpaakaan ei ole, mikä tahansa päivätty kuuleminen kelpaa.
    .help = Kirjaa kohtaan `consultations` suunnitelman valmistelun aikana maahanmuuttajien (`groups`) tai järjestöjen (`organisations`) kanssa pidetty kuuleminen, työpaja tai kysely, sen päivämäärä (`date`) ennen hyväksymistä ja siinä esiin nousseet tarpeet (`needs`).

IA020 = Suunnitelmassa ei ole monialaista työryhmää hyviä väestösuhteita varten.
    .rationale = Euroopan neuvoston oppaan kuvauksessa laista kunta asettaa paikallisen monialaisen työryhmän suunnittelemaan ja toteuttamaan väestösuhdetyötä; tehtävään sopii myös yhteistyöryhmä, jonka toimialaan hyvät väestösuhteet kuuluvat. Säästömuutosten (HE 192/2024) jälkeen ministeriön nykyinen muistilista esittää yhteistyöryhmän asiana, jonka kunta *voi* asettaa, joten goodrel varoittaa eikä ilmoita virhettä.
    .help = Lisää rakenne, jonka `kind: good_relations_working_group`, tai lisää `good_relations` yhteistyöryhmän kohtaan `remit`.

IA021 = Kahden vuoden välein annettavaa raporttia ELY-keskukselle / elinvoimakeskukselle ei ole toimitettu päättyneeltä kahden vuoden kaudelta.
    .rationale = Sääntö noudattaa Euroopan neuvoston oppaan (2025) kuvausta laista: kunta raportoi kahden vuoden välein ELY-keskukselleen (vuodesta 2026 alueelliselle elinvoimakeskukselle), miten tavoitteet on saavutettu ja mitä toimenpiteitä on toteutettu. Opas ei anna määräaikaa, joten goodrel kertoo oletuksensa. Kahden vuoden kaudet lasketaan suunnittelukauden alusta (suunnitelmalle, joka alkaa 2025-01-01: 2025-01-01, 2027-01-01, ...; viimeinen kausi päättyy suunnittelukauden mukana), joten myöhästynyt raportti ei siirrä myöhempiä määräaikoja. Kauden raportti on toimitettava `grace_months` kuukauden kuluessa kauden päättymisestä (oletus 3, asetetaan goodrel.toml-tiedoston kohdassa `[reports]`): raportti tarvitsee kauden viimeisen vuoden tilinpäätöksen, jonka kunta laatii seuraavan maaliskuun loppuun mennessä. Toimitettu raportti lasketaan sille kaudelle, jolla sen oma kausi päättyy. Kausia, jotka päättyivät ennen lain 681/2023 voimaantuloa 2025-01-01, ei arvioida. Kaikki myöhässä olevat kaudet ovat yksi havainto. Virhe: raportointivelvoite on laiminlyöty.
    .help = Toimita raportti ja kirjaa se kohtaan `reports` kauden (`period`) ja toimituspäivän (`submitted`) kera.

IA022 = Kahden vuoden välein annettavasta raportista puuttuu jokin sen viidestä vaaditusta sisällöstä tai se on pelkkä muodollinen maininta, tai raportin selvitys toteutetuista toimenpiteistä on ristiriidassa toimenpiteiden tilan kanssa.
    .rationale = Sääntö noudattaa Euroopan neuvoston oppaan (2025) kuvausta laista: kahden vuoden välein annettavassa raportissa kerrotaan, miten tavoitteet on saavutettu ja mitä toimenpiteitä on toteutettu, ja lisäksi käsitellään palvelujen yhdenvertaista saatavuutta, taloudellisten resurssien riittävyyttä ja sitä, miten vaikuttavuus on saavutettu. Sisältö lasketaan kirjoitetuksi, kun siinä on vähintään kolme sanaa ja 20 kirjainta tai numeroa: se riittää lyhyeen selvitykseen tai viittaukseen, kuten ”raportin luku 3.2, s. 12–15”, mutta ei paikkamerkkiin, kuten ”x” tai ”tehty”. Selvitys toteutetuista toimenpiteistä tarkistetaan suunnitelmaa vasten: siinä pitäisi mainita (tunnuksella tai nimellä) vähintään yksi toimenpide, jonka `status` on `done` tai `ongoing` ja jonka aikataulu osuu raportin kaudelle, eikä siinä mainitun toimenpiteen pitäisi olla tilassa `planned` tai `dropped`. Toimittamatonta raporttia ei arvioida ennen sen määräpäivää (ks. IA021), eikä raportteja kausilta, jotka päättyivät ennen 2025-01-01 (ennen lakia 681/2023). Yksi havainto raporttia kohden, ja siinä luetellaan, mitä puuttuu.
    .help = Täydennä raportin kohdan `contents:` puuttuvat kentät lyhyellä selvityksellä tai viittauksella raportin siihen kohtaan, jossa asia käsitellään, ja nimeä toteutetut toimenpiteet tunnuksillaan.

IA023 = Suunnitelmasta ei käy ilmi, että siinä otetaan huomioon valtakunnalliset kotoutumisen tavoitteet.
    .rationale = 45 §:n mukaan kunnan suunnittelussa otetaan huomioon valtakunnalliset kotoutumisen edistämisen tavoitteet, jotka asetetaan valtion kotouttamisohjelmassa (VALKO). Suunnitelma osoittaa tämän `valko`-linkillä tai tavoitteilla, joissa nimetään valtakunnallinen tavoite (`national_objective`), jota ne vievät paikalliseen toimintaan. Virhe: lakisääteinen velvoite.
    .help = Lisää linkki, jonka `kind: valko`, valtion kotouttamisohjelmaan tai aseta `national_objective:` niille tavoitteille, jotka toteuttavat valtakunnallista tavoitetta.

IA024 = Kuntaosiossa ei ole suunnittelukautta.
    .rationale = 45 §:n mukaista seurantaa ja kahden vuoden välein annettavaa raportointia arvioidaan sen kauden mukaan, jota suunnitelma koskee; ilman kautta goodrel ei voi päätellä, milloin raportti erääntyy tai ovatko kuulemiset ajantasaisia. Varoitus: laki ei määrää kauden muotoa, mutta ilman sitä määräaikoja ei tarkisteta.
    .help = Lisää `municipality`-osioon `plan_period: {"{"}start: VVVV-KK-PP, end: VVVV-KK-PP{"}"}`.

IA025 = Kuntaosiossa ei nimetä ELY-keskusta / elinvoimakeskusta.
    .rationale = Alueellinen valtion viranomainen vastaanottaa kahden vuoden välein annettavat raportit ja asettaa alueellisen yhteistyöryhmän. ELY-keskukset luovuttivat kotoutumistehtävänsä alueellisille elinvoimakeskuksille 1.1.2026, joten suunnitelmassa kannattaa kertoa, minkä viranomaisen kanssa kunta asioi, eikä jättää lukijaa (ja goodrelin viestejä) arvailemaan. Varoitus: aukko suunnitelman kuvauksessa, ei sinänsä lain rikkomus.
    .help = Lisää `municipality`-osioon `regional_authority: {"{"}kind: vitality_centre, name: "..."{"}"}` (tai `kind: ely_centre` ennen vuotta 2026 laaditussa suunnitelmassa).

IA030 = Suunnitelman tilannekuva paikallisesta maahanmuutosta puuttuu, on päiväämätön, lähteetön tai vanhentunut, tai siitä puuttuu, montako maahanmuuttajaa kunnassa asuu, miksi he ovat tulleet, heidän ikänsä, kielensä tai työllisyytensä.
    .rationale = Ministeriön suunnittelun muistilista neuvoo kuntaa muodostamaan määrällisen ja laadullisen tilannekuvan maahanmuutosta ennen tavoitteiden asettamista: montako maahanmuuttajaa kunnassa asuu, miksi he ovat tulleet (turvapaikka, kiintiöpakolaisuus, opiskelu, työ, perhe) ja millainen väestö on. Ilman sitä ei voi osoittaa, että tavoitteet vastaavat paikallisiin tarpeisiin, eikä tilannekuvaa ilman vuotta ja lähdettä voi tarkistaa tai päivittää. goodrel edellyttää kohdan `municipality.situation`, jossa on `year` ja `source`, sekä kunkin lajin luvut: vieraskielisten asukkaiden määrä, tulon syyt, iät, kielet ja työllisyys. Luvut, jotka ovat yli kaksi vuotta suunnittelukauden alkua vanhempia, ovat vanhentuneita: suunnitelman palvelema väestö on sen jälkeen muuttunut. Kaikki puutteet ovat yksi havainto. Varoitus: muistilistan neuvo, ei lain sanamuoto.
    .help = Täydennä kohta `municipality.situation`: `year`, `source` (esim. Tilastokeskus), `foreign_language_residents`, `reasons` tai `by_reason`, `ages`, `languages` ja `employment`, luvuin, jotka ovat enintään kaksi vuotta suunnittelukauden alkua vanhempia.

IA031 = Suunnitelmassa ei kerrota, laatiiko kunta sen yksin, yhdessä muiden kuntien tai työvoimaviranomaisen kanssa vai osana muuta suunnitelmaa.
    .rationale = Ministeriön suunnittelun muistilista alkaa kehotuksella päättää, miten kunta suunnittelee: yksin, yhdessä muiden kuntien tai työvoimaviranomaisen kanssa tai osana muuta suunnitteluasiakirjaa; 45 § sallii, että suunnitelma on oma ohjelmansa tai osa muuta suunnitelmaa. Suunnitelman lukijoiden (yhteistyöryhmä, ELY-keskus / elinvoimakeskus) on tiedettävä, kumpi, jotta he näkevät, ketä muita suunnitelma sitoo. Huomio: puuttuva kuvaus, ei puuttuva velvoite.
    .help = Lisää `municipality`-osioon `planning: {"{"}mode: alone{"}"}` (tai `with_other_municipalities`, `with_employment_authority`, `part_of_other_plan` ja `document:`).

IA032 = Mikään toimenpide ei anna perustietoa tai matalan kynnyksen ohjausta kaikille maahanmuuttajille kotoutumisohjelman asiakkaiden lisäksi.
    .rationale = Uudistetun lain mukaan, sellaisena kuin Euroopan neuvoston opas ja ministeriö sen kuvaavat, kotoutumisohjelman palvelut tavoittavat määritellyn kohderyhmän, mutta kaikkien maahanmuuttajien on saatava perustietoa Suomesta, matalan kynnyksen ohjausta ja yleisiä julkisia palveluja. Suunnitelma osoittaa tämän toimenpiteellä, jonka laji on `information` tai `guidance` ja joka on avoin kaikille: ei kohderyhmiä (kaikki) tai kohderyhmissä `immigrants` tai `all_residents`. Vain ohjelman asiakkaille (palvelutarpeen arvioinnin ryhmille) tarkoitettu ohjaus ei tavoita muita. Varoitus: laki edellyttää suunnitelman palveluja, ei lueteltua sisältöä, ja goodrel näkee ne vain toimenpiteiden kautta.
    .help = Lisää kaikille maahanmuuttajille tarkoitettu toimenpide, jonka `kind: guidance` (tai `information`), esim. matalan kynnyksen neuvontapiste tai monikielinen verkkotieto, ja `target_groups: [immigrants]`.

IA033 = Suunnitelmasta ei käy ilmi, että siinä otetaan huomioon kotoutuja-asiakkaille asetetut työllisyystavoitteet tai kunnan elinvoima.
    .rationale = Valtion kotouttamisohjelman (VALKO, jonka tarkistaa IA023) lisäksi Euroopan neuvoston oppaan kuvaus laista ja ministeriön muistilista edellyttävät, että kunnan suunnittelussa otetaan huomioon ministeriön kotoutuja-asiakkaille asettamat työllisyystavoitteet ja kunnan elinvoima. Suunnitelma osoittaa edellisen `employment_and_education`-osa-alueen tavoitteella, jossa nimetään sen `national_objective`, ja jälkimmäisen tavoitteella, joka puhuu elinvoimasta (elinvoima, livskraft, business), tai `business_services`-toimialan toimenpiteellä. Varoitus eikä virhe: vain VALKO-osa on varmistettu 45 §:n sanamuodosta (ks. aluetiedot), joten goodrel ei käsittele muuta lain rikkomuksena.
    .help = Aseta `national_objective:` sille työllisyystavoitteelle, joka toteuttaa ministeriön kotoutuja-asiakkaille asettamaa työllisyystavoitetta, ja lisää tavoite (tai `business_services`-toimenpide) siitä, miten kotoutuminen tukee kunnan elinvoimaa.

IA034 = Suunnitelmassa mainitaan vuonna 2026 yhä ELY-keskus, vaikka sen kotoutumistehtävät siirtyivät alueellisille elinvoimakeskuksille 1.1.2026.
    .rationale = ELY-keskusten kotoutumistehtävät (kahden vuoden välein annettavien raporttien vastaanotto, alueellinen yhteistyöryhmä) siirtyivät 1.1.2026 kymmenelle alueelliselle elinvoimakeskukselle. Aiemmin laaditussa suunnitelmassa ELY-keskus on oikein mainittu; kun suunnitelmaa arvioidaan tuona päivänä tai sen jälkeen (`--as-of`), goodrel kertoo kerran, mikä keskus tulee sen tilalle, suunnitelmassa nimetyn hyvinvointialueen (tai maakunnan) perusteella. Jos goodrel ei ole varma vastaavuudesta, se ei nimeä keskusta. Huomio: suunnitelma ei ole väärä, vain vanhentunut.
    .help = Päivitä `municipality.regional_authority` muotoon `{"{"}kind: vitality_centre, name: "..."{"}"}` ja viranomaista vastaavan toimijan laji muotoon `kind: vitality_centre`.

# Havaintojen viestit ja vihjeet (kotoutumislaki). Suunnitelman arvot ($service, $measure ...)
# näytetään niin kuin suunnitelmassa: tunnus ja nimi lainausmerkeissä, kaksoispisteen jälkeen
# tai selittävänä lisäyksenä, jotta niitä ei tarvitse taivuttaa.

# Kotoutumisohjelman kuusi osaa ja suunnittelun viisi osa-aluetta havainnoissa ja
# tarkistuslistassa.
ia-component = { $key ->
    [needs_assessment] osaamisen ja kotoutumisen palvelutarpeen arviointi
    [integration_plan] arviointiin perustuva kotoutumissuunnitelma
    [civic_orientation] monikielinen yhteiskuntaorientaatio
    [integration_training] kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus
    [skills_and_employment] muu koulutus ja palvelut, jotka edistävät kielitaitoa, luku- ja kirjoitustaitoa, työelämävalmiuksia ja työllistymistä
   *[guidance_and_counselling] kotoutumisohjelman aikainen ohjaus ja neuvonta
}
ia-area = { $key ->
    [employment_and_education] työllisyys ja koulutus
    [wellbeing_health_housing] hyvinvointi, terveys ja asuminen
    [inclusion_and_equality] osallisuus, yhdenvertaisuus ja tasa-arvo
    [own_language_and_culture] oman kielen ja kulttuurin ylläpitäminen
    [good_relations] hyvät väestösuhteet
   *[other] muut tavoitteet
}
# Kaksi puolipistein erotetun luettelon kohtaa (osa-alueet, ryhmät, puutteet).
ia-semicolon = { $first }; { $rest }

ia001-no-services = suunnitelmassa ei luetella kotoutumisohjelman palveluja
ia006-kept-separately = 13 §:n kotoutumisohjelma on omana asiakirjanaan: '{ $title }'; sen kuutta vähimmäissisällön osaa ei tarkistettu – lisää ohjelman palvelut suunnitelmaan, jos haluat ne tarkistettaviksi
ia002-no-component = palvelu { $service }: ei kerrota, mikä kuudesta vähimmäissisällön osasta se on
ia002-component-missing = kotoutumisohjelmasta puuttuu palvelu vähimmäissisällön osalle: { $component }
ia003-provider-responsible = yritys tai järjestö on nimetty vastuutahoksi { $count ->
    [one] palvelulle { $services }
   *[other] { $count } palvelulle: { $services }
}; se voi tuottaa palvelun, mutta palvelusta vastaa työvoimaviranomainen tai kunta
ia003-jobseekers = { $count ->
    [one] palvelu on tarkoitettu vain työnhakijoina oleville maahanmuuttajille, mutta sitä ei järjestä työvoimaviranomainen
   *[other] palvelut on tarkoitettu vain työnhakijoina oleville maahanmuuttajille, mutta niitä ei järjestä työvoimaviranomainen
}: { $services }
ia003-no-employment-authority = työvoimaviranomainen ei esiinny kotoutumisohjelmassa lainkaan, vaikka se järjestää ohjelman palvelut työnhakijoille ja kotoutuja-asiakkaille
ia003-no-responsible = palvelu { $service }: vastuutaho puuttuu
ia004-one-alone = palvelu { $service }: yhteistyössä toimivaa palveluntuottajaa ei ole nimetty (vain oma vastuutaho)
ia004-all-alone = yhdellekään ohjelman { $total } palvelusta ei ole nimetty yhteistyössä toimivaa palveluntuottajaa, joten ohjelmassa ei kuvata yhteistyötä muiden palveluntuottajien kanssa: { $services }
ia004-some-alone = ohjelman { $total } palvelusta { $count } ei nimeä yhteistyössä toimivaa palveluntuottajaa: { $services }
ia007-only-language = { $service } (vain { $language })
ia007-not-multilingual = yhteiskuntaorientaatio { $services }: { $count ->
    [one] palvelusta
   *[other] palveluista
} ei käy ilmi, että orientaatio on monikielinen – ei vähintään kahden kielen luetteloa eikä määritystä `client_language: true`
ia005-group = { $key ->
    [employment_services_clients] työllisyyspalvelujen asiakkaina olevat maahanmuuttajat
    [recent_residence_permit] maahanmuuttajat, joiden ensimmäinen oleskelulupa on alle kolme vuotta vanha
    [income_support_recipients] muuta kuin tilapäistä toimeentulotukea saavat maahanmuuttajat
    [home_care_allowance_recipients] kotihoidon tukea saavat maahanmuuttajat
    [refugees] pakolaisaseman saaneet
    [unaccompanied_minors] ilman huoltajaa alaikäisinä tulleet
    [trafficking_victims] ihmiskaupan uhrit
    [others_in_need] muut, joiden arvioidaan tarvitsevan kotoutumista edistäviä palveluja
   *[other] kohderyhmä
}
ia005-group-typed = { $group } (kirjoita: { $written })
ia005-groups-missing-one = palvelutarpeen arviointipalvelu { $service }: kohderyhmistä puuttuu laissa nimettyjä ryhmiä ({ $count }): { $groups }
ia005-groups-missing-any = yhdenkään palvelutarpeen arviointipalvelun kohderyhmissä ei ole näitä laissa nimettyjä ryhmiä ({ $count }): { $groups }
ia010-no-objective = suunnitelmassa ei ole tavoitetta osa-alueelle: { $area } (`{ $key }`)
ia011-every-area = toimenpide { $measure } on merkitty kaikille viidelle suunnittelun osa-alueelle; yksi toimenpide ei voi korvata kunkin osa-alueen omia toimenpiteitä
ia011-no-measure = tavoite { $objective } ({ $areas }): mikään toimenpide ei palvele tavoitetta
ia015-no-objective = { $count ->
    [one] toimenpide { $measures }: ei palvele mitään tavoitetta
   *[other] { $count } toimenpidettä ei palvele mitään tavoitetta: { $measures }
}
ia012-no-responsible = toimenpide { $measure }: vastuutaho puuttuu
ia013-self-partner = { $count ->
    [one] osa-alueen ainoan toimenpiteen yhteistyökumppaniksi on nimetty sen oma vastuutaho
   *[other] yhdellekään osa-alueen { $count } toimenpiteestä ei ole nimetty muuta yhteistyökumppania kuin oma vastuutaho
}, joten suunnitelmasta ei käy ilmi yhteistyötä tällä osa-alueella: { $areas }
ia013-no-partner = { $count ->
    [one] osa-alueen ainoalle toimenpiteelle ei ole nimetty yhteistyökumppania
   *[other] yhdellekään osa-alueen { $count } toimenpiteestä ei ole nimetty yhteistyökumppania
}, joten suunnitelmasta ei käy ilmi yhteistyötä tällä osa-alueella: { $areas }
ia008-city-only = osa-alueen toimenpiteissä ovat mukana vain kaupungin omat yksiköt, ei yhtään kumppania kaupungin ulkopuolelta: { $areas }
ia014-missing = { $what ->
    [both] ei lähtötasoa eikä tavoitetasoa
    [baseline] ei lähtötasoa
   *[target] ei tavoitetasoa
}
ia014-hollow = mittari { $indicator }: { $missing }, joten sillä ei voi mitata edistymistä { $count ->
    [one] tavoitteessa { $objectives }, eikä tavoitteella ole muuta mittaria, joka mittaisi edistymistä
   *[other] tavoitteissa { $objectives }, eikä tavoitteilla ole muuta mittaria, joka mittaisi edistymistä
}
ia014-no-indicator = tavoite { $objective } ({ $areas }): ei mittaria, jolla edistymistä seurataan
ia016-no-link = suunnitelmassa ei ole linkkiä kuntastrategiaan, joten siitä ei käy ilmi, että strategia ottaa maahanmuuttajat ja kotoutuja-asiakkaat huomioon
ia016-unsaid = kuntastrategian linkki { $link }: ei kerrota, miten maahanmuuttajat ja kotoutuja-asiakkaat otetaan huomioon
ia016-too-short = kuntastrategian linkki { $link }: teksti on liian lyhyt osoittamaan, miten maahanmuuttajat ja kotoutuja-asiakkaat otetaan huomioon ({ $length ->
    [one] 1 merkki
   *[other] { $length } merkkiä
}, vähintään { $minimum })
ia016-no-reference = kuntastrategian linkki { $link }: ei nimetä strategian tavoitetta, lukua tai päätöstä, joka osoittaa, miten maahanmuuttajat ja kotoutuja-asiakkaat otetaan huomioon
ia017-no-coordination = suunnitelmasta ei käy ilmi, että suunnittelu on sovitettu yhteen hyvinvointialueen suunnittelun kanssa: { $why }
ia017-takes-part = { $county } on mukana suunnitelmassa, mutta missään linkissä sen suunnitelmaan ei kerrota, miten suunnittelu sovitetaan yhteen, eikä se ole sekä yhteistyöryhmässä että mukana hyvinvointia tai terveyttä koskevassa toimenpiteessä
ia017-absent = { $county } ei ole minkään toimenpiteen tai palvelun vastuutaho tai kumppani eikä minkään rakenteen jäsen tai koollekutsuja
ia017-not-listed = hyvinvointialuetta ei ole toimijoiden joukossa
ia017-not-listed-named = hyvinvointialuetta ({ $county }) ei ole toimijoiden joukossa
ia018-no-group = suunnitelmassa ei ole paikallista eikä alueellista monialaista yhteistyöryhmää maahanmuuttoa, kotoutumista ja hyviä väestösuhteita varten
ia019-no-needs = ennen suunnitelman hyväksymistä pidetyistä kuulemisista maahanmuuttajien tai järjestöjen kanssa ei ole kirjattu esiin nousseita tarpeita: { $consultations }
ia019-after-approval = kaikki kuulemiset maahanmuuttajien tai järjestöjen kanssa pidettiin suunnitelman hyväksymispäivänä { $date } tai sen jälkeen, liian myöhään vaikuttamaan suunnitelmaan: { $consultations }
ia019-after-period-start = kaikki kuulemiset maahanmuuttajien tai järjestöjen kanssa pidettiin suunnittelukauden alkamispäivänä { $date } tai sen jälkeen, liian myöhään vaikuttamaan suunnitelmaan: { $consultations }
ia019-none = suunnitelmaan ei ole kirjattu kuulemista tai suunnittelutilaisuutta maahanmuuttajien tai järjestöjen kanssa
ia019-none-roster = suunnitelmaan ei ole kirjattu kuulemista tai suunnittelutilaisuutta maahanmuuttajien tai järjestöjen kanssa (rakenne { $structure } luettelee maahanmuuttajaryhmiä, mutta se ei osoita, että heitä olisi kuultu tästä suunnitelmasta)
ia020-no-group = suunnitelmassa ei ole monialaista työryhmää hyviä väestösuhteita varten, eivätkä hyvät väestösuhteet kuulu minkään yhteistyöryhmän tehtäviin
ia021-period = { $start } – { $end } (määräpäivä { $due })
ia021-default-authority = ELY-keskus / elinvoimakeskus
ia021-overdue = { $count ->
    [one] kahden vuoden välein annettava raportti on toimittamatta
   *[other] kahden vuoden välein annettavat raportit ovat toimittamatta
} (vastaanottaja: { $authority }), { $count ->
    [one] kausi
   *[other] kaudet
}: { $periods }
ia022-content = { $key ->
    [objectives_achieved] miten tavoitteet on saavutettu
    [measures_implemented] mitä toimenpiteitä on toteutettu
    [equal_access] palvelujen yhdenvertainen saatavuus
    [financial_resources] taloudellisten resurssien riittävyys
   *[effectiveness] miten vaikuttavuus on saavutettu
}
ia022-not-covered = siinä ei käsitellä: { $contents } (paikkamerkki tai alle kolmen sanan teksti ei riitä)
ia022-none-named = selvityksessä toteutetuista toimenpiteistä ei mainita yhtäkään toimenpidettä, joka on kaudella merkitty tehdyksi tai käynnissä olevaksi ({ $measures })
ia022-measure-status = { $measure } ({ $status })
ia022-not-done-named = selvityksessä toteutetuista toimenpiteistä mainitaan toimenpiteitä, joita tilan mukaan ei toteutettu: { $measures }
ia022-report = raportti { $report } ({ $start } – { $end }): { $problems }
ia023-not-considered = suunnitelmassa ei ole linkkiä valtion kotouttamisohjelmaan (VALKO), eikä yhdellekään tavoitteelle ole nimetty valtakunnallista tavoitetta
ia024-no-period = kunta { $municipality }: suunnitelmassa ei ole suunnittelukautta, joten raporttien määräaikoja ja seurantaa ei voi tarkistaa
ia025-no-authority = kunta { $municipality }: suunnitelmassa ei nimetä ELY-keskusta / elinvoimakeskusta, joka vastaanottaa kunnan raportit
ia030-no-situation = kunta { $municipality }: suunnitelmassa ei ole tilannekuvaa paikallisesta maahanmuutosta (`situation`)
ia030-gap = { $key ->
    [year] lukujen vuosi
    [source] lukujen lähde
    [residents] kunnassa asuvien maahanmuuttajien määrä
    [reasons] tulon syyt
    [ages] ikärakenne
    [languages] kielet
   *[employment] työllisyys
}
ia030-outdated = ajantasaiset luvut (luvut kuvaavat vuotta { $year }, yli kaksi vuotta ennen suunnittelukauden alkua vuonna { $start })
ia030-lacks = paikallisen maahanmuuton tilannekuvasta puuttuu: { $gaps }
ia031-unstated = kunta { $municipality }: suunnitelmassa ei kerrota, laaditaanko se yksin, yhdessä muiden kuntien tai työvoimaviranomaisen kanssa vai osana muuta suunnitelmaa
ia032-some-groups = tiedotus- ja ohjaustoimenpiteet tavoittavat vain osan ryhmistä, eivät kaikkia maahanmuuttajia: { $measures }
ia032-none = mikään toimenpide, jonka laji on `information` tai `guidance`, ei anna perustietoa tai matalan kynnyksen ohjausta kaikille maahanmuuttajille
ia033-not-considered = suunnitelman tavoitteissa ei oteta huomioon { $missing ->
    [employment] kotoutuja-asiakkaille asetettuja työllisyystavoitteita
    [vitality] kunnan elinvoimaa
   *[both] kotoutuja-asiakkaille asetettuja työllisyystavoitteita eikä kunnan elinvoimaa
}
ia034-centre = { $centre } (suunnitelmassa nimetyn hyvinvointialueen perusteella: { $county })
ia034-name-centre = nimeä alueesi elinvoimakeskus
ia034-ely-centre = suunnitelmassa mainitaan ELY-keskus: { $name }; 1.1.2026 alkaen sen kotoutumistehtävät kuuluvat alueelliselle elinvoimakeskukselle: { $instead }
