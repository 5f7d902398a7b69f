# Plan-muodon kenttien kuvaukset, jotka editori näyttää, kun kohdistin on avaimen päällä
# (`goodrel lsp`). Käännös tiedostosta locales/en/fields.ftl, joka tuotetaan skeemasta.

field-PlanFile-municipality = Kenen suunnitelma on. Tämä osio on täsmälleen yhdessä suunnitelman tiedostossa.

field-PlanFile-actors = Kaikki, jotka tekevät työtä tai osallistuvat siihen: kaupungin toimialat, hyvinvointialue, ELY-keskus tai elinvoimakeskus, järjestöt, seurakunnat, poliisi, yritykset.

field-PlanFile-services = Kotoutumisohjelma: kotoutumisen alkuvaiheen palvelut.

field-PlanFile-objectives = Mitä kunta haluaa saavuttaa, suunnittelun osa-alueittain.

field-PlanFile-measures = Mitä tehdään tavoitteiden saavuttamiseksi.

field-PlanFile-indicators = Miten edistymistä mitataan.

field-PlanFile-structures = Yhteistyöryhmät, neuvostot, työryhmät, yhteiskehittäminen ja dialogit.

field-PlanFile-consultations = Asukkaiden ja järjestöjen kuulemiset ja niissä esiin tulleet tarpeet.

field-PlanFile-links = Muut suunnitelmat ja ohjelmat, joihin tämä suunnitelma kytkeytyy.

field-PlanFile-reports = Kahden vuoden välein tehtävät raportit ELY-keskukselle tai elinvoimakeskukselle.

field-Municipality-name = Kunnan nimi, esim. "Oulu" tai "Raasepori / Raseborg".

field-Municipality-code = Tilastokeskuksen kuntanumero, esim. "564".

field-Municipality-regional_authority = Alueellinen valtion viranomainen, joka ottaa raportit vastaan: ELY-keskus (ennen vuotta 2026) tai alueellinen elinvoimakeskus (vuodesta 2026).

field-Municipality-wellbeing_services_county = Hyvinvointialue, johon kunta kuuluu.

field-Municipality-official_languages = Kunnan viralliset kielet, esim. `[fi, sv]` (tai `[fi]`); tulosteen kieli palautuu ensimmäiseen niistä (ks. docs/plan-format.fi.md).

field-Municipality-plan_period = Ajanjakso, jota suunnitelma koskee.

field-Municipality-approval = Mikä toimielin hyväksyi suunnitelman ja milloin.

field-Municipality-vision = Suunnitelman visio; osallisuus ja hyvät väestösuhteet kuuluvat sen ytimeen.

field-Municipality-coordinator = Kotouttamis- ja väestösuhdetyötä koordinoivan tahon toimijatunnus.

field-Municipality-planning = Miten suunnittelu on järjestetty: yksin, yhdessä muiden kuntien kanssa vai osana muuta suunnitelmaa.

field-Municipality-good_relations = Mitä kunta tarkoittaa hyvillä väestösuhteilla ja minkä ryhmien välillä.

field-Municipality-situation = Paikallinen maahanmuuttotilanne, johon suunnitelma perustuu.

field-Municipality-communication = Miten tavoitteista viestitään viranomaisille ja asukkaille.

field-Municipality-law_basis = Laki, jonka mukaan suunnitelma on laadittu: `681/2023` (vuodesta 2025 voimassa oleva kotoutumislaki) tai `1386/2010` aiemman lain aikana valmistellulle aineistolle. Oletus on 681/2023.

field-Municipality-budget = Kotouttamis- ja väestösuhdetyöhön varatut rahat: yksi merkintä tai luettelo, yksi kutakin lähdettä ja vuotta kohden, esim. `{"{"}amount_eur: 250000, source: valtion korvaus, year: 2026{"}"}`.

field-RegionalAuthority-kind = `{ VALUE("ely_centre", of: "RegionalAuthorityKind") }` (ennen vuotta 2026 laaditut suunnitelmat) tai `{ VALUE("vitality_centre", of: "RegionalAuthorityKind") }`.

field-RegionalAuthority-name = Viranomaisen nimi, esim. "Pohjois-Pohjanmaan ELY-keskus" tai "Pohjois-Suomen elinvoimakeskus".

field-RegionalAuthority-actor = Viranomaisen toimijatunnus, jos se on myös `actors`-luettelossa.

field-Approval-body = Esim. "kaupunginvaltuusto" / "City Council".

field-Approval-date = Hyväksymispäätöksen päivämäärä, VVVV-KK-PP.

field-Planning-mode = Suunnitteleeko kunta yksin, yhdessä muiden kanssa vai osana muuta suunnitelmaa.

field-Planning-document = Kun suunnittelu on osa muuta asiakirjaa: sen nimi.

field-Planning-timetable = Päättäjien aikataulu suunnitelman valmistelulle ja hyväksymiselle.

field-GoodRelationsScope-definition = Mitä kunta tarkoittaa väestöryhmien välisillä suhteilla.

field-GoodRelationsScope-groups = Mitä väestöryhmiä työ koskee.

field-Situation-summary = Lyhyt kuvaus paikallisesta maahanmuuttotilanteesta.

field-Situation-year = Vuosi, jota luvut kuvaavat.

field-Situation-source = Mistä luvut ovat peräisin, esim. "Tilastokeskus, väestörakenne 2024".

field-Situation-foreign_language_residents = Asukkaat, joiden äidinkieli ei ole suomi, ruotsi tai saame.

field-Situation-foreign_language_share_percent = Heidän osuutensa kaikista asukkaista prosentteina, kun lähde antaa osuuden eikä määrää ("4,6 %").

field-Situation-reasons = Miksi ihmiset ovat tulleet: turvapaikka, kiintiöpakolaisuus, opiskelu, työ, perhe.

field-Situation-by_reason = Asukkaat maahantulon syyn mukaan, esim. `{"{"}reason: { VALUE("work") }, share_percent: 34{"}"}`.

field-Situation-languages = Puhutuimmat kielet virallisten kielten jälkeen, esim. `{"{"}language: ru, residents: 4100{"}"}`.

field-Situation-ages = Asukkaat ikäryhmittäin, esim. `{"{"}ages: "0-17", share_percent: 27{"}"}`.

field-Situation-employment = Maahanmuuttajataustaisten asukkaiden työllisyys.

field-Situation-sources = Tilannekuvan muut lähteet.

field-ReasonFigure-reason = Maahantulon syy.

field-ReasonFigure-residents = Asukkaiden määrä.

field-ReasonFigure-share_percent = Heidän osuutensa maahanmuuttajataustaisista asukkaista prosentteina.

field-LanguageFigure-language = Kieli ISO 639 -koodina (esim. `ru`, `ar`, `so`) tai nimenä.

field-LanguageFigure-residents = Asukkaiden määrä.

field-LanguageFigure-share_percent = Heidän osuutensa vieraskielisistä asukkaista prosentteina.

field-AgeFigure-ages = Ikäryhmä lähteen tapaan kirjoitettuna, esim. "0-17", "18-64", "65+".

field-AgeFigure-residents = Asukkaiden määrä.

field-AgeFigure-share_percent = Heidän osuutensa maahanmuuttajataustaisista asukkaista prosentteina.

field-EmploymentFigures-employment_rate_percent = Työikäisten maahanmuuttajataustaisten asukkaiden työllisyysaste prosentteina.

field-EmploymentFigures-unemployment_rate_percent = Maahanmuuttajataustaisten työnhakijoiden työttömyysaste prosentteina.

field-EmploymentFigures-unemployed_jobseekers = Työttömien maahanmuuttajataustaisten työnhakijoiden määrä.

field-Budget-amount_eur = Summa euroina, esim. 120000.

field-Budget-source = Mistä rahat tulevat, esim. "kaupungin budjetti", "valtion korvaus", "AMIF".

field-Budget-year = Talousarviovuosi; jätä pois, kun summa kattaa koko suunnitelmakauden.

field-Actor-id = Lyhyt yksilöivä tunnus, jolla tähän toimijaan viitataan, esim. `youth-services`.

field-Actor-name = Toimijan nimi niin kuin asukkaat sen tuntevat, esim. "Nuorisopalvelut".

field-Actor-kind = Millainen toimija on: kunnan toimiala, hyvinvointialue, järjestö ja niin edelleen.

field-Actor-level = Paikallinen, alueellinen, kansallinen tai kansainvälinen.

field-Actor-sector = Kunnan toimialalle tai palveluntuottajalle: toimiala, jolla se toimii.

field-Service-id = Lyhyt yksilöivä tunnus, jolla tähän palveluun viitataan, esim. `civic-orientation`.

field-Service-name = Palvelun nimi, esim. "Monikielinen yhteiskuntaorientaatio".

field-Service-kind = Millainen palvelu on: kotoutumisohjelman palvelu (oletus) tai tulkkaus tai pakolaisten vastaanotto, jotka tukevat ohjelmaa mutta eivät ole mikään sen kuudesta osasta.

field-Service-component = Mikä kotoutumisohjelman kuudesta vähimmäissisällön osasta tämä palvelu on; pakollinen ohjelman palvelulle, jätetään pois tulkkaukselta ja vastaanotolta.

field-Service-responsible = Palvelusta vastaavan toimijan tunnus.

field-Service-cooperation = Niiden muiden palveluntuottajien toimijatunnukset, joiden kanssa palvelu tehdään yhteistyössä.

field-Service-target_groups = Väestöryhmät, joille palvelu on tarkoitettu, esim. `[{ VALUE("immigrants") }, { VALUE("refugees") }]`.

field-Service-languages = Kielet, joilla palvelua tarjotaan, esim. `[fi, en, ar, so]` (tai yksi kieli).

field-Service-client_language = Tosi (true), kun palvelu annetaan asiakkaan omalla kielellä, oli se mikä tahansa (tarvittaessa tulkin avulla), eikä luetelluilla kielillä.

field-Service-language_count = Monellako kielellä palvelua tarjotaan, kun suunnitelma antaa luvun eikä kieliä ("kymmenellä kielellä": `language_count: 10`).

field-Service-description = Mitä palvelu tarjoaa ja miten siihen pääsee, parilla lauseella.

field-Objective-id = Lyhyt yksilöivä tunnus, jolla tähän tavoitteeseen viitataan, esim. `O1`.

field-Objective-area = Suunnittelun osa-alue, johon tavoite kuuluu, tai luettelo niistä, jos tavoite palvelee useaa, esim. `[{ VALUE("employment_and_education") }, { VALUE("inclusion_and_equality") }]`.

field-Objective-statement = Mitä kunta haluaa saavuttaa, yhdellä lauseella.

field-Objective-theme = Ohjelman oma teema, jonka alle tavoite on kirjoitettu lakisääteisen `area`-kentän rinnalla, esim. "Työ ja osaaminen".

field-Objective-indicators = Niiden mittarien tunnukset, joilla tämän tavoitteen edistymistä mitataan.

field-Objective-national_objective = Kansallinen tavoite (esim. valtion kotouttamisohjelman VALKO:n), jota tämä tavoite vie paikalliseksi toiminnaksi.

field-Measure-id = Lyhyt yksilöivä tunnus, jolla tähän toimenpiteeseen viitataan, esim. `M12`.

field-Measure-title = Toimenpiteen nimi, esim. "Kielikahvila".

field-Measure-description = Mitä tehdään, kenelle ja miten, parilla lauseella; goodrel lukee sen sijoittaakseen toimenpiteen pyramidiin, kun `level` ja `kind` puuttuvat.

field-Measure-objectives = Niiden tavoitteiden tunnukset, joita tämä toimenpide palvelee, esim. `[O1, O3]`.

field-Measure-responsible = Toimenpiteen toteuttamisesta vastaavan toimijan tunnus.

field-Measure-partners = Niiden kumppanien toimijatunnukset, joiden kanssa toimenpide tehdään, esim. `[library, red-cross]`.

field-Measure-described_partners = Kumppanit, jotka suunnitelma kuvaa nimeämättä ("paikalliset yhdistykset ja yritykset"), kukin lajeineen, esim. `[{"{"}kind: { VALUE("association") }, text: paikalliset yhdistykset{"}"}]`.

field-Measure-sector = Kunnan toimiala tai palvelualue, johon toimenpide kuuluu.

field-Measure-target_groups = Väestöryhmät, joille toimenpide on tarkoitettu, esim. `[{ VALUE("immigrants") }, { VALUE("young_people") }]`; `{ VALUE("all_residents") }` merkitsee kaikille asukkaille tarkoitettua (valtavirtaistettua) toimenpidettä.

field-Measure-level = Pyramidin taso; päätellään muista kentistä, kun se puuttuu.

field-Measure-kind = Millaisesta toiminnasta on kyse.

field-Measure-tags = Vapaat avainsanat, jotka kuvaavat tarkoitusta, esim. `[dialogi, sovittelu]`.

field-Measure-timetable = Milloin toimenpide alkaa ja (jos se ei ole jatkuva) päättyy.

field-Measure-funding = Mistä toimenpiteen rahat tulevat ja mitä ne kattavat.

field-Measure-budget = Toimenpiteen talousarvio: yksi merkintä tai luettelo, yksi kutakin lähdettä ja vuotta kohden, esim. `{"{"}amount_eur: 15000, source: kaupungin budjetti, year: 2026{"}"}`.

field-Measure-answers = Niiden kuulemisissa esiin tulleiden tarpeiden tunnukset, joihin tämä toimenpide vastaa.

field-Measure-participation = Osallisuuden muodot, jotka asukkailla on tässä toimenpiteessä, esim. `[{ VALUE("planning", of: "ParticipationForm") }, { VALUE("implementation", of: "ParticipationForm") }]`.

field-Measure-status = Onko toimenpide suunniteltu, käynnissä, tehty vai luovuttu.

field-Measure-languages = Kielet, joilla toimenpide tavoittaa asukkaat, esim. `[fi, en, ar, so]`; tiedottamiseen perustuvassa osallisuudessa juuri monikielinen tieto mahdollistaa jokaisen ryhmän osallistumisen.

field-Measure-dialogue = Lajin `{ VALUE("dialogue", of: "MeasureKind") }` toimenpiteelle: dialogin edellytykset (CoE-MLG osa III, dialogi osallisuuden ja hyvien väestösuhteiden edistämisessä).

field-DescribedPartner-kind = Millainen toimija se on, esim. `{ VALUE("association") }` tai `{ VALUE("business") }`.

field-DescribedPartner-text = Suunnitelman omat sanat siitä, esim. "paikalliset yhdistykset ja yritykset".

field-Timetable-start = Milloin toimenpide alkaa: päivämäärä tai vuosi (luetaan sen 1. tammikuuta). Jätä pois pysyvältä toimenpiteeltä, joka oli käynnissä jo ennen suunnitelmaa.

field-Timetable-end = Milloin se päättyy: päivämäärä tai vuosi (luetaan sen 31. joulukuuta). Jätä pois tai merkitse `ongoing: true` pysyvälle toimenpiteelle.

field-Timetable-ongoing = Pysyvä toimenpide ilman päättymispäivää (esim. vakiintunut palvelu tai vuosittainen tapahtuma).

field-Funding-source = Mistä rahat tulevat, esim. "kaupungin budjetti", "valtion korvaus", "AMIF".

field-Funding-amount_eur = Summa euroina, esim. 12000.

field-Funding-covers = Mitä rahalla maksetaan itse toimenpiteen lisäksi.

field-DialogueConditions-timing = Missä jännitteiden vaiheessa dialogi käydään.

field-DialogueConditions-common_interest = Yhteinen etu tai tavoite, joka on selvitetty osapuolten kanssa.

field-DialogueConditions-facilitation = Miten dialogia fasilitoidaan niin, ettei mikään osapuoli hallitse toista.

field-DialogueConditions-supported_by = Sitä tukevien julkisten viranomaisten toimijatunnukset (esim. pormestarin toimisto, kaupunginhallitus). Julkisen viranomaisen koolle kutsumalla dialogilla tuki on jo olemassa.

field-Indicator-id = Lyhyt yksilöivä tunnus, jolla tähän mittariin viitataan, esim. `I3`.

field-Indicator-name = Mitä mitataan, esim. "Vieraskielisten työllisyysaste".

field-Indicator-unit = Arvojen yksikkö, esim. "%", "henkilöä" tai "pisteet 1–5".

field-Indicator-source = Mistä tieto tulee, esim. "Tilastokeskus", "kouluterveyskysely".

field-Indicator-baseline = Arvo suunnitelmakauden alussa ja sen mittauspäivä.

field-Indicator-target = Arvo, johon suunnitelma pyrkii, ja päivä, johon mennessä se pitäisi saavuttaa.

field-Indicator-values = Mitatut arvot ajan mittaan.

field-Indicator-frequency = Kuinka usein mitataan.

field-Indicator-instrument = Vakiintunut mittausväline, jota mittari käyttää, esim. `esis`.

field-Indicator-items = Kyselymittarille: kysytyt väittämät järjestyksessä.

field-Indicator-items_language = Kieli, jolla `items` on kirjoitettu (oletus `en`). goodrel voi varmistaa ESIS-väittämien muuttumattomuuden vain CoE-oppaan englanninkielisestä muotoilusta.

field-Indicator-reported_for = Raportoidaanko tulokset ryhmittäin vai käytetäänkö niitä yksittäisten asiakkaiden arviointiin. ESIS on validoitu vain ryhmille.

field-Indicator-scale_points = Montako kohtaa vastausasteikossa on (ESIS käyttää viisiportaista samanmielisyysasteikkoa).

field-Measurement-value = Mitattu (tai tavoiteltu) arvo mittarin yksikössä.

field-Measurement-date = Milloin mitattiin (tai mihin mennessä arvo pitäisi saavuttaa), VVVV-KK-PP.

field-Structure-id = Lyhyt yksilöivä tunnus, jolla tähän rakenteeseen viitataan, esim. `cooperation-group`.

field-Structure-name = Rakenteen nimi, esim. "Maahanmuuttajaneuvosto".

field-Structure-kind = Millainen rakenne on: yhteistyöryhmä, neuvosto, työryhmä, yhteiskehittämisen prosessi ja niin edelleen.

field-Structure-convener = Koolle kutsuvan toimijan tunnus.

field-Structure-members = Jäsenorganisaatioiden toimijatunnukset, esim. `[youth-services, red-cross]`.

field-Structure-groups = Väestöryhmät, jotka siinä ovat edustettuina, esim. `[{ VALUE("immigrants") }, { VALUE("roma") }]`.

field-Structure-member_counts = Sen jäsenet ryhmittäin laskettuina, kun jäsenet ovat ihmisiä eivätkä organisaatioita ("6 maahanmuuttajataustaista asukasta ja 6 viranhaltijaa"), esim. `[{"{"}count: 6, group: { VALUE("immigrants") }{"}"}, {"{"}count: 6, who: kaupungin viranhaltijat{"}"}]`.

field-Structure-remit = Suunnittelun osa-alueet, joilla se toimii, esim. `[{ VALUE("good_relations") }]`.

field-Structure-meets = Kuinka usein se kokoontuu.

field-Structure-meetings_per_year = Montako kertaa vuodessa se kokoontuu, kun suunnitelma antaa luvun ("noin viisi kokousta vuodessa": `meetings_per_year: 5`); luetaan `meets`-kentän sijaan, jos molemmat on annettu.

field-Structure-description = Mikä se on ja mitä se tekee, parilla lauseella; goodrel lukee sen nimen ja toimivallan kanssa sijoittaakseen rakenteen pyramidiin.

field-Structure-mandate = Mitä se voi päättää, ehdottaa tai panna vireille.

field-Structure-languages = Kielet, joilla se toimii, esim. `[fi, en]`; tulkkaus lasketaan mukaan.

field-Structure-resources = Sen talousarvio, kokouspalkkiot ja sihteerituki.

field-Structure-transparency = Ovatko kokoonpano, käsittely ja tulokset julkisia.

field-Structure-participation = Jäsenten osallisuuden muodot: tieto, aloitteet, suunnittelu, päätöksenteko, toteutus, arviointi.

field-Structure-level = Hallinnon taso, jolla se toimii; jos se puuttuu, alueellinen yhteistyöryhmä on alueellinen ja muut paikallisia. Merkitse se esim. alueelliselle ETNOlle (alueellinen) tai Hyvien väestösuhteiden foorumille (kansallinen), joihin kunta osallistuu.

field-Structure-focus_issues = Neuvostolle: kysymykset, joihin se keskittyy, kausittain (merkityksellisen osallisuuden rakenne).

field-Structure-rights = Mihin sillä on oikeus, esim. [{ VALUE("initiatives_to_council") }, { VALUE("information", of: "StructureRight") }, { VALUE("strategy_participation") }].

field-Structure-linked_to = Niiden rakenteiden tunnukset, joihin se on kytketty, esim. neuvosto, joka on kytketty kotoutumista ja väestösuhteita suunnittelevaan ja seuraavaan yhteistyöryhmään.

field-Structure-membership = Neuvostolle: miten jäsenet ja puheenjohtaja valitaan.

field-Structure-skills_development = Neuvostolle: miten jäsenten osaamista kehitetään, esim. ["koulutus kunnallisesta päätöksenteosta", "opintomatka"].

field-Structure-co_design = Yhteiskehittämisen prosessille: sen edellytykset (CoE-MLG osa III, yhteiskehittämisen edellytykset).

field-Structure-dialogue = Dialogille: sen edellytykset (CoE-MLG osa III, dialogi osallisuuden ja hyvien väestösuhteiden edistämisessä).

field-Structure-cycle = Päättäjäkeskustelulle: oikeusministeriön väestösuhteiden tiedonkeruun kierros, johon se kuuluu (keskustelutilaisuudet, tämä tilaisuus ja sen toimintasuunnitelma, palautekysely, seuraava kierros).

field-MemberCount-count = Montako jäsentä.

field-MemberCount-group = Väestöryhmä, josta he tulevat, esim. `{ VALUE("immigrants") }`.

field-MemberCount-who = Keitä he ovat, kun mikään väestöryhmä ei sitä kerro, esim. "kaupungin viranhaltijat".

field-Resources-budget_eur = Sen vuosittainen talousarvio euroina.

field-Resources-meeting_fees = Maksetaanko jäsenille kokouspalkkioita.

field-Resources-secretariat = Kuka antaa sihteeritukea.

field-Transparency-composition_public = Julkaistaanko sen jäsenet.

field-Transparency-minutes_public = Julkaistaanko sen pöytäkirjat tai tulokset.

field-FocusIssues-period = Kausi; jos se puuttuu, kysymykset koskevat koko suunnitelmakautta.

field-FocusIssues-issues = Kysymykset, kukin muutamalla sanalla, esim. "nuorten työllisyys".

field-Membership-diversity = Monimuotoisuuden lajit, joita rekrytoinnissa tavoitellaan, esim. [{ VALUE("languages", of: "DiversityDimension") }, { VALUE("religions", of: "DiversityDimension") }, { VALUE("gender", of: "DiversityDimension") }].

field-Membership-chair = Mitä puheenjohtajalta edellytetään, esim. "tehtäväalueen asiantuntemus, viestintätaidot".

field-Membership-expertise = Jäseniltä haettu asiantuntemus ja motivaatio.

field-CoDesignConditions-time = Varattu aika, esim. "kuusi työpajaa syyskuusta 2026 helmikuuhun 2027". Raha on rakenteen `resources.budget_eur`.

field-CoDesignConditions-open_to_change = Mitä prosessi voi aidosti muuttaa, esim. "palvelun aukioloajat ja muoto".

field-CoDesignConditions-power_balance = Miten henkilöstön ja asukkaiden välinen valtaepätasapaino tunnistetaan ja tasapainotetaan.

field-CoDesignConditions-facilitator = Kuka fasilitoi prosessia.

field-CoDesignConditions-venue = Missä tapaamiset pidetään.

field-Facilitator-name = Fasilitaattorin nimi tai organisaatio.

field-Facilitator-experiential_knowledge = Jakaako fasilitaattori yhteisön identiteetin tai onko hänellä asiasta kokemustietoa.

field-Facilitator-co_lead = Kokemustietoa omaava yhteisön jäsen, joka vetää prosessia rinnalla.

field-Venue-name = Paikan nimi, esim. kirjasto tai asukastalo.

field-Venue-accessible = Onko paikka esteetön, helposti saavutettava ja osallistujille mukava.

field-DataCollectionCycle-held = Milloin päättäjäkeskustelu pidettiin (tai pidetään).

field-DataCollectionCycle-discussion_sessions = Niiden keskustelutilaisuuksien kuulemistunnukset, joiden tuloksia tilaisuudessa käsiteltiin (myös kuulemiset, joiden `recognised_in` nimeää tämän rakenteen, lasketaan).

field-DataCollectionCycle-action_plan = Tilaisuudessa sovitun toimintasuunnitelman toimenpidetunnukset: yhdestä neljään toimenpidettä.

field-DataCollectionCycle-feedback_survey = Kysely, johon osallistujat vastasivat tilaisuuden lopuksi.

field-DataCollectionCycle-next_round = Milloin keskustelutilaisuudet toistetaan väestösuhteiden ja toimenpiteiden seuraamiseksi.

field-FeedbackSurvey-date = Milloin kyselyyn vastattiin, VVVV-KK-PP.

field-FeedbackSurvey-respondents = Montako osallistujaa vastasi.

field-FeedbackSurvey-summary = Mitä se osoitti tai mistä sen tulokset löytyvät.

field-Consultation-id = Lyhyt yksilöivä tunnus, jolla tähän kuulemiseen viitataan, esim. `C1`.

field-Consultation-title = Kuulemisen nimi, esim. "Somalinkielisten perheiden kuuleminen".

field-Consultation-date = Milloin se pidettiin: päivämäärä tai niin tarkasti kuin lähteet kertovat (vuosi `2023`, vuodet `"2023–2024"` tai `{"{"}during: { VALUE("planning", of: "PlanPhase") }{"}"}`).

field-Consultation-method = Miten asukkaita kuultiin: kohderyhmä, keskustelutilaisuus, kysely, kuulemistilaisuus, työpaja.

field-Consultation-organiser = Järjestäjän toimijatunnus.

field-Consultation-groups = Kuullut väestöryhmät, esim. `[{ VALUE("immigrants") }, { VALUE("young_people") }]`.

field-Consultation-organisations = Kuultujen järjestöjen toimijatunnukset.

field-Consultation-languages = Kielet, joilla se pidettiin, esim. `[fi, so, ar]`.

field-Consultation-participants = Montako ihmistä osallistui.

field-Consultation-needs = Siinä esiin tulleet tarpeet.

field-Consultation-recognised_in = Niiden rakenteiden tunnukset, joissa sen tuloksista keskusteltiin päättäjien kanssa.

field-Consultation-feedback = Miten osallistujille kerrottiin, mitä heidän sanomastaan seurasi, esim. `{"{"}date: 2025-11-01, how: "kirje ja verkkosivu neljällä kielellä"{"}"}` (PAR035).

field-Need-id = Lyhyt yksilöivä tunnus, johon tähän tarpeeseen vastaavat toimenpiteet viittaavat (niiden `answers`), esim. `N1`.

field-Need-need = Tarve osallistujien omin sanoin, yhdellä lauseella.

field-ConsultationFeedback-date = Milloin osallistujille kerrottiin, VVVV-KK-PP.

field-ConsultationFeedback-how = Miten heille kerrottiin, esim. "jatkotapaaminen" tai "kirje tilaisuuden kielillä".

field-Link-id = Lyhyt yksilöivä tunnus, jolla tähän linkkiin viitataan, esim. `strategy`.

field-Link-kind = Mikä linkitetty asiakirja on, tai luettelo yhdistetylle asiakirjalle, esim. `[{ VALUE("non_discrimination_plan") }, { VALUE("gender_equality_plan") }]` yhdenvertaisuus- ja tasa-arvosuunnitelmalle.

field-Link-title = Linkitetyn suunnitelman nimi, esim. "Oulun kaupunkistrategia 2030".

field-Link-url = Missä linkitetty suunnitelma on julkaistu.

field-Link-approved = Milloin linkitetty asiakirja on hyväksytty, esim. 2024-12-16. Nimi ja päivämäärä, `url` tai `file` yksilöivät asiakirjan.

field-Link-file = Linkitetty asiakirja suunnitelman tietovaraston tiedostona, esim. `docs/kotoutumisohjelma-2025.pdf`.

field-Link-period = Ajanjakso, jota linkitetty suunnitelma koskee.

field-Link-mainstreaming = Miten tämä suunnitelma ottaa maahanmuuttajat ja kotoutuja-asiakkaat huomioon (valtavirtaistaminen).

field-Link-level = Hallinnon taso, johon linkitetty ohjelma kuuluu; jos se puuttuu, se päätellään (ensimmäisestä) lajista (esim. `valko` kansallinen, `{ VALUE("regional_etno") }` alueellinen, `{ VALUE("security_plan") }` paikallinen).

field-Link-law_basis = Vanhemmalle asiakirjalle: laki, jonka mukaan se on laadittu (`681/2023` tai `1386/2010`).

field-Report-id = Lyhyt yksilöivä tunnus, jolla tähän raporttiin viitataan, esim. `report-2025`.

field-Report-period = Kahden vuoden jakso, josta raportoidaan.

field-Report-submitted = Milloin raportti lähetettiin; jätä pois, kun raporttia vielä kirjoitetaan.

field-Report-to = Viranomainen, jolle se lähetettiin (ELY-keskus / elinvoimakeskus).

field-Report-contents = Mitä raportti sanoo kustakin viidestä vaaditusta sisällöstä.

field-ReportContents-objectives_achieved = Miten suunnitelman tavoitteet on saavutettu.

field-ReportContents-measures_implemented = Mitkä toimenpiteet on toteutettu.

field-ReportContents-equal_access = Miten palvelujen yhdenvertainen saatavuus on turvattu.

field-ReportContents-financial_resources = Työhön käytetyt taloudelliset resurssit.

field-ReportContents-effectiveness = Kuinka vaikuttavia toimenpiteet ovat olleet.
