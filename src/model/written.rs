//! What counts as written: the one judgement of free text that every rule reading a name, a
//! description, a statement or a report's contents uses. A value that only stands in for
//! text (`x`, `-`, `TBD`, "lisätään myöhemmin", "se rapporten"), that names its own kind of
//! item or field ("Service", "Mittari 1", "kuvaus", its own id), or that is the same text
//! written for items it should tell apart (one slogan for every objective, one sentence for
//! all five contents of a report) is **not written**: the rule that needs the text judges it
//! as missing, and PLAN014 lists every such value once, with its place.
//!
//! The judgement reads words, not spelling: text is lower-cased and split at anything that
//! is not a letter or a digit, and the word lists hold Finnish, Swedish and English stems
//! (a stem matches its inflected forms, `palvelu` → `palvelun`, `palveluja`, but not a
//! compound such as `palveluohjaus`, which says more than the word for the kind of item).

use std::collections::HashMap;

use serde::Serialize;

use super::{Loc, Plan};
use crate::load::node::Seg;

/// Why a value does not count as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unwritten {
    /// Nothing but marks, or one letter or digit: `x`, `-`, `?`, `…`, `xxx`.
    Mark,
    /// A stand-in for text still to come or kept elsewhere: `TBD`, `TODO`, lorem ipsum, "to
    /// be added", "lisätään myöhemmin", "se rapporten för detaljer".
    Placeholder,
    /// Only words for the kind of item or field, or its own id or name: "Service",
    /// "Toimenpide 1", "Mätare", "kuvaus", a description repeating the item's name.
    Label,
    /// The same text written for several items it should tell apart, or for several
    /// contents of one report.
    Reused,
}

impl Unwritten {
    /// The stable key messages select on (`written-why`).
    pub fn key(self) -> &'static str {
        match self {
            Unwritten::Mark => "mark",
            Unwritten::Placeholder => "placeholder",
            Unwritten::Label => "label",
            Unwritten::Reused => "reused",
        }
    }
}

/// Words that, alone or together with each other, only say what kind of thing a value is:
/// stems in English, Finnish and Swedish, each matching its inflected forms (at most
/// [`INFLECTION`] more letters).
const GENERIC: &[&str] = &[
    // English
    "service",
    "measure",
    "action",
    "activit",
    "objective",
    "goal",
    "aim",
    "target",
    "indicator",
    "metric",
    "monitoring",
    "national",
    "state",
    "government",
    "kpi",
    "description",
    "text",
    "title",
    "name",
    "work",
    "task",
    "item",
    "example",
    "content",
    "thing",
    "entry",
    "value",
    "area",
    "plan",
    "programme",
    "program",
    "strategy",
    "document",
    "report",
    "link",
    "cooperation",
    "partner",
    // "Developing cooperation", "networks": what every measure does, not what one does.
    "develop",
    "development",
    "network",
    "networking",
    "something",
    "stuff",
    "misc",
    "general",
    "detail",
    "info",
    // Finnish
    "palvelu",
    "toimenpide",
    "toimenpite",
    "tavoite",
    "tavoitte",
    "päämäärä",
    "mittar",
    "seuranta",
    "kansallinen",
    "kansallise",
    "valtakunnallinen",
    "valtakunnallise",
    "valtio",
    "indikaattor",
    "kuvaus",
    "kuvauks",
    "teksti",
    "otsikko",
    "otsiko",
    "nimi",
    "nime",
    "työ",
    "tehtävä",
    "kohta",
    "kohda",
    "esimerkki",
    "esimerki",
    "sisältö",
    "asia",
    "jotain",
    "toiminta",
    "toiminna",
    "hanke",
    "hankke",
    "projekti",
    "alue",
    "aluee",
    "suunnitelma",
    "ohjelma",
    "strategia",
    "asiakirja",
    "dokumentti",
    "raportti",
    "linkki",
    "yhteistyö",
    "kumppani",
    "kehittämi",
    "kehittämistyö",
    "verkosto",
    "tieto",
    "tiedo",
    // Swedish
    "tjänst",
    "åtgärd",
    "mål",
    "indikator",
    "mätare",
    "uppföljning",
    "nationell",
    "stat",
    "mätetal",
    "beskrivning",
    "rubrik",
    "namn",
    "arbete",
    "uppgift",
    "punkt",
    "exempel",
    "innehåll",
    "verksamhet",
    "aktivitet",
    "projekt",
    "sak",
    "något",
    "område",
    "dokument",
    "rapport",
    "länk",
    "samarbete",
    "utveckling",
    "utvecklingsarbete",
    "nätverk",
];

/// Whom a programme's services are for, as descriptions name them without saying more.
const AUDIENCE: &[&str] = &[
    "immigrant",
    "immigrants",
    "client",
    "clients",
    "everyone",
    "all",
    "people",
    "residents",
    "maahanmuuttaja",
    "maahanmuuttajat",
    "maahanmuuttajille",
    "maahanmuuttajien",
    "asiakas",
    "asiakkaat",
    "asiakkaille",
    "kaikille",
    "kaikki",
    "kuntalaisille",
    "asukkaille",
    "invandrare",
    "invandrarna",
    "invandrarnas",
    "klient",
    "klienter",
    "klienterna",
    "alla",
    "invånare",
    "invånarna",
];

/// How many letters an inflected form may add to a stem of [`GENERIC`].
const INFLECTION: usize = 3;

/// Words that carry nothing by themselves: articles, conjunctions, "number".
const STOP: &[&str] = &[
    "the", "a", "an", "of", "for", "and", "or", "to", "in", "on", "with", "no", "nr", "number",
    "our", "new", "ja", "sekä", "tai", "nro", "numero", "uusi", "och", "eller", "av", "för",
    "till", "i", "på", "med", "nummer", "ny", "nytt",
];

/// Whole values that stand in for text, as lower-case words joined by single spaces.
const PLACEHOLDERS: &[&str] = &[
    // English
    "tbd",
    "tba",
    "tbc",
    "todo",
    "to do",
    "fixme",
    "n a",
    "na",
    "none",
    "nothing",
    "null",
    "nil",
    "pending",
    "later",
    "coming",
    "coming soon",
    "placeholder",
    "dummy",
    "test",
    "testing",
    "asdf",
    "qwerty",
    "foo",
    "bar",
    "foo bar",
    "xyz",
    "abc",
    "same as above",
    "as above",
    "see above",
    "ditto",
    "ibid",
    "unknown",
    "not known",
    "not applicable",
    "not yet",
    "open",
    "empty",
    "sample text",
    "example text",
    "text here",
    "insert text",
    "write here",
    "etc",
    // Finnish
    "lisätään",
    "täydennetään",
    "tarkennetaan",
    "täsmennetään",
    "myöhemmin",
    "tulossa",
    "kesken",
    "avoin",
    "puuttuu",
    "ei tiedossa",
    "ei tiedetä",
    "ei ole",
    "ei",
    "tyhjä",
    "kuten yllä",
    "kuten edellä",
    "sama kuin edellä",
    "sama kuin yllä",
    "katso yllä",
    "ks yllä",
    "esimerkkiteksti",
    "testi",
    "jne",
    // Swedish
    "läggs till",
    "kompletteras",
    "preciseras",
    "senare",
    "kommer",
    "kommer senare",
    "saknas",
    "ej känt",
    "okänt",
    "inget",
    "ingen",
    "tom",
    "se ovan",
    "som ovan",
    "samma som ovan",
    "exempeltext",
    "osv",
];

/// Phrases that put the text off or send the reader elsewhere; a short value holding one
/// ("Tavoite lisätään myöhemmin.", "Se rapporten för detaljer.") is a placeholder.
const DEFERRALS: &[&str] = &[
    // English
    "to be added",
    "to be defined",
    "to be decided",
    "to be confirmed",
    "to be specified",
    "to be written",
    "to be completed",
    "to be announced",
    "will be added",
    "will be defined",
    "will be specified",
    "will be written",
    "added later",
    "defined later",
    "specified later",
    "decided later",
    "see the report",
    "see report",
    "see the attachment",
    "see attachment",
    "see appendix",
    "see the appendix",
    "see separate",
    "lorem ipsum",
    "tbd",
    "todo",
    // Finnish
    "lisätään myöhemmin",
    "täydennetään",
    "tarkennetaan myöhemmin",
    "täsmennetään myöhemmin",
    "määritellään myöhemmin",
    "päätetään myöhemmin",
    "kirjataan myöhemmin",
    "kirjoitetaan myöhemmin",
    "sovitaan myöhemmin",
    "katso raportti",
    "katso raportista",
    "ks raportti",
    "katso liite",
    "ks liite",
    "katso erillinen",
    "ks erillinen",
    // Swedish
    "läggs till senare",
    "kompletteras",
    "fylls i senare",
    "preciseras senare",
    "bestäms senare",
    "definieras senare",
    "skrivs senare",
    "se rapporten",
    "se rapport",
    "se bilaga",
    "se bilagan",
    "se separat",
];

/// The most words a value holding a deferral may have and still be only a placeholder.
const DEFERRAL_WORDS: usize = 6;

/// The words of a text: lower-cased, split at everything that is not a letter or digit.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A text as the judgement compares it: its words joined by single spaces.
pub fn normalised(text: &str) -> String {
    words(text).join(" ")
}

/// Whether a word only names a kind of item: a stem of [`GENERIC`] in an inflected form, or
/// a compound of two of them (`seurantamittari`, `toimenpideohjelma`) — not a compound that
/// says more (`palveluohjaus`, `työllisyysaste`).
fn generic(word: &str) -> bool {
    let inflected = |w: &str| {
        GENERIC.iter().any(|stem| {
            w.starts_with(stem) && w.chars().count() <= stem.chars().count() + INFLECTION
        })
    };
    inflected(word)
        || GENERIC.iter().any(|stem| {
            word.strip_prefix(stem)
                .is_some_and(|rest| rest.chars().count() >= 3 && inflected(rest))
        })
}

/// Whether a word names nothing: a stop word, a number, a single letter or roman numeral, or
/// something shaped like an item id (`s1`, `o12`, `tp2`).
fn empty_word(word: &str) -> bool {
    STOP.contains(&word)
        || word.chars().all(|c| c.is_ascii_digit())
        || word.chars().count() == 1
        || matches!(word, "ii" | "iii" | "iv" | "vi" | "vii" | "viii" | "ix")
        || (word.chars().count() <= 4
            && word.chars().any(|c| c.is_ascii_digit())
            && word.chars().any(char::is_alphabetic))
}

/// Whether `phrase` stands in `joined` (words joined by single spaces) as whole words.
fn has_phrase(joined: &str, phrase: &str) -> bool {
    joined.match_indices(phrase).any(|(at, _)| {
        let before = joined[..at].chars().next_back();
        let after = joined[at + phrase.len()..].chars().next();
        before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
    })
}

/// Judges one value by itself. `own` are what the value must say more than: the item's id,
/// the field's name, the item's own name (for its description), the names of its areas (for
/// an objective's statement).
pub fn judge(text: &str, own: &[&str]) -> Option<Unwritten> {
    // A mark: at most one letter or digit, or up to eight of one repeated ("xxx"). Only the
    // first nine are looked at: the judgement runs on every value of every plan.
    let (mut count, mut first, mut same) = (0usize, None, true);
    for c in text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
    {
        count += 1;
        same &= *first.get_or_insert(c) == c;
        if count > 8 {
            break;
        }
    }
    if count <= 1 || (count <= 8 && same) {
        return Some(Unwritten::Mark);
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    if PLACEHOLDERS.contains(&joined.as_str())
        || joined.starts_with("lorem ipsum")
        || (words.len() <= DEFERRAL_WORDS && DEFERRALS.iter().any(|d| has_phrase(&joined, d)))
    {
        return Some(Unwritten::Placeholder);
    }
    let own: Vec<String> = own
        .iter()
        .map(|o| normalised(o))
        .filter(|o| !o.is_empty())
        .collect();
    if own.contains(&joined) {
        return Some(Unwritten::Label);
    }
    // An id or a field's name is taken out wherever it stands; a name of several words (an
    // area's, a service's) only counts as the whole text.
    let own_words: Vec<&str> = own
        .iter()
        .filter(|o| !o.contains(' '))
        .map(String::as_str)
        .collect();
    if words
        .iter()
        .filter(|w| !empty_word(w) && !own_words.contains(w))
        .all(|w| generic(w))
    {
        return Some(Unwritten::Label);
    }
    None
}

/// Whether a written text is at least a short sentence: three words and fifteen letters or
/// digits. A description or a report's content needs that much to say anything.
pub fn is_sentence(text: &str) -> bool {
    text.split_whitespace().count() >= 3
        && text.chars().filter(|c| c.is_alphanumeric()).count() >= 15
}

/// One value of the plan that does not count as written.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The item holding it.
    pub item: Loc,
    /// The field below the item (`description`, `contents.effectiveness`).
    pub field: Vec<Seg>,
    /// The value as the plan writes it.
    pub text: String,
    pub why: Unwritten,
}

impl Entry {
    /// The field as a dotted name (`contents.effectiveness`).
    pub fn field_name(&self) -> String {
        self.field
            .iter()
            .filter_map(|s| match s {
                Seg::Key(k) => Some(k.as_str()),
                Seg::Index(_) => None,
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}

/// The plan's free texts judged once: every value that does not count as written, in the
/// order of the plan's sections and items.
#[derive(Debug, Default)]
pub struct Writing {
    entries: Vec<Entry>,
    /// (item label, dotted field) → index into `entries`.
    index: HashMap<(String, String), usize>,
}

/// The fields [`Writing`] judges, as the rules that read them declare them.
pub const WRITING_READS: &[&str] = &[
    "municipality",
    "services",
    "objectives",
    "measures",
    "indicators",
    "links",
    "reports",
    "municipality.vision",
    "services.name",
    "services.description",
    "objectives.statement",
    "objectives.area",
    "objectives.national_objective",
    "measures.title",
    "measures.description",
    "indicators.name",
    "links.title",
    "links.mainstreaming",
    "reports.contents",
];

impl Writing {
    /// Judges the plan's free texts.
    pub fn of(plan: &Plan) -> Writing {
        let mut w = Writing::default();
        if let Some(m) = &plan.municipality {
            if let Some(v) = &m.vision {
                w.judge(&m.loc, &["vision"], v, &[]);
            }
            if let Some(g) = &m.good_relations {
                w.judge(
                    &m.loc,
                    &["good_relations", "definition"],
                    &g.definition,
                    &[],
                );
            }
            if let Some(s) = m.situation.as_ref().and_then(|s| s.summary.as_ref()) {
                w.judge(&m.loc, &["situation", "summary"], s, &[]);
            }
        }
        for s in &plan.services {
            w.judge(&s.loc, &["name"], &s.name, &[&s.id]);
            if let Some(d) = &s.description {
                // A description says more than the service's name, its component and whom
                // services are for: "Civic orientation for immigrants" describes nothing.
                let mut own: Vec<String> = vec![s.id.clone(), s.name.clone()];
                own.extend(words(&s.name));
                if let Some(c) = s.component {
                    for lang in crate::i18n::Lang::ALL {
                        own.extend(words(&c.name().render(lang)));
                    }
                }
                own.extend(AUDIENCE.iter().map(|w| (*w).to_owned()));
                let own: Vec<&str> = own.iter().map(String::as_str).collect();
                w.judge(&s.loc, &["description"], d, &own);
            }
        }
        w.reused(plan.services.iter().filter_map(|s| {
            s.description
                .as_deref()
                .map(|d| (&s.loc, vec!["description"], d))
        }));
        for o in &plan.objectives {
            let mut own: Vec<String> = vec![o.id.clone(), "statement".to_owned()];
            for area in o.area.iter() {
                own.extend(area.names());
            }
            let own: Vec<&str> = own.iter().map(String::as_str).collect();
            w.judge(&o.loc, &["statement"], &o.statement, &own);
            if let Some(n) = &o.national_objective {
                w.judge(&o.loc, &["national_objective"], n, &[&o.id]);
            }
        }
        w.reused(
            plan.objectives
                .iter()
                .map(|o| (&o.loc, vec!["statement"], o.statement.as_str())),
        );
        for m in &plan.measures {
            w.judge(&m.loc, &["title"], &m.title, &[&m.id]);
            if let Some(d) = &m.description {
                w.judge(&m.loc, &["description"], d, &[&m.id, &m.title]);
            }
        }
        // A title shared by measures is boilerplate unless the measure's own description,
        // written, tells it apart from the others of that title.
        let description = |m: &super::Measure| {
            m.description
                .as_deref()
                .filter(|d| judge(d, &[&m.id, &m.title]).is_none())
                .map(normalised)
        };
        let mut titles: HashMap<String, Vec<&super::Item<super::Measure>>> = HashMap::new();
        for m in &plan.measures {
            titles.entry(normalised(&m.title)).or_default().push(m);
        }
        let shared: Vec<_> = plan
            .measures
            .iter()
            .filter(|m| {
                let same = &titles[&normalised(&m.title)];
                if same.len() < 2 {
                    return false;
                }
                let own = description(m);
                own.is_none() || same.iter().filter(|x| description(x) == own).count() > 1
            })
            .map(|m| (&m.loc, vec!["title"], m.title.as_str()))
            .collect();
        w.mark_reused(shared);
        w.reused(plan.measures.iter().filter_map(|m| {
            m.description
                .as_deref()
                .map(|d| (&m.loc, vec!["description"], d))
        }));
        for i in &plan.indicators {
            w.judge(&i.loc, &["name"], &i.name, &[&i.id]);
        }
        for l in &plan.links {
            w.judge(&l.loc, &["title"], &l.title, &[&l.id]);
            if let Some(t) = &l.mainstreaming {
                w.judge(&l.loc, &["mainstreaming"], t, &[&l.id, &l.title]);
            }
        }
        for r in &plan.reports {
            let contents = r.contents.named();
            for (key, text) in &contents {
                if let Some(t) = text {
                    w.judge(&r.loc, &["contents", key], t, &[key]);
                }
            }
            w.reused(
                contents
                    .iter()
                    .filter_map(|(key, t)| t.map(|t| (&r.loc, vec!["contents", *key], t))),
            );
        }
        w
    }

    fn push(&mut self, item: &Loc, field: &[&str], text: &str, why: Unwritten) {
        let key = (item.label.clone(), field.join("."));
        if self.index.contains_key(&key) {
            return;
        }
        self.index.insert(key, self.entries.len());
        self.entries.push(Entry {
            item: item.clone(),
            field: field.iter().map(|f| Seg::Key((*f).to_owned())).collect(),
            text: text.to_owned(),
            why,
        });
    }

    fn judge(&mut self, item: &Loc, field: &[&str], text: &str, own: &[&str]) {
        if let Some(why) = judge(text, own) {
            self.push(item, field, text, why);
        }
    }

    /// Marks as reused every value written the same way more than once among `values`
    /// (values already judged by themselves keep that judgement).
    fn reused<'a>(&mut self, values: impl Iterator<Item = (&'a Loc, Vec<&'a str>, &'a str)>) {
        // Each value normalised once.
        let values: Vec<_> = values.map(|v| (normalised(v.2), v)).collect();
        let mut count: HashMap<&str, usize> = HashMap::new();
        for (key, _) in &values {
            *count.entry(key.as_str()).or_default() += 1;
        }
        let shared: Vec<_> = values
            .iter()
            .filter(|(key, _)| count[key.as_str()] > 1)
            .map(|(_, v)| v.clone())
            .collect();
        self.mark_reused(shared);
    }

    fn mark_reused<'a>(&mut self, values: Vec<(&'a Loc, Vec<&'a str>, &'a str)>) {
        for (loc, field, text) in values {
            if normalised(text).is_empty() {
                continue;
            }
            self.push(loc, &field, text, Unwritten::Reused);
        }
    }

    /// Why the value of `field` (dotted) of the item at `loc` does not count as written;
    /// `None` when it does, or when the plan does not give it.
    pub fn why(&self, loc: &Loc, field: &str) -> Option<Unwritten> {
        self.index
            .get(&(loc.label.clone(), field.to_owned()))
            .map(|&i| self.entries[i].why)
    }

    /// Whether the item's `field` is given and counts as written.
    pub fn written(&self, loc: &Loc, field: &str, value: Option<&str>) -> bool {
        value.is_some_and(|v| !v.trim().is_empty()) && self.why(loc, field).is_none()
    }

    /// Every value that does not count as written.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_placeholders_in_three_languages() {
        for mark in ["x", "-", "?", "…", "...", "xxx", "1", " ", "x."] {
            assert_eq!(judge(mark, &[]), Some(Unwritten::Mark), "{mark:?}");
        }
        for p in [
            "TBD",
            "To be added.",
            "Lorem ipsum dolor sit amet",
            "Lisätään myöhemmin.",
            "Tavoite lisätään myöhemmin.",
            "Täydennetään",
            "Läggs till senare",
            "Se rapporten för detaljer.",
            "See the report for details.",
            "Katso raportti.",
            "N/A",
            "Samma som ovan",
        ] {
            assert_eq!(judge(p, &[]), Some(Unwritten::Placeholder), "{p:?}");
        }
    }

    #[test]
    fn words_for_the_kind_of_item_are_labels() {
        for l in [
            "Service",
            "Palvelu 1",
            "Toimenpide",
            "Work",
            "Arbete",
            "Mätare",
            "Mittari",
            "Indicator",
            "Objective for area 2",
            "Palvelun kuvaus",
            "Service description",
            "Åtgärd B",
            "Kansallinen tavoite",
            "National objective",
            "Statens mål",
            // What every measure does, not what one does.
            "Yhteistyön kehittäminen",
            "Kehittämistyö ja verkostot",
            "Network development",
            "Utvecklingsarbete och nätverk",
        ] {
            assert_eq!(judge(l, &[]), Some(Unwritten::Label), "{l:?}");
        }
        // Development of something named is a measure.
        for l in [
            "Kielitaidon kehittäminen",
            "Developing the library's services for newcomers",
        ] {
            assert_eq!(judge(l, &[]), None, "{l:?}");
        }
        // Its own id, field or name.
        assert_eq!(judge("S1", &["S1"]), Some(Unwritten::Label));
        assert_eq!(judge("kuvaus", &["description"]), Some(Unwritten::Label));
        assert_eq!(
            judge("Kotoutumiskoulutus", &["S4", "Kotoutumiskoulutus"]),
            Some(Unwritten::Label)
        );
        assert_eq!(
            judge("Hyvät väestösuhteet", &["O5", "hyvät väestösuhteet"]),
            Some(Unwritten::Label)
        );
        // A word of a longer name is not taken out of a real statement.
        assert_eq!(
            judge(
                "Work and relations",
                &["O1", "good relations between population groups"]
            ),
            None
        );
    }

    #[test]
    fn a_description_says_more_than_the_name_and_the_audience() {
        let own = [
            "S3",
            "Civic orientation",
            "civic",
            "orientation",
            "immigrants",
        ];
        assert_eq!(
            judge("Civic orientation for immigrants.", &own),
            Some(Unwritten::Label)
        );
        assert_eq!(
            judge(
                "Twenty hours on work, housing and rights in eight languages.",
                &own
            ),
            None
        );
        assert_eq!(judge("Seurantamittari", &[]), Some(Unwritten::Label));
        assert_eq!(judge("Asiakastyytyväisyys", &[]), None);
    }

    #[test]
    fn real_text_is_written() {
        for t in [
            "Kielikahvila",
            "Palveluohjaus",
            "Työllisyysaste",
            "Employment rate of immigrants aged 20-64",
            "Integrationsprogram",
            "Valtion kotoutumisohjelma",
            "National Integration Programme",
            "VALKO",
            "Ohjaus ja neuvonta",
            "Muut palvelut",
            "Language café in three libraries",
            "Yhteiskuntaorientaatio",
            "Kuntastrategia",
        ] {
            assert_eq!(judge(t, &[]), None, "{t:?}");
        }
    }
}
