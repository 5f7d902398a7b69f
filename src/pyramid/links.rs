//! Mainstreaming in linked plans: a link whose `mainstreaming` text names a municipal sector
//! (the municipal strategy saying how basic education and housing take immigrants into
//! account) counts towards that sector's base-level coverage, shown as "via the municipal
//! strategy". Links are not pyramid items: they add no placement and no count to a level.
//!
//! A sector is named by one of the stems below (English, Finnish, Swedish), matched like the
//! vocabulary ([`super::vocab`]): a leading space starts a word, Finnish and Swedish stems
//! may sit inside compounds. A general phrase ("every sector") names no sector.

use super::gaps::BASE_SECTORS;
use super::vocab;
use crate::i18n::Message;
use crate::model::{LinkKind, Plan, Sector};
use crate::msg;

/// Stems naming each reference sector.
pub static SECTOR_WORDS: &[(Sector, &[&str])] = &[
    (
        Sector::EarlyChildhoodEducation,
        &[
            " early childhood",
            " day care",
            " daycare",
            "varhaiskasvatu",
            "päiväkot",
            "småbarnspedagogik",
            "daghem",
        ],
    ),
    (
        Sector::BasicEducation,
        &[
            " basic education",
            " comprehensive school",
            " schools",
            "perusopetu",
            "peruskoul",
            "grundläggande utbildning",
            "grundskol",
        ],
    ),
    (
        Sector::LiberalAdultEducation,
        &[
            " adult education",
            " liberal education",
            "vapaa sivistystyö",
            "vapaan sivistystyön",
            "kansalaisopisto",
            "työväenopisto",
            "medborgarinstitut",
            "fritt bildningsarbete",
            "arbetarinstitut",
        ],
    ),
    (
        Sector::Culture,
        &[
            " culture ",
            " cultural services",
            "kulttuuripalvel",
            "kulttuuritoim",
            "kulturtjänst",
            "kulturverksamhet",
        ],
    ),
    (
        Sector::Youth,
        &[
            " youth work",
            " youth services",
            "nuorisotyö",
            "nuorisopalvel",
            "ungdomsarbete",
            "ungdomstjänst",
        ],
    ),
    (Sector::Library, &[" librar", "kirjasto", "bibliotek"]),
    (
        Sector::Sports,
        &[
            " sport",
            " exercise services",
            "liikuntapalvel",
            "liikuntatoim",
            "idrott",
            "motionstjänst",
        ],
    ),
    (
        Sector::BusinessServices,
        &[
            " business services",
            " enterprise",
            "elinkeinopalvel",
            "elinkeinopolitiik",
            "yrityspalvel",
            "näringsliv",
            "företagstjänst",
        ],
    ),
    (
        Sector::Employment,
        &[" employment", "työllisyy", "työllisty", "sysselsättning"],
    ),
    (
        Sector::OutreachYouthWork,
        &[
            " outreach youth",
            "etsivä nuoriso",
            "etsivän nuoriso",
            "uppsökande ungdom",
        ],
    ),
    (
        Sector::Participation,
        &[" resident participation", "osallisuu", "delaktighet"],
    ),
    (
        Sector::UrbanPlanning,
        &[
            " urban planning",
            " land use",
            " zoning",
            "kaavoitu",
            "kaupunkisuunnittel",
            "maankäyt",
            "stadsplaner",
            "planläggning",
            "markanvändning",
        ],
    ),
    (
        Sector::Transport,
        &[
            " transport",
            "joukkoliiken",
            "liikennesuunnitt",
            "kollektivtrafik",
            "trafikplaner",
        ],
    ),
    (
        Sector::Housing,
        &[" housing", "asumi", "asunto", "boende", "bostad"],
    ),
    (Sector::Environment, &[" environment", "ympäristö", "miljö"]),
    (
        Sector::Security,
        &[
            " security",
            " safety",
            "turvallisuu",
            "säkerhet",
            "trygghet",
        ],
    ),
    (
        Sector::HumanResources,
        &[
            " human resources",
            " as an employer",
            " recruitment",
            "henkilöstö",
            "rekrytoin",
            "työnantaja",
            "personalpolitik",
            "arbetsgivar",
            "rekryter",
        ],
    ),
    (
        Sector::Procurement,
        &[" procurement", "hankin", "upphandling"],
    ),
];

/// One reference sector whose mainstreaming a linked plan names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkedSector<'p> {
    pub sector: Sector,
    /// The link's id.
    pub link: &'p str,
    /// The link's title, as the plan wrote it.
    pub title: &'p str,
    /// The link's (first) kind.
    pub kind: Option<LinkKind>,
}

impl LinkedSector<'_> {
    /// "via the municipal strategy", "via the wellbeing report and plan", or the link's title
    /// and id for other kinds.
    pub fn via(&self) -> Message {
        let named = match self.kind {
            Some(LinkKind::MunicipalStrategy) => "municipal_strategy",
            Some(LinkKind::WellbeingReportAndPlan) => "wellbeing_report_and_plan",
            Some(LinkKind::NonDiscriminationPlan) => "non_discrimination_plan",
            Some(LinkKind::SecurityPlan) => "security_plan",
            Some(LinkKind::LanguageStrategy) => "language_strategy",
            Some(LinkKind::InteractionPlan) => "interaction_plan",
            _ => {
                return msg!("pyramid-via-link", title = self.title, link = self.link);
            }
        };
        msg!("pyramid-via-plan", plan = named)
    }
}

/// The reference sectors each link's `mainstreaming` names, in plan order of the links and
/// the reference order of sectors; a sector named by several links is listed for the first.
pub fn linked_sectors(plan: &Plan) -> Vec<LinkedSector<'_>> {
    let mut out: Vec<LinkedSector<'_>> = Vec::new();
    let mut text = String::new();
    for link in &plan.links {
        let Some(mainstreaming) = link.mainstreaming.as_deref() else {
            continue;
        };
        vocab::normalise(mainstreaming, &mut text);
        for (sector, stems) in SECTOR_WORDS {
            if !BASE_SECTORS.contains(sector) || out.iter().any(|l| l.sector == *sector) {
                continue;
            }
            if stems.iter().any(|s| text.contains(s)) {
                out.push(LinkedSector {
                    sector: *sector,
                    link: &link.id,
                    title: &link.title,
                    kind: link.kind.first().copied(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_sector_has_words_and_they_are_normalised() {
        let mut buf = String::new();
        for sector in BASE_SECTORS {
            assert!(
                SECTOR_WORDS
                    .iter()
                    .any(|(s, w)| s == sector && !w.is_empty()),
                "{sector:?} has no words"
            );
        }
        for (_, stems) in SECTOR_WORDS {
            for stem in *stems {
                vocab::normalise(stem, &mut buf);
                assert!(stem.contains(buf.trim()), "{stem:?} is not normalised");
            }
        }
    }
}
