# Rule texts (governance): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

MLG002 = The plan does not name the party that coordinates integration and good-relations work.
    .rationale = Coordinating cross-sectoral cooperation is the second element of good multilevel governance, and the guide expects the municipality (or, for a joint plan, the ELY Centre / vitality centre) to take that role; the ministry's planning checklist starts by naming the coordinating authority. Without a named coordinator, sectors, the wellbeing services county and NGOs have nobody to turn to. Warning: guidance, not a statutory wording.
    .help = Set `municipality.coordinator` to the actor id of the unit that coordinates the work (e.g. the integration services or the equality coordinator), and list that actor under `actors`.

MLG003 = A cooperation group or good-relations working group draws its members from fewer than three sectors or kinds of organisation.
    .rationale = The cooperation group for immigration, integration and good relations, and the good-relations working group, exist to bring different sectors together: education, leisure, housing and vitality services, the employment authority, Kela, the wellbeing services county, NGOs, schools and companies. A group drawn from one or two corners of the organisation cannot coordinate cross-sectoral work (element 2). Counted: the distinct sectors of municipal members plus the distinct kinds of the other members. Warning: guidance.
    .help = Add members from other sectors (e.g. youth, housing, basic education) and from outside the city (wellbeing services county, employment authority, NGOs, companies) to the structure's `members`.

MLG004 = The plan's consultations of residents or organisations were all held too early or after its approval, when they could no longer shape it.
    .rationale = Grassroots consultation and planning based on local needs is the third element of good multilevel governance; the guide's identification–recognition–action model starts from hearing the people concerned, and the OSCE asks that participants have guaranteed and early access, while the policy can still change rather than once it is decided. So a consultation counts when it was held before the plan's approval (`municipality.approval.date`) and no earlier than the year before the plan period starts (older ones no longer describe current needs). Without an approval date, any consultation from the year before the period to its end counts. Where the plan records no participation in its planning at all, IA019 says so and this rule is silent (one gap, one finding); a council or group of immigrants or organisations that takes part in planning (`participation: [planning]`) is grassroots consultation too. What remains here is consultations held too long before the plan or after the decision. Consultations after approval still matter for carrying the plan out (see PAR029); they do not show how the plan was made. Warning: guidance.
    .help = Record the hearings, focus groups, surveys or discussion sessions held with residents and organisations while the plan was prepared under `consultations`, with their date (before the approval), the groups heard and the needs they brought up.

MLG005 = A cooperation group, council, working group or steering group does not say how often it meets.
    .rationale = Regular meetings belong to the third element of good multilevel governance, and Recommendation 5 for Finland asks that meeting frequency be set by need and timed with the planning cycles of the sectors involved. A standing body with no meeting rhythm tends to meet only when someone remembers. The OSCE likewise names regular, repeated exchange as a principle. Warning: guidance.
    .help = Add `meets:` (e.g. quarterly, twice_a_year, as_needed) to the structure; if it meets as needed, say in its `mandate` what triggers a meeting.

MLG006 = A measure does not say how it is funded.
    .rationale = Sustainable and fair funding is the fourth element of good multilevel governance. A measure with no stated funding source is a promise nobody has budgeted for, and the two-yearly report must also account for the adequacy of financial resources. Warning: guidance.
    .help = Add `funding:` with its `source` (e.g. city budget, state compensation, a project grant) and, if known, `amount_eur`.

MLG007 = No money in the plan is set aside for consultation, co-design, meetings, meeting fees or interpretation.
    .rationale = The guide ties the fourth element (funding) to participation: inclusion does not happen through communication alone, so resources are needed for consultation, co-design and regular meetings, and councils' members should be paid meeting fees. A plan where no funding covers any of these leaves participation to goodwill. Warning: guidance.
    .help = In a measure's `funding.covers`, list what the money pays for (consultation, co_design, meetings, meeting_fees, interpretation), or give a structure `resources` with `budget_eur` or `meeting_fees: true`.

MLG008 = The plan has no vision, a vision too short to state a commitment, or one that says nothing about inclusion, equality or good relations.
    .rationale = The fifth element of good multilevel governance is a commitment to communicate a vision with inclusion and good relations at its core; the guide notes that such a communicated commitment makes the municipality more approachable and builds trust. goodrel looks for words about inclusion, equality, belonging or good relations in English, Finnish or Swedish (e.g. inclusion, equal, good relations; osallisuus, yhdenvertaisuus, hyvät väestösuhteet; delaktighet, likabehandling, goda relationer). Integration alone is not enough: integration is what the plan organises, inclusion and good relations are what the guide asks the vision to put at its core; diversity alone describes the population, not a commitment. A vision also needs at least six words: a slogan such as "Inclusion!" communicates no commitment. Warning: guidance.
    .help = Write `municipality.vision` as a sentence or two saying, in your own words, that inclusion and good relations between population groups are at the core of the plan.

MLG009 = An indicator is not fit for monitoring: it lacks a baseline, a target or a source, its figures contradict each other or the plan period, its values are dated outside the period, or it is the one indicator for every area.
    .rationale = Monitoring and evaluating results is the sixth element of good multilevel governance. An indicator without a starting value cannot show change, one without a target cannot show whether the objective was reached, one without a source cannot be measured again the same way, and a value dated after the plan period, before the baseline it is compared with (or the period's start when there is no baseline) or after the check date says nothing of this plan's results; values between the baseline and the period's start are history and are accepted. Figures must make sense together: a baseline is dated before its target and no more than a year into the plan period, a target is dated within the period (or by the end of the year it ends in), and a target equal to the baseline seeks no change. One indicator monitoring objectives of all five planning areas measures none of them in particular. The problems of one indicator are one finding. Warning: guidance. What the Act itself asks — an objective with a named indicator — is IA014's error.
    .help = Give the indicator a `baseline` and a `target` (each a `value` and a `date`: the baseline before or at the plan's start, the target within the period and different from the baseline) and a `source`, date its `values` inside the plan period, and give each area indicators of its own.

MLG010 = An indicator has had no value recorded in the year and more since its baseline.
    .rationale = Monitoring (element 6) means measuring again. When more than a year has passed since an indicator's baseline and no later value is recorded, either the measurement is not being done or its results are not reaching the plan. Info: the plan may simply be waiting for its next survey round.
    .help = Add the latest measurement to the indicator's `values` (with its `date`), or check that the measurement is actually scheduled.

MLG011 = The plan links the Government Integration Programme, but no objective says which national objective it turns into local action.
    .rationale = Recommendation 2 for Finland asks that vertical and horizontal cooperation be used to turn national programmes into concrete local action plans, and the municipality is to take the national integration objectives (VALKO) into account in its planning. When no objective names the national objective it serves (a `national_objective` that is written, not a placeholder), the link between levels is invisible. When the plan does not take the national objectives into account at all (no VALKO link either), IA023 says so at error and this rule is silent. Warning: guidance.
    .help = Add `national_objective:` to the objectives that carry out a national programme, naming the programme and its objective (e.g. "VALKO: employment of immigrant women").

MLG012 = The plan links to fewer than two distinct kinds of related plan or programme (security, wellbeing, non-discrimination, language, gender equality, interaction, anti-racism, the Roma policy, the regional ETNO's programme).
    .rationale = Recommendation 4 for Finland asks that synergies between policy programmes and strategies be identified and strengthened; the guide's national overview and the Ministry of Justice guide both list the plans that share objectives with integration and good relations, among them the National Roma Policy and the regional advisory boards for ethnic relations (ETNO). A plan that connects to fewer than two of them works in isolation. Distinct kinds are counted: two links to security plans are one synergy, while a combined document (e.g. a non-discrimination and gender equality plan) counts once for each kind it combines. Warning: guidance.
    .help = Add `links:` entries for the related plans (kinds security_plan, wellbeing_report_and_plan, non_discrimination_plan, language_strategy, gender_equality_plan, interaction_plan, anti_racism_action_plan, roma_policy, regional_etno) and say how each takes immigrants into account.

MLG013 = No measure, structure or programme service involves a business, or none involves a civil-society organisation.
    .rationale = Recommendation 6 for Finland asks for new channels of cooperation between the public, private and third sectors. If no measure, structure or programme service of the plan involves a company, or none involves an NGO, association, parish or community, one of the three sectors has no channel into the work. A service counts through its responsible party and the providers in its `cooperation`, since a company or NGO often provides a programme service (e.g. language training). Warning: guidance.
    .help = Name businesses and civil-society organisations as `partners` of measures, `members` of structures or `cooperation` of services (with actor kinds business, ngo, association, parish, religious_community or language_community).

MLG014 = No measure or structure lets civil society or immigrants take part in planning or decision-making.
    .rationale = Recommendation 7 for Finland asks that the participatory elements of the plan be built on co-creation: actions are considered and developed together with civil society. A measure or structure counts when its `participation` includes planning or decision-making and a civil-society organisation is among its actors, or, for a structure, immigrant groups are among its `groups` (a multicultural council that plans or decides is co-creation with the people concerned). Without one, civil society is at most informed or asked to help carry things out. Warning: guidance.
    .help = For a measure or structure developed together with civil society or immigrants, add `participation: [planning]` (or decision_making) and name the organisations among its `partners` or `members`, or the groups among its `groups`.

MLG015 = A cooperation group, good-relations working group or council the municipality convenes does not make both its composition and its minutes public.
    .rationale = The OSCE counts accountability among the principles of participatory multilevel governance: a body can be held to its agreements when its composition, proceedings and outcomes are public. Only the municipality's own bodies are judged: a regional cooperation group, or any body the ELY Centre / vitality centre convenes, publishes through that authority, and the municipal plan cannot fix it. Info: advice on good practice, not a requirement of the Act or the CoE guide.
    .help = Add `transparency: {"{"} composition_public: true, minutes_public: true {"}"}` once the members and the minutes are published (e.g. on the city's website).

MLG020 = The cooperation group or good-relations working group meets less often than the plan's cycle needs, or only as needed.
    .rationale = The CoE elements ask for regular meetings, and Recommendation 5 for Finland asks that meeting frequency follow need and be synchronised with the cycles of the sectors and levels whose objectives and actions the group coordinates. goodrel takes the plan's cycle as at least two meetings a year (one while the sectors prepare next year's budget and operating plans, one to review implementation), raised to the most frequent indicator measurement in the plan up to quarterly, so that the group sees each round of monitoring data. `as_needed` ties the group to no cycle. A group without `meets` is left to the rule on meeting frequency. The regional group is convened by the ELY Centre / vitality centre and not checked. Warning: a guide recommendation.
    .help = Set the group's `meets` to match the plan's cycle (e.g. `quarterly` or `twice_a_year`) and schedule the meetings before budget preparation and after each monitoring round.

MLG021 = An authority's declared level differs from the level its kind works at (e.g. a ministry marked local).
    .rationale = The multilevel map places actors by their `level`, and some public authorities work at one level only: the wellbeing services county, the ELY Centre / vitality centre, AVI and the regional council regionally, ministries nationally. A different declared level is almost always a slip and puts the actor on the wrong row of `goodrel governance`. Municipal sectors (a jointly run service may be regional), NGOs, businesses and other actors may work at any level and are not checked. Info: it changes the overview, not compliance.
    .help = Correct the actor's `level` (or leave it out: goodrel infers it from the kind).

# Finding messages.

# How a structure is named in messages: "council G2 'Immigrant council'".
mlg-structure = { $kind } { $id } '{ $name }'

mlg002-no-coordinator = the plan of { $municipality } does not name who coordinates integration and good-relations work
mlg003-no-members = { $structure } has members from no sector or organisation at all
mlg003-few-sectors = { $structure } has members from only { $count ->
    [one] one sector or kind of organisation
   *[other] { $count } sectors or kinds of organisation
} ({ $sectors })
mlg004-window-since-before-approval = between { $from } and the plan's approval on { $approval }
mlg004-window-before-approval = before the plan's approval on { $approval }
mlg004-window-period = within the plan period or the year before it ({ $from } – { $until })
mlg004-too-early-or-late = no consultation is dated { $window }; the latest is { $id } '{ $title }' of { $date }
mlg005-meets-unset = { $structure } does not say how often it meets
mlg006-no-funding = measure { $id } '{ $title }' does not say how it is funded
mlg007-participation-unfunded = no funding in the plan covers consultation, co-design, meetings, meeting fees or interpretation
mlg008-no-vision = the plan states no vision
mlg008-only-integration = the vision speaks of integration but not of inclusion, equality or good relations between population groups
mlg008-no-inclusion = the vision does not mention inclusion, equality or good relations between population groups
mlg008-too-short = the vision '{ $vision }' is too short to state a commitment ({ $words ->
    [one] 1 word
   *[other] { $words } words
}; at least { $min })
mlg009-unfit = indicator { $id } '{ $name }' is not fit for monitoring: { $problems }
mlg009-and = { $first }; { $rest }
mlg009-no-baseline-no-target = no baseline and no target
mlg009-no-baseline = no baseline
mlg009-no-target = no target
mlg009-no-source = no source
mlg009-values-outside-period = values dated outside the plan period { $start }–{ $end }, before the baseline or after today ({ $dates })
mlg009-values-outside = values dated outside the monitoring period, before the baseline or after today ({ $dates })
mlg009-all-areas = it monitors all five planning areas
mlg010-not-measured = indicator { $id } '{ $name }' has no value recorded since its baseline of { $date }
mlg011-no-national-objective = no objective names the national objective it turns into local action
mlg012-few-links = the plan links to { $count ->
    [0] none
   *[other] only { $count }
} of the related plans (security, wellbeing, non-discrimination, language, gender equality, interaction, anti-racism, Roma policy, regional ETNO); at least two different kinds are expected
mlg013-no-business = no measure, structure or programme service involves a business
mlg013-no-civil-society = no measure, structure or programme service involves a civil-society organisation (NGO, association, parish or community)
mlg013-no-business-or-civil-society = no measure, structure or programme service involves a business or a civil-society organisation
mlg014-no-co-creation = no measure or structure involves civil society in planning or decision-making
mlg015-no-composition = { $structure } does not publish its composition
mlg015-no-minutes = { $structure } does not publish its minutes
mlg015-neither = { $structure } publishes neither its composition nor its minutes
mlg020-only-as-needed = { $id } '{ $name }' meets only as needed; { $because }
mlg020-too-rarely = { $id } '{ $name }' meets { $frequency }; { $because }
mlg021-level-contradicts-kind = actor { $id } '{ $name }' is marked { $declared } but a { $kind } works at { $fixed } level
# The actor kinds as MLG021 names them ("but a ministry works at national level").
mlg021-kind = { $key ->
    [municipal_sector] municipal sector
    [decision_makers] body of decision-makers
    [wellbeing_services_county] wellbeing services county
    [ely_centre] ELY Centre
    [vitality_centre] vitality centre
    [employment_authority] employment authority
    [kela] Kela
    [avi] Regional State Administrative Agency
    [regional_council] regional council
    [ministry] ministry
    [national_body] national body
    [ngo] NGO
    [association] association
    [parish] parish
    [religious_community] religious community
    [language_community] language community
    [business] business
    [educational_institution] educational institution
    [police] police
    [international_organisation] international organisation
   *[other] other actor
}
mlg009-baseline-late = its baseline is dated { $date }, more than a year after the plan period began on { $start }
mlg009-baseline-after-target = its baseline ({ $baseline }) is not dated before its target ({ $target })
mlg009-target-is-baseline = its target is the same as its baseline, so no change is sought
mlg009-target-outside-period = its target is dated { $date }, outside the plan period { $start } to { $end }
