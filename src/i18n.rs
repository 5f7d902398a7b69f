//! The languages goodrel speaks (Finnish, Swedish, English) and the one catalogue of what it
//! says in them. Every text a person reads — finding messages, rule texts, views, scaffold
//! comments — is a [`Message`]: a catalogue id and its arguments, rendered in the reader's
//! language only when output is written. The catalogue is Project Fluent (`locales/<lang>/
//! *.ftl`, the format of rustc's translatable diagnostics), compiled into the binary; the
//! test `tests/i18n.rs` checks that every id exists in all three languages with the same
//! arguments. Kept low in the tree, beside [`crate::finding`], so every stage can speak.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

/// A language of output: a row of [`LANGUAGES`]. Plans may be written with Finnish, Swedish or
/// English keys and values regardless of this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

/// How a language writes a date in its sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `2023-02-20`.
    Iso,
    /// `20.2.2023`, as Finnish and Swedish are written in Finland.
    DayMonthYear,
}

/// One language goodrel speaks: everything about it except the catalogue's text, which is in
/// `locales/<code>/`. A fourth language is one row here and one folder there.
#[derive(Debug)]
pub struct Language {
    /// ISO 639-1 code: `--lang`, `lang` in goodrel.toml, `official_languages`, and the
    /// catalogue folder `locales/<code>/`.
    pub code: &'static str,
    /// The language's name in English, for messages and docs.
    pub name: &'static str,
    /// Other names that ask for it on the command line and in the configuration, any case
    /// (its own name, and its name in the other languages).
    pub names: &'static [&'static str],
    /// The language part of a POSIX locale that asks for it (`fi` of `fi_FI.UTF-8`).
    pub locales: &'static [&'static str],
    /// How its sentences write dates.
    pub dates: DateStyle,
    /// Its decimal mark (`,` in Finnish and Swedish).
    pub decimal: char,
    /// The BCP 47 tag of its hyphenation patterns (the `hyphenation` crate's), which terminal
    /// tables break long words with.
    pub hyphenation: &'static str,
    /// The catalogue's source text, file by file in [`FILES`] order, compiled in.
    pub sources: &'static [&'static str],
}

/// One language's catalogue files, compiled in.
macro_rules! sources {
    ($code:literal, [$($file:literal),* $(,)?]) => {
        &[$(include_str!(concat!("../locales/", $code, "/", $file, ".ftl"))),*]
    };
}

/// Declares the catalogue's files once and the table of languages, each row's sources read
/// from its own folder, so the file list, the folders and the table cannot disagree.
macro_rules! languages {
    (files: $files:tt, $($code:literal => {
        name: $name:literal,
        names: [$($alias:literal),* $(,)?],
        locales: [$($locale:literal),* $(,)?],
        dates: $dates:ident,
        decimal: $decimal:literal,
        hyphenation: $hyphenation:literal $(,)?
    }),* $(,)?) => {
        /// The `.ftl` files, the same names in every language's folder.
        pub const FILES: &[&str] = &$files;

        /// The languages goodrel speaks; the first is the fallback of every message.
        pub const LANGUAGES: &[Language] = &[$(Language {
            code: $code,
            name: $name,
            names: &[$($alias),*],
            locales: &[$($locale),*],
            dates: DateStyle::$dates,
            decimal: $decimal,
            hyphenation: $hyphenation,
            sources: sources!($code, $files),
        }),*];
    };
}

languages! {
    files: [
        "core",
        "sources",
        "terms",
        "rules-format",
        "rules-integration-act",
        "rules-governance",
        "rules-good-relations",
        "rules-participation",
        "rules-pyramid",
        "loader",
        "views-pyramid",
        "views-governance",
        "views-checklist",
        "init",
        "report",
        "format",
        "lsp",
        "fields",
        "diff",
    ],
    "en" => {
        name: "English",
        names: ["eng", "english", "englanti", "engelska"],
        locales: ["en"],
        dates: Iso,
        decimal: '.',
        hyphenation: "en-us",
    },
    "fi" => {
        name: "Finnish",
        names: ["fin", "suomi", "finnish", "finska"],
        locales: ["fi"],
        dates: DayMonthYear,
        decimal: ',',
        hyphenation: "fi",
    },
    "sv" => {
        name: "Swedish",
        names: ["swe", "svenska", "swedish", "ruotsi"],
        locales: ["sv"],
        dates: DayMonthYear,
        decimal: ',',
        hyphenation: "sv",
    },
}

#[allow(non_upper_case_globals)]
impl Lang {
    /// English, the fallback of every message.
    pub const En: Lang = Lang(0);
    pub const Fi: Lang = Lang(1);
    pub const Sv: Lang = Lang(2);

    /// Every language of [`LANGUAGES`], in its order.
    pub const ALL: [Lang; LANGUAGES.len()] = {
        let mut all = [Lang(0); LANGUAGES.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = Lang(i as u8);
            i += 1;
        }
        all
    };

    /// The language's row of [`LANGUAGES`].
    pub fn row(self) -> &'static Language {
        LANGUAGES.get(usize::from(self.0)).unwrap_or(&LANGUAGES[0])
    }

    /// The ISO 639-1 code, also the folder under `locales/`.
    pub fn code(self) -> &'static str {
        self.row().code
    }

    /// The language with this ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// `fi`, `sv`, `en`, or another of a language's [`Language::names`], any case.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s || l.row().names.contains(&s.as_str()))
    }

    /// The language a POSIX locale name asks for (`fi_FI.UTF-8` → fi, `sv_FI` → sv,
    /// `en_GB` → en); `C`, `POSIX` and other languages ask for none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.row().locales.contains(&language.as_str()))
    }

    /// The language the environment's locale asks for. As POSIX has it, the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides — so `LC_ALL=C`
    /// asks for no language even when `LANG` says Finnish.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| var(k))
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_locale(&v))
    }

    /// The output language of a run, in the documented order: `--lang`, then `lang` in
    /// goodrel.toml, then the locale, then the plan's first official language, else English.
    pub fn choose(
        flag: Option<Lang>,
        config: Option<Lang>,
        locale: Option<Lang>,
        plan: Option<Lang>,
    ) -> Lang {
        flag.or(config).or(locale).or(plan).unwrap_or_default()
    }

    /// A date as this language's sentences write it: `2023-02-20` in English, `20.2.2023` in
    /// Finnish and Swedish.
    pub fn date(self, year: i32, month: u32, day: u32) -> String {
        match self.row().dates {
            DateStyle::Iso => format!("{year:04}-{month:02}-{day:02}"),
            DateStyle::DayMonthYear => format!("{day}.{month}.{year}"),
        }
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The most items of a list a message names; the rest are counted ("… and 212417 more"),
/// as a rule past [`crate::finding::FOLD_CAP`] findings folds the rest, so that one sentence
/// about 212,467 measures stays a sentence.
pub const LIST_SHOWN: usize = 50;

/// The most characters of one text a message quotes, then "…": a 3 MB title quoted whole
/// made the text output of a plan 57 MB. The place of the finding leads to the full value.
pub const TEXT_SHOWN: usize = 1000;

/// A value a message is given: text shown as is (plan values, ids, paths), a number (which
/// also selects plural forms), another message rendered in the same language first, or a
/// list of them joined by commas.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A calendar date, written as the reader's language writes dates (20.2.2023 in Finnish
    /// and Swedish, 2023-02-20 in English).
    Date {
        year: i32,
        month: u32,
        day: u32,
    },
    Message(Message),
    List(Vec<Arg>),
}

impl Arg {
    fn render(&self, lang: Lang) -> Cow<'_, str> {
        match self {
            Arg::Text(s) => match s.char_indices().nth(TEXT_SHOWN) {
                Some((cut, _)) => Cow::Owned(format!("{}…", &s[..cut])),
                None => Cow::Borrowed(s),
            },
            Arg::Number(n) => Cow::Owned(n.to_string()),
            Arg::Date { year, month, day } => Cow::Owned(lang.date(*year, *month, *day)),
            Arg::Message(m) => Cow::Owned(m.render(lang)),
            Arg::List(items) => {
                let mut out = items
                    .iter()
                    .take(LIST_SHOWN)
                    .map(|a| a.render(lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                if items.len() > LIST_SHOWN {
                    out.push_str(
                        &crate::msg!("list-more", rest = items.len() - LIST_SHOWN).render(lang),
                    );
                }
                Cow::Owned(out)
            }
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(m)
    }
}

impl From<Vec<Message>> for Arg {
    fn from(items: Vec<Message>) -> Self {
        Arg::List(items.into_iter().map(Arg::Message).collect())
    }
}

impl From<Vec<Arg>> for Arg {
    fn from(items: Vec<Arg>) -> Self {
        Arg::List(items)
    }
}

impl From<Vec<String>> for Arg {
    fn from(items: Vec<String>) -> Self {
        Arg::List(items.into_iter().map(Arg::Text).collect())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

/// Something goodrel says: a catalogue id and its named arguments, rendered in a language
/// only when output is written (so JSON, SARIF and text of one run say the same thing).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        catalogue().format(lang, self)
    }

    pub fn english(&self) -> String {
        self.render(Lang::En)
    }
}

/// English, for logs, tests and `{}` in code that has no reader's language.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// `msg!("id")` or `msg!("id", name = value, count = n)`: a [`Message`] with its arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// A value of one of the plan format's choices (a target group, a sector, an area ...) as a
/// message shows it: in the reader's language, in the official term of that language, so a
/// plan written in Finnish reads back its own words. Each type has two catalogue entries
/// (`locales/*/terms.ftl`, generated from the type's vocabulary in `model/choices.rs`)
/// selecting on the value's key.
pub trait Term {
    /// The catalogue entry naming this type's values, e.g. `term-population-group`.
    const MESSAGE: &'static str;
    /// The catalogue entry naming a value as the reader types it: the term, and the key
    /// after it where they differ.
    const WRITTEN: &'static str;

    /// The canonical key plans write and JSON keeps (`all_residents`).
    fn key(&self) -> &'static str;

    fn term(&self) -> Message {
        Message::new(Self::MESSAGE).arg("key", crate::model::vocabulary::selector(self.key()))
    }

    /// The value as the reader types it, e.g. for a fix: `alla invånare (all_residents)`.
    fn written(&self) -> Message {
        Message::new(Self::WRITTEN).arg("key", crate::model::vocabulary::selector(self.key()))
    }
}

/// A text of the catalogue without arguments, e.g. a heading.
pub fn text(lang: Lang, id: &'static str) -> String {
    Message::new(id).render(lang)
}

/// An attribute of a catalogue entry (`IA002.rationale`), e.g. a rule's texts.
pub fn attribute(lang: Lang, id: &str, attribute: &str) -> String {
    catalogue().attribute(lang, id, attribute)
}

/// The entry `id` (an id made at run time, e.g. a field's description) in `lang` itself,
/// without falling back to English: `None` when that language has no such entry.
pub fn entry(lang: Lang, id: &str) -> Option<String> {
    let bundle = catalogue().bundle(lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// The catalogue's source text for a language, file by file in [`FILES`] order (for the
/// completeness test).
pub fn sources(lang: Lang) -> Vec<&'static str> {
    lang.row().sources.to_vec()
}

/// A choice value's key as a plan in `lang` writes it: its official term in Finnish or
/// Swedish, the key in English (or where no term is given). `of` names the choice type
/// (`ParticipationForm`); without it, the first type with the key.
pub fn value_as_written(key: &str, of: Option<&str>, lang: Lang) -> String {
    if lang == Lang::En {
        return key.to_owned();
    }
    crate::model::choices::ALL
        .iter()
        .filter(|vocabulary| of.is_none_or(|of| vocabulary.name == of))
        .find_map(|vocabulary| vocabulary.term_of(key, lang))
        .unwrap_or(key)
        .to_owned()
}

struct Catalogue {
    /// One bundle per row of [`LANGUAGES`].
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue {
        bundles: Lang::ALL.into_iter().map(bundle).collect(),
    })
}

/// A language's bundle. A file that does not parse keeps the entries that do (the
/// completeness test fails on it); without isolation marks, since output goes to terminals
/// and files, not to bidirectional web pages.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    // `{ VALUE("young_people") }`: a value of the plan format as the reader writes it in a
    // plan ("nuoret", "unga"; the key itself in English), so that a hint in Finnish or
    // Swedish never asks for an English key the loader would also take in the reader's words.
    // `of: "ParticipationForm"` names the choice type where a key is a value of several.
    let _ = bundle.add_function("VALUE", move |positional, named| {
        let of = match named.get("of") {
            Some(FluentValue::String(of)) => Some(of.to_string()),
            _ => None,
        };
        match positional.first() {
            Some(FluentValue::String(key)) => {
                FluentValue::from(value_as_written(key, of.as_deref(), lang))
            }
            _ => FluentValue::Error,
        }
    });
    for source in lang.row().sources {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Duplicate ids are reported by the completeness test; the first one wins here.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Catalogue {
    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.get(usize::from(lang.0))
    }

    /// The message in `lang`, else in English, else its id (never empty, never a panic:
    /// the completeness test keeps both fallbacks unused).
    fn format(&self, lang: Lang, message: &Message) -> String {
        let args = (!message.args.is_empty()).then(|| {
            let mut args = FluentArgs::with_capacity(message.args.len());
            for (name, value) in &message.args {
                let value = match value {
                    Arg::Number(n) => FluentValue::from(*n),
                    other => FluentValue::from(other.render(lang).into_owned()),
                };
                args.set(*name, value);
            }
            args
        });
        for bundle in [lang, Lang::En].into_iter().filter_map(|l| self.bundle(l)) {
            if let Some(pattern) = bundle.get_message(message.id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args.as_ref(), &mut errors)
                    .into_owned();
            }
        }
        message.id.to_owned()
    }

    fn attribute(&self, lang: Lang, id: &str, attribute: &str) -> String {
        for bundle in [lang, Lang::En].into_iter().filter_map(|l| self.bundle(l)) {
            if let Some(pattern) = bundle
                .get_message(id)
                .and_then(|m| m.get_attribute(attribute))
                .map(|a| a.value())
            {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned();
            }
        }
        format!("{id}.{attribute}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_quoted_up_to_its_first_thousand_characters() {
        let long = "ä".repeat(TEXT_SHOWN + 1);
        let quoted = msg!("verbatim", text = long.as_str()).render(Lang::En);
        assert_eq!(quoted, format!("{}…", "ä".repeat(TEXT_SHOWN)));
        let fits = "ä".repeat(TEXT_SHOWN);
        assert_eq!(
            msg!("verbatim", text = fits.as_str()).render(Lang::En),
            fits
        );
    }

    #[test]
    fn a_long_list_names_the_first_items_and_counts_the_rest() {
        let items: Vec<String> = (0..LIST_SHOWN + 3).map(|i| format!("M{i}")).collect();
        let m = msg!("verbatim", text = Arg::from(items));
        let en = m.render(Lang::En);
        assert!(en.starts_with("M0, M1, "), "{en}");
        assert!(
            en.ends_with(&format!("M{} and 3 more", LIST_SHOWN - 1)),
            "{en}"
        );
        assert!(m.render(Lang::Fi).ends_with(" ja 3 muuta"));
        assert!(m.render(Lang::Sv).ends_with(" och 3 till"));
        let short: Vec<String> = (0..LIST_SHOWN).map(|i| format!("M{i}")).collect();
        let all = msg!("verbatim", text = Arg::from(short)).render(Lang::En);
        assert!(all.ends_with(&format!("M{}", LIST_SHOWN - 1)), "{all}");
    }

    #[test]
    fn the_locale_decides_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(name, _)| *name == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            Lang::from_env(env(&[("LANG", "fi_FI.UTF-8")])),
            Some(Lang::Fi)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "sv_FI.UTF-8")])),
            Some(Lang::Sv)
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "C"), ("LANG", "fi_FI.UTF-8")])),
            None
        );
        assert_eq!(
            Lang::from_env(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "sv_SE"),
                ("LANG", "fi")
            ])),
            Some(Lang::Sv)
        );
        assert_eq!(Lang::from_env(env(&[])), None);
    }

    #[test]
    fn the_flag_wins_then_config_then_locale_then_plan() {
        let (en, fi, sv) = (Lang::En, Lang::Fi, Lang::Sv);
        assert_eq!(Lang::choose(Some(sv), Some(fi), Some(en), Some(fi)), sv);
        assert_eq!(Lang::choose(None, Some(fi), Some(sv), Some(en)), fi);
        assert_eq!(Lang::choose(None, None, Some(sv), Some(fi)), sv);
        assert_eq!(Lang::choose(None, None, None, Some(fi)), fi);
        assert_eq!(Lang::choose(None, None, None, None), en);
    }

    #[test]
    fn messages_render_with_arguments_and_plurals() {
        let m = msg!("summary-errors", count = 1usize);
        assert_eq!(m.render(Lang::En), "1 error");
        assert_eq!(
            msg!("summary-errors", count = 3usize).render(Lang::En),
            "3 errors"
        );
        assert_eq!(
            msg!("summary-errors", count = 3usize).render(Lang::Fi),
            "3 virhettä"
        );
        assert_eq!(
            msg!("summary-errors", count = 1usize).render(Lang::Sv),
            "1 fel"
        );
    }

    #[test]
    fn the_table_names_each_language_once() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(Lang::parse(&lang.code().to_uppercase()), Some(lang));
            assert_eq!(lang.row().sources.len(), FILES.len());
            for name in lang.row().names {
                assert_eq!(Lang::parse(name), Some(lang), "{name}");
            }
        }
        assert_eq!(Lang::parse("Svenska"), Some(Lang::Sv));
        assert_eq!(Lang::from_locale("fi_FI.UTF-8"), Some(Lang::Fi));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::Fi.date(2023, 2, 20), "20.2.2023");
        assert_eq!(Lang::En.date(2023, 2, 20), "2023-02-20");
    }

    #[test]
    fn an_unknown_id_renders_as_itself() {
        assert_eq!(Message::new("no-such-id").render(Lang::Fi), "no-such-id");
    }
}
