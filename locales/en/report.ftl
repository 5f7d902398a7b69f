# `goodrel report`: the HTML report, the two-yearly draft and the regional overview.

report-title = Integration programme and good relations: { $municipality }
report-contents = Contents
report-footer = Written by goodrel { $version } from the plan's files. No scripts, no external resources.
report-municipality = Municipality
report-plan-dir = Plan directory
report-period = Plan period
report-approval = Approval
report-approval-value = { $body }, { $date }
report-regional-authority = Regional authority
report-as-of = Deadlines judged as of
report-version = Tool
report-config = Configuration used
report-config-none = none (default levels)
report-technical = About this report
report-result = Findings
report-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] 1 note
   *[other] { $infos } notes
}
report-not-given = not given in the plan
report-not-checked-note = Part of the plan could not be read, so the content rules did not run. The checklist shows every duty as not judged; see the findings.
report-yes = yes
report-no = no

# The checklist.
report-checklist = Statutory checklist
report-checklist-programme = Integration programme (Integration Act, section 13)
report-checklist-programme-caption = Components of the integration programme
report-checklist-planning = Planning areas (Integration Act, section 45)
report-checklist-planning-caption = Planning areas: objective, measure, responsible party, cooperation, indicator
report-checklist-duties = Other duties and guidance
report-checklist-row = Component or area
report-checklist-duty = Duty
report-checklist-kind = Kind
report-checklist-state = State
report-checklist-links = A ✓ links to the items that earn it, a ✗ to its findings.
report-checklist-evidence = What earns each ✓
report-duty-statutory = statutory
report-duty-guidance = guidance
report-mark-ok = in order
report-mark-gap = gap
report-mark-not-checked = not judged

# The pyramid.
report-pyramid = Pyramid of the situational overview
report-pyramid-intro = The Council of Europe guide's three levels: general services at the base, equality and inclusion in the middle, interaction and conflict at the top. Each level carries the number of items placed on it; the darker its shade, the larger the share of items run with partners outside { $kind ->
    [city] the city
   *[municipality] the municipality
}. A level with gaps has a dashed red border and a warning sign.
report-pyramid-legend = Figure: number of items. Shade: share with partners outside { $kind ->
    [city] the city
   *[municipality] the municipality
} (also written beside the drawing). Dashed red border and ⚠ with a number: the level's gaps.
report-pyramid-svg-title = The plan's pyramid
report-pyramid-level-desc = { $level }: { $count ->
    [one] 1 item
   *[other] { $count } items
}, { $percent } % with partners outside { $kind ->
    [city] the city
   *[municipality] the municipality
}, { $gaps ->
    [0] no gaps.
    [one] 1 gap.
   *[other] { $gaps } gaps.
}
report-pyramid-level-line = { $count ->
    [one] 1 item
   *[other] { $count } items
}, { $percent } % with partners outside { $kind ->
    [city] the city
   *[municipality] the municipality
}
report-pyramid-level-gaps = { $count ->
    [one] 1 gap
   *[other] { $count } gaps
}
report-gaps = Gaps, worst first
report-gaps-none = No gaps found.
report-gaps-no-measures = The plan has no measures, so the gaps were not analysed.
report-gap-weight = weight { $weight }
report-level-empty = Nothing is placed on this level.
report-item = Item
report-item-kind = Kind
report-item-uncertain = Uncertain: placed on a weak word or on context alone; a kind: or level: in the plan would confirm it
report-item-reason = Why it is placed here
report-item-non-city = Partners outside { $kind ->
    [city] the city
   *[municipality] the municipality
}
report-unplaced = Not placed on any level

# Findings.
report-findings = Findings by family
report-findings-none = No findings.
report-findings-intro = { $count ->
    [one] One finding
   *[other] { $count } findings
}, grouped by family. The appendix at the end says, by the same numbers, where each one is in the plan files and how to fix it there.
report-finding-place = where in the files
report-places = Appendix: where the findings are in the plan files
report-places-intro = For the people who edit the plan files: each finding's rule, its file, line and column, the item it concerns, and how to fix it.
report-places-number = No.
report-places-rule = Rule
report-places-where = File, line and item
report-places-fix = How to fix

# Governance.
report-governance = Multilevel governance
report-governance-level-empty = Nothing on this level.
report-governance-actor = actor
report-governance-structure = structure
report-governance-link = related plan or programme
report-governance-missing = What is missing
report-governance-missing-none = Nothing of the reference set is missing.
report-trace = From needs to measures
report-trace-need = Need
report-trace-consultation = Identified in
report-trace-recognised = Recognised in
report-trace-measures = Answered by
report-trace-not-recognised = not recognised anywhere
report-trace-unanswered = no measure answers it
report-trace-only-dropped = only dropped measures answered it
report-trace-none = The plan records no consultation needs.

# Indicators.
report-indicators = Indicators
report-indicators-none = The plan has no indicators.
report-indicator = Indicator
report-indicator-baseline = baseline
report-indicator-target = target
report-indicator-latest = latest
report-indicator-drawn = Drawn
report-indicator-bar-desc = { $label } { $value } { $unit } ({ $date })
report-indicator-bar-none = { $label } not given

# The overview's pyramid shape.
report-shape-title = Shape of the pyramid
report-shape-desc = Top { $top }, middle { $middle }, base { $base } items.

# The two-yearly draft.
report-todo = TO BE WRITTEN:
report-draft-title = Two-yearly report to the regional authority (draft)
report-draft-period = Reporting period: { $start } – { $end }.
report-draft-to = To:
report-draft-intro = This draft was assembled from the plan's data. Each figure is a value from the plan, with its date. Parts marked "to be written" have no data in the plan: the coordinator writes them.
report-draft-todo-authority = the regional authority (ELY Centre or vitality centre) the report goes to.
report-draft-objectives = How the objectives were achieved
report-draft-todo-objectives = the plan has no objectives: describe what was aimed at and achieved.
report-draft-areas = Planning area: { $areas }
report-draft-todo-no-indicator = this objective has no indicator: describe how it was achieved.
report-draft-figure = { $value } { $unit } ({ $date })
report-draft-at-start = at the start of the period { $figure }
report-draft-at-end = latest in the period { $figure }
report-draft-target = target { $figure }
report-draft-no-start = no value at the start of the period
report-draft-no-end = no value measured in the period
report-draft-no-target = no target
report-draft-todo-measure-indicator = indicator { $indicator } has no value measured in the period: add the latest figure and its source.
report-draft-measures = Measures implemented
report-draft-measures-intro = Measures whose timetable overlaps the period, by their status in the plan.
report-draft-measures-done = Carried out
report-draft-measures-ongoing = Under way
report-draft-measures-planned = Scheduled but not started
report-draft-measures-dropped = Given up
report-draft-todo-measure-status = the plan gives no status or no timetable for these measures: { $measures }.
report-draft-todo-measures = what the measures achieved and why any were given up or delayed.
report-draft-access = Equal access to services
report-draft-languages = languages: { $languages }
report-draft-no-languages = no languages given
report-draft-client-language = in the client's own language
report-draft-groups = target groups: { $groups }
report-draft-no-groups = no target groups given
report-draft-todo-services = the plan lists no services of the integration programme: describe how access to services was ensured.
report-draft-todo-accessibility = accessibility of the services (premises, digital services, interpretation) and how equal access was followed up.
report-draft-finances = Financial resources
report-draft-budget = { $amount } EUR, { $source }
report-draft-budget-year = { $amount } EUR, { $source }, { $year }
report-draft-funding = funding: { $source }, { $amount } EUR
report-draft-funding-no-amount = funding: { $source }, amount not given
report-draft-todo-budget = the plan gives no budget for the integration work as a whole.
report-draft-todo-funding = no amount of funding is given for these measures: { $measures }.
report-draft-todo-spent = how much was actually spent, and whether the resources were adequate.
report-draft-effectiveness = Effectiveness
report-draft-trend = { $direction ->
    [up] rose
    [down] fell
   *[same] stayed the same
} from { $start } to { $end }{ $toward ->
    [toward] , closer to the target
    [away] , further from the target
    [same] , no nearer the target
   *[none] {""}
}{ $reached ->
    [yes] ; the target is reached
   *[no] {""}
}.
report-draft-todo-effectiveness = the coordinator's and the cooperation group's assessment of what the measures achieved and how effectiveness was evaluated.

# The regional overview.
report-overview-title = Regional overview of integration plans
report-overview-intro = { $count ->
    [one] 1 plan
   *[other] { $count } plans
}, deadlines judged as of { $date }, checked with goodrel { $version }. Sorted by errors, most first; each name links to that plan's own report.
report-overview-caption = One row per municipality
report-overview-errors = Errors
report-overview-warnings = Warnings
report-overview-by-family = By family
report-overview-shape = Pyramid (top, middle, base)
report-overview-main-gap = Main gap
report-overview-two-yearly = Two-yearly report
report-overview-family-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
report-overview-no-gap = none
report-overview-report-overdue = missing or incomplete ({ $rule })
report-overview-report-submitted = submitted { $date } (period ending { $end })
report-overview-report-none = none due yet

# Errors of `goodrel report` (exit 2).
report-error-plan-file = { $path }: will not write a report over a plan file (.yaml, .yml, .toml); choose a .html, .md or .csv file
report-error-inside-plan = { $path }: is inside the plan directory { $dir }; write the report outside it
report-error-one-plan = give one plan directory, or use --overview for several
report-error-overview-format = the overview is written as html or csv
report-error-csv-needs-overview = csv is the overview's format; use --overview
report-error-overview-needs-output = --overview writes a page and each plan's report beside it: give -o FILE
report-error-markdown-needs-two-yearly = the report is written as html; markdown is for --two-yearly
report-error-no-plan-files = { $root }: no plan files (.yaml, .yml, .toml) found; is this the plan directory?

## Writing the report (render/report/output.rs, main.rs)
report-error-link = { $path }: is a symbolic link; a report is not written through a link, which would change the file it points at: remove the link or choose another path
report-error-wrong-kind = { $path }: is a folder where a file is needed, or a file where a folder is needed; choose another path
report-error-overview-stdout = the overview page links to each plan's report, written into a folder beside it, so it needs a file: give -o FILE.html (or --format csv to print the overview as CSV)
report-error-write = could not write { $path }: { $error }; no file was changed
report-what-report = the report of { $name }
report-what-draft = the draft two-yearly report of { $name }
report-what-overview = { $count ->
    [one] the overview of 1 plan
   *[other] the overview of { $count } plans
}
report-wrote = wrote { $what } ({ $format }) to { $path }
report-wrote-stdout = wrote { $what } ({ $format }) to standard output
report-wrote-overview = wrote { $what } ({ $format }) to { $path }, and each plan's report to { $dir }
