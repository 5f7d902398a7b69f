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

/// A language of output. Plans may be written with Finnish, Swedish or English keys and
/// values regardless of this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fi,
    Sv,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Sv];

    /// The ISO 639-1 code, also the directory under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
        }
    }

    /// `fi`, `sv`, `en` (also `suomi`, `svenska`, `english` and their English names), any case.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fi" | "fin" | "suomi" | "finnish" | "finska" => Some(Lang::Fi),
            "sv" | "swe" | "svenska" | "swedish" | "ruotsi" => Some(Lang::Sv),
            "en" | "eng" | "english" | "englanti" | "engelska" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a POSIX locale name asks for (`fi_FI.UTF-8` → fi, `sv_FI` → sv,
    /// `en_GB` → en); `C`, `POSIX` and other languages ask for none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
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
/// message shows it: in the reader's language, and for Finnish and Swedish in the spelling
/// the plan format accepts, so a plan written in Finnish reads back its own words. Each type
/// has one catalogue entry (`locales/*/terms.ftl`) selecting on the value's key.
pub trait Term: Serialize {
    /// The catalogue entry naming this type's values, e.g. `term-population-group`.
    const MESSAGE: &'static str;

    fn term(&self) -> Message {
        let key = match serde_json::to_value(self) {
            Ok(serde_json::Value::String(key)) => key,
            _ => String::new(),
        };
        Message::new(Self::MESSAGE).arg("key", key)
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
    let bundle = catalogue().bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Declares the catalogue's files once: their names ([`FILES`]) and their text compiled in
/// for each language ([`sources`]), so the two cannot disagree.
macro_rules! catalogue_files {
    ($($file:literal),* $(,)?) => {
        /// The `.ftl` files, the same names in every language's directory.
        pub const FILES: &[&str] = &[$($file),*];

        /// The catalogue's source text for a language, file by file in [`FILES`] order (for
        /// the completeness test).
        pub fn sources(lang: Lang) -> Vec<&'static str> {
            match lang {
                Lang::En => vec![$(include_str!(concat!("../locales/en/", $file, ".ftl"))),*],
                Lang::Fi => vec![$(include_str!(concat!("../locales/fi/", $file, ".ftl"))),*],
                Lang::Sv => vec![$(include_str!(concat!("../locales/sv/", $file, ".ftl"))),*],
            }
        }
    };
}

catalogue_files!(
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
    "lsp",
    "fields",
);

struct Catalogue {
    bundles: [FluentBundle<FluentResource>; 3],
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue {
        bundles: Lang::ALL.map(bundle),
    })
}

/// A language's bundle. A file that does not parse keeps the entries that do (the
/// completeness test fails on it); without isolation marks, since output goes to terminals
/// and files, not to bidirectional web pages.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for source in sources(lang) {
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Duplicate ids are reported by the completeness test; the first one wins here.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Catalogue {
    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::En => &self.bundles[0],
            Lang::Fi => &self.bundles[1],
            Lang::Sv => &self.bundles[2],
        }
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
        for lang in [lang, Lang::En] {
            let bundle = self.bundle(lang);
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
        for lang in [lang, Lang::En] {
            let bundle = self.bundle(lang);
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
        use Lang::*;
        assert_eq!(Lang::choose(Some(Sv), Some(Fi), Some(En), Some(Fi)), Sv);
        assert_eq!(Lang::choose(None, Some(Fi), Some(Sv), Some(En)), Fi);
        assert_eq!(Lang::choose(None, None, Some(Sv), Some(Fi)), Sv);
        assert_eq!(Lang::choose(None, None, None, Some(Fi)), Fi);
        assert_eq!(Lang::choose(None, None, None, None), En);
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
    fn an_unknown_id_renders_as_itself() {
        assert_eq!(Message::new("no-such-id").render(Lang::Fi), "no-such-id");
    }
}
