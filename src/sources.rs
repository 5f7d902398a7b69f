//! The documents goodrel's rules and analyses cite, and a citation into one of them. Kept
//! low in the tree: the rules, the pyramid and the governance analyses all cite sources,
//! and none of them should have to reach into another to do so.

use serde::Serialize;

use crate::i18n::{Lang, Message};

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

impl SourceDoc {
    /// The document's full title in `lang`: the Acts by their names in that language, the
    /// other documents by the title of an edition in that language where the publisher's
    /// own pages confirm one, else by the original title (see `locales/*/sources.ftl`).
    pub fn title_in(self, lang: Lang) -> String {
        Message::new(self.message_id()).render(lang)
    }

    /// Short name, as in a citation line: the Acts by name, the guides by abbreviation.
    pub fn short_in(self, lang: Lang) -> String {
        crate::i18n::attribute(lang, self.message_id(), "short")
    }

    fn message_id(self) -> &'static str {
        match self {
            SourceDoc::IntegrationAct => "source-integration-act",
            SourceDoc::NonDiscriminationAct => "source-non-discrimination-act",
            SourceDoc::MinistryChecklist => "source-ministry-checklist",
            SourceDoc::CoeMlg => "source-coe-mlg",
            SourceDoc::MojGr => "source-moj-gr",
            SourceDoc::MojTool => "source-moj-tool",
            SourceDoc::CoeLab => "source-coe-lab",
            SourceDoc::Osce => "source-osce",
            SourceDoc::Goodrel => "source-goodrel",
        }
    }

    /// Whether `at` is a section number of an Act, cited as "13 §" or "section 13".
    fn is_act(self) -> bool {
        matches!(
            self,
            SourceDoc::IntegrationAct | SourceDoc::NonDiscriminationAct
        )
    }
}

impl Source {
    /// The citation in `lang`: "laki kotoutumisen edistämisestä 681/2023, 13 §", "lagen om
    /// främjande av integration 681/2023, 13 §", "Act on the Promotion of Integration
    /// 681/2023, section 13". Locators into the guides quote the headings of the edition cited.
    pub fn render(&self, lang: Lang) -> String {
        let doc = self.doc.short_in(lang);
        if self.at.is_empty() {
            doc
        } else if self.doc.is_act() {
            crate::msg!("source-act-section", act = doc, section = self.at).render(lang)
        } else {
            format!("{doc}, {}", self.at)
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Shorthand for declaring a source.
pub const fn src(doc: SourceDoc, at: &'static str) -> Source {
    Source { doc, at }
}
