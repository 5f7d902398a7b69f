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
checklist-kept-separately = kept in '{ $title }': not checked
checklist-legend = { $gap }: a finding is present (rule id and item, as `goodrel check` shows them); { $ok }: the rules ran and found nothing; { $none }: no rule checked it.
checklist-gaps = { $count ->
    [one] 1 gap
   *[other] { $count } gaps
}, { $statutory } of them statutory.
# The other duties.
checklist-duty-mainstreaming = integration taken into account in the municipal strategy
checklist-duty-national_objectives = national integration objectives (VALKO) taken into account
checklist-duty-civic_orientation_languages = civic orientation offered in several languages
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
