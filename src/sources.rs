//! The documents goodrel's rules and analyses cite, and a citation into one of them. Kept
//! low in the tree: the rules, the pyramid and the governance analyses all cite sources,
//! and none of them should have to reach into another to do so.

use serde::Serialize;

/// The documents rules rest on (domain reference, table of sources).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceDoc {
    /// Laki kotoutumisen edistämisestä 681/2023, as summarised in CoE-MLG Part I.
    IntegrationAct,
    /// Non-Discrimination Act 1325/2014, as presented in MoJ-GR.
    NonDiscriminationAct,
    /// The ministry's current planning checklist for municipalities.
    MinistryChecklist,
    CoeMlg,
    MojGr,
    MojTool,
    CoeLab,
    Osce,
    /// goodrel's own plan format.
    Goodrel,
}

impl SourceDoc {
    pub fn key(self) -> &'static str {
        match self {
            SourceDoc::IntegrationAct => "Integration Act 681/2023",
            SourceDoc::NonDiscriminationAct => "Non-Discrimination Act 1325/2014",
            SourceDoc::MinistryChecklist => "TEM planning checklist",
            SourceDoc::CoeMlg => "CoE-MLG",
            SourceDoc::MojGr => "MoJ-GR",
            SourceDoc::MojTool => "MoJ-TOOL",
            SourceDoc::CoeLab => "CoE-LAB",
            SourceDoc::Osce => "OSCE",
            SourceDoc::Goodrel => "goodrel",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            SourceDoc::IntegrationAct => {
                "Act on the Promotion of Integration (Laki kotoutumisen edistämisestä) 681/2023"
            }
            SourceDoc::NonDiscriminationAct => {
                "Non-Discrimination Act (Yhdenvertaisuuslaki) 1325/2014"
            }
            SourceDoc::MinistryChecklist => {
                "Ministry of Economic Affairs and Employment: planning checklist for municipal integration promotion"
            }
            SourceDoc::CoeMlg => {
                "Council of Europe (2025), Guide for municipalities: multilevel governance and cross-sectoral cooperation to promote integration and good relations"
            }
            SourceDoc::MojGr => {
                "Ministry of Justice (2022), Municipalities as promoters of good relations between population groups"
            }
            SourceDoc::MojTool => {
                "Ministry of Justice, Municipalities promote good relations: a tool for municipal efforts on good relations"
            }
            SourceDoc::CoeLab => {
                "Council of Europe (2019), Inclusive Integration Policy Lab, Helsinki meeting report"
            }
            SourceDoc::Osce => {
                "OSCE/ODIHR (2017), Local and central government co-ordination on the process of migrant integration"
            }
            SourceDoc::Goodrel => "goodrel plan format (docs/plan-format.md)",
        }
    }
}

/// A citation: the document and where in it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Source {
    pub doc: SourceDoc,
    pub at: &'static str,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.at.is_empty() {
            f.write_str(self.doc.key())
        } else {
            write!(f, "{}, {}", self.doc.key(), self.at)
        }
    }
}

/// Shorthand for declaring a source.
pub const fn src(doc: SourceDoc, at: &'static str) -> Source {
    Source { doc, at }
}
