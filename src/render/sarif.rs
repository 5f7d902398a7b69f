//! SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run holds every plan
//! directory's results; the driver lists every rule of the registry, so a viewer can show a
//! rule's documentation for any result.

use serde::Serialize;

use crate::PlanReport;
use crate::finding::{Finding, Severity};
use crate::rules::{self, Rule};

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
    /// Columns count Unicode characters, as goodrel's spans do.
    pub column_kind: &'static str,
    pub results: Vec<SarifResult>,
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
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: &'static str,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<ResultLocation>,
    pub partial_fingerprints: Fingerprints,
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
    pub region: Region,
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

/// A finding's message with its specific hint, as one text.
pub fn message_with_hint(f: &Finding) -> String {
    match &f.hint {
        Some(hint) => {
            let sep = if f.message.ends_with(['.', '!', '?']) {
                " "
            } else {
                ". "
            };
            let mut chars = hint.chars();
            let hint: String = match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
            format!("{}{sep}{hint}", f.message)
        }
        None => f.message.clone(),
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

/// The fingerprint of a finding: its rule, file and symbolic path, but not its line, so an
/// alert keeps its identity when lines above it are added or removed.
pub fn fingerprint(f: &Finding, file: &str) -> String {
    let path = f.location.as_ref().map_or("", |l| l.path.as_str());
    fnv1a64_hex(&[f.rule.id, file, path])
}

/// The fingerprint of a finding that shares its rule, file and symbolic path with another
/// finding of the same run (e.g. one finding per missing component, all on the `services`
/// section): the message tells them apart, so code scanning keeps them as separate alerts.
pub fn fingerprint_with_message(f: &Finding, file: &str) -> String {
    let path = f.location.as_ref().map_or("", |l| l.path.as_str());
    fnv1a64_hex(&[f.rule.id, file, path, &f.message])
}

/// Turns a display path (relative, forward slashes) into a URI reference: relative paths
/// are percent-encoded path segments under `%SRCROOT%`; absolute paths become `file:` URIs.
pub fn artifact(display: &str) -> ArtifactLocation {
    let path = display.strip_prefix("./").unwrap_or(display);
    let windows_drive =
        path.len() >= 2 && path.as_bytes()[1] == b':' && path.as_bytes()[0].is_ascii_alphabetic();
    if path.starts_with('/') || windows_drive {
        let sep = if path.starts_with('/') { "" } else { "/" };
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

/// Percent-encodes everything but RFC 3986 unreserved characters, `/` and a drive's `:`.
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, &b) in path.as_bytes().iter().enumerate() {
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

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// One rule as a SARIF reporting descriptor.
pub fn descriptor(r: &Rule) -> ReportingDescriptor {
    let sources_text = r
        .sources
        .iter()
        .map(|s| format!("- {s}"))
        .collect::<Vec<_>>()
        .join("\n");
    let sources_md = r
        .sources
        .iter()
        .map(|s| {
            if s.at.is_empty() {
                format!("- {}", s.doc.title())
            } else {
                format!("- {}, {}", s.doc.title(), s.at)
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    ReportingDescriptor {
        id: r.id,
        name: r.name,
        short_description: Text {
            text: r.summary.to_owned(),
        },
        full_description: Text {
            text: truncate(r.rationale, FULL_DESCRIPTION_MAX),
        },
        help: Help {
            text: format!("{}\n\nSources:\n{sources_text}", r.help),
            markdown: format!(
                "**{} {}**\n\n{}\n\n**How to fix:** {}\n\n**Sources:**\n\n{sources_md}",
                r.id, r.name, r.rationale, r.help
            ),
        },
        default_configuration: Configuration {
            level: level(r.severity),
        },
        properties: RuleProperties {
            tags: vec![r.family.key()],
        },
    }
}

/// The SARIF log for `check` over one or more plan directories.
pub fn log(reports: &[PlanReport]) -> Log {
    let all: Vec<&'static Rule> = rules::all().collect();
    let index_of = |id: &str| all.iter().position(|r| r.id == id).unwrap_or(0);
    let mut results = Vec::new();
    // How many findings share each plain fingerprint; shared ones get the message mixed in.
    let mut shared: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for report in reports {
        let fallback = report
            .plan
            .files
            .first()
            .map_or(report.root.as_str(), |f| f.display.as_str());
        for f in &report.findings {
            let file = f.location.as_ref().map_or(fallback, |l| l.file.as_str());
            *shared.entry(fingerprint(f, file)).or_default() += 1;
        }
    }
    for report in reports {
        // Findings about the whole plan with nothing to point at land on the plan's first
        // file (or the directory), because code scanning needs a location for every result.
        let fallback = report
            .plan
            .files
            .first()
            .map_or(report.root.as_str(), |f| f.display.as_str());
        for f in &report.findings {
            let (file, region) = match &f.location {
                Some(l) => {
                    let span = l.span;
                    (
                        l.file.as_str(),
                        Region {
                            start_line: span.start.line.max(1),
                            start_column: span.start.col.max(1),
                            end_line: span.end.line.max(span.start.line).max(1),
                            end_column: if span.end.line > span.start.line {
                                span.end.col.max(1)
                            } else {
                                span.end.col.max(span.start.col).max(1)
                            },
                        },
                    )
                }
                None => (
                    fallback,
                    Region {
                        start_line: 1,
                        start_column: 1,
                        end_line: 1,
                        end_column: 1,
                    },
                ),
            };
            results.push(SarifResult {
                rule_id: f.rule.id,
                rule_index: index_of(f.rule.id),
                level: level(f.severity),
                message: Text {
                    text: message_with_hint(f),
                },
                locations: vec![ResultLocation {
                    physical_location: PhysicalLocation {
                        artifact_location: artifact(file),
                        region,
                    },
                }],
                partial_fingerprints: Fingerprints {
                    goodrel_v1: {
                        let plain = fingerprint(f, file);
                        if shared.get(&plain).copied().unwrap_or(0) > 1 {
                            fingerprint_with_message(f, file)
                        } else {
                            plain
                        }
                    },
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
                    rules: all.iter().map(|r| descriptor(r)).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

/// Renders `check` results as a SARIF 2.1.0 log.
pub fn check(reports: &[PlanReport]) -> String {
    super::json::to_string(&log(reports))
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
    fn uris_are_relative_and_encoded() {
        let a = artifact("plan/sectors/nuoriso palvelut.yaml");
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
