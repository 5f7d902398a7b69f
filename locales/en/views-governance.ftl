# The governance view (`goodrel governance`): headings, labels, table headers, legends,
# suggestions and notes, and the analysis texts it shares with the MLG and PAR rules.

governance-title = governance
governance-header-note = { $municipality }; as of { $date }
governance-no-municipality = municipality not named

# The multilevel map.
governance-map-title = Multilevel map (CoE-MLG Part II)
governance-col-level = level
governance-col-contents = actors, structures and programme links (by id)
governance-map-actors = actors ({ $count }): { $ids }
governance-map-structures = structures ({ $count }): { $ids }
governance-map-links = programme links ({ $count }): { $ids }
governance-map-legend = Levels the plan does not declare are inferred from each item's kind; `--format json` adds names and kinds.

# Missing against the reference set.
governance-missing-none = Nothing is missing against the reference set of CoE-MLG Part II.
governance-missing-title = Missing against the reference set
governance-missing-count = ({ $count ->
    [one] 1 suggestion
   *[other] { $count } suggestions
}, not errors)
governance-col-missing = missing
governance-col-suggestion = suggestion
governance-piece-kind = { $key ->
    [partner] partner
    [structure] structure
   *[programme_link] programme link
}
governance-missing-named-regional-authority = { $authority } (the plan's regional authority) is not among the actors
governance-missing = { $key ->
    [civil_society_organisation] no local organisation or association among the actors
    [religious_community] no religious community or parish among the actors
    [language_community] no language community among the actors
    [business] no business among the actors
    [educational_institution] no educational institution among the actors
    [cooperation_group] no local integration cooperation group
    [council] no council for a specific group (e.g. an immigrant council)
    [working_group] no working or steering group (equality planning, inclusion, security)
    [non_discrimination_plan] no link to the non-discrimination plan
    [security_plan] no link to local security planning
    [interaction_plan] no link to an inclusion or interaction programme
    [regional_authority] no ELY Centre / vitality centre among the actors
    [wellbeing_services_county] no wellbeing services county among the actors
    [regional_council] no regional council among the actors
    [regional_cooperation_group] no regional integration cooperation group
    [regional_etno] no link to the regional ETNO action plan
    [wellbeing_services_county_plan] no link to the wellbeing services county's planning
    [valko] no link to the Government Integration Programme (VALKO)
    [roma_policy] no link to the National Roma Policy
    [anti_racism_action_plan] no link to the government action plan against racism
   *[national_structure] no national structure or network the municipality takes part in
}
governance-missing-add = { $key ->
    [civil_society_organisation] add the NGOs and associations that work with residents (kind: ngo or association)
    [religious_community] add the parishes and religious communities you cooperate with (kind: parish or religious_community)
    [language_community] add the language communities that can reach their members (kind: language_community)
    [business] add local employers or business organisations you work with (kind: business)
    [educational_institution] add the schools, colleges or adult education centres you work with (kind: educational_institution)
    [cooperation_group] record the cross-sectoral cooperation group (kind: cooperation_group) with its members
    [council] record councils such as an immigrant, youth or disability council (kind: council)
    [working_group] record the working groups for equality planning, inclusion or security (kind: working_group, good_relations_working_group or steering_group)
    [non_discrimination_plan] add a link of kind non_discrimination_plan
    [security_plan] add a link of kind security_plan (the local security plan follows the national guidelines for local security planning)
    [interaction_plan] add a link of kind interaction_plan
    [regional_authority] add the authority as an actor (kind: ely_centre or vitality_centre) and name it in municipality.regional_authority.actor
    [wellbeing_services_county] add the county as an actor (kind: wellbeing_services_county) and involve it in measures or structures
    [regional_council] add the regional council (kind: regional_council) if regional development work touches integration
    [regional_cooperation_group] record the regional cooperation group the municipality takes part in (kind: regional_cooperation_group)
    [regional_etno] add a link of kind regional_etno (the regional advisory board for ethnic relations' plan)
    [wellbeing_services_county_plan] add a link of kind wellbeing_services_county_plan
    [valko] add a link of kind valko
    [roma_policy] add a link of kind roma_policy
    [anti_racism_action_plan] add a link of kind anti_racism_action_plan
   *[national_structure] record e.g. the Integration Partnership Programme or the Good Relations Forum as a structure with level: national
}

# Participation forms.
governance-forms-title = Participation forms (Sitra, in CoE-MLG Part III)
governance-col-form = form
governance-col-structures = structures
governance-col-measures = measures

# Councils, co-design and dialogues.
governance-quality-title = Councils, co-design and dialogues against their elements (CoE-MLG Part III)
governance-col-structure = structure
governance-col-kind = kind
governance-col-met = met
governance-subject-kind = { $key ->
    [council] council
    [co_design] co-design
   *[dialogue] dialogue
}
governance-element = { $key ->
    [focus_issues] focus issues
    [decision_making_link] initiatives to council
    [information_right] information and participation
    [membership] membership and chair
    [skills_development] skills development
    [meeting_fees] meeting fees
    [resources] money and time
    [open_to_change] openness to change
    [power_balance] power balance
    [facilitator] facilitator
    [venue] accessible venue
    [timing] timing
    [common_interest] common interest
    [facilitation] balanced facilitation
   *[authority_support] authority support
}
# What a council, co-design process or dialogue lacks: each completes a sentence whose
# subject is the structure.
governance-gap-no-skills-development = has no skills development for its members (e.g. training, information, study trips)
governance-gap-no-focus-issues = does not say which issues it focuses on in this period
governance-gap-focus-issues-outdated = has no focus issues for the current period
governance-gap-focus-issues-outdated-latest = has no focus issues for the current period (the latest are for { $start } to { $end })
governance-gap-no-initiatives = has no mandate to submit initiatives to the municipal council
governance-gap-information-only = has a right to information but no part in strategic planning, monitoring and evaluation: it is linked to no cooperation or steering group
governance-gap-no-information-right = has no right to information and participation: it is linked to no cooperation or steering group and has no `strategy_participation` right
governance-gap-no-membership = does not say how its members and chair are chosen
governance-gap-no-diversity = does not say which kinds of diversity its recruitment seeks
governance-gap-little-diversity = seeks diversity in only { $count ->
    [one] 1 respect
   *[other] { $count } respects
}; recruitment should reflect the diversity of communities in at least { $min } (e.g. languages, religions, gender)
governance-gap-no-chair-requirements = sets no requirements for its chair
governance-gap-and = { $first } and { $second }
governance-gap-no-meeting-fees = pays its members no meeting fees
governance-gap-meeting-fees-unknown = does not say whether its members are paid a meeting fee
governance-gap-no-money-or-time = has neither money (resources.budget_eur) nor time (co_design.time) set aside
governance-gap-no-money = has no money set aside (resources.budget_eur)
governance-gap-no-time = has no time set aside (co_design.time)
governance-gap-not-open-to-change = does not say what in the service or policy it is open to change
governance-gap-no-power-balance = does not say how the power imbalance between staff and residents is identified and balanced
governance-gap-no-facilitator = names no facilitator
governance-gap-facilitator-without-experience = is facilitated by { $facilitator } without shared identity or experiential knowledge, and no community member co-leads it
governance-gap-no-venue = names no venue, so its accessibility is unknown
governance-gap-venue-not-accessible = meets at { $venue }, which is not accessible
governance-gap-venue-accessibility-unknown = does not say whether its venue { $venue } is accessible
governance-dialogue-structure = dialogue { $id } '{ $name }'
governance-dialogue-measure = dialogue measure { $id } '{ $title }'
governance-gap-no-timing = does not say whether it is preventive, defuses tensions or strengthens reconciliation
governance-gap-no-common-interest = states no common interest or objective clarified with the parties
governance-gap-no-facilitation = does not say how it is facilitated so that no party dominates another
governance-gap-no-authority-support = has no backing from a public authority: neither its convener nor `dialogue.supported_by` names one

# Cooperation groups against the plan's cycle (also in MLG020).
governance-groups-title = Cooperation groups against the plan's cycle
governance-cycle-indicators = the plan measures indicators { $frequency }, so the group should meet { $times }
governance-cycle-yearly = the plan's yearly budget and monitoring cycle needs at least two meetings a year
governance-times-quarterly = at least quarterly
governance-times-three = at least three times a year
governance-times-twice = at least twice a year
governance-group-unrecorded = { $id } '{ $name }' meeting frequency not recorded
governance-group-meets = { $id } '{ $name }' meets { $frequency }: { $verdict }
governance-group-enough = enough
governance-group-too-rarely = too rarely

# The trace (--trace).
governance-trace-title = Identification -> recognition -> action (the Beqiri model, CoE-MLG Part II)
governance-trace-no-consultations = The plan records no consultations.
governance-trace-consultation = consultation { $id } '{ $title }' ({ $date }, { $method })
governance-trace-heard = heard: { $groups }; languages: { $languages }
governance-trace-no-groups = no groups recorded
governance-trace-no-languages = none recorded
governance-trace-no-own-language = { $warn } { $group } heard without a language of their own
governance-trace-recognised-nowhere = { $warn } recognised in: nowhere (no structure or decision-maker session named)
governance-trace-recognised-in = recognised in: { $places }
governance-trace-not-a-structure = { $id } (not a structure in the plan)
governance-trace-no-needs = needs: none recorded
governance-trace-need = need { $id } '{ $need }'
governance-trace-unanswered = -> { $warn } no measure answers it ({ $at })
governance-trace-all-dropped = { $warn } every measure answering it was dropped
governance-trace-citing-no-need = measures citing no need ({ $count }): { $ids }

# The data-collection cycles (--trace).
governance-cycles-title = Good-relations data-collection cycles (MoJ-TOOL)
governance-cycles-none = No cycle recorded (a `cycle:` block on a decision-maker session records one).
governance-cycle-held = held { $date }
governance-cycle-planned = planned for { $date }
governance-cycle-no-date = date not recorded
governance-cycle-discussion-sessions = 1 discussion sessions: { $ids }
governance-cycle-action-plan = 2 decision-maker session's action plan: { $plan }
governance-cycle-measures = { $ids } ({ $count ->
    [one] 1 measure
   *[other] { $count } measures
})
governance-cycle-survey = 3 feedback survey: { $survey }
governance-cycle-respondents = { $count ->
    [one] 1 respondent
   *[other] { $count } respondents
}
governance-cycle-survey-recorded = recorded
governance-cycle-next-round = 4 next round: { $date }
governance-gap-no-discussion-sessions = has no discussion sessions: list them in `cycle.discussion_sessions` or name this session in the consultations' `recognised_in`
governance-gap-not-decision-maker-session = records a data-collection cycle but is not a decision-maker session (kind: decision_maker_session)
governance-gap-no-action-plan = has no action plan: list the one to four measures the session agreed in `cycle.action_plan`
governance-gap-no-feedback-survey = records no feedback survey of the session's participants
governance-gap-action-plan-too-large = has an action plan of { $count } measures; the tool's action plan holds one to four that the participants themselves carry out
governance-gap-no-next-round = does not say when the discussion sessions will be repeated (`cycle.next_round`)
governance-gap-not-repeated = planned the next round of discussion sessions for { $next }, but the plan records no later sessions or decision-maker session
