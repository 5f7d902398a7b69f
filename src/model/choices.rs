//! The plan format's choice types, one table each: the canonical key, the English
//! description, and the terms and common spellings in English, Finnish and Swedish, the
//! official term of each language first (`glossary.md`, then the ministry's and the
//! Association of Finnish Municipalities' usage). Everything else about a choice is
//! generated from these tables (see [`super::vocabulary`]); a test fails when a value lacks
//! a term in any language or one spelling stands for two values.

use super::vocabulary::choices;

choices! {
    /// The act a plan (or a programme document) is written under.
    LawBasis => "term-law-basis" {
        /// The Act on the Promotion of Integration 681/2023 (kotoutumislaki), in force since
        /// 1 January 2025.
        IntegrationAct2023 = "681/2023" {
            en: ["Integration Act 681/2023", "Integration Act"],
            fi: ["kotoutumislaki 681/2023", "kotoutumislaki", "laki kotoutumisen edistämisestä"],
            sv: [
                "integrationslagen 681/2023",
                "integrationslagen",
                "lagen om främjande av integration",
            ],
        },
        /// The former Act on the Promotion of Integration 1386/2010, for older material.
        IntegrationAct2010 = "1386/2010" {
            en: ["former Integration Act 1386/2010", "former Integration Act"],
            fi: ["vanha kotoutumislaki 1386/2010", "vanha kotoutumislaki"],
            sv: ["tidigare integrationslagen 1386/2010", "tidigare integrationslagen"],
        },
    }

    RegionalAuthorityKind => "term-regional-authority-kind" {
        /// An ELY Centre (Centre for Economic Development, Transport and the Environment), which
        /// received the reports before 2026.
        ElyCentre = "ely_centre" {
            en: ["ELY Centre", "ELY"],
            fi: ["ELY-keskus", "elinkeino-, liikenne- ja ympäristökeskus"],
            sv: ["NTM-centralen", "NTM-central", "närings-, trafik- och miljöcentralen"],
        },
        /// A regional vitality centre (elinvoimakeskus), which took over the ELY Centres'
        /// integration tasks in 2026.
        VitalityCentre = "vitality_centre" {
            en: ["vitality centre"],
            fi: ["elinvoimakeskus"],
            sv: ["livskraftscentralen", "livskraftscentral"],
        },
    }

    PlanningMode => "term-planning-mode" {
        /// The municipality plans on its own.
        Alone = "alone" {
            en: ["on its own"],
            fi: ["yksin"],
            sv: ["ensam"],
        },
        /// Together with neighbouring municipalities.
        WithOtherMunicipalities = "with_other_municipalities" {
            en: ["with other municipalities"],
            fi: ["yhdessä muiden kuntien kanssa"],
            sv: ["tillsammans med andra kommuner"],
        },
        /// Together with the employment authority.
        WithEmploymentAuthority = "with_employment_authority" {
            en: ["with the employment authority"],
            fi: ["yhdessä työvoimaviranomaisen kanssa"],
            sv: ["tillsammans med arbetskraftsmyndigheten"],
        },
        /// As part of another planning document (e.g. the wellbeing plan).
        PartOfOtherPlan = "part_of_other_plan" {
            en: ["as part of another plan"],
            fi: ["osana muuta suunnitelmaa"],
            sv: ["som en del av en annan plan"],
        },
    }

    ArrivalReason => "term-arrival-reason" {
        /// Came as asylum seekers.
        Asylum = "asylum" {
            en: ["asylum"],
            fi: ["turvapaikka", "turvapaikanhaku"],
            sv: ["asyl"],
        },
        /// Came as quota refugees.
        QuotaRefugee = "quota_refugee" {
            en: ["quota refugee"],
            fi: ["kiintiöpakolaisuus", "kiintiöpakolaiset", "kiintiöpakolainen"],
            sv: ["kvotflykting", "kvotflyktingar"],
        },
        /// Came to study.
        Study = "study" {
            en: ["study"],
            fi: ["opiskelu", "opinnot"],
            sv: ["studier", "studerande"],
        },
        /// Came to work.
        Work = "work" {
            en: ["work"],
            fi: ["työ", "työperäinen maahanmuutto"],
            sv: ["arbete", "arbetskraftsinvandring"],
        },
        /// Came on family grounds.
        Family = "family" {
            en: ["family"],
            fi: ["perhe", "perhesyyt", "perheside"],
            sv: ["familj", "familjeskäl", "familjeband"],
        },
        /// Came under temporary protection (e.g. from Ukraine).
        TemporaryProtection = "temporary_protection" {
            en: ["temporary protection"],
            fi: ["tilapäinen suojelu"],
            sv: ["tillfälligt skydd"],
        },
        /// Any other reason.
        Other = "other" {
            en: ["other"],
            fi: ["muu", "muut syyt"],
            sv: ["annat", "annan", "andra skäl"],
        },
    }

    ActorKind => "term-actor-kind" {
        /// A sector or unit of the municipality itself.
        MunicipalSector = "municipal_sector" {
            en: ["municipal sector"],
            fi: ["toimiala", "kunta", "kaupunki", "kunnan toimiala"],
            sv: ["kommunal sektor", "kommun", "stad"],
        },
        /// Elected decision-makers: the council, the board, committees.
        DecisionMakers = "decision_makers" {
            en: ["decision-makers"],
            fi: ["päättäjät", "luottamushenkilöt"],
            sv: ["beslutsfattare", "förtroendevalda"],
        },
        /// The wellbeing services county, which runs social and health services.
        WellbeingServicesCounty = "wellbeing_services_county" {
            en: ["wellbeing services county"],
            fi: ["hyvinvointialue"],
            sv: ["välfärdsområde"],
        },
        /// The ELY Centre (before 2026).
        ElyCentre = "ely_centre" {
            en: ["ELY Centre", "ELY"],
            fi: ["ELY-keskus", "elinkeino-, liikenne- ja ympäristökeskus"],
            sv: ["NTM-central", "NTM-centralen", "närings-, trafik- och miljöcentral"],
        },
        /// The regional vitality centre (elinvoimakeskus, from 2026).
        VitalityCentre = "vitality_centre" {
            en: ["vitality centre"],
            fi: ["elinvoimakeskus"],
            sv: ["livskraftscentral", "livskraftscentralen"],
        },
        /// The public employment authority (TE services / municipal employment area).
        EmploymentAuthority = "employment_authority" {
            en: ["employment authority"],
            fi: ["työvoimaviranomainen", "työllisyysalue", "TE-palvelut", "TE-toimisto"],
            sv: ["arbetskraftsmyndighet", "sysselsättningsområde", "TE-tjänster", "TE-byrå"],
        },
        /// Kela, the Social Insurance Institution of Finland.
        Kela = "kela" {
            en: ["Kela"],
            fi: ["Kela", "Kansaneläkelaitos"],
            sv: ["FPA", "Folkpensionsanstalten"],
        },
        /// Regional State Administrative Agency.
        Avi = "avi" {
            en: ["Regional State Administrative Agency (AVI)"],
            fi: ["aluehallintovirasto (AVI)", "aluehallintovirasto"],
            sv: ["regionförvaltningsverket (RFV)", "regionförvaltningsverket", "RFV"],
        },
        /// The regional council (maakuntaliitto).
        RegionalCouncil = "regional_council" {
            en: ["regional council"],
            fi: ["maakuntaliitto", "maakunnan liitto"],
            sv: ["landskapsförbund", "landskapsförbundet"],
        },
        /// A ministry, e.g. the Ministry of Economic Affairs and Employment or the Ministry of
        /// Justice.
        Ministry = "ministry" {
            en: ["ministry"],
            fi: ["ministeriö"],
            sv: ["ministerium", "ministeriet"],
        },
        /// A national advisory or expert body (e.g. ETNO, RONK).
        NationalBody = "national_body" {
            en: ["national body"],
            fi: ["valtakunnallinen toimija"],
            sv: ["nationell aktör"],
        },
        /// A non-governmental organisation.
        Ngo = "ngo" {
            en: ["NGO", "organization", "non-governmental organisation"],
            fi: ["järjestö", "kansalaisjärjestö"],
            sv: ["organisation", "frivilligorganisation", "medborgarorganisation"],
        },
        /// A registered or informal association, e.g. a residents' or cultural association.
        Association = "association" {
            en: ["association"],
            fi: ["yhdistys"],
            sv: ["förening"],
        },
        /// A parish of the Evangelical Lutheran or the Orthodox Church.
        Parish = "parish" {
            en: ["parish"],
            fi: ["seurakunta"],
            sv: ["församling"],
        },
        /// Another religious community, e.g. a mosque or congregation.
        ReligiousCommunity = "religious_community" {
            en: ["religious community"],
            fi: ["uskonnollinen yhdyskunta", "uskonnollinen yhteisö"],
            sv: ["religiöst samfund", "trossamfund"],
        },
        /// A community formed around a language, e.g. an Arabic-speaking community.
        LanguageCommunity = "language_community" {
            en: ["language community"],
            fi: ["kieliyhteisö"],
            sv: ["språkgemenskap"],
        },
        /// A company or other employer.
        Business = "business" {
            en: ["business"],
            fi: ["yritys", "työnantaja"],
            sv: ["företag", "arbetsgivare"],
        },
        /// A school, college, university or adult education centre.
        EducationalInstitution = "educational_institution" {
            en: ["educational institution"],
            fi: ["oppilaitos"],
            sv: ["läroanstalt", "läroinrättning"],
        },
        /// The police.
        Police = "police" {
            en: ["police"],
            fi: ["poliisi"],
            sv: ["polis"],
        },
        /// An international organisation, e.g. the Council of Europe or UNHCR.
        InternationalOrganisation = "international_organisation" {
            en: ["international organisation"],
            fi: ["kansainvälinen järjestö"],
            sv: ["internationell organisation"],
        },
        /// Any other kind of actor.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annan", "annat"],
        },
    }

    GovernanceLevel => "term-governance-level" {
        /// The municipality and its local partners.
        Local = "local" {
            en: ["local"],
            fi: ["paikallinen"],
            sv: ["lokal"],
        },
        /// The region: the wellbeing services county, the ELY Centre or vitality centre, the
        /// regional council.
        Regional = "regional" {
            en: ["regional"],
            fi: ["alueellinen"],
            sv: ["regional"],
        },
        /// The state: ministries and national bodies.
        National = "national" {
            en: ["national"],
            fi: ["kansallinen"],
            sv: ["nationell"],
        },
        /// International organisations and networks.
        International = "international" {
            en: ["international"],
            fi: ["kansainvälinen"],
            sv: ["internationell"],
        },
    }

    /// Municipal sectors and service areas (CoE-MLG Part III base level; MoJ-GR task areas).
    Sector => "term-sector" {
        /// Early childhood education and care.
        EarlyChildhoodEducation = "early_childhood_education" {
            en: ["early childhood education"],
            fi: ["varhaiskasvatus"],
            sv: ["småbarnspedagogik"],
        },
        /// Basic (comprehensive) education.
        BasicEducation = "basic_education" {
            en: ["basic education"],
            fi: ["perusopetus"],
            sv: ["grundläggande utbildning"],
        },
        /// Upper secondary schools and vocational education.
        UpperSecondaryEducation = "upper_secondary_education" {
            en: ["upper secondary education"],
            fi: ["toinen aste", "toisen asteen koulutus"],
            sv: ["andra stadiet", "utbildning på andra stadiet"],
        },
        /// Liberal adult education, e.g. adult education centres.
        LiberalAdultEducation = "liberal_adult_education" {
            en: ["liberal adult education"],
            fi: ["vapaa sivistystyö"],
            sv: ["fritt bildningsarbete"],
        },
        /// Cultural services.
        Culture = "culture" {
            en: ["culture"],
            fi: ["kulttuuri", "kulttuuripalvelut"],
            sv: ["kultur", "kulturtjänster"],
        },
        /// Youth services.
        Youth = "youth" {
            en: ["youth services"],
            fi: ["nuorisopalvelut", "nuoriso", "nuorisotoimi"],
            sv: ["ungdomstjänster", "ungdom", "ungdomsarbete"],
        },
        /// Library services.
        Library = "library" {
            en: ["library"],
            fi: ["kirjasto", "kirjastopalvelut"],
            sv: ["bibliotek", "bibliotekstjänster"],
        },
        /// Sports and exercise services.
        Sports = "sports" {
            en: ["sports"],
            fi: ["liikunta", "liikuntapalvelut"],
            sv: ["idrott", "idrottstjänster", "motion"],
        },
        /// Business and enterprise services.
        BusinessServices = "business_services" {
            en: ["business services"],
            fi: ["elinkeinopalvelut", "elinkeino", "elinkeinotoimi"],
            sv: ["näringslivstjänster", "näringsliv"],
        },
        /// The municipality's integration services.
        IntegrationServices = "integration_services" {
            en: ["integration services"],
            fi: ["kotoutumispalvelut", "kotoutuminen", "maahanmuuttopalvelut"],
            sv: ["integrationstjänster", "integration"],
        },
        /// Employment services.
        Employment = "employment" {
            en: ["employment"],
            fi: ["työllisyyspalvelut", "työllisyys", "työllisyydenhoito"],
            sv: ["sysselsättningstjänster", "sysselsättning"],
        },
        /// Outreach youth work.
        OutreachYouthWork = "outreach_youth_work" {
            en: ["outreach youth work"],
            fi: ["etsivä nuorisotyö"],
            sv: ["uppsökande ungdomsarbete"],
        },
        /// Participation and inclusion services (e.g. resident participation).
        Participation = "participation" {
            en: ["participation"],
            fi: ["osallisuus", "osallisuuspalvelut"],
            sv: ["delaktighet"],
        },
        /// Urban and land-use planning.
        UrbanPlanning = "urban_planning" {
            en: ["urban planning"],
            fi: ["kaupunkisuunnittelu", "kaavoitus", "maankäyttö"],
            sv: ["stadsplanering", "planläggning"],
        },
        /// Transport and mobility.
        Transport = "transport" {
            en: ["transport"],
            fi: ["liikenne"],
            sv: ["trafik"],
        },
        /// Housing.
        Housing = "housing" {
            en: ["housing"],
            fi: ["asuminen", "asuntotoimi"],
            sv: ["boende"],
        },
        /// Environmental services.
        Environment = "environment" {
            en: ["environment"],
            fi: ["ympäristö"],
            sv: ["miljö"],
        },
        /// Safety and security work.
        Security = "security" {
            en: ["security"],
            fi: ["turvallisuus", "turvallisuustyö"],
            sv: ["säkerhet", "säkerhetsarbete"],
        },
        /// Social and health services (run by the wellbeing services county).
        SocialAndHealth = "social_and_health" {
            en: ["social and health services"],
            fi: ["sosiaali- ja terveyspalvelut", "sosiaali- ja terveys", "sote"],
            sv: ["social- och hälsovård", "social- och hälsovårdstjänster"],
        },
        /// The municipality as an employer.
        HumanResources = "human_resources" {
            en: ["human resources", "hr"],
            fi: ["henkilöstö", "henkilöstöhallinto"],
            sv: ["personal", "personalförvaltning"],
        },
        /// Procurement.
        Procurement = "procurement" {
            en: ["procurement"],
            fi: ["hankinnat"],
            sv: ["upphandling"],
        },
        /// Communications.
        Communications = "communications" {
            en: ["communications"],
            fi: ["viestintä"],
            sv: ["kommunikation"],
        },
        /// General administration.
        Administration = "administration" {
            en: ["administration"],
            fi: ["hallinto"],
            sv: ["förvaltning"],
        },
    }

    /// Population groups: the integration programme's target groups and the groups the guide
    /// names for equality and inclusion work.
    PopulationGroup => "term-population-group" {
        /// Every resident: the mark of a mainstream service.
        AllResidents = "all_residents" {
            en: ["all residents", "everyone"],
            fi: ["kaikki asukkaat", "kaikki kuntalaiset", "kaikki"],
            sv: ["alla invånare", "alla kommuninvånare", "alla"],
        },
        /// Immigrants in general.
        Immigrants = "immigrants" {
            en: ["immigrants"],
            fi: ["maahanmuuttajat", "maahan muuttaneet", "maahanmuuttajataustaiset"],
            sv: ["invandrare", "personer med invandrarbakgrund", "inflyttade"],
        },
        /// Immigrants who are clients of employment services.
        EmploymentServicesClients = "employment_services_clients" {
            en: ["clients of the employment services"],
            fi: ["työllisyyspalvelujen asiakkaat", "TE-asiakkaat"],
            sv: ["kunder inom arbetskraftsservicen", "kunder inom arbetskraftstjänsterna"],
        },
        /// First residence permit granted less than three years ago.
        RecentResidencePermit = "recent_residence_permit" {
            en: ["recently granted a residence permit"],
            fi: ["äskettäin oleskeluluvan saaneet"],
            sv: ["personer som nyligen fått uppehållstillstånd"],
        },
        /// Receiving income support other than temporarily.
        IncomeSupportRecipients = "income_support_recipients" {
            en: ["recipients of social assistance"],
            fi: ["toimeentulotuen saajat"],
            sv: ["mottagare av utkomststöd"],
        },
        /// Receiving home care allowance.
        HomeCareAllowanceRecipients = "home_care_allowance_recipients" {
            en: ["recipients of child home care allowance"],
            fi: ["kotihoidon tuen saajat"],
            sv: ["mottagare av hemvårdsstöd"],
        },
        /// Persons with refugee status (incl. quota refugees) or subsidiary protection.
        Refugees = "refugees" {
            en: ["refugees"],
            fi: ["pakolaiset", "kansainvälistä suojelua saavat"],
            sv: ["flyktingar", "personer som får internationellt skydd"],
        },
        /// Arrived in Finland as minors without a guardian.
        UnaccompaniedMinors = "unaccompanied_minors" {
            en: ["unaccompanied minors"],
            fi: ["ilman huoltajaa tulleet alaikäiset", "ilman huoltajaa tulleet"],
            sv: ["ensamkommande minderåriga", "ensamkommande"],
        },
        /// Victims of human trafficking.
        TraffickingVictims = "trafficking_victims" {
            en: ["victims of human trafficking"],
            fi: ["ihmiskaupan uhrit"],
            sv: ["offer för människohandel"],
        },
        /// Others assessed as needing integration services.
        OthersInNeed = "others_in_need" {
            en: ["others in need of integration support"],
            fi: ["muut kotoutumisen tukea tarvitsevat"],
            sv: ["andra som behöver stöd för integration"],
        },
        /// People seeking asylum.
        AsylumSeekers = "asylum_seekers" {
            en: ["asylum seekers"],
            fi: ["turvapaikanhakijat"],
            sv: ["asylsökande"],
        },
        /// People receiving temporary protection.
        TemporaryProtection = "temporary_protection" {
            en: ["beneficiaries of temporary protection"],
            fi: ["tilapäistä suojelua saavat"],
            sv: ["personer som får tillfälligt skydd"],
        },
        /// Linguistic minorities.
        LinguisticMinorities = "linguistic_minorities" {
            en: ["linguistic minorities"],
            fi: ["kielivähemmistöt"],
            sv: ["språkliga minoriteter"],
        },
        /// Cultural minorities.
        CulturalMinorities = "cultural_minorities" {
            en: ["cultural minorities"],
            fi: ["kulttuurivähemmistöt"],
            sv: ["kulturella minoriteter"],
        },
        /// Religious minorities.
        ReligiousMinorities = "religious_minorities" {
            en: ["religious minorities"],
            fi: ["uskonnolliset vähemmistöt"],
            sv: ["religiösa minoriteter"],
        },
        /// Swedish-speaking residents.
        SwedishSpeakers = "swedish_speakers" {
            en: ["Swedish speakers"],
            fi: ["ruotsinkieliset"],
            sv: ["svenskspråkiga"],
        },
        /// Sexual and gender minorities.
        SexualAndGenderMinorities = "sexual_and_gender_minorities" {
            en: ["sexual and gender minorities", "lgbtiq", "lgbtiq+"],
            fi: ["seksuaali- ja sukupuolivähemmistöt", "sateenkaarinuoret"],
            sv: ["sexuella minoriteter och könsminoriteter", "regnbågsunga"],
        },
        /// Children.
        Children = "children" {
            en: ["children"],
            fi: ["lapset"],
            sv: ["barn"],
        },
        /// Young people.
        YoungPeople = "young_people" {
            en: ["young people"],
            fi: ["nuoret"],
            sv: ["unga", "ungdomar"],
        },
        /// Older people.
        OlderPeople = "older_people" {
            en: ["older people"],
            fi: ["ikääntyneet", "ikäihmiset", "vanhukset"],
            sv: ["äldre", "äldre personer"],
        },
        /// Women.
        Women = "women" {
            en: ["women"],
            fi: ["naiset"],
            sv: ["kvinnor"],
        },
        /// Persons with disabilities.
        PersonsWithDisabilities = "persons_with_disabilities" {
            en: ["persons with disabilities"],
            fi: ["vammaiset", "vammaiset henkilöt"],
            sv: ["personer med funktionsnedsättning"],
        },
        /// The Roma.
        Roma = "roma" {
            en: ["Roma"],
            fi: ["romanit", "romaniväestö"],
            sv: ["romer", "den romska befolkningen"],
        },
        /// The Sámi.
        Sami = "sami" {
            en: ["Sámi"],
            fi: ["saamelaiset"],
            sv: ["samer"],
        },
        /// The majority population (kantaväestö).
        MajorityPopulation = "majority_population" {
            en: ["majority population"],
            fi: ["kantaväestö", "valtaväestö"],
            sv: ["majoritetsbefolkning", "majoritetsbefolkningen"],
        },
    }

    /// What a service of the programme document is.
    ServiceKind => "term-service-kind" {
        /// A service of the initial phase of integration, providing one of the six components.
        Programme = "programme" {
            en: ["integration programme"],
            fi: ["kotoutumisohjelma", "kotoutumisohjelman palvelu"],
            sv: ["integrationsprogram", "tjänst i integrationsprogrammet"],
        },
        /// Interpreting and translation for clients (tulkkaus).
        Interpreting = "interpreting" {
            en: ["interpreting"],
            fi: ["tulkkaus", "tulkkaus ja käännös"],
            sv: ["tolkning", "tolkning och översättning"],
        },
        /// Reception and municipal placement of refugees (pakolaisten vastaanotto).
        Reception = "reception" {
            en: ["reception"],
            fi: ["vastaanotto", "pakolaisten vastaanotto", "kuntaan osoittaminen"],
            sv: ["mottagning", "flyktingmottagning", "anvisning till kommunen"],
        },
    }

    /// The six minimum-content components of the integration programme.
    Component => "term-component" {
        /// Assessment of integration service needs and skills (or its cross-sectoral version).
        NeedsAssessment = "needs_assessment" {
            en: ["assessment of integration service needs and skills"],
            fi: [
                "osaamisen ja kotoutumisen palvelutarpeen arviointi",
                "osaamisen ja palvelutarpeen arviointi",
                "monialainen arviointi",
                "alkukartoitus",
            ],
            sv: [
                "bedömning av kompetens och behovet av integrationstjänster",
                "sektorsövergripande bedömning",
                "kompetensbedömning",
                "inledande kartläggning",
            ],
        },
        /// The integration plan based on the assessment (incl. the cross-sectoral version).
        IntegrationPlan = "integration_plan" {
            en: ["integration plan based on the assessment"],
            fi: ["kotoutumissuunnitelma", "monialainen kotoutumissuunnitelma"],
            sv: ["integrationsplan", "sektorsövergripande integrationsplan"],
        },
        /// Multilingual civic orientation.
        CivicOrientation = "civic_orientation" {
            en: ["multilingual civic orientation"],
            fi: ["monikielinen yhteiskuntaorientaatio", "yhteiskuntaorientaatio"],
            sv: ["flerspråkig samhällsorientering", "samhällsorientering"],
        },
        /// Integration training and the final examination of language proficiency.
        IntegrationTraining = "integration_training" {
            en: ["integration training with a final language examination"],
            fi: [
                "kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus",
                "kotoutumiskoulutus",
            ],
            sv: [
                "integrationsutbildning och slutbedömning av språkkunskaperna",
                "integrationsutbildning",
            ],
        },
        /// Other training and services for language, literacy, social and working-life skills,
        /// employment and entrepreneurship.
        SkillsAndEmployment = "skills_and_employment" {
            en: [
                "other training and services for language, literacy, working-life skills and employment",
                "other training and services",
            ],
            fi: [
                "muu koulutus ja palvelut, jotka edistävät kielitaitoa, luku- ja kirjoitustaitoa, työelämävalmiuksia ja työllistymistä",
                "muu koulutus ja palvelut",
                "muut koulutukset ja palvelut",
            ],
            sv: [
                "annan utbildning och tjänster som främjar språkkunskaper, läs- och skrivkunnighet, arbetslivsfärdigheter och sysselsättning",
                "annan utbildning och andra tjänster",
                "annan utbildning och tjänster",
            ],
        },
        /// Guidance and counselling during the programme.
        GuidanceAndCounselling = "guidance_and_counselling" {
            en: ["guidance and counselling during the programme"],
            fi: ["kotoutumisohjelman aikainen ohjaus ja neuvonta", "ohjaus ja neuvonta"],
            sv: [
                "vägledning och rådgivning under integrationsprogrammet",
                "vägledning och rådgivning",
            ],
        },
    }

    /// The five planning areas of the Integration Act, plus other objectives the municipality sets.
    Area => "term-area" {
        /// Employment and education.
        EmploymentAndEducation = "employment_and_education" {
            en: ["employment and education"],
            fi: ["työllisyys ja koulutus"],
            sv: ["sysselsättning och utbildning"],
        },
        /// Wellbeing, health and housing.
        WellbeingHealthHousing = "wellbeing_health_housing" {
            en: ["wellbeing, health and housing"],
            fi: ["hyvinvointi, terveys ja asuminen"],
            sv: ["välfärd, hälsa och boende"],
        },
        /// Inclusion, equality and equity.
        InclusionAndEquality = "inclusion_and_equality" {
            en: ["inclusion, equality and equity"],
            fi: ["osallisuus, yhdenvertaisuus ja tasa-arvo"],
            sv: ["delaktighet, likabehandling och jämlikhet"],
        },
        /// Opportunities to maintain one's own language and culture.
        OwnLanguageAndCulture = "own_language_and_culture" {
            en: ["maintaining one's own language and culture"],
            fi: ["oman kielen ja kulttuurin ylläpitäminen", "oma kieli ja kulttuuri"],
            sv: [
                "möjlighet att upprätthålla det egna språket och den egna kulturen",
                "eget språk och egen kultur",
                "det egna språket och den egna kulturen",
            ],
        },
        /// Promoting good relations between population groups.
        GoodRelations = "good_relations" {
            en: ["good relations between population groups"],
            fi: ["hyvät väestösuhteet", "väestösuhteet"],
            sv: ["goda relationer mellan befolkningsgrupper", "goda relationer"],
        },
        /// Any other objective the municipality sets.
        Other = "other" {
            en: ["other objectives"],
            fi: ["muu", "muut tavoitteet"],
            sv: ["andra mål", "annat"],
        },
    }

    FundingUse => "term-funding-use" {
        /// Consulting residents and organisations.
        Consultation = "consultation" {
            en: ["consultation"],
            fi: ["kuuleminen"],
            sv: ["samråd"],
        },
        /// Co-design with residents.
        CoDesign = "co_design" {
            en: ["co-design"],
            fi: ["yhteiskehittäminen"],
            sv: ["samutveckling"],
        },
        /// Meeting costs: venues, refreshments, travel.
        Meetings = "meetings" {
            en: ["meetings"],
            fi: ["kokoukset"],
            sv: ["möten"],
        },
        /// Fees paid to members for attending meetings.
        MeetingFees = "meeting_fees" {
            en: ["meeting fees"],
            fi: ["kokouspalkkiot"],
            sv: ["mötesarvoden"],
        },
        /// Interpretation and translation.
        Interpretation = "interpretation" {
            en: ["interpretation"],
            fi: ["tulkkaus"],
            sv: ["tolkning"],
        },
        /// Changes that consultation identified.
        FollowUp = "follow_up" {
            en: ["follow-up"],
            fi: ["jatkotoimet"],
            sv: ["uppföljning"],
        },
    }

    /// The three levels of the CoE guide's pyramid.
    PyramidLevel => "term-pyramid-level" {
        /// Mainstreaming diversity in general services and policy.
        Base = "base" {
            en: ["base: diversity in general services", "mainstreaming", "general_services"],
            fi: ["perusta", "perustaso"],
            sv: ["bas", "basnivå"],
        },
        /// Structures, services and practices for equality and inclusion.
        Middle = "middle" {
            en: ["middle: group-specific equality and inclusion", "equality_and_inclusion"],
            fi: ["keskitaso"],
            sv: ["mellannivå"],
        },
        /// Structures, services and practices for interaction, conflict and hate crime.
        Top = "top" {
            en: ["top: interaction, dialogue and conflict", "interaction"],
            fi: ["huippu", "huipputaso"],
            sv: ["topp", "toppnivå"],
        },
    }

    MeasureKind => "term-measure-kind" {
        /// Developing a general service for everyone.
        ServiceDevelopment = "service_development" {
            en: ["service development"],
            fi: ["palvelujen kehittäminen"],
            sv: ["tjänsteutveckling"],
        },
        /// A targeted service for a particular group.
        TargetedService = "targeted_service" {
            en: ["targeted service"],
            fi: ["kohdennettu palvelu"],
            sv: ["riktad tjänst"],
        },
        /// Training, e.g. for staff or residents.
        Training = "training" {
            en: ["training"],
            fi: ["koulutus", "valmennus"],
            sv: ["utbildning"],
        },
        /// Information for residents or staff.
        Information = "information" {
            en: ["information"],
            fi: ["tiedottaminen", "tieto", "viestintä"],
            sv: ["information", "kommunikation"],
        },
        /// Guidance and counselling.
        Guidance = "guidance" {
            en: ["guidance"],
            fi: ["ohjaus", "neuvonta", "ohjaus ja neuvonta"],
            sv: ["vägledning", "rådgivning"],
        },
        /// Anti-discrimination or anti-racism work.
        AntiDiscrimination = "anti_discrimination" {
            en: ["anti-discrimination work"],
            fi: ["syrjinnän vastainen työ", "syrjinnän ehkäisy", "rasismin vastainen työ"],
            sv: ["arbete mot diskriminering", "antirasistiskt arbete"],
        },
        /// A council, forum or other participatory structure.
        ParticipatoryStructure = "participatory_structure" {
            en: ["participatory structure"],
            fi: ["osallistumisen rakenne", "vaikuttamistoimielin"],
            sv: ["delaktighetsstruktur", "påverkansorgan"],
        },
        /// Facilitated encounters between groups.
        Encounter = "encounter" {
            en: ["encounter"],
            fi: ["kohtaaminen", "kohtaamiset"],
            sv: ["möte", "möten"],
        },
        /// A dialogue between groups or between residents and the municipality.
        Dialogue = "dialogue" {
            en: ["dialogue"],
            fi: ["dialogi"],
            sv: ["dialog"],
        },
        /// Mediation of disputes or conflicts.
        Mediation = "mediation" {
            en: ["mediation"],
            fi: ["sovittelu"],
            sv: ["medling"],
        },
        /// Preventing or responding to hate crime and hate speech.
        HateCrimeResponse = "hate_crime_response" {
            en: ["hate crime response"],
            fi: ["viharikoksiin puuttuminen", "viharikosten ehkäisy"],
            sv: ["åtgärder mot hatbrott"],
        },
        /// Research or a study.
        Research = "research" {
            en: ["research"],
            fi: ["tutkimus"],
            sv: ["forskning"],
        },
        /// A survey of residents or staff.
        Survey = "survey" {
            en: ["survey"],
            fi: ["kysely"],
            sv: ["enkät", "kartläggning"],
        },
        /// A campaign.
        Campaign = "campaign" {
            en: ["campaign"],
            fi: ["kampanja"],
            sv: ["kampanj"],
        },
        /// An event, e.g. a festival or open day.
        Event = "event" {
            en: ["event"],
            fi: ["tapahtuma"],
            sv: ["evenemang"],
        },
        /// Any other kind of action.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annan", "annat"],
        },
    }

    ParticipationForm => "term-participation-form" {
        /// Residents are informed.
        Information = "information" {
            en: ["information"],
            fi: ["tieto-osallisuus", "tieto", "tiedottaminen"],
            sv: ["informationsdelaktighet"],
        },
        /// Residents can make initiatives.
        Initiation = "initiation" {
            en: ["initiation"],
            fi: ["aloiteosallisuus", "aloite", "aloitteellisuus"],
            sv: ["initiativdelaktighet"],
        },
        /// Residents take part in planning.
        Planning = "planning" {
            en: ["planning"],
            fi: ["suunnitteluosallisuus", "suunnittelu"],
            sv: ["planeringsdelaktighet"],
        },
        /// Residents take part in decisions.
        DecisionMaking = "decision_making" {
            en: ["decision-making"],
            fi: ["päätösosallisuus", "päätöksenteko"],
            sv: ["beslutsdelaktighet"],
        },
        /// Residents take part in carrying it out.
        Implementation = "implementation" {
            en: ["implementation"],
            fi: ["toteutusosallisuus", "toteutus"],
            sv: ["genomförandedelaktighet"],
        },
        /// Residents take part in evaluating it.
        Evaluation = "evaluation" {
            en: ["evaluation"],
            fi: ["arviointiosallisuus", "arviointi"],
            sv: ["utvärderingsdelaktighet"],
        },
    }

    Status => "term-status" {
        /// Decided but not started.
        Planned = "planned" {
            en: ["planned"],
            fi: ["suunniteltu", "suunnitteilla"],
            sv: ["planerad", "planerat"],
        },
        /// Being carried out.
        Ongoing = "ongoing" {
            en: ["ongoing"],
            fi: ["käynnissä", "jatkuva", "toteutuu"],
            sv: ["pågående", "pågår"],
        },
        /// Carried out.
        Done = "done" {
            en: ["done"],
            fi: ["toteutettu", "valmis", "tehty"],
            sv: ["genomförd", "genomfört", "klar"],
        },
        /// Given up.
        Dropped = "dropped" {
            en: ["dropped"],
            fi: ["luovuttu", "keskeytetty"],
            sv: ["slopad", "slopat", "avbruten"],
        },
    }

    /// Who a survey indicator's results describe.
    ReportingUnit => "term-reporting-unit" {
        /// Results are reported for groups (e.g. participants of an activity, a district).
        Groups = "groups" {
            en: ["groups"],
            fi: ["ryhmät"],
            sv: ["grupper"],
        },
        /// Results are used to assess individual clients.
        Individuals = "individuals" {
            en: ["individuals"],
            fi: ["yksilöt"],
            sv: ["individer"],
        },
    }

    Instrument => "term-instrument" {
        /// THL's Experiences of Social Inclusion Scale.
        Esis = "esis" {
            en: ["ESIS"],
            fi: ["ESIS"],
            sv: ["ESIS"],
        },
        /// A recurring survey of the atmosphere between population groups.
        AtmosphereSurvey = "atmosphere_survey" {
            en: ["atmosphere survey"],
            fi: ["ilmapiirikysely"],
            sv: ["attitydundersökning"],
        },
        /// The Ministry of Justice good-relations data-collection sessions.
        DataCollectionSessions = "data_collection_sessions" {
            en: ["data collection sessions"],
            fi: ["tiedonkeruutilaisuudet"],
            sv: ["datainsamlingstillfällen"],
        },
        /// Another instrument.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annat", "annan"],
        },
    }

    Frequency => "term-frequency" {
        /// Once a week.
        Weekly = "weekly" {
            en: ["weekly"],
            fi: ["viikoittain", "kerran viikossa"],
            sv: ["varje vecka", "en gång i veckan"],
        },
        /// Once a month.
        Monthly = "monthly" {
            en: ["monthly"],
            fi: ["kuukausittain", "kerran kuukaudessa"],
            sv: ["varje månad", "en gång i månaden"],
        },
        /// Every two months.
        EveryTwoMonths = "every_two_months" {
            en: ["every two months"],
            fi: ["joka toinen kuukausi", "kuusi kertaa vuodessa"],
            sv: ["varannan månad", "sex gånger om året"],
        },
        /// Four times a year.
        Quarterly = "quarterly" {
            en: ["quarterly"],
            fi: ["neljännesvuosittain", "neljä kertaa vuodessa"],
            sv: ["varje kvartal", "fyra gånger om året"],
        },
        /// Twice a year.
        TwiceAYear = "twice_a_year" {
            en: ["twice a year"],
            fi: ["kahdesti vuodessa", "kaksi kertaa vuodessa"],
            sv: ["två gånger om året", "två gånger per år"],
        },
        /// Once a year.
        Yearly = "yearly" {
            en: ["yearly"],
            fi: ["vuosittain", "kerran vuodessa"],
            sv: ["varje år", "en gång om året", "årligen"],
        },
        /// Every two years.
        EveryTwoYears = "every_two_years" {
            en: ["every two years"],
            fi: ["joka toinen vuosi"],
            sv: ["vartannat år"],
        },
        /// Convened when needed; the plan should say what triggers a meeting.
        AsNeeded = "as_needed" {
            en: ["as needed"],
            fi: ["tarvittaessa", "tarpeen mukaan"],
            sv: ["vid behov", "enligt behov"],
        },
    }

    /// Rights a participatory structure has.
    StructureRight => "term-structure-right" {
        /// May submit initiatives and proposals to the municipal (city) council.
        InitiativesToCouncil = "initiatives_to_council" {
            en: ["initiatives to the council"],
            fi: ["aloiteoikeus valtuustolle", "aloiteoikeus"],
            sv: ["initiativrätt till fullmäktige", "initiativrätt"],
        },
        /// Receives information, e.g. to monitor the accessibility of targeted services.
        Information = "information" {
            en: ["information"],
            fi: ["tiedonsaantioikeus", "tiedonsaanti"],
            sv: ["rätt till information"],
        },
        /// Takes part in the strategic planning, monitoring and evaluation of integration and
        /// good relations.
        StrategyParticipation = "strategy_participation" {
            en: ["participation in strategy work"],
            fi: ["osallistuminen strategiatyöhön"],
            sv: ["deltagande i strategiarbetet"],
        },
        /// May propose thematic or ad hoc working groups.
        ProposeWorkingGroups = "propose_working_groups" {
            en: ["proposing working groups"],
            fi: ["työryhmien ehdottaminen"],
            sv: ["förslag till arbetsgrupper"],
        },
        /// May make proposals to the city's authorities (the board, committees, the
        /// administration), not only to the council.
        ProposalsToAuthorities = "proposals_to_authorities" {
            en: ["proposals to city authorities"],
            fi: [
                "oikeus tehdä esityksiä kaupungin viranomaisille",
                "esitysoikeus",
                "ehdotusoikeus",
            ],
            sv: [
                "rätt att lägga fram förslag för stadens myndigheter",
                "förslagsrätt",
            ],
        },
        /// Gives statements on matters concerning the groups it represents.
        Statements = "statements" {
            en: ["statements"],
            fi: ["lausunnot", "lausunto-oikeus"],
            sv: ["utlåtanden", "rätt att ge utlåtanden"],
        },
    }

    /// Dimensions of diversity a council's membership can reflect.
    DiversityDimension => "term-diversity-dimension" {
        /// Different (e.g. migration) backgrounds.
        Backgrounds = "backgrounds" {
            en: ["backgrounds"],
            fi: ["taustat"],
            sv: ["bakgrunder"],
        },
        /// Different languages.
        Languages = "languages" {
            en: ["languages"],
            fi: ["kielet"],
            sv: ["språk"],
        },
        /// Different religions and beliefs.
        Religions = "religions" {
            en: ["religions"],
            fi: ["uskonnot"],
            sv: ["religioner"],
        },
        /// Different nationalities.
        Nationalities = "nationalities" {
            en: ["nationalities"],
            fi: ["kansalaisuudet"],
            sv: ["nationaliteter"],
        },
        /// Gender balance.
        Gender = "gender" {
            en: ["gender"],
            fi: ["sukupuoli"],
            sv: ["kön"],
        },
        /// Different occupations.
        Occupations = "occupations" {
            en: ["occupations"],
            fi: ["ammatit"],
            sv: ["yrken"],
        },
        /// Different ages.
        Ages = "ages" {
            en: ["ages"],
            fi: ["iät"],
            sv: ["åldrar"],
        },
        /// Members with disabilities.
        Disability = "disability" {
            en: ["disability"],
            fi: ["vammaisuus"],
            sv: ["funktionsnedsättning"],
        },
        /// Another dimension.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annat", "annan"],
        },
    }

    DialogueTiming => "term-dialogue-timing" {
        /// Before tensions arise.
        Preventive = "preventive" {
            en: ["preventive"],
            fi: ["ennaltaehkäisevä"],
            sv: ["förebyggande"],
        },
        /// To defuse tensions or a conflict.
        Defusing = "defusing" {
            en: ["defusing"],
            fi: ["tilannetta rauhoittava"],
            sv: ["lugnande"],
        },
        /// To strengthen reconciliation after a conflict.
        Reconciliation = "reconciliation" {
            en: ["reconciliation"],
            fi: ["sovinto"],
            sv: ["försoning"],
        },
    }

    /// The phases of a plan's life, for what the sources date only by its phase.
    PlanPhase => "term-plan-phase" {
        /// While the plan was being prepared, before its approval.
        Planning = "planning" {
            en: ["planning"],
            fi: ["suunnitteluvaihe", "suunnittelu"],
            sv: ["planeringsskedet", "planering"],
        },
        /// While the plan was being carried out.
        Implementation = "implementation" {
            en: ["implementation"],
            fi: ["toteutusvaihe", "toteutus"],
            sv: ["genomförandeskedet", "genomförande"],
        },
        /// While the plan was being evaluated.
        Evaluation = "evaluation" {
            en: ["evaluation"],
            fi: ["arviointivaihe", "arviointi"],
            sv: ["utvärderingsskedet", "utvärdering"],
        },
    }

    StructureKind => "term-structure-kind" {
        /// The local cross-sectoral cooperation group for immigration, integration and good relations.
        CooperationGroup = "cooperation_group" {
            en: ["local cross-sectoral cooperation group"],
            fi: [
                "paikallinen monialainen yhteistyöryhmä",
                "yhteistyöryhmä",
                "monialainen yhteistyöryhmä",
            ],
            sv: [
                "lokal sektorsövergripande samarbetsgrupp",
                "samarbetsgrupp",
                "sektorsövergripande samarbetsgrupp",
            ],
        },
        /// The regional cooperation group set up by the ELY Centre / vitality centre.
        RegionalCooperationGroup = "regional_cooperation_group" {
            en: ["regional cooperation group"],
            fi: ["alueellinen yhteistyöryhmä"],
            sv: ["regional samarbetsgrupp"],
        },
        /// A cross-sectoral working group for good relations.
        GoodRelationsWorkingGroup = "good_relations_working_group" {
            en: ["good relations working group"],
            fi: ["väestösuhdetyöryhmä", "hyvien väestösuhteiden työryhmä"],
            sv: ["arbetsgrupp för goda relationer"],
        },
        /// A council for a specific group, e.g. an immigrant council.
        Council = "council" {
            en: ["council"],
            fi: [
                "neuvosto",
                "maahanmuuttajaneuvosto",
                "monikulttuurisuusneuvosto",
                "vaikuttamistoimielin",
            ],
            sv: ["råd", "invandrarråd", "mångkulturellt råd", "påverkansorgan"],
        },
        /// Another working group.
        WorkingGroup = "working_group" {
            en: ["working group"],
            fi: ["työryhmä"],
            sv: ["arbetsgrupp"],
        },
        /// A steering group.
        SteeringGroup = "steering_group" {
            en: ["steering group"],
            fi: ["ohjausryhmä"],
            sv: ["styrgrupp"],
        },
        /// A co-design process with residents.
        CoDesign = "co_design" {
            en: ["co-design"],
            fi: ["yhteiskehittäminen", "yhteiskehittämisprosessi"],
            sv: ["samutveckling", "samutvecklingsprocess"],
        },
        /// A dialogue between groups.
        Dialogue = "dialogue" {
            en: ["dialogue"],
            fi: ["dialogi"],
            sv: ["dialog"],
        },
        /// A session where decision-makers discuss what residents brought up.
        DecisionMakerSession = "decision_maker_session" {
            en: ["session with decision-makers"],
            fi: ["päättäjätilaisuus", "päättäjien keskustelutilaisuus"],
            sv: ["möte med beslutsfattare", "beslutsfattarmöte"],
        },
        /// A network of organisations.
        Network = "network" {
            en: ["network"],
            fi: ["verkosto"],
            sv: ["nätverk"],
        },
        /// Any other structure.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annan", "annat"],
        },
    }

    ConsultationMethod => "term-consultation-method" {
        /// A focus group.
        FocusGroup = "focus_group" {
            en: ["focus group"],
            fi: ["kohderyhmähaastattelu", "fokusryhmä", "ryhmähaastattelu"],
            sv: ["fokusgrupp", "gruppintervju"],
        },
        /// A discussion session (e.g. the Ministry of Justice good-relations data collection).
        DiscussionSession = "discussion_session" {
            en: ["discussion session"],
            fi: ["keskustelutilaisuus"],
            sv: ["diskussionstillfälle"],
        },
        /// A survey.
        Survey = "survey" {
            en: ["survey"],
            fi: ["kysely", "asukaskysely"],
            sv: ["enkät", "invånarenkät"],
        },
        /// A hearing.
        Hearing = "hearing" {
            en: ["hearing"],
            fi: ["kuulemistilaisuus", "kuuleminen"],
            sv: ["hörande", "hörandetillfälle"],
        },
        /// A workshop.
        Workshop = "workshop" {
            en: ["workshop"],
            fi: ["työpaja"],
            sv: ["workshop"],
        },
        /// A residents' meeting.
        ResidentMeeting = "resident_meeting" {
            en: ["residents' meeting"],
            fi: ["asukastilaisuus"],
            sv: ["invånarmöte"],
        },
        /// Any other method.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annat", "annan"],
        },
    }

    LinkKind => "term-link-kind" {
        /// The municipal (city) strategy.
        MunicipalStrategy = "municipal_strategy" {
            en: ["municipal strategy"],
            fi: ["kuntastrategia", "kaupunkistrategia"],
            sv: ["kommunstrategi", "stadsstrategi"],
        },
        /// The non-discrimination plan.
        NonDiscriminationPlan = "non_discrimination_plan" {
            en: ["non-discrimination plan"],
            fi: ["yhdenvertaisuussuunnitelma"],
            sv: ["likabehandlingsplan"],
        },
        /// The gender equality plan.
        GenderEqualityPlan = "gender_equality_plan" {
            en: ["gender equality plan"],
            fi: ["tasa-arvosuunnitelma"],
            sv: ["jämställdhetsplan"],
        },
        /// The local safety and security plan.
        SecurityPlan = "security_plan" {
            en: ["security plan"],
            fi: ["turvallisuussuunnitelma"],
            sv: ["säkerhetsplan"],
        },
        /// The wellbeing report and plan.
        WellbeingReportAndPlan = "wellbeing_report_and_plan" {
            en: ["wellbeing report and plan"],
            fi: [
                "hyvinvointikertomus ja -suunnitelma",
                "hyvinvointikertomus",
                "hyvinvointisuunnitelma",
            ],
            sv: ["välfärdsberättelse och välfärdsplan", "välfärdsberättelse", "välfärdsplan"],
        },
        /// The language strategy or language programme.
        LanguageStrategy = "language_strategy" {
            en: ["language strategy"],
            fi: ["kielistrategia"],
            sv: ["språkstrategi"],
        },
        /// The Government Integration Programme.
        Valko = "valko" {
            en: ["Government Integration Programme (VALKO)"],
            fi: ["valtion kotouttamisohjelma (VALKO)", "valtion kotouttamisohjelma"],
            sv: ["statens integrationsprogram (VALKO)", "statens integrationsprogram"],
        },
        /// An anti-racism action plan.
        AntiRacismActionPlan = "anti_racism_action_plan" {
            en: ["anti-racism action plan"],
            fi: ["rasismin vastainen toimintaohjelma"],
            sv: ["handlingsprogram mot rasism"],
        },
        /// The regional advisory board for ethnic relations' plan.
        RegionalEtno = "regional_etno" {
            en: ["regional advisory board for ethnic relations (ETNO)"],
            fi: ["alueellinen etnisten suhteiden neuvottelukunta (ETNO)", "ETNO"],
            sv: [
                "regionala delegationen för etniska relationer (ETNO)",
                "regionala delegationen för etniska relationer",
            ],
        },
        /// National Roma Policy or a local Roma working group's plan.
        RomaPolicy = "roma_policy" {
            en: ["National Roma Policy"],
            fi: ["kansallinen romanipoliittinen ohjelma", "romanipoliittinen ohjelma", "ROMPO"],
            sv: ["nationella romanipolitiska programmet", "romanipolitiska programmet"],
        },
        /// The wellbeing services county's own planning (e.g. its integration or wellbeing plan).
        WellbeingServicesCountyPlan = "wellbeing_services_county_plan" {
            en: ["wellbeing services county plan"],
            fi: ["hyvinvointialueen suunnitelma"],
            sv: ["välfärdsområdets plan"],
        },
        /// A regional programme, e.g. of the regional council.
        RegionalProgramme = "regional_programme" {
            en: ["regional programme"],
            fi: ["maakuntaohjelma"],
            sv: ["landskapsprogram"],
        },
        /// An interaction or participation plan.
        InteractionPlan = "interaction_plan" {
            en: ["interaction plan"],
            fi: ["vuorovaikutussuunnitelma"],
            sv: ["interaktionsplan"],
        },
        /// The municipality's integration programme (§13) kept as its own document, apart from
        /// this plan; its services may then be left out of this plan.
        IntegrationProgramme = "integration_programme" {
            en: ["integration programme"],
            fi: ["kotoutumisohjelma"],
            sv: ["integrationsprogram", "integrationsprogrammet"],
        },
        /// Any other plan or programme.
        Other = "other" {
            en: ["other"],
            fi: ["muu"],
            sv: ["annan", "annat"],
        },
    }
}

/// The vocabulary of a choice type by its name (its name in the schema's `$defs`).
pub fn by_name(name: &str) -> Option<&'static super::vocabulary::Vocabulary> {
    ALL.iter().copied().find(|v| v.name == name)
}

// The enum is generated by `choices!`, which derives no `Default`.
#[allow(clippy::derivable_impls)]
impl Default for ServiceKind {
    fn default() -> Self {
        ServiceKind::Programme
    }
}

impl ActorKind {
    /// Actors that are the city itself, as opposed to partners outside it.
    pub fn is_city(self) -> bool {
        matches!(self, ActorKind::MunicipalSector | ActorKind::DecisionMakers)
    }

    /// Civil society: NGOs, associations, parishes and communities.
    pub fn is_civil_society(self) -> bool {
        matches!(
            self,
            ActorKind::Ngo
                | ActorKind::Association
                | ActorKind::Parish
                | ActorKind::ReligiousCommunity
                | ActorKind::LanguageCommunity
        )
    }
}

impl PopulationGroup {
    /// Immigrants and the integration programme's target groups (the needs-assessment groups,
    /// refugees, asylum seekers, people under temporary protection, linguistic minorities).
    pub fn is_immigrant(self) -> bool {
        matches!(
            self,
            PopulationGroup::Immigrants
                | PopulationGroup::Refugees
                | PopulationGroup::AsylumSeekers
                | PopulationGroup::TemporaryProtection
                | PopulationGroup::LinguisticMinorities
        ) || PopulationGroup::NEEDS_ASSESSMENT.contains(&self)
    }

    /// The broadened target group of the needs assessment under the Integration Act 681/2023.
    pub const NEEDS_ASSESSMENT: &'static [PopulationGroup] = &[
        PopulationGroup::EmploymentServicesClients,
        PopulationGroup::RecentResidencePermit,
        PopulationGroup::IncomeSupportRecipients,
        PopulationGroup::HomeCareAllowanceRecipients,
        PopulationGroup::Refugees,
        PopulationGroup::UnaccompaniedMinors,
        PopulationGroup::TraffickingVictims,
        PopulationGroup::OthersInNeed,
    ];
}

impl Component {
    pub const ALL: [Component; 6] = [
        Component::NeedsAssessment,
        Component::IntegrationPlan,
        Component::CivicOrientation,
        Component::IntegrationTraining,
        Component::SkillsAndEmployment,
        Component::GuidanceAndCounselling,
    ];
}

impl Area {
    /// The five areas the Act requires objectives for.
    pub const STATUTORY: [Area; 5] = [
        Area::EmploymentAndEducation,
        Area::WellbeingHealthHousing,
        Area::InclusionAndEquality,
        Area::OwnLanguageAndCulture,
        Area::GoodRelations,
    ];
}

impl Frequency {
    /// Roughly how many times a year.
    pub fn per_year(self) -> f64 {
        match self {
            Frequency::Weekly => 52.0,
            Frequency::Monthly => 12.0,
            Frequency::EveryTwoMonths => 6.0,
            Frequency::Quarterly => 4.0,
            Frequency::TwiceAYear => 2.0,
            Frequency::Yearly => 1.0,
            Frequency::EveryTwoYears => 0.5,
            Frequency::AsNeeded => 0.0,
        }
    }
}
