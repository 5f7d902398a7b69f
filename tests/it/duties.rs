//! Duty by duty: each is met with the evidence that earns it, a gap with the findings that
//! say why, and not judged with the reason, on small plans that show each case once.

#![allow(clippy::unwrap_used)]

use goodrel::duty::Verdict;
use goodrel::i18n::Lang;
use goodrel::model::date::Date;
use goodrel::{CheckOptions, PlanReport, check_dir};

fn check(yaml: &str, as_of: &str, off: &[&str]) -> PlanReport {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), yaml).unwrap();
    let options = CheckOptions {
        as_of: Date::parse(as_of).unwrap(),
        as_of_explicit: true,
        no_ignores: false,
        levels: off
            .iter()
            .map(|id| goodrel::config::parse_level_override(&format!("{id}=off")).unwrap())
            .collect(),
        config: goodrel::config::ConfigSource::None,
        ..CheckOptions::default()
    };
    check_dir(dir.path(), &options).unwrap()
}

/// What a duty shows, in English: the verdict's key and its evidence labels, finding rules
/// or reasons.
fn shown(report: &PlanReport, id: &str) -> (&'static str, String) {
    let e = report
        .duties
        .list
        .iter()
        .find(|e| e.id() == id)
        .unwrap_or_else(|| panic!("no duty {id}"));
    let what = match &e.verdict {
        Verdict::Met(evidence) => evidence
            .iter()
            .map(|x| format!("{} @{}", x.label().render(Lang::En), x.location.path))
            .collect::<Vec<_>>()
            .join(" | "),
        Verdict::Gap(findings) => findings
            .iter()
            .map(|f| format!("{} @{}", f.rule, f.path()))
            .collect::<Vec<_>>()
            .join(" | "),
        Verdict::NotJudged(why) => why
            .iter()
            .map(|m| m.render(Lang::En))
            .collect::<Vec<_>>()
            .join(" | "),
    };
    (e.verdict.key(), what)
}

/// One case: the plan, the date, the rules switched off, the duty, what it must show.
struct Case {
    name: &'static str,
    yaml: String,
    as_of: &'static str,
    off: &'static [&'static str],
    duty: &'static str,
    verdict: &'static str,
    says: &'static str,
}

const MUNICIPALITY: &str =
    "municipality:\n  name: Testilä\n  plan_period: {start: 2025-01-01, end: 2028-12-31}\n";
const ACTORS: &str = "actors:\n  - {id: city, name: City services, kind: municipal_sector, sector: integration_services}\n  - {id: te, name: Employment area, kind: employment_authority}\n  - {id: county, name: Wellbeing county, kind: wellbeing_services_county}\n  - {id: ngo, name: Red Cross branch, kind: ngo}\n  - {id: firm, name: Firm Oy, kind: business}\n";

fn plan(parts: &[&str]) -> String {
    let mut s = String::from(MUNICIPALITY);
    s.push_str(ACTORS);
    for p in parts {
        s.push_str(p);
    }
    s
}

const SERVICES: &str = "services:\n  - {id: S-NA, name: Needs assessment, component: needs_assessment, responsible: te, cooperation: [city], target_groups: [employment_services_clients, recent_residence_permit, income_support_recipients, home_care_allowance_recipients, refugees, unaccompanied_minors, trafficking_victims], description: Skills and service needs assessed within a month of registering.}\n  - {id: S-CO, name: Civic orientation, component: civic_orientation, responsible: city, cooperation: [ngo], languages: [fi, ar, so], description: Twenty hours on work, housing and rights in the participants' own languages.}\n";
const OBJECTIVES: &str = "objectives:\n  - {id: O1, area: employment_and_education, statement: More immigrants in work, indicators: [I1], national_objective: VALKO employment}\n  - {id: O2, area: good_relations, statement: Residents trust each other, indicators: [I1]}\n";
const MEASURES: &str = "measures:\n  - {id: M1, title: Jobs, objectives: [O1], responsible: te, partners: [ngo]}\n  - {id: M2, title: Meetings, objectives: [O2], responsible: city, partners: [city]}\n";
const INDICATORS: &str = "indicators:\n  - {id: I1, name: Rate, baseline: {value: 50, date: 2025-01-31}, target: {value: 60, date: 2028-12-31}, source: Statistics}\n";

fn cases() -> Vec<Case> {
    let c = |name, yaml: String, duty, verdict, says| Case {
        name,
        yaml,
        as_of: "2026-06-01",
        off: &[],
        duty,
        verdict,
        says,
    };
    let mut v = vec![
        // §13: a component's service.
        c("service met", plan(&[SERVICES]), "programme.civic_orientation.service", "met", "service S-CO 'Civic orientation' @services[S-CO]"),
        c("service gap", plan(&[SERVICES]), "programme.integration_plan.service", "gap", "IA002 @services"),
        c("service gap: no services", plan(&[]), "programme.civic_orientation.service", "gap", "IA001"),
        c("service not judged: kept separately", plan(&["links:\n  - {id: L1, kind: integration_programme, title: Kotoutumisohjelma 2025, approved: 2024-12-16}\n"]), "programme.civic_orientation.service", "not_judged", "kept in 'Kotoutumisohjelma 2025' (IA006)"),
        c("service gap: a link that identifies no document", plan(&["links:\n  - {id: L1, kind: integration_programme, title: Programme 2025}\n"]), "programme.civic_orientation.service", "gap", "IA001 @links[L1]"),
        c("service gap: only labelled", plan(&[&SERVICES.replace(", description: Twenty hours on work, housing and rights in the participants' own languages.", ", description: TBD")]), "programme.civic_orientation.service", "gap", "IA009 @services[S-CO].description"),
        c("service met: described", plan(&[SERVICES]), "programme.civic_orientation.service", "met", "service S-CO 'Civic orientation': described"),
        c("needs assessment gap", plan(&[&SERVICES.replace("refugees, ", "")]), "programme.needs_assessment.service", "gap", "IA005"),
        c("needs assessment met", plan(&[SERVICES]), "programme.needs_assessment.service", "met", "covers the broadened target group"),
        // §13: responsible.
        c("responsible met", plan(&[SERVICES]), "programme.civic_orientation.responsible", "met", "responsible City services @services[S-CO].responsible"),
        c("responsible gap", plan(&[&SERVICES.replace("responsible: city, cooperation: [ngo]", "cooperation: [ngo]")]), "programme.civic_orientation.responsible", "gap", "IA003 @services[S-CO]"),
        c("responsible gap: a provider", plan(&[&SERVICES.replace("responsible: city, cooperation: [ngo]", "responsible: firm, cooperation: [ngo]")]), "programme.civic_orientation.responsible", "gap", "IA003 @services[S-CO].responsible"),
        c("responsible not judged", plan(&[SERVICES]), "programme.integration_training.responsible", "not_judged", "no service provides this component (IA002)"),
        c("responsible not judged: no services", plan(&[]), "programme.civic_orientation.responsible", "not_judged", "(IA001)"),
        // §13: cooperation.
        c("cooperation met", plan(&[SERVICES]), "programme.civic_orientation.cooperation", "met", "with Red Cross branch"),
        c("cooperation gap", plan(&[&SERVICES.replace("cooperation: [ngo]", "cooperation: [city]")]), "programme.civic_orientation.cooperation", "gap", "IA004"),
        c("cooperation gap: same organisation", plan(&[&SERVICES.replace("cooperation: [ngo]", "cooperation: [unit]")]).replace("actors:\n", "actors:\n  - {id: unit, name: City social services, kind: municipal_sector}\n"), "programme.civic_orientation.cooperation", "gap", "IA004"),
        c("cooperation not judged", plan(&[SERVICES]), "programme.guidance_and_counselling.cooperation", "not_judged", "(IA002)"),
        // §13: languages.
        c("languages met", plan(&[SERVICES]), "programme.civic_orientation.languages", "met", "in fi, ar, so"),
        c("languages gap", plan(&[&SERVICES.replace("languages: [fi, ar, so]", "languages: [fi]")]), "programme.civic_orientation.languages", "gap", "IA007"),
        c("languages gap: national languages", plan(&[&SERVICES.replace("languages: [fi, ar, so]", "languages: [fi, sv]")]), "programme.civic_orientation.languages", "gap", "IA007"),
        c("languages met by their number", plan(&[&SERVICES.replace("languages: [fi, ar, so]", "languages: [fi, sv], language_count: 8")]), "programme.civic_orientation.languages", "met", "in 8 languages"),
        c("languages not judged: not asked", plan(&[SERVICES]), "programme.needs_assessment.languages", "not_judged", "civic orientation only"),
        // §45: objective.
        c("objective met", plan(&[OBJECTIVES]), "planning.good_relations.objective", "met", "objective O2 'Residents trust each other' @objectives[O2]"),
        c("objective gap", plan(&[OBJECTIVES]), "planning.inclusion_and_equality.objective", "gap", "IA010 @objectives"),
        c("objective gap: a placeholder", plan(&[&OBJECTIVES.replace("statement: Residents trust each other", "statement: Lisätään myöhemmin.")]), "planning.good_relations.objective", "gap", "IA010 @objectives[O2].statement"),
        // §45: measure.
        c("measure met", plan(&[OBJECTIVES, MEASURES]), "planning.employment_and_education.measure", "met", "measure M1 'Jobs'"),
        c("measure gap", plan(&[OBJECTIVES, "measures:\n  - {id: M1, title: Jobs, objectives: [O1], responsible: te}\n"]), "planning.good_relations.measure", "gap", "IA011 @objectives[O2]"),
        c("measure not judged", plan(&[OBJECTIVES, MEASURES]), "planning.own_language_and_culture.measure", "not_judged", "no objective for this area (IA010)"),
        c("measure gap: not written", plan(&[OBJECTIVES, &MEASURES.replace("title: Meetings", "title: Toimenpide")]), "planning.good_relations.measure", "gap", "IA011 @measures[M2].title"),
        // §45: responsible.
        c("planning responsible met", plan(&[OBJECTIVES, MEASURES]), "planning.employment_and_education.responsible", "met", "responsible Employment area"),
        c("planning responsible gap", plan(&[OBJECTIVES, &MEASURES.replace("responsible: te, ", "")]), "planning.employment_and_education.responsible", "gap", "IA012 @measures[M1]"),
        c("planning responsible not judged", plan(&[OBJECTIVES, "measures:\n  - {id: M1, title: Jobs, objectives: [O1], responsible: te}\n"]), "planning.good_relations.responsible", "not_judged", "no measure serves this area's objectives (IA011)"),
        // §45: cooperation.
        c("planning cooperation met", plan(&[OBJECTIVES, MEASURES]), "planning.employment_and_education.cooperation", "met", "with Red Cross branch"),
        c("planning cooperation gap", plan(&[OBJECTIVES, MEASURES]), "planning.good_relations.cooperation", "gap", "IA013 @measures[M2].partners"),
        c("planning cooperation not judged", plan(&[OBJECTIVES, MEASURES]), "planning.inclusion_and_equality.cooperation", "not_judged", "(IA010)"),
        // §45: indicator.
        c("indicator met", plan(&[OBJECTIVES, INDICATORS]), "planning.good_relations.indicator", "met", "baseline 50, target 60"),
        c("indicator met without a target", plan(&[OBJECTIVES, &INDICATORS.replace(", target: {value: 60, date: 2028-12-31}", "")]), "planning.good_relations.indicator", "met", "indicator I1 'Rate' @indicators[I1]"),
        c("indicator gap", plan(&[OBJECTIVES, &INDICATORS.replace("name: Rate", "name: Mittari")]), "planning.good_relations.indicator", "gap", "IA014 @indicators[I1].name"),
        c("indicator gap: none", plan(&[&OBJECTIVES.replace(", indicators: [I1], national_objective", ", national_objective"), INDICATORS]), "planning.employment_and_education.indicator", "gap", "IA014 @objectives[O1]"),
        c("indicator not judged", plan(&[OBJECTIVES, INDICATORS]), "planning.wellbeing_health_housing.indicator", "not_judged", "(IA010)"),
        // Duties of their own.
        c("mainstreaming met", plan(&["links:\n  - {id: L1, kind: municipal_strategy, title: Strategy, mainstreaming: Goal 3 of the strategy names immigrant residents in every sector's targets.}\n"]), "duty.mainstreaming", "met", "link L1 'Strategy': says how"),
        c("mainstreaming gap", plan(&["links:\n  - {id: L1, kind: municipal_strategy, title: Strategy}\n"]), "duty.mainstreaming", "gap", "IA016 @links[L1].mainstreaming"),
        c("mainstreaming gap: all residents", plan(&["links:\n  - {id: L1, kind: municipal_strategy, title: Strategy, mainstreaming: The strategy applies to all residents of the town alike.}\n"]), "duty.mainstreaming", "gap", "IA016 @links[L1].mainstreaming"),
        c("mainstreaming not judged: former act", plan(&[]).replace("  plan_period:", "  law_basis: 1386/2010\n  plan_period:"), "duty.mainstreaming", "not_judged", "former act 1386/2010 (IA026)"),
        c("law basis met", plan(&[]), "duty.law_basis", "met", "written under the Integration Act 681/2023"),
        c("law basis gap", plan(&[]).replace("  plan_period:", "  law_basis: 1386/2010\n  plan_period:"), "duty.law_basis", "gap", "IA026 @municipality.law_basis"),
        c("law basis not judged", "actors: []\n".to_owned(), "duty.law_basis", "not_judged", "no `municipality` section"),
        c("national objectives met", plan(&[OBJECTIVES]), "duty.national_objectives", "met", "carries the national objective 'VALKO employment'"),
        c("national objectives gap", plan(&[&OBJECTIVES.replace(", national_objective: VALKO employment", "")]), "duty.national_objectives", "gap", "IA023"),
        c("national objectives gap: a placeholder", plan(&[&OBJECTIVES.replace("national_objective: VALKO employment", "national_objective: x")]), "duty.national_objectives", "gap", "IA023"),
        c("county met", plan(&["links:\n  - {id: L1, kind: wellbeing_services_county_plan, title: County plan, mainstreaming: The county and the city plan their integration services together each spring.}\n"]), "duty.wellbeing_services_county", "met", "says how the planning is coordinated"),
        c("county gap", plan(&[]), "duty.wellbeing_services_county", "gap", "IA017"),
        c("county met: a partner", plan(&[OBJECTIVES, &MEASURES.replace("partners: [ngo]", "partners: [ngo, county]")]), "duty.wellbeing_services_county", "met", "the wellbeing services county takes part in this measure"),
        c("county gap: as needed", plan(&["links:\n  - {id: L1, kind: wellbeing_services_county_plan, title: County plan, mainstreaming: Planning is coordinated with the county as needed.}\n"]), "duty.wellbeing_services_county", "gap", "IA017 @links[L1].mainstreaming"),
        c("employment objectives met", plan(&[OBJECTIVES, "measures:\n  - {id: M1, title: Jobs, objectives: [O1], responsible: te, sector: business_services}\n"]), "duty.national_employment_objectives", "met", "concerns the municipality's vitality"),
        c("employment objectives gap", plan(&[OBJECTIVES]), "duty.national_employment_objectives", "gap", "IA033"),
        c("measures serve objectives met", plan(&[OBJECTIVES, MEASURES]), "duty.measures_serve_objectives", "met", "all 2 measures"),
        c("measures serve objectives gap", plan(&["measures:\n  - {id: M1, title: Jobs, responsible: te}\n"]), "duty.measures_serve_objectives", "gap", "IA015"),
        c("measures serve objectives not judged", plan(&[]), "duty.measures_serve_objectives", "not_judged", "no measure"),
        c("indicator quality met", plan(&[OBJECTIVES, INDICATORS]), "duty.indicator_quality", "met", "indicator I1 'Rate'"),
        c("indicator quality gap", plan(&[OBJECTIVES, &INDICATORS.replace(", source: Statistics", "")]), "duty.indicator_quality", "gap", "MLG009"),
        c("indicator quality not judged", plan(&[]), "duty.indicator_quality", "not_judged", "no indicator"),
        c("situation met", plan(&[]).replace("  plan_period:", "  situation: {year: 2024, source: Statistics Finland, foreign_language_residents: 900, reasons: [work], ages: [{ages: 0-17, residents: 200}], languages: [{language: ar, residents: 100}], employment: {employment_rate_percent: 60}}\n  plan_period:"), "duty.situation_picture", "met", "situation picture of 2024"),
        c("situation gap", plan(&[]), "duty.situation_picture", "gap", "IA030 @municipality"),
        c("planning mode met", plan(&[]).replace("  plan_period:", "  planning: {mode: alone}\n  plan_period:"), "duty.planning_mode", "met", "planned on its own"),
        c("planning mode gap", plan(&[]), "duty.planning_mode", "gap", "IA031"),
        c("information for all met", plan(&["measures:\n  - {id: M1, title: Info desk, kind: information, target_groups: [immigrants]}\n"]), "duty.information_for_all", "met", "measure M1 'Info desk'"),
        c("information for all gap", plan(&["measures:\n  - {id: M1, title: Info desk, kind: information, target_groups: [refugees]}\n"]), "duty.information_for_all", "gap", "IA032 @measures[M1].target_groups"),
        c("participation met", plan(&["consultations:\n  - {id: K1, title: Hearing, date: 2024-11-01, method: hearing, groups: [immigrants], needs: [{id: N1, need: Evening courses}]}\n"]), "duty.participation", "met", "heard on 2024-11-01, 1 need recorded"),
        c("participation gap", plan(&[]), "duty.participation", "gap", "IA019"),
        c("participation met: a council that plans", plan(&["structures:\n  - {id: C1, name: Multicultural council, kind: council, groups: [immigrants], participation: [planning]}\n"]), "duty.participation", "met", "structure C1 'Multicultural council': took part in planning"),
        c("cooperation group met", plan(&["structures:\n  - {id: G1, name: Integration group, kind: cooperation_group}\n"]), "duty.cooperation_group", "met", "structure G1 'Integration group'"),
        c("cooperation group gap", plan(&[]), "duty.cooperation_group", "gap", "IA018 @municipality"),
        c("good relations group met", plan(&["structures:\n  - {id: G1, name: Relations group, kind: good_relations_working_group}\n"]), "duty.good_relations_working_group", "met", "structure G1 'Relations group'"),
        c("good relations group gap", plan(&[]), "duty.good_relations_working_group", "gap", "IA020"),
        c("plan period met", plan(&[]), "duty.plan_period", "met", "plan period 2025-01-01 – 2028-12-31 @municipality.plan_period"),
        c("plan period gap", plan(&[]).replace("  plan_period: {start: 2025-01-01, end: 2028-12-31}\n", ""), "duty.plan_period", "gap", "IA024"),
        c("regional authority met", plan(&[]).replace("  plan_period:", "  regional_authority: {kind: vitality_centre, name: Inland Finland vitality centre}\n  plan_period:"), "duty.regional_authority", "met", "reports to Inland Finland vitality centre"),
        c("regional authority gap", plan(&[]), "duty.regional_authority", "gap", "IA025"),
        c("two-yearly report not judged: not due", plan(&[]), "duty.two_yearly_report", "not_judged", "the first report is due on 2027-03-31"),
        c("two-yearly report not judged: no period, not yet due", plan(&[]).replace("  plan_period: {start: 2025-01-01, end: 2028-12-31}\n", ""), "duty.two_yearly_report", "not_judged", "the first report is due on 2027-03-31"),
    ];
    let report = "reports:\n  - id: R1\n    period: {start: 2025-01-01, end: 2026-12-31}\n    submitted: 2027-02-01\n    contents:\n      objectives_achieved: Employment rose as planned, see section 2 of the report\n      measures_implemented: Section 3 lists every measure carried out in the period\n      equal_access: Services were offered in six languages, see section 4\n      financial_resources: State compensation covered the work, see section 5\n      effectiveness: Participants' survey results are in section 6 of the report\n";
    v.push(Case {
        as_of: "2027-06-01",
        ..c(
            "two-yearly report met",
            plan(&[report]),
            "duty.two_yearly_report",
            "met",
            "report R1 for 2025-01-01 – 2026-12-31, submitted on 2027-02-01",
        )
    });
    v.push(Case {
        as_of: "2027-06-01",
        ..c(
            "two-yearly report gap",
            plan(&[]),
            "duty.two_yearly_report",
            "gap",
            "IA021",
        )
    });
    v.push(Case {
        as_of: "2027-06-01",
        ..c(
            "two-yearly report gap: submitted before its period ended",
            plan(&[&report.replace("submitted: 2027-02-01", "submitted: 2026-06-01")]),
            "duty.two_yearly_report",
            "gap",
            "IA021 @reports",
        )
    });
    v.push(Case {
        as_of: "2027-06-01",
        ..c(
            "two-yearly report gap: boilerplate contents",
            plan(&[&format!("reports:\n  - id: R1\n    period: {{start: 2025-01-01, end: 2026-12-31}}\n    submitted: 2027-02-01\n    contents:\n{}", ["objectives_achieved", "measures_implemented", "equal_access", "financial_resources", "effectiveness"].map(|k| format!("      {k}: See the report for details.\n")).concat())]),
            "duty.two_yearly_report",
            "gap",
            "IA022 @reports[R1].contents",
        )
    });
    // Any duty is not judged when its rules are switched off, never ticked.
    for (duty, rules) in [
        ("duty.mainstreaming", &["IA016"][..]),
        ("duty.national_objectives", &["IA023"]),
        ("duty.wellbeing_services_county", &["IA017"]),
        ("planning.good_relations.objective", &["IA010"]),
        ("duty.situation_picture", &["IA030"]),
        ("duty.planning_mode", &["IA031"]),
        ("duty.information_for_all", &["IA032"]),
        ("duty.participation", &["IA019"]),
        ("duty.cooperation_group", &["IA018"]),
        ("duty.good_relations_working_group", &["IA020"]),
        ("duty.plan_period", &["IA024"]),
        ("duty.regional_authority", &["IA025", "IA034"]),
        ("duty.national_employment_objectives", &["IA033"]),
    ] {
        v.push(Case {
            off: Box::leak(rules.to_vec().into_boxed_slice()),
            ..c(
                "switched off",
                plan(&[OBJECTIVES]),
                duty,
                "not_judged",
                "switched off in the configuration",
            )
        });
    }
    v
}

#[test]
fn every_duty_is_met_with_evidence_a_gap_with_findings_or_not_judged_with_a_reason() {
    let mut problems = Vec::new();
    let mut seen: Vec<(String, &str)> = Vec::new();
    for case in cases() {
        let report = check(&case.yaml, case.as_of, case.off);
        let (verdict, what) = shown(&report, case.duty);
        if verdict != case.verdict || !what.contains(case.says) {
            problems.push(format!(
                "{} ({}): {verdict}: {what}\n    wanted {} with {:?}",
                case.name, case.duty, case.verdict, case.says
            ));
        }
        // Each duty's kind (a grid column counted once) with each verdict it can take.
        let kind = case
            .duty
            .split('.')
            .enumerate()
            .filter(|(i, _)| *i != 1 || case.duty.starts_with("duty."))
            .map(|(_, p)| p)
            .collect::<Vec<_>>()
            .join(".");
        seen.push((kind, case.verdict));
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    // Every duty is shown met and a gap, and not judged where it can be.
    for d in goodrel::duty::all() {
        let kind = match d.grid {
            Some(grid) => format!("{}.{}", grid.key(), d.key),
            None => format!("duty.{}", d.key),
        };
        for verdict in ["met", "gap", "not_judged"] {
            assert!(
                seen.iter().any(|(k, v)| *k == kind && *v == verdict),
                "{kind} has no {verdict} case"
            );
        }
    }
}
