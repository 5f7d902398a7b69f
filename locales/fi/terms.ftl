# Generated from the vocabulary in src/model/choices.rs: edit the terms there, then run
# `GOODREL_BLESS=1 cargo test`. For each choice type of the plan format, `term-…` names a
# value in a sentence and `term-…-written` names it as the reader types it in a plan.

# LawBasis
term-law-basis = { $key ->
    [k681-2023] kotoutumislaki 681/2023
   *[k1386-2010] vanha kotoutumislaki 1386/2010
}
term-law-basis-written = { $key ->
    [k681-2023] kotoutumislaki 681/2023 (681/2023)
   *[k1386-2010] vanha kotoutumislaki 1386/2010 (1386/2010)
}

# RegionalAuthorityKind
term-regional-authority-kind = { $key ->
    [ely_centre] ELY-keskus
   *[vitality_centre] elinvoimakeskus
}
term-regional-authority-kind-written = { $key ->
    [ely_centre] ELY-keskus (ely_centre)
   *[vitality_centre] elinvoimakeskus (vitality_centre)
}

# PlanningMode
term-planning-mode = { $key ->
    [alone] yksin
    [with_other_municipalities] yhdessä muiden kuntien kanssa
    [with_employment_authority] yhdessä työvoimaviranomaisen kanssa
   *[part_of_other_plan] osana muuta suunnitelmaa
}
term-planning-mode-written = { $key ->
    [alone] yksin (alone)
    [with_other_municipalities] yhdessä muiden kuntien kanssa (with_other_municipalities)
    [with_employment_authority] yhdessä työvoimaviranomaisen kanssa (with_employment_authority)
   *[part_of_other_plan] osana muuta suunnitelmaa (part_of_other_plan)
}

# ArrivalReason
term-arrival-reason = { $key ->
    [asylum] turvapaikka
    [quota_refugee] kiintiöpakolaisuus
    [study] opiskelu
    [work] työ
    [family] perhe
    [temporary_protection] tilapäinen suojelu
   *[other] muu
}
term-arrival-reason-written = { $key ->
    [asylum] turvapaikka (asylum)
    [quota_refugee] kiintiöpakolaisuus (quota_refugee)
    [study] opiskelu (study)
    [work] työ (work)
    [family] perhe (family)
    [temporary_protection] tilapäinen suojelu (temporary_protection)
   *[other] muu (other)
}

# ActorKind
term-actor-kind = { $key ->
    [municipal_sector] toimiala
    [decision_makers] päättäjät
    [wellbeing_services_county] hyvinvointialue
    [ely_centre] ELY-keskus
    [vitality_centre] elinvoimakeskus
    [employment_authority] työvoimaviranomainen
    [kela] Kela
    [avi] aluehallintovirasto (AVI)
    [regional_council] maakuntaliitto
    [ministry] ministeriö
    [national_body] valtakunnallinen toimija
    [ngo] järjestö
    [association] yhdistys
    [parish] seurakunta
    [religious_community] uskonnollinen yhdyskunta
    [language_community] kieliyhteisö
    [business] yritys
    [educational_institution] oppilaitos
    [police] poliisi
    [international_organisation] kansainvälinen järjestö
   *[other] muu
}
term-actor-kind-written = { $key ->
    [municipal_sector] toimiala (municipal_sector)
    [decision_makers] päättäjät (decision_makers)
    [wellbeing_services_county] hyvinvointialue (wellbeing_services_county)
    [ely_centre] ELY-keskus (ely_centre)
    [vitality_centre] elinvoimakeskus (vitality_centre)
    [employment_authority] työvoimaviranomainen (employment_authority)
    [kela] Kela
    [avi] aluehallintovirasto (AVI) (avi)
    [regional_council] maakuntaliitto (regional_council)
    [ministry] ministeriö (ministry)
    [national_body] valtakunnallinen toimija (national_body)
    [ngo] järjestö (ngo)
    [association] yhdistys (association)
    [parish] seurakunta (parish)
    [religious_community] uskonnollinen yhdyskunta (religious_community)
    [language_community] kieliyhteisö (language_community)
    [business] yritys (business)
    [educational_institution] oppilaitos (educational_institution)
    [police] poliisi (police)
    [international_organisation] kansainvälinen järjestö (international_organisation)
   *[other] muu (other)
}

# GovernanceLevel
term-governance-level = { $key ->
    [local] paikallinen
    [regional] alueellinen
    [national] kansallinen
   *[international] kansainvälinen
}
term-governance-level-written = { $key ->
    [local] paikallinen (local)
    [regional] alueellinen (regional)
    [national] kansallinen (national)
   *[international] kansainvälinen (international)
}

# Sector
term-sector = { $key ->
    [early_childhood_education] varhaiskasvatus
    [basic_education] perusopetus
    [upper_secondary_education] toinen aste
    [liberal_adult_education] vapaa sivistystyö
    [culture] kulttuuri
    [youth] nuorisopalvelut
    [library] kirjasto
    [sports] liikunta
    [business_services] elinkeinopalvelut
    [integration_services] kotoutumispalvelut
    [employment] työllisyyspalvelut
    [outreach_youth_work] etsivä nuorisotyö
    [participation] osallisuus
    [urban_planning] kaupunkisuunnittelu
    [transport] liikenne
    [housing] asuminen
    [environment] ympäristö
    [security] turvallisuus
    [social_and_health] sosiaali- ja terveyspalvelut
    [human_resources] henkilöstö
    [procurement] hankinnat
    [communications] viestintä
   *[administration] hallinto
}
term-sector-written = { $key ->
    [early_childhood_education] varhaiskasvatus (early_childhood_education)
    [basic_education] perusopetus (basic_education)
    [upper_secondary_education] toinen aste (upper_secondary_education)
    [liberal_adult_education] vapaa sivistystyö (liberal_adult_education)
    [culture] kulttuuri (culture)
    [youth] nuorisopalvelut (youth)
    [library] kirjasto (library)
    [sports] liikunta (sports)
    [business_services] elinkeinopalvelut (business_services)
    [integration_services] kotoutumispalvelut (integration_services)
    [employment] työllisyyspalvelut (employment)
    [outreach_youth_work] etsivä nuorisotyö (outreach_youth_work)
    [participation] osallisuus (participation)
    [urban_planning] kaupunkisuunnittelu (urban_planning)
    [transport] liikenne (transport)
    [housing] asuminen (housing)
    [environment] ympäristö (environment)
    [security] turvallisuus (security)
    [social_and_health] sosiaali- ja terveyspalvelut (social_and_health)
    [human_resources] henkilöstö (human_resources)
    [procurement] hankinnat (procurement)
    [communications] viestintä (communications)
   *[administration] hallinto (administration)
}

# PopulationGroup
term-population-group = { $key ->
    [all_residents] kaikki asukkaat
    [immigrants] maahanmuuttajat
    [employment_services_clients] työllisyyspalvelujen asiakkaat
    [recent_residence_permit] äskettäin oleskeluluvan saaneet
    [income_support_recipients] toimeentulotuen saajat
    [home_care_allowance_recipients] kotihoidon tuen saajat
    [refugees] pakolaiset
    [unaccompanied_minors] ilman huoltajaa tulleet alaikäiset
    [trafficking_victims] ihmiskaupan uhrit
    [others_in_need] muut kotoutumisen tukea tarvitsevat
    [asylum_seekers] turvapaikanhakijat
    [temporary_protection] tilapäistä suojelua saavat
    [linguistic_minorities] kielivähemmistöt
    [cultural_minorities] kulttuurivähemmistöt
    [religious_minorities] uskonnolliset vähemmistöt
    [swedish_speakers] ruotsinkieliset
    [sexual_and_gender_minorities] seksuaali- ja sukupuolivähemmistöt
    [children] lapset
    [young_people] nuoret
    [older_people] ikääntyneet
    [women] naiset
    [persons_with_disabilities] vammaiset
    [roma] romanit
    [sami] saamelaiset
   *[majority_population] kantaväestö
}
term-population-group-written = { $key ->
    [all_residents] kaikki asukkaat (all_residents)
    [immigrants] maahanmuuttajat (immigrants)
    [employment_services_clients] työllisyyspalvelujen asiakkaat (employment_services_clients)
    [recent_residence_permit] äskettäin oleskeluluvan saaneet (recent_residence_permit)
    [income_support_recipients] toimeentulotuen saajat (income_support_recipients)
    [home_care_allowance_recipients] kotihoidon tuen saajat (home_care_allowance_recipients)
    [refugees] pakolaiset (refugees)
    [unaccompanied_minors] ilman huoltajaa tulleet alaikäiset (unaccompanied_minors)
    [trafficking_victims] ihmiskaupan uhrit (trafficking_victims)
    [others_in_need] muut kotoutumisen tukea tarvitsevat (others_in_need)
    [asylum_seekers] turvapaikanhakijat (asylum_seekers)
    [temporary_protection] tilapäistä suojelua saavat (temporary_protection)
    [linguistic_minorities] kielivähemmistöt (linguistic_minorities)
    [cultural_minorities] kulttuurivähemmistöt (cultural_minorities)
    [religious_minorities] uskonnolliset vähemmistöt (religious_minorities)
    [swedish_speakers] ruotsinkieliset (swedish_speakers)
    [sexual_and_gender_minorities] seksuaali- ja sukupuolivähemmistöt (sexual_and_gender_minorities)
    [children] lapset (children)
    [young_people] nuoret (young_people)
    [older_people] ikääntyneet (older_people)
    [women] naiset (women)
    [persons_with_disabilities] vammaiset (persons_with_disabilities)
    [roma] romanit (roma)
    [sami] saamelaiset (sami)
   *[majority_population] kantaväestö (majority_population)
}

# ServiceKind
term-service-kind = { $key ->
    [programme] kotoutumisohjelma
    [interpreting] tulkkaus
   *[reception] vastaanotto
}
term-service-kind-written = { $key ->
    [programme] kotoutumisohjelma (programme)
    [interpreting] tulkkaus (interpreting)
   *[reception] vastaanotto (reception)
}

# Component
term-component = { $key ->
    [needs_assessment] osaamisen ja kotoutumisen palvelutarpeen arviointi
    [integration_plan] kotoutumissuunnitelma
    [civic_orientation] monikielinen yhteiskuntaorientaatio
    [integration_training] kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus
    [skills_and_employment] muu koulutus ja palvelut, jotka edistävät kielitaitoa, luku- ja kirjoitustaitoa, työelämävalmiuksia ja työllistymistä
   *[guidance_and_counselling] kotoutumisohjelman aikainen ohjaus ja neuvonta
}
term-component-written = { $key ->
    [needs_assessment] osaamisen ja kotoutumisen palvelutarpeen arviointi (needs_assessment)
    [integration_plan] kotoutumissuunnitelma (integration_plan)
    [civic_orientation] monikielinen yhteiskuntaorientaatio (civic_orientation)
    [integration_training] kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus (integration_training)
    [skills_and_employment] muu koulutus ja palvelut, jotka edistävät kielitaitoa, luku- ja kirjoitustaitoa, työelämävalmiuksia ja työllistymistä (skills_and_employment)
   *[guidance_and_counselling] kotoutumisohjelman aikainen ohjaus ja neuvonta (guidance_and_counselling)
}

# Area
term-area = { $key ->
    [employment_and_education] työllisyys ja koulutus
    [wellbeing_health_housing] hyvinvointi, terveys ja asuminen
    [inclusion_and_equality] osallisuus, yhdenvertaisuus ja tasa-arvo
    [own_language_and_culture] oman kielen ja kulttuurin ylläpitäminen
    [good_relations] hyvät väestösuhteet
   *[other] muu
}
term-area-written = { $key ->
    [employment_and_education] työllisyys ja koulutus (employment_and_education)
    [wellbeing_health_housing] hyvinvointi, terveys ja asuminen (wellbeing_health_housing)
    [inclusion_and_equality] osallisuus, yhdenvertaisuus ja tasa-arvo (inclusion_and_equality)
    [own_language_and_culture] oman kielen ja kulttuurin ylläpitäminen (own_language_and_culture)
    [good_relations] hyvät väestösuhteet (good_relations)
   *[other] muu (other)
}

# FundingUse
term-funding-use = { $key ->
    [consultation] kuuleminen
    [co_design] yhteiskehittäminen
    [meetings] kokoukset
    [meeting_fees] kokouspalkkiot
    [interpretation] tulkkaus
   *[follow_up] jatkotoimet
}
term-funding-use-written = { $key ->
    [consultation] kuuleminen (consultation)
    [co_design] yhteiskehittäminen (co_design)
    [meetings] kokoukset (meetings)
    [meeting_fees] kokouspalkkiot (meeting_fees)
    [interpretation] tulkkaus (interpretation)
   *[follow_up] jatkotoimet (follow_up)
}

# PyramidLevel
term-pyramid-level = { $key ->
    [base] perusta
    [middle] keskitaso
   *[top] huippu
}
term-pyramid-level-written = { $key ->
    [base] perusta (base)
    [middle] keskitaso (middle)
   *[top] huippu (top)
}

# MeasureKind
term-measure-kind = { $key ->
    [service_development] palvelujen kehittäminen
    [targeted_service] kohdennettu palvelu
    [training] koulutus
    [information] tiedottaminen
    [guidance] ohjaus
    [anti_discrimination] syrjinnän vastainen työ
    [participatory_structure] osallistumisen rakenne
    [encounter] kohtaaminen
    [dialogue] dialogi
    [mediation] sovittelu
    [hate_crime_response] viharikoksiin puuttuminen
    [research] tutkimus
    [survey] kysely
    [campaign] kampanja
    [event] tapahtuma
   *[other] muu
}
term-measure-kind-written = { $key ->
    [service_development] palvelujen kehittäminen (service_development)
    [targeted_service] kohdennettu palvelu (targeted_service)
    [training] koulutus (training)
    [information] tiedottaminen (information)
    [guidance] ohjaus (guidance)
    [anti_discrimination] syrjinnän vastainen työ (anti_discrimination)
    [participatory_structure] osallistumisen rakenne (participatory_structure)
    [encounter] kohtaaminen (encounter)
    [dialogue] dialogi (dialogue)
    [mediation] sovittelu (mediation)
    [hate_crime_response] viharikoksiin puuttuminen (hate_crime_response)
    [research] tutkimus (research)
    [survey] kysely (survey)
    [campaign] kampanja (campaign)
    [event] tapahtuma (event)
   *[other] muu (other)
}

# ParticipationForm
term-participation-form = { $key ->
    [information] tieto-osallisuus
    [initiation] aloiteosallisuus
    [planning] suunnitteluosallisuus
    [decision_making] päätösosallisuus
    [implementation] toteutusosallisuus
   *[evaluation] arviointiosallisuus
}
term-participation-form-written = { $key ->
    [information] tieto-osallisuus (information)
    [initiation] aloiteosallisuus (initiation)
    [planning] suunnitteluosallisuus (planning)
    [decision_making] päätösosallisuus (decision_making)
    [implementation] toteutusosallisuus (implementation)
   *[evaluation] arviointiosallisuus (evaluation)
}

# Status
term-status = { $key ->
    [planned] suunniteltu
    [ongoing] käynnissä
    [done] toteutettu
   *[dropped] luovuttu
}
term-status-written = { $key ->
    [planned] suunniteltu (planned)
    [ongoing] käynnissä (ongoing)
    [done] toteutettu (done)
   *[dropped] luovuttu (dropped)
}

# ReportingUnit
term-reporting-unit = { $key ->
    [groups] ryhmät
   *[individuals] yksilöt
}
term-reporting-unit-written = { $key ->
    [groups] ryhmät (groups)
   *[individuals] yksilöt (individuals)
}

# Instrument
term-instrument = { $key ->
    [esis] ESIS
    [atmosphere_survey] ilmapiirikysely
    [data_collection_sessions] tiedonkeruutilaisuudet
   *[other] muu
}
term-instrument-written = { $key ->
    [esis] ESIS
    [atmosphere_survey] ilmapiirikysely (atmosphere_survey)
    [data_collection_sessions] tiedonkeruutilaisuudet (data_collection_sessions)
   *[other] muu (other)
}

# Frequency
term-frequency = { $key ->
    [weekly] viikoittain
    [monthly] kuukausittain
    [every_two_months] joka toinen kuukausi
    [quarterly] neljännesvuosittain
    [twice_a_year] kahdesti vuodessa
    [yearly] vuosittain
    [every_two_years] joka toinen vuosi
   *[as_needed] tarvittaessa
}
term-frequency-written = { $key ->
    [weekly] viikoittain (weekly)
    [monthly] kuukausittain (monthly)
    [every_two_months] joka toinen kuukausi (every_two_months)
    [quarterly] neljännesvuosittain (quarterly)
    [twice_a_year] kahdesti vuodessa (twice_a_year)
    [yearly] vuosittain (yearly)
    [every_two_years] joka toinen vuosi (every_two_years)
   *[as_needed] tarvittaessa (as_needed)
}

# StructureRight
term-structure-right = { $key ->
    [initiatives_to_council] aloiteoikeus valtuustolle
    [information] tiedonsaantioikeus
    [strategy_participation] osallistuminen strategiatyöhön
    [propose_working_groups] työryhmien ehdottaminen
    [proposals_to_authorities] oikeus tehdä esityksiä kaupungin viranomaisille
   *[statements] lausunnot
}
term-structure-right-written = { $key ->
    [initiatives_to_council] aloiteoikeus valtuustolle (initiatives_to_council)
    [information] tiedonsaantioikeus (information)
    [strategy_participation] osallistuminen strategiatyöhön (strategy_participation)
    [propose_working_groups] työryhmien ehdottaminen (propose_working_groups)
    [proposals_to_authorities] oikeus tehdä esityksiä kaupungin viranomaisille (proposals_to_authorities)
   *[statements] lausunnot (statements)
}

# DiversityDimension
term-diversity-dimension = { $key ->
    [backgrounds] taustat
    [languages] kielet
    [religions] uskonnot
    [nationalities] kansalaisuudet
    [gender] sukupuoli
    [occupations] ammatit
    [ages] iät
    [disability] vammaisuus
   *[other] muu
}
term-diversity-dimension-written = { $key ->
    [backgrounds] taustat (backgrounds)
    [languages] kielet (languages)
    [religions] uskonnot (religions)
    [nationalities] kansalaisuudet (nationalities)
    [gender] sukupuoli (gender)
    [occupations] ammatit (occupations)
    [ages] iät (ages)
    [disability] vammaisuus (disability)
   *[other] muu (other)
}

# DialogueTiming
term-dialogue-timing = { $key ->
    [preventive] ennaltaehkäisevä
    [defusing] tilannetta rauhoittava
   *[reconciliation] sovinto
}
term-dialogue-timing-written = { $key ->
    [preventive] ennaltaehkäisevä (preventive)
    [defusing] tilannetta rauhoittava (defusing)
   *[reconciliation] sovinto (reconciliation)
}

# PlanPhase
term-plan-phase = { $key ->
    [planning] suunnitteluvaihe
    [implementation] toteutusvaihe
   *[evaluation] arviointivaihe
}
term-plan-phase-written = { $key ->
    [planning] suunnitteluvaihe (planning)
    [implementation] toteutusvaihe (implementation)
   *[evaluation] arviointivaihe (evaluation)
}

# StructureKind
term-structure-kind = { $key ->
    [cooperation_group] paikallinen monialainen yhteistyöryhmä
    [regional_cooperation_group] alueellinen yhteistyöryhmä
    [good_relations_working_group] väestösuhdetyöryhmä
    [council] neuvosto
    [working_group] työryhmä
    [steering_group] ohjausryhmä
    [co_design] yhteiskehittäminen
    [dialogue] dialogi
    [decision_maker_session] päättäjätilaisuus
    [network] verkosto
   *[other] muu
}
term-structure-kind-written = { $key ->
    [cooperation_group] paikallinen monialainen yhteistyöryhmä (cooperation_group)
    [regional_cooperation_group] alueellinen yhteistyöryhmä (regional_cooperation_group)
    [good_relations_working_group] väestösuhdetyöryhmä (good_relations_working_group)
    [council] neuvosto (council)
    [working_group] työryhmä (working_group)
    [steering_group] ohjausryhmä (steering_group)
    [co_design] yhteiskehittäminen (co_design)
    [dialogue] dialogi (dialogue)
    [decision_maker_session] päättäjätilaisuus (decision_maker_session)
    [network] verkosto (network)
   *[other] muu (other)
}

# ConsultationMethod
term-consultation-method = { $key ->
    [focus_group] kohderyhmähaastattelu
    [discussion_session] keskustelutilaisuus
    [survey] kysely
    [hearing] kuulemistilaisuus
    [workshop] työpaja
    [resident_meeting] asukastilaisuus
   *[other] muu
}
term-consultation-method-written = { $key ->
    [focus_group] kohderyhmähaastattelu (focus_group)
    [discussion_session] keskustelutilaisuus (discussion_session)
    [survey] kysely (survey)
    [hearing] kuulemistilaisuus (hearing)
    [workshop] työpaja (workshop)
    [resident_meeting] asukastilaisuus (resident_meeting)
   *[other] muu (other)
}

# LinkKind
term-link-kind = { $key ->
    [municipal_strategy] kuntastrategia
    [non_discrimination_plan] yhdenvertaisuussuunnitelma
    [gender_equality_plan] tasa-arvosuunnitelma
    [security_plan] turvallisuussuunnitelma
    [wellbeing_report_and_plan] hyvinvointikertomus ja -suunnitelma
    [language_strategy] kielistrategia
    [valko] valtion kotouttamisohjelma (VALKO)
    [anti_racism_action_plan] rasismin vastainen toimintaohjelma
    [regional_etno] alueellinen etnisten suhteiden neuvottelukunta (ETNO)
    [roma_policy] kansallinen romanipoliittinen ohjelma
    [wellbeing_services_county_plan] hyvinvointialueen suunnitelma
    [regional_programme] maakuntaohjelma
    [interaction_plan] vuorovaikutussuunnitelma
    [integration_programme] kotoutumisohjelma
   *[other] muu
}
term-link-kind-written = { $key ->
    [municipal_strategy] kuntastrategia (municipal_strategy)
    [non_discrimination_plan] yhdenvertaisuussuunnitelma (non_discrimination_plan)
    [gender_equality_plan] tasa-arvosuunnitelma (gender_equality_plan)
    [security_plan] turvallisuussuunnitelma (security_plan)
    [wellbeing_report_and_plan] hyvinvointikertomus ja -suunnitelma (wellbeing_report_and_plan)
    [language_strategy] kielistrategia (language_strategy)
    [valko] valtion kotouttamisohjelma (VALKO) (valko)
    [anti_racism_action_plan] rasismin vastainen toimintaohjelma (anti_racism_action_plan)
    [regional_etno] alueellinen etnisten suhteiden neuvottelukunta (ETNO) (regional_etno)
    [roma_policy] kansallinen romanipoliittinen ohjelma (roma_policy)
    [wellbeing_services_county_plan] hyvinvointialueen suunnitelma (wellbeing_services_county_plan)
    [regional_programme] maakuntaohjelma (regional_programme)
    [interaction_plan] vuorovaikutussuunnitelma (interaction_plan)
    [integration_programme] kotoutumisohjelma (integration_programme)
   *[other] muu (other)
}
