# Rule texts (integration-act): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

IA001 = The plan describes no services of the initial phase of integration (the integration programme), and links no programme document it identifies.
    .rationale = Under §13 the municipality must have an integration programme describing the services of the initial phase, and since 2025 state compensation depends on it. A plan without services cannot show the programme exists. A programme kept as a document of its own stands in for the services only when the plan's link identifies that document: a written title (not "x") with an approval date (`approved`), a `url` or a `file`, under the Act 681/2023 (IA006); a link that names the programme but gives nothing to find it by is reported here, at the link. Error: statutory.
    .help = Add a `services:` section listing the programme's services, each with its component, responsible actor and cooperating providers. If the programme is a document of its own, link it instead (`kind: integration_programme`) with its title and its approval date (`approved`), `url` or `file`.

IA006 = The integration programme is kept as its own document and its services are not in the plan, so its six components were not checked.
    .rationale = Many municipalities keep the §13 integration programme as a document of its own, apart from the §45 plan. The plan then links to it (`kind: integration_programme`) instead of listing the programme's services. That is lawful, but goodrel can check the programme's minimum content (IA001–IA005, IA007, IA009) only from services written in the plan; rather than report each component as missing, it says once that they were not checked. The link must identify the document: a written title and an approval date (`approved`), a `url` or a `file`; a link titled "x", one with nothing to find the document by, or one recorded under the former act 1386/2010 does not switch the programme's checks off (IA001 reports it). Info: nothing is wrong, something was left unchecked.
    .help = To have the programme checked too, add its services under `services:` (each with its `component`, `responsible` and `cooperation`), in this plan or in a file of their own.

IA002 = One of the six minimum-content components of the integration programme has no service.
    .rationale = The Act sets six components every programme must contain: needs assessment, integration plan, multilingual civic orientation, integration training with a language examination, other skills and employment services, and guidance and counselling. Each missing component is its own error.
    .help = Add a service with `component:` set to the missing component, naming who provides it. A service that is none of the six (interpreting, refugee reception) takes `kind: interpreting` or `kind: reception` instead of a component.
IA009 = A service of the integration programme is only labelled: no description says what it offers.
    .rationale = §13 describes the integration programme as a document that describes the services of the initial phase, not one that lists their names. A service counts as described when its `description` is written: a sentence of at least three words that is not a placeholder ("TBD", "lisätään myöhemmin", "läggs till senare"), does not only repeat the service's name or words for the kind of item, and is not the same text as another service's description (docs/plan-format.md, "What counts as written"). A name is a label, however many services share it. One finding lists every service that is only labelled, at the first. Error: statutory content of the programme.
    .help = Add `description:` to each service listed: a sentence or two on what it offers, to whom and how it is reached.

IA003 = A service of the integration programme names no responsible actor.
    .rationale = §13 describes the integration programme as a document that names, for each service of the initial phase, the actor responsible for it. The responsibility has to fit: the employment authority arranges the programme's services for immigrants who are jobseekers and for integration clients, the municipality for the others (kotoutuminen.fi). A business or an NGO may provide a service under contract but is not the party responsible for it, so a programme service whose responsible actor is a business or civil-society organisation is reported (once, listing the services), as is a service meant only for jobseekers (`target_groups: [employment_services_clients]`) that another authority is responsible for, and so is a programme in which the employment authority does not appear at all, neither responsible for nor cooperating in any service. Since the 2025 employment-services reform the employment authority is usually the municipality's own employment area, so an actor of `kind: employment_authority` counts, and so does a `municipal_sector` actor with `sector: employment`. Error: statutory content of the programme.
    .help = Add `responsible:` with the id of the authority that arranges the service: the employment authority for jobseekers and integration clients, the municipality for the others; name a business or NGO that delivers it under `cooperation:` instead.

IA004 = A service of the integration programme names no cooperating provider of another organisation.
    .rationale = Since the 2025 reform, §13 requires the programme to describe not only the services and who is responsible for them but also cooperation with other service providers; strengthening cross-sectoral cooperation was a main aim of the reform. A provider counts when it is another organisation than the one responsible: the municipality's own units and decision-makers are one organisation, and so is each of the wellbeing services county, Kela, the police, the employment authority, the ELY Centre / vitality centre, the AVI and the regional council, however many of its units the plan lists; any other actor (an NGO, a school, a company, a ministry) is its own. The responsible party itself, or another unit of the same organisation, is not another provider. The cooperation is described service by service, so every service with no such provider is reported — in one finding listing them, at the first; one cooperating service elsewhere does not make up for the others. Error: statutory content of the programme.
    .help = Add to `cooperation:` of each service listed the ids of the providers of other organisations it works with (e.g. the wellbeing services county, Kela, the employment authority, educational institutions, NGOs).

IA007 = The civic orientation service does not show that it is multilingual.
    .rationale = The third component of the §13 programme is *multilingual* civic orientation. A civic orientation service shows it with `languages:` naming at least one language besides the national languages Finnish and Swedish (`[fi, sv]` or `[fi, fi]` is not multilingual), or `client_language: true` when it is given in each client's own language (with an interpreter where needed). One finding listing the services concerned. Error: statutory content of the programme. (A programme with no civic orientation service at all is IA002's finding.)
    .help = Add `languages:` to the civic orientation service, listing the languages it is given in (e.g. `[ar, so, fa, uk, ru, en]`), or `client_language: true` if it is given in each client's own language.

IA005 = A group of the broadened needs-assessment target group is not listed by any needs-assessment service.
    .rationale = The reformed Act broadens who must be offered an assessment of integration service needs and skills: besides immigrants in employment services, those with a first residence permit under three years old, non-temporary income-support recipients, home-care-allowance recipients, people with refugee status, those who arrived as unaccompanied minors, victims of human trafficking and others assessed as needing services. The guide notes that reaching these new groups needs new working processes, so the programme should show how each is reached. A service for `immigrants` reaches every one of them. The groups missing from every needs-assessment service are reported in one finding, at the first such service. "Others assessed as needing services" is not checked: it is whoever an assessment finds, not a group a service can list. Error: statutory.
    .help = List the group in `target_groups` of the service with `component: needs_assessment` that reaches it (or add a service that does); `immigrants` covers them all.

IA010 = One of the five statutory planning areas has no objective, or none that is written.
    .rationale = §45 requires the municipality to define objectives, measures, responsible parties, cooperation and monitoring for five areas: employment and education; wellbeing, health and housing; inclusion, equality and equity; maintaining one's own language and culture; and good relations. An area without an objective is missing from the plan: one error per area. An objective counts when its statement is written (docs/plan-format.md, "What counts as written"): not a placeholder ("Tavoite lisätään myöhemmin."), not only the area's name or a word for an objective, and not the same statement as another objective's — one slogan written for every area sets an objective for none. The areas whose objectives are all unwritten are one finding listing those objectives.
    .help = Add an objective with `area:` set to the missing area (e.g. `area: good_relations`), or write the statement of each objective listed: what the municipality wants to achieve in that area.

IA011 = An objective has no measure serving it, or an area's measures are not written.
    .rationale = §45 asks for measures alongside the objectives of each area; an objective that no measure serves states an aim without saying how it is pursued. A single measure claimed for all five statutory areas is not a measure for each of them: it is reported once, at the measure, and the objectives it alone serves are not reported again. A measure counts when its title is written, or, when its title is a placeholder, a word for a measure ("Work", "Toimenpide", "Åtgärd 1") or the same as another measure's, when a description of a sentence says what it is; an area whose measures are all unwritten is reported, the areas in one finding. Error: statutory. The plan's own objectives beyond the five areas (`area: other`) are not what the Act asks for: such an objective without a measure is a warning.
    .help = Add the objective's id to `objectives:` of the measures that serve it, or add a measure for it; give each measure listed a title (or a `description:`) that says what is done. A measure claimed for every area should be split into measures that each serve the areas they really work on.

IA015 = A measure serves no objective of the plan.
    .rationale = §45 plans measures for the objectives of each area. A measure that names no objective may be worthwhile, but the plan does not say which aim it pursues, so it counts towards no area and its results cannot be reported against an objective. Info: the Act does not forbid other work; the plan only loses track of it.
    .help = Add `objectives:` to the measure with the ids of the objectives it serves.

IA012 = A measure names no responsible party.
    .rationale = §45 requires responsible parties for the measures of each planning area; a measure nobody owns is rarely carried out. Error: statutory. A measure serving only the plan's own objectives (`area: other`) is not one the Act asks for: without a responsible party it is a warning.
    .help = Add `responsible:` with the id of the actor who carries the measure out.

IA013 = A statutory planning area has measures, but none of them names a partner of another organisation than its responsible party's.
    .rationale = Since the reform, §45 asks the municipality to define not only objectives, measures and responsible parties for each area but also the cooperation between actors. Cooperation is with another organisation: a partner of the measure's responsible party's own organisation — the party itself, or, for a municipal unit, another unit of the municipality — does not count (IA004 says what an organisation is). An area whose measures have no such partner shows no cooperation. Areas served by the same measures are one finding (one measure claimed for every area is one mistake), located at the measure's `partners` when it names only partners of its own organisation, else at the area's first objective. Error: statutory. (Areas without objectives or measures are reported by IA010 and IA011.)
    .help = Add to `partners:` of the area's measures the ids of the actors of other organisations each one is done with (e.g. the wellbeing services county, Kela, a school, an NGO, a parish).

IA014 = An objective names no indicator, or none that says what it measures.
    .rationale = §45 makes monitoring part of the municipality's planning duty, and the indicators used to measure progress towards the objectives must be named. An objective without an indicator cannot be monitored or reported on; nor can one whose indicators are not named: an indicator called "Indicator", "Mittari 1" or "x" says nothing of what is measured (docs/plan-format.md, "What counts as written"). An unnamed indicator is reported once, listing the objectives it leaves unmeasured. Error where the Act asks for it (the five areas); a warning for the plan's own objectives (`area: other`). A baseline, a target, a source and figures that make sense (a baseline dated before the target and near the period's start, a target within the period and different from the baseline) are good monitoring, which MLG009 judges as guidance.
    .help = Add `indicators:` to the objective with the ids of the indicators (under `indicators`) that measure it, and give each a `name` saying what it measures (e.g. "employment rate of immigrants aged 20–64").

IA016 = The plan does not show how the municipal strategy takes immigrants and integration clients into account.
    .rationale = However the planning is organised, §45 requires the municipality to take integration clients and immigrants into account in its strategic plans such as the municipal strategy, so that integration is mainstreamed into every sector's planning. The plan shows this with a `municipal_strategy` link whose `mainstreaming` note says how, in the plan's own words: a written sentence (not a placeholder) that speaks of immigrants, integration or its clients, diversity, multiculturalism or good relations between population groups. goodrel reads the note for stems of these words in Finnish, Swedish and English, inside inflected forms and compounds (maahanmuuttajien, kotoutumisen, invandrarnas, goda relationer), not for exact words; a note that only says the strategy applies to all residents does not speak of them. goodrel cannot judge the content beyond that. Error: statutory.
    .help = Add a link of `kind: municipal_strategy` with a `mainstreaming:` text of a sentence or two saying how the strategy takes immigrants and integration clients into account, e.g. the goal or spearhead of the strategy that does it.

IA017 = The plan shows no cooperation with the wellbeing services county.
    .rationale = §45 requires the municipality's integration planning to be coordinated with the wellbeing services county's, and the ministry's current checklist says the municipality ensures cooperation with the county, which provides the social and health services immigrants need. The savings amendments (HE 192/2024) kept this duty. What counts is the county as a party the plan actually coordinates with: responsible for or a partner in a measure, cooperating in a programme service, a member or convener of a structure; or a link of `kind: wellbeing_services_county_plan` whose `mainstreaming` note says how the planning is coordinated (a meeting, a group, an agreement, a joint document, a schedule). A county listed among the actors that takes part in nothing, or a note saying only that the planning is coordinated "as needed", shows no coordination. Error: statutory.
    .help = Name the county (`kind: wellbeing_services_county`) among the `partners` of the measures it takes part in or the `members` of the cooperation group, or link its plan (`kind: wellbeing_services_county_plan`) with a `mainstreaming:` note saying how the planning is coordinated (e.g. "the county's integration coordinator sits in our cooperation group, which meets four times a year").

IA018 = The plan has no local cross-sectoral cooperation group and no regional cooperation group.
    .rationale = The CoE guide's account of the Act presents a local cross-sectoral cooperation group for immigration, integration and good relations (or taking part in the regional group set up by the ELY Centre / vitality centre) as the main forum for multilevel and cross-sectoral cooperation. After the savings amendments (HE 192/2024) the ministry's current checklist says the municipality *may* set up such a group, so goodrel warns rather than errs: without one, cooperation rests on separate contacts.
    .help = Add a structure with `kind: cooperation_group` (convened by the municipality, with members from its sectors, the wellbeing services county, the employment authority, Kela, NGOs, schools and companies), or one with `kind: regional_cooperation_group` for the regional group the municipality takes part in.

IA019 = The plan records no participation of immigrants or organisations in its planning: no hearing before its approval with the needs it brought up, and no council or group of theirs that takes part in planning.
    .rationale = The CoE guide's account of the Act has the municipality ensure that organisations and immigrants living in it can take part in planning integration promotion. The ministry's current planning checklist words the involvement of immigrant residents as advice (it is good to involve them actively; an earlier edition read that the municipality ensures it), so until the statute's text is confirmed goodrel warns rather than errs. What shows participation is taking part, not a roster: a consultation with immigrant groups or civil-society organisations, dated before the plan's approval (OSCE: participants need guaranteed and early access, while the plan can still change), that records the needs it brought up; or a council or group of immigrants, or of organisations, that takes part in planning (`participation: [planning]`, e.g. a multicultural council that drafted the programme). A structure that merely lists immigrant groups does not show that anyone was heard on this plan. The deadline is `municipality.approval.date`; without one, the start of the plan period; without either, any dated consultation counts. Where this rule reports that participation is missing, MLG004 says nothing of it.
    .help = Record under `consultations` the hearing, workshop or survey held with immigrants (`groups`) or organisations (`organisations`) while the plan was being prepared, with its `date` before the approval and the `needs` it brought up; or mark the council or group of immigrants or organisations that took part in planning with `participation: [planning]`.

IA020 = The plan has no cross-sectoral working group for good relations.
    .rationale = The CoE guide's account of the Act has the municipality set up a local cross-sectoral working group to plan and implement good-relations work; a cooperation group whose remit includes good relations can serve. After the savings amendments (HE 192/2024) the ministry's current checklist presents the cooperation group as something the municipality *may* set up, so goodrel warns rather than errs.
    .help = Add a structure with `kind: good_relations_working_group`, or add `good_relations` to the `remit` of the cooperation group.

IA021 = The two-yearly report to the ELY Centre / vitality centre for a past two-year period has not been submitted, or a report record cannot count as submitted.
    .rationale = This rule follows the CoE guide's (2025) account of the Act: the municipality reports every two years to its ELY Centre (from 2026, its regional vitality centre) on how the objectives were achieved and which measures were implemented; the guide gives no deadline, so goodrel states its assumptions. The duty is the municipality's, not the plan's, so the two-year periods run from 1 January 2025, when the Act 681/2023 came into force (2025–2026, 2027–2028, …), whatever period the plan covers; a late report does not move the later deadlines. A period's report is due `grace_months` after the period ends (default 3, set under `[reports]` in goodrel.toml): the report needs the accounts of the period's last year, which a municipality closes by the end of the following March. A report counts for a period when its own period covers the whole of it and it is recorded as submitted on a day that can be true: not after the day judged (`--as-of`) and not before its own period ended. A record that cannot be true is named as not counted, whatever its period. All overdue periods make one finding. Error: a reporting duty missed.
    .help = Submit the report and record it under `reports` with its `period` and the day it was `submitted`.

IA022 = A two-yearly report leaves out or only gestures at one of its five required contents, or its account of the measures implemented contradicts the measures' status.
    .rationale = This rule follows the CoE guide's (2025) account of the Act: the two-yearly report says how the objectives were achieved and which measures were implemented, and also covers equal access to services, the adequacy of financial resources and how effectiveness was achieved. A content counts as written when it is a sentence of at least three words that is not a placeholder ("x", "see the report", "se rapporten för detaljer") and not the same text as another of the report's contents (docs/plan-format.md, "What counts as written"): a short account, or a reference to the section of the report that covers it ("report section 3.2, pp. 12–15"). The account of the measures implemented is checked against the plan: it should name (by id or title) at least one measure whose `status` is `done` or `ongoing` and whose timetable overlaps the report's period, and a measure it names should not be `planned` or `dropped`. A report not yet submitted is not judged before its due date (see IA021). A report on a period that ended before 2025-01-01 is not judged for the five contents, which the Act 681/2023 introduced, but the contents it records must be written. One finding per report, listing what is missing.
    .help = Fill in each field listed under the report's `contents:` with a short account or a reference to the section of the report that covers it, each in its own words, and name the measures carried out by their ids.

IA023 = The plan does not show that it takes the national integration objectives into account.
    .rationale = §45 requires the municipality's planning to take into account the national objectives for promoting integration, set in the Government Integration Programme (VALKO). The plan shows this with a `valko` link whose title names the programme, or with objectives that name the `national_objective` they turn into local action; a link titled "x" or `national_objective: x` names nothing (docs/plan-format.md, "What counts as written"). Error: statutory. When the plan links VALKO but no objective names a national objective, MLG011 gives its advice; when this rule fires, MLG011 says nothing.
    .help = Add a link of `kind: valko` to the Government Integration Programme under its title, or set `national_objective:` on the objectives that carry a national objective, naming it.
IA026 = The plan is recorded as written under the former Integration Act 1386/2010.
    .rationale = The Act on the Promotion of Integration 681/2023 replaced the former act 1386/2010 on 1 January 2025. A plan that records `law_basis: 1386/2010` and is in force on or after that day (its period ends later, or it gives none) is judged by this rule alone: the other Integration Act rules are not run and their duties show as not judged, since judging an old plan duty by duty would say the same thing thirty times. This one finding says what the Act 681/2023 has required since then: a §13 integration programme (six components, each with its responsible party and cooperation with other providers), §45 planning with objectives, measures, responsible parties, cooperation and indicators for five areas (coordinated with the wellbeing services county, taking VALKO into account, mainstreamed in the municipal strategy), and a report every two years. Error for a plan in force since 2025; info for one whose period ended before (history, kept for the record).
    .help = Bring the plan up to date under the Act 681/2023 and set `law_basis: 681/2023` (or remove `law_basis`); goodrel then judges each duty.

IA024 = The municipality section gives no plan period.
    .rationale = Monitoring under §45 and the two-yearly reporting are judged against the period the plan covers; without one, goodrel cannot tell when a report is due or whether consultations are current. Warning: the Act does not prescribe the period's form, but without it deadlines go unchecked.
    .help = Add `plan_period: {"{"}start: YYYY-MM-DD, end: YYYY-MM-DD{"}"}` to the `municipality` section.

IA025 = The municipality section does not name its ELY Centre / vitality centre.
    .rationale = The regional state authority receives the two-yearly reports and sets up the regional cooperation group. ELY Centres handed their integration tasks to regional vitality centres on 1 January 2026, so the plan should say which authority it deals with rather than leave readers (and goodrel's messages) to guess. Warning: a gap in the plan's description, not a statutory breach in itself.
    .help = Add `regional_authority: {"{"}kind: vitality_centre, name: "..."{"}"}` (or `kind: ely_centre` for a plan written before 2026) to the `municipality` section.

IA030 = The plan's picture of the local immigration situation is missing, undated, unsourced, out of date, or leaves out how many immigrants live in the municipality, why they came, their ages, languages or employment.
    .rationale = The ministry's planning checklist asks the municipality to build a quantitative and qualitative picture of its immigration situation before it sets objectives: how many immigrants live there, why they came (asylum, quota refugees, study, work, family), and the make-up of the population. Without it the objectives cannot be shown to answer local needs, and a picture without a year and a source cannot be checked or updated. goodrel asks for `municipality.situation` with a `year` and a `source`, and for figures of each kind: the number of foreign-language residents, the reasons of arrival, ages, languages and employment. Figures from more than two years before the plan period starts are out of date: the population the plan serves has changed since. All gaps make one finding. Warning: the checklist's advice, not the Act's wording.
    .help = Fill in `municipality.situation` with `year`, `source` (e.g. Statistics Finland), `foreign_language_residents`, `reasons` or `by_reason`, `ages`, `languages` and `employment`, from figures no older than two years before the plan period.

IA031 = The plan does not say whether the municipality plans alone, with other municipalities or the employment authority, or as part of another plan.
    .rationale = The ministry's planning checklist opens by asking the municipality to decide how it plans: on its own, together with other municipalities or the employment authority, or within another planning document; §45 allows the planning to be its own programme or part of another plan. Readers of the plan (the cooperation group, the ELY Centre / vitality centre) need to know which, to see who else is bound by it. Info: a missing description, not a missing duty.
    .help = Add `planning: {"{"}mode: alone{"}"}` (or `with_other_municipalities`, `with_employment_authority`, `part_of_other_plan` with `document:`) to the `municipality` section.

IA032 = No measure or guidance service gives basic information or low-threshold guidance to all immigrants, beyond the integration programme's clients.
    .rationale = Under the reformed Act as the CoE guide and the ministry describe it, the integration programme's services reach a defined target group, but all immigrants are to get basic information about Finland, low-threshold guidance and general public services. The plan shows this with a measure of kind `information` or `guidance` that is open to all (no target groups, or target groups that include `immigrants` or `all_residents`), or with a guidance and counselling service of the programme whose target groups include `immigrants` or `all_residents` (an info point for every immigrant). A guidance measure only for programme clients (the needs-assessment groups) does not reach the others. Warning: the plan's services, not its listed contents, are what the Act requires, and goodrel can see them only through the measures and services.
    .help = Add a measure with `kind: guidance` (or `information`) for all immigrants, e.g. a walk-in advice point or multilingual web information, with `target_groups: [immigrants]`; or list `immigrants` in the `target_groups` of the programme's guidance service that is open to all.

IA033 = The plan does not show that it takes into account the employment objectives set for integration clients, or the municipality's vitality.
    .rationale = Besides the Government Integration Programme (VALKO, checked by IA023), the CoE guide's account of the Act and the ministry's checklist have the municipality's planning take into account the employment objectives the ministry sets for integration clients and the municipality's vitality. The plan shows the first with an objective of area `employment_and_education` that names its `national_objective`, and the second with an objective that speaks of vitality (elinvoima, livskraft, business) or a measure in the `business_services` sector. Warning, not error: only the VALKO part is confirmed in §45's wording (see domain notes), so goodrel does not treat the rest as a statutory breach.
    .help = Set `national_objective:` on the employment objective that carries the ministry's employment objective for integration clients, and add an objective (or a `business_services` measure) on how integration supports the municipality's vitality.

IA034 = From 2026 the plan still names an ELY Centre, whose integration tasks moved to the regional vitality centres on 1 January 2026.
    .rationale = On 1 January 2026 the ELY Centres' integration tasks (receiving the two-yearly reports, the regional cooperation group) passed to ten regional vitality centres (elinvoimakeskus). A plan written earlier rightly names its ELY Centre; judged on or after that day (`--as-of`), goodrel says once which centre now takes its place, mapped from the wellbeing services county (or region) the plan names. Where goodrel is not sure of the mapping it names no centre. Info: the plan is not wrong, only dated.
    .help = Update `municipality.regional_authority` to `{"{"}kind: vitality_centre, name: "..."{"}"}` and the authority's actor to `kind: vitality_centre`.

# Finding messages and hints (integration-act). Plan values ($service, $measure ...) are
# shown as the plan writes them: an id and a name in quotes.

# The six components of the programme and the five planning areas, as findings and the
# checklist name them.
ia-component = { $key ->
    [needs_assessment] assessment of integration service needs and skills
    [integration_plan] integration plan based on the assessment
    [civic_orientation] multilingual civic orientation
    [integration_training] integration training with a final language examination
    [skills_and_employment] other training and services for language, literacy, working-life skills and employment
   *[guidance_and_counselling] guidance and counselling during the programme
}
ia-area = { $key ->
    [employment_and_education] employment and education
    [wellbeing_health_housing] wellbeing, health and housing
    [inclusion_and_equality] inclusion, equality and equity
    [own_language_and_culture] maintaining one's own language and culture
    [good_relations] good relations between population groups
   *[other] other objectives
}
# Two items of a list that is joined with semicolons (areas, groups, problems).
ia-semicolon = { $first }; { $rest }

ia001-no-services = the plan lists no services of the integration programme
ia006-kept-separately = the §13 programme is kept in '{ $title }'; its six components were not checked: add its services to check them
ia002-no-component = service { $service } does not say which of the six components it provides
ia002-component-missing = the integration programme has no service for { $component }
ia003-provider-responsible = a business or organisation is named as the party responsible for { $count ->
    [one] service { $services }
   *[other] { $count } services: { $services }
}; it may provide a service, but the employment authority or the municipality is responsible for it
ia003-jobseekers = { $count ->
    [one] a service is
   *[other] services are
} only for immigrants who are jobseekers, but not arranged by the employment authority: { $services }
ia003-no-employment-authority = the employment authority appears nowhere in the integration programme, though it arranges the programme's services for jobseekers and integration clients
ia003-no-responsible = service { $service } names no responsible actor
ia004-one-alone = service { $service } names no cooperating provider of another organisation than its responsible actor's
ia004-all-alone = none of the programme's { $total } services names a cooperating provider of another organisation, so the programme does not describe cooperation with other service providers: { $services }
ia004-some-alone = { $count } of the programme's { $total } services name no cooperating provider of another organisation: { $services }
ia007-only-language = { $service } (only { $language })
ia007-not-multilingual = civic orientation { $services } { $count ->
    [one] does
   *[other] do
} not show that it is multilingual: no language besides Finnish and Swedish, nor `client_language: true`
ia005-group = { $key ->
    [employment_services_clients] immigrants who are clients of employment services
    [recent_residence_permit] immigrants whose first residence permit is less than three years old
    [income_support_recipients] immigrants receiving income support other than temporarily
    [home_care_allowance_recipients] immigrants receiving home care allowance
    [refugees] people with refugee status
    [unaccompanied_minors] those who arrived as unaccompanied minors
    [trafficking_victims] victims of human trafficking
    [others_in_need] others assessed as needing integration services
   *[other] a target group
}
ia005-group-typed = { $group } (write { $written })
ia005-groups-missing-one = the target groups of needs-assessment service { $service } leave out { $count } of the groups the Act names: { $groups }
ia005-groups-missing-any = the target groups of any needs-assessment service leave out { $count } of the groups the Act names: { $groups }
ia010-no-objective = the plan sets no objective for { $area } (`{ $key }`)
ia011-every-area = measure { $measure } is claimed for all five planning areas; one measure cannot stand for the measures of every area
ia011-no-measure = no measure serves objective { $objective } ({ $areas })
ia015-no-objective = { $count ->
    [one] measure { $measures } serves no objective
   *[other] { $count } measures serve no objective: { $measures }
}
ia012-no-responsible = measure { $measure } has no responsible party
ia013-self-partner = { $count ->
    [one] the only measure for { $areas } names partners of its own organisation only
   *[other] none of the { $count } measures for { $areas } names a partner of another organisation than its responsible party's
}, so the plan shows no cooperation in this area
ia013-no-partner = { $count ->
    [one] the only measure for { $areas } names no partner
   *[other] none of the { $count } measures for { $areas } names a partner
}, so the plan shows no cooperation in this area
ia014-no-indicator = objective { $objective } ({ $areas }) names no indicator to measure progress
ia016-no-link = the plan links to no municipal strategy, so it does not show that the strategy takes immigrants and integration clients into account
ia016-unsaid = the municipal strategy link { $link } does not say how immigrants and integration clients are taken into account
ia017-no-coordination = the plan shows no coordination with the wellbeing services county's planning: { $why }
ia017-absent = { $county } is not responsible for or a partner in any measure or service, nor a member or convener of any structure
ia017-not-listed = the county is not listed among the actors
ia017-not-listed-named = the county ({ $county }) is not listed among the actors
ia018-no-group = the plan has no cross-sectoral cooperation group for immigration, integration and good relations, local or regional
ia019-no-needs = the consultations with immigrants or organisations before the plan was approved record no needs: { $consultations }
ia019-after-approval = every consultation with immigrants or organisations was held on or after the plan's approval on { $date }, too late to shape the plan: { $consultations }
ia019-after-period-start = every consultation with immigrants or organisations was held on or after the start of the plan period on { $date }, too late to shape the plan: { $consultations }
ia019-none = the plan records no consultation or planning event with immigrants or organisations
ia019-none-roster = the plan records no consultation or planning event with immigrants or organisations (structure { $structure } lists immigrant groups, but does not record that it took part in planning: `participation: [planning]`)
ia020-no-group = the plan has no cross-sectoral working group for good relations, and no cooperation group has good relations in its remit
ia021-period = { $start } to { $end } (due { $due })
ia021-default-authority = the ELY Centre / vitality centre
ia021-overdue = { $count ->
    [one] the two-yearly report
   *[other] the two-yearly reports
} to { $authority } for { $periods } { $count ->
    [one] has
   *[other] have
} not been submitted
ia022-content = { $key ->
    [objectives_achieved] how the objectives were achieved
    [measures_implemented] which measures were implemented
    [equal_access] equal access to services
    [financial_resources] the adequacy of financial resources
   *[effectiveness] how effectiveness was achieved
}
ia022-not-covered = it does not cover { $contents }
ia022-none-named = the account of the measures implemented names none of the measures marked done or ongoing in the period ({ $measures })
ia022-measure-status = { $measure } ({ $status })
ia022-not-done-named = the account of the measures implemented names measures whose status says they were not carried out: { $measures }
ia022-report = report { $report } ({ $start } to { $end }): { $problems }
ia023-not-considered = the plan neither links to the Government Integration Programme (VALKO) nor names a national objective for any of its objectives
ia024-no-period = the plan of { $municipality } gives no plan period, so report deadlines and monitoring cannot be checked
ia025-no-authority = the plan of { $municipality } does not name the ELY Centre / vitality centre that receives its reports
ia030-no-situation = the plan of { $municipality } gives no picture of the local immigration situation (`situation`)
ia030-gap = { $key ->
    [year] the year of the figures
    [source] the source of the figures
    [residents] how many immigrants live in the municipality
    [reasons] why they came
    [ages] their ages
    [languages] their languages
   *[employment] their employment
}
ia030-outdated = up-to-date figures (they describe { $year }, more than two years before the plan period starts in { $start })
ia030-lacks = the picture of the local immigration situation lacks { $gaps }
ia031-unstated = the plan of { $municipality } does not say whether it is made alone, jointly with other municipalities or the employment authority, or as part of another plan
ia032-some-groups = the information and guidance measures reach only some groups, not all immigrants: { $measures }
ia032-none = no measure of kind `information` or `guidance` gives basic information or low-threshold guidance to all immigrants
ia033-not-considered = the plan's objectives do not take into account { $missing ->
    [employment] the employment objectives set for integration clients
    [vitality] the municipality's vitality
   *[both] the employment objectives set for integration clients, nor the municipality's vitality
}
ia034-centre = for { $county } that is { $centre }
ia034-name-centre = name the vitality centre of your region
ia034-ely-centre = the plan names { $name }, an ELY Centre; since 1 January 2026 its integration tasks belong to the regional vitality centre: { $instead }
ia001-link-no-programme = link { $link } names the §13 integration programme but { $why }, so the plan neither lists the programme's services nor identifies the document that holds them
ia001-link-unidentified = does not identify a document: it needs a written title with an approval date (`approved`), a `url` or a `file`
ia001-link-former-act = is recorded under the former act 1386/2010, whose programme is not the §13 programme of the Act 681/2023
ia004-same-organisation = { $service } (only { $partners }, of its own organisation)
ia009-service = { $service } (description { $why })
ia009-not-described = { $count ->
    [one] a service of the integration programme is only labelled, not described
   *[other] { $count } services of the integration programme are only labelled, not described
}: { $services }
ia010-not-written = { $count ->
    [one] the objectives for { $areas } are not written
   *[other] the objectives for { $count } areas ({ $areas }) are not written
}: { $objectives }
ia010-objective = { $objective } (statement { $why })
ia011-not-written = { $count ->
    [one] the measures for { $areas } are not written
   *[other] the measures for { $count } areas ({ $areas }) are not written
}, and no description says what they are: { $measures }
ia011-measure = { $measure } (title { $why })
ia014-unnamed = indicator { $indicator } is not named (name { $why }), so it does not say what measures progress on { $count ->
    [one] objective { $objectives }
   *[other] objectives { $objectives }
}, and no other indicator of theirs does
ia016-not-written = the municipal strategy link { $link } does not say how immigrants and integration clients are taken into account: its note { $why }
ia016-off-topic = the municipal strategy link { $link } does not speak of immigrants, integration, diversity or good relations: '{ $text }'
ia017-no-coordination-note = the plan shows no coordination with the wellbeing services county's planning: { $why }; and the note on link { $link } { $note }
ia017-note-vague = ('{ $text }') does not say how the planning is coordinated (a meeting, a group, an agreement, a schedule)
ia017-note-missing = is missing
ia021-submitted-future = report { $report } is recorded as submitted on { $submitted }, after the day judged ({ $as_of })
ia021-submitted-early = report { $report } is recorded as submitted on { $submitted }, before its period ended on { $end }
ia021-and-not-counted = { $overdue }; not counted: { $records }
ia021-not-counted = { $count ->
    [one] a report record does
   *[other] { $count } report records do
} not count as a submitted report: { $records }
ia022-content-why = { $content } ({ $why })
ia023-link = VALKO link { $link } (title { $why })
ia023-objective = the national objective of { $objective } ({ $why })
ia023-not-named = the plan does not name the national integration objectives it takes into account: { $items }
ia026-in-force = the plan of { $municipality } is recorded under the former Integration Act 1386/2010, but it is in force after 1 January 2025, when the Act 681/2023 replaced it; since then the municipality must have a §13 integration programme (six components, each with its responsible party and cooperation with other providers) and §45 planning (objectives, measures, responsible parties, cooperation and indicators for each of five areas, coordinated with the wellbeing services county, taking VALKO into account and mainstreamed in the municipal strategy), and report every two years; the plan was not checked against these duties
ia026-history = the plan of { $municipality } was written under the former Integration Act 1386/2010 and its period ended before the Act 681/2023 came into force on 1 January 2025; it was not checked against the new Act
written-what = { $why ->
    [missing] not given
    [short] '{ $value }' is too short to say anything
    [mark] '{ $value }' is only a mark
    [placeholder] '{ $value }' is a placeholder
    [label] '{ $value }' only names the kind of item
   *[reused] '{ $value }' is the same text as for other items
}
