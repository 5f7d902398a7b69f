# The values of the plan format's choices (target groups, sectors, areas, kinds ...), as
# messages show them: one entry per type, selected by the value's key. In Finnish and
# Swedish, a value that has a Finnish or Swedish spelling in the plan format (listed in the
# comment above each entry) is shown in that spelling, so a plan written in Finnish reads
# back its own words.

# RegionalAuthorityKind
# aliases: ely_centre: ely, ely-keskus, ely_keskus, ntm-centralen; vitality_centre: elinvoimakeskus, livskraftscentral
term-regional-authority-kind = { $key ->
    [ely_centre] ELY Centre
   *[vitality_centre] vitality centre
}

# PlanningMode
term-planning-mode = { $key ->
    [alone] on its own
    [with_other_municipalities] with other municipalities
    [with_employment_authority] with the employment authority
   *[part_of_other_plan] as part of another plan
}

# ArrivalReason
# aliases: asylum: turvapaikka; quota_refugee: kiintiöpakolaisuus; study: opiskelu; work: työ; family: perhe
term-arrival-reason = { $key ->
    [asylum] asylum
    [quota_refugee] quota refugee
    [study] study
    [work] work
    [family] family
    [temporary_protection] temporary protection
   *[other] other
}

# ActorKind
# aliases: municipal_sector: kunta, toimiala; decision_makers: päättäjät; wellbeing_services_county: hyvinvointialue, välfärdsområde; ely_centre: ely-keskus; vitality_centre: elinvoimakeskus; employment_authority: työllisyysalue; ngo: järjestö, organisation, organization; association: förening, yhdistys; parish: församling, seurakunta; business: företag, yritys; educational_institution: läroanstalt, oppilaitos; police: poliisi, polis
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

# GovernanceLevel
# aliases: local: paikallinen; regional: alueellinen; national: kansallinen; international: kansainvälinen
term-governance-level = { $key ->
    [local] local
    [regional] regional
    [national] national
   *[international] international
}

# Sector
# aliases: early_childhood_education: småbarnspedagogik, varhaiskasvatus; basic_education: grundläggande_utbildning, perusopetus; upper_secondary_education: toinen_aste; liberal_adult_education: vapaa_sivistystyö; culture: kulttuuri, kultur; youth: nuoriso, nuorisopalvelut, ungdom; library: bibliotek, kirjasto; sports: idrott, liikunta; business_services: elinkeino, näringsliv; integration_services: integration, kotoutuminen; employment: sysselsättning, työllisyys; outreach_youth_work: etsivä_nuorisotyö; participation: delaktighet, osallisuus; urban_planning: kaavoitus, kaupunkisuunnittelu, stadsplanering; transport: liikenne, trafik; housing: asuminen, boende; environment: miljö, ympäristö; security: säkerhet, turvallisuus; social_and_health: sosiaali_ja_terveys, sosiaali_ja_terveyspalvelut, sote; human_resources: henkilöstö, hr; procurement: hankinnat, upphandling; communications: kommunikation, viestintä; administration: förvaltning, hallinto
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

# PopulationGroup
# aliases: all_residents: alla_invånare, everyone, kaikki_asukkaat; immigrants: invandrare, maahanmuuttajat; refugees: flyktingar, pakolaiset; trafficking_victims: ihmiskaupan_uhrit; temporary_protection: tilapäistä_suojelua_saavat; linguistic_minorities: kielivähemmistöt, språkliga_minoriteter; cultural_minorities: kulttuurivähemmistöt; religious_minorities: uskonnolliset_vähemmistöt; swedish_speakers: ruotsinkieliset, svenskspråkiga; sexual_and_gender_minorities: lgbtiq, seksuaali_ja_sukupuolivähemmistöt; children: barn, lapset; young_people: nuoret, unga; older_people: ikääntyneet, äldre; women: kvinnor, naiset; persons_with_disabilities: personer_med_funktionsnedsättning, vammaiset; roma: romanit, romer; sami: saamelaiset, samer; majority_population: kantaväestö, majoritetsbefolkning
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

# ServiceKind
# aliases: programme: integrationsprogram, kotoutumisohjelma; interpreting: tolkning, tulkkaus; reception: mottagning, vastaanotto
term-service-kind = { $key ->
    [programme] integration programme
    [interpreting] interpreting
   *[reception] reception
}

# Component
# aliases: needs_assessment: osaamisen_ja_palvelutarpeen_arviointi; integration_plan: kotoutumissuunnitelma; civic_orientation: monikielinen_yhteiskuntaorientaatio; integration_training: kotoutumiskoulutus; guidance_and_counselling: ohjaus_ja_neuvonta
term-component = { $key ->
    [needs_assessment] assessment of integration service needs and skills
    [integration_plan] integration plan based on the assessment
    [civic_orientation] multilingual civic orientation
    [integration_training] integration training with a final language examination
    [skills_and_employment] other training and services for language, literacy, working-life skills and employment
   *[guidance_and_counselling] guidance and counselling during the programme
}

# Area
# aliases: employment_and_education: työllisyys_ja_koulutus; wellbeing_health_housing: hyvinvointi_terveys_ja_asuminen; inclusion_and_equality: osallisuus_yhdenvertaisuus_ja_tasa_arvo; own_language_and_culture: oma_kieli_ja_kulttuuri; good_relations: goda_relationer, hyvät_väestösuhteet; other: muu
term-area = { $key ->
    [employment_and_education] employment and education
    [wellbeing_health_housing] wellbeing, health and housing
    [inclusion_and_equality] inclusion, equality and equity
    [own_language_and_culture] maintaining one's own language and culture
    [good_relations] good relations between population groups
   *[other] other objectives
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

# PyramidLevel
# aliases: base: general_services, mainstreaming, perustaso; middle: equality_and_inclusion, keskitaso; top: huippu, interaction
term-pyramid-level = { $key ->
    [base] base: diversity in general services
    [middle] middle: group-specific equality and inclusion
   *[top] top: interaction, dialogue and conflict
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

# ParticipationForm
# aliases: information: tiedottaminen, tieto; initiation: aloite, aloitteellisuus; planning: suunnittelu; decision_making: päätöksenteko; implementation: toteutus; evaluation: arviointi
term-participation-form = { $key ->
    [information] information
    [initiation] initiation
    [planning] planning
    [decision_making] decision-making
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

# ReportingUnit
# aliases: groups: grupper, ryhmät; individuals: individer, yksilöt
term-reporting-unit = { $key ->
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

# StructureRight
# aliases: initiatives_to_council: aloiteoikeus; information: tiedonsaanti; statements: lausunnot
term-structure-right = { $key ->
    [initiatives_to_council] initiatives to the council
    [information] information
    [strategy_participation] participation in strategy work
    [propose_working_groups] proposing working groups
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

# DialogueTiming
# aliases: preventive: ennaltaehkäisevä; reconciliation: sovinto
term-dialogue-timing = { $key ->
    [preventive] preventive
    [defusing] defusing
   *[reconciliation] reconciliation
}

# StructureKind
# aliases: cooperation_group: yhteistyöryhmä; council: neuvosto, råd
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

# LinkKind
# aliases: municipal_strategy: kaupunkistrategia, kuntastrategia; non_discrimination_plan: yhdenvertaisuussuunnitelma; gender_equality_plan: jämställdhetsplan, tasa-arvosuunnitelma; security_plan: turvallisuussuunnitelma; wellbeing_report_and_plan: hyvinvointikertomus; language_strategy: kielistrategia; integration_programme: integrationsprogram, kotoutumisohjelma
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
