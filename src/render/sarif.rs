//! SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run holds every plan
//! directory's results; the driver lists every rule of the registry, so a viewer can show a
//! rule's documentation for any result.

use crate::i18n::{Lang, text};
use std::collections::HashMap;

use serde::Serialize;

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::load::node::Span;
use crate::rules::{self, Family, Rule};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const VERSION: &str = "2.1.0";
/// Where the tool's documentation lives: Cargo.toml's `repository`, else its `homepage`;
/// left out of the log while the package declares neither.
pub const INFORMATION_URI: &str =
    first_non_empty(env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE"));

const fn first_non_empty(a: &'static str, b: &'static str) -> &'static str {
    if a.is_empty() { b } else { a }
}

/// The base id for artifact locations relative to the checked-out repository.
pub const SRCROOT: &str = "%SRCROOT%";
/// The key of goodrel's own partial fingerprint (bump the version if the recipe changes).
pub const FINGERPRINT_KEY: &str = "goodrel/v1";

/// SARIF limits `fullDescription` to what viewers show; GitHub cuts at 1024 characters.
const FULL_DESCRIPTION_MAX: usize = 1024;

#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    pub invocations: Vec<Invocation>,
    /// `%SRCROOT%` is left for the consumer to bind (code scanning binds it to the checkout),
    /// because goodrel cannot know where the repository root is; the entry says what it means.
    #[serde(rename = "originalUriBaseIds")]
    pub original_uri_base_ids: BaseIds,
    /// Columns count UTF-16 code units, which GitHub and most SARIF viewers assume whatever
    /// the log says; goodrel's spans count characters and are converted per line.
    pub column_kind: &'static str,
    /// The language of the log's messages and rule texts (SARIF §3.14.15), e.g. `fi`.
    pub language: &'static str,
    pub results: Vec<SarifResult>,
}

#[derive(Serialize)]
pub struct BaseIds {
    #[serde(rename = "%SRCROOT%")]
    pub srcroot: BaseId,
}

#[derive(Serialize)]
pub struct BaseId {
    pub description: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    /// True: a run that produced a log ran to completion (a run that could not exits 2
    /// without writing one).
    pub execution_successful: bool,
    pub properties: InvocationProperties,
}

#[derive(Serialize)]
pub struct InvocationProperties {
    /// Which goodrel.toml each plan directory was checked with (`null`: none), so that a
    /// reader of the log knows which levels and ignores shaped it.
    pub configurations: Vec<PlanConfiguration>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanConfiguration {
    pub plan_directory: String,
    pub configuration_file: Option<String>,
}

#[derive(Serialize)]
pub struct Tool {
    pub driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    pub name: &'static str,
    pub version: &'static str,
    pub semantic_version: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub information_uri: &'static str,
    pub rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptor {
    pub id: &'static str,
    pub name: &'static str,
    pub short_description: Text,
    pub full_description: Text,
    /// The rule's section of docs/rules.md; absent while the project has no public home
    /// (SARIF requires an absolute URI here, and a made-up one would be a dead link).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_uri: Option<String>,
    pub help: Help,
    pub default_configuration: Configuration,
    pub properties: RuleProperties,
}

#[derive(Serialize)]
pub struct Text {
    pub text: String,
}

#[derive(Serialize)]
pub struct Help {
    pub text: String,
    pub markdown: String,
}

#[derive(Serialize)]
pub struct Configuration {
    pub level: &'static str,
}

#[derive(Serialize)]
pub struct RuleProperties {
    pub tags: Vec<&'static str>,
    /// How often a finding of the rule is right (GitHub sorts and filters alerts by it).
    pub precision: &'static str,
    /// GitHub's severity of a non-security problem: `error`, `warning` or `recommendation`.
    #[serde(rename = "problem.severity")]
    pub problem_severity: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: &'static str,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<ResultLocation>,
    /// A folded finding's other places (at most [`RELATED_LOCATIONS_MAX`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<RelatedLocation>,
    pub partial_fingerprints: Fingerprints,
}

/// The most places of one folded finding listed as `relatedLocations`; the message says how
/// many more there are (the fold keeps no more than these).
pub const RELATED_LOCATIONS_MAX: usize = crate::finding::FOLD_PLACES_LISTED;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedLocation {
    pub id: usize,
    pub physical_location: PhysicalLocation,
    /// The symbolic path of the thing concerned, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultLocation {
    pub physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    /// The first line of the thing concerned (its key): GitHub shows an alert in a pull
    /// request's checks only when every line of the region is in the diff.
    pub region: Region,
    /// The whole thing concerned, when it spans more than its first line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    pub uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[derive(Serialize)]
pub struct Fingerprints {
    /// The only fingerprint GitHub code scanning uses for alert identity; when it is absent,
    /// upload-sarif computes one from the text of the start line, which would make every
    /// finding of a rule on one line the same alert.
    #[serde(rename = "primaryLocationLineHash")]
    pub primary_location_line_hash: String,
    #[serde(rename = "goodrel/v1")]
    pub goodrel_v1: String,
}

/// SARIF's name for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A finding's message with its specific hint (or, for a folded finding, its first other
/// places: [`super::also_line`]), as one text.
pub fn message_with_hint(f: &Finding, lang: Lang) -> String {
    let message = f.message.render(lang);
    let extra = match (&f.hint, super::also_line(f, lang)) {
        (Some(hint), _) => capitalised(&hint.render(lang)),
        (None, Some(also)) => capitalised(&also),
        (None, None) => return message,
    };
    let sep = if message.ends_with(['.', '!', '?']) {
        " "
    } else {
        ". "
    };
    format!("{message}{sep}{extra}")
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub use crate::engine::report::{identities, reported_file};
pub use crate::finding::fnv1a64_hex;

/// Turns a display path (relative, forward slashes) into a URI reference: relative paths
/// are percent-encoded path segments under `%SRCROOT%`; absolute paths become `file:` URIs.
pub fn artifact(display: &str) -> ArtifactLocation {
    artifact_from_bytes(display.as_bytes())
}

/// Like [`artifact`], from the bytes of a path as shown (relative, forward slashes), so that
/// a file name that is not UTF-8 keeps its own bytes instead of U+FFFD.
pub fn artifact_from_bytes(display: &[u8]) -> ArtifactLocation {
    let path = display.strip_prefix(b"./").unwrap_or(display);
    let windows_drive = path.len() >= 2 && path[1] == b':' && path[0].is_ascii_alphabetic();
    if path.starts_with(b"/") || windows_drive {
        let sep = if path.starts_with(b"/") { "" } else { "/" };
        ArtifactLocation {
            uri: format!("file://{sep}{}", percent_encode(path)),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri: percent_encode(path),
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// The bytes of a plan file's path as goodrel shows it: relative to the working directory
/// when below it, with forward slashes.
pub fn display_bytes(path: &std::path::Path) -> Vec<u8> {
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| {
            path.strip_prefix(&cwd)
                .ok()
                .map(std::path::Path::to_path_buf)
        })
        .unwrap_or_else(|| path.to_path_buf());
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        rel.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        rel.to_string_lossy().replace('\\', "/").into_bytes()
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters, `/` and a drive's `:`.
fn percent_encode(path: &[u8]) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, &b) in path.iter().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
            || (b == b':' && i == 1);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A 1-based character column of `line` as a 1-based UTF-16 column; columns past the
/// line's text (or of a file goodrel could not read) count one unit per character.
pub fn utf16_column(line: &str, col: usize) -> usize {
    let before = col.saturating_sub(1);
    let (chars, units) = line
        .chars()
        .take(before)
        .fold((0, 0), |(n, u), c| (n + 1, u + c.len_utf16()));
    units + (before - chars) + 1
}

/// How often a rule's findings are right: format problems are facts about the file, the
/// statutory rules check what the plan states, the guidance rules judge from wording and
/// structure, and the pyramid places measures by their descriptions.
pub fn precision(r: &Rule) -> &'static str {
    match r.family {
        Family::Format => "very-high",
        Family::IntegrationAct => "high",
        Family::Governance | Family::GoodRelations | Family::Participation => "medium",
        Family::Pyramid => "low",
    }
}

/// GitHub's `problem.severity` for a default severity.
pub fn problem_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "recommendation",
    }
}

/// The rule's section of docs/rules.md under the documentation base (a repository's URL),
/// pinned to this version's tag so the text matches the binary.
pub fn help_uri(base: &str, r: &Rule) -> Option<String> {
    if base.is_empty() {
        return None;
    }
    Some(format!(
        "{}/blob/v{}/docs/rules.md#{}",
        base.trim_end_matches('/'),
        env!("CARGO_PKG_VERSION"),
        super::catalogue::anchor(r)
    ))
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// One rule as a SARIF reporting descriptor.
pub fn descriptor(r: &Rule, lang: Lang) -> ReportingDescriptor {
    let sources_text = r
        .sources
        .iter()
        .map(|s| format!("- {}", s.render(lang)))
        .collect::<Vec<_>>()
        .join("\n");
    let sources_md = r
        .sources
        .iter()
        .map(|s| format!("- {}", super::text::citation(s, lang)))
        .collect::<Vec<_>>()
        .join("\n");
    let (summary, rationale, help) = (r.summary(lang), r.rationale(lang), r.help(lang));
    let (fix, sources) = (text(lang, "explain-fix"), text(lang, "explain-sources"));
    ReportingDescriptor {
        id: r.id,
        name: r.name,
        short_description: Text { text: summary },
        full_description: Text {
            text: truncate(&rationale, FULL_DESCRIPTION_MAX),
        },
        help_uri: help_uri(INFORMATION_URI, r),
        help: Help {
            text: format!("{help}\n\n{sources}:\n{sources_text}"),
            markdown: format!(
                "**{} {}**\n\n{rationale}\n\n**{fix}:** {help}\n\n**{sources}:**\n\n{sources_md}",
                r.id, r.name
            ),
        },
        default_configuration: Configuration {
            level: level(r.severity),
        },
        properties: RuleProperties {
            tags: vec![r.family.key()],
            precision: precision(r),
            problem_severity: problem_severity(r.severity),
        },
    }
}

/// The region of a finding's first line and, when it spans more, the whole of it, in
/// UTF-16 columns of `lines` (the file's lines, when goodrel read it). A point (a finding
/// about a file, a syntax error) spans the rest of its line, so that a viewer underlines
/// something.
fn regions(span: Span, lines: &[&str]) -> (Region, Option<Region>) {
    let start_line = span.start.line.max(1);
    let end_line = span.end.line.max(start_line);
    let line_of = |n: usize| lines.get(n - 1).copied().unwrap_or("");
    let first = line_of(start_line);
    let col = |line: &str, c: usize| utf16_column(line, c.max(1));
    let start_column = col(first, span.start.col);
    let line_end = (first.trim_end().chars().count() + 1).max(span.start.col);
    if span.start == span.end {
        let region = Region {
            start_line,
            start_column,
            end_line,
            end_column: col(first, line_end),
        };
        return (region, None);
    }
    if end_line == start_line {
        let end_column = col(first, span.end.col).max(start_column);
        let region = Region {
            start_line,
            start_column,
            end_line,
            end_column,
        };
        return (region, None);
    }
    let region = Region {
        start_line,
        start_column,
        end_line: start_line,
        end_column: col(first, line_end).max(start_column),
    };
    let context = Region {
        start_line,
        start_column,
        end_line,
        end_column: col(line_of(end_line), span.end.col),
    };
    (region, Some(context))
}

/// The SARIF log for `check` over one or more plan directories.
pub fn log(reports: &[PlanReport], lang: Lang) -> Log {
    let all: Vec<&'static Rule> = rules::all().collect();
    let index_of = |id: &str| all.iter().position(|r| r.id == id).unwrap_or(0);
    let mut results = Vec::new();
    let mut identities = identities(reports).into_iter();
    for report in reports {
        let sources: HashMap<&str, (&crate::load::SourceFile, Vec<&str>)> = report
            .plan
            .files
            .iter()
            .map(|s| (s.display.as_str(), (s, s.text.lines().collect())))
            .collect();
        for f in &report.findings {
            // Findings about the whole plan with nothing to point at land on the plan's
            // first file (or the directory): code scanning needs a location for every result.
            let file = reported_file(report, f);
            let (region, context_region) = match &f.location {
                Some(l) => {
                    let lines = sources.get(l.file.as_str()).map_or(&[][..], |(_, l)| l);
                    regions(l.span, lines)
                }
                None => (regions(Span::point(1, 1), &[]).0, None),
            };
            let (goodrel_v1, line_hash) = identities.next().unwrap_or_default();
            let artifact_of = |file: &str| match sources.get(file) {
                Some((s, _)) => artifact_from_bytes(&display_bytes(&s.path)),
                None => artifact(file),
            };
            let artifact_location = artifact_of(file);
            let related_locations: Vec<RelatedLocation> = f
                .also
                .iter()
                .take(RELATED_LOCATIONS_MAX)
                .enumerate()
                .map(|(id, l)| {
                    let lines = sources.get(l.file.as_str()).map_or(&[][..], |(_, l)| l);
                    let (region, context_region) = regions(l.span, lines);
                    RelatedLocation {
                        id,
                        physical_location: PhysicalLocation {
                            artifact_location: artifact_of(&l.file),
                            region,
                            context_region,
                        },
                        message: (!l.path.is_empty()).then(|| Text {
                            text: l.path.clone(),
                        }),
                    }
                })
                .collect();
            let mut text = message_with_hint(f, lang);
            if f.also.len() > RELATED_LOCATIONS_MAX {
                text.push(' ');
                text.push_str(
                    &crate::msg!(
                        "sarif-related-capped",
                        shown = RELATED_LOCATIONS_MAX,
                        count = f.also.len()
                    )
                    .render(lang),
                );
            }
            results.push(SarifResult {
                rule_id: f.rule.id,
                rule_index: index_of(f.rule.id),
                level: level(f.severity),
                message: Text { text },
                locations: vec![ResultLocation {
                    physical_location: PhysicalLocation {
                        artifact_location,
                        region,
                        context_region,
                    },
                }],
                related_locations,
                partial_fingerprints: Fingerprints {
                    primary_location_line_hash: line_hash,
                    goodrel_v1,
                },
            });
        }
    }
    Log {
        schema: SCHEMA,
        version: VERSION,
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "goodrel",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: INFORMATION_URI,
                    rules: all.iter().map(|r| descriptor(r, lang)).collect(),
                },
            },
            invocations: vec![Invocation {
                execution_successful: true,
                properties: InvocationProperties {
                    configurations: reports
                        .iter()
                        .map(|r| PlanConfiguration {
                            plan_directory: r.root.clone(),
                            configuration_file: r
                                .config
                                .as_deref()
                                .map(crate::discover::display_path),
                        })
                        .collect(),
                },
            }],
            original_uri_base_ids: BaseIds {
                srcroot: BaseId {
                    description: Text {
                        text: "The root of the repository that holds the plan (goodrel's working directory)".to_owned(),
                    },
                },
            },
            column_kind: "utf16CodeUnits",
            language: lang.code(),
            results,
        }],
    }
}

/// Renders `check` results as a SARIF 2.1.0 log.
pub fn check(reports: &[PlanReport], lang: Lang) -> String {
    super::json::to_string(&log(reports, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_vectors() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64_hex(&[""]), "cbf29ce484222325");
        assert_eq!(fnv1a64_hex(&["a"]), "af63dc4c8601ec8c");
        assert_eq!(fnv1a64_hex(&["foobar"]), "85944171f73967e8");
        assert_ne!(fnv1a64_hex(&["ab", "c"]), fnv1a64_hex(&["a", "bc"]));
    }

    #[test]
    fn columns_count_utf16_code_units() {
        assert_eq!(utf16_column("ab", 3), 3);
        assert_eq!(utf16_column("äb", 3), 3, "ä is one UTF-16 unit");
        assert_eq!(utf16_column("😀b", 2), 3, "an emoji is two");
        assert_eq!(utf16_column("", 5), 5, "past the text: one unit per column");
    }

    #[test]
    fn uris_are_relative_and_encoded() {
        let a = artifact("plan/sectors/nuoriso palvelut.yaml");
        assert_eq!(
            artifact_from_bytes(b"plan/\xe4.yaml").uri,
            "plan/%E4.yaml",
            "a Latin-1 file name keeps its byte"
        );
        assert_eq!(a.uri, "plan/sectors/nuoriso%20palvelut.yaml");
        assert_eq!(a.uri_base_id, Some(SRCROOT));
        assert_eq!(artifact("./plan.yaml").uri, "plan.yaml");
        assert_eq!(
            artifact("toimenpiteet/ä.yaml").uri,
            "toimenpiteet/%C3%A4.yaml"
        );
        let abs = artifact("/tmp/x/plan.yaml");
        assert_eq!(abs.uri, "file:///tmp/x/plan.yaml");
        assert_eq!(abs.uri_base_id, None);
    }
}
