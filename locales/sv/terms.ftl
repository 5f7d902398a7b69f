# The values of the plan format's choices (target groups, sectors, areas, kinds ...), as
# messages show them: one entry per type, selected by the value's key. In Finnish and
# Swedish, a value that has a Finnish or Swedish spelling in the plan format (listed in the
# comment above each entry) is shown in that spelling, so a plan written in Finnish reads
# back its own words.

# RegionalAuthorityKind
# aliases: ely_centre: ely, ely-keskus, ely_keskus, ntm-centralen; vitality_centre: elinvoimakeskus, livskraftscentral
term-regional-authority-kind = { $key ->
    [ely_centre] NTM-centralen
   *[vitality_centre] livskraftscentral
}

# PlanningMode
term-planning-mode = { $key ->
    [alone] ensam
    [with_other_municipalities] tillsammans med andra kommuner
    [with_employment_authority] tillsammans med arbetskraftsmyndigheten
   *[part_of_other_plan] som en del av en annan plan
}

# ArrivalReason
# aliases: asylum: turvapaikka; quota_refugee: kiintiöpakolaisuus; study: opiskelu; work: työ; family: perhe
term-arrival-reason = { $key ->
    [asylum] asyl
    [quota_refugee] kvotflykting
    [study] studier
    [work] arbete
    [family] familj
    [temporary_protection] tillfälligt skydd
   *[other] annat
}

# ActorKind
# aliases: municipal_sector: kunta, toimiala; decision_makers: päättäjät; wellbeing_services_county: hyvinvointialue, välfärdsområde; ely_centre: ely-keskus; vitality_centre: elinvoimakeskus; employment_authority: työllisyysalue; ngo: järjestö, organisation, organization; association: förening, yhdistys; parish: församling, seurakunta; business: företag, yritys; educational_institution: läroanstalt, oppilaitos; police: poliisi, polis
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

# GovernanceLevel
# aliases: local: paikallinen; regional: alueellinen; national: kansallinen; international: kansainvälinen
term-governance-level = { $key ->
    [local] lokal
    [regional] regional
    [national] nationell
   *[international] internationell
}

# Sector
# aliases: early_childhood_education: småbarnspedagogik, varhaiskasvatus; basic_education: grundläggande_utbildning, perusopetus; upper_secondary_education: toinen_aste; liberal_adult_education: vapaa_sivistystyö; culture: kulttuuri, kultur; youth: nuoriso, nuorisopalvelut, ungdom; library: bibliotek, kirjasto; sports: idrott, liikunta; business_services: elinkeino, näringsliv; integration_services: integration, kotoutuminen; employment: sysselsättning, työllisyys; outreach_youth_work: etsivä_nuorisotyö; participation: delaktighet, osallisuus; urban_planning: kaavoitus, kaupunkisuunnittelu, stadsplanering; transport: liikenne, trafik; housing: asuminen, boende; environment: miljö, ympäristö; security: säkerhet, turvallisuus; social_and_health: sosiaali_ja_terveys, sosiaali_ja_terveyspalvelut, sote; human_resources: henkilöstö, hr; procurement: hankinnat, upphandling; communications: kommunikation, viestintä; administration: förvaltning, hallinto
term-sector = { $key ->
    [early_childhood_education] småbarnspedagogik
    [basic_education] grundläggande utbildning
    [upper_secondary_education] andra stadiet
    [liberal_adult_education] fritt bildningsarbete
    [culture] kultur
    [youth] ungdom
    [library] bibliotek
    [sports] idrott
    [business_services] näringsliv
    [integration_services] integration
    [employment] sysselsättning
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

# PopulationGroup
# aliases: all_residents: alla_invånare, everyone, kaikki_asukkaat; immigrants: invandrare, maahanmuuttajat; refugees: flyktingar, pakolaiset; trafficking_victims: ihmiskaupan_uhrit; temporary_protection: tilapäistä_suojelua_saavat; linguistic_minorities: kielivähemmistöt, språkliga_minoriteter; cultural_minorities: kulttuurivähemmistöt; religious_minorities: uskonnolliset_vähemmistöt; swedish_speakers: ruotsinkieliset, svenskspråkiga; sexual_and_gender_minorities: lgbtiq, seksuaali_ja_sukupuolivähemmistöt; children: barn, lapset; young_people: nuoret, unga; older_people: ikääntyneet, äldre; women: kvinnor, naiset; persons_with_disabilities: personer_med_funktionsnedsättning, vammaiset; roma: romanit, romer; sami: saamelaiset, samer; majority_population: kantaväestö, majoritetsbefolkning
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

# ServiceKind
# aliases: programme: integrationsprogram, kotoutumisohjelma; interpreting: tolkning, tulkkaus; reception: mottagning, vastaanotto
term-service-kind = { $key ->
    [programme] integrationsprogram
    [interpreting] tolkning
   *[reception] mottagning
}

# Component
# aliases: needs_assessment: osaamisen_ja_palvelutarpeen_arviointi; integration_plan: kotoutumissuunnitelma; civic_orientation: monikielinen_yhteiskuntaorientaatio; integration_training: kotoutumiskoulutus; guidance_and_counselling: ohjaus_ja_neuvonta
term-component = { $key ->
    [needs_assessment] bedömning av kompetens och behovet av integrationstjänster
    [integration_plan] integrationsplan
    [civic_orientation] flerspråkig samhällsorientering
    [integration_training] integrationsutbildning och slutbedömning av språkkunskaperna
    [skills_and_employment] annan utbildning och tjänster som främjar språkkunskaper, läs- och skrivkunnighet, arbetslivsfärdigheter och sysselsättning
   *[guidance_and_counselling] vägledning och rådgivning under integrationsprogrammet
}

# Area
# aliases: employment_and_education: työllisyys_ja_koulutus; wellbeing_health_housing: hyvinvointi_terveys_ja_asuminen; inclusion_and_equality: osallisuus_yhdenvertaisuus_ja_tasa_arvo; own_language_and_culture: oma_kieli_ja_kulttuuri; good_relations: goda_relationer, hyvät_väestösuhteet; other: muu
term-area = { $key ->
    [employment_and_education] sysselsättning och utbildning
    [wellbeing_health_housing] välfärd, hälsa och boende
    [inclusion_and_equality] delaktighet, likabehandling och jämlikhet
    [own_language_and_culture] möjlighet att upprätthålla det egna språket och den egna kulturen
    [good_relations] goda relationer
   *[other] andra mål
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

# PyramidLevel
# aliases: base: general_services, mainstreaming, perustaso; middle: equality_and_inclusion, keskitaso; top: huippu, interaction
term-pyramid-level = { $key ->
    [base] bas
    [middle] mellannivå
   *[top] topp
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

# ParticipationForm
# aliases: information: tiedottaminen, tieto; initiation: aloite, aloitteellisuus; planning: suunnittelu; decision_making: päätöksenteko; implementation: toteutus; evaluation: arviointi
term-participation-form = { $key ->
    [information] informationsdelaktighet
    [initiation] initiativdelaktighet
    [planning] planeringsdelaktighet
    [decision_making] beslutsdelaktighet
    [implementation] genomförandedelaktighet
   *[evaluation] utvärderingsdelaktighet
}

# Status
term-status = { $key ->
    [planned] planerad
    [ongoing] pågående
    [done] genomförd
   *[dropped] slopad
}

# ReportingUnit
# aliases: groups: grupper, ryhmät; individuals: individer, yksilöt
term-reporting-unit = { $key ->
    [groups] grupper
   *[individuals] individer
}

# Instrument
term-instrument = { $key ->
    [esis] ESIS
    [atmosphere_survey] attitydundersökning
    [data_collection_sessions] datainsamlingstillfällen
   *[other] annat
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

# StructureRight
# aliases: initiatives_to_council: aloiteoikeus; information: tiedonsaanti; statements: lausunnot
term-structure-right = { $key ->
    [initiatives_to_council] initiativrätt till fullmäktige
    [information] rätt till information
    [strategy_participation] deltagande i strategiarbetet
    [propose_working_groups] förslag till arbetsgrupper
   *[statements] utlåtanden
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

# DialogueTiming
# aliases: preventive: ennaltaehkäisevä; reconciliation: sovinto
term-dialogue-timing = { $key ->
    [preventive] förebyggande
    [defusing] lugnande
   *[reconciliation] försoning
}

# StructureKind
# aliases: cooperation_group: yhteistyöryhmä; council: neuvosto, råd
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

# LinkKind
# aliases: municipal_strategy: kaupunkistrategia, kuntastrategia; non_discrimination_plan: yhdenvertaisuussuunnitelma; gender_equality_plan: jämställdhetsplan, tasa-arvosuunnitelma; security_plan: turvallisuussuunnitelma; wellbeing_report_and_plan: hyvinvointikertomus; language_strategy: kielistrategia; integration_programme: integrationsprogram, kotoutumisohjelma
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
