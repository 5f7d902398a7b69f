# Generated from the vocabulary in src/model/choices.rs: edit the terms there, then run
# `GOODREL_BLESS=1 cargo test`. For each choice type of the plan format, `term-…` names a
# value in a sentence and `term-…-written` names it as the reader types it in a plan.

# LawBasis
term-law-basis = { $key ->
    [k681-2023] Integration Act 681/2023
   *[k1386-2010] former Integration Act 1386/2010
}
term-law-basis-written = { $key ->
    [k681-2023] 681/2023
   *[k1386-2010] 1386/2010
}

# RegionalAuthorityKind
term-regional-authority-kind = { $key ->
    [ely_centre] ELY Centre
   *[vitality_centre] vitality centre
}
term-regional-authority-kind-written = { $key ->
    [ely_centre] ely_centre
   *[vitality_centre] vitality_centre
}

# PlanningMode
term-planning-mode = { $key ->
    [alone] on its own
    [with_other_municipalities] with other municipalities
    [with_employment_authority] with the employment authority
   *[part_of_other_plan] as part of another plan
}
term-planning-mode-written = { $key ->
    [alone] alone
    [with_other_municipalities] with_other_municipalities
    [with_employment_authority] with_employment_authority
   *[part_of_other_plan] part_of_other_plan
}

# ArrivalReason
term-arrival-reason = { $key ->
    [asylum] asylum
    [quota_refugee] quota refugee
    [study] study
    [work] work
    [family] family
    [temporary_protection] temporary protection
   *[other] other
}
term-arrival-reason-written = { $key ->
    [asylum] asylum
    [quota_refugee] quota_refugee
    [study] study
    [work] work
    [family] family
    [temporary_protection] temporary_protection
   *[other] other
}

# ActorKind
term-actor-kind = { $key ->
    [municipal_sector] municipal sector
    [decision_makers] decision-makers
    [wellbeing_services_county] wellbeing services county
    [ely_centre] ELY Centre
    [vitality_centre] vitality centre
    [employment_authority] employment authority
    [kela] Kela
    [avi] Regional State Administrative Agency (AVI)
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
   *[other] other
}
term-actor-kind-written = { $key ->
    [municipal_sector] municipal_sector
    [decision_makers] decision_makers
    [wellbeing_services_county] wellbeing_services_county
    [ely_centre] ely_centre
    [vitality_centre] vitality_centre
    [employment_authority] employment_authority
    [kela] kela
    [avi] avi
    [regional_council] regional_council
    [ministry] ministry
    [national_body] national_body
    [ngo] ngo
    [association] association
    [parish] parish
    [religious_community] religious_community
    [language_community] language_community
    [business] business
    [educational_institution] educational_institution
    [police] police
    [international_organisation] international_organisation
   *[other] other
}

# GovernanceLevel
term-governance-level = { $key ->
    [local] local
    [regional] regional
    [national] national
   *[international] international
}
term-governance-level-written = { $key ->
    [local] local
    [regional] regional
    [national] national
   *[international] international
}

# Sector
term-sector = { $key ->
    [early_childhood_education] early childhood education
    [basic_education] basic education
    [upper_secondary_education] upper secondary education
    [liberal_adult_education] liberal adult education
    [culture] culture
    [youth] youth services
    [library] library
    [sports] sports
    [business_services] business services
    [integration_services] integration services
    [employment] employment
    [outreach_youth_work] outreach youth work
    [participation] participation
    [urban_planning] urban planning
    [transport] transport
    [housing] housing
    [environment] environment
    [security] security
    [social_and_health] social and health services
    [human_resources] human resources
    [procurement] procurement
    [communications] communications
   *[administration] administration
}
term-sector-written = { $key ->
    [early_childhood_education] early_childhood_education
    [basic_education] basic_education
    [upper_secondary_education] upper_secondary_education
    [liberal_adult_education] liberal_adult_education
    [culture] culture
    [youth] youth
    [library] library
    [sports] sports
    [business_services] business_services
    [integration_services] integration_services
    [employment] employment
    [outreach_youth_work] outreach_youth_work
    [participation] participation
    [urban_planning] urban_planning
    [transport] transport
    [housing] housing
    [environment] environment
    [security] security
    [social_and_health] social_and_health
    [human_resources] human_resources
    [procurement] procurement
    [communications] communications
   *[administration] administration
}

# PopulationGroup
term-population-group = { $key ->
    [all_residents] all residents
    [immigrants] immigrants
    [employment_services_clients] clients of the employment services
    [recent_residence_permit] recently granted a residence permit
    [income_support_recipients] recipients of social assistance
    [home_care_allowance_recipients] recipients of child home care allowance
    [refugees] refugees
    [unaccompanied_minors] unaccompanied minors
    [trafficking_victims] victims of human trafficking
    [others_in_need] others in need of integration support
    [asylum_seekers] asylum seekers
    [temporary_protection] beneficiaries of temporary protection
    [linguistic_minorities] linguistic minorities
    [cultural_minorities] cultural minorities
    [religious_minorities] religious minorities
    [swedish_speakers] Swedish speakers
    [sexual_and_gender_minorities] sexual and gender minorities
    [children] children
    [young_people] young people
    [older_people] older people
    [women] women
    [persons_with_disabilities] persons with disabilities
    [roma] Roma
    [sami] Sámi
   *[majority_population] majority population
}
term-population-group-written = { $key ->
    [all_residents] all_residents
    [immigrants] immigrants
    [employment_services_clients] employment_services_clients
    [recent_residence_permit] recent_residence_permit
    [income_support_recipients] income_support_recipients
    [home_care_allowance_recipients] home_care_allowance_recipients
    [refugees] refugees
    [unaccompanied_minors] unaccompanied_minors
    [trafficking_victims] trafficking_victims
    [others_in_need] others_in_need
    [asylum_seekers] asylum_seekers
    [temporary_protection] temporary_protection
    [linguistic_minorities] linguistic_minorities
    [cultural_minorities] cultural_minorities
    [religious_minorities] religious_minorities
    [swedish_speakers] swedish_speakers
    [sexual_and_gender_minorities] sexual_and_gender_minorities
    [children] children
    [young_people] young_people
    [older_people] older_people
    [women] women
    [persons_with_disabilities] persons_with_disabilities
    [roma] roma
    [sami] sami
   *[majority_population] majority_population
}

# ServiceKind
term-service-kind = { $key ->
    [programme] integration programme
    [interpreting] interpreting
   *[reception] reception
}
term-service-kind-written = { $key ->
    [programme] programme
    [interpreting] interpreting
   *[reception] reception
}

# Component
term-component = { $key ->
    [needs_assessment] assessment of integration service needs and skills
    [integration_plan] integration plan based on the assessment
    [civic_orientation] multilingual civic orientation
    [integration_training] integration training with a final language examination
    [skills_and_employment] other training and services for language, literacy, working-life skills and employment
   *[guidance_and_counselling] guidance and counselling during the programme
}
term-component-written = { $key ->
    [needs_assessment] needs_assessment
    [integration_plan] integration_plan
    [civic_orientation] civic_orientation
    [integration_training] integration_training
    [skills_and_employment] skills_and_employment
   *[guidance_and_counselling] guidance_and_counselling
}

# Area
term-area = { $key ->
    [employment_and_education] employment and education
    [wellbeing_health_housing] wellbeing, health and housing
    [inclusion_and_equality] inclusion, equality and equity
    [own_language_and_culture] maintaining one's own language and culture
    [good_relations] good relations between population groups
   *[other] other objectives
}
term-area-written = { $key ->
    [employment_and_education] employment_and_education
    [wellbeing_health_housing] wellbeing_health_housing
    [inclusion_and_equality] inclusion_and_equality
    [own_language_and_culture] own_language_and_culture
    [good_relations] good_relations
   *[other] other
}

# FundingUse
term-funding-use = { $key ->
    [consultation] consultation
    [co_design] co-design
    [meetings] meetings
    [meeting_fees] meeting fees
    [interpretation] interpretation
   *[follow_up] follow-up
}
term-funding-use-written = { $key ->
    [consultation] consultation
    [co_design] co_design
    [meetings] meetings
    [meeting_fees] meeting_fees
    [interpretation] interpretation
   *[follow_up] follow_up
}

# PyramidLevel
term-pyramid-level = { $key ->
    [base] base: diversity in general services
    [middle] middle: group-specific equality and inclusion
   *[top] top: interaction, dialogue and conflict
}
term-pyramid-level-written = { $key ->
    [base] base
    [middle] middle
   *[top] top
}

# MeasureKind
term-measure-kind = { $key ->
    [service_development] service development
    [targeted_service] targeted service
    [training] training
    [information] information
    [guidance] guidance
    [anti_discrimination] anti-discrimination work
    [participatory_structure] participatory structure
    [encounter] encounter
    [dialogue] dialogue
    [mediation] mediation
    [hate_crime_response] hate crime response
    [research] research
    [survey] survey
    [campaign] campaign
    [event] event
   *[other] other
}
term-measure-kind-written = { $key ->
    [service_development] service_development
    [targeted_service] targeted_service
    [training] training
    [information] information
    [guidance] guidance
    [anti_discrimination] anti_discrimination
    [participatory_structure] participatory_structure
    [encounter] encounter
    [dialogue] dialogue
    [mediation] mediation
    [hate_crime_response] hate_crime_response
    [research] research
    [survey] survey
    [campaign] campaign
    [event] event
   *[other] other
}

# ParticipationForm
term-participation-form = { $key ->
    [information] information
    [initiation] initiation
    [planning] planning
    [decision_making] decision-making
    [implementation] implementation
   *[evaluation] evaluation
}
term-participation-form-written = { $key ->
    [information] information
    [initiation] initiation
    [planning] planning
    [decision_making] decision_making
    [implementation] implementation
   *[evaluation] evaluation
}

# Status
term-status = { $key ->
    [planned] planned
    [ongoing] ongoing
    [done] done
   *[dropped] dropped
}
term-status-written = { $key ->
    [planned] planned
    [ongoing] ongoing
    [done] done
   *[dropped] dropped
}

# ReportingUnit
term-reporting-unit = { $key ->
    [groups] groups
   *[individuals] individuals
}
term-reporting-unit-written = { $key ->
    [groups] groups
   *[individuals] individuals
}

# Instrument
term-instrument = { $key ->
    [esis] ESIS
    [atmosphere_survey] atmosphere survey
    [data_collection_sessions] data collection sessions
   *[other] other
}
term-instrument-written = { $key ->
    [esis] esis
    [atmosphere_survey] atmosphere_survey
    [data_collection_sessions] data_collection_sessions
   *[other] other
}

# Frequency
term-frequency = { $key ->
    [weekly] weekly
    [monthly] monthly
    [every_two_months] every two months
    [quarterly] quarterly
    [twice_a_year] twice a year
    [yearly] yearly
    [every_two_years] every two years
   *[as_needed] as needed
}
term-frequency-written = { $key ->
    [weekly] weekly
    [monthly] monthly
    [every_two_months] every_two_months
    [quarterly] quarterly
    [twice_a_year] twice_a_year
    [yearly] yearly
    [every_two_years] every_two_years
   *[as_needed] as_needed
}

# StructureRight
term-structure-right = { $key ->
    [initiatives_to_council] initiatives to the council
    [information] information
    [strategy_participation] participation in strategy work
    [propose_working_groups] proposing working groups
    [proposals_to_authorities] proposals to city authorities
   *[statements] statements
}
term-structure-right-written = { $key ->
    [initiatives_to_council] initiatives_to_council
    [information] information
    [strategy_participation] strategy_participation
    [propose_working_groups] propose_working_groups
    [proposals_to_authorities] proposals_to_authorities
   *[statements] statements
}

# DiversityDimension
term-diversity-dimension = { $key ->
    [backgrounds] backgrounds
    [languages] languages
    [religions] religions
    [nationalities] nationalities
    [gender] gender
    [occupations] occupations
    [ages] ages
    [disability] disability
   *[other] other
}
term-diversity-dimension-written = { $key ->
    [backgrounds] backgrounds
    [languages] languages
    [religions] religions
    [nationalities] nationalities
    [gender] gender
    [occupations] occupations
    [ages] ages
    [disability] disability
   *[other] other
}

# DialogueTiming
term-dialogue-timing = { $key ->
    [preventive] preventive
    [defusing] defusing
   *[reconciliation] reconciliation
}
term-dialogue-timing-written = { $key ->
    [preventive] preventive
    [defusing] defusing
   *[reconciliation] reconciliation
}

# PlanPhase
term-plan-phase = { $key ->
    [planning] planning
    [implementation] implementation
   *[evaluation] evaluation
}
term-plan-phase-written = { $key ->
    [planning] planning
    [implementation] implementation
   *[evaluation] evaluation
}

# StructureKind
term-structure-kind = { $key ->
    [cooperation_group] local cross-sectoral cooperation group
    [regional_cooperation_group] regional cooperation group
    [good_relations_working_group] good relations working group
    [council] council
    [working_group] working group
    [steering_group] steering group
    [co_design] co-design
    [dialogue] dialogue
    [decision_maker_session] session with decision-makers
    [network] network
   *[other] other
}
term-structure-kind-written = { $key ->
    [cooperation_group] cooperation_group
    [regional_cooperation_group] regional_cooperation_group
    [good_relations_working_group] good_relations_working_group
    [council] council
    [working_group] working_group
    [steering_group] steering_group
    [co_design] co_design
    [dialogue] dialogue
    [decision_maker_session] decision_maker_session
    [network] network
   *[other] other
}

# ConsultationMethod
term-consultation-method = { $key ->
    [focus_group] focus group
    [discussion_session] discussion session
    [survey] survey
    [hearing] hearing
    [workshop] workshop
    [resident_meeting] residents' meeting
   *[other] other
}
term-consultation-method-written = { $key ->
    [focus_group] focus_group
    [discussion_session] discussion_session
    [survey] survey
    [hearing] hearing
    [workshop] workshop
    [resident_meeting] resident_meeting
   *[other] other
}

# LinkKind
term-link-kind = { $key ->
    [municipal_strategy] municipal strategy
    [non_discrimination_plan] non-discrimination plan
    [gender_equality_plan] gender equality plan
    [security_plan] security plan
    [wellbeing_report_and_plan] wellbeing report and plan
    [language_strategy] language strategy
    [valko] Government Integration Programme (VALKO)
    [anti_racism_action_plan] anti-racism action plan
    [regional_etno] regional advisory board for ethnic relations (ETNO)
    [roma_policy] National Roma Policy
    [wellbeing_services_county_plan] wellbeing services county plan
    [regional_programme] regional programme
    [interaction_plan] interaction plan
    [integration_programme] integration programme
   *[other] other
}
term-link-kind-written = { $key ->
    [municipal_strategy] municipal_strategy
    [non_discrimination_plan] non_discrimination_plan
    [gender_equality_plan] gender_equality_plan
    [security_plan] security_plan
    [wellbeing_report_and_plan] wellbeing_report_and_plan
    [language_strategy] language_strategy
    [valko] valko
    [anti_racism_action_plan] anti_racism_action_plan
    [regional_etno] regional_etno
    [roma_policy] roma_policy
    [wellbeing_services_county_plan] wellbeing_services_county_plan
    [regional_programme] regional_programme
    [interaction_plan] interaction_plan
    [integration_programme] integration_programme
   *[other] other
}
