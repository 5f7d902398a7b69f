//! The keyword vocabulary that places a measure by its words, in English, Finnish and Swedish.
//!
//! The table is a `static`, compiled into the program; an index of it by first letter is built
//! once, on first use, and matching allocates nothing. Text is first normalised by [`normalise`] into lowercase words separated by single
//! spaces, with a space at each end (`" naapurustosovittelu alkaa "`). A pattern then
//! matches as a plain substring would (one pass over the text finds every term):
//!
//! - a pattern that starts with a space must start a word (`" mediat"` matches "mediation"
//!   and "mediator" but not "intermediate"; English words are matched this way);
//! - a pattern without a leading space may sit anywhere inside a word, which catches Finnish
//!   and Swedish compounds and inflection (`"sovittel"` matches "sovittelu", "sovittelun" and
//!   "naapurustosovittelu"; `"medling"` matches "grannmedling");
//! - a trailing space makes the pattern end a word (`" roma "`).
//!
//! A *strong* term names what the measure does so specifically that it outranks the
//! measure's target groups and sector (mediation, hate crime, dialogue, racism,
//! mainstreaming); a *weak* term is a hint used only when nothing structured places the
//! measure. Words that in everyday Finnish and Swedish service language also mean "customer
//! service" or "meeting" (kohtaaminen, möte) are weak for that reason.

use std::sync::OnceLock;

use super::{Level, Subarea};

/// The language a term belongs to (for docs/pyramid.md and the tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fi,
    Sv,
    /// A stem Finnish and Swedish share (konflikt, rasism).
    FiSv,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::FiSv => "fi, sv",
        }
    }
}

/// One entry of the vocabulary.
#[derive(Debug)]
pub struct Term {
    /// The search pattern in normalised text (see the module documentation).
    pub pattern: &'static str,
    /// The word as shown in a placement's reason.
    pub word: &'static str,
    pub lang: Lang,
    pub level: Level,
    /// For top-level terms: which of the top level's sub-areas the word points to.
    pub subarea: Option<Subarea>,
    pub weight: Weight,
}

/// How much a term says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Names what the measure does so specifically that it outranks target groups and sector.
    Strong,
    /// A hint used after the structured fields (target groups), before the sector.
    Weak,
    /// A word that in everyday service language also means an ordinary meeting or customer
    /// service (kohtaaminen, möte): used only after the sector.
    Hint,
}

impl Term {
    pub fn is_strong(&self) -> bool {
        self.weight == Weight::Strong
    }
}

const fn t(
    pattern: &'static str,
    word: &'static str,
    lang: Lang,
    level: Level,
    subarea: Option<Subarea>,
    weight: Weight,
) -> Term {
    Term {
        pattern,
        word,
        lang,
        level,
        subarea,
        weight,
    }
}

use Lang::{En, Fi, FiSv, Sv};
use Level::{Base, Middle, Top};
use Subarea::{CommunitySupport, Dialogue, Encounters, HateCrimeResponse, Mediation};

const S: Weight = Weight::Strong;
const W: Weight = Weight::Weak;
const H: Weight = Weight::Hint;
const ENC: Option<Subarea> = Some(Encounters);
const DIA: Option<Subarea> = Some(Dialogue);
const MED: Option<Subarea> = Some(Mediation);
const HATE: Option<Subarea> = Some(HateCrimeResponse);
const SUP: Option<Subarea> = Some(CommunitySupport);

/// The vocabulary, top level first. Within a level the order is the order of preference
/// when several terms match.
pub static TERMS: &[Term] = &[
    // Top: hate crime and its effects on the community.
    t(" hate crim", "hate crime", En, Top, HATE, S),
    t(" hate motivat", "hate-motivated", En, Top, HATE, S),
    t(" hate speech", "hate speech", En, Top, HATE, S),
    t(" hate incident", "hate incident", En, Top, HATE, S),
    t("viharik", "viharikos", Fi, Top, HATE, S),
    t("vihapuhe", "vihapuhe", Fi, Top, HATE, S),
    t("vihamotiv", "vihamotiivi", Fi, Top, HATE, S),
    t("hatbrott", "hatbrott", Sv, Top, HATE, S),
    t("hatmotiv", "hatmotiverad", Sv, Top, HATE, S),
    t("näthat", "näthat", Sv, Top, HATE, W),
    t(" victim support", "victim support", En, Top, SUP, S),
    t("rikosuhri", "rikosuhri", Fi, Top, SUP, S),
    t("brottsoffer", "brottsoffer", Sv, Top, SUP, S),
    t(" community support", "community support", En, Top, SUP, W),
    t(
        " support for the communit",
        "support for the community",
        En,
        Top,
        SUP,
        W,
    ),
    t(" crisis support", "crisis support", En, Top, SUP, W),
    t("uhrituki", "uhrituki", Fi, Top, SUP, W),
    t("kriisituki", "kriisituki", Fi, Top, SUP, W),
    t("yhteisön tuki", "yhteisön tuki", Fi, Top, SUP, W),
    t("krisstöd", "krisstöd", Sv, Top, SUP, W),
    // Top: mediation, confrontation and conflict.
    t(" mediat", "mediation", En, Top, MED, S),
    t(" conflict", "conflict", En, Top, MED, S),
    t(" confrontation", "confrontation", En, Top, MED, S),
    t(" reconcil", "reconciliation", En, Top, MED, S),
    t("sovittel", "sovittelu", Fi, Top, MED, S),
    t("konflikt", "konflikti / konflikt", FiSv, Top, MED, S),
    t("vastakkainasettel", "vastakkainasettelu", Fi, Top, MED, S),
    t("medling", "medling", Sv, Top, MED, S),
    t(" medlare", "medlare", Sv, Top, MED, S),
    t(" tension", "tension", En, Top, MED, W),
    t(" polaris", "polarisation", En, Top, MED, W),
    t(" polariz", "polarization", En, Top, MED, W),
    t("jännit", "jännite", Fi, Top, MED, W),
    t("polarisa", "polarisaatio", Fi, Top, MED, W),
    t("spänning", "spänningar", Sv, Top, MED, W),
    // Top: dialogue.
    t(" dialog", "dialogue", En, Top, DIA, S),
    t("dialogi", "dialogi", Fi, Top, DIA, S),
    t("erätauko", "Erätauko", Fi, Top, DIA, S),
    t("dialog", "dialog", Sv, Top, DIA, S),
    t(" interfaith", "interfaith", En, Top, DIA, S),
    t(" interreligious", "interreligious", En, Top, DIA, S),
    t("uskontodialog", "uskontodialogi", Fi, Top, DIA, S),
    t("religionsdialog", "religionsdialog", Sv, Top, DIA, S),
    t(" discussion forum", "discussion forum", En, Top, DIA, W),
    t("keskustelutilaisuu", "keskustelutilaisuus", Fi, Top, DIA, W),
    t("keskustelufoorum", "keskustelufoorumi", Fi, Top, DIA, W),
    t("samtalsforum", "samtalsforum", Sv, Top, DIA, W),
    // Top: timely encounters and interaction between groups.
    t(" encounter", "encounter", En, Top, ENC, S),
    t(" intergroup", "intergroup", En, Top, ENC, S),
    t(" inter group", "inter-group", En, Top, ENC, S),
    t(" interaction", "interaction", En, Top, ENC, H),
    t(" meeting place", "meeting place", En, Top, ENC, H),
    t(" meeting point", "meeting point", En, Top, ENC, H),
    t("kohtaami", "kohtaaminen", Fi, Top, ENC, H),
    t("ryhmien väli", "ryhmien välinen", Fi, Top, ENC, W),
    t("vuorovaikut", "vuorovaikutus", Fi, Top, ENC, H),
    t(" möte", "möte", Sv, Top, ENC, H),
    t("mötesplats", "mötesplats", Sv, Top, ENC, H),
    t(" interaktion", "interaktion", Sv, Top, ENC, H),
    // Middle: anti-racism and anti-discrimination.
    t(" racis", "racism", En, Middle, None, S),
    t(" antiracis", "anti-racism", En, Middle, None, S),
    t(" discriminat", "discrimination", En, Middle, None, S),
    t(
        " antidiscriminat",
        "anti-discrimination",
        En,
        Middle,
        None,
        S,
    ),
    t("rasism", "rasismi / rasism", FiSv, Middle, None, S),
    t("syrjin", "syrjintä", Fi, Middle, None, S),
    t("syrjimät", "syrjimätön", Fi, Middle, None, S),
    t("diskrimin", "diskriminering", Sv, Middle, None, S),
    t(
        " immigrant council",
        "immigrant council",
        En,
        Middle,
        None,
        S,
    ),
    t(
        "maahanmuuttajaneuvost",
        "maahanmuuttajaneuvosto",
        Fi,
        Middle,
        None,
        S,
    ),
    t("invandrarråd", "invandrarråd", Sv, Middle, None, S),
    t(" youth council", "youth council", En, Middle, None, S),
    t(
        " council for older",
        "council for older people",
        En,
        Middle,
        None,
        S,
    ),
    t(" elderly council", "elderly council", En, Middle, None, S),
    t(
        " disability council",
        "disability council",
        En,
        Middle,
        None,
        S,
    ),
    t("nuorisovaltuust", "nuorisovaltuusto", Fi, Middle, None, S),
    t("vanhusneuvost", "vanhusneuvosto", Fi, Middle, None, S),
    t("vammaisneuvost", "vammaisneuvosto", Fi, Middle, None, S),
    t(
        "monikulttuurisuusneuvost",
        "monikulttuurisuusneuvosto",
        Fi,
        Middle,
        None,
        S,
    ),
    t(
        "ungdomsfullmäktig",
        "ungdomsfullmäktige",
        Sv,
        Middle,
        None,
        S,
    ),
    t("äldreråd", "äldreråd", Sv, Middle, None, S),
    t("handikappråd", "handikappråd", Sv, Middle, None, S),
    // Middle: equality, targeted services and the groups the guide names.
    t(" equality", "equality", En, Middle, None, W),
    t(" equal treatment", "equal treatment", En, Middle, None, W),
    t(" targeted", "targeted", En, Middle, None, W),
    t(" group specific", "group-specific", En, Middle, None, W),
    t(
        " integration service",
        "integration services",
        En,
        Middle,
        None,
        W,
    ),
    t(" immigrant", "immigrant", En, Middle, None, W),
    t(" migrant", "migrant", En, Middle, None, W),
    t(" refugee", "refugee", En, Middle, None, W),
    t(" roma ", "Roma", En, Middle, None, W),
    t(" romani", "Romani", En, Middle, None, W),
    t(" sami ", "Sami", En, Middle, None, W),
    t(" sámi", "Sámi", En, Middle, None, W),
    t(" lgbt", "LGBTI", En, Middle, None, W),
    t(" disabilit", "disability", En, Middle, None, W),
    t(" mother tongue", "mother tongue", En, Middle, None, W),
    t(" own language", "own language", En, Middle, None, W),
    t(" second language", "second language", En, Middle, None, W),
    t(
        " integration train",
        "integration training",
        En,
        Middle,
        None,
        W,
    ),
    t(
        " integration course",
        "integration course",
        En,
        Middle,
        None,
        W,
    ),
    t(" integration plan", "integration plan", En, Middle, None, W),
    t(" newcomer", "newcomer", En, Middle, None, W),
    t(" newly arrived", "newly arrived", En, Middle, None, W),
    t(" interpret", "interpreting", En, Middle, None, W),
    t("yhdenvertaisuu", "yhdenvertaisuus", Fi, Middle, None, W),
    t("kohdenne", "kohdennettu", Fi, Middle, None, W),
    t("maahanmuutta", "maahanmuuttaja", Fi, Middle, None, W),
    t("pakolai", "pakolainen", Fi, Middle, None, W),
    t(
        "kotoutumispalvel",
        "kotoutumispalvelut",
        Fi,
        Middle,
        None,
        W,
    ),
    t(" romane", "romanit", Fi, Middle, None, W),
    t(" saame", "saamelaiset", Fi, Middle, None, W),
    t("sateenkaar", "sateenkaari", Fi, Middle, None, W),
    t(
        "sukupuolivähemmist",
        "sukupuolivähemmistöt",
        Fi,
        Middle,
        None,
        W,
    ),
    t("vammai", "vammaiset", Fi, Middle, None, W),
    t("äidinkiel", "oma äidinkieli", Fi, Middle, None, W),
    t("toisena kiele", "toisena kielenä", Fi, Middle, None, W),
    t("kotoutumiskoul", "kotoutumiskoulutus", Fi, Middle, None, W),
    t(
        "kotoutumissuunnit",
        "kotoutumissuunnitelma",
        Fi,
        Middle,
        None,
        W,
    ),
    t("kielikahvil", "kielikahvila", Fi, Middle, None, W),
    t("tulkkau", "tulkkaus", Fi, Middle, None, W),
    t("tulkki", "tulkki", Fi, Middle, None, W),
    t("vieraskiel", "vieraskielinen", Fi, Middle, None, W),
    t("likabehandling", "likabehandling", Sv, Middle, None, W),
    t("jämlikhet", "jämlikhet", Sv, Middle, None, W),
    t(" riktad", "riktad", Sv, Middle, None, W),
    t("invandrar", "invandrare", Sv, Middle, None, W),
    t("flykting", "flykting", Sv, Middle, None, W),
    t(" romer", "romer", Sv, Middle, None, W),
    t(" samer", "samer", Sv, Middle, None, W),
    t(" hbtq", "hbtq", Sv, Middle, None, W),
    t("funktionsneds", "funktionsnedsättning", Sv, Middle, None, W),
    t("modersmål", "modersmål", Sv, Middle, None, W),
    t("andraspråk", "andraspråk", Sv, Middle, None, W),
    t(
        "integrationsutbild",
        "integrationsutbildning",
        Sv,
        Middle,
        None,
        W,
    ),
    t("integrationsplan", "integrationsplan", Sv, Middle, None, W),
    t("språkcaf", "språkcafé", Sv, Middle, None, W),
    t("tolkning", "tolkning", Sv, Middle, None, W),
    t(" tolk", "tolk", Sv, Middle, None, W),
    t("nyanlän", "nyanländ", Sv, Middle, None, W),
    // Base: mainstreaming diversity in general services.
    t(" mainstream", "mainstreaming", En, Base, None, S),
    t("valtavirta", "valtavirtaistaminen", Fi, Base, None, S),
    t(
        "mångfaldsintegrering",
        "mångfaldsintegrering",
        Sv,
        Base,
        None,
        S,
    ),
    t(" all residents", "all residents", En, Base, None, W),
    t(" every resident", "every resident", En, Base, None, W),
    t(" diversity", "diversity", En, Base, None, W),
    t(" universal", "universal", En, Base, None, W),
    t(" general service", "general services", En, Base, None, W),
    t(" kaikille", "kaikille", Fi, Base, None, W),
    t("kuntalais", "kuntalaiset", Fi, Base, None, W),
    t("monimuotoisuu", "monimuotoisuus", Fi, Base, None, W),
    t("peruspalvel", "peruspalvelut", Fi, Base, None, W),
    t(" alla invånare", "alla invånare", Sv, Base, None, W),
    t("kommuninvånar", "kommuninvånare", Sv, Base, None, W),
    t("mångfald", "mångfald", Sv, Base, None, W),
    t("integrering", "integrering", Sv, Base, None, W),
    t(
        " anonymous recruit",
        "anonymous recruitment",
        En,
        Base,
        None,
        W,
    ),
    t(
        " anonymised recruit",
        "anonymised recruitment",
        En,
        Base,
        None,
        W,
    ),
    t("anonyymi rekry", "anonyymi rekrytointi", Fi, Base, None, W),
    t(
        "anonyymin rekry",
        "anonyymin rekrytoinnin",
        Fi,
        Base,
        None,
        W,
    ),
    t("anonyymirekry", "anonyymirekrytointi", Fi, Base, None, W),
    t("anonym rekryter", "anonym rekrytering", Sv, Base, None, W),
    t(
        "anonyma rekryter",
        "anonyma rekryteringar",
        Sv,
        Base,
        None,
        W,
    ),
    t(" open to all", "open to all", En, Base, None, W),
    t(" open to every", "open to every", En, Base, None, W),
    t(" summer job", "summer jobs", En, Base, None, W),
    t(" plain language", "plain language", En, Base, None, W),
    t(" easy language", "easy language", En, Base, None, W),
    t(" multilingual", "multilingual", En, Base, None, W),
    t("kesätyö", "kesätyö", Fi, Base, None, W),
    t("kesäseteli", "kesäseteli", Fi, Base, None, W),
    t("selkokiel", "selkokieli", Fi, Base, None, W),
    t("monikielis", "monikielinen", Fi, Base, None, W),
    t(" för alla ", "för alla", Sv, Base, None, W),
    t("sommarjobb", "sommarjobb", Sv, Base, None, W),
    t("sommarpraktik", "sommarpraktik", Sv, Base, None, W),
    t("lättläst", "lättläst", Sv, Base, None, W),
    t("klarspråk", "klarspråk", Sv, Base, None, W),
    t("flerspråkig", "flerspråkig", Sv, Base, None, W),
];

/// Rewrites `text` into `out` as lowercase words separated by single spaces, with a space at
/// each end, so that patterns can be plain substring searches. `out` is cleared first; pass
/// the same buffer for every call to avoid allocating.
pub fn normalise(text: &str, out: &mut String) {
    out.clear();
    out.push(' ');
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Appends `text`, normalised, to `out` (which must already end with a space).
pub fn append_normalised(text: &str, out: &mut String) {
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

/// A term found in a normalised text, with where it was found.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub term: &'static Term,
    /// Byte offset of the match in the normalised text.
    pub at: usize,
}

impl Hit {
    /// The words of `normalised` that the match covers, e.g. "naapurustosovittelun" for the
    /// pattern "sovittel", or "hate crimes" for " hate crim".
    pub fn words<'t>(&self, normalised: &'t str) -> &'t str {
        words_around(normalised, self.term.pattern, self.at)
    }
}

/// What the vocabulary found in one normalised text.
#[derive(Debug, Default, Clone, Copy)]
pub struct Hits {
    /// The preferred strong term (top before middle before base, then table order).
    pub strong: Option<Hit>,
    /// The preferred weak term, in the same order.
    pub weak: Option<Hit>,
    /// The preferred hint (see [`Weight::Hint`]), in the same order.
    pub hint: Option<Hit>,
    /// The top-level sub-areas the strong terms point to (a bit set, see [`Subarea::bit`]).
    pub strong_subareas: u8,
}

/// One term in the index: its position in [`TERMS`], its core (the pattern without its
/// boundary spaces) and which boundaries it needs.
#[derive(Clone, Copy)]
struct Entry {
    term: usize,
    core: &'static [u8],
    starts_word: bool,
    ends_word: bool,
}

impl Entry {
    /// Whether the term matches `text` with its core starting at byte `i`.
    fn matches_at(&self, text: &[u8], i: usize) -> bool {
        let end = i + self.core.len();
        // Cheap second-byte test first: most candidates fail here.
        self.core.get(1).is_none_or(|b| text.get(i + 1) == Some(b))
            && text.get(i..end) == Some(self.core)
            && (!self.starts_word || (i > 0 && text.get(i - 1) == Some(&b' ')))
            && (!self.ends_word || text.get(end) == Some(&b' '))
    }
}

/// The terms grouped by the first byte of their core, so that [`scan`] looks at each position
/// of a text only against the few terms that can start there. Built once, on first use.
fn index() -> &'static [Vec<Entry>] {
    static INDEX: OnceLock<Vec<Vec<Entry>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut buckets = vec![Vec::new(); 256];
        for (term, t) in TERMS.iter().enumerate() {
            let core = t.pattern.trim().as_bytes();
            if let Some(&first) = core.first() {
                buckets[usize::from(first)].push(Entry {
                    term,
                    core,
                    starts_word: t.pattern.starts_with(' '),
                    ends_word: t.pattern.ends_with(' '),
                });
            }
        }
        buckets
    })
}

/// Searches one normalised text for every term in a single pass over the text. Of the terms
/// found, the one earliest in [`TERMS`] wins for each strength, at its first occurrence.
pub fn scan(normalised: &str) -> Hits {
    let mut hits = Hits::default();
    let text = normalised.as_bytes();
    let index = index();
    let (mut strong_i, mut weak_i, mut hint_i) = (usize::MAX, usize::MAX, usize::MAX);
    for (i, &byte) in text.iter().enumerate() {
        let Some(bucket) = index.get(usize::from(byte)) else {
            continue;
        };
        for entry in bucket {
            if !entry.matches_at(text, i) {
                continue;
            }
            let Some(term) = TERMS.get(entry.term) else {
                continue;
            };
            // Where the pattern (with its leading space, if any) starts.
            let at = if entry.starts_word { i - 1 } else { i };
            let best = match term.weight {
                Weight::Strong => {
                    if let Some(sub) = term.subarea {
                        hits.strong_subareas |= sub.bit();
                    }
                    (&mut hits.strong, &mut strong_i)
                }
                Weight::Weak => (&mut hits.weak, &mut weak_i),
                Weight::Hint => (&mut hits.hint, &mut hint_i),
            };
            if entry.term < *best.1 {
                *best.1 = entry.term;
                *best.0 = Some(Hit { term, at });
            }
        }
    }
    hits
}

/// Words that say people meet or get to know each other. Alone they are a hint (they also
/// mean an ordinary meeting or customer service); next to a [`MIX`] word they name an
/// encounter *between groups*, the top level's work.
pub static MEET: &[&str] = &[
    " meet",
    " come together",
    " get to know",
    " mingle",
    " encounter",
    " meeting place",
    " interact",
    "kohtaa",
    "kohtaami",
    "tapaava",
    "tapaamis",
    "tapaamaan",
    "tutustu",
    "vuorovaikut",
    " möt",
    "mötesplats",
    "träffa",
    "träffpunkt",
    " lära känna",
    " umgås",
];

/// Words that name several groups, cultures or backgrounds together: the "between groups"
/// of an encounter.
pub static MIX: &[&str] = &[
    " cultures",
    " different backgrounds",
    " diverse backgrounds",
    " all backgrounds",
    " different groups",
    " between groups",
    " people of different",
    " generations",
    " intergeneration",
    " newcomers and",
    " locals and",
    "eri kulttuur",
    "kulttuurien",
    "kulttuurit",
    "eri taust",
    "taustaltaan",
    "eri ryhm",
    "ryhmien",
    "sukupolv",
    "kantaväest",
    "kulturer",
    "olika bakgrund",
    "olika grupper",
    "mellan grupper",
    "generation",
];

/// Words that name a specific situation or need. An age group is a middle-level target group
/// only with one of these (the guide's "people of different ages" are groups with a specific
/// situation, not every service whose users are of one age).
pub static NEED: &[&str] = &[
    " at risk",
    " vulnerable",
    " special support",
    " special needs",
    " in need of",
    " lonely",
    " loneliness",
    " isolated",
    " unemployed",
    " neet",
    " not in education",
    "syrjäyty",
    "vaarassa",
    "erityisen tuen",
    "erityistä tuke",
    "erityisryhm",
    "erityistarp",
    "tuen tarpee",
    "tukea tarvits",
    "yksinäi",
    "työttöm",
    "särskilt stöd",
    "särskilda behov",
    "riskzon",
    "utsatt",
    "behov av stöd",
    "ensamma",
    "arbetslös",
];

/// One of the word tables [`MEET`], [`MIX`] and [`NEED`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Meet,
    Mix,
    Need,
}

impl Table {
    pub fn patterns(self) -> &'static [&'static str] {
        match self {
            Table::Meet => MEET,
            Table::Mix => MIX,
            Table::Need => NEED,
        }
    }

    fn index(self) -> &'static PatternIndex {
        static MEET_INDEX: OnceLock<PatternIndex> = OnceLock::new();
        static MIX_INDEX: OnceLock<PatternIndex> = OnceLock::new();
        static NEED_INDEX: OnceLock<PatternIndex> = OnceLock::new();
        let cell = match self {
            Table::Meet => &MEET_INDEX,
            Table::Mix => &MIX_INDEX,
            Table::Need => &NEED_INDEX,
        };
        cell.get_or_init(|| PatternIndex::new(self.patterns()))
    }
}

/// The first pattern of `table` found in `normalised` (table order), with the words it
/// covers as written. The patterns follow the rules of [`TERMS`]; each table is indexed by
/// first byte once, on first use, and the text is read once: linear in the text.
pub fn find_any(normalised: &str, table: Table) -> Option<(&'static str, String)> {
    let (i, at) = table.index().first(normalised)?;
    let pattern = table.patterns().get(i)?;
    Some((pattern, words_around(normalised, pattern, at).to_owned()))
}

/// A small pattern table indexed by the first byte of each pattern's core.
struct PatternIndex {
    buckets: Vec<Vec<Entry>>,
}

impl PatternIndex {
    fn new(patterns: &[&'static str]) -> Self {
        let mut buckets = vec![Vec::new(); 256];
        for (term, p) in patterns.iter().enumerate() {
            let core = p.trim().as_bytes();
            if let Some(&first) = core.first() {
                buckets[usize::from(first)].push(Entry {
                    term,
                    core,
                    starts_word: p.starts_with(' '),
                    ends_word: p.ends_with(' '),
                });
            }
        }
        PatternIndex { buckets }
    }

    /// The earliest pattern of the table that matches, and where (its first occurrence,
    /// counting a leading space).
    fn first(&self, normalised: &str) -> Option<(usize, usize)> {
        let text = normalised.as_bytes();
        let mut best: Option<(usize, usize)> = None;
        for (i, &byte) in text.iter().enumerate() {
            let Some(bucket) = self.buckets.get(usize::from(byte)) else {
                continue;
            };
            for entry in bucket {
                if best.is_some_and(|(b, _)| b <= entry.term) || !entry.matches_at(text, i) {
                    continue;
                }
                let at = if entry.starts_word { i - 1 } else { i };
                best = Some((entry.term, at));
            }
        }
        best
    }
}

/// The whole words of `normalised` that `pattern`, found at byte `at`, covers.
pub fn words_around<'t>(normalised: &'t str, pattern: &str, at: usize) -> &'t str {
    let core = pattern.trim();
    let match_start = if pattern.starts_with(' ') { at + 1 } else { at };
    let match_end = match_start + core.len();
    let start = normalised
        .get(..match_start)
        .and_then(|before| before.rfind(' '))
        .map_or(0, |i| i + 1);
    let end = normalised
        .get(match_end..)
        .and_then(|rest| rest.find(' '))
        .map_or(normalised.len(), |i| match_end + i);
    normalised.get(start..end).map_or("", str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Hits {
        let mut buf = String::new();
        normalise(text, &mut buf);
        scan(&buf)
    }

    fn word(hit: Option<Hit>) -> Option<&'static str> {
        hit.map(|h| h.term.word)
    }

    fn matched(text: &str) -> Option<String> {
        let mut buf = String::new();
        normalise(text, &mut buf);
        let h = scan(&buf);
        h.strong
            .or(h.weak)
            .or(h.hint)
            .map(|hit| hit.words(&buf).to_owned())
    }

    #[test]
    fn normalising_lowercases_and_separates_words() {
        let mut buf = String::new();
        normalise("Hate-motivated  VIOLENCE, Äänekoski!", &mut buf);
        assert_eq!(buf, " hate motivated violence äänekoski ");
        normalise("", &mut buf);
        assert_eq!(buf, " ");
    }

    #[test]
    fn patterns_are_normalised_and_levels_ordered() {
        let mut buf = String::new();
        let mut last = Level::Top;
        for term in TERMS {
            normalise(term.pattern, &mut buf);
            let core = buf.trim();
            assert!(
                term.pattern.contains(core) && !core.is_empty(),
                "pattern {:?} is not in normalised form",
                term.pattern
            );
            assert!(
                term.level <= last,
                "{:?} breaks the top-first order",
                term.pattern
            );
            last = term.level;
            assert_eq!(term.subarea.is_some(), term.level == Level::Top);
        }
    }

    #[test]
    fn english_prefixes_do_not_match_inside_words() {
        assert!(hits("Media literacy for pupils").strong.is_none());
        assert!(hits("Whatever the intermediate step").strong.is_none());
        assert_eq!(
            word(hits("Neighbourhood mediation").strong),
            Some("mediation")
        );
    }

    #[test]
    fn finnish_and_swedish_compounds_match_inside_words() {
        assert_eq!(
            word(hits("Naapurustosovittelun kehittäminen").strong),
            Some("sovittelu")
        );
        assert_eq!(
            word(hits("Grannmedling i bostadsområden").strong),
            Some("medling")
        );
        assert!(hits("Medlemskap i föreningar").strong.is_none());
    }

    #[test]
    fn the_matched_words_are_reported_as_written() {
        assert_eq!(
            matched("Naapurustosovittelun kehittäminen").as_deref(),
            Some("naapurustosovittelun")
        );
        assert_eq!(
            matched("Responding to hate crimes together").as_deref(),
            Some("hate crimes")
        );
        assert_eq!(matched("Grannmedling").as_deref(), Some("grannmedling"));
        assert_eq!(matched("Lunch").as_deref(), None);
    }

    /// The strong, weak and hint hits (pattern and position) and the strong sub-areas.
    type Found = (
        Option<(&'static str, usize)>,
        Option<(&'static str, usize)>,
        Option<(&'static str, usize)>,
        u8,
    );

    /// The reference semantics: every term by plain substring search, in table order.
    fn naive(normalised: &str) -> Found {
        let (mut strong, mut weak, mut hint, mut subs) = (None, None, None, 0u8);
        for term in TERMS {
            let Some(at) = normalised.find(term.pattern) else {
                continue;
            };
            match term.weight {
                Weight::Strong => {
                    if let Some(s) = term.subarea {
                        subs |= s.bit();
                    }
                    strong = strong.or(Some((term.pattern, at)));
                }
                Weight::Weak => weak = weak.or(Some((term.pattern, at))),
                Weight::Hint => hint = hint.or(Some((term.pattern, at))),
            }
        }
        (strong, weak, hint, subs)
    }

    #[test]
    fn the_word_tables_agree_with_plain_substring_search_and_are_normalised() {
        let texts = [
            "Kohtaamispaikka, jossa eri kulttuurit ja ihmiset tapaavat",
            "A forum where people and cultures meet",
            "Mötesplats där människor från olika kulturer träffas",
            "Syrjäytymisvaarassa olevat nuoret ja unga i riskzonen, at risk",
            "nothing here",
            "",
        ];
        let mut buf = String::new();
        for table in [Table::Meet, Table::Mix, Table::Need] {
            for p in table.patterns() {
                normalise(p, &mut buf);
                assert!(p.contains(buf.trim()) && !buf.trim().is_empty(), "{p:?}");
            }
            for text in texts {
                normalise(text, &mut buf);
                let naive = table
                    .patterns()
                    .iter()
                    .find_map(|p| buf.find(p).map(|_| *p));
                assert_eq!(find_any(&buf, table).map(|(p, _)| p), naive, "{text}");
            }
        }
    }

    #[test]
    fn the_indexed_scan_agrees_with_plain_substring_search() {
        let texts = [
            "Naapurustosovittelun kehittäminen ja rasismin vastainen työ",
            "Dialogue between Roma and the majority; hate crimes and victim support",
            "Grannmedling, hatbrott och mötesplats för unga i alla invånare",
            "Library for all residents with a meeting place",
            "mediation mediation conflict",
            "Sami  roma romani sámi",
            "nothing here at all",
            "",
        ];
        let mut buf = String::new();
        for text in texts {
            normalise(text, &mut buf);
            let h = scan(&buf);
            let got = (
                h.strong.map(|x| (x.term.pattern, x.at)),
                h.weak.map(|x| (x.term.pattern, x.at)),
                h.hint.map(|x| (x.term.pattern, x.at)),
                h.strong_subareas,
            );
            assert_eq!(got, naive(&buf), "{text}");
        }
    }
}
