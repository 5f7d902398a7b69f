//! What every rule produces: a located finding with its severity, message and help, and
//! what describes the rule behind it. Kept below the analyses and the rule catalogue, so that
//! the loader, the model and every renderer can speak of findings without importing the
//! catalogue (which imports them).

use serde::Serialize;

use crate::i18n::{Lang, Message};
use crate::load::node::Span;
use crate::sources::Source;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl Severity {
    /// The severity's word in `lang` (`as_str` is the stable key of JSON and config).
    pub fn label(self, lang: Lang) -> String {
        Message::new(match self {
            Severity::Info => "severity-info",
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        })
        .render(lang)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Format,
    IntegrationAct,
    Governance,
    GoodRelations,
    Participation,
    Pyramid,
}

impl Family {
    pub const ALL: [Family; 6] = [
        Family::IntegrationAct,
        Family::Governance,
        Family::GoodRelations,
        Family::Participation,
        Family::Pyramid,
        Family::Format,
    ];

    /// The family's heading in `lang`.
    pub fn title(self, lang: Lang) -> String {
        Message::new(match self {
            Family::Format => "family-format",
            Family::IntegrationAct => "family-integration_act",
            Family::Governance => "family-governance",
            Family::GoodRelations => "family-good_relations",
            Family::Participation => "family-participation",
            Family::Pyramid => "family-pyramid",
        })
        .render(lang)
    }

    pub fn key(self) -> &'static str {
        match self {
            Family::Format => "format",
            Family::IntegrationAct => "integration_act",
            Family::Governance => "governance",
            Family::GoodRelations => "good_relations",
            Family::Participation => "participation",
            Family::Pyramid => "pyramid",
        }
    }
}

/// Everything that describes a rule, which a finding points at: its id, family, default
/// severity and the texts `rules`, `explain`, the docs and SARIF are generated from. The
/// catalogue ([`crate::rules::Rule`]) adds what the rule reads and its check function.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable id, grouped by family: `PLAN…`, `IA…`, `MLG…`, `GR…`, `PAR…`, `PYR…`.
    pub id: &'static str,
    /// Kebab-case name, e.g. `measure-without-responsible`.
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub sources: &'static [Source],
}

/// A rule's texts live in the catalogue under its id (`locales/<lang>/rules-*.ftl`): the
/// value says what it checks, `.rationale` why it matters and has this severity, `.help`
/// how to fix a finding. `tests/i18n.rs` checks every rule has all three in every language.
impl RuleInfo {
    /// What it checks, one sentence.
    pub fn summary(&self, lang: Lang) -> String {
        Message::new(self.id).render(lang)
    }

    /// Why it matters and why it has this severity.
    pub fn rationale(&self, lang: Lang) -> String {
        crate::i18n::attribute(lang, self.id, "rationale")
    }

    /// How to fix a finding.
    pub fn help(&self, lang: Lang) -> String {
        crate::i18n::attribute(lang, self.id, "help")
    }

    pub fn source_line(&self, lang: Lang) -> String {
        self.sources
            .iter()
            .map(|s| s.render(lang))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl PartialEq for RuleInfo {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// Where a finding points: a file, a span in it, and the symbolic path of the thing
/// concerned (e.g. `measures[M12].responsible`), which identifies it across edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub span: Span,
    pub path: String,
}

/// A location at the start of a file, for findings about a file as a whole.
pub fn file_start(file: &str) -> Location {
    Location {
        file: file.to_owned(),
        span: Span::point(1, 1),
        path: String::new(),
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static RuleInfo,
    pub severity: Severity,
    pub message: Message,
    /// `None` only for findings about the plan as a whole when it has no file to point at.
    pub location: Option<Location>,
    /// A finding-specific hint (e.g. "did you mean `partners`?") shown before the rule's help.
    pub hint: Option<Message>,
    /// Empty, except on a folded finding ([`FOLD_CAP`]): the places of the other findings of
    /// its rule folded into it, in the order the rule reported them. The finding's own
    /// location is the first folded place, so the folded places are `location` and `also`.
    pub also: Also,
    /// The rows of the checklist's grids (a §13 component, a §45 area) the finding concerns,
    /// as the rule says when it reports; empty for a finding of no grid.
    pub rows: Vec<crate::duty::Row>,
}

/// The most folded places a fold lists one by one; the rest are counted. 1,000 places are
/// more than anyone reads and as many as SARIF viewers take; keeping all of them made a
/// plan of 250,000 faulty measures hold a million locations and write 75 MB of JSON.
pub const FOLD_PLACES_LISTED: usize = 1000;

/// The other places of a folded finding: the first [`FOLD_PLACES_LISTED`] in the order the
/// rule reported them, and how many more there are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Also {
    listed: Vec<Location>,
    unlisted: usize,
}

impl Also {
    /// Whether the finding has no other places (it is not a fold).
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.unlisted == 0
    }

    /// How many other places there are, listed or not.
    pub fn len(&self) -> usize {
        self.listed.len() + self.unlisted
    }

    /// The places listed one by one.
    pub fn listed(&self) -> &[Location] {
        &self.listed
    }

    /// How many places are counted but not listed.
    pub fn unlisted(&self) -> usize {
        self.unlisted
    }

    /// The listed places, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Location> {
        self.listed.iter()
    }

    /// Adds a place: listed while there is room, else counted.
    pub fn push(&mut self, place: Location) {
        if self.listed.len() < FOLD_PLACES_LISTED {
            self.listed.push(place);
        } else {
            self.unlisted += 1;
        }
    }

    /// Adds another fold's places after these.
    pub fn extend(&mut self, other: Also) {
        for place in other.listed {
            self.push(place);
        }
        self.unlisted += other.unlisted;
    }
}

/// The most findings one rule reports one by one in one plan. A reviewer reads a hundred
/// findings at most, and one mistake repeated across a generated or pasted plan must not
/// bury the rest: past the cap, a rule's findings are folded into one finding of that rule,
/// located at the first folded place, whose message says how many more there are and whose
/// [`Finding::also`] lists the other places. Findings without a location (about the plan as
/// a whole) are never folded; no rule gives many of them.
pub const FOLD_CAP: usize = 50;

/// The message of a folded finding that stands for `count` findings of its rule (English,
/// the one sentence of the fold; it is translated with the other messages).
pub fn fold_message(count: usize) -> Message {
    crate::msg!(
        "fold-more",
        count = count,
        others = count.saturating_sub(1),
        listed = FOLD_PLACES_LISTED
    )
}

/// Folds one rule's findings past [`FOLD_CAP`], as they arrive: the first `FOLD_CAP` located
/// findings are kept whole, the next one is held, and from the one after, only each
/// finding's location is kept (added to the held finding's `also`).
#[derive(Debug, Default)]
pub struct Folder {
    kept: Vec<Finding>,
    located: usize,
    held: Option<Finding>,
}

impl Folder {
    pub fn push(&mut self, f: Finding) {
        if f.location.is_none() {
            self.kept.push(f);
            return;
        }
        self.located += 1;
        if self.located <= FOLD_CAP {
            self.kept.push(f);
            return;
        }
        match &mut self.held {
            None => self.held = Some(f),
            Some(fold) => absorb(fold, f),
        }
    }

    /// The findings kept whole, then the fold (a single finding past the cap stays as it is).
    pub fn finish(self) -> Vec<Finding> {
        let mut out = self.kept;
        if let Some(mut fold) = self.held {
            if !fold.also.is_empty() {
                seal(&mut fold);
            }
            out.push(fold);
        }
        out
    }
}

/// Adds `f`'s places (its location and, if it is a fold itself, its `also`) to `fold`,
/// which takes the higher severity, so that folding never lowers what the exit code sees.
fn absorb(fold: &mut Finding, f: Finding) {
    fold.severity = fold.severity.max(f.severity);
    for row in f.rows {
        if !fold.rows.contains(&row) {
            fold.rows.push(row);
        }
    }
    if let Some(l) = f.location {
        fold.also.push(l);
    }
    fold.also.extend(f.also);
}

/// Gives a fold its message and drops the first folded finding's own hint.
fn seal(fold: &mut Finding) {
    fold.message = fold_message(fold.count());
    fold.hint = None;
}

/// Folds every rule's findings past [`FOLD_CAP`] in a list of findings of several rules (the
/// loader's, or a finished report), keeping the order of what stays. A rule with at most
/// `FOLD_CAP + 1` located findings (a fold counting as one) is left as it is.
pub fn fold(findings: Vec<Finding>) -> Vec<Finding> {
    let mut located: std::collections::HashMap<&'static str, usize> =
        std::collections::HashMap::new();
    for f in &findings {
        if f.location.is_some() {
            *located.entry(f.rule.id).or_default() += 1;
        }
    }
    if located.values().all(|&n| n <= FOLD_CAP + 1) {
        return findings;
    }
    // Per rule: located findings seen, and where its fold is in `out`.
    let mut seen: std::collections::HashMap<&'static str, (usize, Option<usize>)> =
        std::collections::HashMap::new();
    let mut out: Vec<Finding> = Vec::new();
    let mut folds = Vec::new();
    for f in findings {
        let folding =
            f.location.is_some() && located.get(f.rule.id).copied().unwrap_or(0) > FOLD_CAP + 1;
        if !folding {
            out.push(f);
            continue;
        }
        let (n, at) = seen.entry(f.rule.id).or_default();
        *n += 1;
        if *n <= FOLD_CAP && f.also.is_empty() {
            out.push(f);
            continue;
        }
        match at {
            Some(i) => {
                if let Some(fold) = out.get_mut(*i) {
                    absorb(fold, f);
                }
            }
            None => {
                *at = Some(out.len());
                folds.push(out.len());
                out.push(f);
            }
        }
    }
    for i in folds {
        if let Some(fold) = out.get_mut(i)
            && !fold.also.is_empty()
        {
            seal(fold);
        }
    }
    out
}

impl Finding {
    /// Whether this finding stands for several folded ones.
    pub fn is_folded(&self) -> bool {
        !self.also.is_empty()
    }

    /// How many findings this one stands for: 1, or the folded places.
    pub fn count(&self) -> usize {
        1 + self.also.len()
    }

    /// Keeps the places `keep` accepts, for suppressions and ignores that name one folded
    /// place: `keep(0, location)`, then `keep(n, also[n - 1])`. Returns false when no place is
    /// left, so the finding should go; a fold whose own location goes moves to its next place
    /// and its message counts what is left.
    pub fn retain_places(
        &mut self,
        mut keep: impl FnMut(usize, Option<&Location>) -> bool,
    ) -> bool {
        let head = keep(0, self.location.as_ref());
        if self.also.is_empty() {
            return head;
        }
        let before = self.also.len();
        let mut n = 0;
        self.also.listed.retain(|l| {
            n += 1;
            keep(n, Some(l))
        });
        if !head {
            if self.also.is_empty() {
                return false;
            }
            // With every listed place gone, the fold stays where it was and counts the
            // unlisted places that are left.
            if !self.also.listed.is_empty() {
                self.location = Some(self.also.listed.remove(0));
            } else {
                self.also.unlisted -= 1;
            }
        }
        if !head || self.also.len() != before {
            self.message = fold_message(self.count());
        }
        true
    }

    /// The finding's identity across edits: its rule, the file it is reported on and its
    /// symbolic path, but not its line, so that it stays the same finding when lines above
    /// it are added or removed (SARIF's and GitLab's fingerprints, the editor's diagnostics).
    /// `file` is the finding's own file, or for a finding about the whole plan the file it
    /// is shown on.
    pub fn fingerprint(&self, file: &str) -> String {
        let path = self.location.as_ref().map_or("", |l| l.path.as_str());
        fnv1a64_hex(&[self.rule.id, file, path])
    }

    /// [`Finding::fingerprint`] for a finding that shares its rule, file and symbolic path
    /// with another of the same plan (e.g. one finding per missing component, all on the
    /// `services` section): the message, in English whatever the output language, tells
    /// them apart.
    pub fn fingerprint_with_message(&self, file: &str) -> String {
        let path = self.location.as_ref().map_or("", |l| l.path.as_str());
        fnv1a64_hex(&[self.rule.id, file, path, &self.message.english()])
    }

    /// The finding's identity between two versions of a plan (`goodrel diff`), for each of
    /// its places: its own, then (on a fold) each folded place. `root` is the plan directory
    /// as shown, so that the file of a finding about a file as a whole is named inside the
    /// plan and the same finding in another checkout has the same identity.
    pub fn identities(&self, root: &str) -> Vec<Identity> {
        let rows = || self.rows.iter().map(|r| r.key()).collect::<Vec<_>>();
        let mut out = vec![Identity::of(
            self.rule.id,
            self.location.as_ref(),
            root,
            rows(),
        )];
        out.extend(
            self.also
                .iter()
                .map(|l| Identity::of(self.rule.id, Some(l), root, Vec::new())),
        );
        out
    }

    /// File, line, column; at the same place a format finding (PLAN…) comes first, since it
    /// explains what the content rules saw; then the rule id.
    pub fn sort_key(&self) -> (String, usize, usize, bool, &'static str) {
        let content = self.rule.family != Family::Format;
        match &self.location {
            Some(l) => (
                l.file.clone(),
                l.span.start.line,
                l.span.start.col,
                content,
                self.rule.id,
            ),
            None => (String::new(), 0, 0, content, self.rule.id),
        }
    }
}

/// What makes a finding the same finding in two versions of a plan: its rule, the symbolic
/// path of the thing concerned (`measures[M3]`; for a finding about a file as a whole, the
/// file's path inside the plan directory) and the checklist rows it concerns. Never its
/// line, nor the plan directory's name: lines move with every edit above them, and the two
/// versions may be two checkouts. `goodrel diff` matches findings on this, telling apart
/// findings that share it by their message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Identity {
    pub rule: &'static str,
    pub path: String,
    pub rows: Vec<&'static str>,
}

impl Identity {
    fn of(rule: &'static str, at: Option<&Location>, root: &str, rows: Vec<&'static str>) -> Self {
        let path = match at {
            Some(l) if !l.path.is_empty() => l.path.clone(),
            Some(l) => format!("file:{}", in_plan(&l.file, root)),
            None => String::new(),
        };
        Identity { rule, path, rows }
    }
}

/// A file's path inside the plan directory `root` (both as shown in output).
pub fn in_plan<'a>(file: &'a str, root: &str) -> &'a str {
    match file.strip_prefix(root) {
        Some(rest) if rest.starts_with('/') => &rest[1..],
        Some("") => "",
        _ => file,
    }
}

/// A 64-bit FNV-1a hash in hex: stable across Rust releases and platforms (unlike std's
/// `DefaultHasher`), so fingerprints stay the same from one goodrel build to the next.
pub fn fnv1a64_hex(parts: &[&str]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // A separator byte that cannot occur in UTF-8 text keeps ("ab","c") != ("a","bc").
            hash ^= 0xff;
            hash = hash.wrapping_mul(PRIME);
        }
        for &b in part.as_bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::Pos;

    static CONTENT_RULE: RuleInfo = RuleInfo {
        id: "IA012",
        name: "measure-without-responsible",
        family: Family::IntegrationAct,
        severity: Severity::Error,
        sources: &[],
    };

    #[test]
    fn a_fold_lists_its_first_places_and_counts_the_rest() {
        let place = |line| Location {
            file: "m.yaml".into(),
            span: Span::point(line, 1),
            path: String::new(),
        };
        let mut also = Also::default();
        assert!(also.is_empty());
        for line in 1..=FOLD_PLACES_LISTED + 5 {
            also.push(place(line));
        }
        assert_eq!(also.listed().len(), FOLD_PLACES_LISTED);
        assert_eq!(also.unlisted(), 5);
        assert_eq!(also.len(), FOLD_PLACES_LISTED + 5);
        let mut more = Also::default();
        more.push(place(9));
        more.extend(also);
        assert_eq!(more.listed().len(), FOLD_PLACES_LISTED);
        assert_eq!(more.len(), FOLD_PLACES_LISTED + 6);
    }

    #[test]
    fn at_one_place_the_format_finding_comes_first() {
        let at = Location {
            file: "m.yaml".into(),
            span: Span {
                start: Pos { line: 3, col: 5 },
                end: Pos { line: 3, col: 9 },
            },
            path: "measures[M1]".into(),
        };
        let make = |rule: &'static RuleInfo| Finding {
            rule,
            severity: rule.severity,
            message: Message::new("verbatim").arg("text", ""),
            location: Some(at.clone()),
            hint: None,
            also: Also::default(),
            rows: Vec::new(),
        };
        let mut findings = [make(&CONTENT_RULE), make(&crate::format_rules::UNKNOWN_KEY)];
        findings.sort_by_cached_key(Finding::sort_key);
        let ids: Vec<&str> = findings.iter().map(|f| f.rule.id).collect();
        assert_eq!(ids, ["PLAN003", "IA012"]);
    }
}
