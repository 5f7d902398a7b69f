//! Finnish and Swedish names of the plan's sections and common fields. Keys stay English
//! (as in every YAML ecosystem; values keep their Finnish and Swedish aliases), so a key
//! written in Finnish or Swedish is reported with the English name to use instead.
//! Terms follow `glossary.md` (the ministry's Finnish and Swedish integration pages).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Finnish,
    Swedish,
}

impl Language {
    /// The language's code, which messages select the language's name on.
    pub fn code(self) -> &'static str {
        match self {
            Language::Finnish => "fi",
            Language::Swedish => "sv",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Language::Finnish => "Finnish",
            Language::Swedish => "Swedish",
        }
    }
}

use Language::{Finnish as Fi, Swedish as Sv};

/// The one table: a Finnish or Swedish word, the English key it stands for, its language.
/// Words that are also an English near-miss of their key (Swedish `partner`) are left out:
/// "did you mean `partners`?" serves both readers.
/// A word may stand for a section and a field of the same name (`tavoitteet`: the section
/// `objectives` and a measure's `objectives`); which applies depends on where it is written.
pub const WORDS: &[(&str, &str, Language)] = &[
    // Sections.
    ("kunta", "municipality", Fi),
    ("kommun", "municipality", Sv),
    ("toimijat", "actors", Fi),
    ("aktörer", "actors", Sv),
    ("palvelut", "services", Fi),
    ("tjänster", "services", Sv),
    ("tavoitteet", "objectives", Fi),
    ("mål", "objectives", Sv),
    ("målen", "objectives", Sv),
    ("toimenpiteet", "measures", Fi),
    ("åtgärder", "measures", Sv),
    ("mittarit", "indicators", Fi),
    ("indikaattorit", "indicators", Fi),
    ("indikatorer", "indicators", Sv),
    ("rakenteet", "structures", Fi),
    ("strukturer", "structures", Sv),
    ("kuulemiset", "consultations", Fi),
    ("samråd", "consultations", Sv),
    ("linkit", "links", Fi),
    ("länkar", "links", Sv),
    ("raportit", "reports", Fi),
    ("rapporter", "reports", Sv),
    // Fields.
    ("tunnus", "id", Fi),
    ("tunniste", "id", Fi),
    ("nimi", "name", Fi),
    ("namn", "name", Sv),
    ("laji", "kind", Fi),
    ("tyyppi", "kind", Fi),
    ("typ", "kind", Sv),
    ("otsikko", "title", Fi),
    ("rubrik", "title", Sv),
    ("kuvaus", "description", Fi),
    ("beskrivning", "description", Sv),
    ("vastuutaho", "responsible", Fi),
    ("vastuu", "responsible", Fi),
    ("ansvarig", "responsible", Sv),
    ("ansvarig_aktör", "responsible", Sv),
    ("kumppanit", "partners", Fi),
    ("yhteistyökumppanit", "partners", Fi),
    ("samarbetspartner", "partners", Sv),
    ("yhteistyö", "cooperation", Fi),
    ("samarbete", "cooperation", Sv),
    ("aikataulu", "timetable", Fi),
    ("tidsplan", "timetable", Sv),
    ("rahoitus", "funding", Fi),
    ("finansiering", "funding", Sv),
    ("kohderyhmät", "target_groups", Fi),
    ("kohderyhmä", "target_groups", Fi),
    ("målgrupper", "target_groups", Sv),
    ("målgrupp", "target_groups", Sv),
    ("toimiala", "sector", Fi),
    ("sektori", "sector", Fi),
    ("sektor", "sector", Sv),
    ("taso", "level", Fi),
    ("nivå", "level", Sv),
    ("tila", "status", Fi),
    ("alku", "start", Fi),
    ("alkaa", "start", Fi),
    ("början", "start", Sv),
    ("loppu", "end", Fi),
    ("päättyy", "end", Fi),
    ("slut", "end", Sv),
    ("jatkuva", "ongoing", Fi),
    ("pågående", "ongoing", Sv),
    ("kielet", "languages", Fi),
    ("språk", "languages", Sv),
    ("osallisuus", "participation", Fi),
    ("delaktighet", "participation", Sv),
    ("jäsenet", "members", Fi),
    ("medlemmar", "members", Sv),
    ("koollekutsuja", "convener", Fi),
    ("sammankallare", "convener", Sv),
    ("ryhmät", "groups", Fi),
    ("grupper", "groups", Sv),
    ("päivämäärä", "date", Fi),
    ("pvm", "date", Fi),
    ("datum", "date", Sv),
    ("menetelmä", "method", Fi),
    ("metod", "method", Sv),
    ("tarpeet", "needs", Fi),
    ("behov", "needs", Sv),
    ("alue", "area", Fi),
    ("område", "area", Sv),
    ("visio", "vision", Fi),
    ("koordinaattori", "coordinator", Fi),
    ("samordnare", "coordinator", Sv),
    ("hyväksyntä", "approval", Fi),
    ("hyväksyminen", "approval", Fi),
    ("godkännande", "approval", Sv),
    ("suunnitelmakausi", "plan_period", Fi),
    ("planperiod", "plan_period", Sv),
    ("viralliset_kielet", "official_languages", Fi),
    ("officiella_språk", "official_languages", Sv),
    ("tilannekuva", "situation", Fi),
    ("lägesbild", "situation", Sv),
    ("komponentti", "component", Fi),
    ("komponent", "component", Sv),
    ("yksikkö", "unit", Fi),
    ("enhet", "unit", Sv),
    ("lähde", "source", Fi),
    ("källa", "source", Sv),
    ("lähtötaso", "baseline", Fi),
    ("utgångsläge", "baseline", Sv),
    ("tavoitetaso", "target", Fi),
    ("målnivå", "target", Sv),
    ("järjestäjä", "organiser", Fi),
    ("arrangör", "organiser", Sv),
    ("osallistujat", "participants", Fi),
    ("deltagare", "participants", Sv),
    ("kausi", "period", Fi),
    ("jakso", "period", Fi),
    ("lähetetty", "submitted", Fi),
    ("inlämnad", "submitted", Sv),
    ("sisältö", "contents", Fi),
    ("innehåll", "contents", Sv),
    ("toimielin", "body", Fi),
    ("organ", "body", Sv),
];

/// Folds case, separators and the Nordic letters, so `Kohderyhmät`, `kohderyhmat` and
/// `kohde-ryhmät` all find the same entry.
fn fold(word: &str) -> String {
    word.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'ä' | 'å' => Some('a'),
            'ö' => Some('o'),
            ' ' | '-' | '_' => None,
            c => Some(c),
        })
        .collect()
}

/// The English key among `names` that `key` is the Finnish or Swedish for, if any.
pub fn translate<'a>(
    key: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> Option<(&'a str, Language)> {
    // Folded once per run: a file of 245,000 unknown keys folded the whole table per key.
    static FOLDED: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| WORDS.iter().map(|(word, _, _)| fold(word)).collect());
    let folded = fold(key);
    WORDS
        .iter()
        .zip(FOLDED.iter())
        .filter(|(_, word)| **word == folded)
        .find_map(|((_, english, language), _)| {
            names.clone().find(|n| n == english).map(|n| (n, *language))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SECTIONS;

    #[test]
    fn every_section_has_a_finnish_and_a_swedish_name() {
        for section in SECTIONS {
            for language in [Fi, Sv] {
                assert!(
                    WORDS
                        .iter()
                        .any(|(_, en, l)| en == section && *l == language),
                    "{section} has no {} name",
                    language.name()
                );
            }
        }
    }

    #[test]
    fn a_finnish_or_swedish_key_finds_its_english_name_where_it_is_a_field() {
        let measure = ["id", "title", "responsible", "partners", "objectives"];
        assert_eq!(
            translate("vastuutaho", measure.iter().copied()),
            Some(("responsible", Fi))
        );
        assert_eq!(
            translate("Tavoitteet", measure.iter().copied()),
            Some(("objectives", Fi))
        );
        assert_eq!(
            translate("toimenpiteet", SECTIONS.iter().copied()),
            Some(("measures", Fi))
        );
        assert_eq!(
            translate("åtgärder", SECTIONS.iter().copied()),
            Some(("measures", Sv))
        );
        assert_eq!(
            translate("kohderyhmat", ["target_groups"].iter().copied()),
            Some(("target_groups", Fi))
        );
        // A word names a field only where that field exists.
        assert_eq!(translate("aikataulu", SECTIONS.iter().copied()), None);
        assert_eq!(translate("responsibel", measure.iter().copied()), None);
    }

    #[test]
    fn every_english_name_in_the_table_is_a_key_of_the_format() {
        let schema = crate::schema::plan_schema_json();
        for (word, english, _) in WORDS {
            assert!(
                schema.contains(&format!("\"{english}\"")),
                "`{word}` maps to `{english}`, which is no key of the plan format"
            );
        }
    }
}
