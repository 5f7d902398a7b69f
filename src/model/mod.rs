//! Stage 3: merge the parsed files into one [`Plan`], keeping where every item came from,
//! and resolve references. Every defect of the files becomes a located format finding here;
//! the plan holds whatever could be read, so content rules still run on the rest.

pub mod authorities;
pub mod choices;
pub mod date;
pub(crate) mod decode;
pub mod lookalike;
mod queries;
pub use queries::Organisation;
pub mod schema;
pub mod sections;
pub mod vocabulary;
pub mod words;
pub mod written;

use crate::i18n::Message;
use crate::msg;
use std::collections::HashMap;
use std::ops::Deref;

pub use choices::*;
pub use sections::*;

use crate::finding::{Finding, Location};
use crate::format_rules as format;
use crate::load::node::{Node, NodeValue, Seg, Span, path_to_string};
use crate::load::{Problem, ProblemKind, SourceFile, Syntax};

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
    /// The section items of this kind are written in.
    pub fn section(self) -> &'static str {
        match self {
            Kind::Actor => "actors",
            Kind::Service => "services",
            Kind::Objective => "objectives",
            Kind::Measure => "measures",
            Kind::Indicator => "indicators",
            Kind::Structure => "structures",
            Kind::Consultation | Kind::Need => "consultations",
            Kind::Link => "links",
            Kind::Report => "reports",
        }
    }

    /// The kind's word in a message (`plan-kind`, selected by [`Kind::noun`]).
    pub fn word(self) -> Message {
        msg!("plan-kind", kind = self.noun())
    }

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
    /// Fields written but not readable (a wrong value, a misspelt or Finnish/Swedish key for
    /// them, a required field left out), and items that are not a map at all.
    invalid: Vec<Invalid>,
    /// [`Plan::invalid`] by item (file and path), so that a plan with thousands of wrong
    /// values is not scanned whole each time a rule asks about one item's field.
    invalid_by_item: HashMap<(usize, Vec<Seg>), Vec<usize>>,
    /// Sections that could not be read at all (a section holding the wrong kind of value, a
    /// misspelt or translated section key), in the order documented. Rules that read them
    /// are skipped rather than misjudge the plan; a wrong value inside a section costs only
    /// itself (see [`Invalid`]).
    pub unreadable_sections: Vec<&'static str>,
}

/// A value the plan holds written but unreadable: the item stays in the plan with the field
/// absent (a required one stood in for), and what rests on the field is held back.
#[derive(Debug, Clone)]
pub struct Invalid {
    /// The item: its file, its path in that file and its symbolic name (`measures[M3]`).
    pub item: Loc,
    /// The field below the item, list indices left out (`timetable.start`); empty when the
    /// item itself could not be read (it is not a map), which leaves it out of the plan.
    pub field: Vec<Seg>,
}

impl Invalid {
    /// The item's section (`measures`, `municipality`).
    pub fn section(&self) -> &str {
        match self.item.path.first() {
            Some(Seg::Key(s)) => s,
            _ => "",
        }
    }

    /// Whether the dotted `field` (`timetable`, `timetable.start`) and this value name the
    /// same field, one inside the other; an unreadable item stands for all its fields.
    pub fn touches(&self, field: &str) -> bool {
        overlaps(&self.field, field)
    }
}

impl Plan {
    /// Resolves a location for `field` (a path below the item) of the item at `loc`.
    pub fn locate(&self, loc: &Loc, field: &[Seg]) -> Location {
        let span = self
            .files
            .get(loc.file)
            .and_then(|f| f.root.as_ref())
            .map_or(Span::point(1, 1), |root| {
                root.span_along(loc.path.iter().chain(field))
            });
        self.located(loc, field, span)
    }

    /// [`Plan::locate`] for a field whose span the caller already holds (a key it is
    /// walking), sparing the lookup by name, which made a map of 400,000 unknown keys
    /// quadratic.
    pub fn located(&self, loc: &Loc, field: &[Seg], span: Span) -> Location {
        let mut label = loc.label.clone();
        let rest = path_to_string(field);
        if !rest.is_empty() {
            if !label.is_empty() && !rest.starts_with('[') {
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
        self.links.iter().any(|l| l.is(kind))
    }

    /// Whether `field` (dotted, e.g. `timetable.start`) of the item at `loc` was written but
    /// could not be read (a field counts as invalid when it, a part of it or the map holding
    /// it is).
    pub fn invalid(&self, loc: &Loc, field: &str) -> bool {
        self.invalid_by_item
            .get(&(loc.file, loc.path.clone()))
            .is_some_and(|bad| bad.iter().any(|&n| self.invalid[n].touches(field)))
    }

    /// Every value written but unreadable, in the order read.
    pub fn invalid_values(&self) -> &[Invalid] {
        &self.invalid
    }

    /// Where an unreadable value was written: the field, else (for an item that could not be
    /// read) the item.
    pub fn invalid_at(&self, invalid: &Invalid) -> Location {
        self.locate(&invalid.item, &invalid.field)
    }

    /// Every reference between items that resolves: the referring item and the item named.
    pub fn links_between_items(&self) -> Vec<(&Loc, &Loc)> {
        references(self)
            .into_iter()
            .filter_map(|r| Some((r.loc, self.loc_of(r.id)?)))
            .collect()
    }

    /// Where the item with this id was written.
    pub fn loc_of(&self, id: &str) -> Option<&Loc> {
        let (kind, i) = *self.ids.get(id)?;
        match kind {
            Kind::Actor => self.actors.get(i).map(|x| &x.loc),
            Kind::Service => self.services.get(i).map(|x| &x.loc),
            Kind::Objective => self.objectives.get(i).map(|x| &x.loc),
            Kind::Measure => self.measures.get(i).map(|x| &x.loc),
            Kind::Indicator => self.indicators.get(i).map(|x| &x.loc),
            Kind::Structure => self.structures.get(i).map(|x| &x.loc),
            Kind::Consultation | Kind::Need => self.consultations.get(i).map(|x| &x.loc),
            Kind::Link => self.links.get(i).map(|x| &x.loc),
            Kind::Report => self.reports.get(i).map(|x| &x.loc),
        }
    }

    /// Whether every part of `section` written in the files could be read.
    pub fn readable(&self, section: &str) -> bool {
        !self.unreadable_sections.contains(&section)
    }
}

/// Whether the dotted `field` and the path `bad` name the same field, one inside the other.
fn overlaps(bad: &[Seg], field: &str) -> bool {
    let wanted = field.split('.').filter(|p| !p.is_empty());
    bad.iter()
        .filter_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
        .zip(wanted)
        .all(|(a, b)| a == b)
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
    let mut parts = Parts {
        fold_at: FOLD_FINDINGS_AT,
        ..Parts::default()
    };
    for (file_index, file) in plan.files.iter().enumerate() {
        if let Some(root) = &file.root {
            read_sections(&plan, &mut parts, file_index, root, &mut findings);
        }
    }
    parts.move_into(&mut plan);
    if !plan.sections.contains_key("municipality")
        && plan.readable("municipality")
        && unreadable_files == 0
    {
        let location = plan.files.first().map(|f| Location {
            file: f.display.clone(),
            span: Span::point(1, 1),
            path: "municipality".into(),
        });
        findings.push(Finding {
            rule: &format::MUNICIPALITY_SECTION,
            severity: format::MUNICIPALITY_SECTION.severity,
            message: msg!("plan-no-municipality"),
            location,
            hint: None,
            also: crate::finding::Also::default(),
            rows: Vec::new(),
        });
    }
    index_ids(&mut plan, &mut findings);
    resolve_references(&plan, unreadable_files > 0, &mut findings);
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
        hint: match (problem.kind, Syntax::of(std::path::Path::new(display))) {
            (ProblemKind::DuplicateKey, _) => Some(msg!("plan-hint-duplicate-key")),
            (ProblemKind::Syntax, Some(Syntax::Toml)) => Some(msg!("plan-hint-toml-syntax")),
            (ProblemKind::Syntax, _) => Some(msg!("plan-hint-yaml-syntax")),
            _ => None,
        },
        also: crate::finding::Also::default(),
        rows: Vec::new(),
    }
}

fn format_finding(
    plan: &Plan,
    rule: &'static crate::finding::RuleInfo,
    file: usize,
    path: &[Seg],
    message: Message,
    hint: Option<Message>,
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
        also: crate::finding::Also::default(),
        rows: Vec::new(),
    }
}

/// What the files hold, gathered while the plan (and its files) are only read from.
#[derive(Default)]
struct Parts {
    municipality: Option<Item<Municipality>>,
    actors: Vec<Item<Actor>>,
    services: Vec<Item<Service>>,
    objectives: Vec<Item<Objective>>,
    measures: Vec<Item<Measure>>,
    indicators: Vec<Item<Indicator>>,
    structures: Vec<Item<Structure>>,
    consultations: Vec<Item<Consultation>>,
    links: Vec<Item<Link>>,
    reports: Vec<Item<Report>>,
    sections: HashMap<&'static str, Loc>,
    unreadable_ids: Vec<String>,
    invalid: Vec<Invalid>,
    unreadable_sections: Vec<&'static str>,
    /// How many findings the items may pile up before they are folded.
    fold_at: usize,
}

/// See [`Parts::fold_at`].
const FOLD_FINDINGS_AT: usize = 10_000;

impl Parts {
    fn move_into(self, plan: &mut Plan) {
        plan.municipality = self.municipality;
        plan.actors = self.actors;
        plan.services = self.services;
        plan.objectives = self.objectives;
        plan.measures = self.measures;
        plan.indicators = self.indicators;
        plan.structures = self.structures;
        plan.consultations = self.consultations;
        plan.links = self.links;
        plan.reports = self.reports;
        plan.sections = self.sections;
        plan.unreadable_ids = self.unreadable_ids;
        plan.invalid = self.invalid;
        for (n, i) in plan.invalid.iter().enumerate() {
            plan.invalid_by_item
                .entry((i.item.file, i.item.path.clone()))
                .or_default()
                .push(n);
        }
        plan.unreadable_sections = SECTIONS
            .iter()
            .copied()
            .filter(|s| self.unreadable_sections.contains(s))
            .collect();
    }

    fn unreadable(&mut self, section: &'static str) {
        if !self.unreadable_sections.contains(&section) {
            self.unreadable_sections.push(section);
        }
    }
}

fn read_sections(
    plan: &Plan,
    parts: &mut Parts,
    file: usize,
    root: &Node,
    findings: &mut Vec<Finding>,
) {
    let NodeValue::Map(entries) = &root.value else {
        findings.push(format_finding(
            plan,
            &format::INVALID_VALUE,
            file,
            &[],
            msg!("plan-file-not-a-map", found = root.kind_word()),
            None,
        ));
        return;
    };
    let mut unknown = 0usize;
    for (key, node) in entries {
        let Some(&section) = SECTIONS.iter().find(|s| **s == key.name) else {
            let (_, hint, meant) = decode::unknown_key_words(
                &key.name,
                msg!("plan-a-plan-file").into(),
                SECTIONS.iter().copied(),
            );
            if let Some(meant) = meant
                && let Some(&section) = SECTIONS.iter().find(|s| **s == meant)
                && !matches!(node.value, NodeValue::Null)
            {
                parts.unreadable(section);
            }
            unknown += 1;
            if unknown > decode::UNKNOWN_KEYS_SHOWN {
                continue;
            }
            let message = match meant {
                Some(_) => msg!("plan-not-a-section", key = &key.name),
                None => msg!(
                    "plan-not-a-section-list",
                    key = &key.name,
                    sections = SECTIONS.join(", ")
                ),
            };
            let at = Loc {
                file,
                path: Vec::new(),
                label: String::new(),
            };
            findings.push(Finding {
                rule: &format::UNKNOWN_KEY,
                severity: format::UNKNOWN_KEY.severity,
                message,
                location: Some(plan.located(
                    &at,
                    &[Seg::Key(key.name.clone())],
                    key.span.join(node.span),
                )),
                hint,
                also: crate::finding::Also::default(),
                rows: Vec::new(),
            });
            continue;
        };
        let section_path = vec![Seg::Key(section.to_owned())];
        parts.sections.entry(section).or_insert_with(|| Loc {
            file,
            path: section_path.clone(),
            label: section.to_owned(),
        });
        if section == "municipality" {
            if let Some(first) = &parts.municipality {
                let first_file = plan.files[first.loc.file].display.clone();
                findings.push(format_finding(
                    plan,
                    &format::MUNICIPALITY_SECTION,
                    file,
                    &section_path,
                    msg!("plan-second-municipality", first = first_file),
                    None,
                ));
                continue;
            }
            let loc = Loc {
                file,
                path: section_path,
                label: "municipality".into(),
            };
            if let Some(value) = read_item(plan, parts, &loc, node, findings) {
                parts.municipality = Some(Item { value, loc });
            } else {
                parts.unreadable(section);
            }
            continue;
        }
        let NodeValue::Seq(items) = &node.value else {
            if !matches!(node.value, NodeValue::Null) {
                parts.unreadable(section);
                findings.push(format_finding(
                    plan,
                    &format::INVALID_VALUE,
                    file,
                    &section_path,
                    msg!(
                        "plan-section-not-a-list",
                        section = section,
                        found = node.kind_word()
                    ),
                    None,
                ));
            }
            continue;
        };
        // Reserved once: growing a list of 250,000 measures by doubling copied it again and
        // again and touched twice the memory.
        let n = items.len();
        match section {
            "actors" => parts.actors.reserve(n),
            "services" => parts.services.reserve(n),
            "objectives" => parts.objectives.reserve(n),
            "measures" => parts.measures.reserve(n),
            "indicators" => parts.indicators.reserve(n),
            "structures" => parts.structures.reserve(n),
            "consultations" => parts.consultations.reserve(n),
            "links" => parts.links.reserve(n),
            "reports" => parts.reports.reserve(n),
            _ => {}
        }
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
                "actors" => push(plan, parts, loc, item_node, findings, |p| &mut p.actors),
                "services" => push(plan, parts, loc, item_node, findings, |p| &mut p.services),
                "objectives" => push(plan, parts, loc, item_node, findings, |p| &mut p.objectives),
                "measures" => push(plan, parts, loc, item_node, findings, |p| &mut p.measures),
                "indicators" => push(plan, parts, loc, item_node, findings, |p| &mut p.indicators),
                "structures" => push(plan, parts, loc, item_node, findings, |p| &mut p.structures),
                "consultations" => push(plan, parts, loc, item_node, findings, |p| {
                    &mut p.consultations
                }),
                "links" => push(plan, parts, loc, item_node, findings, |p| &mut p.links),
                "reports" => push(plan, parts, loc, item_node, findings, |p| &mut p.reports),
                _ => true,
            };
            if !ok && let Some(id) = id {
                parts.unreadable_ids.push(id);
            }
            // Folded as they pile up, not only after loading: 166,000 tables without an id
            // would otherwise hold 166,000 findings at once. Doubling the threshold keeps
            // the refolding linear.
            if findings.len() >= parts.fold_at {
                *findings = crate::finding::fold(std::mem::take(findings));
                parts.fold_at = (findings.len() * 2).max(FOLD_FINDINGS_AT);
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
            msg!("plan-this-file").into(),
        ));
    }
}

/// Reads one item, keeping its invalid-field markers.
fn read_item<T: serde::de::DeserializeOwned>(
    plan: &Plan,
    parts: &mut Parts,
    loc: &Loc,
    node: &Node,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    let decoded = decode::item::<T>(plan, loc, node, findings);
    parts
        .invalid
        .extend(decoded.invalid.into_iter().map(|field| Invalid {
            item: loc.clone(),
            field,
        }));
    if decoded.value.is_none() {
        // Not a map, or a required field nothing could stand in for: the item is left out
        // and stands as one unreadable value.
        parts.invalid.push(Invalid {
            item: loc.clone(),
            field: Vec::new(),
        });
    }
    decoded.value
}

fn push<T: serde::de::DeserializeOwned>(
    plan: &Plan,
    parts: &mut Parts,
    loc: Loc,
    node: &Node,
    findings: &mut Vec<Finding>,
    list: impl FnOnce(&mut Parts) -> &mut Vec<Item<T>>,
) -> bool {
    match read_item::<T>(plan, parts, &loc, node, findings) {
        Some(value) => {
            list(parts).push(Item { value, loc });
            true
        }
        None => false,
    }
}

fn index_ids(plan: &mut Plan, findings: &mut Vec<Finding>) {
    /// Where an id is written: an item's `id`, or a consultation need's. Located only when
    /// the id turns out to be repeated, so 250,000 unique ids build no locations.
    #[derive(Clone, Copy)]
    enum Written<'a> {
        Item(&'a Loc),
        Need(&'a Loc, usize),
    }
    fn location(plan: &Plan, at: Written<'_>) -> Location {
        match at {
            Written::Item(loc) => plan.at(loc, "id"),
            Written::Need(loc, need) => plan.locate(
                loc,
                &[
                    Seg::Key("needs".into()),
                    Seg::Index(need),
                    Seg::Key("id".into()),
                ],
            ),
        }
    }
    let read: &Plan = plan;
    let mut first: HashMap<&str, (Kind, usize, Written<'_>)> = HashMap::new();
    let mut written: Vec<(&str, Kind, usize, Written<'_>)> = Vec::new();
    macro_rules! index {
        ($list:ident, $kind:expr) => {
            // An id written wrong or left out is stood in for by an empty one (a PLAN
            // finding speaks for it), which names nothing.
            for (i, item) in read
                .$list
                .iter()
                .enumerate()
                .filter(|(_, x)| !x.id.is_empty())
            {
                written.push((&item.id, $kind, i, Written::Item(&item.loc)));
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
    for (ci, c) in read.consultations.iter().enumerate() {
        for (ni, need) in c.needs.iter().enumerate() {
            written.push((&need.id, Kind::Need, ci, Written::Need(&c.loc, ni)));
        }
    }
    lookalike::ids(&written, |at| location(read, at), findings);
    first.reserve(written.len());
    for (id, kind, index, at) in written {
        match first.get(id) {
            Some(&(first_kind, _, first_at)) => {
                let first_at = location(read, first_at);
                findings.push(Finding {
                    rule: &format::DUPLICATE_ID,
                    severity: format::DUPLICATE_ID.severity,
                    message: msg!(
                        "plan-duplicate-id",
                        id = id,
                        kind = msg!("plan-kind", kind = first_kind.noun()),
                        file = &first_at.file,
                        line = first_at.span.start.line
                    ),
                    location: Some(location(read, at)),
                    hint: None,
                    also: crate::finding::Also::default(),
                    rows: Vec::new(),
                });
            }
            None => {
                first.insert(id, (kind, index, at));
            }
        }
    }
    let ids = first
        .into_iter()
        .map(|(id, (kind, index, _))| (id.to_owned(), (kind, index)))
        .collect();
    plan.ids = ids;
}

/// Every field that names an item by id, as `section.field` (a nested block's dotted),
/// with the kind of item it must name: what an editor completes and follows. The
/// references the loader resolves are exactly these (tested).
pub const REFERENCE_FIELDS: &[(&str, Kind)] = &[
    ("municipality.coordinator", Kind::Actor),
    ("municipality.regional_authority.actor", Kind::Actor),
    ("services.responsible", Kind::Actor),
    ("services.cooperation", Kind::Actor),
    ("objectives.indicators", Kind::Indicator),
    ("measures.objectives", Kind::Objective),
    ("measures.responsible", Kind::Actor),
    ("measures.partners", Kind::Actor),
    ("measures.answers", Kind::Need),
    ("measures.dialogue.supported_by", Kind::Actor),
    ("structures.convener", Kind::Actor),
    ("structures.members", Kind::Actor),
    ("structures.linked_to", Kind::Structure),
    ("structures.dialogue.supported_by", Kind::Actor),
    ("structures.cycle.discussion_sessions", Kind::Consultation),
    ("structures.cycle.action_plan", Kind::Measure),
    ("consultations.organiser", Kind::Actor),
    ("consultations.organisations", Kind::Actor),
    ("consultations.recognised_in", Kind::Structure),
];

/// A reference between items as written: where, the id, and the kind it must name.
#[derive(Debug, Clone)]
pub struct Referral {
    pub at: Location,
    pub id: String,
    pub expect: Kind,
}

impl Plan {
    /// Every reference the plan writes, located (for an editor's find-references).
    pub fn referrals(&self) -> Vec<Referral> {
        references(self)
            .into_iter()
            .map(|r| Referral {
                at: self.locate(r.loc, &r.field),
                id: r.id.to_owned(),
                expect: r.expect,
            })
            .collect()
    }

    /// Where the id of the item (or consultation need) `id` is written.
    pub fn definition(&self, id: &str) -> Option<Location> {
        let (kind, i) = *self.ids.get(id)?;
        if kind == Kind::Need {
            let c = self.consultations.get(i)?;
            let need = c.needs.iter().position(|n| n.id == id)?;
            let path = [
                Seg::Key("needs".into()),
                Seg::Index(need),
                Seg::Key("id".into()),
            ];
            return Some(self.locate(&c.loc, &path));
        }
        Some(self.at(self.loc_of(id)?, "id"))
    }

    /// Every id of the plan with the kind of item it names.
    pub fn ids(&self) -> impl Iterator<Item = (&str, Kind)> {
        self.ids.iter().map(|(id, (kind, _))| (id.as_str(), *kind))
    }
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

/// Reports references that name no item (or an item of the wrong kind). While a file of the
/// plan cannot be read, a reference may name an item written there: one mistake (a repeated
/// section that makes the file unreadable) must not become a finding per reference.
fn resolve_references(plan: &Plan, file_unreadable: bool, findings: &mut Vec<Finding>) {
    // The ids of each kind, gathered once rather than once per dangling reference.
    let mut candidates_of: Vec<(Kind, Vec<&str>)> = Vec::new();
    let mut budget = HINT_BUDGET;
    let any_non_ascii_id = plan.ids.keys().any(|id| !id.is_ascii());
    let mut skeletons: Option<lookalike::Skeletons<'_>> = None;
    for r in references(plan) {
        let found = plan.kind_of(r.id);
        // A reference into a section that could not be read in full may name an item that
        // was written there; the section's own finding speaks for it.
        if found == Some(r.expect)
            || plan.unreadable_ids.iter().any(|u| u == r.id)
            || (found.is_none() && (file_unreadable || !plan.readable(r.expect.section())))
        {
            continue;
        }
        // A reference that looks like an id of the plan, or hides an invisible character,
        // is a lookalike rather than a typing mistake: one finding that says so. The ids'
        // skeletons are computed once, and only when a reference could be one.
        if found.is_none()
            && lookalike::may_look_alike(r.id, any_non_ascii_id)
            && let Some(message) = skeletons
                .get_or_insert_with(|| {
                    lookalike::Skeletons::new(
                        plan.ids.iter().map(|(id, (kind, _))| (id.as_str(), *kind)),
                    )
                })
                .reference(r.id)
        {
            findings.push(lookalike::finding(message, plan.locate(r.loc, &r.field)));
            continue;
        }
        let message = match found {
            Some(other) => msg!(
                "plan-reference-wrong-kind",
                field = path_to_string(&r.field),
                found = other.word(),
                id = r.id,
                expect = r.expect.noun()
            ),
            None => msg!(
                "plan-reference-undefined",
                kind = r.expect.word(),
                id = r.id
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
        // Both the name lookup and the did-you-mean look at every item of the kind.
        let hint = if candidates.len() <= budget {
            budget -= candidates.len();
            named(plan, r.id, r.expect)
                .map(|(id, kind)| {
                    msg!(
                        "plan-hint-named",
                        id = id,
                        written = r.id,
                        kind = kind.word()
                    )
                })
                .or_else(|| decode::did_you_mean(r.id, candidates.iter().copied()))
        } else {
            None
        };
        findings.push(Finding {
            rule: &format::DANGLING_REFERENCE,
            severity: format::DANGLING_REFERENCE.severity,
            message,
            location: Some(plan.locate(r.loc, &r.field)),
            hint,
            also: crate::finding::Also::default(),
            rows: Vec::new(),
        });
    }
}

/// The id of the item of kind `expect` whose name (an objective's statement) is `written`,
/// for a reference that gives the name instead of the id.
fn named<'a>(plan: &'a Plan, written: &str, expect: Kind) -> Option<(&'a str, Kind)> {
    let same = |name: &str| name.trim().eq_ignore_ascii_case(written.trim());
    let id = match expect {
        Kind::Actor => plan
            .actors
            .iter()
            .find(|a| same(&a.name))
            .map(|a| a.id.as_str()),
        Kind::Indicator => plan
            .indicators
            .iter()
            .find(|i| same(&i.name))
            .map(|i| i.id.as_str()),
        Kind::Objective => plan
            .objectives
            .iter()
            .find(|o| same(&o.statement))
            .map(|o| o.id.as_str()),
        Kind::Structure => plan
            .structures
            .iter()
            .find(|s| same(&s.name))
            .map(|s| s.id.as_str()),
        Kind::Measure => plan
            .measures
            .iter()
            .find(|m| same(&m.title))
            .map(|m| m.id.as_str()),
        _ => None,
    }?;
    Some((id, expect))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Limits, yaml};

    fn built(yaml_text: &str) -> Built {
        let root = yaml::parse(yaml_text, &Limits::default()).ok().flatten();
        let file = SourceFile {
            path: "plan.yaml".into(),
            display: "plan.yaml".into(),
            syntax: Syntax::Yaml,
            text: yaml_text.to_owned(),
            root,
        };
        build("plan".into(), vec![Ok(file)])
    }

    /// A file repeating one mistake past [`FOLD_FINDINGS_AT`] items never holds more than
    /// that many findings while it is read, and loses no place.
    #[test]
    fn findings_fold_while_the_items_are_read() {
        let n = FOLD_FINDINGS_AT + 2_000;
        let text = format!("measures:\n{}", "  - {title: T}\n".repeat(n));
        let b = built(&text);
        let missing_id: Vec<&Finding> = b
            .findings
            .iter()
            .filter(|f| f.rule.id == format::INVALID_VALUE.id)
            .collect();
        // The first 10,000 were folded into 51; the 2,000 after are folded after loading.
        assert_eq!(missing_id.len(), crate::finding::FOLD_CAP + 1 + 2_000);
        let places: usize = missing_id.iter().map(|f| f.count()).sum();
        assert_eq!(places, n);
    }

    fn built_toml(toml_text: &str) -> Built {
        let root = crate::load::toml::parse(toml_text, &crate::load::Limits::default())
            .ok()
            .flatten();
        let file = SourceFile {
            path: "plan.toml".into(),
            display: "plan.toml".into(),
            syntax: Syntax::Toml,
            text: toml_text.to_owned(),
            root,
        };
        build("plan".into(), vec![Ok(file)])
    }

    #[test]
    fn yaml_and_toml_spell_the_same_timetables() {
        let yaml = built(
            "municipality:\n  name: X\nmeasures:\n  - {id: M1, title: T, timetable: {start: 1.3.2025, end: 2027}}\n  - {id: M2, title: U, timetable: {ongoing: true}}\n",
        );
        let toml = built_toml(
            "[municipality]\nname = \"X\"\n\n[[measures]]\nid = \"M1\"\ntitle = \"T\"\ntimetable = { start = \"1.3.2025\", end = 2027 }\n\n[[measures]]\nid = \"M2\"\ntitle = \"U\"\ntimetable = { ongoing = true }\n",
        );
        let timetables = |b: &Built| -> Vec<String> {
            b.plan
                .measures
                .iter()
                .map(|m| format!("{:?}", m.timetable))
                .collect()
        };
        assert!(yaml.findings.is_empty() && toml.findings.is_empty());
        assert_eq!(timetables(&yaml), timetables(&toml));
        let first = yaml.plan.measures[0].timetable.as_ref();
        assert_eq!(
            first.and_then(|t| t.start).map(|d| d.to_string()),
            Some("2025-03-01".into())
        );
        assert_eq!(
            first.and_then(|t| t.end).map(|d| d.to_string()),
            Some("2027-12-31".into())
        );
    }

    fn rules(b: &Built) -> Vec<&'static str> {
        b.findings.iter().map(|f| f.rule.id).collect()
    }

    #[test]
    fn a_wrong_value_drops_only_its_field_and_marks_it_invalid() {
        let b = built(
            "municipality:\n  name: X\nmeasures:\n  - id: M1\n    title: T\n    responsible: [a, b]\n    timetable: {start: 31.2.2025, end: 2027}\n    target_groups: [children, nobody, roma]\n",
        );
        assert_eq!(
            rules(&b),
            ["PLAN004", "PLAN004", "PLAN004"],
            "{:?}",
            b.findings
        );
        let m = &b.plan.measures[0];
        assert!(m.responsible.is_none());
        assert!(b.plan.invalid(&m.loc, "responsible"));
        assert!(
            b.plan.invalid(&m.loc, "timetable"),
            "a part of it is invalid"
        );
        assert!(b.plan.invalid(&m.loc, "timetable.start"));
        assert!(!b.plan.invalid(&m.loc, "timetable.end"));
        assert!(!b.plan.invalid(&m.loc, "partners"));
        let t = m
            .timetable
            .as_ref()
            .map(|t| (t.start, t.end.map(|d| d.to_string())));
        assert_eq!(t, Some((None, Some("2027-12-31".into()))));
        assert_eq!(
            m.target_groups,
            [PopulationGroup::Children, PopulationGroup::Roma],
            "only the wrong entry is dropped"
        );
        assert!(b.plan.invalid(&m.loc, "target_groups"));
        assert!(b.plan.readable("measures"));
    }

    #[test]
    fn a_nested_required_field_drops_its_block_not_the_item() {
        let b = built("municipality:\n  name: X\n  approval: {body: Council, date: tomorrow}\n");
        assert_eq!(rules(&b), ["PLAN004"], "{:?}", b.findings);
        let m = b
            .plan
            .municipality
            .as_ref()
            .map(|m| (m.name.as_str(), m.approval.is_none()));
        assert_eq!(m, Some(("X", true)));
        assert!(
            b.plan.invalid(
                &b.plan
                    .municipality
                    .as_ref()
                    .map(|m| m.loc.clone())
                    .unwrap_or_else(|| unreachable!()),
                "approval.date"
            )
        );
    }

    #[test]
    fn an_item_with_a_required_field_wrong_stays_with_the_field_marked() {
        let b = built(
            "municipality:\n  name: X\nactors:\n  - {id: a, name: A, kind: ngo}\n  - {id: b, name: B, kind: sports_club}\n  - {id: c, kind: ngo}\n",
        );
        assert_eq!(b.plan.actors.len(), 3, "every actor is kept");
        assert!(b.plan.unreadable_sections.is_empty());
        assert_eq!(rules(&b), ["PLAN004", "PLAN004"], "{:?}", b.findings);
        let (wrong, unnamed) = (&b.plan.actors[1], &b.plan.actors[2]);
        assert!(b.plan.invalid(&wrong.loc, "kind"));
        assert!(!b.plan.invalid(&wrong.loc, "name"));
        assert_eq!(
            wrong.kind,
            ActorKind::Other,
            "a choice is stood in for by `other`"
        );
        assert!(
            b.plan.invalid(&unnamed.loc, "name"),
            "a required field left out"
        );
        assert_eq!(unnamed.name, "");
    }

    #[test]
    fn an_item_that_is_not_a_map_costs_only_itself() {
        let b = built(
            "municipality:\n  name: X\nactors:\n  - {id: a, name: A, kind: ngo}\n  - just a name\n",
        );
        assert_eq!(b.plan.actors.len(), 1);
        assert!(b.plan.unreadable_sections.is_empty());
        let left_out: Vec<&str> = b
            .plan
            .invalid_values()
            .iter()
            .filter(|i| i.field.is_empty())
            .map(|i| i.item.label.as_str())
            .collect();
        assert_eq!(left_out, ["actors[1]"]);
    }

    #[test]
    fn a_required_date_written_wrong_is_stood_in_for() {
        let b = built(
            "municipality: {name: X}\nconsultations:\n  - {id: K1, title: Hearing, date: 31.2.2025, method: hearing, needs: [{id: N1, need: Childcare}]}\nmeasures:\n  - {id: M1, title: T, answers: [N1]}\n",
        );
        assert_eq!(b.plan.consultations.len(), 1);
        assert!(b.plan.invalid(&b.plan.consultations[0].loc, "date"));
        assert_eq!(
            rules(&b),
            ["PLAN004"],
            "the need N1 still resolves: {:?}",
            b.findings
        );
    }

    #[test]
    fn a_misspelt_or_translated_key_marks_the_field_it_stands_for() {
        let b = built(
            "measures:\n  - id: M1\n    title: T\n    responsibel: a\n    aikataulu: {start: 2025}\n",
        );
        let m = &b.plan.measures[0];
        assert!(b.plan.invalid(&m.loc, "responsible"));
        assert!(b.plan.invalid(&m.loc, "timetable"));
        let hints: Vec<String> = b
            .findings
            .iter()
            .filter_map(|f| f.hint.as_ref().map(ToString::to_string))
            .collect();
        assert!(
            hints
                .iter()
                .any(|h| h.contains("did you mean `responsible`?")),
            "{hints:?}"
        );
        assert!(
            hints
                .iter()
                .any(|h| h.contains("`aikataulu` is the Finnish for `timetable`")),
            "{hints:?}"
        );
    }

    #[test]
    fn a_translated_section_key_leaves_the_section_unread_and_no_plan007() {
        let b = built("kunta:\n  name: X\ntoimenpiteet:\n  - id: M1\n");
        assert_eq!(b.plan.unreadable_sections, ["municipality", "measures"]);
        assert_eq!(rules(&b), ["PLAN003", "PLAN003"], "{:?}", b.findings);
    }

    /// The table editors complete from names exactly the fields the loader resolves.
    #[test]
    fn the_reference_fields_are_the_ones_resolved() {
        let b = built(
            "municipality:\n  name: X\n  coordinator: a\n  regional_authority: {kind: ely_centre, name: R, actor: a}\nactors:\n  - {id: a, name: A, kind: ngo}\nservices:\n  - {id: s, name: S, responsible: a, cooperation: [a]}\nindicators:\n  - {id: i, name: I}\nobjectives:\n  - {id: o, statement: O, indicators: [i]}\nmeasures:\n  - {id: m, title: T, objectives: [o], responsible: a, partners: [a], answers: [n], dialogue: {supported_by: [a]}}\nstructures:\n  - {id: st, name: N, kind: council, convener: a, members: [a], linked_to: [st], dialogue: {supported_by: [a]}, cycle: {discussion_sessions: [c], action_plan: [m]}}\nconsultations:\n  - {id: c, title: C, date: 2025-01-01, method: hearing, organiser: a, organisations: [a], recognised_in: [st], needs: [{id: n, need: N}]}\n",
        );
        let mut seen: Vec<String> = references(&b.plan)
            .iter()
            .map(|r| {
                let mut path: Vec<String> = r
                    .loc
                    .path
                    .iter()
                    .take(1)
                    .map(|s| match s {
                        Seg::Key(k) => k.clone(),
                        Seg::Index(_) => String::new(),
                    })
                    .collect();
                path.extend(r.field.iter().filter_map(|s| match s {
                    Seg::Key(k) => Some(k.clone()),
                    Seg::Index(_) => None,
                }));
                path.join(".")
            })
            .collect();
        seen.sort();
        seen.dedup();
        let mut table: Vec<String> = REFERENCE_FIELDS
            .iter()
            .map(|(p, _)| (*p).to_owned())
            .collect();
        table.sort();
        assert_eq!(seen, table);
        for r in references(&b.plan) {
            assert_eq!(b.plan.kind_of(r.id), Some(r.expect), "{}", r.id);
        }
        assert_eq!(
            b.plan.definition("n").map(|l| l.path),
            Some("consultations[c].needs[0].id".into())
        );
    }

    #[test]
    fn a_name_written_for_an_id_suggests_the_id() {
        let b = built(
            "actors:\n  - {id: county, name: Keski-Suomen hyvinvointialue, kind: wellbeing_services_county}\nmeasures:\n  - {id: M1, title: T, responsible: Keski-Suomen hyvinvointialue}\n",
        );
        let hint = b
            .findings
            .iter()
            .find(|f| f.rule.id == "PLAN006")
            .and_then(|f| f.hint.as_ref().map(ToString::to_string))
            .unwrap_or_default();
        assert!(hint.starts_with("did you mean the id `county`?"), "{hint}");
    }
}
