# Rule texts (participation): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

PAR001 = A consultation that hears immigrants or another language minority was not held in a language of their own (e.g. only in the municipality's official languages), or records no languages.
    .rationale = The Ministry of Justice tool stresses that language minorities should be able to discuss in their own language, with sessions run by organisations and facilitators who share it, and the CoE guide's account of information participation calls for multilingual, multichannel information. A hearing of immigrants held only in Finnish or Swedish reaches those who already speak them. Language minorities are the immigrant groups (any language beyond the official ones counts), Swedish speakers where Swedish is not official (Swedish is needed) and the Sámi where no Sámi language is official (a Sámi language is needed); official languages default to Finnish and Swedish when the plan does not list them. This is the language verdict `goodrel governance --trace` shows. Warning: guidance.
    .help = List the languages the consultation was held or interpreted in under `languages` (e.g. [fi, ar, so, uk]); if it was held only in the official languages, arrange sessions in the participants' own languages next time.

PAR002 = A need brought up in a consultation is not answered by any measure.
    .rationale = In the Beqiri model that the CoE guide presents, local knowledge is identified, recognised together with decision-makers and then acted on; meaningful inclusion means that problems identified together are addressed in some way. A need that no measure answers stops at identification, and people who took part learn that consultation changes nothing. Warning: guidance (a need may be knowingly left for later; say so in a measure).
    .help = Add the need's id to the `answers` of the measure that responds to it, or add a measure for it.

PAR003 = A consultation brought up needs, but the plan does not say where they were discussed with decision-makers.
    .rationale = Recognition, the middle step of the Beqiri model, means working through what was heard together with decision-makers so that it becomes shared understanding; the Ministry of Justice tool does this in a decision-maker session. When a consultation's needs were never taken to a structure with decision-makers, they rarely reach the budget. Warning: guidance.
    .help = Set the consultation's `recognised_in` to the structure(s) where its results were discussed with decision-makers (e.g. a decision_maker_session or the cooperation group).

PAR004 = No council, group or other structure has immigrants themselves taking part.
    .rationale = The municipality is to ensure that immigrants living in it can take part in planning integration promotion, and the CoE guide presents councils for specific groups, such as immigrant councils, as the permanent way to bring immigrants into municipal decision-making. When no structure lists immigrants among the groups taking part, they are at most consulted now and then. Warning: guidance on how to meet the participation duty.
    .help = Add `groups: [immigrants]` (or the groups concerned) to the structures where immigrants take part, or set up an immigrant council or a seat for immigrant residents in the cooperation group.

PAR035 = Consultations held more than six months ago do not record that participants were told what came of what they said.
    .rationale = In the Ministry of Justice tool, residents who took part in the discussion sessions come to the decision-makers' session, and the municipality monitors and assesses the measures that follow; the OSCE's accountability principle asks that the outcomes of participation be public. Telling participants what came of what they said closes that loop, and people who never hear back stop coming. Six months is goodrel's assumption of a reasonable time to decide what to do with the results; consultations younger than that (judged by `--as-of`) are not judged. The plan shows the feedback with `feedback: {"{"}date, how{"}"}` on the consultation. All such consultations make one finding, at the first. Info: the sources describe the loop, not a duty to record it.
    .help = Add `feedback: {"{"}date: YYYY-MM-DD, how: "..."{"}"}` to each consultation listed, saying when and how participants were told what came of their views.

PAR010 = A council for a specific group has no focus issues for the current period.
    .rationale = The CoE guide's first element of meaningful (not symbolic) inclusion is reflecting on its structure: which issues the council focuses on in each period, and through which structures it influences them. A council without current focus issues tends to react to whatever is put before it. Focus issues with a period count only while the as-of date falls inside it; issues without a period hold throughout. Warning: a guide element, not a statutory duty.
    .help = Add `focus_issues:` with the issues the council works on this period, e.g. `- period: {"{"}start: 2026-01-01, end: 2027-12-31{"}"}` and `issues: [housing, youth employment]`.

PAR011 = A council for a specific group has no mandate to submit initiatives to the municipal council.
    .rationale = The guide links meaningful inclusion to decision-making: a council should be able to submit initiatives and proposals to the municipal or city council, at least on matters concerning the group it represents; otherwise it is heard but cannot put anything on the agenda. goodrel accepts `rights: [initiatives_to_council]` or a `mandate` that speaks of initiatives (initiative, aloite, initiativ). Warning: a guide element.
    .help = Give the council the right to submit initiatives to the municipal council and record it as `rights: [initiatives_to_council]`.

PAR012 = A council for a specific group takes no part in the strategic planning, monitoring and evaluation of the work.
    .rationale = The guide gives a council a right to information and participation: it monitors the accessibility of (targeted) services and takes part in the strategic planning, monitoring and evaluation of integration and good relations, i.e. it is linked to the strategic and monitoring group for integration or another cooperation group. A council outside that loop learns of plans when they are done. Met by `linked_to` naming a cooperation, steering or working group, or by the `strategy_participation` right. Warning: a guide element.
    .help = Link the council to the cooperation or steering group that plans and monitors the work (`linked_to: [<group id>]`), or record `rights: [information, strategy_participation]`.

PAR013 = A council for a specific group does not say how its membership reflects diversity or what its chair needs.
    .rationale = The guide asks that recruitment include people representing the diversity of communities (backgrounds, languages, religions, nationalities, gender, occupations) who also have expertise and motivation, and that the chair may have specific requirements (expertise in the mandate, communication skills). A council recruited without such criteria tends to speak for a few communities. goodrel asks for at least two diversity dimensions in `membership.diversity` and a `membership.chair` requirement. Warning: a guide element.
    .help = Add `membership:` with `diversity: [languages, religions, gender, ...]` (at least two) and `chair:` describing what the chair needs.

PAR014 = A council for a specific group has no skills development for its members.
    .rationale = The guide asks that council members' skills be developed continuously, through training, information and study trips, so that they can influence the municipality's structures in the language those structures use. Without it, influence stays with the few who already know the system. Warning: a guide element.
    .help = Add `skills_development:` listing what members get, e.g. ["training on municipal decision-making", "study trip to the regional ETNO"].

PAR015 = A council for a specific group does not pay its members a meeting fee (or does not say).
    .rationale = The guide's financial element: members should be compensated for their participation and receive a meeting fee, like members of other municipal bodies. Unpaid participation favours those who can afford it and signals that the council matters less. Warning: a guide element.
    .help = Pay members a meeting fee and record `resources: {"{"}meeting_fees: true{"}"}` on the council.

PAR016 = One of the six forms of participation (information, initiation, planning, decision-making, implementation, evaluation) is offered by no structure or measure.
    .rationale = The guide, following Sitra, asks what people are invited to take part in: information participation is the basis of everything, and the other five follow the phases of decision-making. A plan whose structures and measures offer, say, information and implementation but no planning or evaluation invites residents to be told and to help, not to shape. The forms nobody offers are named in one finding; when no structure or measure records any form, one finding says so. Info: a lens for reviewing the plan, not a requirement.
    .help = Record on structures and measures the forms residents take part in (`participation: [information, planning, evaluation, ...]`), and consider adding a way to take part in the missing form.

PAR017 = A structure or measure offering information participation reaches residents only in the official languages (or records no languages).
    .rationale = Information participation is the basis of every other form: without knowing what one can influence, no other participation is possible. For different population groups the guide calls for multilingual, multichannel information and systems training in their languages. Information in Finnish or Swedish only reaches those who already read them. Official languages are the municipality's `official_languages` (Finnish and Swedish when not listed). Warning: a guide element.
    .help = List the languages the information reaches residents in (`languages: [fi, en, ar, so, uk]` on the measure or structure), adding the main languages of the municipality's residents.

PAR018 = Measures answer no need brought up in a consultation, although the plan records consultation needs.
    .rationale = In the Beqiri model action rests on identified and recognised local needs. When a plan records consultation needs, measures that cite none show either links not yet written down or work planned without the residents' view. One finding per plan, at the measures section, counts them and names the first few; `goodrel governance --trace` lists them all. Quiet when the plan records no consultation needs (the trace is not in use); dropped measures are not counted. Info: many measures legitimately come from statute or strategy.
    .help = Where a measure responds to something residents brought up, add the need's id to its `answers`; `goodrel governance PLAN_DIR --trace` lists the measures concerned.

PAR019 = Every measure that answered a consultation need has been dropped.
    .rationale = Meaningful inclusion means that problems identified and recognised together are addressed in some way. When the only measures answering a need are dropped, the need has in effect returned to where it started, and the people who raised it have not been told. Warning: a guide element (the Beqiri model's action step).
    .help = Answer the need with a measure that is planned, ongoing or done, or record why it is left (and tell those consulted).

PAR020 = A co-design process has no money or no time set aside.
    .rationale = The guide's first condition for co-design is sufficient resources, financial and time, so that the process allows real inclusion and influence rather than its semblance; co-design is a process of building relations, not a one-off event. Money is `resources.budget_eur` (more than zero); time is `co_design.time`. Warning: a guide condition.
    .help = Set `resources: {"{"}budget_eur: ...{"}"}` and `co_design: {"{"}time: "six workshops, Sep 2026 to Feb 2027"{"}"}` on the co-design structure.

PAR021 = A co-design process does not say what it is open to change.
    .rationale = Co-design needs a genuine curiosity and openness to develop or change the service, practice or policy concerned. When nothing is stated as open, participants are easily invited to confirm decisions already taken. Warning: a guide condition.
    .help = Write under `co_design.open_to_change` what the process can change (e.g. "the service's format, opening hours and location").

PAR022 = A co-design process does not say how the power imbalance between staff and residents is balanced.
    .rationale = The guide asks that the power imbalance be identified so that the process does not repeat or reinforce it, through the facilitator, the choice of participants (several community members, including those with networks and tacit knowledge) and the place. Warning: a guide condition.
    .help = Describe under `co_design.power_balance` how the imbalance is identified and balanced (e.g. "residents co-chair; several community members invited; sessions in the community's own premises").

PAR023 = A co-design process names no facilitator, or one without shared identity or experiential knowledge and no community co-lead.
    .rationale = The guide calls for a skilled facilitator, ideally sharing the community's identity or having experiential knowledge, or else a pair of leads of whom one is a community member with experiential knowledge. A facilitator from outside the community alone tends to reproduce the staff's view. Met by `facilitator.experiential_knowledge: true` or a `facilitator.co_lead`. Warning: a guide condition.
    .help = Add `co_design: {"{"}facilitator: {"{"}name: ..., experiential_knowledge: true{"}"}{"}"}`, or name a community member with experiential knowledge as `co_lead`.

PAR024 = A co-design process names no venue, or one that is not (or not known to be) accessible.
    .rationale = Choosing the place also balances power: the guide asks that meetings be held somewhere accessible, easy to get to and comfortable for the participants. Warning: a guide condition.
    .help = Add `co_design: {"{"}venue: {"{"}name: ..., accessible: true{"}"}{"}"}` once the venue is confirmed accessible and easy to reach.

PAR025 = A dialogue does not say whether it is preventive, defuses tensions or strengthens reconciliation.
    .rationale = Dialogue held at the wrong time, between the wrong actors or on the wrong subject can increase polarisation. The guide asks that dialogue be timely: preventive, to defuse tensions or conflicts, or to strengthen reconciliation. Stating which makes the timing a choice. Applies to structures and measures of kind `dialogue`. Warning: a guide condition.
    .help = Set `dialogue: {"{"}timing: preventive{"}"}` (or `defusing`, `reconciliation`) on the dialogue.

PAR026 = A dialogue states no common interest or objective clarified with the parties.
    .rationale = For dialogue to change attitudes towards another group and defuse confrontation, the guide says it must rest on a common interest or objective that is carefully clarified. Warning: a guide condition.
    .help = Write the clarified common interest under `dialogue.common_interest` (e.g. "a safe park for everyone's children").

PAR027 = A dialogue does not say how it is facilitated so that no party dominates another.
    .rationale = The guide asks for balanced facilitation, so that no party dominates; dialogue otherwise easily reproduces ethnic hierarchies and structural discrimination. Warning: a guide condition.
    .help = Describe under `dialogue.facilitation` who facilitates and how balance is kept (e.g. "two trained facilitators, one from each community").

PAR028 = A dialogue has no backing from a public authority.
    .rationale = The guide's fourth condition is the support of society, here the local government exercising public authority: without it, what a dialogue produces has nowhere to go. Met when the dialogue's convener (a structure's `convener`, a measure's `responsible`) or an actor in `dialogue.supported_by` is a public authority (a municipal sector, decision-makers, the wellbeing services county, the ELY Centre / vitality centre, the police, ...). Warning: a guide condition.
    .help = Name the public authority that backs the dialogue in `dialogue.supported_by` (e.g. the mayor's office or the city board as a decision_makers actor).

PAR029 = A recorded good-relations data-collection cycle lacks a part: discussion sessions, the decision-maker session, its action plan or the feedback survey.
    .rationale = The Ministry of Justice tool is a cycle: discussion sessions with population groups, then a decision-maker session whose outcome is an action plan of one to four measures, a feedback survey of the participants, and monitoring with repeated sessions. A cycle with a missing part gathers experiences that lead nowhere, or acts without knowing the effect. A cycle is recorded with a `cycle:` block on a decision_maker_session structure; while its `held` date lies after the as-of date only the discussion sessions and the session's kind are checked. Warning: guidance.
    .help = Complete the `cycle:` block: `discussion_sessions` (consultation ids), `action_plan` (one to four measure ids) and `feedback_survey`; record it on a structure of kind decision_maker_session.

PAR030 = A decision-maker session's action plan has more than four measures.
    .rationale = The tool's decision-maker session ends in an action plan of one to four measures that the stakeholders present carry out themselves; a longer list dilutes commitment and cannot be followed up by the feedback survey and the next round. Warning: guidance.
    .help = Keep the one to four measures the participants committed to in `cycle.action_plan`; move the rest to the plan's ordinary measures.

PAR031 = A data-collection cycle does not plan its next round, or the next round is overdue.
    .rationale = Repeating the discussion sessions is how the tool monitors the state of relations and the effect of the measures; a single round gives a snapshot, not monitoring. Fires when `cycle.next_round` is missing, or has passed (as of the check date) with no later decision-maker session and no discussion-session consultation dated on or after it. Not checked while the session itself is still ahead. Warning: guidance.
    .help = Set `cycle.next_round` to the date of the next sessions and, once they are held, record them (a new consultation with method discussion_session, and a new decision-maker session).

PAR032 = An indicator that uses THL's Experiences of Social Inclusion Scale (ESIS) does not list its ten statements unmodified and in order.
    .rationale = ESIS is a scientifically validated instrument; the guide says that whoever uses it may not modify or adapt it, or the results are no longer comparable or valid. goodrel compares the plan's `items` with the ten statements as listed in the CoE guide, ignoring case, spacing, list numbers and final full stops, and says which item differs, is out of place, or that the count is wrong. goodrel knows only the English wording: items in another language (`items_language`) are not compared. Warning: the guide's instruction, not a statute.
    .help = Copy the ten ESIS statements exactly, in THL's order, into the indicator's `items` (see THL's instructions for the scale).

# Finding messages. Plan values (ids, names, languages, dates) are echoed as written.

par001-no-languages = consultation { $id } '{ $title }' heard { $group } but records no languages it was held in
par001-only-in = consultation { $id } '{ $title }' heard { $group } but was held only in { $languages }
par002-need-unanswered = need { $need } '{ $text }' from consultation { $consultation } is not answered by any measure
par003-not-recognised = consultation { $id } '{ $title }' brought up { $count ->
    [one] one need
   *[other] { $count } needs
} but the plan does not say where they were discussed with decision-makers
par004-no-immigrants = no council, group or other structure of the plan has immigrants taking part
par035-consultation = { $id } '{ $title }' ({ $date })
par035-no-feedback = { $count ->
    [one] one consultation held more than six months ago does not record
   *[other] { $count } consultations held more than six months ago do not record
} that participants were told what came of what they said: { $consultations }

# How PAR010–PAR015 name a council, PAR020–PAR024 a co-design process, PAR025–PAR028 a
# dialogue.
par010-council = council { $id } '{ $name }'
par020-co-design = co-design process { $id } '{ $name }'
par025-dialogue = dialogue { $id } '{ $name }'
par025-dialogue-measure = dialogue measure { $id } '{ $name }'

par010-no-focus-issues = { $subject } does not say which issues it focuses on in this period
par010-not-current = { $subject } has no focus issues for the current period (the latest are for { $start } to { $end })
par011-no-initiative-mandate = { $subject } has no mandate to submit initiatives to the municipal council
par012-information-only = { $subject } has a right to information but no part in strategic planning, monitoring and evaluation: it is linked to no cooperation or steering group
par012-no-information-right = { $subject } has no right to information and participation: it is linked to no cooperation or steering group and has no `strategy_participation` right
par013-no-membership = { $subject } does not say how its members and chair are chosen
par013-no-diversity = { $subject } does not say which kinds of diversity its recruitment seeks
par013-no-diversity-no-chair = { $subject } does not say which kinds of diversity its recruitment seeks and sets no requirements for its chair
par013-few-diversity = { $subject } seeks diversity in only { $count ->
    [one] { $count } respect
   *[other] { $count } respects
}; recruitment should reflect the diversity of communities in at least { $min } (e.g. languages, religions, gender)
par013-few-diversity-no-chair = { $subject } seeks diversity in only { $count ->
    [one] { $count } respect
   *[other] { $count } respects
}; recruitment should reflect the diversity of communities in at least { $min } (e.g. languages, religions, gender) and sets no requirements for its chair
par013-no-chair = { $subject } sets no requirements for its chair
par014-no-skills-development = { $subject } has no skills development for its members (e.g. training, information, study trips)
par015-no-meeting-fees = { $subject } pays its members no meeting fees
par015-meeting-fees-unknown = { $subject } does not say whether its members are paid a meeting fee

par016-no-forms-recorded = no structure or measure records which forms of participation it offers residents
par016-form-unused = no structure or measure offers { $form } participation
par016-forms-unused = no structure or measure offers { $rest } or { $last } participation
par017-structure = structure { $id } '{ $name }'
par017-measure = measure { $id } '{ $name }'
par017-no-languages = { $what } offers information participation but records no languages it reaches residents in
par017-only-in = { $what } offers information participation only in { $languages }
par018-measures-cite-no-need = { $count } of { $total } measures answer no need brought up in a consultation: { $measures }
par019-only-dropped = need { $need } '{ $text }' from consultation { $consultation } was answered only by { $count ->
    [one] dropped measure
   *[other] dropped measures
} { $measures }

par020-no-money-no-time = { $subject } has neither money (resources.budget_eur) nor time (co_design.time) set aside
par020-no-money = { $subject } has no money set aside (resources.budget_eur)
par020-no-time = { $subject } has no time set aside (co_design.time)
par021-not-open-to-change = { $subject } does not say what in the service or policy it is open to change
par022-power-balance = { $subject } does not say how the power imbalance between staff and residents is identified and balanced
par023-no-facilitator = { $subject } names no facilitator
par023-facilitator-without-experience = { $subject } is facilitated by { $facilitator } without shared identity or experiential knowledge, and no community member co-leads it
par024-no-venue = { $subject } names no venue, so its accessibility is unknown
par024-venue-not-accessible = { $subject } meets at { $venue }, which is not accessible
par024-venue-accessibility-unknown = { $subject } does not say whether its venue { $venue } is accessible

par025-timing-unstated = { $subject } does not say whether it is preventive, defuses tensions or strengthens reconciliation
par026-no-common-interest = { $subject } states no common interest or objective clarified with the parties
par027-facilitation-unstated = { $subject } does not say how it is facilitated so that no party dominates another
par028-no-authority-support = { $subject } has no backing from a public authority: neither its convener nor `dialogue.supported_by` names one

par029-no-discussion-sessions = data-collection cycle of { $id } '{ $name }' has no discussion sessions: list them in `cycle.discussion_sessions` or name this session in the consultations' `recognised_in`
par029-not-a-session = data-collection cycle of { $id } '{ $name }' records a data-collection cycle but is not a decision-maker session (kind: decision_maker_session)
par029-no-action-plan = data-collection cycle of { $id } '{ $name }' has no action plan: list the one to four measures the session agreed in `cycle.action_plan`
par029-no-feedback-survey = data-collection cycle of { $id } '{ $name }' records no feedback survey of the session's participants
par029-incomplete = data-collection cycle of { $id } '{ $name }' is incomplete
par030-action-plan-too-large = decision-maker session { $id } '{ $name }' has an action plan of { $count } measures; the tool's action plan holds one to four that the participants themselves carry out
par031-no-next-round = data-collection cycle of { $id } '{ $name }' does not say when the discussion sessions will be repeated (`cycle.next_round`)
par031-next-round-overdue = data-collection cycle of { $id } '{ $name }' planned the next round of discussion sessions for { $next }, but the plan records no later sessions or decision-maker session

par032-no-items = indicator { $id } '{ $name }' uses ESIS but lists none of its statements, so goodrel cannot confirm they are unmodified
par032-wrong-count = indicator { $id } '{ $name }' lists { $count ->
    [one] { $count } ESIS statement
   *[other] { $count } ESIS statements
}; the scale has { $statements }
par032-out-of-order = item { $item } of indicator { $id } is ESIS statement { $statement }, out of order
par032-differs = item { $item } of indicator { $id } differs from ESIS statement { $statement }
par032-not-a-statement = item { $item } of indicator { $id } is not one of the ESIS statements
