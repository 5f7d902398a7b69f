# Regeltexter (delaktighet): för varje regel dess sammanfattning (vad den kontrollerar),
# .rationale (varför den är viktig och varför den har denna allvarlighetsgrad) och .help (hur
# en iakttagelse åtgärdas). Id:n är reglernas id.

PAR001 = Ett samråd där invandrare eller en annan språklig minoritet hördes hölls inte på deras eget språk (utan t.ex. bara på kommunens officiella språk), eller anger inga språk.
    .rationale = Justitieministeriets verktyg betonar att språkliga minoriteter ska kunna diskutera på sitt eget språk, vid tillfällen som ordnas av organisationer och samtalsledare som talar samma språk, och Europarådets guide kräver flerspråkig information i flera kanaler för informationsdelaktighet. Ett samråd med invandrare som hålls bara på finska eller svenska når bara dem som redan talar dessa språk. Språkliga minoriteter är invandrargrupperna (vilket språk som helst utöver de officiella räcker), svenskspråkiga där svenska inte är officiellt språk (svenska behövs) och samerna där inget samiskt språk är officiellt (ett samiskt språk behövs); om planen inte anger officiella språk antas de vara finska och svenska. Det här är samma språkbedömning som `goodrel governance --trace` visar. Varning: vägledning.
    .help = Ange under `languages` de språk som samrådet hölls eller tolkades på (t.ex. [fi, ar, so, uk]); om det hölls bara på de officiella språken, ordna nästa gång tillfällen på deltagarnas egna språk.

PAR002 = Ett behov som lyfts fram i ett samråd besvaras inte av någon åtgärd.
    .rationale = I Beqiri-modellen som Europarådets guide presenterar identifieras lokal kunskap, erkänns tillsammans med beslutsfattarna och leder sedan till handling; meningsfull delaktighet innebär att problem som identifierats tillsammans åtgärdas på något sätt. Ett behov som ingen åtgärd besvarar stannar vid identifieringen, och de som deltog lär sig att samråd inte förändrar något. Varning: vägledning (ett behov kan medvetet skjutas upp; säg det i en åtgärd).
    .help = Lägg till behovets id i `answers` för den åtgärd som svarar på det, eller lägg till en åtgärd för det.

PAR003 = Ett samråd lyfte fram behov, men planen anger inte var de behandlades med beslutsfattarna.
    .rationale = Erkännande, Beqiri-modellens mellersta steg, innebär att det som framkommit bearbetas tillsammans med beslutsfattarna så att det blir en gemensam förståelse; i justitieministeriets verktyg sker detta vid ett möte för beslutsfattare. När ett samråds behov aldrig förs till en struktur med beslutsfattare når de sällan budgeten. Varning: vägledning.
    .help = Ange i samrådets `recognised_in` den eller de strukturer där resultaten behandlades med beslutsfattarna (t.ex. en { VALUE("decision_maker_session") } eller samarbetsgruppen).

PAR004 = Inget råd, ingen grupp eller annan struktur har invandrare själva med som deltagare.
    .rationale = Kommunen ska se till att invandrare som bor i kommunen kan delta i planeringen av främjandet av integration, och Europarådets guide presenterar råd för vissa grupper, såsom invandrarråd, som det permanenta sättet att föra in invandrare i kommunens beslutsfattande. När ingen struktur räknar upp invandrare bland de grupper som deltar blir de i bästa fall hörda då och då. Varning: vägledning om hur skyldigheten att involvera invandrare uppfylls.
    .help = Lägg till `groups: [{ VALUE("immigrants") }]` (eller de grupper det gäller) i de strukturer där invandrare deltar, eller inrätta ett invandrarråd eller en plats för invandrade invånare i samarbetsgruppen.

PAR035 = Samråd som hölls för mer än sex månader sedan anger inte att deltagarna fick veta vad deras synpunkter ledde till.
    .rationale = I justitieministeriets verktyg kommer invånare som deltog i diskussionstillfällena till mötet för beslutsfattare, och kommunen följer upp och bedömer de åtgärder som följer; OSSE:s princip om ansvarsskyldighet kräver att resultaten av delaktigheten är offentliga. Att berätta för deltagarna vad deras synpunkter ledde till sluter cirkeln, och den som aldrig får höra något slutar komma. Sex månader är goodrels antagande om en rimlig tid för att besluta vad som ska göras med resultaten; yngre samråd (enligt `--as-of`) bedöms inte. Planen visar återkopplingen med `feedback: {"{"}date, how{"}"}` på samrådet. Alla sådana samråd ger en iakttagelse, vid det första. Anmärkning: källorna beskriver återkopplingen, inte en skyldighet att registrera den.
    .help = Lägg till `feedback: {"{"}date: YYYY-MM-DD, how: "..."{"}"}` i varje samråd som räknas upp och ange när och hur deltagarna fick veta vad deras synpunkter ledde till.

PAR010 = Ett råd för en viss grupp (t.ex. ett invandrarråd) har inga fokusfrågor för den pågående perioden.
    .rationale = Det första elementet i meningsfull (och inte symbolisk) delaktighet i Europarådets guide är att reflektera över strukturen: vilka frågor rådet fokuserar på under varje period och genom vilka strukturer det påverkar dem. Ett råd utan aktuella fokusfrågor tenderar att bara reagera på det som läggs fram för det. Fokusfrågor med en period räknas bara när kontrolldatumet infaller inom den; frågor utan period gäller hela tiden. Varning: ett element i guiden, inte en lagstadgad skyldighet.
    .help = Lägg till `focus_issues:` med de frågor rådet arbetar med under perioden, t.ex. `- period: {"{"}start: 2026-01-01, end: 2027-12-31{"}"}` och `issues: [boende, ungas sysselsättning]`.

PAR011 = Ett råd för en viss grupp har inte rätt att lämna initiativ till kommunfullmäktige.
    .rationale = Guiden kopplar meningsfull delaktighet till beslutsfattandet: ett råd ska kunna lämna initiativ och förslag till kommun- eller stadsfullmäktige, åtminstone i frågor som gäller den grupp det företräder; annars blir det hört men kan inte föra upp något på dagordningen. goodrel godtar `rights: [{ VALUE("initiatives_to_council") }]` eller ett `mandate` som talar om initiativ (initiative, aloite, initiativ). Varning: ett element i guiden.
    .help = Ge rådet rätt att lämna initiativ till kommunfullmäktige och ange det som `rights: [{ VALUE("initiatives_to_council") }]`.

PAR012 = Ett råd för en viss grupp deltar inte i den strategiska planeringen, uppföljningen och utvärderingen av arbetet.
    .rationale = Guiden ger rådet rätt till information och delaktighet: det följer upp tillgängligheten till (riktade) tjänster och deltar i den strategiska planeringen, uppföljningen och utvärderingen av integration och goda relationer, det vill säga det är kopplat till den grupp som behandlar strategin för och uppföljningen av integrationen eller till en annan samarbetsgrupp. Ett råd utanför den cirkeln får höra om planer först när de är färdiga. Uppfylls av `linked_to` som anger en samarbets-, styr- eller arbetsgrupp, eller av rätten `{ VALUE("strategy_participation") }`. Varning: ett element i guiden.
    .help = Koppla rådet till den samarbets- eller styrgrupp som planerar och följer upp arbetet (`linked_to: [<gruppens id>]`), eller ange `rights: [{ VALUE("information", of: "StructureRight") }, { VALUE("strategy_participation") }]`.

PAR013 = Ett råd för en viss grupp anger inte hur medlemmarna speglar mångfalden eller vad som krävs av ordföranden.
    .rationale = Guiden kräver att rekryteringen omfattar personer som företräder gemenskapernas mångfald (bakgrund, språk, religion, nationalitet, kön, yrke) och som också har sakkunskap och motivation, och att särskilda krav kan ställas på ordföranden (sakkunskap om uppdraget, kommunikationsförmåga). Ett råd som rekryteras utan sådana kriterier talar lätt för bara några få gemenskaper. goodrel kräver minst två dimensioner av mångfald i `membership.diversity` och ett krav på ordföranden i `membership.chair`. Varning: ett element i guiden.
    .help = Lägg till `membership:` med `diversity: [languages, religions, gender, ...]` (minst två) och `chair:` som beskriver vad som krävs av ordföranden.

PAR014 = Ett råd för en viss grupp har ingen kompetensutveckling för sina medlemmar.
    .rationale = Guiden kräver att rådsmedlemmarnas kompetens utvecklas kontinuerligt genom utbildning, information och studieresor, så att de kan påverka kommunens strukturer på det språk som strukturerna använder. Utan det stannar inflytandet hos de få som redan känner systemet. Varning: ett element i guiden.
    .help = Lägg till `skills_development:` med det som medlemmarna får, t.ex. ["utbildning om kommunens beslutsfattande", "studieresa till regionala delegationen för etniska relationer (ETNO)"].

PAR015 = Ett råd för en viss grupp betalar inte mötesarvode till sina medlemmar (eller anger inte om det gör det).
    .rationale = Guidens ekonomiska element: medlemmarna ska få ersättning för sitt deltagande och mötesarvode, på samma sätt som medlemmar i andra kommunala organ. Obetalt deltagande gynnar dem som har råd med det och signalerar att rådet är mindre viktigt. Varning: ett element i guiden.
    .help = Betala medlemmarna mötesarvode och ange `resources: {"{"}meeting_fees: true{"}"}` för rådet.

PAR016 = Någon av de sex formerna av delaktighet (informations-, initiativ-, planerings-, besluts-, genomförande- och utvärderingsdelaktighet) erbjuds inte av någon struktur eller åtgärd.
    .rationale = Guiden frågar, i enlighet med Sitra, vad människor bjuds in att delta i: informationsdelaktighet är grunden för allt, och de övriga fem följer beslutsfattandets faser. En plan vars strukturer och åtgärder erbjuder till exempel informations- och genomförandedelaktighet men inte planerings- eller utvärderingsdelaktighet bjuder in invånarna att få information och hjälpa till, inte att forma. De former som ingen erbjuder nämns i en iakttagelse; om ingen struktur eller åtgärd anger någon form säger en iakttagelse det. Anmärkning: ett perspektiv för att granska planen, inte ett krav.
    .help = Ange för strukturer och åtgärder de former av delaktighet som invånarna deltar i (`participation: [{ VALUE("information", of: "ParticipationForm") }, { VALUE("planning", of: "ParticipationForm") }, { VALUE("evaluation", of: "ParticipationForm") }, ...]`), och överväg ett sätt att delta i den form som saknas.

PAR017 = En struktur eller åtgärd som erbjuder informationsdelaktighet når invånarna bara på de officiella språken (eller anger inga språk).
    .rationale = Informationsdelaktighet är grunden för alla andra former: utan att veta vad man kan påverka är ingen annan delaktighet möjlig. För olika befolkningsgrupper kräver guiden flerspråkig information i flera kanaler och utbildning om systemet på deras språk. Information bara på finska eller svenska når bara dem som redan läser dessa språk. Officiella språk är kommunens `official_languages` (finska och svenska om de inte anges). Varning: ett element i guiden.
    .help = Ange de språk som informationen når invånarna på (`languages: [fi, en, ar, so, uk]` för åtgärden eller strukturen) och lägg till de viktigaste språken bland kommunens invånare.

PAR018 = En del åtgärder svarar inte på något behov som lyfts fram i ett samråd, trots att planen anger behov från samråd.
    .rationale = I Beqiri-modellen bygger handling på identifierade och erkända lokala behov. När en plan anger behov från samråd visar åtgärder som inte hänvisar till något av dem antingen kopplingar som ännu inte skrivits ned eller arbete som planerats utan invånarnas synpunkter. En iakttagelse per plan, vid avsnittet för åtgärder, räknar dem och nämner de första; `goodrel governance --trace` räknar upp alla. Ingen iakttagelse när planen inte anger några behov från samråd (spårningen används inte); slopade åtgärder räknas inte. Anmärkning: många åtgärder bygger med rätta på lag eller strategi.
    .help = När en åtgärd svarar på något som invånarna lyfte fram, lägg till behovets id i dess `answers`; `goodrel governance PLANKATALOG --trace` räknar upp de åtgärder det gäller.

PAR019 = Alla åtgärder som besvarade ett behov från ett samråd har slopats.
    .rationale = Meningsfull delaktighet innebär att problem som identifierats och erkänts tillsammans åtgärdas på något sätt. När de enda åtgärderna som besvarar ett behov har slopats är behovet i praktiken tillbaka där det började, och de som lyfte fram det har inte fått veta det. Varning: ett element i guiden (Beqiri-modellens handlingssteg).
    .help = Besvara behovet med en åtgärd som är planerad, pågår eller är genomförd, eller ange varför behovet lämnas (och berätta det för dem som deltog i samrådet).

PAR020 = En samutvecklingsprocess har inga pengar eller ingen tid avsatt.
    .rationale = Guidens första förutsättning för samutveckling är tillräckliga resurser, både pengar och tid, så att processen ger verklig delaktighet och verkligt inflytande och inte bara ett sken av dem; samutveckling är en process där relationer byggs, inte ett enskilt evenemang. Pengar är `resources.budget_eur` (mer än noll); tid är `{ VALUE("co_design") }.time`. Varning: en förutsättning i guiden.
    .help = Ange `resources: {"{"}budget_eur: ...{"}"}` och `co_design: {"{"}time: "sex verkstäder, september 2026–februari 2027"{"}"}` för samutvecklingsstrukturen.

PAR021 = En samutvecklingsprocess anger inte vad den är öppen för att ändra.
    .rationale = Samutveckling kräver genuin nyfikenhet och öppenhet för att utveckla eller ändra tjänsten, praxisen eller politiken i fråga. När inget anges som öppet bjuds deltagarna lätt in för att bekräfta beslut som redan fattats. Varning: en förutsättning i guiden.
    .help = Ange under `{ VALUE("co_design") }.open_to_change` vad processen kan ändra (t.ex. "tjänstens form, öppettider och plats").

PAR022 = En samutvecklingsprocess anger inte hur maktobalansen mellan personal och invånare utjämnas.
    .rationale = Guiden kräver att maktobalansen identifieras så att processen inte upprepar eller förstärker den, genom processledaren, valet av deltagare (flera medlemmar av gemenskapen, också sådana med nätverk och tyst kunskap) och platsen. Varning: en förutsättning i guiden.
    .help = Beskriv under `{ VALUE("co_design") }.power_balance` hur obalansen identifieras och utjämnas (t.ex. "en invånare är medordförande; flera medlemmar av gemenskapen inbjudna; mötena i gemenskapens egna lokaler").

PAR023 = En samutvecklingsprocess har ingen namngiven processledare, eller en processledare utan gemensam identitet eller erfarenhetskunskap och ingen medledare från gemenskapen.
    .rationale = Guiden kräver en skicklig processledare (facilitator), helst en som delar gemenskapens identitet eller har erfarenhetskunskap, eller annars två ledare av vilka den ena är en medlem av gemenskapen med erfarenhetskunskap. En processledare utifrån som leder ensam återger lätt personalens syn. Uppfylls av `facilitator.experiential_knowledge: true` eller en `facilitator.co_lead`. Varning: en förutsättning i guiden.
    .help = Lägg till `co_design: {"{"}facilitator: {"{"}name: ..., experiential_knowledge: true{"}"}{"}"}`, eller ange en medlem av gemenskapen med erfarenhetskunskap som `co_lead`.

PAR024 = En samutvecklingsprocess anger ingen mötesplats, eller en som inte är (eller inte är känd för att vara) tillgänglig.
    .rationale = Valet av plats utjämnar också makt: guiden kräver att mötena hålls på en plats som är tillgänglig, lätt att ta sig till och bekväm för deltagarna. Varning: en förutsättning i guiden.
    .help = Lägg till `co_design: {"{"}venue: {"{"}name: ..., accessible: true{"}"}{"}"}` när det är bekräftat att platsen är tillgänglig och lätt att ta sig till.

PAR025 = En dialog anger inte om den är förebyggande, dämpar spänningar eller stärker försoning.
    .rationale = En dialog som förs vid fel tidpunkt, mellan fel aktörer eller om fel ämne kan öka polariseringen. Guiden kräver att dialogen förs vid rätt tidpunkt: förebyggande, för att dämpa spänningar eller konflikter, eller för att stärka försoning. När det anges blir tidpunkten ett medvetet val. Gäller strukturer och åtgärder av slaget `{ VALUE("dialogue", of: "MeasureKind") }`. Varning: en förutsättning i guiden.
    .help = Ange `dialogue: {"{"}timing: { VALUE("preventive") }{"}"}` (eller `{ VALUE("defusing") }`, `{ VALUE("reconciliation") }`) för dialogen.

PAR026 = En dialog anger inget gemensamt intresse eller mål som klarlagts med parterna.
    .rationale = För att en dialog ska ändra attityder till en annan grupp och dämpa konfrontation måste den enligt guiden bygga på ett gemensamt intresse eller mål som klarlagts omsorgsfullt. Varning: en förutsättning i guiden.
    .help = Skriv det klarlagda gemensamma intresset under `dialogue.common_interest` (t.ex. "en trygg park för allas barn").

PAR027 = En dialog anger inte hur samtalet leds så att ingen part dominerar en annan.
    .rationale = Guiden kräver en balanserad samtalsledning så att ingen part dominerar; annars återskapar dialogen lätt etniska hierarkier och strukturell diskriminering. Varning: en förutsättning i guiden.
    .help = Beskriv under `dialogue.facilitation` vem som leder samtalet och hur balansen upprätthålls (t.ex. "två utbildade samtalsledare, en från varje gemenskap").

PAR028 = En dialog har inget stöd från en offentlig myndighet.
    .rationale = Guidens fjärde förutsättning är samhällets stöd, här den lokala förvaltningen som utövar offentlig makt: utan det har det som dialogen ger ingenstans att ta vägen. Uppfylls när dialogens sammankallare (en strukturs `convener`, en åtgärds `responsible`) eller en aktör i `dialogue.supported_by` är en offentlig myndighet (en kommunal sektor, beslutsfattare, välfärdsområdet, NTM-centralen / livskraftscentralen, polisen ...). Varning: en förutsättning i guiden.
    .help = Ange den offentliga myndighet som stöder dialogen i `dialogue.supported_by` (t.ex. borgmästarens kansli eller stadsstyrelsen som en aktör av slaget { VALUE("decision_makers") }).

PAR029 = En registrerad datainsamlingscykel om goda relationer saknar en del: diskussionstillfällena, mötet för beslutsfattare, dess handlingsplan eller responsenkäten.
    .rationale = Justitieministeriets verktyg är en cykel: diskussionstillfällen med befolkningsgrupper, sedan ett möte för beslutsfattare som resulterar i en handlingsplan med en till fyra åtgärder, en responsenkät till deltagarna samt uppföljning med nya tillfällen. En cykel som saknar en del samlar erfarenheter som inte leder någonstans, eller handlar utan att känna till effekten. En cykel registreras med ett `cycle:`-block på en struktur av slaget { VALUE("decision_maker_session") }; så länge dess datum `held` ligger efter kontrolldatumet kontrolleras bara diskussionstillfällena och mötets slag. Varning: vägledning.
    .help = Komplettera `cycle:`-blocket: `discussion_sessions` (samrådens id), `action_plan` (en till fyra åtgärders id) och `feedback_survey`; registrera det på en struktur av slaget { VALUE("decision_maker_session") }.

PAR030 = Handlingsplanen från ett möte för beslutsfattare har fler än fyra åtgärder.
    .rationale = Verktygets möte för beslutsfattare avslutas med en handlingsplan med en till fyra åtgärder som de närvarande aktörerna själva genomför; en längre lista försvagar engagemanget och kan inte följas upp med responsenkäten och nästa omgång. Varning: vägledning.
    .help = Behåll i `cycle.action_plan` de en till fyra åtgärder som deltagarna förband sig till; flytta resten till planens vanliga åtgärder.

PAR031 = En datainsamlingscykel planerar inte sin nästa omgång, eller nästa omgång är försenad.
    .rationale = Att upprepa diskussionstillfällena är verktygets sätt att följa läget i relationerna och åtgärdernas effekt; en enda omgång ger en ögonblicksbild, inte uppföljning. Ger en iakttagelse när `cycle.next_round` saknas, eller när datumet har passerats (på kontrolldatumet) utan något senare möte för beslutsfattare och utan något diskussionstillfälle som samråd på eller efter det datumet. Kontrolleras inte så länge själva mötet ligger framför. Varning: vägledning.
    .help = Ange i `cycle.next_round` datumet för nästa tillfällen och registrera dem när de har hållits (ett nytt samråd med metoden { VALUE("discussion_session") } och ett nytt möte för beslutsfattare).

PAR032 = En indikator som använder THL:s skala Experiences of Social Inclusion Scale (ESIS) räknar inte upp skalans tio påståenden oförändrade och i rätt ordning.
    .rationale = ESIS är ett vetenskapligt validerat instrument; enligt guiden får den som använder det inte ändra eller anpassa det, eftersom resultaten då inte längre är jämförbara eller giltiga. goodrel jämför planens `items` med de tio påståendena så som Europarådets guide räknar upp dem, utan hänsyn till versaler, mellanslag, numrering och slutpunkter, och anger vilken punkt som avviker eller står på fel plats, eller att antalet är fel. goodrel känner bara till den engelska formuleringen: punkter på andra språk (`items_language`) jämförs inte. Varning: guidens anvisning, inte lag.
    .help = Kopiera ESIS tio påståenden exakt, i THL:s ordning, till indikatorns `items` (se THL:s anvisningar för skalan).

# Iakttagelsernas meddelanden. Planens värden (id, namn, språk, datum) återges som de är skrivna.

par001-no-languages = samrådet { $id } '{ $title }' (hörda: { $group }) anger inte på vilka språk det hölls
par001-only-in = samrådet { $id } '{ $title }' (hörda: { $group }) hölls endast på följande språk: { $languages }
par002-need-unanswered = behovet { $need } '{ $text }' (samråd { $consultation }) besvaras inte av någon åtgärd
par003-not-recognised = samrådet { $id } '{ $title }' lyfte fram { $count ->
    [one] ett behov
   *[other] { $count } behov
}, men planen anger inte var { $count ->
    [one] det
   *[other] de
} behandlades med beslutsfattarna
par004-no-immigrants = planen har inget råd, ingen grupp eller annan struktur där invandrare deltar
par035-consultation = { $id } '{ $title }' ({ $date })
par035-no-feedback = { $count ->
    [one] ett samråd som hölls för mer än sex månader sedan anger
   *[other] { $count } samråd som hölls för mer än sex månader sedan anger
} inte att deltagarna fick veta vad deras synpunkter ledde till: { $consultations }

# Hur PAR010–PAR015 benämner ett råd, PAR020–PAR024 en samutvecklingsprocess och
# PAR025–PAR028 en dialog.
par010-council = rådet { $id } '{ $name }'
par020-co-design = samutvecklingsprocessen { $id } '{ $name }'
par025-dialogue = dialogen { $id } '{ $name }'
par025-dialogue-measure = dialogåtgärden { $id } '{ $name }'

par010-no-focus-issues = { $subject } anger inte vilka frågor det fokuserar på under den här perioden
par010-not-current = { $subject } har inga fokusfrågor för den pågående perioden (de senaste gäller { $start }–{ $end })
par011-no-initiative-mandate = { $subject } har inte rätt att lämna initiativ till kommunfullmäktige
par012-information-only = { $subject } har rätt till information men deltar inte i den strategiska planeringen, uppföljningen och utvärderingen: det är inte kopplat till någon samarbets- eller styrgrupp
par012-no-information-right = { $subject } saknar rätt till information och delaktighet: det är inte kopplat till någon samarbets- eller styrgrupp och har inte rätten `{ VALUE("strategy_participation") }`
par013-no-membership = { $subject } anger inte hur dess medlemmar och ordförande väljs
par013-no-diversity = { $subject } anger inte vilken mångfald det eftersträvar när medlemmarna rekryteras
par013-no-diversity-no-chair = { $subject } anger inte vilken mångfald det eftersträvar när medlemmarna rekryteras och ställer inga krav på sin ordförande
par013-few-diversity = { $subject } eftersträvar mångfald i endast { $count ->
    [one] ett avseende
   *[other] { $count } avseenden
}; rekryteringen bör spegla gemenskapernas mångfald i minst { $min } avseenden (t.ex. språk, religion, kön)
par013-few-diversity-no-chair = { $subject } eftersträvar mångfald i endast { $count ->
    [one] ett avseende
   *[other] { $count } avseenden
}; rekryteringen bör spegla gemenskapernas mångfald i minst { $min } avseenden (t.ex. språk, religion, kön), och rådet ställer inga krav på sin ordförande
par013-no-chair = { $subject } ställer inga krav på sin ordförande
par014-no-skills-development = { $subject } har ingen kompetensutveckling för sina medlemmar (t.ex. utbildning, information, studieresor)
par015-no-meeting-fees = { $subject } betalar inga mötesarvoden till sina medlemmar
par015-meeting-fees-unknown = { $subject } anger inte om medlemmarna får mötesarvode

par016-no-forms-recorded = ingen struktur eller åtgärd anger vilka former av delaktighet den erbjuder invånarna
par016-form-unused = ingen struktur eller åtgärd erbjuder den här formen av delaktighet: { $form }
par016-forms-unused = ingen struktur eller åtgärd erbjuder de här formerna av delaktighet: { $rest } och { $last }
par017-structure = strukturen { $id } '{ $name }'
par017-measure = åtgärden { $id } '{ $name }'
par017-no-languages = { $what } erbjuder informationsdelaktighet men anger inte på vilka språk informationen når invånarna
par017-only-in = { $what } erbjuder informationsdelaktighet endast på följande språk: { $languages }
par018-measures-cite-no-need = { $count } av { $total } åtgärder svarar inte på något behov som lyfts fram i ett samråd: { $measures }
par019-only-dropped = behovet { $need } '{ $text }' (samråd { $consultation }) besvarades endast av { $count ->
    [one] en åtgärd som har slopats
   *[other] åtgärder som har slopats
}: { $measures }

par020-no-money-no-time = { $subject } har varken pengar (resources.budget_eur) eller tid ({ VALUE("co_design") }.time) avsatt
par020-no-money = { $subject } har inga pengar avsatta (resources.budget_eur)
par020-no-time = { $subject } har ingen tid avsatt ({ VALUE("co_design") }.time)
par021-not-open-to-change = { $subject } anger inte vad i tjänsten eller politiken den är öppen för att ändra
par022-power-balance = { $subject } anger inte hur maktobalansen mellan personal och invånare identifieras och utjämnas
par023-no-facilitator = { $subject } har ingen namngiven processledare
par023-facilitator-without-experience = { $subject } leds av { $facilitator } utan gemensam identitet eller erfarenhetskunskap, och ingen medlem av gemenskapen är medledare
par024-no-venue = { $subject } anger ingen mötesplats, så tillgängligheten är okänd
par024-venue-not-accessible = { $subject } har mötesplatsen { $venue }, som inte är tillgänglig
par024-venue-accessibility-unknown = { $subject } anger inte om mötesplatsen { $venue } är tillgänglig

par025-timing-unstated = { $subject } anger inte om den är förebyggande, dämpar spänningar eller stärker försoning
par026-no-common-interest = { $subject } anger inget gemensamt intresse eller mål som klarlagts med parterna
par027-facilitation-unstated = { $subject } anger inte hur samtalet leds så att ingen part dominerar en annan
par028-no-authority-support = { $subject } har inget stöd från en offentlig myndighet: varken sammankallaren eller `dialogue.supported_by` anger någon

par029-no-discussion-sessions = datainsamlingscykeln för { $id } '{ $name }' har inga diskussionstillfällen: ange dem i `cycle.discussion_sessions` eller ange det här mötet i samrådens `recognised_in`
par029-not-a-session = datainsamlingscykeln för { $id } '{ $name }': strukturen är inte ett möte för beslutsfattare (kind: { VALUE("decision_maker_session") })
par029-no-action-plan = datainsamlingscykeln för { $id } '{ $name }' har ingen handlingsplan: ange i `cycle.action_plan` de en till fyra åtgärder som mötet kom överens om
par029-no-feedback-survey = datainsamlingscykeln för { $id } '{ $name }' anger ingen responsenkät till mötets deltagare
par029-incomplete = datainsamlingscykeln för { $id } '{ $name }' är ofullständig
par030-action-plan-too-large = mötet för beslutsfattare { $id } '{ $name }' har en handlingsplan med { $count ->
    [one] en åtgärd
   *[other] { $count } åtgärder
}; verktygets handlingsplan har en till fyra åtgärder som deltagarna själva genomför
par031-no-next-round = datainsamlingscykeln för { $id } '{ $name }' anger inte när diskussionstillfällena ska upprepas (`cycle.next_round`)
par031-next-round-overdue = datainsamlingscykeln för { $id } '{ $name }' planerade nästa omgång diskussionstillfällen till { $next }, men planen anger inga senare tillfällen eller möten för beslutsfattare

par032-no-items = indikatorn { $id } '{ $name }' använder ESIS men räknar inte upp skalans påståenden, så goodrel kan inte bekräfta att de är oförändrade
par032-wrong-count = indikatorn { $id } '{ $name }' räknar upp { $count ->
    [one] ett ESIS-påstående
   *[other] { $count } ESIS-påståenden
}; skalan har { $statements }
par032-out-of-order = punkt { $item } i indikatorn { $id } är ESIS-påstående { $statement } och står alltså på fel plats
par032-differs = punkt { $item } i indikatorn { $id } avviker från ESIS-påstående { $statement }
par032-not-a-statement = punkt { $item } i indikatorn { $id } är inte något av ESIS-påståendena
