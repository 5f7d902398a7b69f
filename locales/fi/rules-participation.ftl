# Sääntöjen tekstit (osallisuus): kunkin säännön tiivistelmä (mitä se tarkistaa), .rationale
# (miksi se on tärkeä ja miksi sillä on tämä vakavuus) ja .help (miten havainto korjataan).
# Tunnisteet ovat sääntöjen tunnisteita.

PAR001 = Kuulemista, jossa kuultiin maahanmuuttajia tai muuta kielivähemmistöä, ei pidetty heidän omalla kielellään (vaan esim. vain kunnan virallisilla kielillä), tai sen kieliä ei ole kirjattu.
    .rationale = Oikeusministeriön työkalu korostaa, että kielivähemmistöjen pitää voida keskustella omalla kielellään ja että tilaisuudet järjestävät järjestöt ja vetäjät, jotka puhuvat samaa kieltä; Euroopan neuvoston opas edellyttää tieto-osallisuudessa monikielistä ja monikanavaista tiedottamista. Vain suomeksi tai ruotsiksi pidetty maahanmuuttajien kuuleminen tavoittaa vain ne, jotka jo osaavat näitä kieliä. Kielivähemmistöjä ovat maahanmuuttajaryhmät (mikä tahansa virallisten kielten lisäksi käytetty kieli riittää), ruotsinkieliset kunnassa, jonka virallinen kieli ruotsi ei ole (tarvitaan ruotsia), ja saamelaiset kunnassa, jonka virallinen kieli mikään saamen kieli ei ole (tarvitaan saamen kieltä); jos suunnitelma ei luettele virallisia kieliä, niiksi oletetaan suomi ja ruotsi. Sama kieliarvio näkyy komennolla `goodrel governance --trace`. Varoitus: ohjeistus.
    .help = Luettele kohtaan `languages` kielet, joilla kuuleminen pidettiin tai tulkattiin (esim. [fi, ar, so, uk]); jos se pidettiin vain virallisilla kielillä, järjestä seuraavalla kerralla tilaisuuksia osallistujien omilla kielillä.

PAR002 = Kuulemisessa esiin nousseeseen tarpeeseen ei vastaa mikään toimenpide.
    .rationale = Euroopan neuvoston oppaan esittelemässä Beqirin mallissa paikallinen tieto ensin tunnistetaan, sitten tunnustetaan yhdessä päättäjien kanssa ja lopuksi sen pohjalta toimitaan; merkityksellinen osallisuus tarkoittaa, että yhdessä tunnistettuihin ongelmiin tartutaan jollakin tavalla. Tarve, johon mikään toimenpide ei vastaa, jää tunnistamisen asteelle, ja osallistujat oppivat, ettei kuuleminen muuta mitään. Varoitus: ohjeistus (tarpeen voi tietoisesti siirtää myöhemmäksi; kerro se jossakin toimenpiteessä).
    .help = Lisää tarpeen tunniste sen toimenpiteen kohtaan `answers`, joka vastaa tarpeeseen, tai lisää tarvetta varten toimenpide.

PAR003 = Kuuleminen toi esiin tarpeita, mutta suunnitelmassa ei kerrota, missä niitä käsiteltiin päättäjien kanssa.
    .rationale = Tunnustaminen, Beqirin mallin keskimmäinen vaihe, tarkoittaa, että kuultu käsitellään yhdessä päättäjien kanssa niin, että siitä tulee yhteinen näkemys; oikeusministeriön työkalussa tämä tehdään päättäjätilaisuudessa. Jos kuulemisen tarpeita ei koskaan viedä rakenteeseen, jossa päättäjät ovat mukana, ne päätyvät harvoin talousarvioon. Varoitus: ohjeistus.
    .help = Merkitse kuulemisen kohtaan `recognised_in` rakenne tai rakenteet, joissa sen tuloksia käsiteltiin päättäjien kanssa (esim. { VALUE("decision_maker_session") } tai yhteistyöryhmä).

PAR004 = Missään neuvostossa, ryhmässä tai muussa rakenteessa ei ole mukana maahanmuuttajia itseään.
    .rationale = Kunnan on huolehdittava, että kunnassa asuvat maahanmuuttajat voivat osallistua kotoutumisen edistämisen suunnitteluun, ja Euroopan neuvoston opas esittelee ryhmäkohtaiset neuvostot, kuten maahanmuuttajaneuvostot, pysyvänä tapana tuoda maahanmuuttajat mukaan kunnan päätöksentekoon. Jos yksikään rakenne ei luettele maahanmuuttajia osallistuvien ryhmien joukossa, heitä korkeintaan kuullaan silloin tällöin. Varoitus: ohjeistus siitä, miten osallistumista koskeva velvoite täytetään.
    .help = Lisää `groups: [{ VALUE("immigrants") }]` (tai asianomaiset ryhmät) rakenteisiin, joissa maahanmuuttajat ovat mukana, tai perusta maahanmuuttajaneuvosto tai varaa yhteistyöryhmään paikka maahanmuuttajataustaisille asukkaille.

PAR035 = Yli kuusi kuukautta sitten pidetyistä kuulemisista ei ole kirjattu, että osallistujille kerrottiin, mitä heidän näkemyksistään seurasi.
    .rationale = Oikeusministeriön työkalussa keskustelutilaisuuksiin osallistuneet asukkaat tulevat päättäjätilaisuuteen, ja kunta seuraa ja arvioi sen jälkeen toteutettavia toimenpiteitä; ETYJin vastuullisuusperiaate edellyttää, että osallistumisen tulokset ovat julkisia. Kun osallistujille kerrotaan, mitä heidän näkemyksistään seurasi, kierros sulkeutuu, ja ne, jotka eivät koskaan kuule mitään, lakkaavat tulemasta. Kuusi kuukautta on goodrelin oletus kohtuullisesta ajasta päättää, mitä tuloksille tehdään; sitä tuoreempia kuulemisia (päivän `--as-of` mukaan) ei arvioida. Palaute kirjataan kuulemiseen muodossa `feedback: {"{"}date, how{"}"}`. Kaikki tällaiset kuulemiset ovat yksi havainto ensimmäisen kohdalla. Huomio: lähteet kuvaavat palautekierroksen, eivät velvollisuutta kirjata sitä.
    .help = Lisää jokaiseen lueteltuun kuulemiseen `feedback: {"{"}date: YYYY-MM-DD, how: "..."{"}"}` ja kerro siinä, milloin ja miten osallistujille kerrottiin, mitä heidän näkemyksistään seurasi.

PAR010 = Ryhmäkohtaisella neuvostolla (esim. maahanmuuttajaneuvosto) ei ole painopisteitä kuluvalle kaudelle.
    .rationale = Euroopan neuvoston oppaan mukaan merkityksellisen (eikä vain symbolisen) osallisuuden ensimmäinen osatekijä on rakenteen pohtiminen: mihin asioihin neuvosto kullakin kaudella keskittyy ja minkä rakenteiden kautta se vaikuttaa niihin. Neuvosto, jolla ei ole ajankohtaisia painopisteitä, tapaa vain reagoida siihen, mitä sen eteen tuodaan. Kauteen sidotut painopisteet lasketaan vain, kun tarkastelupäivä osuu kaudelle; painopisteet ilman kautta ovat voimassa koko ajan. Varoitus: oppaan osatekijä, ei lakisääteinen velvoite.
    .help = Lisää kohta `focus_issues:` ja siihen asiat, joihin neuvosto keskittyy tällä kaudella, esim. `- period: {"{"}start: 2026-01-01, end: 2027-12-31{"}"}` ja `issues: [asuminen, nuorten työllisyys]`.

PAR011 = Ryhmäkohtaisella neuvostolla ei ole oikeutta tehdä aloitteita kunnanvaltuustolle.
    .rationale = Opas kytkee merkityksellisen osallisuuden päätöksentekoon: neuvoston pitää voida tehdä aloitteita ja esityksiä kunnan- tai kaupunginvaltuustolle ainakin asioissa, jotka koskevat sen edustamaa ryhmää; muuten sitä kuullaan, mutta se ei voi nostaa mitään asialistalle. goodrel hyväksyy merkinnän `rights: [{ VALUE("initiatives_to_council") }]` tai kohdan `mandate`, jossa puhutaan aloitteista (initiative, aloite, initiativ). Varoitus: oppaan osatekijä.
    .help = Anna neuvostolle oikeus tehdä aloitteita kunnanvaltuustolle ja kirjaa se muodossa `rights: [{ VALUE("initiatives_to_council") }]`.

PAR012 = Ryhmäkohtainen neuvosto ei osallistu työn strategiseen suunnitteluun, seurantaan ja arviointiin.
    .rationale = Opas antaa neuvostolle oikeuden tietoon ja osallistumiseen: neuvosto seuraa (kohdennettujen) palvelujen saavutettavuutta ja osallistuu kotoutumisen ja hyvien väestösuhteiden strategiseen suunnitteluun, seurantaan ja arviointiin, eli se on kytketty kotoutumisen strategiaa ja seurantaa käsittelevään ryhmään tai muuhun yhteistyöryhmään. Tämän kierron ulkopuolella oleva neuvosto kuulee suunnitelmista vasta, kun ne ovat valmiita. Täyttyy, kun `linked_to` nimeää yhteistyö-, ohjaus- tai työryhmän tai kun neuvostolla on oikeus `{ VALUE("strategy_participation") }`. Varoitus: oppaan osatekijä.
    .help = Kytke neuvosto yhteistyö- tai ohjausryhmään, joka suunnittelee ja seuraa työtä (`linked_to: [<ryhmän tunniste>]`), tai kirjaa `rights: [{ VALUE("information", of: "StructureRight") }, { VALUE("strategy_participation") }]`.

PAR013 = Ryhmäkohtainen neuvosto ei kerro, miten sen jäsenistö heijastaa monimuotoisuutta tai mitä sen puheenjohtajalta edellytetään.
    .rationale = Opas edellyttää, että jäseniksi valitaan yhteisöjen monimuotoisuutta (taustat, kielet, uskonnot, kansalaisuudet, sukupuoli, ammatit) edustavia ihmisiä, joilla on myös asiantuntemusta ja motivaatiota, ja että puheenjohtajalle voidaan asettaa omia vaatimuksia (tehtävän asiantuntemus, viestintätaidot). Ilman tällaisia perusteita koottu neuvosto puhuu helposti vain muutaman yhteisön äänellä. goodrel edellyttää kohtaan `membership.diversity` vähintään kahta monimuotoisuuden ulottuvuutta ja kohtaan `membership.chair` puheenjohtajan vaatimukset. Varoitus: oppaan osatekijä.
    .help = Lisää kohta `membership:`, jossa on `diversity: [languages, religions, gender, ...]` (vähintään kaksi) ja `chair:`, joka kuvaa, mitä puheenjohtajalta edellytetään.

PAR014 = Ryhmäkohtainen neuvosto ei kehitä jäsentensä osaamista.
    .rationale = Opas edellyttää, että neuvoston jäsenten osaamista kehitetään jatkuvasti koulutuksella, tiedolla ja opintomatkoilla, jotta he voivat vaikuttaa kunnan rakenteisiin sillä kielellä, jota rakenteet käyttävät. Muuten vaikutusvalta jää niille harvoille, jotka jo tuntevat järjestelmän. Varoitus: oppaan osatekijä.
    .help = Lisää kohta `skills_development:` ja luettele siinä, mitä jäsenet saavat, esim. ["koulutus kunnan päätöksenteosta", "opintomatka alueelliseen ETNOon"].

PAR015 = Ryhmäkohtainen neuvosto ei maksa jäsenilleen kokouspalkkiota (tai ei kerro, maksaako).
    .rationale = Oppaan taloudellinen osatekijä: jäsenille pitää korvata osallistuminen ja maksaa kokouspalkkio kuten muiden kunnan toimielinten jäsenille. Palkaton osallistuminen suosii niitä, joilla on siihen varaa, ja viestii, että neuvosto on vähemmän tärkeä. Varoitus: oppaan osatekijä.
    .help = Maksa jäsenille kokouspalkkio ja kirjaa neuvostoon `resources: {"{"}meeting_fees: true{"}"}`.

PAR016 = Jotakin kuudesta osallisuuden muodosta (tieto-, aloite-, suunnittelu-, päätös-, toteutus- ja arviointiosallisuus) ei tarjoa mikään rakenne tai toimenpide.
    .rationale = Opas kysyy Sitran jaottelua seuraten, mihin ihmisiä kutsutaan osallistumaan: tieto-osallisuus on kaiken perusta, ja muut viisi seuraavat päätöksenteon vaiheita. Suunnitelma, jonka rakenteet ja toimenpiteet tarjoavat esimerkiksi tieto- ja toteutusosallisuutta mutta eivät suunnittelu- tai arviointiosallisuutta, kutsuu asukkaat kuulemaan ja auttamaan, ei vaikuttamaan. Muodot, joita mikään ei tarjoa, nimetään yhdessä havainnossa; jos yhteenkään rakenteeseen tai toimenpiteeseen ei ole kirjattu yhtään muotoa, yksi havainto kertoo sen. Huomio: näkökulma suunnitelman tarkasteluun, ei vaatimus.
    .help = Kirjaa rakenteisiin ja toimenpiteisiin osallisuuden muodot, joihin asukkaat osallistuvat (`participation: [{ VALUE("information", of: "ParticipationForm") }, { VALUE("planning", of: "ParticipationForm") }, { VALUE("evaluation", of: "ParticipationForm") }, ...]`), ja harkitse, miten asukkaat voisivat osallistua puuttuvassa muodossa.

PAR017 = Rakenne tai toimenpide, joka tarjoaa tieto-osallisuutta, tavoittaa asukkaat vain virallisilla kielillä (tai kieliä ei ole kirjattu).
    .rationale = Tieto-osallisuus on kaikkien muiden muotojen perusta: jos ei tiedä, mihin voi vaikuttaa, muukaan osallistuminen ei ole mahdollista. Eri väestöryhmille opas edellyttää monikielistä ja monikanavaista tiedottamista sekä järjestelmäkoulutusta heidän kielillään. Vain suomeksi tai ruotsiksi annettu tieto tavoittaa ne, jotka jo lukevat näitä kieliä. Virallisia kieliä ovat kunnan `official_languages` (suomi ja ruotsi, jos niitä ei ole lueteltu). Varoitus: oppaan osatekijä.
    .help = Luettele kielet, joilla tieto tavoittaa asukkaat (`languages: [fi, en, ar, so, uk]` toimenpiteessä tai rakenteessa), ja lisää niihin kunnan asukkaiden tärkeimmät kielet.

PAR018 = Osa toimenpiteistä ei vastaa mihinkään kuulemisessa esiin nousseeseen tarpeeseen, vaikka suunnitelmaan on kirjattu kuulemisten tarpeita.
    .rationale = Beqirin mallissa toiminta perustuu tunnistettuihin ja tunnustettuihin paikallisiin tarpeisiin. Kun suunnitelmaan on kirjattu kuulemisten tarpeita, toimenpiteet, jotka eivät viittaa yhteenkään niistä, kertovat joko kirjaamatta jääneistä yhteyksistä tai työstä, joka on suunniteltu ilman asukkaiden näkemystä. Yksi havainto suunnitelmaa kohden toimenpideosion kohdalla kertoo niiden määrän ja nimeää ensimmäiset; `goodrel governance --trace` luettelee ne kaikki. Havaintoa ei tule, jos suunnitelmaan ei ole kirjattu kuulemisten tarpeita (jäljitystä ei käytetä); toimenpiteitä, joista on luovuttu, ei lasketa. Huomio: monet toimenpiteet perustuvat aivan oikein lakiin tai strategiaan.
    .help = Kun toimenpide vastaa johonkin, minkä asukkaat toivat esiin, lisää tarpeen tunniste sen kohtaan `answers`; `goodrel governance SUUNNITELMA --trace` luettelee kyseiset toimenpiteet.

PAR019 = Kaikista toimenpiteistä, jotka vastasivat kuulemisessa esiin nousseeseen tarpeeseen, on luovuttu.
    .rationale = Merkityksellinen osallisuus tarkoittaa, että yhdessä tunnistettuihin ja tunnustettuihin ongelmiin tartutaan jollakin tavalla. Kun ainoista tarpeeseen vastaavista toimenpiteistä on luovuttu, tarve on käytännössä palannut lähtöpisteeseensä, eikä sen esiin nostaneille ole kerrottu siitä. Varoitus: oppaan osatekijä (Beqirin mallin toimintavaihe).
    .help = Vastaa tarpeeseen toimenpiteellä, joka on suunnitteilla, käynnissä tai toteutettu, tai kirjaa, miksi tarve jätetään (ja kerro siitä kuulemiseen osallistuneille).

PAR020 = Yhteiskehittämiselle ei ole varattu rahaa tai aikaa.
    .rationale = Oppaan ensimmäinen yhteiskehittämisen edellytys on riittävät resurssit, sekä raha että aika, jotta prosessi mahdollistaa todellisen osallisuuden ja vaikuttamisen eikä vain niiden näennäistä muotoa; yhteiskehittäminen on suhteiden rakentamisen prosessi, ei kertaluonteinen tapahtuma. Raha on `resources.budget_eur` (yli nolla); aika on `{ VALUE("co_design") }.time`. Varoitus: oppaan edellytys.
    .help = Merkitse yhteiskehittämisen rakenteeseen `resources: {"{"}budget_eur: ...{"}"}` ja `co_design: {"{"}time: "kuusi työpajaa, syyskuu 2026 – helmikuu 2027"{"}"}`.

PAR021 = Yhteiskehittämisessä ei kerrota, mitä se voi muuttaa.
    .rationale = Yhteiskehittäminen edellyttää aitoa uteliaisuutta ja avoimuutta kehittää tai muuttaa kyseistä palvelua, käytäntöä tai politiikkaa. Kun mitään ei ole todettu avoimeksi muutokselle, osallistujat kutsutaan helposti vain vahvistamaan jo tehtyjä päätöksiä. Varoitus: oppaan edellytys.
    .help = Kirjaa kohtaan `{ VALUE("co_design") }.open_to_change`, mitä prosessi voi muuttaa (esim. "palvelun muoto, aukioloajat ja sijainti").

PAR022 = Yhteiskehittämisessä ei kerrota, miten henkilöstön ja asukkaiden välistä valtaepätasapainoa tasoitetaan.
    .rationale = Opas edellyttää, että valtaepätasapaino tunnistetaan, jotta prosessi ei toista tai vahvista sitä: vetäjän, osallistujien valinnan (useita yhteisön jäseniä, myös niitä, joilla on verkostoja ja hiljaista tietoa) ja paikan avulla. Varoitus: oppaan edellytys.
    .help = Kuvaa kohdassa `{ VALUE("co_design") }.power_balance`, miten epätasapaino tunnistetaan ja tasoitetaan (esim. "asukas on toinen puheenjohtaja; kutsuttu useita yhteisön jäseniä; tilaisuudet yhteisön omissa tiloissa").

PAR023 = Yhteiskehittämiselle ei ole nimetty vetäjää, tai vetäjällä ei ole yhteistä identiteettiä yhteisön kanssa eikä kokemustietoa, eikä yhteisön jäsen ole toisena vetäjänä.
    .rationale = Opas edellyttää taitavaa vetäjää (fasilitaattoria), mieluiten sellaista, jolla on yhteinen identiteetti yhteisön kanssa tai kokemustietoa, tai vetäjäparia, josta toinen on kokemustietoa omaava yhteisön jäsen. Pelkkä yhteisön ulkopuolinen vetäjä toistaa helposti henkilöstön näkökulman. Täyttyy merkinnällä `facilitator.experiential_knowledge: true` tai kohdalla `facilitator.co_lead`. Varoitus: oppaan edellytys.
    .help = Lisää `co_design: {"{"}facilitator: {"{"}name: ..., experiential_knowledge: true{"}"}{"}"}` tai nimeä kohtaan `co_lead` yhteisön jäsen, jolla on kokemustietoa.

PAR024 = Yhteiskehittämiselle ei ole nimetty kokoontumispaikkaa, tai paikka ei ole esteetön (tai sen esteettömyyttä ei tiedetä).
    .rationale = Myös paikan valinta tasoittaa valtaa: opas edellyttää, että tapaamiset pidetään esteettömässä paikassa, johon osallistujien on helppo tulla ja jossa heidän on hyvä olla. Varoitus: oppaan edellytys.
    .help = Lisää `co_design: {"{"}venue: {"{"}name: ..., accessible: true{"}"}{"}"}`, kun on varmistettu, että paikka on esteetön ja sinne on helppo tulla.

PAR025 = Dialogissa ei kerrota, onko se ennaltaehkäisevä, jännitteitä purkava vai sovintoa vahvistava.
    .rationale = Väärään aikaan, väärien toimijoiden kesken tai väärästä aiheesta käyty dialogi voi lisätä vastakkainasettelua. Opas edellyttää, että dialogi on oikea-aikainen: ennaltaehkäisevä, jännitteitä tai konflikteja purkava tai sovintoa vahvistava. Kun tämä kirjataan, ajoituksesta tulee harkittu valinta. Koskee rakenteita ja toimenpiteitä, joiden laji on `{ VALUE("dialogue", of: "MeasureKind") }`. Varoitus: oppaan edellytys.
    .help = Merkitse dialogiin `dialogue: {"{"}timing: { VALUE("preventive") }{"}"}` (tai `{ VALUE("defusing") }`, `{ VALUE("reconciliation") }`).

PAR026 = Dialogiin ei ole kirjattu osapuolten kanssa selvitettyä yhteistä etua tai tavoitetta.
    .rationale = Jotta dialogi muuttaisi asenteita toista ryhmää kohtaan ja purkaisi vastakkainasettelua, sen täytyy oppaan mukaan perustua huolellisesti selvitettyyn yhteiseen etuun tai tavoitteeseen. Varoitus: oppaan edellytys.
    .help = Kirjaa selvitetty yhteinen etu kohtaan `dialogue.common_interest` (esim. "turvallinen puisto kaikkien lapsille").

PAR027 = Dialogissa ei kerrota, miten sitä vedetään niin, ettei mikään osapuoli hallitse toista.
    .rationale = Opas edellyttää tasapuolista vetämistä, jotta mikään osapuoli ei hallitse keskustelua; muuten dialogi toistaa helposti etnisiä hierarkioita ja rakenteellista syrjintää. Varoitus: oppaan edellytys.
    .help = Kuvaa kohdassa `dialogue.facilitation`, kuka dialogia vetää ja miten tasapuolisuus varmistetaan (esim. "kaksi koulutettua vetäjää, yksi kummastakin yhteisöstä").

PAR028 = Dialogilla ei ole julkisen vallan tukea.
    .rationale = Oppaan neljäs edellytys on yhteiskunnan tuki, tässä julkista valtaa käyttävän kunnan tuki: ilman sitä dialogin tuloksilla ei ole mihin mennä. Täyttyy, kun dialogin koollekutsuja (rakenteen `convener`, toimenpiteen `responsible`) tai jokin kohdan `dialogue.supported_by` toimija on viranomainen (kunnan toimiala, päättäjät, hyvinvointialue, ELY-keskus / elinvoimakeskus, poliisi ...). Varoitus: oppaan edellytys.
    .help = Nimeä dialogia tukeva viranomainen kohtaan `dialogue.supported_by` (esim. pormestarin toimisto tai kaupunginhallitus toimijana, jonka laji on { VALUE("decision_makers") }).

PAR029 = Kirjatusta väestösuhteiden tiedonkeruukierroksesta puuttuu osa: keskustelutilaisuudet, päättäjätilaisuus, sen toimintasuunnitelma tai palautekysely.
    .rationale = Oikeusministeriön työkalu on kierros: keskustelutilaisuudet väestöryhmien kanssa, sitten päättäjätilaisuus, jonka tuloksena on yhdestä neljään toimenpiteen toimintasuunnitelma, osallistujien palautekysely sekä seuranta ja uudet tilaisuudet. Kierros, josta puuttuu osa, kerää kokemuksia, jotka eivät johda mihinkään, tai toimii tietämättä vaikutuksista. Kierros kirjataan `cycle:`-lohkona rakenteeseen, jonka laji on { VALUE("decision_maker_session") }; kun sen päivä `held` on tarkastelupäivän jälkeen, tarkistetaan vain keskustelutilaisuudet ja tilaisuuden laji. Varoitus: ohjeistus.
    .help = Täydennä `cycle:`-lohko: `discussion_sessions` (kuulemisten tunnisteet), `action_plan` (yhdestä neljään toimenpiteen tunnistetta) ja `feedback_survey`; kirjaa se rakenteeseen, jonka laji on { VALUE("decision_maker_session") }.

PAR030 = Päättäjätilaisuuden toimintasuunnitelmassa on yli neljä toimenpidettä.
    .rationale = Työkalun päättäjätilaisuus päättyy yhdestä neljään toimenpiteen toimintasuunnitelmaan, jonka paikalla olevat sidosryhmät toteuttavat itse; pidempi luettelo laimentaa sitoutumista, eikä sitä voi seurata palautekyselyllä ja seuraavalla kierroksella. Varoitus: ohjeistus.
    .help = Pidä kohdassa `cycle.action_plan` ne yhdestä neljään toimenpidettä, joihin osallistujat sitoutuivat; siirrä muut suunnitelman tavallisiin toimenpiteisiin.

PAR031 = Tiedonkeruukierroksen seuraavaa kierrosta ei ole suunniteltu, tai se on myöhässä.
    .rationale = Keskustelutilaisuuksien toistaminen on työkalun tapa seurata väestösuhteiden tilaa ja toimenpiteiden vaikutusta; yksi kierros antaa tilannekuvan, ei seurantaa. Havainto syntyy, kun `cycle.next_round` puuttuu tai sen päivä on (tarkastelupäivänä) ohitettu eikä suunnitelmassa ole myöhempää päättäjätilaisuutta eikä sinä päivänä tai sen jälkeen pidettyä keskustelutilaisuutta. Ei tarkisteta, kun itse päättäjätilaisuus on vielä edessä. Varoitus: ohjeistus.
    .help = Merkitse kohtaan `cycle.next_round` seuraavien tilaisuuksien päivä ja kirjaa tilaisuudet, kun ne on pidetty (uusi kuuleminen, jonka menetelmä on { VALUE("discussion_session") }, ja uusi päättäjätilaisuus).

PAR032 = Mittari, joka käyttää THL:n osallisuuden kokemusta mittaavaa ESIS-mittaria (Experiences of Social Inclusion Scale), ei luettele sen kymmentä väittämää muuttamattomina ja oikeassa järjestyksessä.
    .rationale = ESIS on tieteellisesti validoitu mittari; oppaan mukaan sen käyttäjä ei saa muuttaa tai muokata sitä, koska muuten tulokset eivät ole vertailukelpoisia tai luotettavia. goodrel vertaa suunnitelman kohtaa `items` Euroopan neuvoston oppaassa lueteltuihin kymmeneen väittämään kirjainkoosta, välilyönneistä, numeroinnista ja loppupisteistä välittämättä ja kertoo, mikä kohta poikkeaa, mikä on väärällä paikalla tai että väittämiä on väärä määrä. goodrel tuntee vain englanninkielisen sanamuodon: muunkielisiä väittämiä (`items_language`) ei verrata. Varoitus: oppaan ohje, ei laki.
    .help = Kopioi ESIS-mittarin kymmenen väittämää täsmälleen THL:n järjestyksessä mittarin kohtaan `items` (katso THL:n ohjeet mittarin käytöstä).

# Havaintojen viestit. Suunnitelman arvot (tunnisteet, nimet, kielet, päivät) toistetaan
# sellaisinaan kaksoispisteen jälkeen tai selittävänä lisäyksenä, jotta ne eivät tarvitse
# sijapäätettä.

par001-no-languages = kuuleminen { $id } '{ $title }' (kuultiin: { $group }) ei kerro, millä kielillä se pidettiin
par001-only-in = kuuleminen { $id } '{ $title }' (kuultiin: { $group }) pidettiin vain näillä kielillä: { $languages }
par002-need-unanswered = tarve { $need } '{ $text }' (kuuleminen { $consultation }): mikään toimenpide ei vastaa siihen
par003-not-recognised = kuuleminen { $id } '{ $title }' toi esiin { $count ->
    [one] yhden tarpeen
   *[other] { $count } tarvetta
}, mutta suunnitelmassa ei kerrota, missä { $count ->
    [one] sitä
   *[other] niitä
} käsiteltiin päättäjien kanssa
par004-no-immigrants = suunnitelman yhdessäkään neuvostossa, ryhmässä tai muussa rakenteessa ei ole mukana maahanmuuttajia
par035-consultation = { $id } '{ $title }' ({ $date })
par035-no-feedback = { $count ->
    [one] yli kuusi kuukautta sitten pidetystä kuulemisesta
   *[other] { $count } yli kuusi kuukautta sitten pidetystä kuulemisesta
} ei ole kirjattu, että osallistujille kerrottiin, mitä heidän näkemyksistään seurasi: { $consultations }

# Miten PAR010–PAR015 nimeävät neuvoston, PAR020–PAR024 yhteiskehittämisen ja PAR025–PAR028
# dialogin.
par010-council = neuvosto { $id } '{ $name }'
par020-co-design = yhteiskehittäminen { $id } '{ $name }'
par025-dialogue = dialogi { $id } '{ $name }'
par025-dialogue-measure = dialogitoimenpide { $id } '{ $name }'

par010-no-focus-issues = { $subject } ei kerro, mihin asioihin se keskittyy tällä kaudella
par010-not-current = { $subject }: kuluvalle kaudelle ei ole painopisteitä (viimeisimmät koskevat kautta { $start } – { $end })
par011-no-initiative-mandate = { $subject } ei ole saanut oikeutta tehdä aloitteita kunnanvaltuustolle
par012-information-only = { $subject } saa tietoa, mutta ei osallistu strategiseen suunnitteluun, seurantaan ja arviointiin: sitä ei ole kytketty yhteenkään yhteistyö- tai ohjausryhmään
par012-no-information-right = { $subject } on vailla oikeutta tietoon ja osallistumiseen: sitä ei ole kytketty yhteenkään yhteistyö- tai ohjausryhmään, eikä sillä ole oikeutta `{ VALUE("strategy_participation") }`
par013-no-membership = { $subject } ei kerro, miten sen jäsenet ja puheenjohtaja valitaan
par013-no-diversity = { $subject } ei kerro, millaista monimuotoisuutta se tavoittelee jäseniä valitessaan
par013-no-diversity-no-chair = { $subject } ei kerro, millaista monimuotoisuutta se tavoittelee jäseniä valitessaan, eikä aseta vaatimuksia puheenjohtajalleen
par013-few-diversity = { $subject } ottaa jäseniä valitessaan huomioon monimuotoisuudesta vain { $count ->
    [one] yhden ulottuvuuden
   *[other] { $count } ulottuvuutta
}; jäsenistön pitäisi heijastaa yhteisöjen monimuotoisuutta vähintään { $min } ulottuvuudessa (esim. kielet, uskonnot, sukupuoli)
par013-few-diversity-no-chair = { $subject } ottaa jäseniä valitessaan huomioon monimuotoisuudesta vain { $count ->
    [one] yhden ulottuvuuden
   *[other] { $count } ulottuvuutta
}; jäsenistön pitäisi heijastaa yhteisöjen monimuotoisuutta vähintään { $min } ulottuvuudessa (esim. kielet, uskonnot, sukupuoli), eikä neuvosto aseta vaatimuksia puheenjohtajalleen
par013-no-chair = { $subject } ei aseta vaatimuksia puheenjohtajalleen
par014-no-skills-development = { $subject } ei kehitä jäsentensä osaamista (esim. koulutus, tiedotus, opintomatkat)
par015-no-meeting-fees = { $subject } ei maksa jäsenilleen kokouspalkkioita
par015-meeting-fees-unknown = { $subject } ei kerro, maksetaanko sen jäsenille kokouspalkkiota

par016-no-forms-recorded = yhteenkään rakenteeseen tai toimenpiteeseen ei ole kirjattu, mitä osallisuuden muotoja se tarjoaa asukkaille
par016-form-unused = mikään rakenne tai toimenpide ei tarjoa tätä osallisuuden muotoa: { $form }
par016-forms-unused = mikään rakenne tai toimenpide ei tarjoa näitä osallisuuden muotoja: { $rest } ja { $last }
par017-structure = rakenne { $id } '{ $name }'
par017-measure = toimenpide { $id } '{ $name }'
par017-no-languages = { $what } tarjoaa tieto-osallisuutta, mutta siihen ei ole kirjattu kieliä, joilla tieto tavoittaa asukkaat
par017-only-in = { $what } tarjoaa tieto-osallisuutta vain näillä kielillä: { $languages }
par018-measures-cite-no-need = { $total } toimenpiteestä { $count } ei vastaa mihinkään kuulemisessa esiin nousseeseen tarpeeseen: { $measures }
par019-only-dropped = tarve { $need } '{ $text }' (kuuleminen { $consultation }): { $count ->
    [one] ainoasta siihen vastanneesta toimenpiteestä on luovuttu
   *[other] kaikista siihen vastanneista toimenpiteistä on luovuttu
}: { $measures }

par020-no-money-no-time = { $subject }: ei ole varattu rahaa (resources.budget_eur) eikä aikaa ({ VALUE("co_design") }.time)
par020-no-money = { $subject }: rahaa ei ole varattu (resources.budget_eur)
par020-no-time = { $subject }: aikaa ei ole varattu ({ VALUE("co_design") }.time)
par021-not-open-to-change = { $subject }: ei kerrota, mitä palvelussa tai politiikassa voidaan muuttaa
par022-power-balance = { $subject }: ei kerrota, miten henkilöstön ja asukkaiden välinen valtaepätasapaino tunnistetaan ja tasoitetaan
par023-no-facilitator = { $subject }: vetäjää ei ole nimetty
par023-facilitator-without-experience = { $subject }: vetäjällä ({ $facilitator }) ei ole yhteistä identiteettiä yhteisön kanssa eikä kokemustietoa, eikä yhteisön jäsen ole toisena vetäjänä
par024-no-venue = { $subject }: kokoontumispaikkaa ei ole nimetty, joten sen esteettömyyttä ei tiedetä
par024-venue-not-accessible = { $subject }: kokoontumispaikka { $venue } ei ole esteetön
par024-venue-accessibility-unknown = { $subject }: ei kerrota, onko kokoontumispaikka { $venue } esteetön

par025-timing-unstated = { $subject }: ei kerrota, onko dialogi ennaltaehkäisevä, jännitteitä purkava vai sovintoa vahvistava
par026-no-common-interest = { $subject }: osapuolten kanssa selvitettyä yhteistä etua tai tavoitetta ei ole kirjattu
par027-facilitation-unstated = { $subject }: ei kerrota, miten dialogia vedetään niin, ettei mikään osapuoli hallitse toista
par028-no-authority-support = { $subject }: dialogilla ei ole julkisen vallan tukea (koollekutsuja ei ole viranomainen, eikä kohdassa `dialogue.supported_by` ole viranomaista)

par029-no-discussion-sessions = rakenteen { $id } '{ $name }' tiedonkeruukierros: keskustelutilaisuuksia ei ole; luettele ne kohdassa `cycle.discussion_sessions` tai nimeä tämä tilaisuus kuulemisten kohdassa `recognised_in`
par029-not-a-session = rakenteen { $id } '{ $name }' tiedonkeruukierros: rakenne ei ole päättäjätilaisuus (kind: { VALUE("decision_maker_session") })
par029-no-action-plan = rakenteen { $id } '{ $name }' tiedonkeruukierros: toimintasuunnitelma puuttuu; luettele kohdassa `cycle.action_plan` ne yhdestä neljään toimenpidettä, joista tilaisuudessa sovittiin
par029-no-feedback-survey = rakenteen { $id } '{ $name }' tiedonkeruukierros: tilaisuuden osallistujille tehtyä palautekyselyä ei ole kirjattu
par029-incomplete = rakenteen { $id } '{ $name }' tiedonkeruukierros on keskeneräinen
par030-action-plan-too-large = päättäjätilaisuus { $id } '{ $name }': toimintasuunnitelmassa on { $count ->
    [one] yksi toimenpide
   *[other] { $count } toimenpidettä
}; työkalun toimintasuunnitelmassa on yhdestä neljään toimenpidettä, jotka osallistujat toteuttavat itse
par031-no-next-round = rakenteen { $id } '{ $name }' tiedonkeruukierros: ei kerrota, milloin keskustelutilaisuudet toistetaan (`cycle.next_round`)
par031-next-round-overdue = rakenteen { $id } '{ $name }' tiedonkeruukierros: seuraavat keskustelutilaisuudet suunniteltiin päivälle { $next }, mutta suunnitelmassa ei ole myöhempiä tilaisuuksia eikä päättäjätilaisuutta

par032-no-items = mittari { $id } '{ $name }' käyttää ESIS-mittaria, mutta ei luettele sen väittämiä, joten goodrel ei voi varmistaa, ettei niitä ole muutettu
par032-wrong-count = mittari { $id } '{ $name }' luettelee { $count ->
    [one] yhden ESIS-väittämän
   *[other] { $count } ESIS-väittämää
}; ESIS-mittarissa on { $statements } väittämää
par032-out-of-order = mittarin { $id } kohta { $item } on ESIS-väittämä { $statement }, joten se on väärällä paikalla
par032-differs = mittarin { $id } kohta { $item } poikkeaa ESIS-väittämästä { $statement }
par032-not-a-statement = mittarin { $id } kohta { $item } ei ole mikään ESIS-mittarin väittämistä
