# Reglernas texter (integrationslagen): för varje regel säger värdet vad den kontrollerar,
# .rationale varför det är viktigt och varför regeln har denna allvarlighet, .help hur en
# iakttagelse åtgärdas. Id:na är reglernas id.

IA001 = Planen beskriver inga tjänster i integrationens inledande skede (integrationsprogrammet) och länkar inte till något programdokument som den identifierar.
    .rationale = Enligt 13 § ska kommunen ha ett integrationsprogram som beskriver tjänsterna i integrationens inledande skede, och sedan 2025 förutsätter den statliga ersättningen det. En plan utan tjänster kan inte visa att programmet finns. Ett program som hålls som ett eget dokument ersätter tjänsterna bara när planens länk identifierar dokumentet: en skriven titel (inte ”x”) med datum för godkännandet (`approved`), en webbadress (`url`) eller en fil (`file`), enligt lagen 681/2023 (IA006). En länk som nämner programmet men inte anger hur det hittas rapporteras här, vid länken. Fel: lagstadgad skyldighet.
    .help = Lägg till ett avsnitt `services:` med programmets tjänster, var och en med sin del (`component`), ansvariga aktör och samarbetande tjänsteproducenter. Om programmet är ett eget dokument, länka det i stället (`kind: { VALUE("integration_programme") }`) med titel och datum för godkännandet (`approved`), `url` eller `file`.

IA006 = Integrationsprogrammet är ett eget dokument och dess tjänster finns inte i planen, så programmets sex minimidelar kontrollerades inte.
    .rationale = Många kommuner har integrationsprogrammet enligt 13 § som ett eget dokument, skilt från planen enligt 45 §. Planen länkar då till det (`kind: { VALUE("integration_programme") }`) i stället för att räkna upp programmets tjänster. Det är lagligt, men goodrel kan kontrollera programmets minimiinnehåll (IA001–IA005, IA007, IA009) bara utifrån tjänster som står i planen; i stället för att rapportera varje del som saknad säger den en gång att delarna inte kontrollerades. Länken ska identifiera dokumentet: en skriven titel och datum för godkännandet (`approved`), `url` eller `file`; en länk med titeln ”x”, en som inte anger hur dokumentet hittas eller en som antecknats enligt den tidigare lagen 1386/2010 stänger inte av programmets kontroller (IA001 rapporterar den). Anmärkning: inget är fel, något lämnades okontrollerat.
    .help = Om även programmet ska kontrolleras, för in dess tjänster under `services:` (var och en med `component`, `responsible` och `cooperation`), i denna plan eller i en egen fil.

IA002 = En av integrationsprogrammets sex delar i minimiinnehållet saknar tjänst.
    .rationale = Lagen anger sex delar som varje program ska innehålla: bedömning av kompetens och behovet av integrationstjänster, integrationsplan, flerspråkig samhällsorientering, integrationsutbildning och slutbedömning av språkkunskaperna, annan utbildning och andra tjänster som främjar kompetens och sysselsättning samt vägledning och rådgivning under integrationsprogrammet. Varje del som saknas är ett eget fel.
    .help = Lägg till en tjänst med `component:` satt till den del som saknas och ange vem som tillhandahåller den. En tjänst som inte är någon av de sex (tolkning, mottagning av flyktingar) får i stället `kind: { VALUE("interpreting") }` eller `kind: { VALUE("reception") }`.
IA009 = En tjänst i integrationsprogrammet har bara ett namn: ingen beskrivning säger vad den erbjuder.
    .rationale = Enligt 13 § är integrationsprogrammet ett dokument som beskriver tjänsterna i integrationens inledande skede, inte en lista över deras namn. En tjänst är beskriven när dess `description` är skriven: en mening på minst tre ord som inte är en platshållare (”TBD”, ”lisätään myöhemmin”, ”läggs till senare”), inte bara upprepar tjänstens namn eller ord för vad slags punkt det är och inte är samma text som en annan tjänsts beskrivning (docs/plan-format.md, ”What counts as written”). Ett namn är bara ett namn, hur många tjänster som än delar det. En iakttagelse räknar upp alla tjänster som bara har ett namn, vid den första. Fel: programmets lagstadgade innehåll.
    .help = Lägg till `description:` i varje tjänst som räknas upp: en mening eller två om vad den erbjuder, till vem och hur man når den.

IA003 = En tjänst i integrationsprogrammet har ingen ansvarig aktör.
    .rationale = Enligt 13 § är integrationsprogrammet ett dokument som för varje tjänst i det inledande skedet anger vilken aktör som ansvarar för den. Ansvaret måste ligga rätt: arbetskraftsmyndigheten ordnar programmets tjänster för invandrare som är arbetssökande och för integrationskunder, kommunen för de övriga (kotoutuminen.fi). Ett företag eller en organisation kan producera en tjänst på avtal men är inte ansvarig för den. Därför rapporteras (en gång, med tjänsterna uppräknade) en programtjänst vars ansvariga aktör är ett företag eller en medborgarorganisation, likaså en tjänst enbart för arbetssökande (`target_groups: [{ VALUE("employment_services_clients") }]`) som en annan myndighet ansvarar för, och ett program där arbetskraftsmyndigheten inte förekommer alls, varken som ansvarig för eller samarbetspartner i någon tjänst. Efter reformen av arbetskraftsservicen 2025 är arbetskraftsmyndigheten oftast kommunens eget sysselsättningsområde, så en aktör med `kind: { VALUE("employment_authority") }` räknas, liksom en aktör med `{ VALUE("municipal_sector") }` och `sector: employment`. Fel: programmets lagstadgade innehåll.
    .help = Lägg till `responsible:` med id för den myndighet som ordnar tjänsten: arbetskraftsmyndigheten för arbetssökande och integrationskunder, kommunen för de övriga. Ett företag eller en organisation som producerar tjänsten anges i stället under `cooperation:`.

IA004 = En tjänst i integrationsprogrammet har ingen samarbetande tjänsteproducent från en annan organisation.
    .rationale = Sedan reformen 2025 kräver 13 § att programmet inte bara beskriver tjänsterna och vem som ansvarar för dem utan också samarbetet med andra tjänsteproducenter; att stärka det sektorsövergripande samarbetet var ett huvudsyfte med reformen. En tjänsteproducent räknas när den är en annan organisation än den ansvariga: kommunens egna enheter och beslutsfattare är en organisation, och så är var och en av välfärdsområdet, FPA, polisen, arbetskraftsmyndigheten, NTM-centralen / livskraftscentralen, regionförvaltningsverket och landskapsförbundet, hur många enheter planen än räknar upp; varje annan aktör (en organisation, en läroanstalt, ett företag, ett ministerium) är sin egen. Den ansvariga aktören själv, eller en annan enhet i samma organisation, är ingen annan tjänsteproducent. Samarbetet beskrivs tjänst för tjänst, så varje tjänst utan en sådan producent rapporteras – i en iakttagelse som räknar upp dem, vid den första; en samarbetande tjänst någon annanstans väger inte upp de andra. Fel: programmets lagstadgade innehåll.
    .help = Lägg under `cooperation:` i varje uppräknad tjänst till id:na för de producenter från andra organisationer som den samarbetar med (t.ex. välfärdsområdet, FPA, arbetskraftsmyndigheten, läroanstalter, organisationer).

IA007 = Samhällsorienteringen visar inte att den är flerspråkig.
    .rationale = Den tredje delen av programmet enligt 13 § är *flerspråkig* samhällsorientering. En tjänst visar det med `languages:` som nämner minst ett språk utöver nationalspråken finska och svenska (`[fi, sv]` eller `[fi, fi]` är inte flerspråkigt), eller `client_language: true` när orienteringen ges på varje klients eget språk (vid behov med tolk). En iakttagelse som räknar upp tjänsterna. Fel: programmets lagstadgade innehåll. (Ett program helt utan samhällsorientering är IA002:s iakttagelse.)
    .help = Lägg till `languages:` i samhällsorienteringen med de språk den ges på (t.ex. `[ar, so, fa, uk, ru, en]`), eller `client_language: true` om den ges på varje klients eget språk.

IA005 = En grupp i den utvidgade målgruppen för bedömningen av integrationsbehov nämns inte av någon bedömningstjänst.
    .rationale = Den reformerade lagen utvidgar vilka som ska erbjudas en bedömning av kompetens och behovet av integrationstjänster: utöver invandrare som är kunder i sysselsättningstjänsterna även de vars första uppehållstillstånd är under tre år gammalt, de som får annat än tillfälligt utkomststöd, de som får hemvårdsstöd, personer med flyktingstatus, de som kommit som minderåriga utan vårdnadshavare, offer för människohandel och andra som bedöms behöva tjänster. Enligt handboken kräver det nya arbetssätt att nå de nya grupperna, så programmet bör visa hur varje grupp nås. En tjänst för `{ VALUE("immigrants") }` når alla. De grupper som saknas i alla bedömningstjänster rapporteras i en iakttagelse, vid den första sådana tjänsten. ”Andra som bedöms behöva tjänster” kontrolleras inte: det är den som en bedömning hittar, inte en grupp som en tjänst kan räkna upp. Fel: lagstadgad skyldighet.
    .help = Ange gruppen i `target_groups` för den tjänst med `component: { VALUE("needs_assessment") }` som når den (eller lägg till en tjänst som gör det); `{ VALUE("immigrants") }` omfattar alla.

IA010 = Ett av de fem lagstadgade planeringsområdena har inget mål, eller inget som är skrivet.
    .rationale = Enligt 45 § fastställer kommunen mål, åtgärder, ansvariga aktörer, samarbete och uppföljning för fem områden: sysselsättning och utbildning; välfärd, hälsa och boende; delaktighet, likabehandling och jämlikhet; möjlighet att upprätthålla det egna språket och den egna kulturen; goda relationer mellan befolkningsgrupper. Ett område utan mål saknas i planen: ett fel per område. Ett mål räknas när dess formulering (`statement`) är skriven (docs/plan-format.md, ”What counts as written”): inte en platshållare (”Målet läggs till senare.”), inte bara områdets namn eller ordet mål och inte samma formulering som ett annat måls – en slogan för alla områden sätter inget mål för något av dem. Områden vars alla mål är oskrivna är en iakttagelse som räknar upp målen.
    .help = Lägg till ett mål med `area:` satt till det saknade området (t.ex. `area: { VALUE("good_relations") }`), eller skriv formuleringen för varje uppräknat mål: vad kommunen vill uppnå inom området.

IA011 = Ett mål har ingen åtgärd som tjänar det, eller ett områdes åtgärder är oskrivna.
    .rationale = 45 § kräver åtgärder vid sidan av målen för varje område; ett mål som ingen åtgärd tjänar anger ett syfte utan att säga hur det ska nås. En enda åtgärd som anges för alla fem lagstadgade områden är inte en åtgärd för vart och ett av dem: den rapporteras en gång, vid åtgärden, och de mål som bara den tjänar rapporteras inte på nytt. En åtgärd räknas när dess rubrik är skriven, eller, när rubriken är en platshållare, bara ett ord för åtgärd (”Arbete”, ”Toimenpide”, ”Åtgärd 1”) eller samma som en annan åtgärds, när en beskrivning på en mening säger vad den är; ett område vars alla åtgärder är oskrivna rapporteras, områdena i en iakttagelse. Fel: lagstadgad skyldighet. Planens egna mål utöver de fem områdena (`area: { VALUE("other", of: "Area") }`) är inte vad lagen kräver: ett sådant mål utan åtgärd är en varning.
    .help = Lägg till målets id under `objectives:` i de åtgärder som tjänar det, eller lägg till en åtgärd för det; ge varje uppräknad åtgärd en rubrik (eller en `description:`) som säger vad som görs. En åtgärd som anges för alla områden bör delas upp i åtgärder som var och en tjänar de områden de verkligen arbetar inom.

IA015 = En åtgärd tjänar inget mål i planen.
    .rationale = Enligt 45 § planeras åtgärderna för varje områdes mål. En åtgärd utan mål kan vara värdefull, men planen säger inte vad den strävar efter, så den hör inte till något område och dess resultat kan inte rapporteras mot något mål. Anmärkning: lagen förbjuder inte annat arbete; planen tappar bara bort det.
    .help = Lägg till `objectives:` i åtgärden med id för de mål den tjänar.

IA012 = En åtgärd har ingen ansvarig aktör.
    .rationale = 45 § kräver ansvariga aktörer för åtgärderna inom varje planeringsområde; en åtgärd som ingen äger blir sällan genomförd. Fel: lagstadgad skyldighet. En åtgärd som bara tjänar planens egna mål (`area: { VALUE("other", of: "Area") }`) är inte en som lagen kräver: utan ansvarig aktör är den en varning.
    .help = Lägg till `responsible:` med id för den aktör som genomför åtgärden.

IA013 = Ett lagstadgat planeringsområde har åtgärder, men ingen av dem anger en samarbetspartner från en annan organisation än den ansvariga aktörens.
    .rationale = Sedan reformen kräver 45 § att kommunen för varje område fastställer inte bara mål, åtgärder och ansvariga aktörer utan också samarbetet mellan aktörerna. Samarbete sker med en annan organisation: en partner från den ansvariga aktörens egen organisation – aktören själv eller, för en kommunal enhet, en annan av kommunens enheter – räknas inte (vad en organisation är anges under IA004). Ett område vars åtgärder saknar en sådan partner visar inget samarbete. Områden som tjänas av samma åtgärder är en iakttagelse (en åtgärd som anges för alla områden är ett misstag), placerad vid åtgärdens `partners` när den bara nämner partner från den egna organisationen, annars vid områdets första mål. Fel: lagstadgad skyldighet. (Områden utan mål eller åtgärder rapporteras av IA010 och IA011.)
    .help = Lägg under `partners:` i områdets åtgärder till id:na för de aktörer från andra organisationer som varje åtgärd genomförs med (t.ex. välfärdsområdet, FPA, en skola, en organisation, en församling).

IA014 = Ett mål har ingen indikator, eller ingen som säger vad den mäter.
    .rationale = 45 § gör uppföljningen till en del av kommunens planeringsskyldighet, och de indikatorer som används för att mäta framstegen mot målen ska namnges. Ett mål utan indikator kan inte följas upp eller rapporteras; inte heller ett vars indikatorer inte har namn: en indikator som heter ”Mätare”, ”Indikator 1” eller ”x” säger inget om vad som mäts (docs/plan-format.md, ”What counts as written”). En indikator utan namn rapporteras en gång, med de mål den lämnar omätta. Fel där lagen kräver det (de fem områdena); en varning för planens egna mål (`area: { VALUE("other", of: "Area") }`). Utgångsläge, målnivå, källa och siffror som går ihop (utgångsläget daterat före målnivån och nära periodens början, målnivån inom perioden och skild från utgångsläget) är god uppföljning, som MLG009 bedömer som vägledning.
    .help = Lägg till `indicators:` i målet med id:na för de indikatorer (under `indicators`) som mäter det, och ge var och en ett namn (`name`) som säger vad den mäter (t.ex. ”sysselsättningsgraden bland invandrare i åldern 20–64”).

IA016 = Planen visar inte hur kommunstrategin beaktar invandrare och integrationskunder.
    .rationale = Hur planeringen än ordnas kräver 45 § att kommunen beaktar integrationskunder och invandrare i sina strategiska planer, såsom kommunstrategin, så att integrationen integreras i alla sektorers planering. Planen visar det med en länk av typen `{ VALUE("municipal_strategy") }` vars anteckning `mainstreaming` med egna ord säger hur: en skriven mening (inte en platshållare) som talar om invandrare, integration eller dess kunder, mångfald, mångkultur eller goda relationer mellan befolkningsgrupper. goodrel läser anteckningen efter stammarna till dessa ord på finska, svenska och engelska, också i böjda former och sammansättningar (maahanmuuttajien, kotoutumisen, invandrarnas, goda relationer), inte efter exakta ord; en anteckning som bara säger att strategin gäller alla invånare talar inte om dem. Längre än så kan goodrel inte bedöma innehållet. Fel: lagstadgad skyldighet.
    .help = Lägg till en länk av typen `kind: { VALUE("municipal_strategy") }` med en text under `mainstreaming:` på en mening eller två om hur strategin beaktar invandrare och integrationskunder, t.ex. det mål eller den spets i strategin som gör det.

IA017 = Planen visar inget samarbete med välfärdsområdet.
    .rationale = Enligt 45 § ska kommunens planering av integrationsfrämjandet samordnas med välfärdsområdets planering, och enligt ministeriets nuvarande checklista säkerställer kommunen samarbetet med välfärdsområdet, som ordnar de social- och hälsovårdstjänster invandrare behöver. Sparändringarna (RP 192/2024) behöll denna skyldighet. Det som räknas är välfärdsområdet som en part planen verkligen samarbetar med: ansvarig för eller partner i en åtgärd, samarbetspart i en programtjänst, medlem i eller sammankallare för en struktur; eller en länk av typen `{ VALUE("wellbeing_services_county_plan") }` vars anteckning `mainstreaming` säger hur planeringen samordnas (ett möte, en grupp, ett avtal, ett gemensamt dokument, en tidsplan). Ett välfärdsområde som står bland aktörerna men inte deltar i något, eller en anteckning som bara säger att planeringen samordnas ”vid behov”, visar ingen samordning. Fel: lagstadgad skyldighet.
    .help = Ange välfärdsområdet (`kind: { VALUE("wellbeing_services_county") }`) bland `partners` i de åtgärder det deltar i eller bland samarbetsgruppens `members`, eller länka dess plan (`kind: { VALUE("wellbeing_services_county_plan") }`) med en anteckning under `mainstreaming:` om hur planeringen samordnas (t.ex. ”välfärdsområdets integrationssamordnare sitter i vår samarbetsgrupp, som möts fyra gånger om året”).

IA018 = Planen har ingen lokal sektorsövergripande samarbetsgrupp och ingen regional samarbetsgrupp.
    .rationale = I Europarådets guide, som beskriver lagen, är en lokal sektorsövergripande samarbetsgrupp för invandring, integration och goda relationer (eller deltagande i den regionala grupp som NTM-centralen / livskraftscentralen tillsätter) det viktigaste forumet för samarbete mellan nivåer och sektorer. Efter sparändringarna (RP 192/2024) säger ministeriets nuvarande checklista att kommunen *kan* tillsätta en sådan grupp, så goodrel varnar i stället för att rapportera ett fel: utan en grupp vilar samarbetet på enskilda kontakter.
    .help = Lägg till en struktur med `kind: { VALUE("cooperation_group") }` (sammankallad av kommunen, med medlemmar från dess sektorer, välfärdsområdet, arbetskraftsmyndigheten, FPA, organisationer, skolor och företag), eller en med `kind: { VALUE("regional_cooperation_group") }` för den regionala grupp kommunen deltar i.

IA019 = Planen anger inget deltagande av invandrare eller organisationer i planeringen: inget samråd före godkännandet med de behov som lyftes fram, och inget råd eller ingen grupp för dem som deltar i planeringen.
    .rationale = Enligt Europarådets handboks beskrivning av lagen säkerställer kommunen att organisationer och invandrare som bor i kommunen kan delta i planeringen av integrationsfrämjandet. Ministeriets nuvarande checklista för planeringen uttrycker involveringen av invandrade kommuninvånare som ett råd (det är bra att aktivt involvera dem; en tidigare utgåva sade att kommunen ser till det), så tills lagtexten är bekräftad varnar goodrel i stället för att ange fel. Det som visar delaktighet är deltagande, inte en medlemsförteckning: ett samråd med invandrargrupper eller organisationer i det civila samhället, daterat före planens godkännande (OSSE: deltagarna behöver garanterat och tidigt tillträde, medan planen ännu kan ändras), som anger de behov som lyftes fram; eller ett råd eller en grupp för invandrare eller organisationer som deltar i planeringen (`participation: [{ VALUE("planning", of: "ParticipationForm") }]`, t.ex. ett mångkulturellt råd som utarbetade programmet). En struktur som bara räknar upp invandrargrupper visar inte att någon har hörts om denna plan. Tidsgränsen är `municipality.approval.date`; utan den planperiodens början; utan någondera räknas varje daterat samråd. När denna regel rapporterar att deltagandet saknas, säger MLG004 inget om det.
    .help = Ange under `consultations` det hörande, den workshop eller den enkät som hölls med invandrare (`groups`) eller organisationer (`organisations`) medan planen bereddes, med dess `date` före godkännandet och de `needs` som lyftes fram; eller märk det råd eller den grupp för invandrare eller organisationer som deltog i planeringen med `participation: [{ VALUE("planning", of: "ParticipationForm") }]`.

IA020 = Planen har ingen sektorsövergripande arbetsgrupp för goda relationer.
    .rationale = I Europarådets guide, som beskriver lagen, tillsätter kommunen en lokal sektorsövergripande arbetsgrupp för att planera och genomföra arbetet för goda relationer; en samarbetsgrupp vars uppdrag omfattar goda relationer kan fylla funktionen. Efter sparändringarna (RP 192/2024) framställer ministeriets nuvarande checklista samarbetsgruppen som något kommunen *kan* tillsätta, så goodrel varnar i stället för att rapportera ett fel.
    .help = Lägg till en struktur med `kind: { VALUE("good_relations_working_group") }`, eller lägg till `{ VALUE("good_relations") }` i samarbetsgruppens `remit`.

IA021 = Rapporten vartannat år till NTM-centralen / livskraftscentralen för en avslutad tvåårsperiod har inte lämnats, eller en rapportanteckning kan inte räknas som inlämnad.
    .rationale = Regeln följer Europarådets handboks (2025) beskrivning av lagen: kommunen rapporterar vartannat år till sin NTM-central (från 2026 sin regionala livskraftscentral) om hur målen har nåtts och vilka åtgärder som har genomförts; handboken anger ingen tidsfrist, så goodrel redovisar sina antaganden. Skyldigheten är kommunens, inte planens, så tvåårsperioderna räknas från den 1 januari 2025, när lagen 681/2023 trädde i kraft (2025–2026, 2027–2028, …), oavsett vilken period planen gäller; en försenad rapport flyttar inte senare tidsfrister. En periods rapport ska lämnas `grace_months` månader efter att perioden slutat (standard 3, anges under `[reports]` i goodrel.toml): rapporten behöver bokslutet för periodens sista år, som kommunen gör upp före utgången av följande mars. En rapport räknas för en period när dess egen period omfattar hela perioden och den anges som inlämnad en dag som kan stämma: inte efter bedömningsdagen (`--as-of`) och inte innan dess egen period slutade. En anteckning som inte kan stämma nämns som inte räknad, oavsett period. Alla försenade perioder är en iakttagelse. Fel: en rapporteringsskyldighet har försummats.
    .help = Lämna rapporten och anteckna den under `reports` med dess `period` och den dag den lämnades (`submitted`).

IA022 = En rapport vartannat år utelämnar eller bara antyder ett av sina fem obligatoriska innehåll, eller dess redogörelse för genomförda åtgärder motsäger åtgärdernas status.
    .rationale = Regeln följer Europarådets handboks (2025) beskrivning av lagen: rapporten vartannat år redogör för hur målen har nåtts och vilka åtgärder som har genomförts och behandlar också lika tillgång till tjänster, de ekonomiska resursernas tillräcklighet och hur effekterna har uppnåtts. Ett innehåll är skrivet när det är en mening på minst tre ord som inte är en platshållare (”x”, ”katso raportti”, ”se rapporten för detaljer”) och inte samma text som ett annat av rapportens innehåll (docs/plan-format.md, ”What counts as written”): en kort redogörelse eller en hänvisning till det avsnitt i rapporten som behandlar saken (”rapportens avsnitt 3.2, s. 12–15”). Redogörelsen för genomförda åtgärder jämförs med planen: den bör nämna (med id eller rubrik) minst en åtgärd vars `status` är `{ VALUE("done") }` eller `{ VALUE("ongoing") }` och vars tidsplan överlappar rapportens period, och en åtgärd den nämner bör inte vara `{ VALUE("planned") }` eller `{ VALUE("dropped") }`. En rapport som inte har lämnats bedöms inte före sin sista dag (se IA021). En rapport för en period som slutade före 2025-01-01 bedöms inte för de fem innehåll som lagen 681/2023 införde, men det innehåll den anger ska vara skrivet. En iakttagelse per rapport, med det som saknas.
    .help = Fyll i varje uppräknat fält under rapportens `contents:` med en kort redogörelse eller en hänvisning till det avsnitt i rapporten som behandlar saken, vart och ett med egna ord, och nämn de genomförda åtgärderna med sina id.

IA023 = Planen visar inte att den beaktar de nationella integrationsmålen.
    .rationale = Enligt 45 § ska kommunens planering beakta de nationella målen för integrationsfrämjandet, som fastställs i statens integrationsprogram (VALKO). Planen visar det med en länk av typen `valko` vars titel namnger programmet, eller med mål som anger det nationella mål (`national_objective`) de omsätter i lokal handling; en länk med titeln ”x” eller `national_objective: x` namnger ingenting (docs/plan-format.md, ”What counts as written”). Fel: lagstadgad skyldighet. När planen länkar VALKO men inget mål anger ett nationellt mål ger MLG011 sitt råd; när denna regel rapporterar är MLG011 tyst.
    .help = Lägg till en länk av typen `kind: valko` till statens integrationsprogram med dess titel, eller ange `national_objective:` för de mål som genomför ett nationellt mål, och namnge det.
IA026 = Planen är antecknad som utarbetad enligt den tidigare integrationslagen 1386/2010.
    .rationale = Lagen om främjande av integration 681/2023 ersatte den tidigare lagen 1386/2010 den 1 januari 2025. En plan som anger `law_basis: 1386/2010` och som gäller den dagen eller senare (dess period slutar senare, eller den anger ingen) bedöms bara av denna regel: integrationslagens övriga regler körs inte och deras skyldigheter visas som inte bedömda, eftersom en gammal plan bedömd skyldighet för skyldighet skulle säga samma sak trettio gånger. Denna enda iakttagelse säger vad lagen 681/2023 har krävt sedan dess: ett integrationsprogram enligt 13 § (sex delar, var och en med ansvarig aktör och samarbete med andra tjänsteproducenter), planering enligt 45 § med mål, åtgärder, ansvariga aktörer, samarbete och indikatorer för fem områden (samordnad med välfärdsområdet, med beaktande av VALKO och integrerad i kommunstrategin) och en rapport vartannat år. Fel för en plan som gäller sedan 2025; anmärkning för en vars period slutade dessförinnan (historia, bevarad för kännedom).
    .help = Uppdatera planen enligt lagen 681/2023 och ange `law_basis: 681/2023` (eller ta bort `law_basis`); därefter bedömer goodrel varje skyldighet.

IA024 = Kommunavsnittet anger ingen planperiod.
    .rationale = Uppföljningen enligt 45 § och rapporteringen vartannat år bedöms mot den period planen gäller; utan den kan goodrel inte avgöra när en rapport ska lämnas eller om samråden är aktuella. Varning: lagen föreskriver inte periodens form, men utan den kontrolleras inga tidsfrister.
    .help = Lägg till `plan_period: {"{"}start: ÅÅÅÅ-MM-DD, end: ÅÅÅÅ-MM-DD{"}"}` i avsnittet `municipality`.

IA025 = Kommunavsnittet anger inte kommunens NTM-central / livskraftscentral.
    .rationale = Den regionala statliga myndigheten tar emot rapporterna vartannat år och tillsätter den regionala samarbetsgruppen. NTM-centralerna överlämnade sina integrationsuppgifter till de regionala livskraftscentralerna den 1 januari 2026, så planen bör säga vilken myndighet kommunen har att göra med i stället för att låta läsarna (och goodrels meddelanden) gissa. Varning: en lucka i planens beskrivning, inte i sig ett lagbrott.
    .help = Lägg till `regional_authority: {"{"}kind: { VALUE("vitality_centre", of: "RegionalAuthorityKind") }, name: "..."{"}"}` (eller `kind: { VALUE("ely_centre", of: "RegionalAuthorityKind") }` för en plan skriven före 2026) i avsnittet `municipality`.

IA030 = Planens lägesbild av den lokala invandringen saknas, är odaterad, saknar källa, är föråldrad eller anger inte hur många invandrare som bor i kommunen, varför de kom, deras åldrar, språk eller sysselsättning.
    .rationale = Ministeriets planeringschecklista ber kommunen bygga upp en kvantitativ och kvalitativ lägesbild av invandringen innan den sätter upp mål: hur många invandrare som bor i kommunen, varför de kom (asyl, kvotflyktingar, studier, arbete, familj) och befolkningens sammansättning. Utan den kan man inte visa att målen svarar mot lokala behov, och en lägesbild utan år och källa kan inte kontrolleras eller uppdateras. goodrel kräver `municipality.situation` med `year` och `source` och uppgifter av varje slag: antalet invånare med främmande modersmål, skälen till invandringen, åldrar, språk och sysselsättning. Uppgifter som är mer än två år äldre än planperiodens början är föråldrade: befolkningen som planen betjänar har förändrats sedan dess. Alla luckor blir en iakttagelse. Varning: checklistans råd, inte lagens ordalydelse.
    .help = Fyll i `municipality.situation` med `year`, `source` (t.ex. Statistikcentralen), `foreign_language_residents`, `reasons` eller `by_reason`, `ages`, `languages` och `employment`, med uppgifter som är högst två år äldre än planperiodens början.

IA031 = Planen säger inte om kommunen planerar ensam, tillsammans med andra kommuner eller arbetskraftsmyndigheten, eller som en del av en annan plan.
    .rationale = Ministeriets planeringschecklista börjar med att be kommunen bestämma hur den planerar: på egen hand, tillsammans med andra kommuner eller arbetskraftsmyndigheten, eller inom ett annat planeringsdokument; 45 § tillåter att planeringen är ett eget program eller en del av en annan plan. Planens läsare (samarbetsgruppen, NTM-centralen / livskraftscentralen) behöver veta vilket, för att se vilka andra som är bundna av den. Anmärkning: en beskrivning som saknas, inte en skyldighet som saknas.
    .help = Lägg till `planning: {"{"}mode: { VALUE("alone") }{"}"}` (eller `{ VALUE("with_other_municipalities") }`, `{ VALUE("with_employment_authority") }`, `{ VALUE("part_of_other_plan") }` med `document:`) i avsnittet `municipality`.

IA032 = Ingen åtgärd eller vägledningstjänst ger grundläggande information eller lågtröskelvägledning till alla invandrare, utöver integrationsprogrammets kunder.
    .rationale = Enligt den reformerade lagen, så som Europarådets handbok och ministeriet beskriver den, når integrationsprogrammets tjänster en avgränsad målgrupp, men alla invandrare ska få grundläggande information om Finland, lågtröskelvägledning och allmänna offentliga tjänster. Planen visar det med en åtgärd av typen `{ VALUE("information", of: "MeasureKind") }` eller `{ VALUE("guidance") }` som är öppen för alla (inga målgrupper, eller målgrupper som omfattar `{ VALUE("immigrants") }` eller `{ VALUE("all_residents") }`), eller med programmets vägledning och rådgivning vars målgrupper omfattar `{ VALUE("immigrants") }` eller `{ VALUE("all_residents") }` (en rådgivningspunkt för alla invandrare). Vägledning bara för programmets kunder (grupperna för bedömningen av integrationsbehov) når inte de andra. Varning: det är planens tjänster, inte dess uppräknade innehåll, som lagen kräver, och goodrel ser dem bara genom åtgärderna och tjänsterna.
    .help = Lägg till en åtgärd med `kind: { VALUE("guidance") }` (eller `{ VALUE("information", of: "MeasureKind") }`) för alla invandrare, t.ex. en rådgivningspunkt med låg tröskel eller flerspråkig information på webben, med `target_groups: [{ VALUE("immigrants") }]`; eller ange `{ VALUE("immigrants") }` under `target_groups` för programmets vägledningstjänst som är öppen för alla.

IA033 = Planen visar inte att den beaktar de sysselsättningsmål som satts för integrationskunder, eller kommunens livskraft.
    .rationale = Utöver statens integrationsprogram (VALKO, som IA023 kontrollerar) ska kommunens planering enligt Europarådets guides beskrivning av lagen och ministeriets checklista beakta de sysselsättningsmål som ministeriet ställer upp för integrationskunder och kommunens livskraft. Planen visar det första med ett mål inom området `{ VALUE("employment_and_education") }` som anger sitt `national_objective`, och det andra med ett mål som talar om livskraft (elinvoima, livskraft, { VALUE("business") }) eller en åtgärd inom sektorn `{ VALUE("business_services") }`. Varning, inte fel: bara VALKO-delen är bekräftad i 45 §:s ordalydelse (se domänanteckningarna), så goodrel behandlar inte resten som ett lagbrott.
    .help = Ange `national_objective:` för det sysselsättningsmål som bär ministeriets sysselsättningsmål för integrationskunder, och lägg till ett mål (eller en åtgärd inom `{ VALUE("business_services") }`) om hur integrationen stöder kommunens livskraft.

IA034 = Från 2026 nämner planen fortfarande en NTM-central, trots att dess integrationsuppgifter övergick till de regionala livskraftscentralerna den 1 januari 2026.
    .rationale = Den 1 januari 2026 övergick NTM-centralernas integrationsuppgifter (att ta emot rapporterna vartannat år, den regionala samarbetsgruppen) till tio regionala livskraftscentraler (elinvoimakeskus). En plan som skrevs tidigare nämner med rätta sin NTM-central; när planen bedöms den dagen eller senare (`--as-of`) säger goodrel en gång vilken central som nu träder i dess ställe, utifrån det välfärdsområde (eller landskap) planen nämner. Där goodrel inte är säker på motsvarigheten nämner den ingen central. Anmärkning: planen är inte fel, bara föråldrad.
    .help = Uppdatera `municipality.regional_authority` till `{"{"}kind: { VALUE("vitality_centre", of: "RegionalAuthorityKind") }, name: "..."{"}"}` och myndighetens aktör till `kind: { VALUE("vitality_centre", of: "ActorKind") }`.

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
ia004-one-alone = tjänst { $service }: ingen samarbetande tjänsteproducent från en annan organisation än den ansvariga aktörens
ia004-all-alone = ingen av programmets { $total } tjänster anger någon samarbetande tjänsteproducent från en annan organisation, så programmet beskriver inget samarbete med andra tjänsteproducenter: { $services }
ia004-some-alone = { $count } av programmets { $total } tjänster anger ingen samarbetande tjänsteproducent från en annan organisation: { $services }
ia007-only-language = { $service } (bara { $language })
ia007-not-multilingual = samhällsorientering { $services }: { $count ->
    [one] tjänsten
   *[other] tjänsterna
} visar inte att orienteringen är flerspråkig – inget språk utöver finska och svenska och inte heller `client_language: true`
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
    [one] områdets enda åtgärd anger bara samarbetspartner från den egna organisationen
   *[other] ingen av områdets { $count } åtgärder anger någon samarbetspartner från en annan organisation än den ansvariga aktörens
}, så planen visar inget samarbete inom området: { $areas }
ia013-no-partner = { $count ->
    [one] områdets enda åtgärd anger ingen samarbetspartner
   *[other] ingen av områdets { $count } åtgärder anger någon samarbetspartner
}, så planen visar inget samarbete inom området: { $areas }
ia014-no-indicator = mål { $objective } ({ $areas }): ingen indikator som mäter framstegen
ia016-no-link = planen länkar inte till någon kommunstrategi, så den visar inte att strategin beaktar invandrare och integrationskunder
ia016-unsaid = länk till kommunstrategin { $link }: det framgår inte hur invandrare och integrationskunder beaktas
ia017-no-coordination = planen visar ingen samordning med välfärdsområdets planering: { $why }
ia017-absent = { $county } är inte ansvarig för eller partner i någon åtgärd eller tjänst, och inte heller medlem i eller sammankallare för någon struktur
ia017-not-listed = välfärdsområdet finns inte bland aktörerna
ia017-not-listed-named = välfärdsområdet ({ $county }) finns inte bland aktörerna
ia018-no-group = planen har ingen sektorsövergripande samarbetsgrupp för invandring, integration och goda relationer, varken lokal eller regional
ia019-no-needs = samråden med invandrare eller organisationer före planens godkännande anger inga behov: { $consultations }
ia019-after-approval = alla samråd med invandrare eller organisationer hölls samma dag som planen godkändes, { $date }, eller senare, för sent för att påverka planen: { $consultations }
ia019-after-period-start = alla samråd med invandrare eller organisationer hölls samma dag som planperioden började, { $date }, eller senare, för sent för att påverka planen: { $consultations }
ia019-none = planen anger inget samråd eller planeringstillfälle med invandrare eller organisationer
ia019-none-roster = planen anger inget samråd eller planeringstillfälle med invandrare eller organisationer (struktur { $structure } räknar upp invandrargrupper, men anger inte att den deltog i planeringen: `participation: [{ VALUE("planning", of: "ParticipationForm") }]`)
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
ia022-not-covered = den behandlar inte { $contents }
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
ia032-none = ingen åtgärd av typen `{ VALUE("information", of: "MeasureKind") }` eller `{ VALUE("guidance") }` ger grundläggande information eller lågtröskelvägledning till alla invandrare
ia033-not-considered = planens mål beaktar inte { $missing ->
    [employment] de sysselsättningsmål som satts för integrationskunder
    [vitality] kommunens livskraft
   *[both] de sysselsättningsmål som satts för integrationskunder, och inte heller kommunens livskraft
}
ia034-centre = { $centre } (utifrån välfärdsområdet i planen: { $county })
ia034-name-centre = ange livskraftscentralen i er region
ia034-ely-centre = planen nämner en NTM-central: { $name }; sedan den 1 januari 2026 hör dess integrationsuppgifter till den regionala livskraftscentralen: { $instead }
ia001-link-no-programme = länk { $link } nämner integrationsprogrammet enligt 13 § men { $why }, så planen varken räknar upp programmets tjänster eller identifierar dokumentet där de finns
ia001-link-unidentified = identifierar inget dokument: den behöver en skriven titel med datum för godkännandet (`approved`), en `url` eller en `file`
ia001-link-former-act = är antecknad enligt den tidigare lagen 1386/2010, och dess program är inte integrationsprogrammet enligt 13 § i lagen 681/2023
ia004-same-organisation = { $service } (bara { $partners }, från den egna organisationen)
ia009-service = { $service } (beskrivning: { $why })
ia009-not-described = { $count ->
    [one] en tjänst i integrationsprogrammet har bara ett namn, ingen beskrivning
   *[other] { $count } tjänster i integrationsprogrammet har bara ett namn, ingen beskrivning
}: { $services }
ia010-not-written = { $count ->
    [one] målen för området är oskrivna ({ $areas })
   *[other] målen för { $count } områden är oskrivna ({ $areas })
}: { $objectives }
ia010-objective = { $objective } (formulering: { $why })
ia011-not-written = { $count ->
    [one] åtgärderna för området är oskrivna ({ $areas })
   *[other] åtgärderna för { $count } områden är oskrivna ({ $areas })
}, och ingen beskrivning säger vad de är: { $measures }
ia011-measure = { $measure } (rubrik: { $why })
ia014-unnamed = indikator { $indicator } har inget namn (namn: { $why }), så det framgår inte vad som mäts av framstegen för { $count ->
    [one] mål { $objectives }
   *[other] målen { $objectives }
}, och de har ingen annan namngiven indikator
ia016-not-written = länk till kommunstrategin { $link }: det framgår inte hur invandrare och integrationskunder beaktas – anteckningen { $why }
ia016-off-topic = länk till kommunstrategin { $link }: anteckningen talar inte om invandrare, integration, mångfald eller goda relationer: '{ $text }'
ia017-no-coordination-note = planen visar ingen samordning med välfärdsområdets planering: { $why }; och anteckningen vid länk { $link } { $note }
ia017-note-vague = ('{ $text }') säger inte hur planeringen samordnas (ett möte, en grupp, ett avtal, en tidsplan)
ia017-note-missing = saknas
ia021-submitted-future = rapport { $report } anges som inlämnad { $submitted }, efter bedömningsdagen ({ $as_of })
ia021-submitted-early = rapport { $report } anges som inlämnad { $submitted }, innan dess period slutade { $end }
ia021-and-not-counted = { $overdue }; räknas inte: { $records }
ia021-not-counted = { $count ->
    [one] en rapportanteckning kan inte räknas som inlämnad rapport
   *[other] { $count } rapportanteckningar kan inte räknas som inlämnade rapporter
}: { $records }
ia022-content-why = { $content } ({ $why })
ia023-link = VALKO-länk { $link } (titel: { $why })
ia023-objective = det nationella målet för { $objective } ({ $why })
ia023-not-named = planen namnger inte de nationella integrationsmål den beaktar: { $items }
ia026-in-force = planen för { $municipality } är antecknad enligt den tidigare integrationslagen 1386/2010, men den gäller efter den 1 januari 2025, när lagen 681/2023 ersatte den; sedan dess ska kommunen ha ett integrationsprogram enligt 13 § (sex delar, var och en med ansvarig aktör och samarbete med andra tjänsteproducenter) och planering enligt 45 § (mål, åtgärder, ansvariga aktörer, samarbete och indikatorer för vart och ett av fem områden, samordnad med välfärdsområdet, med beaktande av VALKO och integrerad i kommunstrategin), och rapportera vartannat år; planen kontrollerades inte mot dessa skyldigheter
ia026-history = planen för { $municipality } utarbetades enligt den tidigare integrationslagen 1386/2010 och dess period slutade innan lagen 681/2023 trädde i kraft den 1 januari 2025; den kontrollerades inte mot den nya lagen
written-what = { $why ->
    [missing] saknas
    [short] '{ $value }' är för kort för att säga något
    [mark] '{ $value }' är bara ett tecken
    [placeholder] '{ $value }' är en platshållare
    [label] '{ $value }' anger bara vad det är för slags punkt
   *[reused] '{ $value }' är samma text som för andra punkter
}
