# Beskrivningarna av planformatets fält, som en editor visar när markören står på en
# nyckel (`goodrel lsp`). Översättning av locales/en/fields.ftl, som genereras ur schemat.

field-PlanFile-municipality = Vems planen är. Exakt en av planens filer innehåller detta avsnitt.

field-PlanFile-actors = Alla som utför arbetet eller samarbetar i det: stadens sektorer, välfärdsområdet, NTM-centralen eller livskraftscentralen, organisationer, församlingar, polisen, företag.

field-PlanFile-services = Integrationsprogrammet: tjänsterna i integrationens inledande skede.

field-PlanFile-objectives = Vad kommunen vill uppnå, per planeringsområde.

field-PlanFile-measures = Vad som görs för att nå målen.

field-PlanFile-indicators = Hur framstegen mäts.

field-PlanFile-structures = Samarbetsgrupper, råd, arbetsgrupper, samskapande och dialoger.

field-PlanFile-consultations = Hörandet av invånare och organisationer och de behov som kom fram.

field-PlanFile-links = Andra planer och program som denna plan knyter an till.

field-PlanFile-reports = Rapporterna vartannat år till NTM-centralen eller livskraftscentralen.

field-Municipality-name = Kommunens namn, t.ex. "Raseborg / Raasepori" eller "Uleåborg".

field-Municipality-code = Statistikcentralens kommunnummer, t.ex. "564".

field-Municipality-regional_authority = Den regionala statliga myndighet som tar emot rapporterna: en NTM-central (före 2026) eller en regional livskraftscentral (från 2026).

field-Municipality-wellbeing_services_county = Det välfärdsområde som kommunen hör till.

field-Municipality-official_languages = Kommunens officiella språk, t.ex. `[sv, fi]` (eller `[fi]`); utdatans språk faller tillbaka på det första av dem (se docs/plan-format.sv.md).

field-Municipality-plan_period = Den period som planen gäller.

field-Municipality-approval = Vilket organ som godkände planen och när.

field-Municipality-vision = Planens vision; delaktighet och goda relationer hör till dess kärna.

field-Municipality-coordinator = Aktörs-id för den part som samordnar integrationsarbetet och arbetet för goda relationer.

field-Municipality-planning = Hur planeringen är ordnad: ensam, tillsammans med andra kommuner eller som en del av en annan plan.

field-Municipality-good_relations = Vad kommunen menar med goda relationer och mellan vilka grupper.

field-Municipality-situation = Den lokala invandringssituation som planen bygger på.

field-Municipality-communication = Hur målen kommuniceras till myndigheter och invånare.

field-Municipality-law_basis = Den lag som planen är skriven enligt: `681/2023` (integrationslagen som gäller sedan 2025) eller `1386/2010` för material som beretts enligt den tidigare lagen. Standard är 681/2023.

field-Municipality-budget = De pengar som reserverats för integrationsarbetet och arbetet för goda relationer: en post eller en lista, en per källa och år, t.ex. `{"{"}amount_eur: 250000, source: statlig ersättning, year: 2026{"}"}`.

field-RegionalAuthority-kind = `{ VALUE("ely_centre", of: "RegionalAuthorityKind") }` (planer skrivna före 2026) eller `{ VALUE("vitality_centre", of: "RegionalAuthorityKind") }`.

field-RegionalAuthority-name = Myndighetens namn, t.ex. "NTM-centralen i Österbotten" eller "Livskraftscentralen i Norra Finland".

field-RegionalAuthority-actor = Myndighetens aktörs-id, om den också finns under `actors`.

field-Approval-body = T.ex. "stadsfullmäktige" / "City Council".

field-Approval-date = Datum för det godkännande beslutet, ÅÅÅÅ-MM-DD.

field-Planning-mode = Om kommunen planerar ensam, tillsammans med andra eller inom en annan plan.

field-Planning-document = När planeringen är en del av ett annat dokument: dess titel.

field-Planning-timetable = Beslutsfattarnas tidtabell för att bereda och godkänna planen.

field-GoodRelationsScope-definition = Vad kommunen menar med relationer mellan befolkningsgrupper.

field-GoodRelationsScope-groups = Vilka befolkningsgrupper arbetet gäller.

field-Situation-summary = En kort beskrivning av den lokala invandringssituationen.

field-Situation-year = Det år som siffrorna beskriver.

field-Situation-source = Var siffrorna kommer ifrån, t.ex. "Statistikcentralen, befolkningsstruktur 2024".

field-Situation-foreign_language_residents = Invånare vars modersmål inte är finska, svenska eller samiska.

field-Situation-foreign_language_share_percent = Deras andel av alla invånare, i procent, när källan anger en andel i stället för ett antal ("4,6 %").

field-Situation-reasons = Varför människor har kommit: asyl, kvotflykting, studier, arbete, familj.

field-Situation-by_reason = Invånare efter orsak till invandring, t.ex. `{"{"}reason: { VALUE("work") }, share_percent: 34{"}"}`.

field-Situation-languages = De mest talade språken efter de officiella, t.ex. `{"{"}language: ru, residents: 4100{"}"}`.

field-Situation-ages = Invånare efter åldersgrupp, t.ex. `{"{"}ages: "0-17", share_percent: 27{"}"}`.

field-Situation-employment = Sysselsättningen bland invandrade invånare.

field-Situation-sources = Lägesbildens övriga källor.

field-ReasonFigure-reason = Orsaken till invandring.

field-ReasonFigure-residents = Antalet invånare.

field-ReasonFigure-share_percent = Deras andel av de invandrade invånarna, i procent.

field-LanguageFigure-language = Språket som ISO 639-kod (t.ex. `ru`, `ar`, `so`) eller som namn.

field-LanguageFigure-residents = Antalet invånare.

field-LanguageFigure-share_percent = Deras andel av de främmandespråkiga invånarna, i procent.

field-AgeFigure-ages = Åldersgruppen som den skrivs i källan, t.ex. "0-17", "18-64", "65+".

field-AgeFigure-residents = Antalet invånare.

field-AgeFigure-share_percent = Deras andel av de invandrade invånarna, i procent.

field-EmploymentFigures-employment_rate_percent = Sysselsättningsgraden bland invandrade invånare i arbetsför ålder, i procent.

field-EmploymentFigures-unemployment_rate_percent = Arbetslöshetsgraden bland invandrade arbetssökande, i procent.

field-EmploymentFigures-unemployed_jobseekers = Antalet arbetslösa invandrade arbetssökande.

field-Budget-amount_eur = Beloppet i euro, t.ex. 120000.

field-Budget-source = Var pengarna kommer ifrån, t.ex. "stadens budget", "statlig ersättning", "AMIF".

field-Budget-year = Budgetåret; utelämna när beloppet gäller hela planperioden.

field-Actor-id = Ett kort unikt id som används för att hänvisa till denna aktör, t.ex. `youth-services`.

field-Actor-name = Aktörens namn så som invånarna känner den, t.ex. "Ungdomstjänster".

field-Actor-kind = Vilken sorts aktör det är: en kommunal sektor, välfärdsområdet, en organisation och så vidare.

field-Actor-level = Lokal, regional, nationell eller internationell.

field-Actor-sector = För en kommunal sektor eller en tjänsteproducent: den sektor den verkar inom.

field-Service-id = Ett kort unikt id som används för att hänvisa till denna tjänst, t.ex. `civic-orientation`.

field-Service-name = Tjänstens namn, t.ex. "Flerspråkig samhällsorientering".

field-Service-kind = Vilken sorts tjänst det är: en tjänst i programmet (standard), eller tolkning eller mottagning av flyktingar, som stöder programmet men inte är någon av dess sex delar.

field-Service-component = Vilken av programmets sex delar av minimiinnehållet som tjänsten utgör; obligatorisk för en programtjänst, utelämnas för tolkning och mottagning.

field-Service-responsible = Aktörs-id för den som ansvarar för tjänsten.

field-Service-cooperation = Aktörs-id för andra tjänsteproducenter som tjänsten samarbetar med.

field-Service-target_groups = De befolkningsgrupper som tjänsten är avsedd för, t.ex. `[{ VALUE("immigrants") }, { VALUE("refugees") }]`.

field-Service-languages = Språk som tjänsten erbjuds på, t.ex. `[fi, sv, en, ar]` (eller ett språk).

field-Service-client_language = Sant (true) när tjänsten ges på kundens eget språk, vilket det än är (med tolk vid behov), i stället för på en förteckning över språk.

field-Service-language_count = På hur många språk tjänsten erbjuds, när planen anger ett antal i stället för språken ("på tio språk": `language_count: 10`).

field-Service-description = Vad tjänsten erbjuder och hur man når den, med en eller två meningar.

field-Objective-id = Ett kort unikt id som används för att hänvisa till detta mål, t.ex. `O1`.

field-Objective-area = Det planeringsområde som målet hör till, eller en lista över dem för ett mål som tjänar flera, t.ex. `[{ VALUE("employment_and_education") }, { VALUE("inclusion_and_equality") }]`.

field-Objective-statement = Vad kommunen vill uppnå, i en mening.

field-Objective-theme = Programmets eget tema som målet är skrivet under, vid sidan av det lagstadgade `area`, t.ex. "Arbete och kunnande".

field-Objective-indicators = Id för de indikatorer som mäter framstegen mot målet.

field-Objective-national_objective = Det nationella målet (t.ex. i statens integrationsprogram VALKO) som detta mål omsätter i lokal handling.

field-Measure-id = Ett kort unikt id som används för att hänvisa till denna åtgärd, t.ex. `M12`.

field-Measure-title = Åtgärdens namn, t.ex. "Språkcafé".

field-Measure-description = Vad som görs, för vem och hur, med en eller två meningar; goodrel läser den för att placera åtgärden i pyramiden när `level` och `kind` saknas.

field-Measure-objectives = Id för de mål som åtgärden tjänar, t.ex. `[O1, O3]`.

field-Measure-responsible = Aktörs-id för den som ansvarar för att åtgärden genomförs.

field-Measure-partners = Aktörs-id för de partner som åtgärden genomförs tillsammans med, t.ex. `[library, red-cross]`.

field-Measure-described_partners = Partner som planen beskriver utan att namnge dem ("lokala föreningar och företag"), var och en med sin typ, t.ex. `[{"{"}kind: { VALUE("association") }, text: lokala föreningar{"}"}]`.

field-Measure-sector = Den kommunala sektor eller det serviceområde som åtgärden hör till.

field-Measure-target_groups = De befolkningsgrupper som åtgärden är avsedd för, t.ex. `[{ VALUE("immigrants") }, { VALUE("young_people") }]`; `{ VALUE("all_residents") }` markerar en åtgärd för alla invånare (integrering i den allmänna verksamheten).

field-Measure-level = Nivån i pyramiden; härleds ur de andra fälten när den saknas.

field-Measure-kind = Vilken sorts verksamhet det är.

field-Measure-tags = Fria nyckelord som beskriver syftet, t.ex. `[dialog, medling]`.

field-Measure-timetable = När åtgärden börjar och (om den inte är fortlöpande) slutar.

field-Measure-funding = Var åtgärdens pengar kommer ifrån och vad de täcker.

field-Measure-budget = Åtgärdens budget: en post eller en lista, en per källa och år, t.ex. `{"{"}amount_eur: 15000, source: stadens budget, year: 2026{"}"}`.

field-Measure-answers = Id för de behov från samråd som åtgärden svarar på.

field-Measure-participation = De former av delaktighet som invånarna har i åtgärden, t.ex. `[{ VALUE("planning", of: "ParticipationForm") }, { VALUE("implementation", of: "ParticipationForm") }]`.

field-Measure-status = Om åtgärden är planerad, pågående, genomförd eller slopad.

field-Measure-languages = Språk som åtgärden når invånarna på, t.ex. `[fi, sv, ar, so]`; för delaktighet genom information är det flerspråkig information som låter varje grupp delta.

field-Measure-dialogue = För en åtgärd av typen `{ VALUE("dialogue", of: "MeasureKind") }`: de förutsättningar en dialog behöver (CoE-MLG del III, dialog för att främja delaktighet och goda relationer).

field-DescribedPartner-kind = Vilken sorts aktör det är, t.ex. `{ VALUE("association") }` eller `{ VALUE("business") }`.

field-DescribedPartner-text = Planens egna ord för den, t.ex. "lokala föreningar och företag".

field-Timetable-start = När åtgärden börjar: ett datum eller ett år (läses som dess 1 januari). Utelämna för en bestående åtgärd som pågick redan före planen.

field-Timetable-end = När den slutar: ett datum eller ett år (läses som dess 31 december). Utelämna, eller ange `ongoing: true`, för en bestående åtgärd.

field-Timetable-ongoing = En bestående åtgärd utan slutdatum (t.ex. en permanent tjänst eller ett årligt evenemang).

field-Funding-source = Var pengarna kommer ifrån, t.ex. "stadens budget", "statlig ersättning", "AMIF".

field-Funding-amount_eur = Beloppet i euro, t.ex. 12000.

field-Funding-covers = Vad pengarna betalar utöver själva åtgärden.

field-DialogueConditions-timing = När i förloppet av spänningar dialogen hålls.

field-DialogueConditions-common_interest = Det gemensamma intresset eller målet, klarlagt med parterna.

field-DialogueConditions-facilitation = Hur dialogen leds så att ingen part dominerar en annan.

field-DialogueConditions-supported_by = Aktörs-id för de offentliga myndigheter som står bakom den (t.ex. borgmästarens kansli, stadsstyrelsen). En dialog som sammankallas av en offentlig myndighet har redan stödet.

field-Indicator-id = Ett kort unikt id som används för att hänvisa till denna indikator, t.ex. `I3`.

field-Indicator-name = Vad som mäts, t.ex. "Sysselsättningsgraden bland främmandespråkiga".

field-Indicator-unit = Värdenas enhet, t.ex. "%", "personer" eller "poäng 1–5".

field-Indicator-source = Var uppgifterna kommer ifrån, t.ex. "Statistikcentralen", "enkäten Hälsa i skolan".

field-Indicator-baseline = Värdet i början av planperioden, med datum då det mättes.

field-Indicator-target = Det värde som planen siktar på, med datum då det ska vara nått.

field-Indicator-values = Uppmätta värden över tid.

field-Indicator-frequency = Hur ofta det mäts.

field-Indicator-instrument = Ett etablerat mätinstrument som indikatorn använder, t.ex. `esis`.

field-Indicator-items = För en enkät: påståendena som ställs, i ordning.

field-Indicator-items_language = Det språk som `items` är skrivna på (standard `en`). goodrel kan bekräfta att ESIS-påståendena är oförändrade bara för CoE-guidens engelska formulering.

field-Indicator-reported_for = Om resultaten rapporteras för grupper eller används för att bedöma enskilda klienter. ESIS är validerad endast för grupper.

field-Indicator-scale_points = Hur många steg svarsskalan har (ESIS använder en femgradig skala för instämmande).

field-Measurement-value = Det uppmätta (eller eftersträvade) värdet, i indikatorns enhet.

field-Measurement-date = När det mättes (eller ska vara nått), ÅÅÅÅ-MM-DD.

field-Structure-id = Ett kort unikt id som används för att hänvisa till denna struktur, t.ex. `cooperation-group`.

field-Structure-name = Strukturens namn, t.ex. "Invandrarrådet".

field-Structure-kind = Vilken sorts struktur det är: en samarbetsgrupp, ett råd, en arbetsgrupp, en samskapandeprocess och så vidare.

field-Structure-convener = Aktörs-id för den som sammankallar den.

field-Structure-members = Aktörs-id för medlemsorganisationerna, t.ex. `[youth-services, red-cross]`.

field-Structure-groups = De befolkningsgrupper som är representerade i den, t.ex. `[{ VALUE("immigrants") }, { VALUE("roma") }]`.

field-Structure-member_counts = Dess medlemmar räknade per grupp när de är personer och inte organisationer ("6 invandrade invånare och 6 tjänsteinnehavare"), t.ex. `[{"{"}count: 6, group: { VALUE("immigrants") }{"}"}, {"{"}count: 6, who: stadens tjänsteinnehavare{"}"}]`.

field-Structure-remit = De planeringsområden den arbetar med, t.ex. `[{ VALUE("good_relations") }]`.

field-Structure-meets = Hur ofta den sammanträder.

field-Structure-meetings_per_year = Hur många gånger om året den sammanträder, när planen anger ett antal ("cirka fem möten om året": `meetings_per_year: 5`); läses i stället för `meets` när båda anges.

field-Structure-description = Vad den är och gör, med en eller två meningar; goodrel läser den tillsammans med namnet och mandatet för att placera strukturen i pyramiden.

field-Structure-mandate = Vad den får besluta, föreslå eller ta initiativ till.

field-Structure-languages = Språk som den arbetar på, t.ex. `[fi, sv]`; tolkning räknas.

field-Structure-resources = Dess budget, mötesarvoden och sekreterarstöd.

field-Structure-transparency = Om sammansättning, behandling och resultat är offentliga.

field-Structure-participation = Medlemmarnas former av delaktighet: information, initiativ, planering, beslutsfattande, genomförande, utvärdering.

field-Structure-level = Den förvaltningsnivå den verkar på; när den saknas är en regional samarbetsgrupp regional och alla andra lokala. Ange den t.ex. för en regional ETNO (regional) eller Forumet för goda relationer (nationell) som kommunen deltar i.

field-Structure-focus_issues = För ett råd: de frågor det fokuserar på, per period (strukturen för meningsfull delaktighet).

field-Structure-rights = Vad den har rätt att göra, t.ex. [{ VALUE("initiatives_to_council") }, { VALUE("information", of: "StructureRight") }, { VALUE("strategy_participation") }].

field-Structure-linked_to = Id för de strukturer den är kopplad till, t.ex. ett råd kopplat till den samarbetsgrupp som planerar och följer upp integration och goda relationer.

field-Structure-membership = För ett råd: hur medlemmarna och ordföranden väljs.

field-Structure-skills_development = För ett råd: hur medlemmarnas kunnande utvecklas, t.ex. ["utbildning i kommunalt beslutsfattande", "studieresa"].

field-Structure-co_design = För en samskapandeprocess: dess förutsättningar (CoE-MLG del III, förutsättningar för samskapande).

field-Structure-dialogue = För en dialog: dess förutsättningar (CoE-MLG del III, dialog för att främja delaktighet och goda relationer).

field-Structure-cycle = För ett beslutsfattarmöte: den omgång av justitieministeriets datainsamling om goda relationer som det hör till (diskussionstillfällen, detta möte och dess handlingsplan, en responsenkät, nästa omgång).

field-MemberCount-count = Hur många medlemmar.

field-MemberCount-group = Den befolkningsgrupp de kommer från, t.ex. `{ VALUE("immigrants") }`.

field-MemberCount-who = Vilka de är när ingen befolkningsgrupp säger det, t.ex. "stadens tjänsteinnehavare".

field-Resources-budget_eur = Dess årliga budget i euro.

field-Resources-meeting_fees = Om medlemmarna får mötesarvoden.

field-Resources-secretariat = Vem som ger sekreterarstöd.

field-Transparency-composition_public = Om dess medlemmar offentliggörs.

field-Transparency-minutes_public = Om dess protokoll eller resultat offentliggörs.

field-FocusIssues-period = Perioden; när den saknas gäller frågorna hela planperioden.

field-FocusIssues-issues = Frågorna, var och en med några ord, t.ex. "ungas sysselsättning".

field-Membership-diversity = De slag av mångfald som rekryteringen eftersträvar, t.ex. [{ VALUE("languages", of: "DiversityDimension") }, { VALUE("religions", of: "DiversityDimension") }, { VALUE("gender", of: "DiversityDimension") }].

field-Membership-chair = Vad som krävs av ordföranden, t.ex. "sakkunskap om uppdraget, kommunikationsförmåga".

field-Membership-expertise = Den sakkunskap och motivation som söks hos medlemmarna.

field-CoDesignConditions-time = Den tid som avsatts, t.ex. "sex verkstäder, september 2026 till februari 2027". Pengarna är strukturens `resources.budget_eur`.

field-CoDesignConditions-open_to_change = Vad processen verkligen kan ändra, t.ex. "tjänstens öppettider och form".

field-CoDesignConditions-power_balance = Hur maktobalansen mellan personal och invånare identifieras och jämnas ut.

field-CoDesignConditions-facilitator = Vem som leder processen.

field-CoDesignConditions-venue = Var mötena hålls.

field-Facilitator-name = Processledarens namn eller organisation.

field-Facilitator-experiential_knowledge = Om processledaren delar gemenskapens identitet eller har erfarenhetskunskap om frågan.

field-Facilitator-co_lead = En medlem av gemenskapen med erfarenhetskunskap som leder processen vid sidan av.

field-Venue-name = Platsens namn, t.ex. ett bibliotek eller ett invånarhus.

field-Venue-accessible = Om platsen är tillgänglig, lätt att ta sig till och bekväm för deltagarna.

field-DataCollectionCycle-held = När beslutsfattarmötet hölls (eller ska hållas).

field-DataCollectionCycle-discussion_sessions = Samråds-id för de diskussionstillfällen vars resultat mötet behandlade (samråd vars `recognised_in` nämner denna struktur räknas också).

field-DataCollectionCycle-action_plan = Åtgärds-id för den handlingsplan som mötet kom överens om: en till fyra åtgärder.

field-DataCollectionCycle-feedback_survey = Enkäten som deltagarna besvarade i slutet av mötet.

field-DataCollectionCycle-next_round = När diskussionstillfällena upprepas för att följa upp relationerna och åtgärderna.

field-FeedbackSurvey-date = När enkäten besvarades, ÅÅÅÅ-MM-DD.

field-FeedbackSurvey-respondents = Hur många deltagare som svarade.

field-FeedbackSurvey-summary = Vad den visade, eller var resultaten finns.

field-Consultation-id = Ett kort unikt id som används för att hänvisa till detta samråd, t.ex. `C1`.

field-Consultation-title = Samrådets namn, t.ex. "Hörande av somalisktalande familjer".

field-Consultation-date = När det hölls: ett datum, eller så exakt som källorna säger (ett år `2023`, år `"2023–2024"` eller `{"{"}during: { VALUE("planning", of: "PlanPhase") }{"}"}`).

field-Consultation-method = Hur invånarna hördes: en fokusgrupp, ett diskussionstillfälle, en enkät, ett hörande, en verkstad.

field-Consultation-organiser = Aktörs-id för den som ordnade det.

field-Consultation-groups = De befolkningsgrupper som hördes, t.ex. `[{ VALUE("immigrants") }, { VALUE("young_people") }]`.

field-Consultation-organisations = Aktörs-id för de organisationer som hördes.

field-Consultation-languages = Språk som det hölls på, t.ex. `[fi, so, ar]`.

field-Consultation-participants = Hur många som deltog.

field-Consultation-needs = De behov som kom fram.

field-Consultation-recognised_in = Id för de strukturer där resultaten diskuterades med beslutsfattare.

field-Consultation-feedback = Hur deltagarna fick veta vad som kom ut av det de sade, t.ex. `{"{"}date: 2025-11-01, how: "brev och webbsida på fyra språk"{"}"}` (PAR035).

field-Need-id = Ett kort unikt id som de åtgärder som svarar på behovet hänvisar till (deras `answers`), t.ex. `N1`.

field-Need-need = Behovet så som deltagarna uttryckte det, i en mening.

field-ConsultationFeedback-date = När deltagarna fick veta, ÅÅÅÅ-MM-DD.

field-ConsultationFeedback-how = Hur de fick veta, t.ex. "ett uppföljningsmöte" eller "ett brev på mötets språk".

field-Link-id = Ett kort unikt id som används för att hänvisa till denna länk, t.ex. `strategy`.

field-Link-kind = Vad det länkade dokumentet är, eller en lista för ett kombinerat dokument, t.ex. `[{ VALUE("non_discrimination_plan") }, { VALUE("gender_equality_plan") }]` för en plan för likabehandling och jämställdhet.

field-Link-title = Den länkade planens titel, t.ex. "Uleåborgs stadsstrategi 2030".

field-Link-url = Var den länkade planen är publicerad.

field-Link-approved = När det länkade dokumentet godkändes, t.ex. 2024-12-16. En titel med ett datum, en `url` eller en `file` identifierar dokumentet.

field-Link-file = Det länkade dokumentet som en fil i planens arkiv, t.ex. `docs/integrationsprogram-2025.pdf`.

field-Link-period = Den period som den länkade planen gäller.

field-Link-mainstreaming = Hur denna plan beaktar invandrare och integrationskunder (integrering i den allmänna verksamheten).

field-Link-level = Den förvaltningsnivå som det länkade programmet hör till; när den saknas följer den av den (första) typen (t.ex. `valko` nationell, `{ VALUE("regional_etno") }` regional, `{ VALUE("security_plan") }` lokal).

field-Link-law_basis = För ett äldre dokument: den lag som det är skrivet enligt (`681/2023` eller `1386/2010`).

field-Report-id = Ett kort unikt id som används för att hänvisa till denna rapport, t.ex. `report-2025`.

field-Report-period = Den tvåårsperiod som rapporteras.

field-Report-submitted = När den skickades; utelämna medan rapporten skrivs.

field-Report-to = Den myndighet den skickades till (NTM-central / livskraftscentral).

field-Report-contents = Vad rapporten säger om vart och ett av de fem obligatoriska innehållen.

field-ReportContents-objectives_achieved = Hur planens mål har uppnåtts.

field-ReportContents-measures_implemented = Vilka åtgärder som har genomförts.

field-ReportContents-equal_access = Hur lika tillgång till tjänster har säkerställts.

field-ReportContents-financial_resources = De ekonomiska resurser som använts för arbetet.

field-ReportContents-effectiveness = Hur verkningsfulla åtgärderna har varit.
