//! Languages as plans write them ("fi", "Finnish", "suomi", "ar") and which groups are
//! language minorities in a given municipality.

use crate::model::{Plan, PopulationGroup};

/// A language as a lower-case code, so that "Finnish", "suomi" and "FI" compare equal.
/// Unknown names are kept as written (lower-cased); only the official and national
/// languages need to be recognised reliably.
pub fn code(lang: &str) -> String {
    let lower = lang.trim().to_lowercase();
    let head = lower.split(['-', '_']).next().unwrap_or_default();
    match head {
        "fin" | "finnish" | "suomi" | "finska" | "suomeksi" => "fi".to_owned(),
        "swe" | "swedish" | "svenska" | "ruotsi" | "ruotsiksi" => "sv".to_owned(),
        "sme" | "sámi" | "sami" | "saame" | "saamen" | "pohjoissaame" | "northern sámi" => {
            "se".to_owned()
        }
        "smn" | "inarinsaame" | "inari sámi" => "smn".to_owned(),
        "sms" | "koltansaame" | "skolt sámi" => "sms".to_owned(),
        "eng" | "english" | "englanti" | "engelska" => "en".to_owned(),
        other => other.to_owned(),
    }
}

/// Whether the code is one of the Sámi languages.
fn is_sami(code: &str) -> bool {
    matches!(code, "se" | "smn" | "sms")
}

/// The municipality's official languages as codes; Finnish and Swedish when the plan does
/// not list them (the national languages, which every plan can be assumed to provide).
pub fn official(plan: &Plan) -> Vec<String> {
    match &plan.municipality {
        Some(m) if !m.official_languages.is_empty() => {
            m.official_languages.iter().map(|l| code(l)).collect()
        }
        _ => vec!["fi".to_owned(), "sv".to_owned()],
    }
}

/// The languages in `langs` that are not official, as written.
pub fn beyond_official<'a>(langs: &'a [String], official: &[String]) -> Vec<&'a str> {
    langs
        .iter()
        .filter(|l| !official.contains(&code(l)))
        .map(String::as_str)
        .collect()
}

/// Whether `group` is a language minority where `official` are the official languages:
/// the immigrant groups above, Swedish speakers where Swedish is not official, and the
/// Sámi where no Sámi language is official.
pub fn is_language_minority(group: PopulationGroup, official: &[String]) -> bool {
    match group {
        PopulationGroup::SwedishSpeakers => !official.iter().any(|l| l == "sv"),
        PopulationGroup::Sami => !official.iter().any(|l| is_sami(l)),
        g => g.is_immigrant(),
    }
}

/// Whether `langs` give a language minority group its own language: for Swedish speakers
/// Swedish, for the Sámi a Sámi language, for other groups any non-official language.
pub fn provides_for(group: PopulationGroup, langs: &[String], official: &[String]) -> bool {
    let codes: Vec<String> = langs.iter().map(|l| code(l)).collect();
    match group {
        PopulationGroup::SwedishSpeakers => codes.iter().any(|c| c == "sv"),
        PopulationGroup::Sami => codes.iter().any(|c| is_sami(c)),
        _ => codes.iter().any(|c| !official.contains(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_compare_equal() {
        assert_eq!(code("Finnish"), "fi");
        assert_eq!(code(" suomi "), "fi");
        assert_eq!(code("sv-FI"), "sv");
        assert_eq!(code("AR"), "ar");
    }

    #[test]
    fn swedish_speakers_are_a_minority_only_where_swedish_is_not_official() {
        let fi = vec!["fi".to_owned()];
        let both = vec!["fi".to_owned(), "sv".to_owned()];
        assert!(is_language_minority(PopulationGroup::SwedishSpeakers, &fi));
        assert!(!is_language_minority(
            PopulationGroup::SwedishSpeakers,
            &both
        ));
        assert!(provides_for(
            PopulationGroup::SwedishSpeakers,
            &["svenska".to_owned()],
            &fi
        ));
        assert!(!provides_for(
            PopulationGroup::Immigrants,
            &["fi".to_owned(), "Swedish".to_owned()],
            &both
        ));
        assert!(provides_for(
            PopulationGroup::Immigrants,
            &["fi".to_owned(), "so".to_owned()],
            &both
        ));
    }
}
