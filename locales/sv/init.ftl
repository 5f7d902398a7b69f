# Planmallen som goodrel init skriver: kommentarerna i varje fil, exempeltexterna som ska
# ersättas och det som init skriver ut. Nycklarna och formatets värden förblir engelska i
# filerna (de finns en gång i src/init.rs); en post med flera rader blir en kommentarsrad
# per rad.

init-default-name = Kommunens namn (ersätt)

init-created = En ny plan skapades i mappen { $dir }:
init-next = Nästa steg: fyll i plan.yaml och kör sedan `goodrel check { $dir } --lang sv`. Iakttagelserna visar vad som ännu saknas i planen.

init-language-official = goodrel svarar på planens första officiella språk (plan.yaml: official_languages: [{ $languages }]) om inte `--lang`, `lang` i goodrel.toml eller språkinställningen (locale) säger något annat.
init-language-config = goodrel svarar på det valda språket: goodrel.toml säger lang = "{ $code }"; `--lang` avgör ändå.
init-config-header =
    goodrels inställningar för den här planen (docs/configuration.md). `init --lang sv`
    skrev filen för att goodrel ska svara på det valda språket.

init-exists = befintliga filer skrivs inte över ({ $files }); ingenting skrevs. Välj en tom eller ny mapp
init-not-a-directory = { $path } finns men är ingen mapp; ingenting skrevs
init-cannot-write = { $path } kan inte skrivas ({ $error }); ingenting skrevs

init-how-to =
    Så fungerar filerna
      - Alla YAML- och TOML-filer i den här mappen (och dess undermappar) hör till samma
        plan. Varje fil här innehåller ett avsnitt. Ett avsnitt kan delas upp på flera
        filer, till exempel en per sektor, så att varje sektor redigerar sin egen fil.
      - Kör `goodrel check <den här mappen> --lang sv`: iakttagelserna är en att göra-lista
        över vad som ännu saknas i planen. Fel är det som lagen om främjande av integration
        681/2023 kräver; varningar är det som Europarådets vägledning rekommenderar.
        `goodrel explain REGEL --lang sv` berättar varför.
      - De kommenterade raderna under data är ett exempel. Om du vill använda det, ta bort
        `[]` och `# ` i början av varje rad och skriv sedan in era egna uppgifter.
      - Tack vare den första raden kan editorn föreslå och kontrollera fältnamnen med
        schemakopian i mappen .goodrel/ (se docs/editors.md). Uppdatera kopian när goodrel
        har uppdaterats: `goodrel schema > .goodrel/plan.schema.json`.

# plan.yaml
init-plan-header =
    PLANEN: vems plan det är, för vilken period, vem som godkände den och vem som
    samordnar arbetet.
    Fyll i: kommunens namn, den regionala myndigheten (NTM-centralen före 2026,
    livskraftscentralen från 2026), planperioden, det godkännande organet och datumet,
    visionen och samordnaren för integrationsarbetet (en aktörs id i actors.yaml). Ta bort
    `# ` i början av en rad för att använda den.
init-plan-code-note = kommunnumret enligt Statistikcentralen
init-plan-authority-kind-note = ely_centre för planer som utarbetats före 2026
init-plan-authority-name = Livskraftscentralen
init-plan-authority-actor-note = dess id i actors.yaml
init-plan-county = Välfärdsområdet
init-plan-official-languages-note = goodrel svarar på det första språket om inget annat väljs
init-plan-official-languages = sv, fi
init-plan-approval-body = Kommunfullmäktige
init-plan-vision =
    En kort beskrivning av vad kommunen vill uppnå: delaktighet för alla som bor här
    och goda relationer mellan befolkningsgrupper som kärna.
init-plan-coordinator-note = vem som samordnar arbetet (en aktörs id)
init-plan-mode-note = eller with_other_municipalities, part_of_other_plan, ...
init-plan-timetable = Utkast till kommunstyrelsen på hösten, till fullmäktige på våren
init-plan-definition = Vad goda relationer mellan befolkningsgrupper betyder hos oss
init-plan-situation-summary = Lägesbild: hur många invandrare som bor här, varifrån de har kommit och varför
init-statistics-finland = Statistikcentralen
init-plan-communication-website = kommunens webbplats
init-plan-communication-evenings = invånarkvällar

# actors.yaml
init-actors-header =
    AKTÖRER: alla som genomför arbetet eller samarbetar i det: kommunens sektorer,
    välfärdsområdet, NTM-centralen eller livskraftscentralen, arbetskraftsmyndigheten,
    organisationer, föreningar, församlingar, polisen, företag och läroanstalter.
    Fyll i: en post per aktör med ett kort unikt `id` som de andra filerna hänvisar till.
init-actor-integration-services = Integrationstjänster
init-actor-youth-services = Ungdomstjänster
init-actor-association = Lokal invandrarförening

# services.yaml
init-services-header =
    TJÄNSTER: kommunens integrationsprogram, det vill säga tjänsterna i integrationens
    inledande skede (lagen om främjande av integration 681/2023, 13 §).
    Fyll i: minst en tjänst för var och en av de sex delarna, vem som är ansvarig aktör
    och vilka den samarbetar med. Delarna (`component:`):
      needs_assessment: bedömning av kompetens och behovet av integrationstjänster
      integration_plan: integrationsplan
      civic_orientation: flerspråkig samhällsorientering
      integration_training: integrationsutbildning och slutbedömning av språkkunskaperna
      skills_and_employment: annan utbildning och tjänster som främjar språkkunskaper,
        läs- och skrivkunnighet, samhälls- och arbetslivsfärdigheter, sysselsättning och
        företagsverksamhet
      guidance_and_counselling: vägledning och rådgivning under integrationsprogrammet
init-service-languages = sv, fi, en
init-service-assessment = Bedömning av kompetens och behovet av integrationstjänster
init-service-plan = Integrationsplan
init-service-orientation = Flerspråkig samhällsorientering
init-service-training = Integrationsutbildning och slutbedömning av språkkunskaperna
init-service-skills = Utbildning i språk- och arbetslivsfärdigheter
init-service-guidance = Vägledning och rådgivning

# objectives.yaml
init-objectives-header =
    MÅL: vad kommunen vill uppnå inom vart och ett av integrationslagens (45 §) fem
    planeringsområden, och inom andra områden.
    Fyll i: minst ett mål per område och för varje mål de indikatorer som används för att
    följa upp det. Områdena (`area:`):
      employment_and_education: sysselsättning och utbildning
      wellbeing_health_housing: välfärd, hälsa och boende
      inclusion_and_equality: delaktighet, likabehandling och jämlikhet
      own_language_and_culture: möjlighet att upprätthålla det egna språket och den egna kulturen
      good_relations: goda relationer mellan befolkningsgrupper
init-objective-work = Fler invånare med invandrarbakgrund får arbete som motsvarar deras kompetens
init-objective-wellbeing = Tjänsterna når nya invånare på deras eget språk
init-objective-inclusion = Invånare med invandrarbakgrund deltar i beslut som gäller dem
init-objective-language = Barn kan studera sitt eget modersmål
init-objective-relations = Invånare med olika bakgrund möts och litar på varandra

# measures.yaml
init-measures-header =
    ÅTGÄRDER: vad som görs för att nå målen.
    Fyll i: för varje åtgärd dess mål, ansvarig aktör (en aktörs id), samarbetspartner,
    tidsplan och finansiering, och vilka behov från samråden den svarar på.
init-measure-title = Språkcafé på biblioteket
init-measure-description = Samtalskvällar varje vecka för invånare som lär sig svenska
init-measure-funding = kommunens budget

# indicators.yaml
init-indicators-header =
    INDIKATORER: hur målen följs upp.
    Fyll i: utgångsläge och målnivå för varje indikator, varifrån uppgifterna kommer och
    hur ofta de mäts; lägg till uppmätta värden när de kommer in.
init-indicator-name = Sysselsättningsgraden bland invånare med främmande modersmål

# structures.yaml
init-structures-header =
    STRUKTURER: samarbetsgruppen för invandring, integration och goda relationer,
    arbetsgruppen för goda relationer, råd för särskilda grupper (till exempel
    invandrarrådet), lednings- och arbetsgrupper, samutveckling och dialoger.
    Fyll i: vem som sammankallar varje grupp, medlemmarna, hur ofta gruppen träffas, dess
    uppdrag och resurser.
init-structure-name = Samarbetsgruppen för integration och goda relationer
init-structure-mandate = Bereder planen och följer upp dess åtgärder

# consultations.yaml
init-consultations-header =
    SAMRÅD: hur invånare och organisationer hördes och vilka behov som lyftes fram.
    Fyll i: datum, metod, de grupper och organisationer som hördes, språk, behoven som
    lyftes fram (vart och ett med ett id som åtgärderna kan hänvisa till) och var
    beslutsfattarna behandlade dem.
init-consultation-title = Diskussionskväll med invånare med invandrarbakgrund
init-consultation-languages = sv, ar, en
init-consultation-need = Fler tillfällen att träffa grannar och öva svenska

# links.yaml
init-links-header =
    KOPPLINGAR: planer och program som den här planen hänger ihop med: kommunstrategin,
    likabehandlingsplanen, säkerhetsplanen, välfärdsberättelsen och välfärdsplanen,
    välfärdsområdets planer, statens integrationsprogram (VALKO) och andra.
    Fyll i: varje anknytande plan och hur den beaktar invandrare och integration.
init-link-strategy = Kommunstrategi 2026–2029
init-link-mainstreaming = Anger delaktighet för invånare med invandrarbakgrund som ett mål för varje sektor
init-link-equality = Likabehandlingsplan

# reports.yaml
init-reports-header =
    RAPPORTER: de rapporter som lämnas vartannat år till NTM-centralen eller
    livskraftscentralen om hur målen har uppnåtts och vilka åtgärder som har genomförts.
    Fyll i: en post per rapportperiod; utelämna `submitted` så länge rapporten skrivs.
init-report-chapter = Se kapitel { $chapter } i rapporten
