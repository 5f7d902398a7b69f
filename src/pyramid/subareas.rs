//! The top level's sub-areas in one table: what each is, the suggestion goodrel gives when a
//! plan has nothing for it, the example that suggestion names, and the cues by which a
//! top-level item is recognised as covering it. Detection ([`cue_subareas`]) and the gap
//! suggestion ([`super::gaps::Suggestion`]) both read this table, so a measure written like
//! a suggestion's own example counts for that sub-area.
//!
//! Sub-areas come from CoE-MLG Part III ("Structures, services and practices for managing
//! interaction, confrontation, conflict and hate crime"); the community-support example is the
//! good practice of the guide's Oulu analysis (a discussion forum convened through the
//! Immigrant Council after hate-motivated violence).

use super::Subarea;

/// One sub-area of the top level.
#[derive(Debug)]
pub struct SubareaSpec {
    pub subarea: Subarea,
    /// What the sub-area is, in a few words: the id of its catalogue entry.
    pub describe: &'static str,
    /// What to do when the plan has nothing for it, without the example: the id of its
    /// catalogue entry.
    pub advice: &'static str,
    /// The example the suggestion gives: the id of its catalogue entry. In every language
    /// it holds one of the sub-area's cues.
    pub example: &'static str,
    /// Where the suggestion comes from: the id of its catalogue entry.
    pub source: &'static str,
    /// Patterns in normalised text (the rules of [`super::vocab::TERMS`]) that show a
    /// top-level item covers the sub-area, in English, Finnish and Swedish. The example's own
    /// words are among them.
    pub cues: &'static [&'static str],
    /// A cue counts only when the item also covers this sub-area (a listening forum is
    /// community support when it follows a hate crime).
    pub with: Option<Subarea>,
}

/// The table, in the order of [`Subarea::ALL`].
pub static SUBAREAS: [SubareaSpec; 5] = [
    SubareaSpec {
        subarea: Subarea::Encounters,
        describe: "pyramid-subarea-encounters",
        advice: "pyramid-subarea-encounters-advice",
        example: "pyramid-subarea-encounters-example",
        source: "pyramid-source-part-iii",
        cues: &[
            " encounter",
            " meeting place",
            " meet",
            " interact",
            "kohtaa",
            "tapaava",
            "vuorovaikut",
            " möt",
            "mötesplats",
            "träffa",
            "träffpunkt",
        ],
        with: None,
    },
    SubareaSpec {
        subarea: Subarea::Dialogue,
        describe: "pyramid-subarea-dialogue",
        advice: "pyramid-subarea-dialogue-advice",
        example: "pyramid-subarea-dialogue-example",
        source: "pyramid-source-dialogue",
        cues: &["dialog", "erätauko"],
        with: None,
    },
    SubareaSpec {
        subarea: Subarea::Mediation,
        describe: "pyramid-subarea-mediation",
        advice: "pyramid-subarea-mediation-advice",
        example: "pyramid-subarea-mediation-example",
        source: "pyramid-source-part-iii",
        cues: &[
            " mediat",
            "sovittel",
            "medling",
            " medlare",
            " conflict",
            "konflikt",
        ],
        with: None,
    },
    SubareaSpec {
        subarea: Subarea::HateCrimeResponse,
        describe: "pyramid-subarea-hate-crime-response",
        advice: "pyramid-subarea-hate-crime-response-advice",
        example: "pyramid-subarea-hate-crime-response-example",
        source: "pyramid-source-part-iii",
        cues: &[
            " hate crim",
            " hate motiv",
            " hate speech",
            "viharik",
            "vihamotiv",
            "vihapuhe",
            "hatbrott",
            "hatmotiv",
        ],
        with: None,
    },
    SubareaSpec {
        subarea: Subarea::CommunitySupport,
        describe: "pyramid-subarea-community-support",
        advice: "pyramid-subarea-community-support-advice",
        example: "pyramid-subarea-community-support-example",
        source: "pyramid-source-oulu-example",
        cues: &[
            " listening",
            " listened",
            "forum",
            " community support",
            " support for the communit",
            " crisis support",
            " victim support",
            " immigrant council",
            "kuuntel",
            "kuulemis",
            "foorumi",
            "keskustelutilaisuu",
            "kriisituki",
            "uhrituki",
            "rikosuhri",
            "yhteisön tuki",
            "stöd till samhället",
            "maahanmuuttajaneuvost",
            "lyssna",
            "krisstöd",
            "brottsoffer",
            "invandrarråd",
        ],
        with: Some(Subarea::HateCrimeResponse),
    },
];

/// The table's entry for `sub`.
pub fn spec(sub: Subarea) -> &'static SubareaSpec {
    match sub {
        Subarea::Encounters => &SUBAREAS[0],
        Subarea::Dialogue => &SUBAREAS[1],
        Subarea::Mediation => &SUBAREAS[2],
        Subarea::HateCrimeResponse => &SUBAREAS[3],
        Subarea::CommunitySupport => &SUBAREAS[4],
    }
}

/// Adds to `covered` (a bit set of [`Subarea::bit`]) the sub-areas whose cues `normalised`
/// holds: first those that stand alone, then those that need another sub-area. One substring
/// search per cue: linear in the text for the fixed table.
pub fn cue_subareas(normalised: &str, mut covered: u8) -> u8 {
    let has_cue = |spec: &SubareaSpec| spec.cues.iter().any(|c| normalised.contains(c));
    for spec in SUBAREAS.iter().filter(|s| s.with.is_none()) {
        if has_cue(spec) {
            covered |= spec.subarea.bit();
        }
    }
    for spec in SUBAREAS.iter() {
        if let Some(with) = spec.with
            && covered & with.bit() != 0
            && has_cue(spec)
        {
            covered |= spec.subarea.bit();
        }
    }
    covered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_sub_areas_in_order() {
        for (spec, sub) in SUBAREAS.iter().zip(Subarea::ALL) {
            assert_eq!(spec.subarea, sub);
            assert!(std::ptr::eq(spec, super::spec(sub)));
        }
    }

    #[test]
    fn every_text_of_the_table_is_in_the_catalogue_in_every_language() {
        use crate::i18n::{Lang, Message};
        for spec in &SUBAREAS {
            for id in [spec.describe, spec.advice, spec.example, spec.source] {
                for lang in Lang::ALL {
                    let text = Message::new(id).render(lang);
                    assert!(!text.is_empty() && text != id, "{lang}: `{id}` is missing");
                }
            }
        }
    }

    /// A measure written like a suggestion's example counts for that sub-area in every
    /// language: the example holds one of the sub-area's cues (and a community-support
    /// example names a hate crime too).
    #[test]
    fn every_example_holds_a_cue_in_every_language() {
        use crate::i18n::{Lang, Message};
        let mut buf = String::new();
        for spec in &SUBAREAS {
            for lang in Lang::ALL {
                let suggestion = super::super::Suggestion::Subarea(spec.subarea)
                    .message()
                    .render(lang);
                let example = Message::new(spec.example).render(lang);
                assert!(suggestion.contains(&example), "{lang}: {suggestion}");
                super::super::vocab::normalise(&suggestion, &mut buf);
                let covered = cue_subareas(&buf, 0);
                assert!(
                    covered & spec.subarea.bit() != 0,
                    "{lang}: {:?} not found in its own suggestion: {suggestion}",
                    spec.subarea
                );
            }
        }
    }

    #[test]
    fn every_cue_is_normalised() {
        let mut buf = String::new();
        for spec in &SUBAREAS {
            for cue in spec.cues {
                super::super::vocab::normalise(cue, &mut buf);
                assert!(cue.contains(buf.trim()), "{cue:?} is not normalised");
            }
        }
    }
}
