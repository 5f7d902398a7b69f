# loader texts

plan-more-unknown-keys = … och { $count ->
    [one] 1 okänd nyckel till
   *[other] { $count } okända nycklar till
}, som inte räknas upp var för sig: { $map }

## Reading a plan file (PLAN001, PLAN002).

plan-file-too-large = filen är { $size } byte, mer än de { $max } byte en planfil får vara; dela upp den per sektor
plan-file-too-large-unknown = filen är över { $max } byte, mer än de { $max } byte en planfil får vara; dela upp den per sektor
plan-not-a-file = detta är ingen vanlig fil, så den läses inte
plan-cannot-read = filen kan inte läsas: { $error }
plan-binary = detta är en binärfil, inte en planfil i textform; ta bort den eller ge den en annan filändelse
plan-not-utf8 = filen är inte UTF-8-text (sparad med en annan teckenkodning?); spara den som UTF-8
plan-duplicate-key = `{ $key }` står två gånger på samma ställe; bara den senare skulle gälla
plan-duplicate-section = avsnittet `{ $key }` står två gånger i den här filen; bara det senare skulle gälla: skriv alla dess poster under en enda `{ $key }:`
plan-too-many-values = filen innehåller över { $max } värden, mer än en planfil får ha; den läses inte: dela upp den per sektor
plan-too-many-values-aliased = filen expanderar till över { $max } värden (alias som upprepar varandra?); den läses inte

plan-toml-syntax = { $plain } (TOML-tolkens meddelande: { $parser })
plan-toml-unquoted = ett värde saknas eller är text utan citattecken: i TOML skrivs text inom citattecken, `name = "Oulu"`
plan-toml-duplicate-key = den här nyckeln finns redan i samma tabell; varje nyckel förekommer en gång per tabell
plan-toml-unclosed-table = en tabellrubrik är inte stängd: skriv den `[municipality]`, eller `[[measures]]` för en punkt i en lista
plan-toml-open-basic-string = en text inom citattecken är inte stängd på sin rad: lägg till det avslutande `"` (använd `"""` för text över flera rader)
plan-toml-open-literal-string = en text inom citattecken är inte stängd på sin rad: lägg till det avslutande `'`
plan-toml-unclosed-array = en lista inom hakparentes `[…]` är inte stängd, eller så är dess punkter inte åtskilda med kommatecken
plan-toml-inline-table = en tabell inom klammerparentes `{"{"}…{"}"}` är inte stängd, eller så är dess poster inte åtskilda med kommatecken (den ska stå på en rad)
plan-toml-expected-equals = efter en nyckel saknas `=`
plan-toml-invalid = detta är inte giltig TOML
plan-toml-number-too-large = talet är för stort

plan-yaml-syntax = { $plain } (YAML-tolkens meddelande: { $parser })
plan-yaml-tab = raden är indragen med tabb; i YAML görs indrag bara med mellanslag (YAML-tolkens meddelande: { $parser })
plan-yaml-second-document = en planfil innehåller ett YAML-dokument, men här börjar ett andra
plan-yaml-undefined-alias = detta alias hänvisar till ett ankare som inte är definierat före det
plan-yaml-complex-key = en nyckel ska vara ett enkelt ord, inte en lista eller en karta
plan-yaml-too-deep = dokumentet är kapslat djupare än { $max } nivåer; en plan behöver aldrig detta, så filen läses inte
plan-yaml-dash-indent = raden är indragen annorlunda än listpunkterna runt den: varje punkt börjar med `- ` i samma kolumn, och dess fält står under det första
plan-yaml-key-indent = raden är indragen annorlunda än nycklarna ovanför: nycklarna i en karta börjar i samma kolumn
plan-yaml-colon = här skulle `: ` inleda en nyckel där ingen kan börja: sätt text som innehåller `: ` inom citattecken, eller kontrollera radens indrag
plan-yaml-unclosed-list = en lista inom hakparentes `[…]` är inte stängd, eller så är dess punkter inte åtskilda med kommatecken
plan-yaml-unclosed-map = en karta inom klammerparentes `{"{"}…{"}"}` är inte stängd, eller så är dess poster inte åtskilda med kommatecken
plan-yaml-open-quote = en text inom citattecken är inte stängd: lägg till det avslutande citattecknet
plan-yaml-reserved = ett värde börjar med ett tecken som YAML reserverar (till exempel `@`, `%` eller en grav accent): sätt texten inom citattecken
plan-yaml-missing-value = här saknas ett värde, eller så börjar det med ett tecken som YAML reserverar: sätt texten inom citattecken
plan-yaml-expected-colon = efter en nyckel saknas `: ` (kolon och mellanslag)
plan-yaml-star = `*` inleder här ett YAML-alias: sätt text som börjar med `*` inom citattecken
plan-yaml-ampersand = `&` inleder här ett YAML-ankare: sätt text som börjar med `&` inom citattecken
plan-yaml-invalid = detta är inte giltig YAML

## Building the plan from its files (PLAN003–PLAN007).

plan-hint-duplicate-key = Behåll en av dem: slå ihop värdena under en nyckel, eller byt namn på den som betyder något annat.
plan-hint-toml-syntax = I TOML skrivs text inom citattecken (`name = "Oulu"`), `[municipality]` inleder en tabell och varje `[[measures]]` inleder en punkt i en lista.
plan-hint-yaml-syntax = I YAML görs indrag med mellanslag (aldrig med tabb), efter varje `:` och `-` kommer ett mellanslag, och text som innehåller `: ` eller börjar med ett specialtecken sätts inom citattecken.
plan-no-municipality = planen har ingen sektion `municipality`, så den säger inte vilken kommuns plan den är
plan-file-not-a-map = en planfil består av sektioner (municipality, actors, measures, ...), men den här filen innehåller { $found }
plan-a-plan-file = en planfil
plan-this-file = den här filen
plan-not-a-section = `{ $key }` är ingen sektion i planen
plan-not-a-section-list = `{ $key }` är ingen sektion i planen; sektionerna är: { $sections }
plan-second-municipality = en andra sektion `municipality`; den första finns i { $first }
plan-section-not-a-list = `{ $section }` är en lista med punkter (var och en börjar med `- id:` i YAML, `[[{ $section }]]` i TOML), men här står { $found }
plan-kind = { $kind ->
    [actor] aktör
    [service] tjänst
    [objective] mål
    [measure] åtgärd
    [indicator] indikator
    [structure] struktur
    [consultation] samråd
    [need] behov
    [link] länk
    [report] rapport
   *[other] post
}
plan-node-kind = { $kind ->
    [null] ingenting
    [bool] ett ja/nej-värde
    [number] ett tal
    [text] text
    [list] en lista
   *[map] fält (rader på formen `namn: värde`)
}
plan-duplicate-id = id:t `{ $id }` används redan av en annan post: { $kind }, { $file }:{ $line }
plan-reference-wrong-kind = `{ $field }` hänvisar till `{ $id }` (typ: { $found }), men ska hänvisa till { $expect ->
    [actor] en aktör
    [service] en tjänst
    [objective] ett mål
    [measure] en åtgärd
    [indicator] en indikator
    [structure] en struktur
    [consultation] ett samråd
    [need] ett behov
    [link] en länk
   *[report] en rapport
}
plan-reference-undefined = { $kind } `{ $id }`: id:t är inte definierat någonstans i planen
plan-hint-named = menade du id:t `{ $id }`? `{ $written }` är ett namn (typ: { $kind }); hänvisningar använder id
plan-did-you-mean = menade du `{ $name }`?

## Fields and values (PLAN003, PLAN004).

plan-unknown-field = `{ $key }` är inte ett fält i { $of }
plan-unknown-field-list = `{ $key }` är inte ett fält i { $of }; dess fält är: { $fields }
plan-text-cut-at-comma = texten i fältet `{ $field }` i { $of } bröts vid ett kommatecken: "{ $rest }" lästes som ett fältnamn, eftersom ett kommatecken avslutar ett värde inom `{ "{" } … { "}" }`
plan-hint-text-cut-at-comma = Sätt hela texten i `{ $field }` inom citattecken ("…"), eller skriv posten på flera rader, ett `fält: värde` per rad, där text får innehålla kommatecken.
plan-hint-translated-key = `{ $key }` är { $language ->
    [fi] finska
   *[sv] svenska
} för `{ $english }`: byt namn på nyckeln (nycklarna skrivs på engelska; värdena får vara på finska eller svenska).
plan-missing-field = { $what }: det obligatoriska fältet `{ $field }` saknas
plan-hint-add-field = Lägg till `{ $field }` ({ $accepts }), till exempel { $example }.
plan-hint-example = Till exempel { $example }.
plan-not-a-choice = `{ $given }` är inte ett tillåtet värde för { $what }; tillåtna värden: { $choices }
plan-wrong-value = { $what }: värdet ska vara { $accepts }, men här står { $found }
plan-wrong-value-why = { $what }: värdet ska vara { $accepts }, men här står { $found } ({ $why })
plan-wrong-list = { $what } tar { $accepts }, men här står { $found }: varje post har fel form
plan-found = { $kind ->
    [nothing] ingenting
    [null] ett tomt värde
    [bool] `{ $value }`
    [number] talet `{ $value }`
    [text] texten `{ $value }`
    [list] en lista
    [list-of-text] en lista med texter
    [list-of-number] en lista med tal
    [list-of-list] en lista med listor
    [list-of-map] en lista med poster som har fält
   *[map] fält (rader på formen `namn: värde`)
}
plan-accepts-any = ett värde
plan-accepts-bool = `true` eller `false`
plan-accepts-integer = ett heltal
plan-accepts-number = ett tal
plan-accepts-text = en text
plan-accepts-date = ett datum skrivet 2025-03-01 eller 1.3.2025
plan-accepts-date-or-year = ett datum skrivet 2025-03-01 eller 1.3.2025, eller ett årtal som 2025
plan-accepts-when = ett datum skrivet 2025-03-01 eller 1.3.2025, ett år som 2023, år som "2023–2024" eller `{"{"}during: { VALUE("planning", of: "PlanPhase") }{"}"}`
plan-accepts-choice = ett av värdena { $values }
plan-accepts-list-of-maps = en lista med poster som var och en har { $fields }
plan-accepts-list-of-choices = en lista med värden bland { $values }
plan-accepts-list-of = en lista med { $kind ->
    [text] texter
    [integer] heltal
    [number] tal
    [date] datum
   *[value] värden
}
plan-accepts-one-or-list-of-them = { $one }, eller en lista med sådana
plan-accepts-one-or-list = { $one }, eller en lista med sådana värden
plan-accepts-map-any = egna fält, några av { $fields }
plan-accepts-map = { $count ->
    [one] fältet
   *[other] fälten
} { $fields }
plan-accepts-map-optional = { $count ->
    [one] fältet
   *[other] fälten
} { $fields } (och vid behov { $optional })
plan-accepts-other = ett annat slags värde
plan-date-not-a-date = `{ $text }` är inget datum
plan-date-no-month = det finns ingen månad { $month }
plan-date-days = { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year } har { $days } dagar
plan-date-not-a-year = { $year } är inget rimligt år för en plan

## Finding the plan files (PLAN001, PLAN012).

plan-dir-missing = { $path }: filen eller mappen finns inte
plan-dir-unreadable = { $path }: kan inte läsas: { $error }
plan-link-outside = länken leder utanför planmappen, så den läses inte
plan-special-file = ingen vanlig fil (en namngiven pipe, en enhet eller en socket), så den läses inte som plandata
plan-dangling-link = den symboliska länken leder ingenstans (dess mål finns inte)
plan-link-loop = en symbolisk länk leder tillbaka till en mapp ovanför; slingan hoppas över
plan-walk-error = kan inte läsas: { $error }

## Suppressions (PLAN009–PLAN011).

plan-not-a-suppression = den här `# goodrel:`-kommentaren är inget undantag; skriv `# goodrel: ignore[REGEL] motivering`
plan-suppression-no-reason = undantaget för { $ids } saknar motivering, så det undantar ingenting
plan-suppression-not-a-rule = det här undantaget nämner `{ $name }`, som inte är någon regel
plan-suppression-fixed = { $id } ({ $name }) kan inte undantas: rätta filen i stället
plan-suppression-unused = det här undantaget för { $id } ({ $name }) undantar ingenting: ingen iakttagelse { $id } gäller den här raden
plan-suppression-unused-own-line = det här undantaget för { $id } ({ $name }) undantar ingenting: ingen iakttagelse { $id } gäller den här raden eller börjar på raden nedanför

## The command line: errors that end the run, notes of the views.

plan-no-plan-files = inga planfiler (.yaml, .yml, .toml) hittades; är det här planmappen?
plan-no-plan-files-config = inga planfiler (.yaml, .yml, .toml) hittades; är det här planmappen? (inställningsfilen { $config } användes: utesluter dess `ignore` alla filer?)
plan-no-such-rule = det finns ingen regel `{ $rule }`; reglerna är: { $ids }
plan-note-checklist = anmärkning: en del av planen kunde inte läsas eller ett värde måste rättas först, så vissa skyldigheter visas som inte bedömda; kör `goodrel check` för att se varför
plan-note-pyramid-sections = anmärkning: de här sektionerna kunde inte läsas helt: { $sections }; vyn saknar därför en del av planen; kör `goodrel check` för att se varför
plan-note-pyramid-values = anmärkning: { $count ->
    [one] 1 värde i planen kunde inte läsas och har lämnats bort
   *[other] { $count } värden i planen kunde inte läsas och har lämnats bort
}; kör `goodrel check` för att se varför
plan-note-governance = anmärkning: { $count ->
    [one] 1 planfil kunde inte läsas, så dess innehåll saknas i den här vyn
   *[other] { $count } planfiler kunde inte läsas, så deras innehåll saknas i den här vyn
}; `goodrel check` visar varför
plan-job-summary-failed = varning: jobbsammanfattningen kan inte skrivas till { $path }: { $error }

## The configuration file, goodrel.toml (PLAN008).

config-no-such-file = { $path }: inställningsfilen finns inte
config-too-large = inställningsfilen är större än { $max } byte, så den läses inte
config-not-a-file = inställningsfilen är ingen vanlig fil, så den läses inte
config-cannot-read = inställningsfilen kan inte läsas: { $error }
config-not-utf8 = inställningsfilen är inte UTF-8-text; spara den som UTF-8
config-not-toml = inställningsfilen är inte giltig TOML: { $parser }
config-unknown-key = `{ $key }` är ingen inställning; inställningarna är as_of, lang, rule_pack, ignore, [rules], [pyramid] och [reports]
config-wrong-kind = `{ $path }` ska vara { $want }, inte { $got ->
    [text] text
    [number] ett tal
    [bool] ett ja/nej-värde
    [date] ett datum
    [list] en lista
   *[table] en tabell
}
config-out-of-range = `{ $path }` ska vara { $want }
config-want-lang = en språkkod: "fi", "sv" eller "en"
config-unknown-lang = `{ $text }` är inget språk som goodrel talar; skriv lang = "fi", "sv" eller "en"
config-want-date = ett datum som 2026-11-23
config-not-a-date = `{ $text }` är inget datum; skriv as_of som en dag som finns, till exempel 23.11.2026 eller 2026-11-23
config-want-pyramid = en tabell som `[pyramid]` med `thin_below = 3`
config-unknown-pyramid-key = `{ $key }` är ingen inställning i [pyramid]; den enda är thin_below
config-want-thin-below = ett heltal, minst 1
config-want-reports = en tabell som `[reports]` med `grace_months = 3`
config-unknown-reports-key = `{ $key }` är ingen inställning i [reports]; den enda är grace_months
config-want-grace = ett antal månader som heltal från 0 till 24
config-want-rule-pack = en text som "fi-2025"
config-unknown-rule-pack = det finns inget regelpaket `{ $name }`; de kända paketen är: { $packs }
config-want-list = en lista med texter, till exempel ["drafts/**"]
config-want-text = en text
config-empty-entry = `{ $path }` har en tom post
config-ignore-is-a-list = `ignore` på översta nivån är en lista med mönster för planfiler, till exempel ignore = ["drafts/**"]; för att undanta en regels iakttagelser på ett ställe, skriv `ignore = ["measures[M12]"]` under [rules.REGEL]
config-bad-pattern = `{ $pattern }` är inget giltigt sökvägsmönster: { $error }
config-patterns-unusable = ignore-mönstren kan inte användas: { $error }
config-too-many-patterns = fler än { $max } mönster för att ignorera med jokertecken (`*`, `?`, `[…]`); detta och de följande används inte, så de filerna kontrolleras fortfarande: lista vanliga sökvägar eller slå ihop mönster (t.ex. `drafts/**`)
config-too-many-values = konfigurationen innehåller fler än { $max } värden (texter, tal, listor, tabeller); den läses inte. En verklig konfiguration behöver några tiotal: lista färre sökvägar eller använd mönster som `drafts/**`
config-want-rules = en tabell: [rules]
config-unknown-rule = det finns ingen regel eller regelfamilj `{ $name }`; använd ett regel-id från `goodrel rules` eller en familj: { $families }
config-fixed-rule = { $id } ({ $name }) kan inte ändras i inställningarna: dess iakttagelser betyder att en del av planen eller inställningsfilen inte kunde läsas
config-want-level = en av nivåerna off, info, warning, error
config-want-rule-entry = en nivå ("off", "info", "warning", "error") eller en tabell med level och ignore
config-unknown-rule-key = `{ $key }` är ingen nyckel i en regelpost; använd level och ignore
config-unknown-level = `{ $text }` är ingen nivå; använd off, info, warning eller error

## Lookalike ids (model/lookalike.rs)
plan-lookalike-pair = id:t `{ $id }` ser ut som `{ $other }` ({ $kind }, { $file }:{ $line }), men är skrivet med andra tecken
plan-lookalike-invisible = id:t `{ $id }` innehåller ett osynligt tecken ({ $code }), så det är inte det id det ser ut att vara
plan-lookalike-mixed = id:t `{ $id }` blandar alfabet: `{ $char }` ({ $code }) hör till ett annat alfabet än bokstäverna före det
plan-lookalike-script = id:t `{ $id }` är skrivet med ett annat alfabet ({ $code }…) men ser ut som det latinska `{ $looks }`
plan-lookalike-reference = `{ $written }` ser ut som `{ $id }` ({ $kind }) men är skrivet med andra tecken, så det hänvisar inte till något
plan-hint-lookalike = skriv om det med vanliga latinska bokstäver och siffror, och hänvisningarna till det på samma sätt
