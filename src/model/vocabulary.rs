//! The plan format's choices as data: for each choice type (areas, sectors, groups, kinds …)
//! one table of its values, each with its canonical key, its English description, and its
//! terms and common spellings tagged by language (the first of a language is its official
//! term, `glossary.md` first). The Rust enum, how plans may spell a value, the schema's
//! values and aliases with their descriptions, `locales/*/terms.ftl` and the value tables of
//! `docs/plan-format*.md` are all generated from these tables ([`choices!`]); the tables
//! themselves are in `choices.rs`.
//!
//! A value is found whatever its case and whatever separates its words: `ELY-keskus`,
//! `"työllisyys ja koulutus"`, `työllisyys_ja_koulutus` and `Regional samarbetsgrupp` are all
//! read (see [`fold`]).

use std::collections::HashMap;

use serde_json::{Value as Json, json};

use crate::i18n::Lang;

/// One choice type of the plan format.
#[derive(Debug)]
pub struct Vocabulary {
    /// The type's name, also its name in the schema's `$defs` (`Sector`).
    pub name: &'static str,
    /// The catalogue entry naming a value in a sentence (`term-sector`).
    pub message: &'static str,
    /// The catalogue entry naming a value as the reader types it: the term, and the key
    /// after it where the two differ (`term-sector-written`).
    pub written: &'static str,
    /// What the type is, from its doc comment.
    pub description: &'static str,
    /// The canonical keys, in the order declared (serde's "expected one of").
    pub keys: &'static [&'static str],
    pub values: &'static [Value],
}

/// One value of a choice type.
#[derive(Debug)]
pub struct Value {
    /// The canonical key plans write and JSON keeps (`early_childhood_education`).
    pub key: &'static str,
    /// What the value means, from its doc comment (English).
    pub description: &'static str,
    /// Per language code, its terms: the official one first, then common spellings.
    pub spellings: &'static [(&'static str, &'static [&'static str])],
}

/// A choice type: an enum generated from its [`Vocabulary`].
pub trait Choice: Copy + 'static {
    const VOCABULARY: &'static Vocabulary;
    /// Every value, in the order declared.
    const ALL: &'static [Self];

    /// The value a plan's text stands for, whatever its case and word separators (through
    /// an index of the type's spellings built once).
    fn find(written: &str) -> Option<Self>;
}

impl Value {
    /// The official term in a language (the first spelling tagged with its code).
    pub fn term(&self, lang: Lang) -> Option<&'static str> {
        self.in_language(lang.code()).first().copied()
    }

    /// The spellings tagged with one language code, the official term first.
    pub fn in_language(&self, code: &str) -> &'static [&'static str] {
        self.spellings
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(&[], |(_, s)| *s)
    }

    /// Every spelling with its language code, the key itself first (tagged `key`).
    pub fn all_spellings(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        std::iter::once(("key", self.key)).chain(
            self.spellings
                .iter()
                .flat_map(|(code, words)| words.iter().map(move |w| (*code, *w))),
        )
    }

    /// The description as one paragraph per blank-line-separated block.
    pub fn description(&self) -> String {
        doc(self.description)
    }
}

impl Vocabulary {
    /// The value a plan's text stands for, whatever its case and word separators.
    pub fn find(&self, written: &str) -> Option<usize> {
        let folded = fold(written);
        self.values
            .iter()
            .position(|v| v.all_spellings().any(|(_, w)| fold(w) == folded))
    }

    /// Every folded spelling with the index of the value it stands for, for a reader that
    /// looks up many values.
    pub fn index(&self) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for (i, value) in self.values.iter().enumerate() {
            for (_, word) in value.all_spellings() {
                index.entry(fold(word)).or_insert(i);
            }
        }
        index
    }

    pub fn description(&self) -> String {
        doc(self.description)
    }

    /// The value with this key.
    pub fn value(&self, key: &str) -> Option<&Value> {
        self.values.iter().find(|v| v.key == key)
    }

    /// A value's official term in `lang`, or `None` when the key is not one of this type's
    /// or has no term in `lang`.
    pub fn term_of(&self, key: &str, lang: Lang) -> Option<&'static str> {
        self.values
            .iter()
            .find(|v| v.key == key)
            .and_then(|v| v.term(lang))
    }

    /// The spellings an editor should accept besides the keys, each with the key it is read
    /// as: every spelling as written, in lower case, in sentence case, and with underscores
    /// for its spaces and hyphens (how the format spelt values before), without repeats or
    /// keys.
    pub fn aliases(&self) -> Vec<(String, &'static Value, &'static str)> {
        let mut out: Vec<(String, &'static Value, &'static str)> = Vec::new();
        let values: &'static [Value] = self.values;
        for value in values {
            for (code, word) in value.all_spellings().skip(1) {
                let lower = word.to_lowercase();
                let snake = snake(&lower);
                // Sentence case, as a term starting a line is often typed.
                let mut chars = lower.chars();
                let capital: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                for form in [word.to_owned(), lower.clone(), capital, snake] {
                    if self.keys.contains(&form.as_str()) || out.iter().any(|(f, _, _)| *f == form)
                    {
                        continue;
                    }
                    out.push((form, value, code));
                }
            }
        }
        out
    }

    /// The schema of the type: the keys with their descriptions, then the aliases, each
    /// described as the key it is read as (`enumDescriptions` and `markdownEnumDescriptions`
    /// are what VS Code's JSON support and yaml-language-server show on hover).
    pub fn schema(&self) -> Json {
        let keys: Vec<&str> = self.keys.to_vec();
        let descriptions: Vec<String> = self.values.iter().map(Value::description).collect();
        let mut branches = vec![json!({
            "type": "string",
            "enum": keys,
            "enumDescriptions": descriptions,
            "markdownEnumDescriptions": descriptions,
        })];
        let aliases = self.aliases();
        if !aliases.is_empty() {
            let described: Vec<String> = aliases
                .iter()
                .map(|(_, value, code)| {
                    let language = Lang::from_code(code).map_or(*code, |l| l.row().name);
                    format!(
                        "Read as `{}` ({language}): {}",
                        value.key,
                        value.description()
                    )
                })
                .collect();
            let forms: Vec<&str> = aliases.iter().map(|(f, _, _)| f.as_str()).collect();
            branches.push(json!({
                "type": "string",
                "enum": forms,
                "enumDescriptions": described,
                "markdownEnumDescriptions": described,
                ALIASES_MARK: true,
            }));
        }
        let mut schema = json!({ "oneOf": branches });
        let description = self.description();
        if !description.is_empty() {
            schema["description"] = Json::from(description);
        }
        schema
    }
}

/// Marks the schema branch that holds the aliases.
pub const ALIASES_MARK: &str = "x-goodrel-aliases";

/// A text folded for matching: lower case, letters and digits only (spaces, hyphens,
/// underscores, commas and brackets dropped), `ä`/`å` as `a` and `ö` as `o`, so that
/// `ELY-keskus`, `ely_keskus` and `Ely keskus` are one word, and a keyboard without the
/// Nordic letters still finds `työllisyys`.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'ä' | 'å' | 'á' | 'à' => Some('a'),
            'ö' | 'ø' => Some('o'),
            'é' | 'è' => Some('e'),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// A spelling with underscores for its separators, as the format wrote aliases before
/// (`hyvinvointi_terveys_ja_asuminen`).
fn snake(lower: &str) -> String {
    lower
        .replace(',', "")
        .split([' ', '-', '_'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// A key as a Fluent variant name: `681/2023` is not one, `k681-2023` is.
pub fn selector(key: &str) -> String {
    let mut out: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.insert(0, 'k');
    }
    out
}

/// A doc comment's lines joined into paragraphs.
fn doc(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            p.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Reads a plan's text as a value of `T` through its vocabulary.
pub(crate) struct ChoiceVisitor<T>(pub std::marker::PhantomData<T>);

/// What the decoder feeds a required choice written wrong, so that the item stays in the
/// plan (the field marked invalid): read as `other`, or the first value where there is no
/// `other`. No plan text can hold it (a NUL never reaches the model).
pub(crate) const STAND_IN_CHOICE: &str = "\u{0}stand-in";

impl<T: Choice> serde::de::Visitor<'_> for ChoiceVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "one of {}", T::VOCABULARY.keys.join(", "))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        if v == STAND_IN_CHOICE {
            let stand_in = T::find("other").or_else(|| T::find(T::VOCABULARY.keys.first()?));
            return stand_in.ok_or_else(|| E::unknown_variant(v, T::VOCABULARY.keys));
        }
        T::find(v).ok_or_else(|| E::unknown_variant(v, T::VOCABULARY.keys))
    }
}

/// Declares the choice types: for each, the enum and its [`Vocabulary`], with the enum's
/// `Term`, serde and schema implementations reading from the table. Doc comments become the
/// enum's docs and the schema's descriptions.
macro_rules! choices {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident => $message:literal {
            $(
                $(#[doc = $vdoc:literal])*
                $variant:ident = $key:literal {
                    $($lang:ident: [$($spelling:literal),* $(,)?]),* $(,)?
                }
            ),* $(,)?
        }
    )*) => {
        $(
            $(#[doc = $doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub enum $name {
                $($(#[doc = $vdoc])* $variant,)*
            }

            impl $crate::model::vocabulary::Choice for $name {
                const VOCABULARY: &'static $crate::model::vocabulary::Vocabulary =
                    &$crate::model::vocabulary::Vocabulary {
                        name: stringify!($name),
                        message: $message,
                        written: concat!($message, "-written"),
                        description: concat!($($doc, "\n",)* ""),
                        keys: &[$($key),*],
                        values: &[$($crate::model::vocabulary::Value {
                            key: $key,
                            description: concat!($($vdoc, "\n",)* ""),
                            spellings: &[$((stringify!($lang), &[$($spelling),*])),*],
                        }),*],
                    };
                const ALL: &'static [$name] = &[$($name::$variant),*];

                fn find(written: &str) -> Option<$name> {
                    static INDEX: std::sync::LazyLock<std::collections::HashMap<String, usize>> =
                        std::sync::LazyLock::new(|| $name::VOCABULARY.index());
                    let i = INDEX.get(&$crate::model::vocabulary::fold(written))?;
                    Self::ALL.get(*i).copied()
                }
            }

            impl $crate::i18n::Term for $name {
                const MESSAGE: &'static str = $message;
                const WRITTEN: &'static str = concat!($message, "-written");

                fn key(&self) -> &'static str {
                    match self {
                        $($name::$variant => $key,)*
                    }
                }
            }

            impl serde::Serialize for $name {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str($crate::i18n::Term::key(self))
                }
            }

            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    d.deserialize_str($crate::model::vocabulary::ChoiceVisitor::<$name>(
                        std::marker::PhantomData,
                    ))
                }
            }

            impl schemars::JsonSchema for $name {
                fn schema_name() -> std::borrow::Cow<'static, str> {
                    stringify!($name).into()
                }

                fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                    use $crate::model::vocabulary::Choice;
                    schemars::Schema::try_from(Self::VOCABULARY.schema()).unwrap_or_default()
                }
            }
        )*

        /// Every choice type's vocabulary, in the order declared.
        pub const ALL: &[&$crate::model::vocabulary::Vocabulary] = &[$(
            <$name as $crate::model::vocabulary::Choice>::VOCABULARY
        ),*];
    };
}

pub(crate) use choices;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choices::ALL;

    #[test]
    fn every_value_has_a_term_in_every_language() {
        let mut missing = Vec::new();
        for vocabulary in ALL {
            for value in vocabulary.values {
                for lang in Lang::ALL {
                    if value.term(lang).is_none_or(|t| t.trim().is_empty()) {
                        missing.push(format!("{}::{} in {lang}", vocabulary.name, value.key));
                    }
                }
                for (code, _) in value.spellings {
                    assert!(
                        Lang::from_code(code).is_some(),
                        "{}: {code} is no language",
                        value.key
                    );
                }
            }
        }
        assert!(missing.is_empty(), "no term: {missing:#?}");
    }

    #[test]
    fn no_spelling_stands_for_two_values_of_one_type() {
        let mut clashes = Vec::new();
        for vocabulary in ALL {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for value in vocabulary.values {
                for (_, word) in value.all_spellings() {
                    if let Some(other) = seen.insert(fold(word), value.key)
                        && other != value.key
                    {
                        clashes.push(format!(
                            "{}: `{word}` is both {other} and {}",
                            vocabulary.name, value.key
                        ));
                    }
                }
            }
        }
        assert!(clashes.is_empty(), "{clashes:#?}");
    }

    #[test]
    fn case_and_separators_do_not_matter() {
        let area = crate::model::choices::by_name("Area").expect("Area is a choice");
        let employment = area.find("employment_and_education");
        assert!(employment.is_some());
        for written in [
            "työllisyys ja koulutus",
            "Työllisyys ja koulutus",
            "työllisyys_ja_koulutus",
            "tyollisyys-ja-koulutus",
            "sysselsättning och utbildning",
        ] {
            assert_eq!(area.find(written), employment, "{written}");
        }
        let kind = crate::model::choices::by_name("ActorKind").expect("ActorKind is a choice");
        assert_eq!(kind.find("ELY-keskus"), kind.find("ely_centre"));
        assert_eq!(kind.find("NTM-central"), kind.find("ely_centre"));
        assert!(kind.find("ely keskuss").is_none());
        assert_eq!(
            <crate::model::ActorKind as Choice>::find("Ely-Keskus"),
            Some(crate::model::ActorKind::ElyCentre)
        );
    }

    #[test]
    fn every_description_is_written() {
        for vocabulary in ALL {
            for value in vocabulary.values {
                assert!(
                    !value.description().is_empty(),
                    "{}::{} has no doc comment",
                    vocabulary.name,
                    value.key
                );
            }
        }
    }

    #[test]
    fn selectors_are_fluent_names() {
        assert_eq!(
            selector("early_childhood_education"),
            "early_childhood_education"
        );
        assert_eq!(selector("681/2023"), "k681-2023");
    }
}
