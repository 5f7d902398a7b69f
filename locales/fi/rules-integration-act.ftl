# Sääntöjen tekstit (kotoutumislaki): kunkin säännön arvo kertoo, mitä se tarkistaa,
# .rationale miksi asia on tärkeä ja miksi säännöllä on tämä vakavuus, .help miten havainto
# korjataan. Tunnukset ovat sääntöjen tunnuksia.

IA001 = Suunnitelmassa ei kuvata kotoutumisen alkuvaiheen palveluja (kotoutumisohjelmaa) eikä linkitetä ohjelma-asiakirjaa, jonka se yksilöi.
    .rationale = Kunnalla on oltava 13 §:n mukainen kotoutumisohjelma, jossa kuvataan kotoutumisen alkuvaiheen palvelut, ja vuodesta 2025 valtion korvaukset edellyttävät sitä. Suunnitelma, jossa ei ole palveluja, ei osoita, että ohjelma on olemassa. Omana asiakirjanaan pidetty ohjelma korvaa palveluluettelon vain, jos suunnitelman linkki yksilöi asiakirjan: kirjoitettu nimi (ei ”x”) ja hyväksymispäivä (`approved`), verkko-osoite (`url`) tai tiedosto (`file`), lain 681/2023 mukaan (IA006). Linkki, joka mainitsee ohjelman mutta ei kerro, mistä sen löytää, ilmoitetaan tässä linkin kohdalla. Virhe: lakisääteinen velvoite.
    .help = Lisää `services:`-osio, jossa luetellaan ohjelman palvelut ja kullekin sen osa (`component`), vastuutaho ja yhteistyössä toimivat palveluntuottajat. Jos ohjelma on oma asiakirjansa, linkitä se sen sijaan (`kind: { VALUE("integration_programme") }`) nimellä ja hyväksymispäivällä (`approved`), verkko-osoitteella (`url`) tai tiedostolla (`file`).

IA006 = Kotoutumisohjelma on omana asiakirjanaan, eikä sen palveluja ole suunnitelmassa, joten ohjelman kuutta vähimmäissisällön osaa ei tarkistettu.
    .rationale = Monessa kunnassa 13 §:n kotoutumisohjelma on oma asiakirjansa erillään 45 §:n suunnitelmasta. Suunnitelmassa on silloin linkki ohjelmaan (`kind: { VALUE("integration_programme") }`) palveluluettelon sijaan. Se on lain mukaista, mutta goodrel voi tarkistaa ohjelman vähimmäissisällön (IA001–IA005, IA007, IA009) vain suunnitelmaan kirjatuista palveluista. Siksi se ei ilmoita jokaista osaa puuttuvaksi vaan kertoo kerran, että osia ei tarkistettu. Linkin on yksilöitävä asiakirja: kirjoitettu nimi ja hyväksymispäivä (`approved`), `url` tai `file`. Linkki, jonka nimi on ”x”, josta ei löydä asiakirjaa tai joka on kirjattu entisen lain 1386/2010 mukaiseksi, ei kytke ohjelman tarkistuksia pois (sen ilmoittaa IA001). Huomio: mitään ei ole väärin, jotain jäi tarkistamatta.
    .help = Jos haluat, että myös ohjelma tarkistetaan, kirjaa sen palvelut kohtaan `services:` (kullekin `component`, `responsible` ja `cooperation`) tähän suunnitelmaan tai omaan tiedostoonsa.

IA002 = Jollekin kotoutumisohjelman kuudesta vähimmäissisällön osasta ei ole palvelua.
    .rationale = Laissa säädetään kuusi osaa, jotka jokaisessa ohjelmassa on oltava: osaamisen ja kotoutumisen palvelutarpeen arviointi, kotoutumissuunnitelma, monikielinen yhteiskuntaorientaatio, kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus, muu osaamista ja työllistymistä edistävä koulutus ja palvelut sekä kotoutumisohjelman aikainen ohjaus ja neuvonta. Jokainen puuttuva osa on oma virheensä.
    .help = Lisää palvelu, jonka `component:` on puuttuva osa, ja nimeä sen tuottaja. Palvelu, joka ei ole mikään kuudesta osasta (tulkkaus, pakolaisten vastaanotto), saa osan sijaan määrityksen `kind: { VALUE("interpreting") }` tai `kind: { VALUE("reception") }`.
IA009 = Kotoutumisohjelman palvelu on vain nimetty: mikään kuvaus ei kerro, mitä se tarjoaa.
    .rationale = 13 §:n mukaan kotoutumisohjelma on asiakirja, jossa kuvataan kotoutumisen alkuvaiheen palvelut, ei luettelo niiden nimistä. Palvelu on kuvattu, kun sen `description` on kirjoitettu: vähintään kolmen sanan lause, joka ei ole paikkamerkki (”TBD”, ”lisätään myöhemmin”, ”läggs till senare”), ei vain toista palvelun nimeä tai kohdan lajia eikä ole sama teksti kuin toisen palvelun kuvaus (docs/plan-format.md, ”What counts as written”). Nimi on vain nimi, jakoi sen moni palvelu tai ei. Yksi havainto luettelee kaikki vain nimetyt palvelut ensimmäisen kohdalla. Virhe: ohjelman lakisääteinen sisältö.
    .help = Lisää kuhunkin luetelluista palveluista `description:`: lause tai kaksi siitä, mitä palvelu tarjoaa, kenelle ja miten siihen pääsee.

IA003 = Kotoutumisohjelman palvelulle ei ole nimetty vastuutahoa.
    .rationale = 13 §:n mukaan kotoutumisohjelmassa nimetään kullekin alkuvaiheen palvelulle siitä vastaava taho. Vastuun on oltava oikealla taholla: työvoimaviranomainen järjestää ohjelman palvelut maahanmuuttajille, jotka ovat työnhakijoita, ja kotoutuja-asiakkaille, kunta muille (kotoutuminen.fi). Yritys tai järjestö voi tuottaa palvelun sopimuksella, mutta se ei ole palvelun vastuutaho. Siksi ilmoitetaan (kerran, palvelut lueteltuina) ohjelman palvelu, jonka vastuutaho on yritys tai kansalaisjärjestö, samoin pelkästään työnhakijoille tarkoitettu palvelu (`target_groups: [{ VALUE("employment_services_clients") }]`), josta vastaa jokin muu viranomainen, sekä ohjelma, jossa työvoimaviranomainen ei esiinny lainkaan, ei minkään palvelun vastuutahona eikä yhteistyötahona. Vuoden 2025 työllisyyspalvelu-uudistuksen jälkeen työvoimaviranomainen on yleensä kunnan oma työllisyysalue, joten sellaiseksi lasketaan toimija, jonka `kind: { VALUE("employment_authority") }`, ja myös `{ VALUE("municipal_sector") }`-toimija, jonka `sector: employment`. Virhe: ohjelman lakisääteinen sisältö.
    .help = Lisää `responsible:` ja sen arvoksi palvelun järjestävän viranomaisen tunnus: työnhakijoille ja kotoutuja-asiakkaille työvoimaviranomainen, muille kunta. Palvelua tuottava yritys tai järjestö nimetään sen sijaan kohtaan `cooperation:`.

IA004 = Kotoutumisohjelman palvelulle ei ole nimetty yhteistyössä toimivaa palveluntuottajaa toisesta organisaatiosta.
    .rationale = Vuoden 2025 uudistuksesta lähtien 13 § edellyttää, että ohjelmassa kuvataan palvelujen ja niiden vastuutahojen lisäksi yhteistyö muiden palveluntuottajien kanssa; monialaisen yhteistyön vahvistaminen oli uudistuksen päätavoitteita. Palveluntuottaja lasketaan, kun se on eri organisaatio kuin vastuutaho: kunnan omat yksiköt ja päättäjät ovat yksi organisaatio, ja samoin kukin seuraavista, vaikka suunnitelmassa lueteltaisiin sen useita yksiköitä: hyvinvointialue, Kela, poliisi, työvoimaviranomainen, ELY-keskus / elinvoimakeskus, aluehallintovirasto ja maakunnan liitto; kaikki muut toimijat (järjestö, oppilaitos, yritys, ministeriö) ovat kukin oma organisaationsa. Vastuutaho itse tai saman organisaation toinen yksikkö ei ole toinen palveluntuottaja. Yhteistyö kuvataan palvelukohtaisesti, joten jokainen palvelu, jolla ei ole tällaista tuottajaa, ilmoitetaan – yhdessä havainnossa, jossa ne luetellaan, ensimmäisen kohdalla. Yhden palvelun yhteistyö ei korvaa muiden puutetta. Virhe: ohjelman lakisääteinen sisältö.
    .help = Lisää kunkin luetellun palvelun kohtaan `cooperation:` niiden muiden organisaatioiden palveluntuottajien tunnukset, joiden kanssa palvelu toimii (esim. hyvinvointialue, Kela, työvoimaviranomainen, oppilaitokset, järjestöt).

IA007 = Yhteiskuntaorientaatio ei osoita olevansa monikielinen.
    .rationale = 13 §:n ohjelman kolmas osa on *monikielinen* yhteiskuntaorientaatio. Palvelu osoittaa sen `languages:`-kohdalla, jossa on vähintään yksi kieli kansalliskielten suomen ja ruotsin lisäksi (`[fi, sv]` tai `[fi, fi]` ei ole monikielinen), tai `client_language: true`, kun orientaatio annetaan kunkin asiakkaan omalla kielellä (tarvittaessa tulkin avulla). Yksi havainto, jossa palvelut luetellaan. Virhe: ohjelman lakisääteinen sisältö. (Jos ohjelmassa ei ole yhteiskuntaorientaatiota lainkaan, sen ilmoittaa IA002.)
    .help = Lisää yhteiskuntaorientaatioon `languages:` ja luettele siinä kielet, joilla sitä annetaan (esim. `[ar, so, fa, uk, ru, en]`), tai `client_language: true`, jos se annetaan kunkin asiakkaan omalla kielellä.

IA005 = Jotakin palvelutarpeen arvioinnin laajennetun kohderyhmän ryhmää ei mainita yhdessäkään arviointipalvelussa.
    .rationale = Uudistettu laki laajentaa niiden joukkoa, joille on tarjottava osaamisen ja kotoutumisen palvelutarpeen arviointi: työllisyyspalvelujen asiakkaina olevien maahanmuuttajien lisäksi ne, joiden ensimmäinen oleskelulupa on alle kolme vuotta vanha, muuta kuin tilapäistä toimeentulotukea saavat, kotihoidon tukea saavat, pakolaisaseman saaneet, ilman huoltajaa alaikäisinä tulleet, ihmiskaupan uhrit ja muut, joiden arvioidaan tarvitsevan palveluja. Oppaan mukaan uusien ryhmien tavoittaminen vaatii uusia toimintatapoja, joten ohjelmassa on hyvä näkyä, miten kukin ryhmä tavoitetaan. Palvelu, jonka kohderyhmä on `{ VALUE("immigrants") }`, tavoittaa ne kaikki. Ryhmät, jotka puuttuvat kaikista arviointipalveluista, ilmoitetaan yhdessä havainnossa ensimmäisen arviointipalvelun kohdalla. Ryhmää ”muut, joiden arvioidaan tarvitsevan palveluja” ei tarkisteta: se on se, jonka arviointi tunnistaa, ei ryhmä, jonka palvelu voisi luetella. Virhe: lakisääteinen velvoite.
    .help = Lisää ryhmä kohtaan `target_groups` siinä palvelussa (`component: { VALUE("needs_assessment") }`), joka sen tavoittaa, tai lisää palvelu, joka tavoittaa sen; `{ VALUE("immigrants") }` kattaa ne kaikki.

IA010 = Jollekin viidestä lakisääteisestä suunnittelun osa-alueesta ei ole tavoitetta tai yhtään kirjoitettua tavoitetta.
    .rationale = 45 §:n mukaan kunta määrittelee tavoitteet, toimenpiteet, vastuutahot, yhteistyön ja seurannan viidelle osa-alueelle: työllisyys ja koulutus; hyvinvointi, terveys ja asuminen; osallisuus, yhdenvertaisuus ja tasa-arvo; oman kielen ja kulttuurin ylläpitäminen; hyvät väestösuhteet. Osa-alue, jolla ei ole tavoitetta, puuttuu suunnitelmasta: yksi virhe kutakin osa-aluetta kohden. Tavoite lasketaan, kun sen kuvaus (`statement`) on kirjoitettu (docs/plan-format.md, ”What counts as written”): ei paikkamerkki (”Tavoite lisätään myöhemmin.”), ei pelkkä osa-alueen nimi tai sana tavoite eikä sama lause kuin toisella tavoitteella – yksi iskulause kaikille osa-alueille ei aseta tavoitetta millekään. Osa-alueet, joiden kaikki tavoitteet ovat kirjoittamatta, ovat yksi havainto, jossa tavoitteet luetellaan.
    .help = Lisää tavoite, jonka `area:` on puuttuva osa-alue (esim. `area: { VALUE("good_relations") }`), tai kirjoita kunkin luetellun tavoitteen kuvaus: mitä kunta haluaa osa-alueella saavuttaa.

IA011 = Tavoitteelle ei ole toimenpidettä, tai osa-alueen toimenpiteet ovat kirjoittamatta.
    .rationale = 45 § edellyttää kunkin osa-alueen tavoitteiden rinnalle toimenpiteitä. Tavoite, jota mikään toimenpide ei palvele, kertoo päämäärän mutta ei sitä, miten siihen pyritään. Yksi toimenpide, joka on merkitty kaikille viidelle lakisääteiselle osa-alueelle, ei ole toimenpide kullekin niistä: se ilmoitetaan kerran toimenpiteen kohdalla, eikä tavoitteita, joita vain se palvelee, ilmoiteta uudelleen. Toimenpide lasketaan, kun sen nimi on kirjoitettu, tai – jos nimi on paikkamerkki, pelkkä toimenpiteen sana (”Toimenpide”, ”Työ”, ”Åtgärd 1”) tai sama kuin toisella toimenpiteellä – kun lauseen mittainen kuvaus kertoo, mitä tehdään; osa-alue, jonka kaikki toimenpiteet ovat kirjoittamatta, ilmoitetaan, ja osa-alueet ovat yksi havainto. Virhe: lakisääteinen velvoite. Suunnitelman omat tavoitteet viiden osa-alueen ulkopuolella (`area: { VALUE("other", of: "Area") }`) eivät ole lain vaatimia: sellainen tavoite ilman toimenpidettä on varoitus.
    .help = Lisää tavoitteen tunnus sitä palvelevien toimenpiteiden kohtaan `objectives:` tai lisää sille toimenpide; anna kullekin luetellulle toimenpiteelle nimi (tai `description:`), josta käy ilmi, mitä tehdään. Kaikille osa-alueille merkitty toimenpide kannattaa jakaa toimenpiteiksi, jotka kukin palvelevat niitä osa-alueita, joilla ne todella toimivat.

IA015 = Toimenpide ei palvele mitään suunnitelman tavoitetta.
    .rationale = 45 §:n mukaan toimenpiteet suunnitellaan kunkin osa-alueen tavoitteita varten. Toimenpide, jolle ei ole nimetty tavoitetta, voi olla hyödyllinen, mutta suunnitelmasta ei käy ilmi, mihin sillä pyritään. Se ei siis kuulu millekään osa-alueelle, eikä sen tuloksia voi raportoida minkään tavoitteen yhteydessä. Huomio: laki ei kiellä muuta työtä, suunnitelmasta vain katoaa sen seuranta.
    .help = Lisää toimenpiteeseen `objectives:` ja siihen niiden tavoitteiden tunnukset, joita toimenpide palvelee.

IA012 = Toimenpiteelle ei ole nimetty vastuutahoa.
    .rationale = 45 § edellyttää vastuutahot kunkin suunnittelun osa-alueen toimenpiteille; toimenpide, josta kukaan ei vastaa, jää harvoin toteutumatta. Virhe: lakisääteinen velvoite. Toimenpide, joka palvelee vain suunnitelman omia tavoitteita (`area: { VALUE("other", of: "Area") }`), ei ole lain vaatima: ilman vastuutahoa se on varoitus.
    .help = Lisää `responsible:` ja siihen sen toimijan tunnus, joka toteuttaa toimenpiteen.

IA013 = Lakisääteisellä osa-alueella on toimenpiteitä, mutta niistä yhdellekään ei ole nimetty yhteistyökumppania vastuutahon organisaation ulkopuolelta.
    .rationale = Uudistuksesta lähtien 45 § edellyttää, että kunta määrittelee kullekin osa-alueelle tavoitteiden, toimenpiteiden ja vastuutahojen lisäksi toimijoiden välisen yhteistyön. Yhteistyö on yhteistyötä toisen organisaation kanssa: toimenpiteen vastuutahon oman organisaation kumppani – vastuutaho itse tai kunnan yksikölle kunnan toinen yksikkö – ei ole yhteistyökumppani (mikä on organisaatio, ks. IA004). Osa-alue, jonka toimenpiteillä ei ole tällaista kumppania, ei osoita yhteistyötä. Osa-alueet, joita samat toimenpiteet palvelevat, ovat yksi havainto (kaikille osa-alueille merkitty toimenpide on yksi virhe). Havainto sijoitetaan toimenpiteen kohtaan `partners`, jos siinä on vain oman organisaation kumppaneita, muuten osa-alueen ensimmäisen tavoitteen kohdalle. Virhe: lakisääteinen velvoite. (Osa-alueet, joilla ei ole tavoitteita tai toimenpiteitä, ilmoittavat IA010 ja IA011.)
    .help = Lisää osa-alueen toimenpiteiden kohtaan `partners:` niiden muiden organisaatioiden toimijoiden tunnukset, joiden kanssa kukin toimenpide toteutetaan (esim. hyvinvointialue, Kela, oppilaitos, järjestö, seurakunta).

IA014 = Tavoitteelle ei ole nimetty mittaria tai yhtään mittaria, joka kertoo, mitä se mittaa.
    .rationale = 45 § tekee seurannasta osan kunnan suunnitteluvelvoitetta, ja tavoitteiden edistymistä mittaavat mittarit on nimettävä. Tavoitetta, jolla ei ole mittaria, ei voi seurata eikä siitä voi raportoida; ei myöskään tavoitetta, jonka mittareita ei ole nimetty: mittari nimeltä ”Mittari”, ”Indicator 1” tai ”x” ei kerro, mitä mitataan (docs/plan-format.md, ”What counts as written”). Nimeämätön mittari ilmoitetaan kerran, ja havainnossa luetellaan tavoitteet, jotka jäävät sen vuoksi mittaamatta. Virhe siellä, missä laki sitä edellyttää (viisi osa-aluetta); suunnitelman omille tavoitteille (`area: { VALUE("other", of: "Area") }`) varoitus. Lähtötaso, tavoitetaso, lähde ja järkevät luvut (lähtötaso päivätty ennen tavoitetasoa ja lähelle kauden alkua, tavoitetaso kauden sisällä ja eri kuin lähtötaso) ovat hyvää seurantaa, jota MLG009 arvioi suosituksena.
    .help = Lisää tavoitteeseen `indicators:` ja siihen sitä mittaavien mittareiden tunnukset (kohdasta `indicators`), ja anna kullekin nimi (`name`), joka kertoo, mitä se mittaa (esim. ”20–64-vuotiaiden maahanmuuttajien työllisyysaste”).

IA016 = Suunnitelmasta ei käy ilmi, miten kuntastrategiassa otetaan huomioon maahanmuuttajat ja kotoutuja-asiakkaat.
    .rationale = Suunnittelu voidaan järjestää monella tavalla, mutta 45 § edellyttää aina, että kunta ottaa kotoutuja-asiakkaat ja maahanmuuttajat huomioon strategisissa suunnitelmissaan, kuten kuntastrategiassa, jotta kotoutuminen valtavirtaistuu kaikkien toimialojen suunnitteluun. Suunnitelma osoittaa tämän `{ VALUE("municipal_strategy") }`-linkillä, jonka `mainstreaming`-huomautus kertoo omin sanoin, miten se tehdään: kirjoitettu lause (ei paikkamerkki), joka puhuu maahanmuuttajista, kotoutumisesta tai sen asiakkaista, moninaisuudesta, monikulttuurisuudesta tai väestöryhmien välisistä hyvistä suhteista. goodrel etsii huomautuksesta näiden sanojen vartaloita suomeksi, ruotsiksi ja englanniksi myös taivutetuista muodoista ja yhdyssanoista (maahanmuuttajien, kotoutumisen, invandrarnas, goda relationer), ei tarkkoja sanoja; huomautus, jonka mukaan strategia koskee kaikkia asukkaita, ei puhu niistä. Sisältöä goodrel ei voi arvioida pidemmälle. Virhe: lakisääteinen velvoite.
    .help = Lisää linkki, jonka `kind: { VALUE("municipal_strategy") }`, ja siihen `mainstreaming:`-teksti, jossa kerrotaan lauseella tai kahdella, miten strategia ottaa maahanmuuttajat ja kotoutuja-asiakkaat huomioon, esim. strategian tavoite tai kärki, joka sen tekee.

IA017 = Suunnitelmasta ei käy ilmi yhteistyö hyvinvointialueen kanssa.
    .rationale = 45 §:n mukaan kunnan kotoutumisen edistämisen suunnittelu sovitetaan yhteen hyvinvointialueen suunnittelun kanssa, ja ministeriön nykyisen muistilistan mukaan kunta varmistaa yhteistyön hyvinvointialueen kanssa, joka järjestää maahanmuuttajien tarvitsemat sosiaali- ja terveyspalvelut. Säästömuutokset (HE 192/2024) säilyttivät tämän velvoitteen. Ratkaisevaa on, että hyvinvointialue on osapuoli, jonka kanssa suunnitelma todella toimii: toimenpiteen vastuutaho tai kumppani, ohjelman palvelun yhteistyötaho, rakenteen jäsen tai koollekutsuja; tai linkki, jonka `kind: { VALUE("wellbeing_services_county_plan") }` ja jonka `mainstreaming`-huomautus kertoo, miten suunnittelu sovitetaan yhteen (kokous, ryhmä, sopimus, yhteinen asiakirja, aikataulu). Toimijoihin kirjattu hyvinvointialue, joka ei ole mukana missään, tai huomautus, jonka mukaan suunnittelu sovitetaan yhteen ”tarvittaessa”, ei osoita yhteensovittamista. Virhe: lakisääteinen velvoite.
    .help = Nimeä hyvinvointialue (`kind: { VALUE("wellbeing_services_county") }`) niiden toimenpiteiden kumppaneihin (`partners`), joissa se on mukana, tai yhteistyöryhmän jäseniin (`members`), tai linkitä sen suunnitelma (`kind: { VALUE("wellbeing_services_county_plan") }`) ja kerro `mainstreaming:`-huomautuksessa, miten suunnittelu sovitetaan yhteen (esim. ”hyvinvointialueen kotoutumiskoordinaattori on yhteistyöryhmässämme, joka kokoontuu neljästi vuodessa”).

IA018 = Suunnitelmassa ei ole paikallista monialaista yhteistyöryhmää eikä alueellista yhteistyöryhmää.
    .rationale = Euroopan neuvoston oppaan kuvauksessa laista paikallinen monialainen yhteistyöryhmä maahanmuuttoa, kotoutumista ja hyviä väestösuhteita varten (tai osallistuminen ELY-keskuksen / elinvoimakeskuksen asettamaan alueelliseen ryhmään) on monitasoisen ja monialaisen yhteistyön pääfoorumi. Säästömuutosten (HE 192/2024) jälkeen ministeriön nykyinen muistilista sanoo, että kunta *voi* asettaa tällaisen ryhmän, joten goodrel varoittaa eikä ilmoita virhettä: ilman ryhmää yhteistyö on erillisten yhteydenpitojen varassa.
    .help = Lisää rakenne, jonka `kind: { VALUE("cooperation_group") }` (kunnan koolle kutsuma, jäseninä sen toimialat, hyvinvointialue, työvoimaviranomainen, Kela, järjestöt, oppilaitokset ja yritykset), tai rakenne, jonka `kind: { VALUE("regional_cooperation_group") }`, alueelliselle ryhmälle, johon kunta osallistuu.

IA019 = Suunnitelmaan ei ole kirjattu maahanmuuttajien tai järjestöjen osallistumista sen suunnitteluun: ei ennen hyväksymistä pidettyä kuulemista esiin nousseine tarpeineen eikä heidän neuvostoaan tai ryhmäänsä, joka osallistuu suunnitteluun.
    .rationale = Euroopan neuvoston oppaan kuvauksessa laista kunta varmistaa, että järjestöt ja kunnassa asuvat maahanmuuttajat voivat osallistua kotoutumisen edistämisen suunnitteluun. Ministeriön nykyinen suunnittelun muistilista esittää maahanmuuttajataustaisten asukkaiden osallistamisen suosituksena (heidät on hyvä ottaa aktiivisesti mukaan; aiemmassa versiossa kunta varmisti sen), joten kunnes lain sanamuoto on varmistettu, goodrel varoittaa eikä ilmoita virhettä. Osallistumisen osoittaa osallistuminen, ei jäsenluettelo: kuuleminen maahanmuuttajaryhmien tai kansalaisjärjestöjen kanssa ennen suunnitelman hyväksymistä (ETYJ: osallistujilla on oltava taattu ja varhainen pääsy, kun suunnitelmaa voi vielä muuttaa), ja siihen on kirjattu esiin nousseet tarpeet; tai maahanmuuttajien tai järjestöjen neuvosto tai ryhmä, joka osallistuu suunnitteluun (`participation: [{ VALUE("planning", of: "ParticipationForm") }]`, esim. ohjelman valmistellut monikulttuurisuusneuvosto). Rakenne, joka vain luettelee maahanmuuttajaryhmiä, ei osoita, että ketään olisi kuultu tästä suunnitelmasta. Määräpäivä on `municipality.approval.date`; jos sitä ei ole, suunnittelukauden alku; jos kumpaakaan ei ole, mikä tahansa päivätty kuuleminen kelpaa. Kun tämä sääntö ilmoittaa osallistumisen puuttuvan, MLG004 ei ilmoita samaa.
    .help = Kirjaa kohtaan `consultations` suunnitelman valmistelun aikana maahanmuuttajien (`groups`) tai järjestöjen (`organisations`) kanssa pidetty kuuleminen, työpaja tai kysely, sen päivämäärä (`date`) ennen hyväksymistä ja siinä esiin nousseet tarpeet (`needs`); tai merkitse suunnitteluun osallistunut maahanmuuttajien tai järjestöjen neuvosto tai ryhmä: `participation: [{ VALUE("planning", of: "ParticipationForm") }]`.

IA020 = Suunnitelmassa ei ole monialaista työryhmää hyviä väestösuhteita varten.
    .rationale = Euroopan neuvoston oppaan kuvauksessa laista kunta asettaa paikallisen monialaisen työryhmän suunnittelemaan ja toteuttamaan väestösuhdetyötä; tehtävään sopii myös yhteistyöryhmä, jonka toimialaan hyvät väestösuhteet kuuluvat. Säästömuutosten (HE 192/2024) jälkeen ministeriön nykyinen muistilista esittää yhteistyöryhmän asiana, jonka kunta *voi* asettaa, joten goodrel varoittaa eikä ilmoita virhettä.
    .help = Lisää rakenne, jonka `kind: { VALUE("good_relations_working_group") }`, tai lisää `{ VALUE("good_relations") }` yhteistyöryhmän kohtaan `remit`.

IA021 = Kahden vuoden välein annettavaa raporttia ELY-keskukselle / elinvoimakeskukselle ei ole toimitettu päättyneeltä kahden vuoden kaudelta, tai raporttikirjausta ei voi laskea toimitetuksi.
    .rationale = Sääntö noudattaa Euroopan neuvoston oppaan (2025) kuvausta laista: kunta raportoi kahden vuoden välein ELY-keskukselleen (vuodesta 2026 alueelliselle elinvoimakeskukselle), miten tavoitteet on saavutettu ja mitä toimenpiteitä on toteutettu. Opas ei anna määräaikaa, joten goodrel kertoo oletuksensa. Velvoite on kunnan, ei suunnitelman, joten kahden vuoden kaudet lasketaan lain 681/2023 voimaantulosta 1.1.2025 (2025–2026, 2027–2028, …) suunnitelman kaudesta riippumatta; myöhästynyt raportti ei siirrä myöhempiä määräaikoja. Kauden raportti on toimitettava `grace_months` kuukauden kuluessa kauden päättymisestä (oletus 3, asetetaan goodrel.toml-tiedoston kohdassa `[reports]`): raportti tarvitsee kauden viimeisen vuoden tilinpäätöksen, jonka kunta laatii seuraavan maaliskuun loppuun mennessä. Raportti lasketaan kaudelle, kun sen oma kausi kattaa koko kauden ja se on kirjattu toimitetuksi päivänä, joka voi pitää paikkansa: ei arviointipäivän (`--as-of`) jälkeen eikä ennen kuin sen oma kausi päättyi. Kirjaus, joka ei voi pitää paikkaansa, mainitaan laskematta jätettynä kaudesta riippumatta. Kaikki myöhässä olevat kaudet ovat yksi havainto. Virhe: raportointivelvoite on laiminlyöty.
    .help = Toimita raportti ja kirjaa se kohtaan `reports` kauden (`period`) ja toimituspäivän (`submitted`) kera.

IA022 = Kahden vuoden välein annettavasta raportista puuttuu jokin sen viidestä vaaditusta sisällöstä tai se on pelkkä muodollinen maininta, tai raportin selvitys toteutetuista toimenpiteistä on ristiriidassa toimenpiteiden tilan kanssa.
    .rationale = Sääntö noudattaa Euroopan neuvoston oppaan (2025) kuvausta laista: kahden vuoden välein annettavassa raportissa kerrotaan, miten tavoitteet on saavutettu ja mitä toimenpiteitä on toteutettu, ja lisäksi käsitellään palvelujen yhdenvertaista saatavuutta, taloudellisten resurssien riittävyyttä ja sitä, miten vaikuttavuus on saavutettu. Sisältö on kirjoitettu, kun se on vähintään kolmen sanan lause, joka ei ole paikkamerkki (”x”, ”katso raportti”, ”se rapporten för detaljer”) eikä sama teksti kuin raportin toinen sisältö (docs/plan-format.md, ”What counts as written”): lyhyt selvitys tai viittaus raportin siihen kohtaan, jossa asia käsitellään (”raportin luku 3.2, s. 12–15”). Selvitys toteutetuista toimenpiteistä tarkistetaan suunnitelmaa vasten: siinä pitäisi mainita (tunnuksella tai nimellä) vähintään yksi toimenpide, jonka `status` on `{ VALUE("done") }` tai `{ VALUE("ongoing") }` ja jonka aikataulu osuu raportin kaudelle, eikä siinä mainitun toimenpiteen pitäisi olla tilassa `{ VALUE("planned") }` tai `{ VALUE("dropped") }`. Toimittamatonta raporttia ei arvioida ennen sen määräpäivää (ks. IA021). Ennen 1.1.2025 päättyneen kauden raportilta ei edellytetä viittä sisältöä, jotka tulivat lain 681/2023 myötä, mutta sen kirjaamien sisältöjen on oltava kirjoitettuja. Yksi havainto raporttia kohden, ja siinä luetellaan, mitä puuttuu.
    .help = Täydennä raportin kohdan `contents:` luetellut kentät lyhyellä selvityksellä tai viittauksella raportin siihen kohtaan, jossa asia käsitellään, kukin omin sanoin, ja nimeä toteutetut toimenpiteet tunnuksillaan.

IA023 = Suunnitelmasta ei käy ilmi, että siinä otetaan huomioon valtakunnalliset kotoutumisen tavoitteet.
    .rationale = 45 §:n mukaan kunnan suunnittelussa otetaan huomioon valtakunnalliset kotoutumisen edistämisen tavoitteet, jotka asetetaan valtion kotouttamisohjelmassa (VALKO). Suunnitelma osoittaa tämän `valko`-linkillä, jonka nimi nimeää ohjelman, tai tavoitteilla, joissa nimetään valtakunnallinen tavoite (`national_objective`), jota ne vievät paikalliseen toimintaan; linkki nimeltä ”x” tai `national_objective: x` ei nimeä mitään (docs/plan-format.md, ”What counts as written”). Virhe: lakisääteinen velvoite. Kun suunnitelma linkittää VALKOn mutta mikään tavoite ei nimeä valtakunnallista tavoitetta, MLG011 antaa neuvonsa; kun tämä sääntö ilmoittaa, MLG011 on hiljaa.
    .help = Lisää linkki, jonka `kind: valko`, valtion kotouttamisohjelmaan sen nimellä, tai aseta `national_objective:` niille tavoitteille, jotka toteuttavat valtakunnallista tavoitetta, ja nimeä tavoite.
IA026 = Suunnitelma on kirjattu laadituksi entisen kotoutumislain 1386/2010 mukaan.
    .rationale = Laki kotoutumisen edistämisestä 681/2023 korvasi entisen lain 1386/2010 1.1.2025. Suunnitelmaa, johon on kirjattu `law_basis: 1386/2010` ja joka on voimassa tuona päivänä tai sen jälkeen (sen kausi päättyy myöhemmin tai kautta ei ole), arvioi vain tämä sääntö: muita kotoutumislain sääntöjä ei ajeta ja niiden velvoitteet näytetään arvioimatta, koska vanhan suunnitelman arvioiminen velvoite kerrallaan toistaisi saman asian kolmekymmentä kertaa. Tämä yksi havainto kertoo, mitä laki 681/2023 on siitä lähtien edellyttänyt: 13 §:n kotoutumisohjelma (kuusi osaa, kullekin vastuutaho ja yhteistyö muiden palveluntuottajien kanssa), 45 §:n suunnittelu, jossa viidelle osa-alueelle asetetaan tavoitteet, toimenpiteet, vastuutahot, yhteistyö ja mittarit (yhteen sovitettuna hyvinvointialueen kanssa, VALKO huomioon ottaen ja kuntastrategiaan valtavirtaistettuna), sekä raportti kahden vuoden välein. Virhe suunnitelmalle, joka on voimassa vuodesta 2025; huomio suunnitelmalle, jonka kausi päättyi sitä ennen (historiaa, säilytetty tiedoksi).
    .help = Päivitä suunnitelma lain 681/2023 mukaiseksi ja aseta `law_basis: 681/2023` (tai poista `law_basis`); goodrel arvioi sen jälkeen jokaisen velvoitteen.

IA024 = Kuntaosiossa ei ole suunnittelukautta.
    .rationale = 45 §:n mukaista seurantaa ja kahden vuoden välein annettavaa raportointia arvioidaan sen kauden mukaan, jota suunnitelma koskee; ilman kautta goodrel ei voi päätellä, milloin raportti erääntyy tai ovatko kuulemiset ajantasaisia. Varoitus: laki ei määrää kauden muotoa, mutta ilman sitä määräaikoja ei tarkisteta.
    .help = Lisää `municipality`-osioon `plan_period: {"{"}start: VVVV-KK-PP, end: VVVV-KK-PP{"}"}`.

IA025 = Kuntaosiossa ei nimetä ELY-keskusta / elinvoimakeskusta.
    .rationale = Alueellinen valtion viranomainen vastaanottaa kahden vuoden välein annettavat raportit ja asettaa alueellisen yhteistyöryhmän. ELY-keskukset luovuttivat kotoutumistehtävänsä alueellisille elinvoimakeskuksille 1.1.2026, joten suunnitelmassa kannattaa kertoa, minkä viranomaisen kanssa kunta asioi, eikä jättää lukijaa (ja goodrelin viestejä) arvailemaan. Varoitus: aukko suunnitelman kuvauksessa, ei sinänsä lain rikkomus.
    .help = Lisää `municipality`-osioon `regional_authority: {"{"}kind: { VALUE("vitality_centre", of: "RegionalAuthorityKind") }, name: "..."{"}"}` (tai `kind: { VALUE("ely_centre", of: "RegionalAuthorityKind") }` ennen vuotta 2026 laaditussa suunnitelmassa).

IA030 = Suunnitelman tilannekuva paikallisesta maahanmuutosta puuttuu, on päiväämätön, lähteetön tai vanhentunut, tai siitä puuttuu, montako maahanmuuttajaa kunnassa asuu, miksi he ovat tulleet, heidän ikänsä, kielensä tai työllisyytensä.
    .rationale = Ministeriön suunnittelun muistilista neuvoo kuntaa muodostamaan määrällisen ja laadullisen tilannekuvan maahanmuutosta ennen tavoitteiden asettamista: montako maahanmuuttajaa kunnassa asuu, miksi he ovat tulleet (turvapaikka, kiintiöpakolaisuus, opiskelu, työ, perhe) ja millainen väestö on. Ilman sitä ei voi osoittaa, että tavoitteet vastaavat paikallisiin tarpeisiin, eikä tilannekuvaa ilman vuotta ja lähdettä voi tarkistaa tai päivittää. goodrel edellyttää kohdan `municipality.situation`, jossa on `year` ja `source`, sekä kunkin lajin luvut: vieraskielisten asukkaiden määrä, tulon syyt, iät, kielet ja työllisyys. Luvut, jotka ovat yli kaksi vuotta suunnittelukauden alkua vanhempia, ovat vanhentuneita: suunnitelman palvelema väestö on sen jälkeen muuttunut. Kaikki puutteet ovat yksi havainto. Varoitus: muistilistan neuvo, ei lain sanamuoto.
    .help = Täydennä kohta `municipality.situation`: `year`, `source` (esim. Tilastokeskus), `foreign_language_residents`, `reasons` tai `by_reason`, `ages`, `languages` ja `employment`, luvuin, jotka ovat enintään kaksi vuotta suunnittelukauden alkua vanhempia.

IA031 = Suunnitelmassa ei kerrota, laatiiko kunta sen yksin, yhdessä muiden kuntien tai työvoimaviranomaisen kanssa vai osana muuta suunnitelmaa.
    .rationale = Ministeriön suunnittelun muistilista alkaa kehotuksella päättää, miten kunta suunnittelee: yksin, yhdessä muiden kuntien tai työvoimaviranomaisen kanssa tai osana muuta suunnitteluasiakirjaa; 45 § sallii, että suunnitelma on oma ohjelmansa tai osa muuta suunnitelmaa. Suunnitelman lukijoiden (yhteistyöryhmä, ELY-keskus / elinvoimakeskus) on tiedettävä, kumpi, jotta he näkevät, ketä muita suunnitelma sitoo. Huomio: puuttuva kuvaus, ei puuttuva velvoite.
    .help = Lisää `municipality`-osioon `planning: {"{"}mode: { VALUE("alone") }{"}"}` (tai `{ VALUE("with_other_municipalities") }`, `{ VALUE("with_employment_authority") }`, `{ VALUE("part_of_other_plan") }` ja `document:`).

IA032 = Mikään toimenpide tai ohjauspalvelu ei anna perustietoa tai matalan kynnyksen ohjausta kaikille maahanmuuttajille kotoutumisohjelman asiakkaiden lisäksi.
    .rationale = Uudistetun lain mukaan, sellaisena kuin Euroopan neuvoston opas ja ministeriö sen kuvaavat, kotoutumisohjelman palvelut tavoittavat määritellyn kohderyhmän, mutta kaikkien maahanmuuttajien on saatava perustietoa Suomesta, matalan kynnyksen ohjausta ja yleisiä julkisia palveluja. Suunnitelma osoittaa tämän toimenpiteellä, jonka laji on `{ VALUE("information", of: "MeasureKind") }` tai `{ VALUE("guidance") }` ja joka on avoin kaikille (ei kohderyhmiä tai kohderyhmissä `{ VALUE("immigrants") }` tai `{ VALUE("all_residents") }`), tai ohjelman ohjaus- ja neuvontapalvelulla, jonka kohderyhmissä on `{ VALUE("immigrants") }` tai `{ VALUE("all_residents") }` (neuvontapiste kaikille maahanmuuttajille). Vain ohjelman asiakkaille (palvelutarpeen arvioinnin ryhmille) tarkoitettu ohjaus ei tavoita muita. Varoitus: laki edellyttää suunnitelman palveluja, ei lueteltua sisältöä, ja goodrel näkee ne vain toimenpiteiden ja palvelujen kautta.
    .help = Lisää kaikille maahanmuuttajille tarkoitettu toimenpide, jonka `kind: { VALUE("guidance") }` (tai `{ VALUE("information", of: "MeasureKind") }`), esim. matalan kynnyksen neuvontapiste tai monikielinen verkkotieto, ja `target_groups: [{ VALUE("immigrants") }]`; tai lisää `{ VALUE("immigrants") }` kaikille avoimen ohjauspalvelun kohtaan `target_groups`.

IA033 = Suunnitelmasta ei käy ilmi, että siinä otetaan huomioon kotoutuja-asiakkaille asetetut työllisyystavoitteet tai kunnan elinvoima.
    .rationale = Valtion kotouttamisohjelman (VALKO, jonka tarkistaa IA023) lisäksi Euroopan neuvoston oppaan kuvaus laista ja ministeriön muistilista edellyttävät, että kunnan suunnittelussa otetaan huomioon ministeriön kotoutuja-asiakkaille asettamat työllisyystavoitteet ja kunnan elinvoima. Suunnitelma osoittaa edellisen `{ VALUE("employment_and_education") }`-osa-alueen tavoitteella, jossa nimetään sen `national_objective`, ja jälkimmäisen tavoitteella, joka puhuu elinvoimasta (elinvoima, livskraft, { VALUE("business") }), tai `{ VALUE("business_services") }`-toimialan toimenpiteellä. Varoitus eikä virhe: vain VALKO-osa on varmistettu 45 §:n sanamuodosta (ks. aluetiedot), joten goodrel ei käsittele muuta lain rikkomuksena.
    .help = Aseta `national_objective:` sille työllisyystavoitteelle, joka toteuttaa ministeriön kotoutuja-asiakkaille asettamaa työllisyystavoitetta, ja lisää tavoite (tai `{ VALUE("business_services") }`-toimenpide) siitä, miten kotoutuminen tukee kunnan elinvoimaa.

IA034 = Suunnitelmassa mainitaan vuonna 2026 yhä ELY-keskus, vaikka sen kotoutumistehtävät siirtyivät alueellisille elinvoimakeskuksille 1.1.2026.
    .rationale = ELY-keskusten kotoutumistehtävät (kahden vuoden välein annettavien raporttien vastaanotto, alueellinen yhteistyöryhmä) siirtyivät 1.1.2026 kymmenelle alueelliselle elinvoimakeskukselle. Aiemmin laaditussa suunnitelmassa ELY-keskus on oikein mainittu; kun suunnitelmaa arvioidaan tuona päivänä tai sen jälkeen (`--as-of`), goodrel kertoo kerran, mikä keskus tulee sen tilalle, suunnitelmassa nimetyn hyvinvointialueen (tai maakunnan) perusteella. Jos goodrel ei ole varma vastaavuudesta, se ei nimeä keskusta. Huomio: suunnitelma ei ole väärä, vain vanhentunut.
    .help = Päivitä `municipality.regional_authority` muotoon `{"{"}kind: { VALUE("vitality_centre", of: "RegionalAuthorityKind") }, name: "..."{"}"}` ja viranomaista vastaavan toimijan laji muotoon `kind: { VALUE("vitality_centre", of: "ActorKind") }`.

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
ia004-one-alone = palvelu { $service }: yhteistyössä toimivaa palveluntuottajaa ei ole nimetty vastuutahon organisaation ulkopuolelta
ia004-all-alone = yhdellekään ohjelman { $total } palvelusta ei ole nimetty yhteistyössä toimivaa palveluntuottajaa toisesta organisaatiosta, joten ohjelmassa ei kuvata yhteistyötä muiden palveluntuottajien kanssa: { $services }
ia004-some-alone = ohjelman { $total } palvelusta { $count } ei nimeä yhteistyössä toimivaa palveluntuottajaa toisesta organisaatiosta: { $services }
ia007-only-language = { $service } (vain { $language })
ia007-not-multilingual = yhteiskuntaorientaatio { $services }: { $count ->
    [one] palvelu ei osoita olevansa monikielinen
   *[other] palvelut eivät osoita olevansa monikielisiä
}: ei yhtään kieltä suomen ja ruotsin lisäksi eikä `client_language: true`
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
    [one] osa-alueen ainoa toimenpide nimeää kumppaneiksi vain oman organisaationsa toimijoita
   *[other] yhdellekään osa-alueen { $count } toimenpiteestä ei ole nimetty kumppania vastuutahon organisaation ulkopuolelta
} ({ $areas }), joten suunnitelma ei osoita yhteistyötä tällä osa-alueella
ia013-no-partner = { $count ->
    [one] osa-alueen ainoalle toimenpiteelle ei ole nimetty yhteistyökumppania
   *[other] yhdellekään osa-alueen { $count } toimenpiteestä ei ole nimetty yhteistyökumppania
}, joten suunnitelmasta ei käy ilmi yhteistyötä tällä osa-alueella: { $areas }
ia014-no-indicator = tavoite { $objective } ({ $areas }): ei mittaria, jolla edistymistä seurataan
ia016-no-link = suunnitelmassa ei ole linkkiä kuntastrategiaan, joten siitä ei käy ilmi, että strategia ottaa maahanmuuttajat ja kotoutuja-asiakkaat huomioon
ia016-unsaid = kuntastrategian linkki { $link }: ei kerrota, miten maahanmuuttajat ja kotoutuja-asiakkaat otetaan huomioon
ia017-no-coordination = suunnitelmasta ei käy ilmi, että suunnittelu on sovitettu yhteen hyvinvointialueen suunnittelun kanssa: { $why }
ia017-absent = { $county } ei ole minkään toimenpiteen tai palvelun vastuutaho tai kumppani eikä minkään rakenteen jäsen tai koollekutsuja
ia017-not-listed = hyvinvointialuetta ei ole toimijoiden joukossa
ia017-not-listed-named = hyvinvointialuetta ({ $county }) ei ole toimijoiden joukossa
ia018-no-group = suunnitelmassa ei ole paikallista eikä alueellista monialaista yhteistyöryhmää maahanmuuttoa, kotoutumista ja hyviä väestösuhteita varten
ia019-no-needs = ennen suunnitelman hyväksymistä pidetyistä kuulemisista maahanmuuttajien tai järjestöjen kanssa ei ole kirjattu esiin nousseita tarpeita: { $consultations }
ia019-after-approval = kaikki kuulemiset maahanmuuttajien tai järjestöjen kanssa pidettiin suunnitelman hyväksymispäivänä { $date } tai sen jälkeen, liian myöhään vaikuttamaan suunnitelmaan: { $consultations }
ia019-after-period-start = kaikki kuulemiset maahanmuuttajien tai järjestöjen kanssa pidettiin suunnittelukauden alkamispäivänä { $date } tai sen jälkeen, liian myöhään vaikuttamaan suunnitelmaan: { $consultations }
ia019-none = suunnitelmaan ei ole kirjattu kuulemista tai suunnittelutilaisuutta maahanmuuttajien tai järjestöjen kanssa
ia019-none-roster = suunnitelmaan ei ole kirjattu kuulemista tai suunnittelutilaisuutta maahanmuuttajien tai järjestöjen kanssa (rakenne { $structure } luettelee maahanmuuttajaryhmiä, mutta siihen ei ole kirjattu osallistumista suunnitteluun: `participation: [{ VALUE("planning", of: "ParticipationForm") }]`)
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
ia022-not-covered = siinä ei käsitellä: { $contents }
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
ia032-none = mikään toimenpide, jonka laji on `{ VALUE("information", of: "MeasureKind") }` tai `{ VALUE("guidance") }`, ei anna perustietoa tai matalan kynnyksen ohjausta kaikille maahanmuuttajille
ia033-not-considered = suunnitelman tavoitteissa ei oteta huomioon { $missing ->
    [employment] kotoutuja-asiakkaille asetettuja työllisyystavoitteita
    [vitality] kunnan elinvoimaa
   *[both] kotoutuja-asiakkaille asetettuja työllisyystavoitteita eikä kunnan elinvoimaa
}
ia034-centre = { $centre } (suunnitelmassa nimetyn hyvinvointialueen perusteella: { $county })
ia034-name-centre = nimeä alueesi elinvoimakeskus
ia034-ely-centre = suunnitelmassa mainitaan ELY-keskus: { $name }; 1.1.2026 alkaen sen kotoutumistehtävät kuuluvat alueelliselle elinvoimakeskukselle: { $instead }
ia001-link-no-programme = linkki { $link } mainitsee 13 §:n kotoutumisohjelman, mutta se { $why }, joten suunnitelmassa ei ole ohjelman palveluja eikä yksilöityä asiakirjaa, jossa ne ovat
ia001-link-unidentified = ei yksilöi asiakirjaa: siinä on oltava kirjoitettu nimi ja hyväksymispäivä (`approved`), verkko-osoite (`url`) tai tiedosto (`file`)
ia001-link-former-act = on kirjattu entisen lain 1386/2010 mukaiseksi, eikä sen ohjelma ole lain 681/2023 13 §:n kotoutumisohjelma
ia004-same-organisation = { $service } (vain { $partners }, samasta organisaatiosta)
ia009-service = { $service } (kuvaus: { $why })
ia009-not-described = { $count ->
    [one] kotoutumisohjelman palvelu on vain nimetty, ei kuvattu
   *[other] { $count } kotoutumisohjelman palvelua on vain nimetty, ei kuvattu
}: { $services }
ia010-not-written = { $count ->
    [one] osa-alueen tavoitteet ovat kirjoittamatta ({ $areas })
   *[other] { $count } osa-alueen tavoitteet ovat kirjoittamatta ({ $areas })
}: { $objectives }
ia010-objective = { $objective } (kuvaus: { $why })
ia011-not-written = { $count ->
    [one] osa-alueen toimenpiteet ovat kirjoittamatta ({ $areas })
   *[other] { $count } osa-alueen toimenpiteet ovat kirjoittamatta ({ $areas })
}, eikä mikään kuvaus kerro, mitä ne ovat: { $measures }
ia011-measure = { $measure } (nimi: { $why })
ia014-unnamed = mittaria { $indicator } ei ole nimetty (nimi: { $why }), joten siitä ei käy ilmi, mitä { $count ->
    [one] tavoitteen { $objectives }
   *[other] tavoitteiden { $objectives }
} edistymisestä mitataan, eikä niillä ole muuta nimettyä mittaria
ia016-not-written = kuntastrategian linkki { $link } ei kerro, miten maahanmuuttajat ja kotoutuja-asiakkaat otetaan huomioon: huomautus { $why }
ia016-off-topic = kuntastrategian linkki { $link } ei puhu maahanmuuttajista, kotoutumisesta, moninaisuudesta eikä hyvistä väestösuhteista: '{ $text }'
ia017-no-coordination-note = suunnitelmasta ei käy ilmi, että suunnittelu on sovitettu yhteen hyvinvointialueen suunnittelun kanssa: { $why }; ja linkin { $link } huomautus { $note }
ia017-note-vague = ('{ $text }') ei kerro, miten suunnittelu sovitetaan yhteen (kokous, ryhmä, sopimus, aikataulu)
ia017-note-missing = puuttuu
ia021-submitted-future = raportti { $report } on kirjattu toimitetuksi { $submitted }, arviointipäivän ({ $as_of }) jälkeen
ia021-submitted-early = raportti { $report } on kirjattu toimitetuksi { $submitted }, ennen kuin sen kausi päättyi { $end }
ia021-and-not-counted = { $overdue }; ei laskettu: { $records }
ia021-not-counted = { $count ->
    [one] raporttikirjausta ei voi laskea toimitetuksi raportiksi
   *[other] { $count } raporttikirjausta ei voi laskea toimitetuiksi raporteiksi
}: { $records }
ia022-content-why = { $content } ({ $why })
ia023-link = VALKO-linkki { $link } (nimi: { $why })
ia023-objective = tavoitteen { $objective } valtakunnallinen tavoite ({ $why })
ia023-not-named = suunnitelmassa ei nimetä valtakunnallisia kotoutumisen tavoitteita, jotka se ottaa huomioon: { $items }
ia026-in-force = kunnan { $municipality } suunnitelma on kirjattu entisen kotoutumislain 1386/2010 mukaiseksi, mutta se on voimassa 1.1.2025 jälkeen, jolloin laki 681/2023 korvasi sen; siitä lähtien kunnalla on oltava 13 §:n kotoutumisohjelma (kuusi osaa, kullekin vastuutaho ja yhteistyö muiden palveluntuottajien kanssa) ja 45 §:n suunnittelu (tavoitteet, toimenpiteet, vastuutahot, yhteistyö ja mittarit kullekin viidestä osa-alueesta, yhteen sovitettuna hyvinvointialueen kanssa, VALKO huomioon ottaen ja kuntastrategiaan valtavirtaistettuna), ja sen on raportoitava kahden vuoden välein; suunnitelmaa ei tarkistettu näitä velvoitteita vasten
ia026-history = kunnan { $municipality } suunnitelma laadittiin entisen kotoutumislain 1386/2010 mukaan, ja sen kausi päättyi ennen lain 681/2023 voimaantuloa 1.1.2025; sitä ei tarkistettu uutta lakia vasten
written-what = { $why ->
    [missing] puuttuu
    [short] '{ $value }' on liian lyhyt kertoakseen mitään
    [mark] '{ $value }' on pelkkä merkki
    [placeholder] '{ $value }' on paikkamerkki
    [label] '{ $value }' kertoo vain, millainen kohta on kyseessä
   *[reused] '{ $value }' on sama teksti kuin muissa kohdissa
}
