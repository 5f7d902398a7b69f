//! The plan file format: the sections a municipality writes, as Rust types. These types are
//! the format's single definition: serde reads plan files into them and schemars turns them
//! into `schemas/plan.schema.json`. Field names are plain English snake_case; where a
//! Finnish or Swedish word maps to one value unambiguously it is accepted as an alias.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::choices::*;
use super::date::Date;

/// One plan file: any of the sections, each optional. A plan is the union of its files.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, title = "goodrel plan file")]
pub struct PlanFile {
    /// Who the plan belongs to. Exactly one file of the plan holds this section.
    pub municipality: Option<Municipality>,
    /// Everyone who carries out or cooperates on the work: city sectors, the wellbeing
    /// services county, the ELY Centre or vitality centre, NGOs, parishes, police, companies.
    pub actors: Vec<Actor>,
    /// The integration programme: the services of the initial phase of integration.
    pub services: Vec<Service>,
    /// What the municipality wants to achieve, per planning area.
    pub objectives: Vec<Objective>,
    /// What is done to reach the objectives.
    pub measures: Vec<Measure>,
    /// How progress is measured.
    pub indicators: Vec<Indicator>,
    /// Cooperation groups, councils, working groups, co-design processes and dialogues.
    pub structures: Vec<Structure>,
    /// Hearings of residents and organisations, and the needs they brought up.
    pub consultations: Vec<Consultation>,
    /// Related plans and programmes this plan connects to.
    pub links: Vec<Link>,
    /// The two-yearly reports to the ELY Centre / vitality centre.
    pub reports: Vec<Report>,
}

/// The names of the sections, in the order documented.
pub const SECTIONS: &[&str] = &[
    "municipality",
    "actors",
    "services",
    "objectives",
    "measures",
    "indicators",
    "structures",
    "consultations",
    "links",
    "reports",
];

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Municipality {
    /// The municipality's name, e.g. "Oulu" or "Raasepori / Raseborg".
    pub name: String,
    /// Statistics Finland municipality code, e.g. "564".
    #[serde(default)]
    pub code: Option<String>,
    /// The regional state authority that receives the reports: an ELY Centre (before 2026)
    /// or a regional vitality centre (from 2026).
    #[serde(default)]
    pub regional_authority: Option<RegionalAuthority>,
    /// The wellbeing services county the municipality belongs to.
    #[serde(default)]
    pub wellbeing_services_county: Option<String>,
    /// Official languages of the municipality, e.g. `[fi, sv]` (or `[fi]`); the first one the
    /// output language falls back to (see docs/plan-format.md).
    #[serde(default)]
    pub official_languages: Vec<String>,
    /// The period the plan covers.
    #[serde(default)]
    pub plan_period: Option<Period>,
    /// Which body approved the plan and when.
    #[serde(default)]
    pub approval: Option<Approval>,
    /// The vision the plan communicates; inclusion and good relations belong at its core.
    #[serde(default)]
    pub vision: Option<String>,
    /// The actor id of the party that coordinates integration and good-relations work.
    #[serde(default)]
    pub coordinator: Option<String>,
    /// How the planning is organised: alone, with other municipalities, as part of another plan.
    #[serde(default)]
    pub planning: Option<Planning>,
    /// What the municipality means by good relations, and between which groups.
    #[serde(default)]
    pub good_relations: Option<GoodRelationsScope>,
    /// The local immigration situation the plan rests on.
    #[serde(default)]
    pub situation: Option<Situation>,
    /// How objectives are communicated to authorities and residents.
    #[serde(default)]
    pub communication: Vec<String>,
    /// The act the plan is written under: `681/2023` (the Integration Act in force since
    /// 2025), or `1386/2010` for material prepared under the former act. Default 681/2023.
    #[serde(default)]
    pub law_basis: Option<LawBasis>,
    /// The money set aside for integration and good-relations work: one entry or a list, one
    /// per source and year, e.g. `{amount_eur: 250000, source: state compensation, year: 2026}`.
    #[serde(default)]
    pub budget: OneOrMany<Budget>,
}

/// An amount of money for the plan or a measure: how much, from where, for which year.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Budget {
    /// The amount in euros, e.g. 120000.
    pub amount_eur: f64,
    /// Where the money comes from, e.g. "city budget", "state compensation", "AMIF".
    #[serde(default)]
    pub source: Option<String>,
    /// The budget year; leave out when the amount covers the whole plan period.
    #[serde(default)]
    pub year: Option<i32>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RegionalAuthority {
    /// `ely_centre` (plans written before 2026) or `vitality_centre` (elinvoimakeskus).
    pub kind: RegionalAuthorityKind,
    /// Its name, e.g. "Pohjois-Pohjanmaan ELY-keskus" or "Pohjois-Suomen elinvoimakeskus".
    pub name: String,
    /// The actor id of the authority, if it is also listed under `actors`.
    #[serde(default)]
    pub actor: Option<String>,
}

/// A period: its first and last day. Written as a map, `{start: 2025-01-01, end:
/// 2028-12-31}` (either may be a bare year: its 1 January, its 31 December), or as years the
/// way programmes title themselves, `"2025–2028"`.
#[derive(Debug, Clone, Serialize)]
pub struct Period {
    /// The first day of the period.
    pub start: Date,
    /// The last day of the period.
    pub end: Date,
}

/// A period written as a map.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(deny_unknown_fields)]
struct PeriodFields {
    /// The first day of the period, e.g. 2025-01-01 or 1.1.2025, or a year (its 1 January).
    #[serde(deserialize_with = "super::date::start_or_year")]
    #[schemars(with = "super::date::DateOrYear")]
    start: Option<Date>,
    /// The last day of the period, e.g. 2028-12-31, or a year (its 31 December).
    #[serde(deserialize_with = "super::date::end_or_year")]
    #[schemars(with = "super::date::DateOrYear")]
    end: Option<Date>,
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Period;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a period: {start, end} or years such as 2025–2028")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Period, E> {
                let (from, to) = super::date::read_years(v)
                    .ok_or_else(|| E::custom(super::date::NotADate::Text(v.to_owned())))?;
                Ok(Period {
                    start: Date::start_of_year(from),
                    end: Date::end_of_year(to),
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Period, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Period, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Period, A::Error> {
                let fields = PeriodFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (fields.start, fields.end) {
                    (Some(start), Some(end)) => Ok(Period { start, end }),
                    (None, _) => Err(de::Error::missing_field("start")),
                    (_, None) => Err(de::Error::missing_field("end")),
                }
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut fields = PeriodFields::json_schema(generator);
        if let Some(object) = fields.as_object_mut() {
            object.insert("required".into(), serde_json::json!(["start", "end"]));
            object.remove("description");
        }
        schemars::json_schema!({
            "anyOf": [
                fields,
                {
                    "type": "string",
                    "pattern": super::date::YEARS_PATTERN,
                    "description": "Years, e.g. \"2025–2028\": 1 January of the first to 31 December of the last."
                }
            ]
        })
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Approval {
    /// E.g. "City Council" / "kaupunginvaltuusto".
    pub body: String,
    /// The date of the approving decision, YYYY-MM-DD.
    pub date: Date,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Planning {
    /// Whether the municipality plans alone, with others, or inside another plan.
    pub mode: PlanningMode,
    /// When the planning is part of another document: its title.
    #[serde(default)]
    pub document: Option<String>,
    /// Decision-makers' timetable for preparing and approving the plan.
    #[serde(default)]
    pub timetable: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GoodRelationsScope {
    /// What the municipality means by relations between population groups.
    pub definition: String,
    /// Which population groups the work concerns.
    #[serde(default)]
    pub groups: Vec<PopulationGroup>,
}

/// The situation picture (tilannekuva) of local immigration the plan rests on: a summary
/// and, where the municipality has them, figures for one year with their source.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Situation {
    /// A short description of the local immigration situation.
    #[serde(default)]
    pub summary: Option<String>,
    /// The year the figures describe.
    #[serde(default)]
    pub year: Option<i32>,
    /// Where the figures come from, e.g. "Statistics Finland, population structure 2024".
    #[serde(default)]
    pub source: Option<String>,
    /// Residents whose native language is not Finnish, Swedish or Sámi.
    #[serde(default)]
    pub foreign_language_residents: Option<u64>,
    /// Their share of all residents, in per cent, when the source gives a share rather than
    /// a number ("4.6 %").
    #[serde(default)]
    pub foreign_language_share_percent: Option<f64>,
    /// Why people have come: asylum, quota refugees, study, work, family.
    #[serde(default)]
    pub reasons: Vec<ArrivalReason>,
    /// Residents by reason of arrival, e.g. `{reason: work, share_percent: 34}`.
    #[serde(default)]
    pub by_reason: Vec<ReasonFigure>,
    /// The most spoken languages after the official ones, e.g. `{language: ru, residents: 4100}`.
    #[serde(default)]
    pub languages: Vec<LanguageFigure>,
    /// Residents by age group, e.g. `{ages: "0-17", share_percent: 27}`.
    #[serde(default)]
    pub ages: Vec<AgeFigure>,
    /// Employment of immigrant residents.
    #[serde(default)]
    pub employment: Option<EmploymentFigures>,
    /// Further sources of the situation picture.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// How many residents came for one reason of arrival.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ReasonFigure {
    /// The reason of arrival.
    pub reason: ArrivalReason,
    /// The number of residents.
    #[serde(default)]
    pub residents: Option<u64>,
    /// Their share of the immigrant residents, in per cent.
    #[serde(default)]
    pub share_percent: Option<f64>,
}

/// How many residents speak one language as their native language.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LanguageFigure {
    /// The language, as an ISO 639 code (e.g. `ru`, `ar`, `so`) or a name.
    pub language: String,
    /// The number of residents.
    #[serde(default)]
    pub residents: Option<u64>,
    /// Their share of the foreign-language residents, in per cent.
    #[serde(default)]
    pub share_percent: Option<f64>,
}

/// How many immigrant residents fall into one age group.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AgeFigure {
    /// The age group as written in the source, e.g. "0-17", "18-64", "65+".
    pub ages: String,
    /// The number of residents.
    #[serde(default)]
    pub residents: Option<u64>,
    /// Their share of the immigrant residents, in per cent.
    #[serde(default)]
    pub share_percent: Option<f64>,
}

/// Employment of the immigrant residents, as the source reports it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EmploymentFigures {
    /// Employment rate of working-age immigrant residents, in per cent.
    #[serde(default)]
    pub employment_rate_percent: Option<f64>,
    /// Unemployment rate of immigrant jobseekers, in per cent.
    #[serde(default)]
    pub unemployment_rate_percent: Option<f64>,
    /// The number of unemployed immigrant jobseekers.
    #[serde(default)]
    pub unemployed_jobseekers: Option<u64>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Actor {
    /// A short unique id used to refer to this actor, e.g. `youth-services`.
    pub id: String,
    /// The actor's name as residents know it, e.g. "Youth services" / "Nuorisopalvelut".
    pub name: String,
    /// What sort of actor it is: a municipal sector, the wellbeing services county, an NGO, and
    /// so on.
    pub kind: ActorKind,
    /// Local, regional, national or international.
    #[serde(default)]
    pub level: Option<GovernanceLevel>,
    /// For a municipal sector or a service provider: the sector it works in.
    #[serde(default)]
    pub sector: Option<Sector>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Service {
    /// A short unique id used to refer to this service, e.g. `civic-orientation`.
    pub id: String,
    /// The service's name, e.g. "Multilingual civic orientation".
    pub name: String,
    /// What kind of service this is: a service of the programme (the default), or
    /// interpreting or refugee reception, which support the programme but are none of its
    /// six components.
    #[serde(default)]
    pub kind: ServiceKind,
    /// Which of the programme's six minimum-content components this service provides;
    /// required for a programme service, left out for interpreting and reception.
    #[serde(default)]
    pub component: Option<Component>,
    /// The actor id responsible for the service.
    #[serde(default)]
    pub responsible: Option<String>,
    /// Actor ids of other service providers this service cooperates with.
    #[serde(default)]
    pub cooperation: Vec<String>,
    /// The population groups the service is meant for, e.g. `[immigrants, refugees]`.
    #[serde(default)]
    pub target_groups: Vec<PopulationGroup>,
    /// Languages the service is offered in, e.g. `[fi, en, ar, so]` (or one language).
    #[serde(default)]
    pub languages: OneOrMany<String>,
    /// True when the service is given in the client's own language whatever it is (with an
    /// interpreter where needed), rather than in a listed set of languages.
    #[serde(default)]
    pub client_language: bool,
    /// How many languages the service is offered in, when the plan gives a number rather than
    /// the languages ("in ten languages": `language_count: 10`).
    #[serde(default)]
    pub language_count: Option<u32>,
    /// What the service offers and how it is reached, in a sentence or two.
    #[serde(default)]
    pub description: Option<String>,
}

impl Service {
    /// Whether this service is one of the programme's six components (not interpreting or
    /// reception, which support the programme without being a component of it).
    pub fn in_programme(&self) -> bool {
        self.kind == ServiceKind::Programme
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Objective {
    /// A short unique id used to refer to this objective, e.g. `O1`.
    pub id: String,
    /// The planning area this objective belongs to, or a list of them for an objective that
    /// serves several, e.g. `[employment_and_education, inclusion_and_equality]`.
    pub area: OneOrMany<Area>,
    /// What the municipality wants to achieve, in one sentence.
    pub statement: String,
    /// The programme's own theme the objective is written under, beside the statutory
    /// `area`, e.g. "Work and skills" / "Työ ja osaaminen".
    #[serde(default)]
    pub theme: Option<String>,
    /// Indicator ids that measure progress on this objective.
    #[serde(default)]
    pub indicators: Vec<String>,
    /// The national objective (e.g. of the Government Integration Programme VALKO) this
    /// objective turns into local action.
    #[serde(default)]
    pub national_objective: Option<String>,
}

impl Objective {
    /// Whether the objective belongs to `area` (among others).
    pub fn serves(&self, area: Area) -> bool {
        self.area.contains(&area)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Measure {
    /// A short unique id used to refer to this measure, e.g. `M12`.
    pub id: String,
    /// The measure's name, e.g. "Language café".
    pub title: String,
    /// What is done, for whom and how, in a sentence or two; goodrel reads it to place the
    /// measure on the pyramid when `level` and `kind` are left out.
    #[serde(default)]
    pub description: Option<String>,
    /// Objective ids this measure serves, e.g. `[O1, O3]`.
    #[serde(default)]
    pub objectives: Vec<String>,
    /// The actor id responsible for carrying out the measure.
    #[serde(default)]
    pub responsible: Option<String>,
    /// Actor ids of the partners it is done with, e.g. `[library, red-cross]`.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Partners the plan describes without naming them ("local associations and
    /// companies"), each with its kind, e.g. `[{kind: association, text: local associations}]`.
    #[serde(default)]
    pub described_partners: Vec<DescribedPartner>,
    /// The municipal sector or service area the measure belongs to.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// The population groups the measure is meant for, e.g. `[immigrants, young_people]`;
    /// `all_residents` marks a mainstream measure.
    #[serde(default)]
    pub target_groups: Vec<PopulationGroup>,
    /// The pyramid level; inferred from the other fields when left out.
    #[serde(default)]
    pub level: Option<PyramidLevel>,
    /// What kind of action this is.
    #[serde(default)]
    pub kind: Option<MeasureKind>,
    /// Free keywords describing the purpose, e.g. `[dialogue, mediation]`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// When the measure starts and (if it is not ongoing) ends.
    #[serde(default)]
    pub timetable: Option<Timetable>,
    /// Where the measure's money comes from and what it covers.
    #[serde(default)]
    pub funding: Option<Funding>,
    /// The measure's budget: one entry or a list, one per source and year, e.g.
    /// `{amount_eur: 15000, source: city budget, year: 2026}`.
    #[serde(default)]
    pub budget: OneOrMany<Budget>,
    /// Ids of consultation needs this measure answers.
    #[serde(default)]
    pub answers: Vec<String>,
    /// Forms of participation residents have in this measure, e.g. `[planning, implementation]`.
    #[serde(default)]
    pub participation: Vec<ParticipationForm>,
    /// Whether the measure is planned, ongoing, done or dropped.
    #[serde(default)]
    pub status: Option<Status>,
    /// Languages the measure reaches residents in, e.g. `[fi, en, ar, so]`; for information
    /// participation, multilingual information is what lets every group take part.
    #[serde(default)]
    pub languages: Vec<String>,
    /// For a measure of kind `dialogue`: the conditions a dialogue needs (CoE-MLG Part III,
    /// "Using dialogue to promote inclusion and good relations").
    #[serde(default)]
    pub dialogue: Option<DialogueConditions>,
}

/// A partner the plan describes without an id: its kind and the plan's own words.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DescribedPartner {
    /// What sort of actor it is, e.g. `association` or `business`.
    pub kind: ActorKind,
    /// The plan's words for it, e.g. "local associations and companies".
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Timetable {
    /// When the measure starts: a date, or a year (read as its 1 January). Leave it out for
    /// a standing measure that was running before the plan.
    #[serde(default, deserialize_with = "super::date::start_or_year")]
    #[schemars(with = "Option<super::date::DateOrYear>")]
    pub start: Option<Date>,
    /// When it ends: a date, or a year (read as its 31 December). Leave it out, or set
    /// `ongoing: true`, for a standing measure.
    #[serde(default, deserialize_with = "super::date::end_or_year")]
    #[schemars(with = "Option<super::date::DateOrYear>")]
    pub end: Option<Date>,
    /// A standing measure with no end date (e.g. a permanent service or an annual event).
    #[serde(default)]
    pub ongoing: bool,
}

impl Timetable {
    /// Whether the timetable says nothing at all (`timetable: {}`).
    pub fn is_empty(&self) -> bool {
        self.start.is_none() && self.end.is_none() && !self.ongoing
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Funding {
    /// Where the money comes from, e.g. "city budget", "state compensation", "AMIF".
    pub source: String,
    /// The amount in euros, e.g. 12000.
    #[serde(default)]
    pub amount_eur: Option<f64>,
    /// What the money pays for beyond the measure itself.
    #[serde(default)]
    pub covers: Vec<FundingUse>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Indicator {
    /// A short unique id used to refer to this indicator, e.g. `I3`.
    pub id: String,
    /// What is measured, e.g. "Employment rate of foreign-language speakers".
    pub name: String,
    /// The unit of the values, e.g. "%", "persons" or "score 1–5".
    #[serde(default)]
    pub unit: Option<String>,
    /// Where the data comes from, e.g. "Statistics Finland", "school health survey".
    #[serde(default)]
    pub source: Option<String>,
    /// The value at the start of the plan period, with the date it was measured.
    #[serde(default)]
    pub baseline: Option<Measurement>,
    /// The value the plan aims for, with the date it should be reached.
    #[serde(default)]
    pub target: Option<Measurement>,
    /// Measured values over time.
    #[serde(default)]
    pub values: Vec<Measurement>,
    /// How often it is measured.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// A standard instrument the indicator uses, e.g. `esis`.
    #[serde(default)]
    pub instrument: Option<Instrument>,
    /// For a survey instrument: the statements asked, in order.
    #[serde(default)]
    pub items: Vec<String>,
    /// The language the `items` are written in (default `en`). goodrel can confirm that ESIS
    /// statements are unmodified only for the English wording of the CoE guide.
    #[serde(default)]
    pub items_language: Option<String>,
    /// Whether results are reported for groups or used to assess individual clients. ESIS is
    /// validated for groups only.
    #[serde(default)]
    pub reported_for: Option<ReportingUnit>,
    /// How many points the answer scale has (ESIS uses a five-point agreement scale).
    #[serde(default)]
    pub scale_points: Option<u8>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Measurement {
    /// The measured (or target) value, in the indicator's unit.
    pub value: f64,
    /// When it was measured (or should be reached), YYYY-MM-DD.
    pub date: Date,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Structure {
    /// A short unique id used to refer to this structure, e.g. `cooperation-group`.
    pub id: String,
    /// The structure's name, e.g. "Immigrant council" / "Maahanmuuttajaneuvosto".
    pub name: String,
    /// What sort of structure it is: a cooperation group, a council, a working group, a
    /// co-design process, and so on.
    pub kind: StructureKind,
    /// The actor id that convenes it.
    #[serde(default)]
    pub convener: Option<String>,
    /// Actor ids of member organisations, e.g. `[youth-services, red-cross]`.
    #[serde(default)]
    pub members: Vec<String>,
    /// Population groups represented in it, e.g. `[immigrants, roma]`.
    #[serde(default)]
    pub groups: Vec<PopulationGroup>,
    /// Its members counted by group when they are people rather than organisations ("6
    /// immigrant residents and 6 officials"), e.g. `[{count: 6, group: immigrants}, {count:
    /// 6, who: city officials}]`.
    #[serde(default)]
    pub member_counts: Vec<MemberCount>,
    /// The planning areas it works on, e.g. `[good_relations]`.
    #[serde(default)]
    pub remit: Vec<Area>,
    /// How often it meets.
    #[serde(default)]
    pub meets: Option<Frequency>,
    /// How many times a year it meets, when the plan gives a number ("about five meetings a
    /// year": `meetings_per_year: 5`); read instead of `meets` where both are given.
    #[serde(default)]
    pub meetings_per_year: Option<f64>,
    /// What it is and does, in a sentence or two; goodrel reads it with the name and the
    /// mandate to place the structure on the pyramid.
    #[serde(default)]
    pub description: Option<String>,
    /// What it may decide, propose or initiate.
    #[serde(default)]
    pub mandate: Option<String>,
    /// Languages it works in, e.g. `[fi, en]`; interpretation counts.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Its budget, meeting fees and secretarial support.
    #[serde(default)]
    pub resources: Option<Resources>,
    /// Whether composition, proceedings and outcomes are public.
    #[serde(default)]
    pub transparency: Option<Transparency>,
    /// Forms of participation its members have: information, initiation, planning,
    /// decision-making, implementation, evaluation.
    #[serde(default)]
    pub participation: Vec<ParticipationForm>,
    /// The level of governance it works at; when left out, a regional cooperation group is
    /// regional and every other kind local. Set it for e.g. a regional ETNO board (regional)
    /// or the Good Relations Forum (national) the municipality takes part in.
    #[serde(default)]
    pub level: Option<GovernanceLevel>,
    /// For a council: the issues it focuses on, per period (the structure of meaningful
    /// inclusion).
    #[serde(default)]
    pub focus_issues: Vec<FocusIssues>,
    /// What it has the right to do, e.g. [initiatives_to_council, information,
    /// strategy_participation].
    #[serde(default)]
    pub rights: Vec<StructureRight>,
    /// Ids of the structures it is linked to, e.g. a council linked to the cooperation group
    /// that plans and monitors integration and good relations.
    #[serde(default)]
    pub linked_to: Vec<String>,
    /// For a council: how members and the chair are chosen.
    #[serde(default)]
    pub membership: Option<Membership>,
    /// For a council: how members' skills are developed, e.g. ["training on municipal
    /// decision-making", "study trip"].
    #[serde(default)]
    pub skills_development: Vec<String>,
    /// For a co-design process: its conditions (CoE-MLG Part III, "Conditions for co-design").
    #[serde(default)]
    pub co_design: Option<CoDesignConditions>,
    /// For a dialogue: its conditions (CoE-MLG Part III, "Using dialogue to promote inclusion
    /// and good relations").
    #[serde(default)]
    pub dialogue: Option<DialogueConditions>,
    /// For a decision-maker session: the Ministry of Justice good-relations data-collection
    /// cycle it belongs to (discussion sessions, this session and its action plan, a
    /// feedback survey, the next round).
    #[serde(default)]
    pub cycle: Option<DataCollectionCycle>,
}

impl Structure {
    /// How many times a year it meets: the plan's number, else its frequency's (none when it
    /// meets only as needed, or the plan does not say).
    pub fn meetings_per_year(&self) -> Option<f64> {
        self.meetings_per_year.or_else(|| {
            self.meets
                .filter(|f| *f != Frequency::AsNeeded)
                .map(Frequency::per_year)
        })
    }

    /// The population groups represented in it: its `groups` and the groups its member
    /// counts name.
    pub fn represented_groups(&self) -> impl Iterator<Item = PopulationGroup> + '_ {
        self.groups
            .iter()
            .copied()
            .chain(self.member_counts.iter().filter_map(|m| m.group))
    }
}

/// How many of a structure's members belong to one group.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MemberCount {
    /// How many members.
    pub count: u32,
    /// The population group they come from, e.g. `immigrants`.
    #[serde(default)]
    pub group: Option<PopulationGroup>,
    /// Who they are when no population group says it, e.g. "city officials".
    #[serde(default)]
    pub who: Option<String>,
}

/// The issues a council focuses on during one period.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FocusIssues {
    /// The period; when left out, the issues hold for the whole plan period.
    #[serde(default)]
    pub period: Option<Period>,
    /// The issues, each in a few words, e.g. "youth employment".
    pub issues: Vec<String>,
}

/// How a council's members and chair are chosen.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Membership {
    /// The kinds of diversity recruitment seeks, e.g. [languages, religions, gender].
    #[serde(default)]
    pub diversity: Vec<DiversityDimension>,
    /// What is required of the chair, e.g. "expertise in the mandate, communication skills".
    #[serde(default)]
    pub chair: Option<String>,
    /// The expertise and motivation sought from members.
    #[serde(default)]
    pub expertise: Option<String>,
}

/// The conditions for co-design.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CoDesignConditions {
    /// The time set aside, e.g. "six workshops, September 2026 to February 2027". The money
    /// is the structure's `resources.budget_eur`.
    #[serde(default)]
    pub time: Option<String>,
    /// What the process may genuinely change, e.g. "the service's opening hours and format".
    #[serde(default)]
    pub open_to_change: Option<String>,
    /// How the power imbalance between staff and residents is identified and balanced.
    #[serde(default)]
    pub power_balance: Option<String>,
    /// Who facilitates the process.
    #[serde(default)]
    pub facilitator: Option<Facilitator>,
    /// Where the meetings are held.
    #[serde(default)]
    pub venue: Option<Venue>,
}

/// Who facilitates a co-design process.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Facilitator {
    /// The facilitator's name or organisation.
    pub name: String,
    /// Whether the facilitator shares the community's identity or has experiential
    /// knowledge of the matter.
    #[serde(default)]
    pub experiential_knowledge: bool,
    /// A community member with experiential knowledge who leads the process alongside.
    #[serde(default)]
    pub co_lead: Option<String>,
}

/// Where co-design meetings are held.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Venue {
    /// The venue's name, e.g. a library or a community centre.
    pub name: String,
    /// Whether it is accessible, easy to get to and comfortable for the participants.
    #[serde(default)]
    pub accessible: Option<bool>,
}

/// The conditions for a dialogue that improves relations between groups.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DialogueConditions {
    /// When in the course of tensions it is held.
    #[serde(default)]
    pub timing: Option<DialogueTiming>,
    /// The common interest or objective, clarified with the parties.
    #[serde(default)]
    pub common_interest: Option<String>,
    /// How it is facilitated so that no party dominates another.
    #[serde(default)]
    pub facilitation: Option<String>,
    /// Actor ids of the public authorities backing it (e.g. the mayor's office, the city
    /// board). A dialogue convened by a public authority has its support already.
    #[serde(default)]
    pub supported_by: Vec<String>,
}

/// The Ministry of Justice good-relations data-collection cycle, recorded on the
/// decision-maker session it centres on: discussion sessions with population groups ->
/// this decision-maker session with an action plan of one to four measures -> a feedback
/// survey -> monitoring and the next round of sessions.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DataCollectionCycle {
    /// When the decision-maker session was (or will be) held.
    #[serde(default)]
    pub held: Option<Date>,
    /// Consultation ids of the discussion sessions whose results the session discussed
    /// (consultations whose `recognised_in` names this structure count too).
    #[serde(default)]
    pub discussion_sessions: Vec<String>,
    /// Measure ids of the action plan the session agreed: one to four measures.
    #[serde(default)]
    pub action_plan: Vec<String>,
    /// The survey participants answered at the end of the session.
    #[serde(default)]
    pub feedback_survey: Option<FeedbackSurvey>,
    /// When the discussion sessions are repeated to monitor relations and the measures.
    #[serde(default)]
    pub next_round: Option<Date>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FeedbackSurvey {
    /// When the survey was answered, YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<Date>,
    /// How many participants answered.
    #[serde(default)]
    pub respondents: Option<u32>,
    /// What it showed, or where its results are.
    #[serde(default)]
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Resources {
    /// Its yearly budget in euros.
    #[serde(default)]
    pub budget_eur: Option<f64>,
    /// Whether members are paid meeting fees.
    #[serde(default)]
    pub meeting_fees: Option<bool>,
    /// Who provides secretarial support.
    #[serde(default)]
    pub secretariat: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Transparency {
    /// Whether its members are published.
    #[serde(default)]
    pub composition_public: bool,
    /// Whether its minutes or outcomes are published.
    #[serde(default)]
    pub minutes_public: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Consultation {
    /// A short unique id used to refer to this consultation, e.g. `C1`.
    pub id: String,
    /// The consultation's name, e.g. "Hearing of Somali-speaking families".
    pub title: String,
    /// When it was held: a date, or as exactly as the sources say (a year `2023`, years
    /// `"2023–2024"`, or `{during: planning}`).
    pub date: super::date::When,
    /// How residents were heard: a focus group, a discussion session, a survey, a hearing, a
    /// workshop.
    pub method: ConsultationMethod,
    /// The actor id that organised it.
    #[serde(default)]
    pub organiser: Option<String>,
    /// Population groups heard, e.g. `[immigrants, young_people]`.
    #[serde(default)]
    pub groups: Vec<PopulationGroup>,
    /// Actor ids of organisations heard.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Languages it was held in, e.g. `[fi, so, ar]`.
    #[serde(default)]
    pub languages: Vec<String>,
    /// How many people took part.
    #[serde(default)]
    pub participants: Option<u32>,
    /// The needs it brought up.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// Structure ids where its results were discussed with decision-makers.
    #[serde(default)]
    pub recognised_in: Vec<String>,
    /// How participants were told what came of what they said, e.g. `{date: 2025-11-01,
    /// how: "letter and web page in four languages"}` (PAR035).
    #[serde(default)]
    pub feedback: Option<ConsultationFeedback>,
}

/// Feedback to a consultation's participants: what came of what they said.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ConsultationFeedback {
    /// When the participants were told, YYYY-MM-DD.
    pub date: Date,
    /// How they were told, e.g. "a follow-up meeting" or "a letter in the session languages".
    #[serde(default)]
    pub how: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Need {
    /// A short unique id the measures answering this need refer to (their `answers`), e.g.
    /// `N1`.
    pub id: String,
    /// The need as the participants put it, in a sentence.
    pub need: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Link {
    /// A short unique id used to refer to this link, e.g. `strategy`.
    pub id: String,
    /// What the linked document is, or a list for a combined document, e.g.
    /// `[non_discrimination_plan, gender_equality_plan]` for a yhdenvertaisuus- ja
    /// tasa-arvosuunnitelma.
    pub kind: OneOrMany<LinkKind>,
    /// The linked plan's title, e.g. "Oulu city strategy 2030".
    pub title: String,
    /// Where the linked plan is published.
    #[serde(default)]
    pub url: Option<String>,
    /// When the linked document was approved, e.g. 2024-12-16. With a title, a date, a
    /// `url` or a `file` identifies the document.
    #[serde(default)]
    pub approved: Option<Date>,
    /// The linked document as a file of the plan's repository, e.g.
    /// `docs/kotoutumisohjelma-2025.pdf`.
    #[serde(default)]
    pub file: Option<String>,
    /// The period the linked plan covers.
    #[serde(default)]
    pub period: Option<Period>,
    /// How this plan takes immigrants and integration clients into account (mainstreaming).
    #[serde(default)]
    pub mainstreaming: Option<String>,
    /// The level of governance the linked programme belongs to; when left out it follows
    /// from the (first) kind (e.g. `valko` national, `regional_etno` regional,
    /// `security_plan` local).
    #[serde(default)]
    pub level: Option<GovernanceLevel>,
    /// For an older document: the act it was written under (`681/2023` or `1386/2010`).
    #[serde(default)]
    pub law_basis: Option<LawBasis>,
}

impl Link {
    /// Whether the linked document is (among others) of `kind`.
    pub fn is(&self, kind: LinkKind) -> bool {
        self.kind.contains(&kind)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Report {
    /// A short unique id used to refer to this report, e.g. `report-2025`.
    pub id: String,
    /// The two-year period reported on.
    pub period: Period,
    /// When it was sent; leave out while the report is being written.
    #[serde(default)]
    pub submitted: Option<Date>,
    /// The authority it was sent to (ELY Centre / vitality centre).
    #[serde(default)]
    pub to: Option<String>,
    /// What the report says on each of the five required contents.
    #[serde(default)]
    pub contents: ReportContents,
}

/// The five things the two-yearly report covers; each holds a short account or a reference
/// to the section of the report.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ReportContents {
    /// How the plan's objectives have been achieved.
    #[serde(default)]
    pub objectives_achieved: Option<String>,
    /// Which measures have been carried out.
    #[serde(default)]
    pub measures_implemented: Option<String>,
    /// How equal access to services has been ensured.
    #[serde(default)]
    pub equal_access: Option<String>,
    /// The financial resources used for the work.
    #[serde(default)]
    pub financial_resources: Option<String>,
    /// How effective the measures have been.
    #[serde(default)]
    pub effectiveness: Option<String>,
}

/// One value or a list of them: `area: good_relations` and `area: [good_relations, other]`
/// both read. Written back as one value when there is one, so output keeps the plan's form.
#[derive(Debug, Clone, PartialEq)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<T> Default for OneOrMany<T> {
    fn default() -> Self {
        OneOrMany(Vec::new())
    }
}

impl<T> std::ops::Deref for OneOrMany<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> From<Vec<T>> for OneOrMany<T> {
    fn from(v: Vec<T>) -> Self {
        OneOrMany(v)
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(s),
            many => many.serialize(s),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, IntoDeserializer};
        struct Visit<T>(std::marker::PhantomData<T>);
        fn one<'de, T: Deserialize<'de>, E: de::Error>(
            d: impl de::Deserializer<'de, Error = E>,
        ) -> Result<OneOrMany<T>, E> {
            T::deserialize(d).map(|v| OneOrMany(vec![v]))
        }
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Visit<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("one value or a list of values")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(v) = seq.next_element()? {
                    out.push(v);
                }
                Ok(OneOrMany(out))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                one(de::value::MapAccessDeserializer::new(map))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                one(v.into_deserializer())
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                one(v.into_deserializer())
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                one(v.into_deserializer())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                one(v.into_deserializer())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                one(v.into_deserializer())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                one(v.into_deserializer())
            }
        }
        d.deserialize_any(Visit(std::marker::PhantomData))
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<T>();
        schemars::json_schema!({
            "anyOf": [one, { "type": "array", "items": one }]
        })
    }
}
