# The checklist view.
checklist-title = Statutory checklist for { $root } (as of { $date })
checklist-programme = §13 integration programme: components
checklist-planning = §45 planning, development and monitoring: areas
checklist-duties = Other duties
checklist-column-component = component
checklist-column-area = area
checklist-column-duty = duty
checklist-column-basis = basis
checklist-column-status = status
checklist-column-service = service
checklist-column-responsible = responsible
checklist-column-cooperation = cooperation
checklist-column-languages = languages
checklist-column-objective = objective
checklist-column-measure = measure
checklist-column-indicator = indicator (baseline, target)
checklist-statutory = statutory
checklist-guidance = guidance
# The marks of --ascii (and of a terminal that is not UTF-8); a gap is "--" in every language.
checklist-mark-ok = ok
checklist-mark-not-checked = n/a
# The other duties.
checklist-duty-mainstreaming = integration taken into account in the municipal strategy
checklist-duty-national_objectives = national integration objectives (VALKO) taken into account
checklist-duty-situation_picture = a situation picture of local immigration, with its year and source
checklist-duty-planning_mode = whether the plan is made alone or jointly
checklist-duty-information_for_all = basic information and guidance for all immigrants
checklist-duty-wellbeing_services_county = cooperation with the wellbeing services county
checklist-duty-participation = organisations and immigrants take part in planning
checklist-duty-cooperation_group = cross-sectoral cooperation group, local or regional
checklist-duty-good_relations_working_group = cross-sectoral working group for good relations
checklist-duty-two_yearly_report = two-yearly report to the ELY Centre / vitality centre
checklist-duty-plan_period = plan period
checklist-duty-regional_authority = ELY Centre / vitality centre named
checklist-legend = { $ok }: met, by the items named (listed under "Evidence" with their places); { $gap }: a gap, with its findings as `goodrel check` shows them (rule id and item); { $none }: not judged, for the reason given under its letter.
checklist-summary = { $statutory ->
    [one] 1 statutory gap
   *[other] { $statutory } statutory gaps
} (the Integration Act errors `goodrel check` reports); { $gaps ->
    [one] 1 duty
   *[other] { $gaps } duties
} with findings, { $met } met, { $unjudged } not judged.
checklist-reasons = Not judged:
checklist-evidence = Evidence:
checklist-more = +{ $count } more
checklist-row-unassigned-programme = services without a component
checklist-row-unassigned-planning = outside the five areas
checklist-duty-national_employment_objectives = the national employment objectives and the municipality's vitality taken into account
checklist-duty-measures_serve_objectives = every measure serves an objective
checklist-duty-indicator_quality = indicators fit for monitoring (baseline, target, source, values in the period)
# The evidence that earns a duty: an item of the plan (its kind, id and name as the plan
# writes them) and what makes it count.
evidence-item = { $kind } { $id } '{ $name }'
evidence-more = and { $count } more
evidence-detail = { $item }: { $detail }
evidence-responsible = responsible { $actor }
evidence-with = with { $partners }
evidence-languages = in { $languages }
evidence-client-language = in the client's own language
evidence-language-count = in { $count } languages
evidence-broadened-target-group = covers the broadened target group
evidence-measures-serve = all { $count } measures name the objectives they serve
evidence-baseline-target = baseline { $baseline }, target { $target }
evidence-mainstreaming = says how the strategy takes immigrants and integration into account
evidence-heard = heard on { $date }, { $needs ->
    [one] 1 need recorded
   *[other] { $needs } needs recorded
}
evidence-report-submitted = report { $report } for { $start } – { $end }, submitted on { $submitted }
evidence-report-contents = report { $report } for { $start } – { $end } covers the five contents
evidence-national-objective = carries the national objective '{ $objective }'
evidence-plan-period = plan period { $start } – { $end }
evidence-regional-authority = reports to { $name }
evidence-coordination-note = says how the planning is coordinated with the county
evidence-county-in-group = the wellbeing services county sits in the group
evidence-county-in-measure = the wellbeing services county takes part in this measure
evidence-situation = situation picture of { $year } with its source and figures
evidence-planning-mode = planned { $mode }
evidence-vitality = concerns the municipality's vitality
evidence-indicator-fit = indicator { $id } '{ $name }': baseline, target, source, values within the period
# Why a duty was not judged.
reason-programme-kept = the programme is kept in '{ $title }' (IA006): not checked here
reason-no-programme-service = the plan lists no programme service (IA001)
reason-no-component-service = no service provides this component (IA002)
reason-languages-civic-only = §13 asks several languages of civic orientation only
reason-no-objective = no objective for this area (IA010)
reason-no-measure = no measure serves this area's objectives (IA011)
reason-no-measures = the plan lists no measure
reason-report-not-due = the first report is due on { $due }
reason-no-municipality = the plan has no `municipality` section
reason-no-indicators = the plan lists no indicator
reason-plan-unreadable = part of the plan could not be read: fix its format errors first
reason-held-back = held back until the value at { $place } is fixed ({ $rule })
reason-no-rule = no rule judges it
reason-switched-off = { $rules } switched off in the configuration
reason-skipped = not run: `{ $sections }` could not be read ({ $rules })
reason-suppressed = its finding is suppressed ({ $rules })
reason-no-evidence = no item of the plan earns it ({ $rules })
# A column of a grid as a duty (`goodrel explain`, docs/rules.md).
duty-column = { $grid } — { $column }
checklist-duty-law_basis = written under the Integration Act 681/2023
evidence-county-in-service = the wellbeing services county cooperates in this service
evidence-described = described
evidence-law-basis = written under the Integration Act 681/2023 (`law_basis`; the default when the plan names no act)
evidence-took-part-in-planning = took part in planning
reason-former-act = the plan is recorded under the former act 1386/2010 (IA026)
