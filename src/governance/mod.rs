//! Governance and participation analysis (CoE-MLG Parts II and III, MoJ-TOOL): the
//! multilevel map, the identification -> recognition -> action trace, participation
//! forms, the quality of participatory structures, the Ministry of Justice data-collection
//! cycle and the ESIS check. The `governance` command renders these; the `PAR01x–PAR03x`
//! and `MLG02x` rules report from them. Analysis only: nothing here prints.

pub mod cycle;
pub mod esis;
pub mod forms;
pub mod hash;
pub mod languages;
pub mod levels;
pub mod quality;
pub mod trace;

use crate::model::date::Date;
use crate::model::{Item, Loc, Plan, Structure, StructureKind};

/// Everything the `governance` view shows.
#[derive(Debug)]
pub struct Overview<'a> {
    pub map: levels::Map<'a>,
    pub forms: Vec<forms::FormCount<'a>>,
    /// Councils, co-design processes and dialogues with their element checks.
    pub quality: Vec<StructureQuality<'a>>,
    /// The cooperation groups' meeting frequency against the plan's cycle.
    pub required_meetings: quality::Required,
    /// Present with `--trace`.
    pub trace: Option<trace::Trace<'a>>,
    /// Present with `--trace`.
    pub cycles: Option<Vec<cycle::CycleTrace<'a>>>,
}

/// A council, co-design process or dialogue and how it meets its elements or conditions.
#[derive(Debug)]
pub struct StructureQuality<'a> {
    pub subject: Subject<'a>,
    pub checks: Vec<quality::ElementCheck>,
}

#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    Council(&'a Item<Structure>),
    CoDesign(&'a Item<Structure>),
    Dialogue(quality::Dialogue<'a>),
}

impl<'a> Subject<'a> {
    pub fn id(&self) -> &str {
        match self {
            Subject::Council(s) | Subject::CoDesign(s) => &s.id,
            Subject::Dialogue(quality::Dialogue::Structure(s)) => &s.id,
            Subject::Dialogue(quality::Dialogue::Measure(m)) => &m.id,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Subject::Council(s) | Subject::CoDesign(s) => &s.name,
            Subject::Dialogue(quality::Dialogue::Structure(s)) => &s.name,
            Subject::Dialogue(quality::Dialogue::Measure(m)) => &m.title,
        }
    }

    /// Where the structure (or dialogue measure) is written.
    pub fn loc(&self) -> &'a Loc {
        match self {
            Subject::Council(s) | Subject::CoDesign(s) => &s.loc,
            Subject::Dialogue(d) => d.loc(),
        }
    }

    /// `council`, `co_design` or `dialogue`.
    pub fn kind(&self) -> &'static str {
        match self {
            Subject::Council(_) => "council",
            Subject::CoDesign(_) => "co_design",
            Subject::Dialogue(_) => "dialogue",
        }
    }
}

/// Councils, co-design processes and dialogues with their checks.
pub fn structure_quality(plan: &Plan, as_of: Date) -> Vec<StructureQuality<'_>> {
    let mut out = Vec::new();
    for s in &plan.structures {
        match s.kind {
            StructureKind::Council => out.push(StructureQuality {
                subject: Subject::Council(s),
                checks: quality::council(plan, s, as_of),
            }),
            StructureKind::CoDesign => out.push(StructureQuality {
                subject: Subject::CoDesign(s),
                checks: quality::co_design(s),
            }),
            _ => {}
        }
    }
    for d in quality::dialogues(plan) {
        out.push(StructureQuality {
            subject: Subject::Dialogue(d),
            checks: quality::dialogue(plan, d),
        });
    }
    out
}

/// Builds the view's content; `with_trace` adds the trace and the data-collection cycles.
pub fn overview(plan: &Plan, as_of: Date, with_trace: bool) -> Overview<'_> {
    Overview {
        map: levels::map(plan),
        forms: forms::count(plan),
        quality: structure_quality(plan, as_of),
        required_meetings: quality::required_meetings(plan),
        trace: with_trace.then(|| trace::trace(plan)),
        cycles: with_trace.then(|| cycle::cycles(plan, as_of)),
    }
}
