# loader texts

plan-more-unknown-keys = … and { $count ->
    [one] 1 more unknown key
   *[other] { $count } more unknown keys
} in { $map }, not listed one by one

## Reading a plan file (PLAN001, PLAN002).

plan-file-too-large = the file is { $size } bytes, more than the { $max } a plan file may have; split it by sector
plan-file-too-large-unknown = the file is more than { $max } bytes, more than the { $max } a plan file may have; split it by sector
plan-not-a-file = not a regular file, so it is not read
plan-cannot-read = cannot read the file: { $error }
plan-binary = this is a binary file, not a text plan file; remove it or give it another extension
plan-not-utf8 = the file is not UTF-8 text (saved in another encoding?); save it as UTF-8
plan-duplicate-key = `{ $key }` is written twice in the same item; only the second would count
plan-duplicate-section = the section `{ $key }` is written twice in this file; only the second would count: put all its items under one `{ $key }:`
plan-too-many-values = the file holds more than { $max } values, more than a plan file may have; it is not read: split it by sector
plan-too-many-values-aliased = the file expands to more than { $max } values (aliases that repeat each other?); it is not read

plan-toml-syntax = { $plain } (TOML parser: { $parser })
plan-toml-unquoted = a value is missing or is text without quotes: TOML writes text in quotes, `name = "Oulu"`
plan-toml-duplicate-key = this key is already set in the same table; each key appears once per table
plan-toml-unclosed-table = a table header is not closed: write it `[municipality]`, or `[[measures]]` for a list item
plan-toml-open-basic-string = a quoted text is not closed on its line: add the closing `"` (use `"""` for text over several lines)
plan-toml-open-literal-string = a quoted text is not closed on its line: add the closing `'`
plan-toml-unclosed-array = a list in brackets `[…]` is not closed, or its items are not separated by commas
plan-toml-inline-table = an inline table `{"{"}…{"}"}` is not closed, or its entries are not separated by commas (it must stay on one line)
plan-toml-expected-equals = a key is not followed by `=`
plan-toml-invalid = this is not valid TOML
plan-toml-number-too-large = this number is too large

plan-yaml-syntax = { $plain } (YAML parser: { $parser })
plan-yaml-tab = this line is indented with a tab; YAML indents with spaces only (YAML parser: { $parser })
plan-yaml-second-document = a plan file holds one YAML document, but a second one starts here
plan-yaml-undefined-alias = this alias refers to an anchor that is not defined before it
plan-yaml-complex-key = a key must be a plain word, not a list or a map
plan-yaml-too-deep = the document nests deeper than { $max } levels; a plan never needs this, so the file is not read
plan-yaml-dash-indent = this line is indented differently from the list items around it: each item starts with `- ` at the same column, its fields lined up under the first
plan-yaml-key-indent = this line is indented differently from the keys above it: keys of one map start at the same column
plan-yaml-colon = a `: ` here starts a key where none can start: put text that contains `: ` in quotes, or check the indentation of this line
plan-yaml-unclosed-list = a list in brackets `[…]` is not closed, or its items are not separated by commas
plan-yaml-unclosed-map = a map in braces `{"{"}…{"}"}` is not closed, or its entries are not separated by commas
plan-yaml-open-quote = a quoted text is not closed: add the closing quote
plan-yaml-reserved = a value starts with a character YAML reserves (such as `@`, `%` or a backtick): put the text in quotes
plan-yaml-missing-value = a value is missing here, or starts with a character YAML reserves: put the text in quotes
plan-yaml-expected-colon = a key is not followed by `: ` (a colon and a space)
plan-yaml-star = `*` starts a YAML alias here: put text that starts with `*` in quotes
plan-yaml-ampersand = `&` starts a YAML anchor here: put text that starts with `&` in quotes
plan-yaml-invalid = this is not valid YAML

## Building the plan from its files (PLAN003–PLAN007).

plan-hint-duplicate-key = Keep one of the two: merge their values under one key, or rename the one that means something else.
plan-hint-toml-syntax = In TOML, text is quoted (`name = "Oulu"`), `[municipality]` starts a table and each `[[measures]]` starts one item of a list.
plan-hint-yaml-syntax = In YAML, indent with spaces (never tabs), put a space after each `:` and `-`, and quote text that contains `: ` or starts with a special character.
plan-no-municipality = the plan has no `municipality` section, so it does not say whose plan it is
plan-file-not-a-map = a plan file is a map of sections (municipality, actors, measures, ...), but this file holds { $found }
plan-a-plan-file = a plan file
plan-this-file = this file
plan-not-a-section = `{ $key }` is not a plan section
plan-not-a-section-list = `{ $key }` is not a plan section; the sections are: { $sections }
plan-second-municipality = a second `municipality` section; the first is in { $first }
plan-section-not-a-list = `{ $section }` is a list of items (each starting with `- id:` in YAML, `[[{ $section }]]` in TOML), but here it is { $found }
plan-kind = { $kind ->
    [actor] actor
    [service] service
    [objective] objective
    [measure] measure
    [indicator] indicator
    [structure] structure
    [consultation] consultation
    [need] need
    [link] link
    [report] report
   *[other] item
}
plan-node-kind = { $kind ->
    [null] nothing
    [bool] a yes/no value
    [number] a number
    [text] text
    [list] a list
   *[map] fields (`name: value` lines)
}
plan-duplicate-id = the id `{ $id }` is already used by the { $kind } at { $file }:{ $line }
plan-reference-wrong-kind = `{ $field }` names the { $found } `{ $id }`, but it should name { $expect ->
    [actor] an actor
    [service] a service
    [objective] an objective
    [measure] a measure
    [indicator] an indicator
    [structure] a structure
    [consultation] a consultation
    [need] a need
    [link] a link
   *[report] a report
}
plan-reference-undefined = { $kind } `{ $id }` is not defined anywhere in the plan
plan-hint-named = did you mean the id `{ $id }`? `{ $written }` is that { $kind }'s name; references use ids
plan-did-you-mean = did you mean `{ $name }`?

## Fields and values (PLAN003, PLAN004).

plan-unknown-field = `{ $key }` is not a field of { $of }
plan-unknown-field-list = `{ $key }` is not a field of { $of }; its fields are: { $fields }
plan-text-cut-at-comma = the text of `{ $field }` in { $of } was cut at a comma: "{ $rest }" was read as a field name, because inside `{ "{" } … { "}" }` a comma ends a value
plan-hint-text-cut-at-comma = Put the whole text of `{ $field }` in quotes ("…"), or write the item on several lines, one `field: value` per line, where commas may stand in text.
plan-hint-translated-key = `{ $key }` is the { $language ->
    [fi] Finnish
   *[sv] Swedish
} for `{ $english }`: rename the key (keys are English; values may be Finnish or Swedish).
plan-missing-field = { $what } is missing the required field `{ $field }`
plan-hint-add-field = Add `{ $field }` ({ $accepts }), e.g. { $example }.
plan-hint-example = For example { $example }.
plan-not-a-choice = `{ $given }` is not one of the values { $what } accepts: { $choices }
plan-wrong-value = { $what } takes { $accepts }, but here it is { $found }
plan-wrong-value-why = { $what } takes { $accepts }, but here it is { $found } ({ $why })
plan-wrong-list = { $what } takes { $accepts }, but here it is { $found }: every entry has the wrong form
plan-found = { $kind ->
    [nothing] nothing
    [null] empty
    [bool] `{ $value }`
    [number] the number `{ $value }`
    [text] the text `{ $value }`
    [list] a list
    [list-of-text] a list of texts
    [list-of-number] a list of numbers
    [list-of-list] a list of lists
    [list-of-map] a list of entries with fields
   *[map] fields (`name: value` lines)
}
plan-accepts-any = a value
plan-accepts-bool = `true` or `false`
plan-accepts-integer = a whole number
plan-accepts-number = a number
plan-accepts-text = text
plan-accepts-date = a date written 2025-03-01 or 1.3.2025
plan-accepts-date-or-year = a date written 2025-03-01 or 1.3.2025, or a year such as 2025
plan-accepts-when = a date written 2025-03-01 or 1.3.2025, a year such as 2023, years such as "2023–2024", or `{"{"}during: planning{"}"}`
plan-accepts-choice = one of { $values }
plan-accepts-list-of-maps = a list of entries, each with { $fields }
plan-accepts-list-of-choices = a list of values from { $values }
plan-accepts-list-of = a list of { $kind ->
    [text] texts
    [integer] whole numbers
    [number] numbers
    [date] dates
   *[value] values
}
plan-accepts-one-or-list-of-them = { $one }, or a list of them
plan-accepts-one-or-list = { $one }, or a list of such values
plan-accepts-map-any = fields of its own, any of { $fields }
plan-accepts-map = the { $count ->
    [one] field
   *[other] fields
} { $fields }
plan-accepts-map-optional = the { $count ->
    [one] field
   *[other] fields
} { $fields } (and if you like { $optional })
plan-accepts-other = another kind of value
plan-date-not-a-date = `{ $text }` is not a date
plan-date-no-month = there is no month { $month }
plan-date-days = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } has { $days } days
plan-date-not-a-year = { $year } is not a year of a plan

## Finding the plan files (PLAN001, PLAN012).

plan-dir-missing = { $path }: no such file or directory
plan-dir-unreadable = { $path }: cannot be read: { $error }
plan-link-outside = link leads outside the plan directory: not read
plan-special-file = not a regular file (a FIFO, device or socket), so it is not read as plan data
plan-dangling-link = the symbolic link leads to nothing (its target does not exist)
plan-link-loop = a symbolic link loops back to a folder above it; the loop is skipped
plan-walk-error = { $error }

## Suppressions (PLAN009–PLAN011).

plan-not-a-suppression = this `# goodrel:` comment is not a suppression; write `# goodrel: ignore[RULE] reason`
plan-suppression-no-reason = the suppression of { $ids } gives no reason, so it does not suppress anything
plan-suppression-not-a-rule = this suppression names `{ $name }`, which is not a rule
plan-suppression-fixed = { $id } ({ $name }) cannot be suppressed: fix the file instead
plan-suppression-unused = this suppression of { $id } ({ $name }) suppresses nothing: no { $id } finding covers this line
plan-suppression-unused-own-line = this suppression of { $id } ({ $name }) suppresses nothing: no { $id } finding covers this line or starts on the line below

## The command line: errors that end the run, notes of the views.

plan-no-plan-files = no plan files (.yaml, .yml, .toml) found; is this the plan directory?
plan-no-plan-files-config = no plan files (.yaml, .yml, .toml) found; is this the plan directory? (the configuration { $config } was used: does its `ignore` match every file?)
plan-no-such-rule = no rule `{ $rule }`; known rules: { $ids }
plan-note-checklist = note: part of the plan could not be read or some values are held back, so some duties show as not judged; run `goodrel check` to see why
plan-note-pyramid-sections = note: { $sections } could not be read in full, so this view misses part of the plan; run `goodrel check` to see why
plan-note-pyramid-values = note: { $count ->
    [one] 1 value of the plan could not be read and is left out
   *[other] { $count } values of the plan could not be read and are left out
}; run `goodrel check` to see why
plan-note-governance = note: { $count ->
    [one] 1 plan file could not be read, so its content is missing from this view
   *[other] { $count } plan files could not be read, so their content is missing from this view
}; `goodrel check` shows why
plan-job-summary-failed = warning: cannot write the job summary to { $path }: { $error }

## The configuration file, goodrel.toml (PLAN008).

config-no-such-file = { $path }: no such configuration file
config-too-large = the configuration file is larger than { $max } bytes, so it is not read
config-not-a-file = the configuration is not a regular file, so it is not read
config-cannot-read = the configuration file cannot be read: { $error }
config-not-utf8 = the configuration file is not UTF-8 text; save it as UTF-8
config-not-toml = the configuration file is not valid TOML: { $parser }
config-unknown-key = `{ $key }` is not a configuration key; the keys are as_of, lang, rule_pack, ignore, [rules], [pyramid] and [reports]
config-wrong-kind = `{ $path }` must be { $want }, not { $got ->
    [text] text
    [number] a number
    [bool] a yes/no value
    [date] a date
    [list] a list
   *[table] a table
}
config-out-of-range = `{ $path }` must be { $want }
config-want-lang = a language code: "fi", "sv" or "en"
config-unknown-lang = `{ $text }` is not a language goodrel speaks; write lang = "fi", "sv" or "en"
config-want-date = a date such as 2026-11-23
config-not-a-date = `{ $text }` is not a date; write as_of as a day that exists, e.g. 2026-11-23 or 23.11.2026
config-want-pyramid = a table such as `[pyramid]` with `thin_below = 3`
config-unknown-pyramid-key = `{ $key }` is not a key of [pyramid]; the only key is thin_below
config-want-thin-below = a whole number of at least 1
config-want-reports = a table such as `[reports]` with `grace_months = 3`
config-unknown-reports-key = `{ $key }` is not a key of [reports]; the only key is grace_months
config-want-grace = a whole number of months from 0 to 24
config-want-rule-pack = text such as "fi-2025"
config-unknown-rule-pack = there is no rule pack `{ $name }`; the known packs are: { $packs }
config-want-list = a list of texts, e.g. ["drafts/**"]
config-want-text = text
config-empty-entry = `{ $path }` has an empty entry
config-ignore-is-a-list = the top-level `ignore` is a list of plan-file patterns, e.g. ignore = ["drafts/**"]; to ignore a rule's findings at a place, write `ignore = ["measures[M12]"]` under [rules.RULE]
config-bad-pattern = `{ $pattern }` is not a valid path pattern: { $error }
config-patterns-unusable = the ignore patterns cannot be used: { $error }
config-too-many-patterns = more than { $max } ignore patterns with wildcards (`*`, `?`, `[…]`); this one and the ones after it are not used, so those files are still checked: list plain paths, or merge patterns (e.g. `drafts/**`)
config-too-many-values = the configuration holds more than { $max } values (texts, numbers, lists, tables); it is not read. A real configuration needs a few dozen: list fewer paths, or use patterns such as `drafts/**`
config-want-rules = a table: [rules]
config-unknown-rule = there is no rule or rule family `{ $name }`; use a rule id from `goodrel rules` or a family: { $families }
config-fixed-rule = { $id } ({ $name }) cannot be reconfigured: its findings mean part of the plan or the configuration could not be read
config-want-level = one of off, info, warning, error
config-want-rule-entry = a level ("off", "info", "warning", "error") or a table with level and ignore
config-unknown-rule-key = `{ $key }` is not a key of a rule entry; use level and ignore
config-unknown-level = `{ $text }` is not a level; use off, info, warning or error

## Lookalike ids (model/lookalike.rs)
plan-lookalike-pair = the id `{ $id }` looks like `{ $other }`, the { $kind } at { $file }:{ $line }, but is written with other characters
plan-lookalike-invisible = the id `{ $id }` holds an invisible character ({ $code }), so it is not the id it shows
plan-lookalike-mixed = the id `{ $id }` mixes alphabets: `{ $char }` ({ $code }) is from another alphabet than the letters before it
plan-lookalike-script = the id `{ $id }` is written in another alphabet ({ $code }…) but looks like the Latin `{ $looks }`
plan-lookalike-reference = `{ $written }` looks like the { $kind } `{ $id }` but is written with other characters, so it names nothing
plan-hint-lookalike = retype it in plain Latin letters and digits, and the references to it the same way
