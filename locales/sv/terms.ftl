# Generated from the vocabulary in src/model/choices.rs: edit the terms there, then run
# `GOODREL_BLESS=1 cargo test`. For each choice type of the plan format, `term-…` names a
# value in a sentence and `term-…-written` names it as the reader types it in a plan.

# LawBasis
term-law-basis = { $key ->
    [k681-2023] integrationslagen 681/2023
   *[k1386-2010] tidigare integrationslagen 1386/2010
}
term-law-basis-written = { $key ->
    [k681-2023] integrationslagen 681/2023 (681/2023)
   *[k1386-2010] tidigare integrationslagen 1386/2010 (1386/2010)
}

# RegionalAuthorityKind
term-regional-authority-kind = { $key ->
    [ely_centre] NTM-centralen
   *[vitality_centre] livskraftscentralen
}
term-regional-authority-kind-written = { $key ->
    [ely_centre] NTM-centralen (ely_centre)
   *[vitality_centre] livskraftscentralen (vitality_centre)
}

# PlanningMode
term-planning-mode = { $key ->
    [alone] ensam
    [with_other_municipalities] tillsammans med andra kommuner
    [with_employment_authority] tillsammans med arbetskraftsmyndigheten
   *[part_of_other_plan] som en del av en annan plan
}
term-planning-mode-written = { $key ->
    [alone] ensam (alone)
    [with_other_municipalities] tillsammans med andra kommuner (with_other_municipalities)
    [with_employment_authority] tillsammans med arbetskraftsmyndigheten (with_employment_authority)
   *[part_of_other_plan] som en del av en annan plan (part_of_other_plan)
}

# ArrivalReason
term-arrival-reason = { $key ->
    [asylum] asyl
    [quota_refugee] kvotflykting
    [study] studier
    [work] arbete
    [family] familj
    [temporary_protection] tillfälligt skydd
   *[other] annat
}
term-arrival-reason-written = { $key ->
    [asylum] asyl (asylum)
    [quota_refugee] kvotflykting (quota_refugee)
    [study] studier (study)
    [work] arbete (work)
    [family] familj (family)
    [temporary_protection] tillfälligt skydd (temporary_protection)
   *[other] annat (other)
}

# ActorKind
term-actor-kind = { $key ->
    [municipal_sector] kommunal sektor
    [decision_makers] beslutsfattare
    [wellbeing_services_county] välfärdsområde
    [ely_centre] NTM-central
    [vitality_centre] livskraftscentral
    [employment_authority] arbetskraftsmyndighet
    [kela] FPA
    [avi] regionförvaltningsverket (RFV)
    [regional_council] landskapsförbund
    [ministry] ministerium
    [national_body] nationell aktör
    [ngo] organisation
    [association] förening
    [parish] församling
    [religious_community] religiöst samfund
    [language_community] språkgemenskap
    [business] företag
    [educational_institution] läroanstalt
    [police] polis
    [international_organisation] internationell organisation
   *[other] annan
}
term-actor-kind-written = { $key ->
    [municipal_sector] kommunal sektor (municipal_sector)
    [decision_makers] beslutsfattare (decision_makers)
    [wellbeing_services_county] välfärdsområde (wellbeing_services_county)
    [ely_centre] NTM-central (ely_centre)
    [vitality_centre] livskraftscentral (vitality_centre)
    [employment_authority] arbetskraftsmyndighet (employment_authority)
    [kela] FPA (kela)
    [avi] regionförvaltningsverket (RFV) (avi)
    [regional_council] landskapsförbund (regional_council)
    [ministry] ministerium (ministry)
    [national_body] nationell aktör (national_body)
    [ngo] organisation (ngo)
    [association] förening (association)
    [parish] församling (parish)
    [religious_community] religiöst samfund (religious_community)
    [language_community] språkgemenskap (language_community)
    [business] företag (business)
    [educational_institution] läroanstalt (educational_institution)
    [police] polis (police)
    [international_organisation] internationell organisation (international_organisation)
   *[other] annan (other)
}

# GovernanceLevel
term-governance-level = { $key ->
    [local] lokal
    [regional] regional
    [national] nationell
   *[international] internationell
}
term-governance-level-written = { $key ->
    [local] lokal (local)
    [regional] regional
    [national] nationell (national)
   *[international] internationell (international)
}

# Sector
term-sector = { $key ->
    [early_childhood_education] småbarnspedagogik
    [basic_education] grundläggande utbildning
    [upper_secondary_education] andra stadiet
    [liberal_adult_education] fritt bildningsarbete
    [culture] kultur
    [youth] ungdomstjänster
    [library] bibliotek
    [sports] idrott
    [business_services] näringslivstjänster
    [integration_services] integrationstjänster
    [employment] sysselsättningstjänster
    [outreach_youth_work] uppsökande ungdomsarbete
    [participation] delaktighet
    [urban_planning] stadsplanering
    [transport] trafik
    [housing] boende
    [environment] miljö
    [security] säkerhet
    [social_and_health] social- och hälsovård
    [human_resources] personal
    [procurement] upphandling
    [communications] kommunikation
   *[administration] förvaltning
}
term-sector-written = { $key ->
    [early_childhood_education] småbarnspedagogik (early_childhood_education)
    [basic_education] grundläggande utbildning (basic_education)
    [upper_secondary_education] andra stadiet (upper_secondary_education)
    [liberal_adult_education] fritt bildningsarbete (liberal_adult_education)
    [culture] kultur (culture)
    [youth] ungdomstjänster (youth)
    [library] bibliotek (library)
    [sports] idrott (sports)
    [business_services] näringslivstjänster (business_services)
    [integration_services] integrationstjänster (integration_services)
    [employment] sysselsättningstjänster (employment)
    [outreach_youth_work] uppsökande ungdomsarbete (outreach_youth_work)
    [participation] delaktighet (participation)
    [urban_planning] stadsplanering (urban_planning)
    [transport] trafik (transport)
    [housing] boende (housing)
    [environment] miljö (environment)
    [security] säkerhet (security)
    [social_and_health] social- och hälsovård (social_and_health)
    [human_resources] personal (human_resources)
    [procurement] upphandling (procurement)
    [communications] kommunikation (communications)
   *[administration] förvaltning (administration)
}

# PopulationGroup
term-population-group = { $key ->
    [all_residents] alla invånare
    [immigrants] invandrare
    [employment_services_clients] kunder inom arbetskraftsservicen
    [recent_residence_permit] personer som nyligen fått uppehållstillstånd
    [income_support_recipients] mottagare av utkomststöd
    [home_care_allowance_recipients] mottagare av hemvårdsstöd
    [refugees] flyktingar
    [unaccompanied_minors] ensamkommande minderåriga
    [trafficking_victims] offer för människohandel
    [others_in_need] andra som behöver stöd för integration
    [asylum_seekers] asylsökande
    [temporary_protection] personer som får tillfälligt skydd
    [linguistic_minorities] språkliga minoriteter
    [cultural_minorities] kulturella minoriteter
    [religious_minorities] religiösa minoriteter
    [swedish_speakers] svenskspråkiga
    [sexual_and_gender_minorities] sexuella minoriteter och könsminoriteter
    [children] barn
    [young_people] unga
    [older_people] äldre
    [women] kvinnor
    [persons_with_disabilities] personer med funktionsnedsättning
    [roma] romer
    [sami] samer
   *[majority_population] majoritetsbefolkning
}
term-population-group-written = { $key ->
    [all_residents] alla invånare (all_residents)
    [immigrants] invandrare (immigrants)
    [employment_services_clients] kunder inom arbetskraftsservicen (employment_services_clients)
    [recent_residence_permit] personer som nyligen fått uppehållstillstånd (recent_residence_permit)
    [income_support_recipients] mottagare av utkomststöd (income_support_recipients)
    [home_care_allowance_recipients] mottagare av hemvårdsstöd (home_care_allowance_recipients)
    [refugees] flyktingar (refugees)
    [unaccompanied_minors] ensamkommande minderåriga (unaccompanied_minors)
    [trafficking_victims] offer för människohandel (trafficking_victims)
    [others_in_need] andra som behöver stöd för integration (others_in_need)
    [asylum_seekers] asylsökande (asylum_seekers)
    [temporary_protection] personer som får tillfälligt skydd (temporary_protection)
    [linguistic_minorities] språkliga minoriteter (linguistic_minorities)
    [cultural_minorities] kulturella minoriteter (cultural_minorities)
    [religious_minorities] religiösa minoriteter (religious_minorities)
    [swedish_speakers] svenskspråkiga (swedish_speakers)
    [sexual_and_gender_minorities] sexuella minoriteter och könsminoriteter (sexual_and_gender_minorities)
    [children] barn (children)
    [young_people] unga (young_people)
    [older_people] äldre (older_people)
    [women] kvinnor (women)
    [persons_with_disabilities] personer med funktionsnedsättning (persons_with_disabilities)
    [roma] romer (roma)
    [sami] samer (sami)
   *[majority_population] majoritetsbefolkning (majority_population)
}

# ServiceKind
term-service-kind = { $key ->
    [programme] integrationsprogram
    [interpreting] tolkning
   *[reception] mottagning
}
term-service-kind-written = { $key ->
    [programme] integrationsprogram (programme)
    [interpreting] tolkning (interpreting)
   *[reception] mottagning (reception)
}

# Component
term-component = { $key ->
    [needs_assessment] bedömning av kompetens och behovet av integrationstjänster
    [integration_plan] integrationsplan
    [civic_orientation] flerspråkig samhällsorientering
    [integration_training] integrationsutbildning och slutbedömning av språkkunskaperna
    [skills_and_employment] annan utbildning och tjänster som främjar språkkunskaper, läs- och skrivkunnighet, arbetslivsfärdigheter och sysselsättning
   *[guidance_and_counselling] vägledning och rådgivning under integrationsprogrammet
}
term-component-written = { $key ->
    [needs_assessment] bedömning av kompetens och behovet av integrationstjänster (needs_assessment)
    [integration_plan] integrationsplan (integration_plan)
    [civic_orientation] flerspråkig samhällsorientering (civic_orientation)
    [integration_training] integrationsutbildning och slutbedömning av språkkunskaperna (integration_training)
    [skills_and_employment] annan utbildning och tjänster som främjar språkkunskaper, läs- och skrivkunnighet, arbetslivsfärdigheter och sysselsättning (skills_and_employment)
   *[guidance_and_counselling] vägledning och rådgivning under integrationsprogrammet (guidance_and_counselling)
}

# Area
term-area = { $key ->
    [employment_and_education] sysselsättning och utbildning
    [wellbeing_health_housing] välfärd, hälsa och boende
    [inclusion_and_equality] delaktighet, likabehandling och jämlikhet
    [own_language_and_culture] möjlighet att upprätthålla det egna språket och den egna kulturen
    [good_relations] goda relationer mellan befolkningsgrupper
   *[other] andra mål
}
term-area-written = { $key ->
    [employment_and_education] sysselsättning och utbildning (employment_and_education)
    [wellbeing_health_housing] välfärd, hälsa och boende (wellbeing_health_housing)
    [inclusion_and_equality] delaktighet, likabehandling och jämlikhet (inclusion_and_equality)
    [own_language_and_culture] möjlighet att upprätthålla det egna språket och den egna kulturen (own_language_and_culture)
    [good_relations] goda relationer mellan befolkningsgrupper (good_relations)
   *[other] andra mål (other)
}

# FundingUse
term-funding-use = { $key ->
    [consultation] samråd
    [co_design] samutveckling
    [meetings] möten
    [meeting_fees] mötesarvoden
    [interpretation] tolkning
   *[follow_up] uppföljning
}
term-funding-use-written = { $key ->
    [consultation] samråd (consultation)
    [co_design] samutveckling (co_design)
    [meetings] möten (meetings)
    [meeting_fees] mötesarvoden (meeting_fees)
    [interpretation] tolkning (interpretation)
   *[follow_up] uppföljning (follow_up)
}

# PyramidLevel
term-pyramid-level = { $key ->
    [base] bas
    [middle] mellannivå
   *[top] topp
}
term-pyramid-level-written = { $key ->
    [base] bas (base)
    [middle] mellannivå (middle)
   *[top] topp (top)
}

# MeasureKind
term-measure-kind = { $key ->
    [service_development] tjänsteutveckling
    [targeted_service] riktad tjänst
    [training] utbildning
    [information] information
    [guidance] vägledning
    [anti_discrimination] arbete mot diskriminering
    [participatory_structure] delaktighetsstruktur
    [encounter] möte
    [dialogue] dialog
    [mediation] medling
    [hate_crime_response] åtgärder mot hatbrott
    [research] forskning
    [survey] enkät
    [campaign] kampanj
    [event] evenemang
   *[other] annan
}
term-measure-kind-written = { $key ->
    [service_development] tjänsteutveckling (service_development)
    [targeted_service] riktad tjänst (targeted_service)
    [training] utbildning (training)
    [information] information
    [guidance] vägledning (guidance)
    [anti_discrimination] arbete mot diskriminering (anti_discrimination)
    [participatory_structure] delaktighetsstruktur (participatory_structure)
    [encounter] möte (encounter)
    [dialogue] dialog (dialogue)
    [mediation] medling (mediation)
    [hate_crime_response] åtgärder mot hatbrott (hate_crime_response)
    [research] forskning (research)
    [survey] enkät (survey)
    [campaign] kampanj (campaign)
    [event] evenemang (event)
   *[other] annan (other)
}

# ParticipationForm
term-participation-form = { $key ->
    [information] informationsdelaktighet
    [initiation] initiativdelaktighet
    [planning] planeringsdelaktighet
    [decision_making] beslutsdelaktighet
    [implementation] genomförandedelaktighet
   *[evaluation] utvärderingsdelaktighet
}
term-participation-form-written = { $key ->
    [information] informationsdelaktighet (information)
    [initiation] initiativdelaktighet (initiation)
    [planning] planeringsdelaktighet (planning)
    [decision_making] beslutsdelaktighet (decision_making)
    [implementation] genomförandedelaktighet (implementation)
   *[evaluation] utvärderingsdelaktighet (evaluation)
}

# Status
term-status = { $key ->
    [planned] planerad
    [ongoing] pågående
    [done] genomförd
   *[dropped] slopad
}
term-status-written = { $key ->
    [planned] planerad (planned)
    [ongoing] pågående (ongoing)
    [done] genomförd (done)
   *[dropped] slopad (dropped)
}

# ReportingUnit
term-reporting-unit = { $key ->
    [groups] grupper
   *[individuals] individer
}
term-reporting-unit-written = { $key ->
    [groups] grupper (groups)
   *[individuals] individer (individuals)
}

# Instrument
term-instrument = { $key ->
    [esis] ESIS
    [atmosphere_survey] attitydundersökning
    [data_collection_sessions] datainsamlingstillfällen
   *[other] annat
}
term-instrument-written = { $key ->
    [esis] ESIS
    [atmosphere_survey] attitydundersökning (atmosphere_survey)
    [data_collection_sessions] datainsamlingstillfällen (data_collection_sessions)
   *[other] annat (other)
}

# Frequency
term-frequency = { $key ->
    [weekly] varje vecka
    [monthly] varje månad
    [every_two_months] varannan månad
    [quarterly] varje kvartal
    [twice_a_year] två gånger om året
    [yearly] varje år
    [every_two_years] vartannat år
   *[as_needed] vid behov
}
term-frequency-written = { $key ->
    [weekly] varje vecka (weekly)
    [monthly] varje månad (monthly)
    [every_two_months] varannan månad (every_two_months)
    [quarterly] varje kvartal (quarterly)
    [twice_a_year] två gånger om året (twice_a_year)
    [yearly] varje år (yearly)
    [every_two_years] vartannat år (every_two_years)
   *[as_needed] vid behov (as_needed)
}

# StructureRight
term-structure-right = { $key ->
    [initiatives_to_council] initiativrätt till fullmäktige
    [information] rätt till information
    [strategy_participation] deltagande i strategiarbetet
    [propose_working_groups] förslag till arbetsgrupper
    [proposals_to_authorities] rätt att lägga fram förslag för stadens myndigheter
   *[statements] utlåtanden
}
term-structure-right-written = { $key ->
    [initiatives_to_council] initiativrätt till fullmäktige (initiatives_to_council)
    [information] rätt till information (information)
    [strategy_participation] deltagande i strategiarbetet (strategy_participation)
    [propose_working_groups] förslag till arbetsgrupper (propose_working_groups)
    [proposals_to_authorities] rätt att lägga fram förslag för stadens myndigheter (proposals_to_authorities)
   *[statements] utlåtanden (statements)
}

# DiversityDimension
term-diversity-dimension = { $key ->
    [backgrounds] bakgrunder
    [languages] språk
    [religions] religioner
    [nationalities] nationaliteter
    [gender] kön
    [occupations] yrken
    [ages] åldrar
    [disability] funktionsnedsättning
   *[other] annat
}
term-diversity-dimension-written = { $key ->
    [backgrounds] bakgrunder (backgrounds)
    [languages] språk (languages)
    [religions] religioner (religions)
    [nationalities] nationaliteter (nationalities)
    [gender] kön (gender)
    [occupations] yrken (occupations)
    [ages] åldrar (ages)
    [disability] funktionsnedsättning (disability)
   *[other] annat (other)
}

# DialogueTiming
term-dialogue-timing = { $key ->
    [preventive] förebyggande
    [defusing] lugnande
   *[reconciliation] försoning
}
term-dialogue-timing-written = { $key ->
    [preventive] förebyggande (preventive)
    [defusing] lugnande (defusing)
   *[reconciliation] försoning (reconciliation)
}

# PlanPhase
term-plan-phase = { $key ->
    [planning] planeringsskedet
    [implementation] genomförandeskedet
   *[evaluation] utvärderingsskedet
}
term-plan-phase-written = { $key ->
    [planning] planeringsskedet (planning)
    [implementation] genomförandeskedet (implementation)
   *[evaluation] utvärderingsskedet (evaluation)
}

# StructureKind
term-structure-kind = { $key ->
    [cooperation_group] lokal sektorsövergripande samarbetsgrupp
    [regional_cooperation_group] regional samarbetsgrupp
    [good_relations_working_group] arbetsgrupp för goda relationer
    [council] råd
    [working_group] arbetsgrupp
    [steering_group] styrgrupp
    [co_design] samutveckling
    [dialogue] dialog
    [decision_maker_session] möte med beslutsfattare
    [network] nätverk
   *[other] annan
}
term-structure-kind-written = { $key ->
    [cooperation_group] lokal sektorsövergripande samarbetsgrupp (cooperation_group)
    [regional_cooperation_group] regional samarbetsgrupp (regional_cooperation_group)
    [good_relations_working_group] arbetsgrupp för goda relationer (good_relations_working_group)
    [council] råd (council)
    [working_group] arbetsgrupp (working_group)
    [steering_group] styrgrupp (steering_group)
    [co_design] samutveckling (co_design)
    [dialogue] dialog (dialogue)
    [decision_maker_session] möte med beslutsfattare (decision_maker_session)
    [network] nätverk (network)
   *[other] annan (other)
}

# ConsultationMethod
term-consultation-method = { $key ->
    [focus_group] fokusgrupp
    [discussion_session] diskussionstillfälle
    [survey] enkät
    [hearing] hörande
    [workshop] workshop
    [resident_meeting] invånarmöte
   *[other] annat
}
term-consultation-method-written = { $key ->
    [focus_group] fokusgrupp (focus_group)
    [discussion_session] diskussionstillfälle (discussion_session)
    [survey] enkät (survey)
    [hearing] hörande (hearing)
    [workshop] workshop
    [resident_meeting] invånarmöte (resident_meeting)
   *[other] annat (other)
}

# LinkKind
term-link-kind = { $key ->
    [municipal_strategy] kommunstrategi
    [non_discrimination_plan] likabehandlingsplan
    [gender_equality_plan] jämställdhetsplan
    [security_plan] säkerhetsplan
    [wellbeing_report_and_plan] välfärdsberättelse och välfärdsplan
    [language_strategy] språkstrategi
    [valko] statens integrationsprogram (VALKO)
    [anti_racism_action_plan] handlingsprogram mot rasism
    [regional_etno] regionala delegationen för etniska relationer (ETNO)
    [roma_policy] nationella romanipolitiska programmet
    [wellbeing_services_county_plan] välfärdsområdets plan
    [regional_programme] landskapsprogram
    [interaction_plan] interaktionsplan
    [integration_programme] integrationsprogram
   *[other] annan
}
term-link-kind-written = { $key ->
    [municipal_strategy] kommunstrategi (municipal_strategy)
    [non_discrimination_plan] likabehandlingsplan (non_discrimination_plan)
    [gender_equality_plan] jämställdhetsplan (gender_equality_plan)
    [security_plan] säkerhetsplan (security_plan)
    [wellbeing_report_and_plan] välfärdsberättelse och välfärdsplan (wellbeing_report_and_plan)
    [language_strategy] språkstrategi (language_strategy)
    [valko] statens integrationsprogram (VALKO) (valko)
    [anti_racism_action_plan] handlingsprogram mot rasism (anti_racism_action_plan)
    [regional_etno] regionala delegationen för etniska relationer (ETNO) (regional_etno)
    [roma_policy] nationella romanipolitiska programmet (roma_policy)
    [wellbeing_services_county_plan] välfärdsområdets plan (wellbeing_services_county_plan)
    [regional_programme] landskapsprogram (regional_programme)
    [interaction_plan] interaktionsplan (interaction_plan)
    [integration_programme] integrationsprogram (integration_programme)
   *[other] annan (other)
}
