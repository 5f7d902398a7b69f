# Regeltexter (goda relationer): för varje regel en sammanfattning (vad den kontrollerar),
# .rationale (varför det är viktigt och varför regeln har sin allvarlighetsgrad) och .help
# (hur en iakttagelse åtgärdas). Id:na är reglernas id.

GR001 = Planen anger inte vad den menar med goda relationer mellan befolkningsgrupper eller vilka befolkningsgrupper arbetet gäller.
    .rationale = Justitieministeriets guide räknar till förutsättningarna för strategiskt arbete för goda relationer att kommunen tydligt anger vad den menar med relationer mellan befolkningsgrupper och vilka grupper det gäller. Goda relationer gäller alla invånare, inte bara invandrare; utan en angiven avgränsning uppfattar sektorerna det som enbart en integrationsfråga. Varning: vägledning.
    .help = Lägg till `municipality.good_relations` med en `definition` med egna ord och de `groups` som arbetet gäller (t.ex. { VALUE("immigrants") }, { VALUE("majority_population") }, { VALUE("roma") }, { VALUE("swedish_speakers") }, { VALUE("young_people") }).

GR002 = Åtgärderna för målen om goda relationer kommer från färre än tre sektorer.
    .rationale = Justitieministeriets guide förutsätter att arbetet för goda relationer förstås brett och når välfärdstjänster, boende, markanvändningsplanering, utbildning, ungdomsarbete, säkerhet och kultur, och att personer från alla serviceområden deltar. När åtgärderna för målen om goda relationer kommer från en eller två sektorer förblir arbetet ett sidoprojekt. En åtgärds sektor är dess `sector`, annars den ansvariga aktörens sektor. Varning: vägledning.
    .help = Lägg till åtgärder för målen om goda relationer från andra sektorer (t.ex. boende, stadsplanering, ungdom, grundläggande utbildning, kultur, säkerhet) och ge varje åtgärd dess `sector`.

GR003 = En åtgärd har ingen tidsplan.
    .rationale = Justitieministeriets guide förutsätter en ansvarig aktör och en tidsplan för varje åtgärd och att kommunen följer upp att tidsplanen hålls. En åtgärd utan startdatum kan inte följas upp och inte redovisas i rapporten vartannat år. Varning: vägledning.
    .help = Lägg till `timetable:` med ett `start`-datum och, för en tidsbegränsad åtgärd, ett `end`-datum; en permanent åtgärd har `ongoing: true` (dess `start` kan utelämnas).

GR004 = Planen hänvisar inte till kommunens likabehandlingsplan.
    .rationale = Enligt diskrimineringslagen 1325/2014 ska myndigheter, också kommuner, bedöma hur likabehandling förverkligas i deras verksamhet, främja den och upprätta en likabehandlingsplan; justitieministeriets guide nämner den planen som ett centralt verktyg för att utveckla relationerna mellan grupper. Skyldigheten gäller att ha en likabehandlingsplan, inte att hänvisa till den i denna plan: en saknad hänvisning visar inte att planen saknas, så detta är ett råd. Varning: justitieministeriets guide förutsätter att kopplingen till lagstadgade planer synliggörs.
    .help = Lägg till en post under `links:` med `kind: { VALUE("non_discrimination_plan") }`, planens titel och, om den är offentlig, dess webbadress.

GR005 = Planen hänvisar inte till kommunens säkerhetsplan.
    .rationale = I den lokala säkerhetsplaneringen hanteras konfrontationer, konflikter och hatbrott lokalt. Justitieministeriets guide nämner säkerhetsplanen bland de planer som arbetet för goda relationer bör kopplas till, och Europarådets guide placerar i sin nationella översikt den lokala säkerhetsplaneringen vid sidan av integrationsprogrammet. Varning: vägledning.
    .help = Lägg till en post under `links:` med `kind: { VALUE("security_plan") }` och beskriv i dess `mainstreaming` hur den beaktar relationerna mellan befolkningsgrupper.

GR006 = Planen anger inte hur dess mål kommuniceras till myndigheter och invånare.
    .rationale = Enligt justitieministeriets guide avslutas strategiprocessen med att målen kommuniceras till kommunens myndigheter och invånare, så att beslutsfattare, personal och invånare vet vad goda relationer handlar om och vilka de gäller. Anmärkning: råd för genomförandet av planen.
    .help = Ange under `municipality.communication` hur målen kommuniceras (t.ex. "stadens webbplats på finska, svenska och engelska", "information för sektorcheferna", "invånarkväll").

GR007 = Ingenting i planen mäter relationerna mellan befolkningsgrupper.
    .rationale = Justitieministeriets guide ser uppföljning och mätning av relationerna mellan grupper som en av arbetets tre delar, med exempel som en återkommande enkät om stämningen mellan grupperna och ministeriets datainsamlingstillfällen med befolkningsgrupper. Utan en sådan indikator och utan indikator för något mål om goda relationer kan planen inte visa om relationerna blir bättre. Varning: vägledning.
    .help = Lägg till en indikator med `instrument: { VALUE("atmosphere_survey") }` eller `{ VALUE("data_collection_sessions") }`, eller koppla indikatorer till målen om goda relationer (`objectives[].indicators`).

GR008 = Planen anger inte vilket organ som godkände den och när.
    .rationale = Justitieministeriets guide ser stödet från kommunens ledning och beslutsfattarnas engagemang som förutsättningar för arbetet för goda relationer, och även ministeriets checklista förutsätter beslutsfattare som har förbundit sig till en tidsplan. Ett redovisat godkännande är det synliga tecknet på det engagemanget. Varning: vägledning (planen kan fortfarande vara under beredning).
    .help = Lägg till `municipality.approval` med det godkännande organet `body` (t.ex. stadsfullmäktige) och beslutets datum `date`.

GR009 = Åtgärder vars tidsplan har gått ut är fortfarande markerade som planerade eller pågående.
    .rationale = Justitieministeriets guide förutsätter att kommunen ger varje åtgärd en tidsplan och följer upp att den hålls. En åtgärd vars `timetable.end` har passerats (bedömt enligt `--as-of`) men vars `status` fortfarande är `{ VALUE("planned") }` eller `{ VALUE("ongoing") }` är antingen försenad eller har inte fått sin status uppdaterad: i båda fallen säger planen inte längre vad som händer. Permanenta åtgärder (`ongoing: true` eller inget slutdatum) bedöms inte. Alla sådana åtgärder blir en iakttagelse, vid den första. Varning: vägledning.
    .help = Ange för varje uppräknad åtgärd `status: { VALUE("done") }` eller `{ VALUE("dropped") }`, eller flytta `timetable.end` till det nya datumet och förklara varför i dess beskrivning.

# Meddelanden i iakttagelserna.

gr001-no-definition = planen anger inte vad den menar med goda relationer mellan befolkningsgrupper
gr001-no-groups = planen anger inte vilka befolkningsgrupper arbetet för goda relationer gäller
gr002-no-sector = åtgärderna för målen om goda relationer har ingen angiven sektor; goda relationer kräver minst tre sektorer
gr002-few-sectors = åtgärderna för målen om goda relationer kommer från bara { $count ->
    [one] en sektor
   *[other] { $count } sektorer
} ({ $sectors }); goda relationer kräver minst tre sektorer
gr003-no-timetable = åtgärd { $id } '{ $title }' har ingen tidsplan
gr004-no-non-discrimination-plan = planen hänvisar inte till kommunens likabehandlingsplan
gr005-no-security-plan = planen hänvisar inte till kommunens säkerhetsplan
gr006-not-communicated = planen anger inte hur dess mål kommuniceras till myndigheter och invånare
gr007-not-monitored = ingen indikator mäter relationerna mellan befolkningsgrupper: det finns ingen stämningsenkät eller datainsamling med befolkningsgrupperna, och inget mål om goda relationer har en indikator
gr008-not-approved = { $municipality }: planen anger inte vilket organ som godkände den och när
gr009-past-timetable = { $count ->
    [one] en åtgärd har passerat slutet av sin tidsplan
   *[other] { $count } åtgärder har passerat slutet av sin tidsplan
}: { $measures }
gr009-measure = { $id } '{ $title }' (slutade { $end }, fortfarande { $status ->
    [planned] planerad
   *[other] pågående
})
gr009-more = och { $count } till
