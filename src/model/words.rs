//! Finnish and Swedish names of the plan's sections and common fields. Keys stay English
//! (as in every YAML ecosystem; values keep their Finnish and Swedish aliases), so a key
//! written in Finnish or Swedish is reported with the English name to use instead.
//! Terms follow `glossary.md` (the ministry's Finnish and Swedish integration pages).

use super::vocabulary::fold;
use crate::i18n::Lang;

const FI: Lang = Lang::Fi;
const SV: Lang = Lang::Sv;

/// The one table: a Finnish or Swedish word, the English key it stands for, its language.
/// Words that are also an English near-miss of their key (Swedish `partner`) are left out:
/// "did you mean `partners`?" serves both readers.
/// A word may stand for a section and a field of the same name (`tavoitteet`: the section
/// `objectives` and a measure's `objectives`); which applies depends on where it is written.
pub const WORDS: &[(&str, &str, Lang)] = &[
    // Sections.
    ("kunta", "municipality", FI),
    ("kommun", "municipality", SV),
    ("toimijat", "actors", FI),
    ("aktörer", "actors", SV),
    ("palvelut", "services", FI),
    ("tjänster", "services", SV),
    ("tavoitteet", "objectives", FI),
    ("mål", "objectives", SV),
    ("målen", "objectives", SV),
    ("toimenpiteet", "measures", FI),
    ("åtgärder", "measures", SV),
    ("mittarit", "indicators", FI),
    ("indikaattorit", "indicators", FI),
    ("indikatorer", "indicators", SV),
    ("rakenteet", "structures", FI),
    ("strukturer", "structures", SV),
    ("kuulemiset", "consultations", FI),
    ("samråd", "consultations", SV),
    ("linkit", "links", FI),
    ("länkar", "links", SV),
    ("raportit", "reports", FI),
    ("rapporter", "reports", SV),
    // Fields.
    ("tunnus", "id", FI),
    ("tunniste", "id", FI),
    ("nimi", "name", FI),
    ("namn", "name", SV),
    ("laji", "kind", FI),
    ("tyyppi", "kind", FI),
    ("typ", "kind", SV),
    ("otsikko", "title", FI),
    ("rubrik", "title", SV),
    ("kuvaus", "description", FI),
    ("beskrivning", "description", SV),
    ("vastuutaho", "responsible", FI),
    ("vastuu", "responsible", FI),
    ("ansvarig", "responsible", SV),
    ("ansvarig_aktör", "responsible", SV),
    ("kumppanit", "partners", FI),
    ("yhteistyökumppanit", "partners", FI),
    ("samarbetspartner", "partners", SV),
    ("yhteistyö", "cooperation", FI),
    ("samarbete", "cooperation", SV),
    ("aikataulu", "timetable", FI),
    ("tidsplan", "timetable", SV),
    ("rahoitus", "funding", FI),
    ("finansiering", "funding", SV),
    ("kohderyhmät", "target_groups", FI),
    ("kohderyhmä", "target_groups", FI),
    ("målgrupper", "target_groups", SV),
    ("målgrupp", "target_groups", SV),
    ("toimiala", "sector", FI),
    ("sektori", "sector", FI),
    ("sektor", "sector", SV),
    ("taso", "level", FI),
    ("nivå", "level", SV),
    ("tila", "status", FI),
    ("alku", "start", FI),
    ("alkaa", "start", FI),
    ("början", "start", SV),
    ("loppu", "end", FI),
    ("päättyy", "end", FI),
    ("slut", "end", SV),
    ("jatkuva", "ongoing", FI),
    ("pågående", "ongoing", SV),
    ("kielet", "languages", FI),
    ("språk", "languages", SV),
    ("osallisuus", "participation", FI),
    ("delaktighet", "participation", SV),
    ("jäsenet", "members", FI),
    ("medlemmar", "members", SV),
    ("koollekutsuja", "convener", FI),
    ("sammankallare", "convener", SV),
    ("ryhmät", "groups", FI),
    ("grupper", "groups", SV),
    ("päivämäärä", "date", FI),
    ("pvm", "date", FI),
    ("datum", "date", SV),
    ("menetelmä", "method", FI),
    ("metod", "method", SV),
    ("tarpeet", "needs", FI),
    ("behov", "needs", SV),
    ("alue", "area", FI),
    ("område", "area", SV),
    ("visio", "vision", FI),
    ("koordinaattori", "coordinator", FI),
    ("samordnare", "coordinator", SV),
    ("hyväksyntä", "approval", FI),
    ("hyväksyminen", "approval", FI),
    ("godkännande", "approval", SV),
    ("suunnitelmakausi", "plan_period", FI),
    ("planperiod", "plan_period", SV),
    ("viralliset_kielet", "official_languages", FI),
    ("officiella_språk", "official_languages", SV),
    ("tilannekuva", "situation", FI),
    ("lägesbild", "situation", SV),
    ("komponentti", "component", FI),
    ("komponent", "component", SV),
    ("yksikkö", "unit", FI),
    ("enhet", "unit", SV),
    ("lähde", "source", FI),
    ("källa", "source", SV),
    ("lähtötaso", "baseline", FI),
    ("utgångsläge", "baseline", SV),
    ("tavoitetaso", "target", FI),
    ("målnivå", "target", SV),
    ("järjestäjä", "organiser", FI),
    ("arrangör", "organiser", SV),
    ("osallistujat", "participants", FI),
    ("deltagare", "participants", SV),
    ("kausi", "period", FI),
    ("jakso", "period", FI),
    ("lähetetty", "submitted", FI),
    ("inlämnad", "submitted", SV),
    ("sisältö", "contents", FI),
    ("innehåll", "contents", SV),
    ("toimielin", "body", FI),
    ("organ", "body", SV),
];

/// The English key among `names` that `key` is the Finnish or Swedish for, if any.
pub fn translate<'a>(
    key: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> Option<(&'a str, Lang)> {
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
            for language in [FI, SV] {
                assert!(
                    WORDS
                        .iter()
                        .any(|(_, en, l)| en == section && *l == language),
                    "{section} has no {} name",
                    language.row().name
                );
            }
        }
    }

    #[test]
    fn a_finnish_or_swedish_key_finds_its_english_name_where_it_is_a_field() {
        let measure = ["id", "title", "responsible", "partners", "objectives"];
        assert_eq!(
            translate("vastuutaho", measure.iter().copied()),
            Some(("responsible", FI))
        );
        assert_eq!(
            translate("Tavoitteet", measure.iter().copied()),
            Some(("objectives", FI))
        );
        assert_eq!(
            translate("toimenpiteet", SECTIONS.iter().copied()),
            Some(("measures", FI))
        );
        assert_eq!(
            translate("åtgärder", SECTIONS.iter().copied()),
            Some(("measures", SV))
        );
        assert_eq!(
            translate("kohderyhmat", ["target_groups"].iter().copied()),
            Some(("target_groups", FI))
        );
        // A word names a field only where that field exists.
        assert_eq!(translate("aikataulu", SECTIONS.iter().copied()), None);
        assert_eq!(translate("responsibel", measure.iter().copied()), None);
    }

    #[test]
    fn every_english_name_in_the_table_is_a_key_of_the_format() {
        let schema = crate::model::schema::plan_schema_json();
        for (word, english, _) in WORDS {
            assert!(
                schema.contains(&format!("\"{english}\"")),
                "`{word}` maps to `{english}`, which is no key of the plan format"
            );
        }
    }
}
