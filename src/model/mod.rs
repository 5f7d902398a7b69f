//! Stage 3: merge the parsed files into one [`Plan`], keeping where every item came from,
//! and resolve references. Every defect of the files becomes a located format finding here;
//! the plan holds whatever could be read, so content rules still run on the rest.

pub mod date;
pub(crate) mod decode;
pub mod sections;

use std::collections::HashMap;
use std::ops::Deref;

pub use sections::*;

use crate::finding::{Finding, Location};
use crate::load::node::{Node, NodeValue, Seg, Span, path_to_string};
use crate::load::{Problem, ProblemKind, SourceFile};
use crate::rules::format;

/// Where an item of the plan was written: its file and its path in that file's tree.
#[derive(Debug, Clone)]
pub struct Loc {
    pub file: usize,
    pub path: Vec<Seg>,
    /// The item's symbolic name, e.g. `measures[M12]`.
    pub label: String,
}

/// A plan item together with where it was written.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> Deref for Item<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// What kind of item an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Actor,
    Service,
    Objective,
    Measure,
    Indicator,
    Structure,
    Consultation,
    Need,
    Link,
    Report,
}

impl Kind {
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Actor => "actor",
            Kind::Service => "service",
            Kind::Objective => "objective",
            Kind::Measure => "measure",
            Kind::Indicator => "indicator",
            Kind::Structure => "structure",
            Kind::Consultation => "consultation",
            Kind::Need => "need",
            Kind::Link => "link",
            Kind::Report => "report",
        }
    }
}

/// The merged plan: the union of its files, every item located.
#[derive(Debug, Default)]
pub struct Plan {
    /// The plan directory as given on the command line.
    pub root: String,
    pub files: Vec<SourceFile>,
    pub municipality: Option<Item<Municipality>>,
    pub actors: Vec<Item<Actor>>,
    pub services: Vec<Item<Service>>,
    pub objectives: Vec<Item<Objective>>,
    pub measures: Vec<Item<Measure>>,
    pub indicators: Vec<Item<Indicator>>,
    pub structures: Vec<Item<Structure>>,
    pub consultations: Vec<Item<Consultation>>,
    pub links: Vec<Item<Link>>,
    pub reports: Vec<Item<Report>>,
    /// Where each section was declared (first declaration), to locate "this section lacks…".
    pub sections: HashMap<&'static str, Loc>,
    ids: HashMap<String, (Kind, usize)>,
    /// Ids of items that were written but could not be read; references to them are not
    /// reported again as dangling.
    unreadable_ids: Vec<String>,
}

impl Plan {
    /// Resolves a location for `field` (a path below the item) of the item at `loc`.
    pub fn locate(&self, loc: &Loc, field: &[Seg]) -> Location {
        let mut path = loc.path.clone();
        path.extend_from_slice(field);
        let span = self
            .files
            .get(loc.file)
            .and_then(|f| f.root.as_ref())
            .map_or(Span::point(1, 1), |root| root.span_of(&path));
        self.located(loc, field, span)
    }

    /// [`Plan::locate`] for a field whose span the caller already holds (a key it is
    /// walking), sparing the lookup by name, which made a map of 400,000 unknown keys
    /// quadratic.
    pub fn located(&self, loc: &Loc, field: &[Seg], span: Span) -> Location {
        let mut label = loc.label.clone();
        let rest = path_to_string(field);
        if !rest.is_empty() {
            if !rest.starts_with('[') {
                label.push('.');
            }
            label.push_str(&rest);
        }
        Location {
            file: self
                .files
                .get(loc.file)
                .map_or_else(|| self.root.clone(), |f| f.display.clone()),
            span,
            path: label,
        }
    }

    /// Location of one named field of an item.
    pub fn at(&self, loc: &Loc, field: &str) -> Location {
        self.locate(loc, &[Seg::Key(field.to_owned())])
    }

    /// Location of the item itself.
    pub fn item(&self, loc: &Loc) -> Location {
        self.locate(loc, &[])
    }

    /// Location for a finding about a whole section: where it is declared, else where the
    /// plan as a whole is ([`Plan::whole`]).
    pub fn section(&self, name: &str) -> Option<Location> {
        match self.sections.get(name) {
            Some(loc) => Some(self.item(loc)),
            None => self.whole(),
        }
    }

    /// Location for a finding about the plan as a whole: the municipality section (even one
    /// too broken to read), else line 1 of the first plan file. Every format then shows the
    /// same place; `None` only for a plan without files, which gets no content findings.
    pub fn whole(&self) -> Option<Location> {
        self.municipality
            .as_ref()
            .map(|m| &m.loc)
            .or_else(|| self.sections.get("municipality"))
            .map(|loc| self.item(loc))
            .or_else(|| self.files.first().map(|f| crate::file_start(&f.display)))
    }

    pub fn kind_of(&self, id: &str) -> Option<Kind> {
        self.ids.get(id).map(|(k, _)| *k)
    }

    pub fn actor(&self, id: &str) -> Option<&Item<Actor>> {
        match self.ids.get(id) {
            Some((Kind::Actor, i)) => self.actors.get(*i),
            _ => None,
        }
    }

    pub fn objective(&self, id: &str) -> Option<&Item<Objective>> {
        match self.ids.get(id) {
            Some((Kind::Objective, i)) => self.objectives.get(*i),
            _ => None,
        }
    }

    pub fn indicator(&self, id: &str) -> Option<&Item<Indicator>> {
        match self.ids.get(id) {
            Some((Kind::Indicator, i)) => self.indicators.get(*i),
            _ => None,
        }
    }

    pub fn structure(&self, id: &str) -> Option<&Item<Structure>> {
        match self.ids.get(id) {
            Some((Kind::Structure, i)) => self.structures.get(*i),
            _ => None,
        }
    }

    /// Measures that serve the objective `id`.
    pub fn measures_for<'a>(
        &'a self,
        objective: &'a str,
    ) -> impl Iterator<Item = &'a Item<Measure>> + 'a {
        self.measures
            .iter()
            .filter(move |m| m.objectives.iter().any(|o| o == objective))
    }

    /// The kinds of the actors named by `ids` (unknown ids skipped).
    pub fn actor_kinds<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = ActorKind> + 'a {
        ids.iter().filter_map(|id| self.actor(id)).map(|a| a.kind)
    }

    /// Whether `id` names an actor of `kind`.
    pub fn is_kind(&self, id: &str, kind: ActorKind) -> bool {
        self.actor(id).is_some_and(|a| a.kind == kind)
    }

    /// Whether the plan links to a related plan or programme of `kind`.
    pub fn links_to(&self, kind: LinkKind) -> bool {
        self.links.iter().any(|l| l.kind == kind)
    }
}

/// What building a plan produced: the plan and the format findings.
pub struct Built {
    pub plan: Plan,
    pub findings: Vec<Finding>,
    /// Files found but not readable as plan data; content rules would misjudge a plan
    /// missing them, so they are not run while this is non-zero.
    pub unreadable_files: usize,
}

/// Merges loaded files (and files that failed to load) into one plan.
pub fn build(root: String, loaded: Vec<Result<SourceFile, (String, Problem)>>) -> Built {
    let mut plan = Plan {
        root,
        ..Plan::default()
    };
    let mut findings = Vec::new();
    let mut unreadable_files = 0;
    for result in loaded {
        match result {
            Ok(file) => plan.files.push(file),
            Err((display, problem)) => {
                unreadable_files += 1;
                findings.push(problem_finding(&display, &problem));
            }
        }
    }
    for file_index in 0..plan.files.len() {
        let root = plan.files[file_index].root.clone();
        if let Some(root) = root {
            read_sections(&mut plan, file_index, &root, &mut findings);
        }
    }
    if plan.municipality.is_none()
        && unreadable_files == 0
        && findings
            .iter()
            .all(|f| f.rule.id != format::MUNICIPALITY_SECTION.id)
    {
        let location = plan.files.first().map(|f| Location {
            file: f.display.clone(),
            span: Span::point(1, 1),
            path: "municipality".into(),
        });
        findings.push(Finding {
            rule: &format::MUNICIPALITY_SECTION,
            severity: format::MUNICIPALITY_SECTION.severity,
            message: "the plan has no `municipality` section, so it does not say whose plan it is"
                .into(),
            location,
            hint: None,
        });
    }
    index_ids(&mut plan, &mut findings);
    resolve_references(&plan, &mut findings);
    Built {
        plan,
        findings,
        unreadable_files,
    }
}

fn problem_finding(display: &str, problem: &Problem) -> Finding {
    let rule = match problem.kind {
        ProblemKind::Syntax | ProblemKind::DuplicateKey => &format::SYNTAX_ERROR,
        ProblemKind::Unreadable
        | ProblemKind::Binary
        | ProblemKind::NotUtf8
        | ProblemKind::TooLarge => &format::UNREADABLE_FILE,
    };
    Finding {
        rule,
        severity: rule.severity,
        message: problem.message.clone(),
        location: Some(Location {
            file: display.to_owned(),
            span: problem.span,
            path: String::new(),
        }),
        hint: None,
    }
}

fn format_finding(
    plan: &Plan,
    rule: &'static crate::rules::Rule,
    file: usize,
    path: &[Seg],
    message: String,
    hint: Option<String>,
) -> Finding {
    let loc = Loc {
        file,
        path: Vec::new(),
        label: String::new(),
    };
    Finding {
        rule,
        severity: rule.severity,
        message,
        location: Some(plan.locate(&loc, path)),
        hint,
    }
}

fn read_sections(plan: &mut Plan, file: usize, root: &Node, findings: &mut Vec<Finding>) {
    let NodeValue::Map(entries) = &root.value else {
        findings.push(format_finding(
            plan,
            &format::INVALID_VALUE,
            file,
            &[],
            format!(
                "a plan file is a map of sections (municipality, actors, measures, ...), but this file holds {}",
                root.kind_name()
            ),
            None,
        ));
        return;
    };
    let mut unknown = 0usize;
    for (key, node) in entries {
        let Some(&section) = SECTIONS.iter().find(|s| **s == key.name) else {
            unknown += 1;
            if unknown > decode::UNKNOWN_KEYS_SHOWN {
                continue;
            }
            let hint = decode::did_you_mean(&key.name, SECTIONS.iter().copied());
            let at = Loc {
                file,
                path: Vec::new(),
                label: String::new(),
            };
            findings.push(Finding {
                rule: &format::UNKNOWN_KEY,
                severity: format::UNKNOWN_KEY.severity,
                message: format!("`{}` is not a plan section", key.name),
                location: Some(plan.located(
                    &at,
                    &[Seg::Key(key.name.clone())],
                    key.span.join(node.span),
                )),
                hint,
            });
            continue;
        };
        let section_path = vec![Seg::Key(section.to_owned())];
        plan.sections.entry(section).or_insert_with(|| Loc {
            file,
            path: section_path.clone(),
            label: section.to_owned(),
        });
        if section == "municipality" {
            if let Some(first) = &plan.municipality {
                let first_file = plan.files[first.loc.file].display.clone();
                findings.push(format_finding(
                    plan,
                    &format::MUNICIPALITY_SECTION,
                    file,
                    &section_path,
                    format!("a second `municipality` section; the first is in {first_file}"),
                    None,
                ));
                continue;
            }
            let loc = Loc {
                file,
                path: section_path,
                label: "municipality".into(),
            };
            if let Some(value) = decode::item::<Municipality>(plan, &loc, node, findings) {
                plan.municipality = Some(Item { value, loc });
            }
            continue;
        }
        let NodeValue::Seq(items) = &node.value else {
            if !matches!(node.value, NodeValue::Null) {
                findings.push(format_finding(
                    plan,
                    &format::INVALID_VALUE,
                    file,
                    &section_path,
                    format!(
                        "`{section}` is a list of items (each starting with `- id:` in YAML, `[[{section}]]` in TOML), but here it is {}",
                        node.kind_name()
                    ),
                    None,
                ));
            }
            continue;
        };
        for (index, item_node) in items.iter().enumerate() {
            let id = item_node
                .get("id")
                .and_then(Node::as_str)
                .map(str::to_owned);
            let loc = Loc {
                file,
                path: vec![Seg::Key(section.to_owned()), Seg::Index(index)],
                label: format!(
                    "{section}[{}]",
                    id.clone().unwrap_or_else(|| index.to_string())
                ),
            };
            let ok = match section {
                "actors" => push(plan, &loc, item_node, findings, |p| &mut p.actors),
                "services" => push(plan, &loc, item_node, findings, |p| &mut p.services),
                "objectives" => push(plan, &loc, item_node, findings, |p| &mut p.objectives),
                "measures" => push(plan, &loc, item_node, findings, |p| &mut p.measures),
                "indicators" => push(plan, &loc, item_node, findings, |p| &mut p.indicators),
                "structures" => push(plan, &loc, item_node, findings, |p| &mut p.structures),
                "consultations" => push(plan, &loc, item_node, findings, |p| &mut p.consultations),
                "links" => push(plan, &loc, item_node, findings, |p| &mut p.links),
                "reports" => push(plan, &loc, item_node, findings, |p| &mut p.reports),
                _ => true,
            };
            if !ok && let Some(id) = id {
                plan.unreadable_ids.push(id);
            }
        }
    }
    if unknown > decode::UNKNOWN_KEYS_SHOWN {
        let display = plan
            .files
            .get(file)
            .map_or(plan.root.as_str(), |f| &f.display);
        findings.push(decode::more_unknown_keys(
            crate::file_start(display),
            unknown - decode::UNKNOWN_KEYS_SHOWN,
            "this file",
        ));
    }
}

fn push<T: serde::de::DeserializeOwned>(
    plan: &mut Plan,
    loc: &Loc,
    node: &Node,
    findings: &mut Vec<Finding>,
    list: impl FnOnce(&mut Plan) -> &mut Vec<Item<T>>,
) -> bool {
    match decode::item::<T>(plan, loc, node, findings) {
        Some(value) => {
            list(plan).push(Item {
                value,
                loc: loc.clone(),
            });
            true
        }
        None => false,
    }
}

fn index_ids(plan: &mut Plan, findings: &mut Vec<Finding>) {
    let mut ids: HashMap<String, (Kind, usize)> = HashMap::new();
    let mut seen: HashMap<String, Location> = HashMap::new();
    let mut add =
        |id: &str, kind: Kind, index: usize, at: Location, findings: &mut Vec<Finding>| {
            if let Some(first) = seen.get(id) {
                findings.push(Finding {
                    rule: &format::DUPLICATE_ID,
                    severity: format::DUPLICATE_ID.severity,
                    message: format!(
                        "the id `{id}` is already used by the {} at {}:{}",
                        ids.get(id).map_or("item", |(k, _)| k.noun()),
                        first.file,
                        first.span.start.line
                    ),
                    location: Some(at),
                    hint: None,
                });
            } else {
                seen.insert(id.to_owned(), at);
                ids.insert(id.to_owned(), (kind, index));
            }
        };
    macro_rules! index {
        ($list:ident, $kind:expr) => {
            for (i, item) in plan.$list.iter().enumerate() {
                add(&item.id, $kind, i, plan.at(&item.loc, "id"), findings);
            }
        };
    }
    index!(actors, Kind::Actor);
    index!(services, Kind::Service);
    index!(objectives, Kind::Objective);
    index!(measures, Kind::Measure);
    index!(indicators, Kind::Indicator);
    index!(structures, Kind::Structure);
    index!(consultations, Kind::Consultation);
    index!(links, Kind::Link);
    index!(reports, Kind::Report);
    for (ci, c) in plan.consultations.iter().enumerate() {
        for (ni, need) in c.needs.iter().enumerate() {
            let at = plan.locate(
                &c.loc,
                &[
                    Seg::Key("needs".into()),
                    Seg::Index(ni),
                    Seg::Key("id".into()),
                ],
            );
            add(&need.id, Kind::Need, ci, at, findings);
        }
    }
    plan.ids = ids;
}

/// One reference field: the item it sits in, the field path, the id, the kind it must name.
struct Reference<'a> {
    loc: &'a Loc,
    field: Vec<Seg>,
    id: &'a str,
    expect: Kind,
}

fn references(plan: &Plan) -> Vec<Reference<'_>> {
    let mut refs = Vec::new();
    fn one<'a>(
        refs: &mut Vec<Reference<'a>>,
        loc: &'a Loc,
        field: &str,
        id: &'a Option<String>,
        expect: Kind,
    ) {
        if let Some(id) = id {
            refs.push(Reference {
                loc,
                field: vec![Seg::Key(field.to_owned())],
                id: id.as_str(),
                expect,
            });
        }
    }
    fn many<'a>(
        refs: &mut Vec<Reference<'a>>,
        loc: &'a Loc,
        field: &str,
        ids: &'a [String],
        expect: Kind,
    ) {
        nested(refs, loc, &[field], ids, expect);
    }
    /// A list of ids below a nested block, e.g. `cycle.action_plan`.
    fn nested<'a>(
        refs: &mut Vec<Reference<'a>>,
        loc: &'a Loc,
        path: &[&str],
        ids: &'a [String],
        expect: Kind,
    ) {
        for (i, id) in ids.iter().enumerate() {
            let mut field: Vec<Seg> = path.iter().map(|k| Seg::Key((*k).to_owned())).collect();
            field.push(Seg::Index(i));
            refs.push(Reference {
                loc,
                field,
                id,
                expect,
            });
        }
    }
    if let Some(m) = &plan.municipality {
        one(
            &mut refs,
            &m.loc,
            "coordinator",
            &m.coordinator,
            Kind::Actor,
        );
        if let Some(authority) = &m.regional_authority
            && let Some(id) = &authority.actor
        {
            refs.push(Reference {
                loc: &m.loc,
                field: vec![
                    Seg::Key("regional_authority".into()),
                    Seg::Key("actor".into()),
                ],
                id,
                expect: Kind::Actor,
            });
        }
    }
    for s in &plan.services {
        one(
            &mut refs,
            &s.loc,
            "responsible",
            &s.responsible,
            Kind::Actor,
        );
        many(
            &mut refs,
            &s.loc,
            "cooperation",
            &s.cooperation,
            Kind::Actor,
        );
    }
    for o in &plan.objectives {
        many(
            &mut refs,
            &o.loc,
            "indicators",
            &o.indicators,
            Kind::Indicator,
        );
    }
    for m in &plan.measures {
        many(
            &mut refs,
            &m.loc,
            "objectives",
            &m.objectives,
            Kind::Objective,
        );
        one(
            &mut refs,
            &m.loc,
            "responsible",
            &m.responsible,
            Kind::Actor,
        );
        many(&mut refs, &m.loc, "partners", &m.partners, Kind::Actor);
        many(&mut refs, &m.loc, "answers", &m.answers, Kind::Need);
        if let Some(d) = &m.dialogue {
            nested(
                &mut refs,
                &m.loc,
                &["dialogue", "supported_by"],
                &d.supported_by,
                Kind::Actor,
            );
        }
    }
    for s in &plan.structures {
        one(&mut refs, &s.loc, "convener", &s.convener, Kind::Actor);
        many(&mut refs, &s.loc, "members", &s.members, Kind::Actor);
        many(
            &mut refs,
            &s.loc,
            "linked_to",
            &s.linked_to,
            Kind::Structure,
        );
        if let Some(d) = &s.dialogue {
            nested(
                &mut refs,
                &s.loc,
                &["dialogue", "supported_by"],
                &d.supported_by,
                Kind::Actor,
            );
        }
        if let Some(c) = &s.cycle {
            nested(
                &mut refs,
                &s.loc,
                &["cycle", "discussion_sessions"],
                &c.discussion_sessions,
                Kind::Consultation,
            );
            nested(
                &mut refs,
                &s.loc,
                &["cycle", "action_plan"],
                &c.action_plan,
                Kind::Measure,
            );
        }
    }
    for c in &plan.consultations {
        one(&mut refs, &c.loc, "organiser", &c.organiser, Kind::Actor);
        many(
            &mut refs,
            &c.loc,
            "organisations",
            &c.organisations,
            Kind::Actor,
        );
        many(
            &mut refs,
            &c.loc,
            "recognised_in",
            &c.recognised_in,
            Kind::Structure,
        );
    }
    refs
}

/// How many did-you-mean comparisons reference resolution may make per plan: far more than
/// any real plan's typos need, while 40,000 dangling references against 40,000 ids (which
/// would be 1.6 billion comparisons) stay linear; references past the budget get no hint.
const HINT_BUDGET: usize = 2_000_000;

fn resolve_references(plan: &Plan, findings: &mut Vec<Finding>) {
    // The ids of each kind, gathered once rather than once per dangling reference.
    let mut candidates_of: Vec<(Kind, Vec<&str>)> = Vec::new();
    let mut budget = HINT_BUDGET;
    for r in references(plan) {
        let found = plan.kind_of(r.id);
        if found == Some(r.expect) || plan.unreadable_ids.iter().any(|u| u == r.id) {
            continue;
        }
        let message = match found {
            Some(other) => format!(
                "`{}` names the {} `{}`, but it should name {} {}",
                path_to_string(&r.field),
                other.noun(),
                r.id,
                if r.expect.noun().starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                },
                r.expect.noun()
            ),
            None => format!(
                "{} `{}` is not defined anywhere in the plan",
                r.expect.noun(),
                r.id
            ),
        };
        let at = match candidates_of.iter().position(|(k, _)| *k == r.expect) {
            Some(at) => at,
            None => {
                let ids = plan
                    .ids
                    .iter()
                    .filter(|(_, (k, _))| *k == r.expect)
                    .map(|(id, _)| id.as_str())
                    .collect();
                candidates_of.push((r.expect, ids));
                candidates_of.len() - 1
            }
        };
        let candidates = &candidates_of[at].1;
        let hint = if candidates.len() <= budget {
            budget -= candidates.len();
            decode::did_you_mean(r.id, candidates.iter().copied())
        } else {
            None
        };
        findings.push(Finding {
            rule: &format::DANGLING_REFERENCE,
            severity: format::DANGLING_REFERENCE.severity,
            message,
            location: Some(plan.locate(r.loc, &r.field)),
            hint,
        });
    }
}
