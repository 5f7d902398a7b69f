# Reglernas texter (integrationslagen): för varje regel säger värdet vad den kontrollerar,
# .rationale varför det är viktigt och varför regeln har denna allvarlighet, .help hur en
# iakttagelse åtgärdas. Id:na är reglernas id.

IA001 = Planen beskriver inga tjänster i integrationens inledande skede (integrationsprogrammet).
    .rationale = Enligt 13 § ska kommunen ha ett integrationsprogram som beskriver tjänsterna i det inledande skedet, och sedan 2025 är den statliga ersättningen beroende av det. En plan utan tjänster kan inte visa att programmet finns. Fel: lagstadgat.
    .help = Lägg till avsnittet `services:` med programmets tjänster, var och en med sin del (`component`), sin ansvariga aktör och de tjänsteproducenter den samarbetar med.

IA006 = Integrationsprogrammet är ett eget dokument och dess tjänster finns inte i planen, så programmets sex delar kontrollerades inte.
    .rationale = Många kommuner har integrationsprogrammet enligt 13 § som ett eget dokument, skilt från planen enligt 45 §. Planen hänvisar då till programmet (`kind: integration_programme`) i stället för att räkna upp dess tjänster. Det är lagligt, men goodrel kan kontrollera programmets minimiinnehåll (IA001–IA005) bara utifrån tjänster som står i planen. I stället för att rapportera varje del som saknad säger goodrel en gång att delarna inte kontrollerades. Anmärkning: inget är fel, något lämnades okontrollerat.
    .help = Om även programmet ska kontrolleras, för in dess tjänster under `services:` (var och en med `component`, `responsible` och `cooperation`), i denna plan eller i en egen fil.

IA002 = En av integrationsprogrammets sex delar i minimiinnehållet saknar tjänst.
    .rationale = Lagen anger sex delar som varje program ska innehålla: bedömning av kompetens och behovet av integrationstjänster, integrationsplan, flerspråkig samhällsorientering, integrationsutbildning och slutbedömning av språkkunskaperna, annan utbildning och andra tjänster som främjar kompetens och sysselsättning samt vägledning och rådgivning under integrationsprogrammet. Varje del som saknas är ett eget fel.
    .help = Lägg till en tjänst med `component:` satt till den del som saknas och ange vem som tillhandahåller den. En tjänst som inte är någon av de sex (tolkning, mottagning av flyktingar) får i stället `kind: interpreting` eller `kind: reception`.

IA003 = En tjänst i integrationsprogrammet har ingen ansvarig aktör.
    .rationale = Enligt 13 § är integrationsprogrammet ett dokument som för varje tjänst i det inledande skedet anger vilken aktör som ansvarar för den. Ansvaret måste ligga rätt: arbetskraftsmyndigheten ordnar programmets tjänster för invandrare som är arbetssökande och för integrationskunder, kommunen för de övriga (kotoutuminen.fi). Ett företag eller en organisation kan producera en tjänst på avtal men är inte ansvarig för den. Därför rapporteras (en gång, med tjänsterna uppräknade) en programtjänst vars ansvariga aktör är ett företag eller en medborgarorganisation, likaså en tjänst enbart för arbetssökande (`target_groups: [employment_services_clients]`) som en annan myndighet ansvarar för, och ett program där arbetskraftsmyndigheten inte förekommer alls, varken som ansvarig för eller samarbetspartner i någon tjänst. Efter reformen av arbetskraftsservicen 2025 är arbetskraftsmyndigheten oftast kommunens eget sysselsättningsområde, så en aktör med `kind: employment_authority` räknas, liksom en aktör med `municipal_sector` och `sector: employment`. Fel: programmets lagstadgade innehåll.
    .help = Lägg till `responsible:` med id för den myndighet som ordnar tjänsten: arbetskraftsmyndigheten för arbetssökande och integrationskunder, kommunen för de övriga. Ett företag eller en organisation som producerar tjänsten anges i stället under `cooperation:`.

IA004 = En tjänst i integrationsprogrammet har ingen samarbetande tjänsteproducent.
    .rationale = Sedan reformen 2025 kräver 13 § att programmet beskriver inte bara tjänsterna och vem som ansvarar för dem utan också samarbetet med andra tjänsteproducenter; att stärka det sektorsövergripande samarbetet var ett huvudsyfte med reformen. Samarbetet beskrivs tjänst för tjänst, så varje tjänst i programmet som inte anger någon annan producent än sin egen ansvariga aktör rapporteras – i en iakttagelse som räknar upp dem, vid den första. Att en tjänst på annat håll samarbetar väger inte upp för de andra. Fel: programmets lagstadgade innehåll.
    .help = Lägg till `cooperation:` i tjänsterna med id för de andra producenter som var och en samarbetar med (t.ex. välfärdsområdet, FPA, läroanstalter, organisationer).

IA007 = Samhällsorienteringen anger inte på vilka språk den ges.
    .rationale = Den tredje delen av programmet enligt 13 § är *flerspråkig* samhällsorientering. En samhällsorientering som inte anger några språk, eller bara ett, visar inte att den är flerspråkig. Tjänsten visar det med `languages:` med två eller fler språk, eller med `client_language: true` när den ges på varje kunds eget språk (vid behov med tolk). En iakttagelse som räknar upp tjänsterna. Fel: programmets lagstadgade innehåll. (Ett program helt utan samhällsorientering är IA002:s iakttagelse.)
    .help = Lägg till `languages:` i samhällsorienteringen med de språk den ges på (t.ex. `[ar, so, fa, uk, ru, en]`), eller `client_language: true` om den ges på varje kunds eget språk.

IA005 = En grupp i den utvidgade målgruppen för bedömningen av servicebehovet nämns inte i någon bedömningstjänst.
    .rationale = Den reviderade lagen utvidgar kretsen av dem som ska erbjudas en bedömning av kompetens och behovet av integrationstjänster: utöver invandrare som är kunder i arbetskraftsservicen också de vars första uppehållstillstånd är mindre än tre år gammalt, de som får annat än tillfälligt utkomststöd, de som får stöd för hemvård av barn, personer med flyktingstatus, de som kommit som ensamkommande minderåriga, offer för människohandel och andra som bedöms behöva tjänster. Enligt guiden kräver det nya arbetssätt att nå de nya grupperna, så programmet bör visa hur var och en nås. De grupper som saknas i alla bedömningstjänster rapporteras i en iakttagelse, vid den första bedömningstjänsten. ”Andra som bedöms behöva tjänster” kontrolleras inte: det är de som en bedömning identifierar, inte en grupp som en tjänst kan räkna upp. Fel: lagstadgat.
    .help = För in gruppen i `target_groups` i den tjänst med `component: needs_assessment` som når den (eller lägg till en tjänst som gör det).

IA010 = Ett av de fem lagstadgade planeringsområdena saknar mål.
    .rationale = Enligt 45 § ska kommunen fastställa mål, åtgärder, ansvariga aktörer, samarbete och uppföljning för fem områden: sysselsättning och utbildning; välfärd, hälsa och boende; delaktighet, likabehandling och jämlikhet; möjlighet att upprätthålla det egna språket och den egna kulturen; goda relationer mellan befolkningsgrupper. Ett område utan mål saknas i planen. Ett fel per område.
    .help = Lägg till ett mål med `area:` satt till det område som saknas (t.ex. `area: good_relations`).

IA011 = Ett mål har ingen åtgärd.
    .rationale = Enligt 45 § ska varje områdes mål ha åtgärder; ett mål som ingen åtgärd tjänar anger en strävan utan att säga hur den ska nås. En enda åtgärd som anges för alla fem lagstadgade områden är inte en åtgärd för vart och ett av dem: den rapporteras en gång, vid åtgärden, och de mål som bara den tjänar rapporteras inte på nytt. Fel: lagstadgat.
    .help = Lägg till målets id i `objectives:` i de åtgärder som tjänar det, eller lägg till en åtgärd för det; en åtgärd som anges för alla områden bör delas upp i åtgärder som var och en tjänar de områden de verkligen gäller.

IA015 = En åtgärd tjänar inget mål i planen.
    .rationale = Enligt 45 § planeras åtgärderna för varje områdes mål. En åtgärd utan mål kan vara värdefull, men planen säger inte vad den strävar efter, så den hör inte till något område och dess resultat kan inte rapporteras mot något mål. Anmärkning: lagen förbjuder inte annat arbete; planen tappar bara bort det.
    .help = Lägg till `objectives:` i åtgärden med id för de mål den tjänar.

IA012 = En åtgärd har ingen ansvarig aktör.
    .rationale = Enligt 45 § ska åtgärderna inom varje planeringsområde ha ansvariga aktörer; en åtgärd som ingen ansvarar för blir sällan genomförd. Fel: lagstadgat.
    .help = Lägg till `responsible:` med id för den aktör som genomför åtgärden.

IA013 = Ett lagstadgat planeringsområde har åtgärder, men ingen av dem anger någon annan samarbetspartner än sin egen ansvariga aktör.
    .rationale = Sedan reformen kräver 45 § att kommunen för varje område fastställer inte bara mål, åtgärder och ansvariga aktörer utan också samarbetet mellan aktörerna. Ett område vars åtgärder alla genomförs utan namngiven partner visar inget samarbete; en partner som är åtgärdens egen ansvariga aktör är inte heller samarbete. Områden som tjänas av samma åtgärder blir en iakttagelse (en åtgärd som anges för alla områden är ett misstag), placerad vid åtgärdens `partners` när den bara anger sig själv, annars vid områdets första mål. Fel: lagstadgat. (Områden utan mål eller åtgärder rapporteras av IA010 och IA011; ett område vars partner alla är stadens egna enheter är IA008:s varning.)
    .help = Lägg till `partners:` i områdets åtgärder med id för de aktörer som var och en genomförs tillsammans med.

IA008 = Ett planeringsområdes åtgärder involverar bara stadens egna enheter och beslutsfattare.
    .rationale = Enligt 45 § ska varje område ha samarbete, och Europarådets guide beskriver det som samarbete över sektorer och nivåer: välfärdsområdet, arbetskraftsmyndigheten, FPA, läroanstalter, organisationer, samfund och företag. När stadens enheter arbetar med varandra är det också ett slags samarbete, så det här är inte IA013:s fel; men ett område där alla ansvariga aktörer och partner är stadens enheter (`kind: municipal_sector` eller `decision_makers`) tar inte in någon utanför staden. En egen regel med eget id, eftersom en regel har en allvarlighet och detta är ett råd, inte lagens minimikrav; regeln är tyst där IA013 redan rapporterar området. En iakttagelse som räknar upp områdena. Varning: rekommendation.
    .help = Lägg till en partner utanför staden i områdets åtgärder under `partners:` (t.ex. välfärdsområdet, FPA, en läroanstalt, en organisation eller ett samfund).

IA014 = Ett mål anger ingen indikator som mäter framstegen.
    .rationale = Enligt 45 § hör uppföljningen till kommunens planeringsskyldighet, och de indikatorer som mäter framstegen mot målen ska anges. Ett mål utan indikator kan inte följas upp eller rapporteras; inte heller ett mål vars alla indikatorer saknar utgångsläge eller målnivå, eftersom framsteg är avståndet från det ena mot det andra. Fel (lagstadgat): ett mål utan indikator, eller utan någon indikator som har både utgångsläge och målnivå – en indikator som saknar utgångsläge och målnivå rapporteras en gång, med de mål den lämnar omätta. Resten av en god uppföljning (en källa, datum inom planperioden, inte en indikator för alla områden) är en rekommendation och MLG009:s varning.
    .help = Lägg till `indicators:` i målet med id för de indikatorer (under `indicators`) som mäter det, och ge minst en av dem `baseline` och `target` (vardera med `value` och `date`).

IA016 = Planen visar inte hur kommunstrategin beaktar invandrare och integrationskunder.
    .rationale = Hur planeringen än är ordnad kräver 45 § att kommunen beaktar integrationskunder och invandrare i sina strategiska planer, till exempel kommunstrategin, så att integrationen integreras i alla sektorers planering. Planen visar detta med en länk av typen `municipal_strategy` vars `mainstreaming` säger hur. Ett ord eller två (”x”, ”ja”) säger ingenting, så texten måste vara minst 60 tecken lång och peka på var strategin gör det: ett mål, ett avsnitt, ett kapitel eller ett beslut, med ett nyckelord (goal, section, chapter, decision, §; tavoite, luku, kohta, päätös, linjaus; mål, avsnitt, kapitel, beslut) eller ett nummer. goodrel kan inte bedöma innehållet; detta minimikrav utesluter bara den tomma gesten. Fel: lagstadgat.
    .help = Lägg till en länk med `kind: municipal_strategy` och en `mainstreaming:`-text på en mening eller två som säger hur strategin beaktar invandrare och integrationskunder och nämner det mål, avsnitt eller beslut i strategin som gör det.

IA017 = Planen visar inget samarbete med välfärdsområdet.
    .rationale = Enligt 45 § ska kommunens integrationsplanering samordnas med välfärdsområdets, och enligt ministeriets nuvarande checklista säkerställer kommunen samarbetet med välfärdsområdet, som ordnar de social- och hälsovårdstjänster invandrare behöver. Sparändringarna (RP 192/2024) behöll denna skyldighet. Det som räknas är samordnad planering, inte närvaro: en länk med `kind: wellbeing_services_county_plan` vars `mainstreaming`-anteckning (minst 40 tecken) säger hur planerna samordnas, eller välfärdsområdet både i samarbetsgruppen (lokal eller regional; som medlem eller sammankallare) och som ansvarig eller partner i en åtgärd för välfärd eller hälsa (en åtgärd som tjänar ett mål inom `wellbeing_health_housing` eller har `sector: social_and_health`). Att sitta i någon struktur, eller en gemensam tjänst, räcker inte. Fel: lagstadgat.
    .help = Länka välfärdsområdets plan (`kind: wellbeing_services_county_plan`) med en `mainstreaming:`-anteckning om hur planeringen samordnas, eller för in välfärdsområdet (`kind: wellbeing_services_county`) bland samarbetsgruppens `members` och bland `partners` i en åtgärd för välfärd eller hälsa.

IA018 = Planen har ingen lokal sektorsövergripande samarbetsgrupp och ingen regional samarbetsgrupp.
    .rationale = I Europarådets guide, som beskriver lagen, är en lokal sektorsövergripande samarbetsgrupp för invandring, integration och goda relationer (eller deltagande i den regionala grupp som NTM-centralen / livskraftscentralen tillsätter) det viktigaste forumet för samarbete mellan nivåer och sektorer. Efter sparändringarna (RP 192/2024) säger ministeriets nuvarande checklista att kommunen *kan* tillsätta en sådan grupp, så goodrel varnar i stället för att rapportera ett fel: utan en grupp vilar samarbetet på enskilda kontakter.
    .help = Lägg till en struktur med `kind: cooperation_group` (sammankallad av kommunen, med medlemmar från dess sektorer, välfärdsområdet, arbetskraftsmyndigheten, FPA, organisationer, skolor och företag), eller en med `kind: regional_cooperation_group` för den regionala grupp kommunen deltar i.

IA019 = Planen anger inget samråd eller planeringstillfälle med invandrare eller organisationer som hållits före godkännandet, med de behov som lyftes fram.
    .rationale = I Europarådets guide, som beskriver lagen, ser kommunen till att organisationer och invandrare som bor i kommunen kan delta i planeringen av integrationsfrämjandet. Ministeriets nuvarande planeringschecklista uttrycker invandrade invånares delaktighet som ett råd (det är bra att aktivt involvera dem; en tidigare version sade att kommunen säkerställer det), så tills lagtexten har bekräftats varnar goodrel i stället för att rapportera ett fel. Delaktighet visas av ett tillfälle, inte av en förteckning: ett samråd med invandrargrupper eller medborgarorganisationer, daterat före planens godkännande (OSSE: deltagarna behöver garanterad och tidig tillgång, medan planen ännu kan ändras), där de behov som lyftes fram är antecknade. Ett råd eller en struktur som bara räknar upp invandrargrupper visar inte att någon har hörts om denna plan. Tidsgränsen är `municipality.approval.date`; utan den planperiodens början; utan någondera räknas vilket daterat samråd som helst.
    .help = För in under `consultations` det hörande, den workshop eller den enkät som hölls med invandrare (`groups`) eller organisationer (`organisations`) medan planen bereddes, med datum (`date`) före godkännandet och de behov (`needs`) som lyftes fram.

IA020 = Planen har ingen sektorsövergripande arbetsgrupp för goda relationer.
    .rationale = I Europarådets guide, som beskriver lagen, tillsätter kommunen en lokal sektorsövergripande arbetsgrupp för att planera och genomföra arbetet för goda relationer; en samarbetsgrupp vars uppdrag omfattar goda relationer kan fylla funktionen. Efter sparändringarna (RP 192/2024) framställer ministeriets nuvarande checklista samarbetsgruppen som något kommunen *kan* tillsätta, så goodrel varnar i stället för att rapportera ett fel.
    .help = Lägg till en struktur med `kind: good_relations_working_group`, eller lägg till `good_relations` i samarbetsgruppens `remit`.

IA021 = Rapporten vartannat år till NTM-centralen / livskraftscentralen för en tvåårsperiod som gått ut har inte lämnats in.
    .rationale = Regeln följer Europarådets guides (2025) beskrivning av lagen: kommunen rapporterar vartannat år till sin NTM-central (från 2026 till sin regionala livskraftscentral) hur målen har nåtts och vilka åtgärder som har genomförts; guiden anger ingen tidsfrist, så goodrel redovisar sina antaganden. Tvåårsperioderna räknas från planperiodens början (2025-01-01, 2027-01-01, ... för en plan som börjar 2025-01-01; den sista slutar med planperioden), så en försenad rapport flyttar inte de senare tidsfristerna. En periods rapport ska lämnas `grace_months` månader efter att perioden slutat (standard 3, anges under `[reports]` i goodrel.toml): rapporten behöver bokslutet för periodens sista år, som kommunen gör upp före utgången av mars året därpå. En inlämnad rapport räknas för den period då dess egen period slutar. Perioder som slutade före 2025-01-01, då lagen 681/2023 trädde i kraft, bedöms inte. Alla försenade perioder blir en iakttagelse. Fel: en rapporteringsskyldighet har försummats.
    .help = Lämna in rapporten och för in den under `reports` med `period` och inlämningsdatum (`submitted`).

IA022 = En rapport vartannat år saknar eller bara antyder ett av sina fem obligatoriska innehåll, eller dess redogörelse för genomförda åtgärder motsäger åtgärdernas status.
    .rationale = Regeln följer Europarådets guides (2025) beskrivning av lagen: rapporten vartannat år anger hur målen har nåtts och vilka åtgärder som har genomförts, och behandlar också lika tillgång till tjänster, de ekonomiska resursernas tillräcklighet och hur effekterna har uppnåtts. Ett innehåll räknas som skrivet när det har minst tre ord och 20 bokstäver eller siffror: nog för en kort redogörelse eller en hänvisning som ”rapporten avsnitt 3.2, s. 12–15”, inte för en platshållare som ”x” eller ”klart”. Redogörelsen för genomförda åtgärder kontrolleras mot planen: den bör nämna (med id eller namn) minst en åtgärd vars `status` är `done` eller `ongoing` och vars tidsplan överlappar rapportens period, och en åtgärd den nämner bör inte vara `planned` eller `dropped`. En rapport som ännu inte lämnats in bedöms inte före sin förfallodag (se IA021), och rapporter för perioder som slutade före 2025-01-01 (före lagen 681/2023) bedöms inte. En iakttagelse per rapport, med det som saknas uppräknat.
    .help = Fyll i de fält som saknas under rapportens `contents:` med en kort redogörelse eller en hänvisning till det avsnitt i rapporten som behandlar saken, och nämn de genomförda åtgärderna med deras id.

IA023 = Planen visar inte att den beaktar de nationella integrationsmålen.
    .rationale = Enligt 45 § ska kommunens planering beakta de nationella målen för främjande av integration, som fastställs i statens integrationsprogram (VALKO). Planen visar detta med en länk av typen `valko` eller med mål som anger det nationella mål (`national_objective`) de omsätter i lokal verksamhet. Fel: lagstadgat.
    .help = Lägg till en länk med `kind: valko` till statens integrationsprogram, eller ange `national_objective:` för de mål som bär ett nationellt mål.

IA024 = Kommunavsnittet anger ingen planperiod.
    .rationale = Uppföljningen enligt 45 § och rapporteringen vartannat år bedöms mot den period planen gäller; utan den kan goodrel inte avgöra när en rapport ska lämnas eller om samråden är aktuella. Varning: lagen föreskriver inte periodens form, men utan den kontrolleras inga tidsfrister.
    .help = Lägg till `plan_period: {"{"}start: ÅÅÅÅ-MM-DD, end: ÅÅÅÅ-MM-DD{"}"}` i avsnittet `municipality`.

IA025 = Kommunavsnittet anger inte kommunens NTM-central / livskraftscentral.
    .rationale = Den regionala statliga myndigheten tar emot rapporterna vartannat år och tillsätter den regionala samarbetsgruppen. NTM-centralerna överlämnade sina integrationsuppgifter till de regionala livskraftscentralerna den 1 januari 2026, så planen bör säga vilken myndighet kommunen har att göra med i stället för att låta läsarna (och goodrels meddelanden) gissa. Varning: en lucka i planens beskrivning, inte i sig ett lagbrott.
    .help = Lägg till `regional_authority: {"{"}kind: vitality_centre, name: "..."{"}"}` (eller `kind: ely_centre` för en plan skriven före 2026) i avsnittet `municipality`.

IA030 = Planens lägesbild av den lokala invandringen saknas, är odaterad, saknar källa, är föråldrad eller anger inte hur många invandrare som bor i kommunen, varför de kom, deras åldrar, språk eller sysselsättning.
    .rationale = Ministeriets planeringschecklista ber kommunen bygga upp en kvantitativ och kvalitativ lägesbild av invandringen innan den sätter upp mål: hur många invandrare som bor i kommunen, varför de kom (asyl, kvotflyktingar, studier, arbete, familj) och befolkningens sammansättning. Utan den kan man inte visa att målen svarar mot lokala behov, och en lägesbild utan år och källa kan inte kontrolleras eller uppdateras. goodrel kräver `municipality.situation` med `year` och `source` och uppgifter av varje slag: antalet invånare med främmande modersmål, skälen till invandringen, åldrar, språk och sysselsättning. Uppgifter som är mer än två år äldre än planperiodens början är föråldrade: befolkningen som planen betjänar har förändrats sedan dess. Alla luckor blir en iakttagelse. Varning: checklistans råd, inte lagens ordalydelse.
    .help = Fyll i `municipality.situation` med `year`, `source` (t.ex. Statistikcentralen), `foreign_language_residents`, `reasons` eller `by_reason`, `ages`, `languages` och `employment`, med uppgifter som är högst två år äldre än planperiodens början.

IA031 = Planen säger inte om kommunen planerar ensam, tillsammans med andra kommuner eller arbetskraftsmyndigheten, eller som en del av en annan plan.
    .rationale = Ministeriets planeringschecklista börjar med att be kommunen bestämma hur den planerar: på egen hand, tillsammans med andra kommuner eller arbetskraftsmyndigheten, eller inom ett annat planeringsdokument; 45 § tillåter att planeringen är ett eget program eller en del av en annan plan. Planens läsare (samarbetsgruppen, NTM-centralen / livskraftscentralen) behöver veta vilket, för att se vilka andra som är bundna av den. Anmärkning: en beskrivning som saknas, inte en skyldighet som saknas.
    .help = Lägg till `planning: {"{"}mode: alone{"}"}` (eller `with_other_municipalities`, `with_employment_authority`, `part_of_other_plan` med `document:`) i avsnittet `municipality`.

IA032 = Ingen åtgärd ger grundläggande information eller lågtröskelvägledning till alla invandrare, utöver integrationsprogrammets kunder.
    .rationale = Enligt den reviderade lagen, så som Europarådets guide och ministeriet beskriver den, når integrationsprogrammets tjänster en avgränsad målgrupp, men alla invandrare ska få grundläggande information om Finland, lågtröskelvägledning och allmänna offentliga tjänster. Planen visar detta med en åtgärd av typen `information` eller `guidance` som är öppen för alla: inga målgrupper (alla) eller målgrupper som omfattar `immigrants` eller `all_residents`. En vägledningsåtgärd bara för programmets kunder (målgrupperna för bedömningen av servicebehovet) når inte de andra. Varning: det lagen kräver är planens tjänster, inte dess uppräknade innehåll, och goodrel ser dem bara genom åtgärderna.
    .help = Lägg till en åtgärd med `kind: guidance` (eller `information`) för alla invandrare, t.ex. en rådgivningspunkt med låg tröskel eller flerspråkig information på webben, med `target_groups: [immigrants]`.

IA033 = Planen visar inte att den beaktar de sysselsättningsmål som satts för integrationskunder, eller kommunens livskraft.
    .rationale = Utöver statens integrationsprogram (VALKO, som IA023 kontrollerar) ska kommunens planering enligt Europarådets guides beskrivning av lagen och ministeriets checklista beakta de sysselsättningsmål som ministeriet ställer upp för integrationskunder och kommunens livskraft. Planen visar det första med ett mål inom området `employment_and_education` som anger sitt `national_objective`, och det andra med ett mål som talar om livskraft (elinvoima, livskraft, business) eller en åtgärd inom sektorn `business_services`. Varning, inte fel: bara VALKO-delen är bekräftad i 45 §:s ordalydelse (se domänanteckningarna), så goodrel behandlar inte resten som ett lagbrott.
    .help = Ange `national_objective:` för det sysselsättningsmål som bär ministeriets sysselsättningsmål för integrationskunder, och lägg till ett mål (eller en åtgärd inom `business_services`) om hur integrationen stöder kommunens livskraft.

IA034 = Från 2026 nämner planen fortfarande en NTM-central, trots att dess integrationsuppgifter övergick till de regionala livskraftscentralerna den 1 januari 2026.
    .rationale = Den 1 januari 2026 övergick NTM-centralernas integrationsuppgifter (att ta emot rapporterna vartannat år, den regionala samarbetsgruppen) till tio regionala livskraftscentraler (elinvoimakeskus). En plan som skrevs tidigare nämner med rätta sin NTM-central; när planen bedöms den dagen eller senare (`--as-of`) säger goodrel en gång vilken central som nu träder i dess ställe, utifrån det välfärdsområde (eller landskap) planen nämner. Där goodrel inte är säker på motsvarigheten nämner den ingen central. Anmärkning: planen är inte fel, bara föråldrad.
    .help = Uppdatera `municipality.regional_authority` till `{"{"}kind: vitality_centre, name: "..."{"}"}` och myndighetens aktör till `kind: vitality_centre`.

# Iakttagelsernas meddelanden och tips (integrationslagen). Planens värden ($service,
# $measure ...) visas som planen skriver dem: id och namn inom citattecken.

# Integrationsprogrammets sex delar och de fem planeringsområdena, i iakttagelserna och i
# checklistan.
ia-component = { $key ->
    [needs_assessment] bedömning av kompetens och behovet av integrationstjänster
    [integration_plan] integrationsplan som grundar sig på bedömningen
    [civic_orientation] flerspråkig samhällsorientering
    [integration_training] integrationsutbildning och slutbedömning av språkkunskaperna
    [skills_and_employment] annan utbildning och andra tjänster som främjar språkkunskaper, läs- och skrivkunnighet, arbetslivsfärdigheter och sysselsättning
   *[guidance_and_counselling] vägledning och rådgivning under integrationsprogrammet
}
ia-area = { $key ->
    [employment_and_education] sysselsättning och utbildning
    [wellbeing_health_housing] välfärd, hälsa och boende
    [inclusion_and_equality] delaktighet, likabehandling och jämlikhet
    [own_language_and_culture] möjlighet att upprätthålla det egna språket och den egna kulturen
    [good_relations] goda relationer mellan befolkningsgrupper
   *[other] andra mål
}
# Två led i en lista med semikolon (områden, grupper, brister).
ia-semicolon = { $first }; { $rest }

ia001-no-services = planen räknar inte upp några tjänster i integrationsprogrammet
ia006-kept-separately = integrationsprogrammet enligt 13 § är ett eget dokument: '{ $title }'; dess sex delar kontrollerades inte – för in programmets tjänster i planen om de ska kontrolleras
ia002-no-component = tjänst { $service }: det framgår inte vilken av de sex delarna i minimiinnehållet den är
ia002-component-missing = integrationsprogrammet har ingen tjänst för delen: { $component }
ia003-provider-responsible = ett företag eller en organisation anges som ansvarig aktör för { $count ->
    [one] tjänst { $services }
   *[other] { $count } tjänster: { $services }
}; det kan producera en tjänst, men ansvaret ligger hos arbetskraftsmyndigheten eller kommunen
ia003-jobseekers = { $count ->
    [one] en tjänst är avsedd
   *[other] tjänster är avsedda
} enbart för invandrare som är arbetssökande men ordnas inte av arbetskraftsmyndigheten: { $services }
ia003-no-employment-authority = arbetskraftsmyndigheten förekommer inte alls i integrationsprogrammet, trots att den ordnar programmets tjänster för arbetssökande och integrationskunder
ia003-no-responsible = tjänst { $service }: ansvarig aktör saknas
ia004-one-alone = tjänst { $service }: ingen samarbetande tjänsteproducent anges, bara den egna ansvariga aktören
ia004-all-alone = ingen av programmets { $total } tjänster anger någon samarbetande tjänsteproducent, så programmet beskriver inget samarbete med andra tjänsteproducenter: { $services }
ia004-some-alone = { $count } av programmets { $total } tjänster anger ingen samarbetande tjänsteproducent: { $services }
ia007-only-language = { $service } (bara { $language })
ia007-not-multilingual = samhällsorientering { $services }: { $count ->
    [one] tjänsten
   *[other] tjänsterna
} anger inte att orienteringen är flerspråkig – ingen lista med två eller fler språk och inte heller `client_language: true`
ia005-group = { $key ->
    [employment_services_clients] invandrare som är kunder i arbetskraftsservicen
    [recent_residence_permit] invandrare vars första uppehållstillstånd är mindre än tre år gammalt
    [income_support_recipients] invandrare som får annat än tillfälligt utkomststöd
    [home_care_allowance_recipients] invandrare som får stöd för hemvård av barn
    [refugees] personer med flyktingstatus
    [unaccompanied_minors] de som kommit som ensamkommande minderåriga
    [trafficking_victims] offer för människohandel
    [others_in_need] andra som bedöms behöva integrationsfrämjande tjänster
   *[other] en målgrupp
}
ia005-group-typed = { $group } (skriv: { $written })
ia005-groups-missing-one = bedömningstjänst { $service }: målgrupperna saknar grupper som lagen nämner ({ $count }): { $groups }
ia005-groups-missing-any = ingen bedömningstjänsts målgrupper omfattar dessa grupper som lagen nämner ({ $count }): { $groups }
ia010-no-objective = planen har inget mål för området: { $area } (`{ $key }`)
ia011-every-area = åtgärd { $measure } anges för alla fem planeringsområden; en enda åtgärd kan inte ersätta åtgärderna för varje område
ia011-no-measure = mål { $objective } ({ $areas }): ingen åtgärd tjänar målet
ia015-no-objective = { $count ->
    [one] åtgärd { $measures }: tjänar inget mål
   *[other] { $count } åtgärder tjänar inget mål: { $measures }
}
ia012-no-responsible = åtgärd { $measure }: ansvarig aktör saknas
ia013-self-partner = { $count ->
    [one] områdets enda åtgärd anger sin egen ansvariga aktör som samarbetspartner
   *[other] ingen av områdets { $count } åtgärder anger någon annan samarbetspartner än sin egen ansvariga aktör
}, så planen visar inget samarbete inom området: { $areas }
ia013-no-partner = { $count ->
    [one] områdets enda åtgärd anger ingen samarbetspartner
   *[other] ingen av områdets { $count } åtgärder anger någon samarbetspartner
}, så planen visar inget samarbete inom området: { $areas }
ia008-city-only = områdets åtgärder involverar bara stadens egna enheter, ingen partner utanför staden: { $areas }
ia014-missing = { $what ->
    [both] inget utgångsläge och ingen målnivå
    [baseline] inget utgångsläge
   *[target] ingen målnivå
}
ia014-hollow = indikator { $indicator }: { $missing }, så den kan inte mäta framstegen för { $count ->
    [one] mål { $objectives }, och målet har ingen annan indikator som gör det
   *[other] mål { $objectives }, och målen har ingen annan indikator som gör det
}
ia014-no-indicator = mål { $objective } ({ $areas }): ingen indikator som mäter framstegen
ia016-no-link = planen länkar inte till någon kommunstrategi, så den visar inte att strategin beaktar invandrare och integrationskunder
ia016-unsaid = länk till kommunstrategin { $link }: det framgår inte hur invandrare och integrationskunder beaktas
ia016-too-short = länk till kommunstrategin { $link }: texten är för kort för att visa hur invandrare och integrationskunder beaktas ({ $length ->
    [one] 1 tecken
   *[other] { $length } tecken
}, minst { $minimum })
ia016-no-reference = länk till kommunstrategin { $link }: inget mål, avsnitt eller beslut i strategin nämns som visar hur invandrare och integrationskunder beaktas
ia017-no-coordination = planen visar ingen samordning med välfärdsområdets planering: { $why }
ia017-takes-part = { $county } deltar i planen, men ingen länk till dess plan säger hur planeringen samordnas, och den sitter inte i samarbetsgruppen samtidigt som den deltar i en åtgärd för välfärd eller hälsa
ia017-absent = { $county } är inte ansvarig för eller partner i någon åtgärd eller tjänst, och inte heller medlem i eller sammankallare för någon struktur
ia017-not-listed = välfärdsområdet finns inte bland aktörerna
ia017-not-listed-named = välfärdsområdet ({ $county }) finns inte bland aktörerna
ia018-no-group = planen har ingen sektorsövergripande samarbetsgrupp för invandring, integration och goda relationer, varken lokal eller regional
ia019-no-needs = samråden med invandrare eller organisationer före planens godkännande anger inga behov: { $consultations }
ia019-after-approval = alla samråd med invandrare eller organisationer hölls samma dag som planen godkändes, { $date }, eller senare, för sent för att påverka planen: { $consultations }
ia019-after-period-start = alla samråd med invandrare eller organisationer hölls samma dag som planperioden började, { $date }, eller senare, för sent för att påverka planen: { $consultations }
ia019-none = planen anger inget samråd eller planeringstillfälle med invandrare eller organisationer
ia019-none-roster = planen anger inget samråd eller planeringstillfälle med invandrare eller organisationer (struktur { $structure } räknar upp invandrargrupper, men det visar inte att de har hörts om denna plan)
ia020-no-group = planen har ingen sektorsövergripande arbetsgrupp för goda relationer, och ingen samarbetsgrupp har goda relationer i sitt uppdrag
ia021-period = { $start } – { $end } (senast { $due })
ia021-default-authority = NTM-centralen / livskraftscentralen
ia021-overdue = { $count ->
    [one] rapporten vartannat år har inte lämnats in
   *[other] rapporterna vartannat år har inte lämnats in
} (mottagare: { $authority }), { $count ->
    [one] period
   *[other] perioder
}: { $periods }
ia022-content = { $key ->
    [objectives_achieved] hur målen har nåtts
    [measures_implemented] vilka åtgärder som har genomförts
    [equal_access] lika tillgång till tjänster
    [financial_resources] de ekonomiska resursernas tillräcklighet
   *[effectiveness] hur effekterna har uppnåtts
}
ia022-not-covered = den behandlar inte { $contents } (en platshållare eller en text på under tre ord räknas inte)
ia022-none-named = redogörelsen för genomförda åtgärder nämner ingen av de åtgärder som markerats som genomförda eller pågående under perioden ({ $measures })
ia022-measure-status = { $measure } ({ $status })
ia022-not-done-named = redogörelsen för genomförda åtgärder nämner åtgärder som enligt sin status inte har genomförts: { $measures }
ia022-report = rapport { $report } ({ $start } – { $end }): { $problems }
ia023-not-considered = planen länkar inte till statens integrationsprogram (VALKO) och anger inte något nationellt mål för något av sina mål
ia024-no-period = kommun { $municipality }: planen anger ingen planperiod, så tidsfristerna för rapporterna och uppföljningen kan inte kontrolleras
ia025-no-authority = kommun { $municipality }: planen anger inte den NTM-central / livskraftscentral som tar emot kommunens rapporter
ia030-no-situation = kommun { $municipality }: planen ger ingen lägesbild av den lokala invandringen (`situation`)
ia030-gap = { $key ->
    [year] uppgifternas år
    [source] uppgifternas källa
    [residents] hur många invandrare som bor i kommunen
    [reasons] varför de kom
    [ages] deras åldrar
    [languages] deras språk
   *[employment] deras sysselsättning
}
ia030-outdated = aktuella uppgifter (de beskriver { $year }, mer än två år före planperiodens början { $start })
ia030-lacks = lägesbilden av den lokala invandringen saknar: { $gaps }
ia031-unstated = kommun { $municipality }: planen säger inte om den görs ensam, tillsammans med andra kommuner eller arbetskraftsmyndigheten, eller som en del av en annan plan
ia032-some-groups = informations- och vägledningsåtgärderna når bara vissa grupper, inte alla invandrare: { $measures }
ia032-none = ingen åtgärd av typen `information` eller `guidance` ger grundläggande information eller lågtröskelvägledning till alla invandrare
ia033-not-considered = planens mål beaktar inte { $missing ->
    [employment] de sysselsättningsmål som satts för integrationskunder
    [vitality] kommunens livskraft
   *[both] de sysselsättningsmål som satts för integrationskunder, och inte heller kommunens livskraft
}
ia034-centre = { $centre } (utifrån välfärdsområdet i planen: { $county })
ia034-name-centre = ange livskraftscentralen i er region
ia034-ely-centre = planen nämner en NTM-central: { $name }; sedan den 1 januari 2026 hör dess integrationsuppgifter till den regionala livskraftscentralen: { $instead }
