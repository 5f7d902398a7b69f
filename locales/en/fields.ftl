# The description of every key of the plan format, shown when an editor hovers on a
# key (`goodrel lsp`). Generated from the schema's descriptions (the doc comments of
# src/model/sections.rs) by `GOODREL_BLESS=1 cargo test`; do not edit. The Finnish and
# Swedish files translate each entry.

field-PlanFile-municipality = Who the plan belongs to. Exactly one file of the plan holds this section.

field-PlanFile-actors = Everyone who carries out or cooperates on the work: city sectors, the wellbeing services county, the ELY Centre or vitality centre, NGOs, parishes, police, companies.

field-PlanFile-services = The integration programme: the services of the initial phase of integration.

field-PlanFile-objectives = What the municipality wants to achieve, per planning area.

field-PlanFile-measures = What is done to reach the objectives.

field-PlanFile-indicators = How progress is measured.

field-PlanFile-structures = Cooperation groups, councils, working groups, co-design processes and dialogues.

field-PlanFile-consultations = Hearings of residents and organisations, and the needs they brought up.

field-PlanFile-links = Related plans and programmes this plan connects to.

field-PlanFile-reports = The two-yearly reports to the ELY Centre / vitality centre.

field-Municipality-name = The municipality's name, e.g. "Oulu" or "Raasepori / Raseborg".

field-Municipality-code = Statistics Finland municipality code, e.g. "564".

field-Municipality-regional_authority = The regional state authority that receives the reports: an ELY Centre (before 2026) or a regional vitality centre (from 2026).

field-Municipality-wellbeing_services_county = The wellbeing services county the municipality belongs to.

field-Municipality-official_languages = Official languages of the municipality, e.g. `[fi, sv]` (or `[fi]`); the first one the output language falls back to (see docs/plan-format.md).

field-Municipality-plan_period = The period the plan covers.

field-Municipality-approval = Which body approved the plan and when.

field-Municipality-vision = The vision the plan communicates; inclusion and good relations belong at its core.

field-Municipality-coordinator = The actor id of the party that coordinates integration and good-relations work.

field-Municipality-planning = How the planning is organised: alone, with other municipalities, as part of another plan.

field-Municipality-good_relations = What the municipality means by good relations, and between which groups.

field-Municipality-situation = The local immigration situation the plan rests on.

field-Municipality-communication = How objectives are communicated to authorities and residents.

field-Municipality-law_basis = The act the plan is written under: `681/2023` (the Integration Act in force since 2025), or `1386/2010` for material prepared under the former act. Default 681/2023.

field-Municipality-budget = The money set aside for integration and good-relations work: one entry or a list, one per source and year, e.g. `{"{"}amount_eur: 250000, source: state compensation, year: 2026{"}"}`.

field-RegionalAuthority-kind = `ely_centre` (plans written before 2026) or `vitality_centre` (elinvoimakeskus).

field-RegionalAuthority-name = Its name, e.g. "Pohjois-Pohjanmaan ELY-keskus" or "Pohjois-Suomen elinvoimakeskus".

field-RegionalAuthority-actor = The actor id of the authority, if it is also listed under `actors`.

field-Approval-body = E.g. "City Council" / "kaupunginvaltuusto".

field-Approval-date = The date of the approving decision, YYYY-MM-DD.

field-Planning-mode = Whether the municipality plans alone, with others, or inside another plan.

field-Planning-document = When the planning is part of another document: its title.

field-Planning-timetable = Decision-makers' timetable for preparing and approving the plan.

field-GoodRelationsScope-definition = What the municipality means by relations between population groups.

field-GoodRelationsScope-groups = Which population groups the work concerns.

field-Situation-summary = A short description of the local immigration situation.

field-Situation-year = The year the figures describe.

field-Situation-source = Where the figures come from, e.g. "Statistics Finland, population structure 2024".

field-Situation-foreign_language_residents = Residents whose native language is not Finnish, Swedish or Sámi.

field-Situation-foreign_language_share_percent = Their share of all residents, in per cent, when the source gives a share rather than a number ("4.6 %").

field-Situation-reasons = Why people have come: asylum, quota refugees, study, work, family.

field-Situation-by_reason = Residents by reason of arrival, e.g. `{"{"}reason: work, share_percent: 34{"}"}`.

field-Situation-languages = The most spoken languages after the official ones, e.g. `{"{"}language: ru, residents: 4100{"}"}`.

field-Situation-ages = Residents by age group, e.g. `{"{"}ages: "0-17", share_percent: 27{"}"}`.

field-Situation-employment = Employment of immigrant residents.

field-Situation-sources = Further sources of the situation picture.

field-ReasonFigure-reason = The reason of arrival.

field-ReasonFigure-residents = The number of residents.

field-ReasonFigure-share_percent = Their share of the immigrant residents, in per cent.

field-LanguageFigure-language = The language, as an ISO 639 code (e.g. `ru`, `ar`, `so`) or a name.

field-LanguageFigure-residents = The number of residents.

field-LanguageFigure-share_percent = Their share of the foreign-language residents, in per cent.

field-AgeFigure-ages = The age group as written in the source, e.g. "0-17", "18-64", "65+".

field-AgeFigure-residents = The number of residents.

field-AgeFigure-share_percent = Their share of the immigrant residents, in per cent.

field-EmploymentFigures-employment_rate_percent = Employment rate of working-age immigrant residents, in per cent.

field-EmploymentFigures-unemployment_rate_percent = Unemployment rate of immigrant jobseekers, in per cent.

field-EmploymentFigures-unemployed_jobseekers = The number of unemployed immigrant jobseekers.

field-Budget-amount_eur = The amount in euros, e.g. 120000.

field-Budget-source = Where the money comes from, e.g. "city budget", "state compensation", "AMIF".

field-Budget-year = The budget year; leave out when the amount covers the whole plan period.

field-Actor-id = A short unique id used to refer to this actor, e.g. `youth-services`.

field-Actor-name = The actor's name as residents know it, e.g. "Youth services" / "Nuorisopalvelut".

field-Actor-kind = What sort of actor it is: a municipal sector, the wellbeing services county, an NGO, and so on.

field-Actor-level = Local, regional, national or international.

field-Actor-sector = For a municipal sector or a service provider: the sector it works in.

field-Service-id = A short unique id used to refer to this service, e.g. `civic-orientation`.

field-Service-name = The service's name, e.g. "Multilingual civic orientation".

field-Service-kind = What kind of service this is: a service of the programme (the default), or interpreting or refugee reception, which support the programme but are none of its six components.

field-Service-component = Which of the programme's six minimum-content components this service provides; required for a programme service, left out for interpreting and reception.

field-Service-responsible = The actor id responsible for the service.

field-Service-cooperation = Actor ids of other service providers this service cooperates with.

field-Service-target_groups = The population groups the service is meant for, e.g. `[immigrants, refugees]`.

field-Service-languages = Languages the service is offered in, e.g. `[fi, en, ar, so]` (or one language).

field-Service-client_language = True when the service is given in the client's own language whatever it is (with an interpreter where needed), rather than in a listed set of languages.

field-Service-language_count = How many languages the service is offered in, when the plan gives a number rather than the languages ("in ten languages": `language_count: 10`).

field-Service-description = What the service offers and how it is reached, in a sentence or two.

field-Objective-id = A short unique id used to refer to this objective, e.g. `O1`.

field-Objective-area = The planning area this objective belongs to, or a list of them for an objective that serves several, e.g. `[employment_and_education, inclusion_and_equality]`.

field-Objective-statement = What the municipality wants to achieve, in one sentence.

field-Objective-theme = The programme's own theme the objective is written under, beside the statutory `area`, e.g. "Work and skills" / "Työ ja osaaminen".

field-Objective-indicators = Indicator ids that measure progress on this objective.

field-Objective-national_objective = The national objective (e.g. of the Government Integration Programme VALKO) this objective turns into local action.

field-Measure-id = A short unique id used to refer to this measure, e.g. `M12`.

field-Measure-title = The measure's name, e.g. "Language café".

field-Measure-description = What is done, for whom and how, in a sentence or two; goodrel reads it to place the measure on the pyramid when `level` and `kind` are left out.

field-Measure-objectives = Objective ids this measure serves, e.g. `[O1, O3]`.

field-Measure-responsible = The actor id responsible for carrying out the measure.

field-Measure-partners = Actor ids of the partners it is done with, e.g. `[library, red-cross]`.

field-Measure-described_partners = Partners the plan describes without naming them ("local associations and companies"), each with its kind, e.g. `[{"{"}kind: association, text: local associations{"}"}]`.

field-Measure-sector = The municipal sector or service area the measure belongs to.

field-Measure-target_groups = The population groups the measure is meant for, e.g. `[immigrants, young_people]`; `all_residents` marks a mainstream measure.

field-Measure-level = The pyramid level; inferred from the other fields when left out.

field-Measure-kind = What kind of action this is.

field-Measure-tags = Free keywords describing the purpose, e.g. `[dialogue, mediation]`.

field-Measure-timetable = When the measure starts and (if it is not ongoing) ends.

field-Measure-funding = Where the measure's money comes from and what it covers.

field-Measure-budget = The measure's budget: one entry or a list, one per source and year, e.g. `{"{"}amount_eur: 15000, source: city budget, year: 2026{"}"}`.

field-Measure-answers = Ids of consultation needs this measure answers.

field-Measure-participation = Forms of participation residents have in this measure, e.g. `[planning, implementation]`.

field-Measure-status = Whether the measure is planned, ongoing, done or dropped.

field-Measure-languages = Languages the measure reaches residents in, e.g. `[fi, en, ar, so]`; for information participation, multilingual information is what lets every group take part.

field-Measure-dialogue = For a measure of kind `dialogue`: the conditions a dialogue needs (CoE-MLG Part III, "Using dialogue to promote inclusion and good relations").

field-DescribedPartner-kind = What sort of actor it is, e.g. `association` or `business`.

field-DescribedPartner-text = The plan's words for it, e.g. "local associations and companies".

field-Timetable-start = When the measure starts: a date, or a year (read as its 1 January). Leave it out for a standing measure that was running before the plan.

field-Timetable-end = When it ends: a date, or a year (read as its 31 December). Leave it out, or set `ongoing: true`, for a standing measure.

field-Timetable-ongoing = A standing measure with no end date (e.g. a permanent service or an annual event).

field-Funding-source = Where the money comes from, e.g. "city budget", "state compensation", "AMIF".

field-Funding-amount_eur = The amount in euros, e.g. 12000.

field-Funding-covers = What the money pays for beyond the measure itself.

field-DialogueConditions-timing = When in the course of tensions it is held.

field-DialogueConditions-common_interest = The common interest or objective, clarified with the parties.

field-DialogueConditions-facilitation = How it is facilitated so that no party dominates another.

field-DialogueConditions-supported_by = Actor ids of the public authorities backing it (e.g. the mayor's office, the city board). A dialogue convened by a public authority has its support already.

field-Indicator-id = A short unique id used to refer to this indicator, e.g. `I3`.

field-Indicator-name = What is measured, e.g. "Employment rate of foreign-language speakers".

field-Indicator-unit = The unit of the values, e.g. "%", "persons" or "score 1–5".

field-Indicator-source = Where the data comes from, e.g. "Statistics Finland", "school health survey".

field-Indicator-baseline = The value at the start of the plan period, with the date it was measured.

field-Indicator-target = The value the plan aims for, with the date it should be reached.

field-Indicator-values = Measured values over time.

field-Indicator-frequency = How often it is measured.

field-Indicator-instrument = A standard instrument the indicator uses, e.g. `esis`.

field-Indicator-items = For a survey instrument: the statements asked, in order.

field-Indicator-items_language = The language the `items` are written in (default `en`). goodrel can confirm that ESIS statements are unmodified only for the English wording of the CoE guide.

field-Indicator-reported_for = Whether results are reported for groups or used to assess individual clients. ESIS is validated for groups only.

field-Indicator-scale_points = How many points the answer scale has (ESIS uses a five-point agreement scale).

field-Measurement-value = The measured (or target) value, in the indicator's unit.

field-Measurement-date = When it was measured (or should be reached), YYYY-MM-DD.

field-Structure-id = A short unique id used to refer to this structure, e.g. `cooperation-group`.

field-Structure-name = The structure's name, e.g. "Immigrant council" / "Maahanmuuttajaneuvosto".

field-Structure-kind = What sort of structure it is: a cooperation group, a council, a working group, a co-design process, and so on.

field-Structure-convener = The actor id that convenes it.

field-Structure-members = Actor ids of member organisations, e.g. `[youth-services, red-cross]`.

field-Structure-groups = Population groups represented in it, e.g. `[immigrants, roma]`.

field-Structure-member_counts = Its members counted by group when they are people rather than organisations ("6 immigrant residents and 6 officials"), e.g. `[{"{"}count: 6, group: immigrants{"}"}, {"{"}count: 6, who: city officials{"}"}]`.

field-Structure-remit = The planning areas it works on, e.g. `[good_relations]`.

field-Structure-meets = How often it meets.

field-Structure-meetings_per_year = How many times a year it meets, when the plan gives a number ("about five meetings a year": `meetings_per_year: 5`); read instead of `meets` where both are given.

field-Structure-description = What it is and does, in a sentence or two; goodrel reads it with the name and the mandate to place the structure on the pyramid.

field-Structure-mandate = What it may decide, propose or initiate.

field-Structure-languages = Languages it works in, e.g. `[fi, en]`; interpretation counts.

field-Structure-resources = Its budget, meeting fees and secretarial support.

field-Structure-transparency = Whether composition, proceedings and outcomes are public.

field-Structure-participation = Forms of participation its members have: information, initiation, planning, decision-making, implementation, evaluation.

field-Structure-level = The level of governance it works at; when left out, a regional cooperation group is regional and every other kind local. Set it for e.g. a regional ETNO board (regional) or the Good Relations Forum (national) the municipality takes part in.

field-Structure-focus_issues = For a council: the issues it focuses on, per period (the structure of meaningful inclusion).

field-Structure-rights = What it has the right to do, e.g. [initiatives_to_council, information, strategy_participation].

field-Structure-linked_to = Ids of the structures it is linked to, e.g. a council linked to the cooperation group that plans and monitors integration and good relations.

field-Structure-membership = For a council: how members and the chair are chosen.

field-Structure-skills_development = For a council: how members' skills are developed, e.g. ["training on municipal decision-making", "study trip"].

field-Structure-co_design = For a co-design process: its conditions (CoE-MLG Part III, "Conditions for co-design").

field-Structure-dialogue = For a dialogue: its conditions (CoE-MLG Part III, "Using dialogue to promote inclusion and good relations").

field-Structure-cycle = For a decision-maker session: the Ministry of Justice good-relations data-collection cycle it belongs to (discussion sessions, this session and its action plan, a feedback survey, the next round).

field-MemberCount-count = How many members.

field-MemberCount-group = The population group they come from, e.g. `immigrants`.

field-MemberCount-who = Who they are when no population group says it, e.g. "city officials".

field-Resources-budget_eur = Its yearly budget in euros.

field-Resources-meeting_fees = Whether members are paid meeting fees.

field-Resources-secretariat = Who provides secretarial support.

field-Transparency-composition_public = Whether its members are published.

field-Transparency-minutes_public = Whether its minutes or outcomes are published.

field-FocusIssues-period = The period; when left out, the issues hold for the whole plan period.

field-FocusIssues-issues = The issues, each in a few words, e.g. "youth employment".

field-Membership-diversity = The kinds of diversity recruitment seeks, e.g. [languages, religions, gender].

field-Membership-chair = What is required of the chair, e.g. "expertise in the mandate, communication skills".

field-Membership-expertise = The expertise and motivation sought from members.

field-CoDesignConditions-time = The time set aside, e.g. "six workshops, September 2026 to February 2027". The money is the structure's `resources.budget_eur`.

field-CoDesignConditions-open_to_change = What the process may genuinely change, e.g. "the service's opening hours and format".

field-CoDesignConditions-power_balance = How the power imbalance between staff and residents is identified and balanced.

field-CoDesignConditions-facilitator = Who facilitates the process.

field-CoDesignConditions-venue = Where the meetings are held.

field-Facilitator-name = The facilitator's name or organisation.

field-Facilitator-experiential_knowledge = Whether the facilitator shares the community's identity or has experiential knowledge of the matter.

field-Facilitator-co_lead = A community member with experiential knowledge who leads the process alongside.

field-Venue-name = The venue's name, e.g. a library or a community centre.

field-Venue-accessible = Whether it is accessible, easy to get to and comfortable for the participants.

field-DataCollectionCycle-held = When the decision-maker session was (or will be) held.

field-DataCollectionCycle-discussion_sessions = Consultation ids of the discussion sessions whose results the session discussed (consultations whose `recognised_in` names this structure count too).

field-DataCollectionCycle-action_plan = Measure ids of the action plan the session agreed: one to four measures.

field-DataCollectionCycle-feedback_survey = The survey participants answered at the end of the session.

field-DataCollectionCycle-next_round = When the discussion sessions are repeated to monitor relations and the measures.

field-FeedbackSurvey-date = When the survey was answered, YYYY-MM-DD.

field-FeedbackSurvey-respondents = How many participants answered.

field-FeedbackSurvey-summary = What it showed, or where its results are.

field-Consultation-id = A short unique id used to refer to this consultation, e.g. `C1`.

field-Consultation-title = The consultation's name, e.g. "Hearing of Somali-speaking families".

field-Consultation-date = When it was held: a date, or as exactly as the sources say (a year `2023`, years `"2023–2024"`, or `{"{"}during: planning{"}"}`).

field-Consultation-method = How residents were heard: a focus group, a discussion session, a survey, a hearing, a workshop.

field-Consultation-organiser = The actor id that organised it.

field-Consultation-groups = Population groups heard, e.g. `[immigrants, young_people]`.

field-Consultation-organisations = Actor ids of organisations heard.

field-Consultation-languages = Languages it was held in, e.g. `[fi, so, ar]`.

field-Consultation-participants = How many people took part.

field-Consultation-needs = The needs it brought up.

field-Consultation-recognised_in = Structure ids where its results were discussed with decision-makers.

field-Consultation-feedback = How participants were told what came of what they said, e.g. `{"{"}date: 2025-11-01, how: "letter and web page in four languages"{"}"}` (PAR035).

field-Need-id = A short unique id the measures answering this need refer to (their `answers`), e.g. `N1`.

field-Need-need = The need as the participants put it, in a sentence.

field-ConsultationFeedback-date = When the participants were told, YYYY-MM-DD.

field-ConsultationFeedback-how = How they were told, e.g. "a follow-up meeting" or "a letter in the session languages".

field-Link-id = A short unique id used to refer to this link, e.g. `strategy`.

field-Link-kind = What the linked document is, or a list for a combined document, e.g. `[non_discrimination_plan, gender_equality_plan]` for a yhdenvertaisuus- ja tasa-arvosuunnitelma.

field-Link-title = The linked plan's title, e.g. "Oulu city strategy 2030".

field-Link-url = Where the linked plan is published.

field-Link-approved = When the linked document was approved, e.g. 2024-12-16. With a title, a date, a `url` or a `file` identifies the document.

field-Link-file = The linked document as a file of the plan's repository, e.g. `docs/kotoutumisohjelma-2025.pdf`.

field-Link-period = The period the linked plan covers.

field-Link-mainstreaming = How this plan takes immigrants and integration clients into account (mainstreaming).

field-Link-level = The level of governance the linked programme belongs to; when left out it follows from the (first) kind (e.g. `valko` national, `regional_etno` regional, `security_plan` local).

field-Link-law_basis = For an older document: the act it was written under (`681/2023` or `1386/2010`).

field-Report-id = A short unique id used to refer to this report, e.g. `report-2025`.

field-Report-period = The two-year period reported on.

field-Report-submitted = When it was sent; leave out while the report is being written.

field-Report-to = The authority it was sent to (ELY Centre / vitality centre).

field-Report-contents = What the report says on each of the five required contents.

field-ReportContents-objectives_achieved = How the plan's objectives have been achieved.

field-ReportContents-measures_implemented = Which measures have been carried out.

field-ReportContents-equal_access = How equal access to services has been ensured.

field-ReportContents-financial_resources = The financial resources used for the work.

field-ReportContents-effectiveness = How effective the measures have been.
