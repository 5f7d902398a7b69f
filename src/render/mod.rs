//! Stage 5: turn results into text for people and formats for machines. Renderers only
//! format what analysis decided; they return strings and never print.

pub mod catalogue;
pub mod checklist;
pub mod diff;
pub mod github;
pub mod gitlab;
pub mod governance;
pub mod json;
pub mod junit;
pub mod layout;
pub mod markdown;
pub mod pyramid;
pub mod report;
pub mod sanitize;
pub mod sarif;
pub mod text;
pub mod values;
pub mod vocabulary;

/// The configuration file a report used, as shown in output (relative to the working
/// directory when below it), or `None`. Every format but SARIF (which the consumers' side
/// names in `invocations[].properties`) says which configuration decided the levels, so a
/// `goodrel.toml` that switches rules off cannot do so unseen.
pub fn config_used(report: &crate::PlanReport) -> Option<String> {
    report.config.as_deref().map(crate::discover::display_path)
}

/// How many of a folded finding's other places the human-readable formats name.
pub const FOLDED_PLACES_SHOWN: usize = 3;

/// For a folded finding ([`crate::finding::FOLD_CAP`]), its first other places and how many
/// more there are, e.g. "also at measures[M52] (plan/m.toml:208), … and 212413 more"; `None`
/// for any other finding. Raw plan text: each renderer escapes it as it does the message.
pub fn also_line(f: &crate::finding::Finding, lang: crate::i18n::Lang) -> Option<String> {
    if f.also.is_empty() {
        return None;
    }
    let names: Vec<String> = f
        .also
        .iter()
        .take(FOLDED_PLACES_SHOWN)
        .map(|l| {
            if l.path.is_empty() {
                format!("{}:{}", l.file, l.span.start.line)
            } else {
                format!("{} ({}:{})", l.path, l.file, l.span.start.line)
            }
        })
        .collect();
    let rest = f.also.len() - names.len();
    Some(
        if rest > 0 {
            crate::msg!("fold-also-more", places = names.join(", "), rest = rest)
        } else {
            crate::msg!("fold-also", places = names.join(", "))
        }
        .render(lang),
    )
}

/// Whether to use ANSI colours (decided once at the edge from the terminal and `NO_COLOR`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// `s` in colour `code`; borrowed as is without colour, which spares an allocation per
    /// piece of a report with half a million findings.
    pub fn paint<'a>(&self, code: &str, s: &'a str) -> std::borrow::Cow<'a, str> {
        if self.color {
            std::borrow::Cow::Owned(format!("\x1b[{code}m{s}\x1b[0m"))
        } else {
            std::borrow::Cow::Borrowed(s)
        }
    }

    /// The severity's word in `lang`, in its colour.
    pub fn severity(&self, severity: crate::finding::Severity, lang: crate::i18n::Lang) -> String {
        use crate::finding::Severity;
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, &severity.label(lang)).into_owned()
    }

    pub fn bold<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        self.paint("1", s)
    }

    pub fn dim<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        self.paint("2", s)
    }
}

/// A table with the project's look: UTF-8 borders, fitted to the terminal (or 100 columns
/// when output is not a terminal, so files and CI logs stay stable).
pub fn table(header: Vec<&str>) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_header(header);
    if t.width().is_none() || std::env::var_os("COLUMNS").is_some() {
        t.set_width(layout::terminal_width(100));
    }
    t
}
