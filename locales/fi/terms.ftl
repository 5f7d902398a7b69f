# The values of the plan format's choices (target groups, sectors, areas, kinds ...), as
# messages show them: one entry per type, selected by the value's key. In Finnish and
# Swedish, a value that has a Finnish or Swedish spelling in the plan format (listed in the
# comment above each entry) is shown in that spelling, so a plan written in Finnish reads
# back its own words.

# RegionalAuthorityKind
# aliases: ely_centre: ely, ely-keskus, ely_keskus, ntm-centralen; vitality_centre: elinvoimakeskus, livskraftscentral
term-regional-authority-kind = { $key ->
    [ely_centre] ELY-keskus
   *[vitality_centre] elinvoimakeskus
}

# PlanningMode
term-planning-mode = { $key ->
    [alone] yksin
    [with_other_municipalities] yhdessä muiden kuntien kanssa
    [with_employment_authority] yhdessä työvoimaviranomaisen kanssa
   *[part_of_other_plan] osana muuta suunnitelmaa
}

# ArrivalReason
# aliases: asylum: turvapaikka; quota_refugee: kiintiöpakolaisuus; study: opiskelu; work: työ; family: perhe
term-arrival-reason = { $key ->
    [asylum] turvapaikka
    [quota_refugee] kiintiöpakolaisuus
    [study] opiskelu
    [work] työ
    [family] perhe
    [temporary_protection] tilapäinen suojelu
   *[other] muu
}

# ActorKind
# aliases: municipal_sector: kunta, toimiala; decision_makers: päättäjät; wellbeing_services_county: hyvinvointialue, välfärdsområde; ely_centre: ely-keskus; vitality_centre: elinvoimakeskus; employment_authority: työllisyysalue; ngo: järjestö, organisation, organization; association: förening, yhdistys; parish: församling, seurakunta; business: företag, yritys; educational_institution: läroanstalt, oppilaitos; police: poliisi, polis
term-actor-kind = { $key ->
    [municipal_sector] toimiala
    [decision_makers] päättäjät
    [wellbeing_services_county] hyvinvointialue
    [ely_centre] ELY-keskus
    [vitality_centre] elinvoimakeskus
    [employment_authority] työllisyysalue
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

# GovernanceLevel
# aliases: local: paikallinen; regional: alueellinen; national: kansallinen; international: kansainvälinen
term-governance-level = { $key ->
    [local] paikallinen
    [regional] alueellinen
    [national] kansallinen
   *[international] kansainvälinen
}

# Sector
# aliases: early_childhood_education: småbarnspedagogik, varhaiskasvatus; basic_education: grundläggande_utbildning, perusopetus; upper_secondary_education: toinen_aste; liberal_adult_education: vapaa_sivistystyö; culture: kulttuuri, kultur; youth: nuoriso, nuorisopalvelut, ungdom; library: bibliotek, kirjasto; sports: idrott, liikunta; business_services: elinkeino, näringsliv; integration_services: integration, kotoutuminen; employment: sysselsättning, työllisyys; outreach_youth_work: etsivä_nuorisotyö; participation: delaktighet, osallisuus; urban_planning: kaavoitus, kaupunkisuunnittelu, stadsplanering; transport: liikenne, trafik; housing: asuminen, boende; environment: miljö, ympäristö; security: säkerhet, turvallisuus; social_and_health: sosiaali_ja_terveys, sosiaali_ja_terveyspalvelut, sote; human_resources: henkilöstö, hr; procurement: hankinnat, upphandling; communications: kommunikation, viestintä; administration: förvaltning, hallinto
term-sector = { $key ->
    [early_childhood_education] varhaiskasvatus
    [basic_education] perusopetus
    [upper_secondary_education] toinen aste
    [liberal_adult_education] vapaa sivistystyö
    [culture] kulttuuri
    [youth] nuorisopalvelut
    [library] kirjasto
    [sports] liikunta
    [business_services] elinkeino
    [integration_services] kotoutuminen
    [employment] työllisyys
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

# PopulationGroup
# aliases: all_residents: alla_invånare, everyone, kaikki_asukkaat; immigrants: invandrare, maahanmuuttajat; refugees: flyktingar, pakolaiset; trafficking_victims: ihmiskaupan_uhrit; temporary_protection: tilapäistä_suojelua_saavat; linguistic_minorities: kielivähemmistöt, språkliga_minoriteter; cultural_minorities: kulttuurivähemmistöt; religious_minorities: uskonnolliset_vähemmistöt; swedish_speakers: ruotsinkieliset, svenskspråkiga; sexual_and_gender_minorities: lgbtiq, seksuaali_ja_sukupuolivähemmistöt; children: barn, lapset; young_people: nuoret, unga; older_people: ikääntyneet, äldre; women: kvinnor, naiset; persons_with_disabilities: personer_med_funktionsnedsättning, vammaiset; roma: romanit, romer; sami: saamelaiset, samer; majority_population: kantaväestö, majoritetsbefolkning
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

# ServiceKind
# aliases: programme: integrationsprogram, kotoutumisohjelma; interpreting: tolkning, tulkkaus; reception: mottagning, vastaanotto
term-service-kind = { $key ->
    [programme] kotoutumisohjelma
    [interpreting] tulkkaus
   *[reception] vastaanotto
}

# Component
# aliases: needs_assessment: osaamisen_ja_palvelutarpeen_arviointi; integration_plan: kotoutumissuunnitelma; civic_orientation: monikielinen_yhteiskuntaorientaatio; integration_training: kotoutumiskoulutus; guidance_and_counselling: ohjaus_ja_neuvonta
term-component = { $key ->
    [needs_assessment] osaamisen ja palvelutarpeen arviointi
    [integration_plan] kotoutumissuunnitelma
    [civic_orientation] monikielinen yhteiskuntaorientaatio
    [integration_training] kotoutumiskoulutus
    [skills_and_employment] muu koulutus ja palvelut, jotka edistävät kielitaitoa, luku- ja kirjoitustaitoa, työelämävalmiuksia ja työllistymistä
   *[guidance_and_counselling] ohjaus ja neuvonta
}

# Area
# aliases: employment_and_education: työllisyys_ja_koulutus; wellbeing_health_housing: hyvinvointi_terveys_ja_asuminen; inclusion_and_equality: osallisuus_yhdenvertaisuus_ja_tasa_arvo; own_language_and_culture: oma_kieli_ja_kulttuuri; good_relations: goda_relationer, hyvät_väestösuhteet; other: muu
term-area = { $key ->
    [employment_and_education] työllisyys ja koulutus
    [wellbeing_health_housing] hyvinvointi, terveys ja asuminen
    [inclusion_and_equality] osallisuus, yhdenvertaisuus ja tasa-arvo
    [own_language_and_culture] oma kieli ja kulttuuri
    [good_relations] hyvät väestösuhteet
   *[other] muu
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

# PyramidLevel
# aliases: base: general_services, mainstreaming, perustaso; middle: equality_and_inclusion, keskitaso; top: huippu, interaction
term-pyramid-level = { $key ->
    [base] perustaso
    [middle] keskitaso
   *[top] huippu
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

# ParticipationForm
# aliases: information: tiedottaminen, tieto; initiation: aloite, aloitteellisuus; planning: suunnittelu; decision_making: päätöksenteko; implementation: toteutus; evaluation: arviointi
term-participation-form = { $key ->
    [information] tieto-osallisuus
    [initiation] aloiteosallisuus
    [planning] suunnitteluosallisuus
    [decision_making] päätösosallisuus
    [implementation] toteutusosallisuus
   *[evaluation] arviointiosallisuus
}

# Status
term-status = { $key ->
    [planned] suunniteltu
    [ongoing] käynnissä
    [done] toteutettu
   *[dropped] luovuttu
}

# ReportingUnit
# aliases: groups: grupper, ryhmät; individuals: individer, yksilöt
term-reporting-unit = { $key ->
    [groups] ryhmät
   *[individuals] yksilöt
}

# Instrument
term-instrument = { $key ->
    [esis] ESIS
    [atmosphere_survey] ilmapiirikysely
    [data_collection_sessions] tiedonkeruutilaisuudet
   *[other] muu
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

# StructureRight
# aliases: initiatives_to_council: aloiteoikeus; information: tiedonsaanti; statements: lausunnot
term-structure-right = { $key ->
    [initiatives_to_council] aloiteoikeus
    [information] tiedonsaanti
    [strategy_participation] osallistuminen strategiatyöhön
    [propose_working_groups] työryhmien ehdottaminen
   *[statements] lausunnot
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

# DialogueTiming
# aliases: preventive: ennaltaehkäisevä; reconciliation: sovinto
term-dialogue-timing = { $key ->
    [preventive] ennaltaehkäisevä
    [defusing] tilannetta rauhoittava
   *[reconciliation] sovinto
}

# StructureKind
# aliases: cooperation_group: yhteistyöryhmä; council: neuvosto, råd
term-structure-kind = { $key ->
    [cooperation_group] yhteistyöryhmä
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

# LinkKind
# aliases: municipal_strategy: kaupunkistrategia, kuntastrategia; non_discrimination_plan: yhdenvertaisuussuunnitelma; gender_equality_plan: jämställdhetsplan, tasa-arvosuunnitelma; security_plan: turvallisuussuunnitelma; wellbeing_report_and_plan: hyvinvointikertomus; language_strategy: kielistrategia; integration_programme: integrationsprogram, kotoutumisohjelma
term-link-kind = { $key ->
    [municipal_strategy] kuntastrategia
    [non_discrimination_plan] yhdenvertaisuussuunnitelma
    [gender_equality_plan] tasa-arvosuunnitelma
    [security_plan] turvallisuussuunnitelma
    [wellbeing_report_and_plan] hyvinvointikertomus
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
