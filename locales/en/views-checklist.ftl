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
checklist-column-indicator = named indicator
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
coverage-title = Coverage of the duties
coverage-intro = Each duty of the statutory checklist (the ministry's *tarkistuslista* and the Act's minimum contents as the Council of Europe guide's Part I summarises them) and each piece of guidance shown beside it, the rules that judge it, and what in the plan counts as evidence. A duty is met only by evidence: an item of the plan that earns it, never the absence of a finding (docs/checklist.md). Text counts only when it is written (docs/plan-format.md, "What counts as written"). The Non-Discrimination Act's non-discrimination plan, outside the integration checklist, is GR004's.
coverage-duty = duty
coverage-basis = basis
coverage-rules = judged by
coverage-evidence = what counts as evidence
coverage-programme-service = A programme service with this `component` (IA002), described in a sentence of its own, not a placeholder or another service's text (IA009); the needs assessment's services together reach the broadened target group, `immigrants` covering all (IA005). A programme kept as its own document counts when its link identifies it: a written title and an approval date, `url` or `file` under 681/2023 (IA001, IA006).
coverage-programme-responsible = A responsible actor who may arrange the service: an authority, not a business or NGO; the employment authority for services only for jobseekers; the employment authority present somewhere in the programme (IA003).
coverage-programme-cooperation = For each service, a cooperating provider of another organisation than the responsible one's: the municipality's units are one organisation, as is each of the wellbeing services county, Kela, the police and the employment authority (IA004).
coverage-programme-languages = A civic orientation service in at least one language besides Finnish and Swedish, in three or more languages by count, or in each client's own language (IA007).
coverage-planning-objective = An objective in the area whose statement is written: not a placeholder, not only the area's name, not the same slogan as another objective's (IA010).
coverage-planning-measure = A measure serving the area's objectives, its title written or, if not, described in a sentence; not one measure claimed for every area (IA011). The plan's own objectives (`area: other`) are guidance: a warning.
coverage-planning-responsible = A responsible party on each measure of the area (IA012).
coverage-planning-cooperation = A partner of another organisation than the measure's responsible party's, among the actors or described by kind (IA013).
coverage-planning-indicator = An indicator that is named, saying what it measures, for each objective of the area (IA014). Its baseline, target and source, and figures that make sense together, are guidance (MLG009).
coverage-law_basis = The plan is written under 681/2023 (the default). A plan recorded under 1386/2010 in force after 1.1.2025 is one error, and its Integration Act duties are not judged (IA026).
coverage-mainstreaming = A `municipal_strategy` link whose note says, in a written sentence, how the strategy takes immigrants, integration, diversity or good relations into account, read for their stems in fi/sv/en (IA016).
coverage-national_objectives = A VALKO link with a written title, or an objective naming a written national objective (IA023; MLG011 defers to it).
coverage-wellbeing_services_county = The county as a party the plan coordinates with: responsible or partner in a measure, cooperating in a service, member or convener of a structure; or its plan linked with a note saying how the planning is coordinated, not "as needed" (IA017).
coverage-two_yearly_report = A report for each two-year period from 1.1.2025 once due, its own period covering the whole one due and its `submitted` date possible (not after the day judged, not before its period ended) (IA021); its five contents each written in its own words and its account of the measures matching their status (IA022).
coverage-national_employment_objectives = An employment objective naming its national objective, and an objective or business-services measure on the municipality's vitality (IA033).
coverage-measures_serve_objectives = Every measure names the objectives it serves (IA015).
coverage-indicator_quality = Each indicator has a baseline, a target and a source, values inside the period, figures that make sense together (baseline before the target and near the start, target within the period and different from the baseline), and is not the one indicator for every area (MLG009).
coverage-situation_picture = A dated, sourced picture of the local immigration situation, with numbers, reasons, ages, languages and employment (IA030).
coverage-planning_mode = The planning mode stated (IA031).
coverage-information_for_all = An information or guidance measure open to all immigrants, or a guidance service of the programme for `immigrants` (IA032).
coverage-participation = A consultation with immigrants or organisations before the approval, dated by a day, a year or as a planning step, with the needs it brought up; or a council or group of immigrants or organisations that took part in planning (IA019; MLG004 defers to it).
coverage-cooperation_group = A local or regional cooperation group (IA018).
coverage-good_relations_working_group = A good-relations working group, or a cooperation group with good relations in its remit (IA020).
coverage-plan_period = A plan period (IA024).
coverage-regional_authority = The ELY Centre / vitality centre named, and from 2026 the vitality centre (IA025, IA034).
