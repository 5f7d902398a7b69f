//! The names of the regional state authorities that receive the municipalities' reports,
//! in Finnish and Swedish: the ten vitality centres (elinvoimakeskukset, from 2026) and the
//! fifteen ELY Centres they replaced. A plan names its authority in its own language
//! (`regional_authority.name`); a message in the other language names it in that one, so a
//! Swedish sentence does not say "livskraftscentralen är Pohjanmaan elinvoimakeskus".
//! The names are the catalogue's (`authority-name` in `locales/*/core.ftl`), so a fourth
//! language names them in its own folder.

use super::vocabulary::fold;
use crate::i18n::{Arg, Lang, Message};

/// goodrel's key for each authority; its names are the catalogue's (`authority-name`).
pub const AUTHORITIES: &[&str] = &[
    "vc-uusimaa",
    "vc-lounais-suomi",
    "vc-kaakkois-suomi",
    "vc-sisa-suomi",
    "vc-keski-suomi",
    "vc-ita-suomi",
    "vc-etela-pohjanmaa",
    "vc-pohjanmaa",
    "vc-pohjois-suomi",
    "vc-lappi",
    "ely-uusimaa",
    "ely-varsinais-suomi",
    "ely-satakunta",
    "ely-hame",
    "ely-pirkanmaa",
    "ely-kaakkois-suomi",
    "ely-etela-savo",
    "ely-pohjois-savo",
    "ely-pohjois-karjala",
    "ely-keski-suomi",
    "ely-etela-pohjanmaa",
    "ely-pohjanmaa",
    "ely-pohjois-pohjanmaa",
    "ely-kainuu",
    "ely-lappi",
];

/// An authority's name as a message argument: when the plan writes a name the catalogue
/// knows (in any language, any case), the name in the reader's language (English readers
/// get the plan's own words); any other name as written.
pub fn authority_name(written: &str) -> Arg {
    let folded = fold(written);
    let known = AUTHORITIES.iter().find(|key| {
        Lang::ALL.into_iter().any(|lang| {
            let name = Message::new("authority-name")
                .arg("key", **key)
                .arg("written", "")
                .render(lang);
            !name.is_empty() && fold(&name) == folded
        })
    });
    match known {
        Some(key) => Message::new("authority-name")
            .arg("key", *key)
            .arg("written", written)
            .into(),
        None => written.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_known_authority_is_named_in_the_readers_language() {
        let name = crate::msg!(
            "verbatim",
            text = authority_name("Pohjanmaan elinvoimakeskus")
        );
        assert_eq!(name.render(Lang::Sv), "Livskraftscentralen i Österbotten");
        assert_eq!(name.render(Lang::Fi), "Pohjanmaan elinvoimakeskus");
        assert_eq!(name.render(Lang::En), "Pohjanmaan elinvoimakeskus");
        let sv = crate::msg!(
            "verbatim",
            text = authority_name("ntm-centralen i lappland")
        );
        assert_eq!(sv.render(Lang::Fi), "Lapin ELY-keskus");
        let other = crate::msg!("verbatim", text = authority_name("Our own office"));
        assert_eq!(other.render(Lang::Sv), "Our own office");
    }

    #[test]
    fn ten_vitality_centres_and_fifteen_ely_centres() {
        let named = |lang: Lang, key: &str| {
            Message::new("authority-name")
                .arg("key", key)
                .arg("written", "")
                .render(lang)
        };
        let fi: Vec<String> = AUTHORITIES.iter().map(|k| named(Lang::Fi, k)).collect();
        assert_eq!(
            fi.iter().filter(|n| n.ends_with("elinvoimakeskus")).count(),
            10
        );
        assert_eq!(fi.iter().filter(|n| n.ends_with("ELY-keskus")).count(), 15);
        for key in AUTHORITIES {
            assert!(
                !named(Lang::Sv, key).is_empty(),
                "{key} has no Swedish name"
            );
        }
    }
}
