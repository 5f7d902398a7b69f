# Rule texts (good-relations): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

GR001 = The plan does not say what it means by good relations or which population groups the work concerns.
    .rationale = The Ministry of Justice guide lists, among the prerequisites of strategic good-relations work, that the municipality states clearly what it means by relations between population groups and which groups are concerned. Good relations concern all residents, not only immigrants; without a stated scope, sectors read it as an integration matter only. Warning: guidance.
    .help = Add `municipality.good_relations` with a `definition` in your own words and the `groups` the work concerns (e.g. immigrants, majority_population, roma, swedish_speakers, young_people).

GR002 = The measures for good-relations objectives come from fewer than three sectors.
    .rationale = The Ministry of Justice guide asks that good-relations work be understood broadly, reaching welfare services, housing, land use planning, education, youth, security and culture, and that people from all service functions take part. When the measures serving the good-relations objectives come from one or two sectors, the work stays a side project. A measure's sector is its `sector`, else its responsible actor's sector. Warning: guidance.
    .help = Add measures for the good-relations objectives from other sectors (e.g. housing, urban planning, youth, basic education, culture, security), and give each measure its `sector`.

GR003 = A measure has no timetable.
    .rationale = The Ministry of Justice guide asks for a responsible party and a timetable for every measure, and for the municipality to follow whether the timetable is kept. A measure with no start date cannot be followed up, nor reported on in the two-yearly report. Warning: guidance.
    .help = Add `timetable:` with a `start` date and, for a time-limited measure, an `end` date; a standing measure has `ongoing: true` (its `start` may be left out).

GR004 = The plan does not link to the municipality's non-discrimination plan.
    .rationale = Under the Non-Discrimination Act 1325/2014 authorities, municipalities among them, must assess how equality is realised in their activities, promote it, and draw up a non-discrimination plan; the Ministry of Justice guide names that plan as a main tool for developing relations between groups. The duty is to have the non-discrimination plan, not to link to it from this plan: a missing link does not show that the plan is missing, so this is advice. Warning: the Ministry of Justice guide asks that the connection to statutory plans be made visible.
    .help = Add a `links:` entry with `kind: non_discrimination_plan`, its title and, if public, its URL.

GR005 = The plan does not link to the municipality's security plan.
    .rationale = Local safety planning is where confrontations, conflicts and hate crime are handled locally; the Ministry of Justice guide lists the security plan among the plans good-relations work should connect to, and the CoE guide's national overview places local safety planning beside the integration programme. Warning: guidance.
    .help = Add a `links:` entry with `kind: security_plan` and say in its `mainstreaming` how it takes relations between population groups into account.

GR006 = The plan does not say how its objectives are communicated to authorities and residents.
    .rationale = The Ministry of Justice guide ends the strategy process with communicating the objectives to the municipality's authorities and residents, so that decision-makers, staff and residents know what good relations are about and whom they concern. Info: advice on carrying the plan out.
    .help = List under `municipality.communication` how the objectives are communicated (e.g. "city website in fi, sv, en", "briefing for sector directors", "resident evening").

GR007 = Nothing in the plan measures relations between population groups.
    .rationale = The Ministry of Justice guide treats monitoring and measuring relations between groups as one of the three parts of the work, with examples such as a recurring atmosphere survey and the ministry's data-collection sessions with population groups. With no such indicator and no indicator on any good-relations objective, the plan cannot tell whether relations improve. Warning: guidance.
    .help = Add an indicator with `instrument: atmosphere_survey` or `data_collection_sessions`, or attach indicators to the good-relations objectives (`objectives[].indicators`).

GR008 = The plan does not say which body approved it and when.
    .rationale = The Ministry of Justice guide names the support of municipal management and the commitment of decision-makers as prerequisites of good-relations work; the ministry's checklist likewise asks for decision-makers committed to a timetable. A recorded approval is the visible sign of that commitment. Warning: guidance (the plan may still be in preparation).
    .help = Add `municipality.approval` with the approving `body` (e.g. City Council) and the `date` of the decision.

GR009 = Measures whose timetable has ended are still marked planned or ongoing.
    .rationale = The Ministry of Justice guide asks the municipality to set a timetable for each measure and to monitor that it is kept. A measure whose `timetable.end` has passed (judged by `--as-of`) but whose `status` is still `planned` or `ongoing` is either late or its status was not updated: either way the plan no longer says what is happening. Standing measures (`ongoing: true`, or no end) are not judged. All such measures make one finding, at the first. Warning: guidance.
    .help = For each measure listed, set `status: done` or `dropped`, or move `timetable.end` to the new date and say why in its description.

# Finding messages.

gr001-no-definition = the plan does not say what it means by good relations between population groups
gr001-no-groups = the plan does not say which population groups its good-relations work concerns
gr002-no-sector = the measures for the good-relations objectives come from no stated sector; good relations need at least three sectors
gr002-few-sectors = the measures for the good-relations objectives come from only { $count ->
    [one] one sector
   *[other] { $count } sectors
} ({ $sectors }); good relations need at least three sectors
gr003-no-timetable = measure { $id } '{ $title }' has no timetable
gr004-no-non-discrimination-plan = the plan does not link to the municipality's non-discrimination plan
gr005-no-security-plan = the plan does not link to the municipality's security plan
gr006-not-communicated = the plan does not say how its objectives are communicated to authorities and residents
gr007-not-monitored = no indicator measures relations between population groups: there is no atmosphere survey or data-collection session, and no good-relations objective has an indicator
gr008-not-approved = the plan of { $municipality } does not say which body approved it and when
gr009-past-timetable = { $count ->
    [one] one measure is past the end of its timetable
   *[other] { $count } measures are past the end of their timetable
}: { $measures }
gr009-measure = { $id } '{ $title }' (ended { $end }, still { $status ->
    [planned] planned
   *[other] ongoing
})
gr009-more = and { $count } more
