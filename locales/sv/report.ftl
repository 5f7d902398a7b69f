# `goodrel report`: HTML-rapporten, utkastet till rapporten vartannat år och den regionala översikten.

report-title = Integrationsprogram och goda relationer: { $municipality }
report-contents = Innehåll
report-footer = Skriven av goodrel { $version } utifrån planens filer. Inga skript, inga externa resurser.
report-municipality = Kommun
report-plan-dir = Planens katalog
report-period = Planperiod
report-approval = Godkännande
report-approval-value = { $body }, { $date }
report-regional-authority = Regional myndighet
report-as-of = Tidsfrister bedömda per
report-version = Verktyg
report-config = Inställningsfil som användes
report-config-none = ingen (standardnivåer)
report-technical = Om rapporten
report-result = Iakttagelser
report-counts = { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}, { $infos ->
    [one] 1 anmärkning
   *[other] { $infos } anmärkningar
}
report-not-given = anges inte i planen
report-not-checked-note = En del av planen kunde inte läsas, så innehållsreglerna kördes inte. I checklistan visas varje skyldighet som inte bedömd; se iakttagelserna.
report-yes = ja
report-no = nej

# Checklistan.
report-checklist = Lagstadgad checklista
report-checklist-programme = Integrationsprogrammet (integrationslagen, 13 §)
report-checklist-programme-caption = Integrationsprogrammets delar
report-checklist-planning = Planeringens delområden (integrationslagen, 45 §)
report-checklist-planning-caption = Planeringens delområden: mål, åtgärd, ansvarig aktör, samarbete, indikator
report-checklist-duties = Andra skyldigheter och rekommendationer
report-checklist-row = Del eller delområde
report-checklist-duty = Skyldighet
report-checklist-kind = Slag
report-checklist-state = Läge
report-checklist-links = En ✓ leder till punkterna som uppfyller den, ett ✗ till dess iakttagelser.
report-checklist-evidence = Vad som uppfyller varje ✓
report-duty-statutory = lagstadgad
report-duty-guidance = rekommendation
report-mark-ok = i ordning
report-mark-gap = brist
report-mark-not-checked = inte bedömt

# Pyramiden.
report-pyramid = Lägesbildens pyramid
report-pyramid-intro = Europarådets guide har tre nivåer: allmänna tjänster i basen, likabehandling och delaktighet i mitten, interaktion och konflikter i toppen. Varje nivå visar antalet poster som placerats på den; ju mörkare nyans, desto större andel av posterna genomförs med partner utanför { $kind ->
    [city] staden
   *[municipality] kommunen
}. En nivå med brister har en streckad röd ram och en varningssymbol.
report-pyramid-legend = Tal: antal poster. Nyans: andel med partner utanför { $kind ->
    [city] staden
   *[municipality] kommunen
} (skrivs också bredvid bilden). Streckad röd ram och ⚠ med ett tal: nivåns brister.
report-pyramid-svg-title = Planens pyramid
report-pyramid-level-desc = { $level }: { $count ->
    [one] 1 post
   *[other] { $count } poster
}, { $percent } % med partner utanför { $kind ->
    [city] staden
   *[municipality] kommunen
}, { $gaps ->
    [0] inga brister.
    [one] 1 brist.
   *[other] { $gaps } brister.
}
report-pyramid-level-line = { $count ->
    [one] 1 post
   *[other] { $count } poster
}, { $percent } % med partner utanför { $kind ->
    [city] staden
   *[municipality] kommunen
}
report-pyramid-level-gaps = { $count ->
    [one] 1 brist
   *[other] { $count } brister
}
report-gaps = Brister, de allvarligaste först
report-gaps-none = Inga brister hittades.
report-gaps-no-measures = Planen har inga åtgärder, så bristerna analyserades inte.
report-gap-weight = vikt { $weight }
report-level-empty = Ingenting är placerat på den här nivån.
report-item = Post
report-item-kind = Slag
report-item-uncertain = Osäker: placerad på ett svagt ord eller enbart på indirekt grund; kind: eller level: i planen skulle bekräfta den
report-item-reason = Varför den placeras här
report-item-non-city = Partner utanför { $kind ->
    [city] staden
   *[municipality] kommunen
}
report-unplaced = Inte placerade på någon nivå

# Iakttagelser.
report-findings = Iakttagelser per grupp
report-findings-none = Inga iakttagelser.
report-findings-intro = { $count ->
    [one] En iakttagelse
   *[other] { $count } iakttagelser
} per grupp. Bilagan i slutet anger med samma nummer var var och en finns i planens filer och hur den åtgärdas.
report-finding-place = var i filerna
report-places = Bilaga: var iakttagelserna finns i planens filer
report-places-intro = För dem som redigerar planens filer: varje iakttagelses regel, fil, rad och kolumn, posten den gäller och hur den åtgärdas.
report-places-number = Nr
report-places-rule = Regel
report-places-where = Fil, rad och post
report-places-fix = Så här åtgärdar du

# Styrning.
report-governance = Flernivåstyrning
report-governance-level-empty = Ingenting på den här nivån.
report-governance-actor = aktör
report-governance-structure = struktur
report-governance-link = anknytande plan eller program
report-governance-missing = Vad som saknas
report-governance-missing-none = Ingenting ur referensuppsättningen saknas.
report-trace = Från behov till åtgärder
report-trace-need = Behov
report-trace-consultation = Identifierat vid
report-trace-recognised = Behandlat i
report-trace-measures = Besvarat av
report-trace-not-recognised = inte behandlat någonstans
report-trace-unanswered = ingen åtgärd besvarar det
report-trace-only-dropped = bara åtgärder som slopats besvarade det
report-trace-none = Planen anger inga behov som lyfts fram vid samråd.

# Indikatorer.
report-indicators = Indikatorer
report-indicators-none = Planen har inga indikatorer.
report-indicator = Indikator
report-indicator-baseline = utgångsläge
report-indicator-target = målnivå
report-indicator-latest = senaste
report-indicator-drawn = Som bild
report-indicator-bar-desc = { $label } { $value } { $unit } ({ $date })
report-indicator-bar-none = { $label }: inte angivet

# Pyramidens form i översikten.
report-shape-title = Pyramidens form
report-shape-desc = Poster i toppen { $top }, i mitten { $middle }, i basen { $base }.

# Utkastet till rapporten vartannat år.
report-todo = SKRIVS AV SAMORDNAREN:
report-draft-title = Rapport vartannat år till den regionala myndigheten (utkast)
report-draft-period = Rapportperiod: { $start } – { $end }.
report-draft-to = Till:
report-draft-intro = Utkastet har sammanställts ur planens uppgifter. Varje siffra kommer ur planen och anges med sitt datum. Delar som är markerade att skrivas har inga uppgifter i planen: samordnaren skriver dem.
report-draft-todo-authority = den regionala myndighet (NTM-central eller livskraftscentral) som rapporten lämnas till.
report-draft-objectives = Hur målen har uppnåtts
report-draft-todo-objectives = planen har inga mål: beskriv vad man strävade efter och vad som uppnåddes.
report-draft-areas = Planeringens delområde: { $areas }
report-draft-todo-no-indicator = målet har ingen indikator: beskriv hur det uppnåddes.
report-draft-figure = { $value } { $unit } ({ $date })
report-draft-at-start = vid periodens början { $figure }
report-draft-at-end = senast under perioden { $figure }
report-draft-target = målnivå { $figure }
report-draft-no-start = inget värde vid periodens början
report-draft-no-end = inget värde uppmätt under perioden
report-draft-no-target = ingen målnivå
report-draft-todo-measure-indicator = indikatorn { $indicator } har inget värde uppmätt under perioden: lägg till den senaste siffran och dess källa.
report-draft-measures = Genomförda åtgärder
report-draft-measures-intro = Åtgärder vars tidsplan infaller under perioden, enligt det läge planen anger.
report-draft-measures-done = Genomförda
report-draft-measures-ongoing = Pågående
report-draft-measures-planned = Tidsplanerade men inte påbörjade
report-draft-measures-dropped = Slopade
report-draft-todo-measure-status = planen anger inget läge eller ingen tidsplan för dessa åtgärder: { $measures }.
report-draft-todo-measures = vad åtgärderna åstadkom och varför några slopades eller försenades.
report-draft-access = Jämlik tillgång till tjänster
report-draft-languages = språk: { $languages }
report-draft-no-languages = inga språk angivna
report-draft-client-language = på kundens eget språk
report-draft-groups = målgrupper: { $groups }
report-draft-no-groups = inga målgrupper angivna
report-draft-todo-services = planen anger inga tjänster i integrationsprogrammet: beskriv hur tillgången till tjänster tryggades.
report-draft-todo-accessibility = tjänsternas tillgänglighet (lokaler, digitala tjänster, tolkning) och hur den jämlika tillgången följdes upp.
report-draft-finances = Ekonomiska resurser
report-draft-budget = { $amount } euro, { $source }
report-draft-budget-year = { $amount } euro, { $source }, { $year }
report-draft-funding = finansiering: { $source }, { $amount } euro
report-draft-funding-no-amount = finansiering: { $source }, beloppet anges inte
report-draft-todo-budget = planen anger ingen budget för integrationsarbetet som helhet.
report-draft-todo-funding = inget finansieringsbelopp anges för dessa åtgärder: { $measures }.
report-draft-todo-spent = hur mycket som faktiskt användes och om resurserna var tillräckliga.
report-draft-effectiveness = Effekter
report-draft-trend = { $direction ->
    [up] steg
    [down] sjönk
   *[same] förblev oförändrad
}: { $start } → { $end }{ $toward ->
    [toward] , närmare målnivån
    [away] , längre från målnivån
    [same] , inte närmare målnivån
   *[none] {""}
}{ $reached ->
    [yes] ; målnivån är nådd
   *[no] {""}
}.
report-draft-todo-effectiveness = samordnarens och samarbetsgruppens bedömning av vad åtgärderna åstadkom och hur effekterna utvärderades.

# Den regionala översikten.
report-overview-title = Regional översikt över integrationsplanerna
report-overview-intro = { $count ->
    [one] 1 plan
   *[other] { $count } planer
}, tidsfrister bedömda per { $date }, kontrollerade med goodrel { $version }. Sorterade efter antal fel, flest först; varje namn länkar till planens egen rapport.
report-overview-caption = En rad per kommun
report-overview-errors = Fel
report-overview-warnings = Varningar
report-overview-by-family = Per grupp
report-overview-shape = Pyramid (topp, mitten, bas)
report-overview-main-gap = Största brist
report-overview-two-yearly = Rapport vartannat år
report-overview-family-counts = { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
report-overview-no-gap = inga brister
report-overview-report-overdue = saknas eller ofullständig ({ $rule })
report-overview-report-submitted = lämnad { $date } (perioden slutade { $end })
report-overview-report-none = ingen förfallen ännu

# Fel från `goodrel report` (slutstatus 2).
report-error-plan-file = { $path }: rapporten skrivs inte över en planfil (.yaml, .yml, .toml); välj en .html-, .md- eller .csv-fil
report-error-inside-plan = { $path }: ligger i planens katalog { $dir }; skriv rapporten utanför den
report-error-one-plan = ange en plankatalog, eller använd --overview för flera
report-error-overview-format = översikten skrivs som html eller csv
report-error-csv-needs-overview = csv är översiktens format; använd --overview
report-error-overview-needs-output = --overview skriver en sida och varje plans rapport bredvid den: ange -o FIL
report-error-markdown-needs-two-yearly = rapporten skrivs som html; markdown är för --two-yearly
report-error-no-plan-files = { $root }: inga planfiler (.yaml, .yml, .toml) hittades; är detta planens katalog?

## Writing the report (render/report/output.rs, main.rs)
report-error-link = { $path }: är en symbolisk länk; en rapport skrivs inte genom en länk, eftersom den skulle ändra filen som länken pekar på: ta bort länken eller välj en annan sökväg
report-error-wrong-kind = { $path }: är en mapp där en fil behövs, eller en fil där en mapp behövs; välj en annan sökväg
report-error-overview-stdout = översiktssidan länkar till varje plans rapport, som skrivs i en mapp bredvid den, så den behöver en fil: ange -o FIL.html (eller --format csv för att skriva ut översikten som CSV)
report-error-write = { $path } kunde inte skrivas: { $error }; ingen fil ändrades
report-what-report = rapporten ({ $name })
report-what-draft = utkastet till rapporten vartannat år ({ $name })
report-what-overview = { $count ->
    [one] översikten över 1 plan
   *[other] översikten över { $count } planer
}
report-wrote = skrev { $what } ({ $format }) till { $path }
report-wrote-stdout = skrev { $what } ({ $format }) till standardutdata
report-wrote-overview = skrev { $what } ({ $format }) till { $path }, och varje plans rapport till { $dir }
