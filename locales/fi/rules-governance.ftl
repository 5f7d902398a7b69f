# Sääntöjen tekstit (hallinta): kullekin säännölle tiivistelmä (mitä se tarkistaa), .rationale
# (miksi asia on tärkeä ja miksi sillä on tämä vakavuus) ja .help (miten havainto korjataan).
# Tunnisteet ovat sääntöjen tunnukset.

MLG002 = Suunnitelmassa ei nimetä tahoa, joka koordinoi kotouttamistyötä ja hyvien väestösuhteiden edistämistä.
    .rationale = Monialaisen yhteistyön koordinointi on hyvän monitasohallinnan toinen osatekijä. Euroopan neuvoston opas odottaa, että kunta (tai yhteisessä suunnitelmassa ELY-keskus / elinvoimakeskus) ottaa tämän roolin, ja ministeriön suunnittelun muistilista alkaa koordinoivan viranomaisen nimeämisellä. Jos koordinoijaa ei ole nimetty, toimialoilla, hyvinvointialueella ja järjestöillä ei ole tahoa, jonka puoleen kääntyä. Varoitus: kyse on ohjeistuksesta, ei lain sanamuodosta.
    .help = Anna kohtaan `municipality.coordinator` sen yksikön toimijatunnus, joka koordinoi työtä (esim. kotoutumispalvelut tai yhdenvertaisuuskoordinaattori), ja lisää tämä toimija kohtaan `actors`.

MLG003 = Yhteistyöryhmän tai hyvien väestösuhteiden työryhmän jäsenet edustavat alle kolmea toimialaa tai organisaatiotyyppiä.
    .rationale = Maahanmuuton, kotoutumisen ja hyvien väestösuhteiden yhteistyöryhmä sekä hyvien väestösuhteiden työryhmä ovat olemassa siksi, että ne kokoavat eri toimialat yhteen: koulutus-, vapaa-aika-, asumis- ja elinvoimapalvelut, työvoimaviranomaisen, Kelan, hyvinvointialueen, järjestöt, koulut ja yritykset. Ryhmä, jonka jäsenet tulevat organisaation yhdestä tai kahdesta kulmasta, ei pysty koordinoimaan monialaista työtä (osatekijä 2). Laskennassa otetaan huomioon kunnan jäsenten eri toimialat ja muiden jäsenten eri toimijatyypit. Varoitus: ohjeistus.
    .help = Lisää rakenteen kohtaan `members` jäseniä muilta toimialoilta (esim. nuoriso, asuminen, perusopetus) ja kaupungin ulkopuolelta (hyvinvointialue, työvoimaviranomainen, järjestöt, yritykset).

MLG004 = Suunnitelman asukkaiden tai järjestöjen kuulemiset on kaikki pidetty liian varhain tai vasta hyväksymisen jälkeen, kun suunnitelmaan ei enää voinut vaikuttaa.
    .rationale = Ruohonjuuritason kuuleminen ja paikallisiin tarpeisiin perustuva suunnittelu on hyvän monitasohallinnan kolmas osatekijä. Oppaan tunnistamisen, tunnustamisen ja toiminnan malli alkaa asianosaisten kuulemisesta, ja ETYJ edellyttää, että osallistujilla on taattu ja varhainen pääsy prosessiin silloin, kun linjauksia voi vielä muuttaa, eikä vasta päätöksen jälkeen. Siksi kuuleminen otetaan huomioon, jos se on pidetty ennen suunnitelman hyväksymistä (`municipality.approval.date`) eikä aiemmin kuin suunnitelmakauden alkua edeltävänä vuonna (vanhemmat eivät enää kuvaa nykyisiä tarpeita). Jos hyväksymispäivää ei ole, otetaan huomioon kaikki kuulemiset suunnitelmakautta edeltävästä vuodesta kauden loppuun. Kun suunnitelmaan ei ole kirjattu lainkaan osallistumista sen suunnitteluun, sen ilmoittaa IA019 ja tämä sääntö on hiljaa (yksi puute, yksi havainto); maahanmuuttajien tai järjestöjen neuvosto tai ryhmä, joka osallistuu suunnitteluun (`participation: [{ VALUE("planning", of: "ParticipationForm") }]`), on myös ruohonjuuritason kuulemista. Tähän jäävät kuulemiset, jotka pidettiin liian kauan ennen suunnitelmaa tai päätöksen jälkeen. Hyväksymisen jälkeiset kuulemiset ovat edelleen tärkeitä suunnitelman toteuttamisessa (ks. PAR029), mutta ne eivät kerro, miten suunnitelma laadittiin. Varoitus: ohjeistus.
    .help = Kirjaa kohtaan `consultations` suunnitelman valmistelun aikana asukkaiden ja järjestöjen kanssa pidetyt kuulemiset, kohderyhmäkeskustelut, kyselyt ja keskustelutilaisuudet sekä niiden päivämäärä (ennen hyväksymistä), kuullut ryhmät ja esiin nousseet tarpeet.

MLG005 = Yhteistyöryhmä, neuvosto, työryhmä tai ohjausryhmä ei kerro, kuinka usein se kokoontuu.
    .rationale = Säännölliset kokoukset kuuluvat hyvän monitasohallinnan kolmanteen osatekijään, ja Suomelle annettu suositus 5 edellyttää, että kokoontumistiheys määräytyy tarpeen mukaan ja ajoitetaan mukana olevien toimialojen suunnittelukausiin. Pysyvä toimielin, jolla ei ole kokousrytmiä, kokoontuu usein vain silloin, kun joku muistaa kutsua sen koolle. Myös ETYJ pitää säännöllistä ja toistuvaa vuoropuhelua periaatteena. Varoitus: ohjeistus.
    .help = Lisää rakenteelle `meets:` (esim. { VALUE("quarterly") }, { VALUE("twice_a_year") }, { VALUE("as_needed") }). Jos ryhmä kokoontuu tarvittaessa, kerro sen kohdassa `mandate`, mikä on syy kutsua se koolle.

MLG006 = Toimenpiteen rahoitusta ei ole kerrottu.
    .rationale = Kestävä ja oikeudenmukainen rahoitus on hyvän monitasohallinnan neljäs osatekijä. Toimenpide, jolle ei ole kerrottu rahoituslähdettä, on lupaus, jota kukaan ei ole budjetoinut, ja kahden vuoden välein annettavassa raportissa on kerrottava myös taloudellisten resurssien riittävyydestä. Varoitus: ohjeistus.
    .help = Lisää `funding:` ja sen `source` (esim. kaupungin talousarvio, valtion korvaus, hankerahoitus) sekä, jos tiedossa, `amount_eur`.

MLG007 = Suunnitelmassa ei ole varattu rahaa kuulemiseen, yhteiskehittämiseen, kokouksiin, kokouspalkkioihin tai tulkkaukseen.
    .rationale = Opas kytkee neljännen osatekijän (rahoitus) osallisuuteen: osallisuus ei synny pelkällä viestinnällä, vaan kuulemiseen, yhteiskehittämiseen ja säännöllisiin kokouksiin tarvitaan resursseja, ja neuvostojen jäsenille tulisi maksaa kokouspalkkio. Jos mikään rahoitus ei kata näitä, osallisuus jää hyvän tahdon varaan. Varoitus: ohjeistus.
    .help = Luettele toimenpiteen kohdassa `funding.covers`, mihin raha käytetään ({ VALUE("consultation") }, { VALUE("co_design") }, { VALUE("meetings") }, { VALUE("meeting_fees") }, { VALUE("interpretation") }), tai anna rakenteelle `resources`, jossa on `budget_eur` tai `meeting_fees: true`.

MLG008 = Suunnitelmassa ei ole visiota, visio on liian lyhyt sitoumukseksi tai se ei puhu osallisuudesta, yhdenvertaisuudesta tai hyvistä väestösuhteista.
    .rationale = Hyvän monitasohallinnan viides osatekijä on sitoutuminen viestimään visiota, jonka ytimessä ovat osallisuus ja hyvät väestösuhteet; oppaan mukaan viestitty sitoumus tekee kunnasta helpommin lähestyttävän ja rakentaa luottamusta. goodrel etsii sanoja osallisuudesta, yhdenvertaisuudesta, kuulumisesta tai hyvistä väestösuhteista suomeksi, ruotsiksi tai englanniksi (esim. osallisuus, yhdenvertaisuus, hyvät väestösuhteet; delaktighet, likabehandling, goda relationer; inclusion, equal, good relations). Pelkkä kotoutuminen ei riitä: kotoutumista suunnitelma järjestää, mutta opas pyytää vision ytimeen osallisuutta ja hyviä väestösuhteita. Pelkkä monimuotoisuus kuvaa väestöä, ei sitoumusta. Visiossa on myös oltava vähintään kuusi sanaa: iskulause kuten "Osallisuutta!" ei viesti sitoumusta. Varoitus: ohjeistus.
    .help = Kirjoita kohtaan `municipality.vision` virke tai kaksi, joissa kerrotte omin sanoin, että osallisuus ja hyvät väestösuhteet ovat suunnitelman ytimessä.

MLG009 = Mittari ei sovellu seurantaan: siitä puuttuu lähtötaso, tavoitetaso tai lähde, sen luvut ovat ristiriidassa keskenään tai suunnittelukauden kanssa, sen arvot on päivätty kauden ulkopuolelle tai se on ainoa mittari kaikille osa-alueille.
    .rationale = Tulosten seuranta ja arviointi on hyvän monitasohallinnan kuudes osatekijä. Mittari ilman lähtötasoa ei voi osoittaa muutosta, mittari ilman tavoitetasoa ei kerro, saavutettiinko tavoite, ja mittaria ilman lähdettä ei voi mitata uudelleen samalla tavalla. Arvo, joka on päivätty suunnitelmakauden jälkeen, ennen lähtötasoa, johon sitä verrataan (tai ennen kauden alkua, jos lähtötasoa ei ole), tai tarkistuspäivän jälkeen, ei kerro tämän suunnitelman tuloksista; lähtötason ja kauden alun väliset arvot ovat taustatietoa ja hyväksytään. Lukujen on sovittava yhteen: lähtötaso päivätään ennen tavoitetasoa ja enintään vuosi suunnittelukauden alun jälkeen, tavoitetaso kauden sisälle (tai sen vuoden loppuun, jona kausi päättyy), ja tavoitetaso, joka on sama kuin lähtötaso, ei tavoittele muutosta. Yksi mittari, joka seuraa kaikkien viiden suunnittelun osa-alueen tavoitteita, ei mittaa mitään niistä erikseen. Yhden mittarin puutteet ovat yksi havainto. Varoitus: ohjeistus. Lain oma vaatimus – tavoite, jolla on nimetty mittari – on säännön IA014 virhe.
    .help = Anna mittarille `baseline` ja `target` (kummallekin `value` ja `date`: lähtötaso ennen suunnitelman alkua tai sen alussa, tavoitetaso kauden sisällä ja eri kuin lähtötaso) sekä `source`, päivää sen `values` suunnitelmakaudelle ja anna kullekin osa-alueelle omat mittarit.

MLG010 = Mittarille ei ole kirjattu yhtään arvoa yli vuoteen lähtötason jälkeen.
    .rationale = Seuranta (osatekijä 6) tarkoittaa uudelleen mittaamista. Kun mittarin lähtötasosta on kulunut yli vuosi eikä myöhempää arvoa ole kirjattu, joko mittausta ei tehdä tai sen tulokset eivät päädy suunnitelmaan. Huomio: suunnitelma voi myös vain odottaa seuraavaa kyselykierrosta.
    .help = Lisää uusin mittaustulos mittarin kohtaan `values` (ja sen `date`) tai tarkista, että mittaus on todella aikataulutettu.

MLG011 = Suunnitelma linkittää valtion kotouttamisohjelman, mutta mikään tavoite ei kerro, minkä kansallisen tavoitteen se vie paikalliseksi toiminnaksi.
    .rationale = Suomelle annettu suositus 2 edellyttää, että pysty- ja vaakasuuntaista yhteistyötä käytetään kansallisten ohjelmien muuttamiseen konkreettisiksi paikallisiksi toimintasuunnitelmiksi, ja kunnan on otettava suunnittelussaan huomioon kansalliset kotoutumistavoitteet (VALKO). Kun mikään tavoite ei nimeä kansallista tavoitetta, jota se palvelee (kirjoitettu `national_objective`, ei paikkamerkki), hallinnon tasojen välinen yhteys jää näkymättömäksi. Kun suunnitelma ei ota kansallisia tavoitteita huomioon lainkaan (ei myöskään VALKO-linkkiä), sen ilmoittaa IA023 virheenä, ja tämä sääntö on hiljaa. Varoitus: ohjeistus.
    .help = Lisää kansallista ohjelmaa toteuttaviin tavoitteisiin `national_objective:`, jossa nimetään ohjelma ja sen tavoite (esim. "VALKO: maahanmuuttajanaisten työllisyys").

MLG012 = Suunnitelma viittaa alle kahteen erityyppiseen muuhun suunnitelmaan tai ohjelmaan (turvallisuus, hyvinvointi, yhdenvertaisuus, kieli, tasa-arvo, vuorovaikutus, rasismin vastainen toiminta, romanipolitiikka, alueellisen ETNOn ohjelma).
    .rationale = Suomelle annettu suositus 4 edellyttää, että poliittisten ohjelmien ja strategioiden synergiat tunnistetaan ja niitä vahvistetaan. Sekä Euroopan neuvoston oppaan kansallinen katsaus että oikeusministeriön opas luettelevat suunnitelmat, joilla on yhteisiä tavoitteita kotoutumisen ja hyvien väestösuhteiden kanssa, muun muassa kansallisen romanipoliittisen ohjelman ja alueelliset etnisten suhteiden neuvottelukunnat (ETNO). Suunnitelma, joka kytkeytyy alle kahteen niistä, toimii erillään. Laskennassa otetaan huomioon eri tyypit: kaksi viittausta turvallisuussuunnitelmiin on yksi synergia, ja yhdistetty asiakirja (esim. yhdenvertaisuus- ja tasa-arvosuunnitelma) lasketaan kerran kutakin yhdistämäänsä tyyppiä kohden. Varoitus: ohjeistus.
    .help = Lisää kohtaan `links:` viittaukset muihin suunnitelmiin (tyypit { VALUE("security_plan") }, { VALUE("wellbeing_report_and_plan") }, { VALUE("non_discrimination_plan") }, { VALUE("language_strategy") }, { VALUE("gender_equality_plan") }, { VALUE("interaction_plan") }, { VALUE("anti_racism_action_plan") }, { VALUE("roma_policy") }, { VALUE("regional_etno") }) ja kerro, miten kukin niistä ottaa maahanmuuttajat huomioon.

MLG013 = Yksikään toimenpide, rakenne tai kotoutumisohjelman palvelu ei ota mukaan yritystä, tai yksikään ei ota mukaan kansalaisyhteiskunnan järjestöä.
    .rationale = Suomelle annettu suositus 6 edellyttää uusia yhteistyökanavia julkisen, yksityisen ja kolmannen sektorin välille. Jos yksikään suunnitelman toimenpide, rakenne tai ohjelman palvelu ei ota mukaan yritystä tai yksikään ei ota mukaan järjestöä, yhdistystä, seurakuntaa tai yhteisöä, yhdellä kolmesta sektorista ei ole kanavaa työhön. Palvelu otetaan huomioon vastuutahonsa ja kohdassa `cooperation` mainittujen palveluntuottajien kautta, koska yritys tai järjestö tuottaa usein ohjelman palvelun (esim. kielikoulutuksen). Varoitus: ohjeistus.
    .help = Nimeä yrityksiä ja kansalaisyhteiskunnan järjestöjä toimenpiteiden kohtaan `partners`, rakenteiden kohtaan `members` tai palvelujen kohtaan `cooperation` (toimijatyypit { VALUE("business") }, { VALUE("ngo") }, { VALUE("association") }, { VALUE("parish") }, { VALUE("religious_community") } tai { VALUE("language_community") }).

MLG014 = Yksikään toimenpide tai rakenne ei anna kansalaisyhteiskunnalle tai maahanmuuttajille mahdollisuutta osallistua suunnitteluun tai päätöksentekoon.
    .rationale = Suomelle annettu suositus 7 edellyttää, että suunnitelman osallistavat osat rakentuvat yhteiskehittämiselle: toimia pohditaan ja kehitetään yhdessä kansalaisyhteiskunnan kanssa. Toimenpide tai rakenne otetaan huomioon, kun sen kohdassa `participation` on suunnittelu tai päätöksenteko ja sen toimijoihin kuuluu kansalaisyhteiskunnan järjestö tai, rakenteella, sen ryhmiin (`groups`) kuuluu maahanmuuttajaryhmiä (suunnitteleva tai päättävä monikulttuurisuusneuvosto on yhteiskehittämistä asianosaisten kanssa). Muuten kansalaisyhteiskunnalle korkeintaan tiedotetaan tai sitä pyydetään auttamaan toteutuksessa. Varoitus: ohjeistus.
    .help = Lisää yhdessä kansalaisyhteiskunnan tai maahanmuuttajien kanssa kehitetylle toimenpiteelle tai rakenteelle `participation: [{ VALUE("planning", of: "ParticipationForm") }]` (tai { VALUE("decision_making") }) ja nimeä järjestöt sen kohtaan `partners` tai `members` tai ryhmät kohtaan `groups`.

MLG015 = Kunnan koolle kutsuma yhteistyöryhmä, hyvien väestösuhteiden työryhmä tai neuvosto ei julkaise sekä kokoonpanoaan että pöytäkirjojaan.
    .rationale = ETYJ lukee tilivelvollisuuden osallistavan monitasohallinnan periaatteisiin: toimielin voidaan pitää sopimuksissaan, kun sen kokoonpano, käsittelyt ja tulokset ovat julkisia. Vain kunnan omia toimielimiä arvioidaan: alueellinen yhteistyöryhmä tai muu ELY-keskuksen / elinvoimakeskuksen koolle kutsuma toimielin julkaisee tietonsa tämän viranomaisen kautta, eikä kunnan suunnitelma voi korjata sitä. Huomio: neuvo hyvästä käytännöstä, ei kotoutumislain eikä Euroopan neuvoston oppaan vaatimus.
    .help = Lisää `transparency: {"{"} composition_public: true, minutes_public: true {"}"}`, kun jäsenet ja pöytäkirjat on julkaistu (esim. kaupungin verkkosivuilla).

MLG020 = Yhteistyöryhmä tai hyvien väestösuhteiden työryhmä kokoontuu harvemmin kuin suunnitelman kierto edellyttää tai vain tarvittaessa.
    .rationale = Euroopan neuvoston osatekijät edellyttävät säännöllisiä kokouksia, ja Suomelle annettu suositus 5 edellyttää, että kokoontumistiheys määräytyy tarpeen mukaan ja tahdistetaan niiden toimialojen ja tasojen kiertoon, joiden tavoitteita ja toimia ryhmä koordinoi. goodrel pitää suunnitelman kiertona vähintään kahta kokousta vuodessa (yksi silloin, kun toimialat valmistelevat seuraavan vuoden talousarviota ja toimintasuunnitelmia, ja yksi toteutuksen arviointiin). Tätä nostetaan suunnitelman tiheimmän mittarin mittausvälin mukaan enintään neljään kertaan vuodessa, jotta ryhmä näkee jokaisen seurantakierroksen tiedot. `{ VALUE("as_needed") }` ei sido ryhmää mihinkään kiertoon. Ryhmä, jolla ei ole kohtaa `meets`, jätetään kokoontumistiheyttä koskevalle säännölle. Alueellisen ryhmän kutsuu koolle ELY-keskus / elinvoimakeskus, eikä sitä tarkisteta. Varoitus: oppaan suositus.
    .help = Aseta ryhmän `meets` vastaamaan suunnitelman kiertoa (esim. `{ VALUE("quarterly") }` tai `{ VALUE("twice_a_year") }`) ja ajoita kokoukset ennen talousarvion valmistelua ja jokaisen seurantakierroksen jälkeen.

MLG021 = Viranomaiselle ilmoitettu taso poikkeaa tasosta, jolla sen tyyppinen toimija toimii (esim. ministeriö merkitty paikalliseksi).
    .rationale = Monitasokartta sijoittaa toimijat niiden kohdan `level` mukaan, ja osa viranomaisista toimii vain yhdellä tasolla: hyvinvointialue, ELY-keskus / elinvoimakeskus, aluehallintovirasto ja maakunnan liitto alueellisesti, ministeriöt kansallisesti. Poikkeava taso on lähes aina lipsahdus, ja se sijoittaa toimijan väärälle riville näkymässä `goodrel governance`. Kunnan toimialoja (yhteisesti järjestetty palvelu voi olla alueellinen), järjestöjä, yrityksiä ja muita toimijoita ei tarkisteta, koska ne voivat toimia millä tasolla tahansa. Huomio: asia muuttaa yleiskuvaa, ei lainmukaisuutta.
    .help = Korjaa toimijan `level` (tai jätä se pois, jolloin goodrel päättelee sen toimijatyypistä).

# Havaintojen viestit.

# Rakenteen nimi viesteissä: "neuvosto G2 'Maahanmuuttajaneuvosto'".
mlg-structure = { $kind } { $id } '{ $name }'

mlg002-no-coordinator = { $municipality }: suunnitelmassa ei nimetä, kuka koordinoi kotouttamistyötä ja hyvien väestösuhteiden edistämistä
mlg003-no-members = { $structure }: jäsenet eivät edusta yhtään toimialaa tai organisaatiota
mlg003-few-sectors = { $structure }: jäsenet edustavat vain { $count ->
    [one] yhtä toimialaa tai organisaatiotyyppiä
   *[other] { $count } toimialaa tai organisaatiotyyppiä
} ({ $sectors })
mlg004-window-since-before-approval = aikavälillä { $from } – { $approval } (suunnitelman hyväksymispäivä)
mlg004-window-before-approval = ennen suunnitelman hyväksymistä ({ $approval })
mlg004-window-period = suunnitelmakaudella eikä sitä edeltävänä vuonna ({ $from } – { $until })
mlg004-too-early-or-late = kuulemista ei ole pidetty { $window }; viimeisin kuuleminen { $id } '{ $title }' on päivätty { $date }
mlg005-meets-unset = { $structure }: kokoontumistiheyttä ei ole kerrottu
mlg006-no-funding = toimenpide { $id } '{ $title }': rahoitusta ei ole kerrottu
mlg007-participation-unfunded = mikään suunnitelman rahoitus ei kata kuulemista, yhteiskehittämistä, kokouksia, kokouspalkkioita eikä tulkkausta
mlg008-no-vision = suunnitelmassa ei ole visiota
mlg008-only-integration = visio puhuu kotoutumisesta mutta ei osallisuudesta, yhdenvertaisuudesta eikä hyvistä väestösuhteista
mlg008-no-inclusion = visiossa ei mainita osallisuutta, yhdenvertaisuutta eikä hyviä väestösuhteita
mlg008-too-short = visio '{ $vision }' on liian lyhyt ilmaisemaan sitoumusta ({ $words ->
    [one] 1 sana
   *[other] { $words } sanaa
}; vähintään { $min })
mlg009-unfit = mittari { $id } '{ $name }' ei sovellu seurantaan: { $problems }
mlg009-and = { $first }; { $rest }
mlg009-no-baseline-no-target = lähtötaso ja tavoitetaso puuttuvat
mlg009-no-baseline = lähtötaso puuttuu
mlg009-no-target = tavoitetaso puuttuu
mlg009-no-source = lähde puuttuu
mlg009-values-outside-period = arvoja on päivätty suunnitelmakauden { $start }–{ $end } ulkopuolelle, ennen lähtötasoa tai tämän päivän jälkeen ({ $dates })
mlg009-values-outside = arvoja on päivätty seurantakauden ulkopuolelle, ennen lähtötasoa tai tämän päivän jälkeen ({ $dates })
mlg009-all-areas = se seuraa kaikkia viittä suunnittelun osa-aluetta
mlg010-not-measured = mittari { $id } '{ $name }': lähtötason ({ $date }) jälkeen ei ole kirjattu yhtään arvoa
mlg011-no-national-objective = mikään tavoite ei nimeä kansallista tavoitetta, jonka se vie paikalliseksi toiminnaksi
mlg012-few-links = { $count ->
    [0] suunnitelma ei viittaa yhteenkään muuhun suunnitelmaan
    [one] suunnitelma viittaa vain yhden tyypin muihin suunnitelmiin
   *[other] suunnitelma viittaa vain { $count } tyypin muihin suunnitelmiin
} (turvallisuus, hyvinvointi, yhdenvertaisuus, kieli, tasa-arvo, vuorovaikutus, rasismin vastainen toiminta, romanipolitiikka, alueellinen ETNO); odotetaan vähintään kahta eri tyyppiä
mlg013-no-business = yksikään toimenpide, rakenne tai kotoutumisohjelman palvelu ei ota mukaan yritystä
mlg013-no-civil-society = yksikään toimenpide, rakenne tai kotoutumisohjelman palvelu ei ota mukaan kansalaisyhteiskunnan toimijaa (järjestö, yhdistys, seurakunta tai yhteisö)
mlg013-no-business-or-civil-society = yksikään toimenpide, rakenne tai kotoutumisohjelman palvelu ei ota mukaan yritystä eikä kansalaisyhteiskunnan toimijaa
mlg014-no-co-creation = yksikään toimenpide tai rakenne ei ota kansalaisyhteiskuntaa mukaan suunnitteluun tai päätöksentekoon
mlg015-no-composition = { $structure }: kokoonpanoa ei julkaista
mlg015-no-minutes = { $structure }: pöytäkirjoja ei julkaista
mlg015-neither = { $structure }: kokoonpanoa ja pöytäkirjoja ei julkaista
mlg020-only-as-needed = { $id } '{ $name }' kokoontuu vain tarvittaessa; { $because }
mlg020-too-rarely = { $id } '{ $name }': kokoontumistiheys { $frequency }; { $because }
mlg021-level-contradicts-kind = toimija { $id } '{ $name }' on merkitty { $declared ->
    [local] paikalliseksi
    [regional] alueelliseksi
    [national] kansalliseksi
   *[international] kansainväliseksi
}, mutta { $kind } toimii { $fixed ->
    [local] paikallisella
    [regional] alueellisella
    [national] kansallisella
   *[international] kansainvälisellä
} tasolla
# Toimijatyypit säännön MLG021 viestissä ("mutta ministeriö toimii kansallisella tasolla").
mlg021-kind = { $key ->
    [municipal_sector] kunnan toimiala
    [decision_makers] päättäjien toimielin
    [wellbeing_services_county] hyvinvointialue
    [ely_centre] ELY-keskus
    [vitality_centre] elinvoimakeskus
    [employment_authority] työvoimaviranomainen
    [kela] Kela
    [avi] aluehallintovirasto
    [regional_council] maakunnan liitto
    [ministry] ministeriö
    [national_body] kansallinen toimielin
    [ngo] järjestö
    [association] yhdistys
    [parish] seurakunta
    [religious_community] uskonnollinen yhdyskunta
    [language_community] kieliyhteisö
    [business] yritys
    [educational_institution] oppilaitos
    [police] poliisi
    [international_organisation] kansainvälinen järjestö
   *[other] muu toimija
}
mlg009-baseline-late = sen lähtötaso on päivätty { $date }, yli vuosi suunnittelukauden alun ({ $start }) jälkeen
mlg009-baseline-after-target = sen lähtötasoa ({ $baseline }) ei ole päivätty ennen tavoitetasoa ({ $target })
mlg009-target-is-baseline = sen tavoitetaso on sama kuin lähtötaso, joten muutosta ei tavoitella
mlg009-target-outside-period = sen tavoitetaso on päivätty { $date }, suunnittelukauden { $start } – { $end } ulkopuolelle
