# Texts shared by every view: severities, families, the summary and result lines, labels.

# Text shown as it is: what renderers are tested with (escaping, control characters).
verbatim = { $text }

severity-error = error
severity-warning = warning
severity-info = info

family-format = Plan format
family-integration_act = Integration Act
family-governance = CoE governance
family-good_relations = Good relations
family-participation = Participation
family-pyramid = Pyramid

summary-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
summary-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}

summary-infos = { $count ->
    [one] 1 info
   *[other] { $count } info
}

# The text report.
text-plan = plan
text-plan-files = { $count ->
    [one] 1 plan file
   *[other] { $count } plan files
}
text-config = configuration:
text-config-none = none
text-no-plan-files = no plan files (.yaml, .yml, .toml) found under { $root }
text-note = note:
text-unreadable = the content rules did not run: { $count ->
    [one] 1 plan file could not be read; fix it first
   *[other] { $count } plan files could not be read; fix them first
}
text-skipped = { $count ->
    [one] 1 rule skipped
   *[other] { $count } rules skipped
}: { $sections } could not be read in full ({ $ids })
text-held-back = { $count ->
    [one] 1 finding held back
   *[other] { $count } findings held back
} until the value at { $place } is fixed ({ $ids })
text-held-back-more = { $line }; { $count } more held back
text-waiting = { $count ->
    [one] 1 rule that reads the value at { $place } waits for it to be fixed before judging ({ $ids })
   *[other] { $count } rules that read the value at { $place } wait for it to be fixed before judging ({ $ids })
}
text-held-back-and-waiting = { $held }; { $count ->
    [one] 1 more rule waits for it ({ $ids })
   *[other] { $count } more rules wait for it ({ $ids })
}
text-held-back-values = { $count ->
    [one] 1 more value holds back findings (`--format json` lists them under `held_back`)
   *[other] { $count } more values hold back findings (`--format json` lists them under `held_back`)
}
text-ids-and-more = { $ids } and { $count } more
text-checklist = checklist: { $statutory ->
    [one] 1 statutory gap
   *[other] { $statutory } statutory gaps
}, { $met } duties met, { $unjudged } not judged (`goodrel checklist` shows the evidence)
list-and = { $rest } and { $last }
text-by-family = by family: { $families }
text-family-counts = { $family } { $counts }
text-grouped = { $count } findings (`--show-all` lists them one by one):
text-help = help:
text-source = source:
result-errors = statutory or format errors found
result-clean = no errors
result-line = { $root }: { $verdict } ({ $errors }, { $warnings }, { $infos })
table-family = family
table-errors = errors
table-warnings = warnings
table-info = info
table-id = id
table-name = name
table-severity = severity
table-checks = checks
explain-family = family:
explain-severity = severity: { $severity } (default)
explain-checks = What it checks
explain-why = Why
explain-fix = How to fix
explain-sources = Sources
explain-duty = checklist: { $duty } ({ $basis })
summary-line-config = { $root }: { $errors }, { $warnings }, { $infos }; configuration: { $config }
junit-switched-off = switched off by the configuration

# The Markdown report.
markdown-title = goodrel report
markdown-config = Configuration: { $config }.
markdown-empty = No plan files (.yaml, .yml, .toml) were found in this directory.
markdown-verdict = { $verdict }: { $errors }, { $warnings }, { $infos } in { $files }.
markdown-more = { $count ->
    [one] 1 more finding
   *[other] { $count } more findings
}: see the job log or the SARIF upload.
markdown-rule = Rule
markdown-finding = Finding
markdown-where = Where

# docs/rules.md, generated from the rule declarations and this catalogue.
catalogue-title = goodrel rules
catalogue-generated = Generated from the rule declarations in src/rules/ and the catalogue in locales/ by `cargo test --test docs`; do not edit by hand.
catalogue-intro = Severity: **error** for statutory duties (the Integration Act 681/2023, the Non-Discrimination Act) and for plan-format problems; **warning** for the Council of Europe guide's elements and other guidance; **info** for advice. Each rule's own "why" says why it has its severity. `goodrel explain ID` prints the same text.
catalogue-default-severity = default severity **{ $severity }**
catalogue-checks = Checks.
catalogue-why = Why.
catalogue-fix = Fix.
catalogue-duty = Checklist.
catalogue-sources = Sources.

# Findings past the cap of one rule in one plan, folded into one.
# After the first items of a long list in a message; { $rest } is how many more.
list-more = { " " }and { $rest } more

fold-more = { $count ->
    [one] 1 more finding of this rule, folded: the same kind of problem here
   *[other] { $count } more findings of this rule, folded into one: the same kind of problem here and at { $others } other places (the JSON output's `also` lists up to { $listed } of them)
}
fold-also = also at { $places }
fold-also-more = also at { $places } and { $rest } more
text-grouped-folded = { $count } findings (the first { $cap } listed, the rest folded (`--format json` lists up to { $listed } places)):

sarif-related-capped = relatedLocations holds the first { $shown } of the { $count } other places.

# An item of the plan with its date, e.g. in a list of consultations.
item-dated = { $item } ({ $date })


# The regional authorities that receive the reports (the ten vitality centres from 2026 and
# the fifteen ELY Centres before them), selected by goodrel's key for each (the list is in
# src/model/authorities.rs): a plan may name its authority in Finnish or Swedish, and a
# message names it in the reader's language; a name goodrel does not know is shown as the
# plan writes it. Finnish names as tem.fi lists them (27.11.2025); Swedish names in the
# authorities' own form ("Livskraftscentralen i Österbotten"). English keeps the plan's words.
authority-name = { $key ->
   *[other] { $written }
}

# A time known only by the phase of the plan (a consultation `date: {during: planning}`).
when-during = during { $phase }

# A number of meetings a year the plan gives (`meetings_per_year: 5`).
times-a-year = { $count ->
    [one] once a year
   *[other] { $count } times a year
}
