//! `goodrel init DIR`: a minimal plan to start from, one YAML file per section, in the
//! reader's language (`--lang`, else the locale, else English). Every file loads without
//! format findings; what remains to be written shows up as content findings of `goodrel
//! check`, which is the coordinator's to-do list.
//!
//! Each file has the same shape: a comment header saying what the section is for and what
//! to fill in, the section's data line (`actors: []`), and below it a commented example
//! that becomes valid data when `[]` is deleted and the `# ` in front of each line removed.
//! The examples of all files fit together (their ids refer to each other), so uncommenting
//! them all gives a plan without format findings (tests/it/init.rs checks this).
//!
//! The files' structure (keys, example ids, references) is written once, below, as
//! [`Line`]s; the comments and the example texts meant to be replaced are entries of
//! `locales/<lang>/init.ftl`. Keys and the format's values stay English in every language
//! (they are what the plan format reads); the comments explain them.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Message, text};
use crate::msg;

/// Where the schema copy goes, relative to the plan directory. The folder is hidden, so
/// discovery does not take it for plan data.
pub const SCHEMA_FILE: &str = ".goodrel/plan.schema.json";

/// The comment line that points YAML editors (yaml-language-server) at the schema copy.
pub const SCHEMA_COMMENT: &str = "# yaml-language-server: $schema=./.goodrel/plan.schema.json";

/// The municipality name written when none is given, in the scaffold's language.
pub fn default_name(lang: Lang) -> String {
    text(lang, "init-default-name")
}

/// Why `init` wrote nothing.
#[derive(Debug)]
pub enum InitError {
    /// Files that already exist; nothing was written.
    Exists(Vec<PathBuf>),
    /// The target is a file, not a directory.
    NotADirectory(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl InitError {
    /// What went wrong, to be rendered in the reader's language.
    pub fn message(&self) -> Message {
        let shown = |p: &Path| p.display().to_string();
        match self {
            InitError::Exists(paths) => msg!(
                "init-exists",
                files = paths.iter().map(|p| shown(p)).collect::<Vec<_>>()
            ),
            InitError::NotADirectory(p) => msg!("init-not-a-directory", path = shown(p)),
            InitError::Io(p, e) => {
                msg!("init-cannot-write", path = shown(p), error = e.to_string())
            }
        }
    }
}

/// English; `main` renders [`InitError::message`] in the reader's language.
impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for InitError {}

/// One line (or block of lines) of a scaffold file. The files' structure — keys, example ids
/// and the references between them — is written here once; every text a coordinator reads or
/// replaces is a catalogue entry (`locales/<lang>/init.ftl`) filled in where the line has `@`.
#[derive(Debug, Clone, Copy)]
enum Line {
    /// Written as is.
    Code(&'static str),
    /// A catalogue text, one comment line (`# …`) per line of the entry.
    Comment(&'static str),
    /// The how-to block every file carries below its header.
    HowTo,
    /// `name: …`, the municipality's name.
    Name,
    /// Each `@` replaced by the next catalogue text, written as a YAML scalar (quoted when
    /// plain YAML would misread it).
    Value(&'static str, &'static [Text]),
    /// `@` replaced by a catalogue text as is: a trailing comment, or a list of codes.
    Raw(&'static str, &'static str),
    /// Each `@` replaced by the next catalogue text as is (a value and its trailing comment).
    Filled(&'static str, &'static [&'static str]),
    /// A folded block scalar: the line, then the catalogue text's lines, each after `indent`.
    Folded(&'static str, &'static str, &'static str),
}

/// A catalogue text that fills a `@`: an entry without arguments, or one numbered.
#[derive(Debug, Clone, Copy)]
enum Text {
    Id(&'static str),
    Chapter(&'static str, u8),
}

use Line::{Code, Comment, Filled, Folded, HowTo, Name, Raw, Value};
use Text::{Chapter, Id};

const PLAN: &[Line] = &[
    Comment("init-plan-header"),
    HowTo,
    Code("municipality:"),
    Name,
    Raw(
        "  # code: \"000\"                         # @",
        "init-plan-code-note",
    ),
    Code("  # regional_authority:"),
    Raw(
        "  #   kind: vitality_centre             # @",
        "init-plan-authority-kind-note",
    ),
    Value("  #   name: @", &[Id("init-plan-authority-name")]),
    Raw(
        "  #   actor: vitality-centre            # @",
        "init-plan-authority-actor-note",
    ),
    Value(
        "  # wellbeing_services_county: @",
        &[Id("init-plan-county")],
    ),
    Filled(
        "  official_languages: [@]                # @",
        &[
            "init-plan-official-languages",
            "init-plan-official-languages-note",
        ],
    ),
    Code("  # plan_period: {start: 2026-01-01, end: 2029-12-31}"),
    Value(
        "  # approval: {body: @, date: 2026-03-16}",
        &[Id("init-plan-approval-body")],
    ),
    Folded("  # vision: >-", "  #   ", "init-plan-vision"),
    Raw(
        "  # coordinator: integration-services   # @",
        "init-plan-coordinator-note",
    ),
    Code("  # planning:"),
    Raw(
        "  #   mode: alone                       # @",
        "init-plan-mode-note",
    ),
    Value("  #   timetable: @", &[Id("init-plan-timetable")]),
    Code("  # good_relations:"),
    Value("  #   definition: @", &[Id("init-plan-definition")]),
    Code("  #   groups: [immigrants, majority_population, young_people]"),
    Code("  # situation:"),
    Value("  #   summary: @", &[Id("init-plan-situation-summary")]),
    Code("  #   year: 2025"),
    Code("  #   reasons: [work, family, study, quota_refugee]"),
    Value("  #   sources: [@]", &[Id("init-statistics-finland")]),
    Value(
        "  # communication: [@, @]",
        &[
            Id("init-plan-communication-website"),
            Id("init-plan-communication-evenings"),
        ],
    ),
];

const ACTORS: &[Line] = &[
    Comment("init-actors-header"),
    HowTo,
    Code("actors: []"),
    Code("#   - id: integration-services"),
    Value("#     name: @", &[Id("init-actor-integration-services")]),
    Code("#     kind: municipal_sector"),
    Code("#     level: local"),
    Code("#     sector: integration_services"),
    Code("#   - id: youth-services"),
    Value("#     name: @", &[Id("init-actor-youth-services")]),
    Code("#     kind: municipal_sector"),
    Code("#     sector: youth"),
    Code("#   - id: wellbeing-county"),
    Value("#     name: @", &[Id("init-plan-county")]),
    Code("#     kind: wellbeing_services_county"),
    Code("#     level: regional"),
    Code("#   - id: vitality-centre"),
    Value("#     name: @", &[Id("init-plan-authority-name")]),
    Code("#     kind: vitality_centre"),
    Code("#     level: regional"),
    Code("#   - id: immigrant-association"),
    Value("#     name: @", &[Id("init-actor-association")]),
    Code("#     kind: association"),
];

const SERVICES: &[Line] = &[
    Comment("init-services-header"),
    HowTo,
    Code("services: []"),
    Code("#   - id: S-assessment"),
    Value("#     name: @", &[Id("init-service-assessment")]),
    Code("#     component: needs_assessment"),
    Code("#     responsible: integration-services"),
    Code("#     cooperation: [wellbeing-county]"),
    Code("#     target_groups: [employment_services_clients, recent_residence_permit, refugees]"),
    Raw("#     languages: [@]", "init-service-languages"),
    Value(
        "#   - {id: S-plan, name: @, component: integration_plan, responsible: integration-services}",
        &[Id("init-service-plan")],
    ),
    Value(
        "#   - {id: S-orientation, name: @, component: civic_orientation, responsible: integration-services}",
        &[Id("init-service-orientation")],
    ),
    Value(
        "#   - {id: S-training, name: @, component: integration_training, responsible: integration-services}",
        &[Id("init-service-training")],
    ),
    Value(
        "#   - {id: S-skills, name: @, component: skills_and_employment, responsible: integration-services}",
        &[Id("init-service-skills")],
    ),
    Value(
        "#   - {id: S-guidance, name: @, component: guidance_and_counselling, responsible: integration-services}",
        &[Id("init-service-guidance")],
    ),
];

const OBJECTIVES: &[Line] = &[
    Comment("init-objectives-header"),
    HowTo,
    Code("objectives: []"),
    Code("#   - id: O-work"),
    Code("#     area: employment_and_education"),
    Value("#     statement: @", &[Id("init-objective-work")]),
    Code("#     indicators: [I-employment]"),
    Value(
        "#   - {id: O-wellbeing, area: wellbeing_health_housing, statement: @}",
        &[Id("init-objective-wellbeing")],
    ),
    Value(
        "#   - {id: O-inclusion, area: inclusion_and_equality, statement: @}",
        &[Id("init-objective-inclusion")],
    ),
    Value(
        "#   - {id: O-language, area: own_language_and_culture, statement: @}",
        &[Id("init-objective-language")],
    ),
    Value(
        "#   - {id: O-relations, area: good_relations, statement: @}",
        &[Id("init-objective-relations")],
    ),
];

const MEASURES: &[Line] = &[
    Comment("init-measures-header"),
    HowTo,
    Code("measures: []"),
    Code("#   - id: M-cafe"),
    Value("#     title: @", &[Id("init-measure-title")]),
    Value("#     description: @", &[Id("init-measure-description")]),
    Code("#     objectives: [O-relations]"),
    Code("#     responsible: youth-services"),
    Code("#     partners: [immigrant-association]"),
    Code("#     sector: library"),
    Code("#     target_groups: [all_residents]"),
    Code("#     kind: encounter"),
    Code("#     timetable: {start: 2026-09-01}"),
    Value(
        "#     funding: {source: @, amount_eur: 5000}",
        &[Id("init-measure-funding")],
    ),
    Code("#     answers: [N-meet]"),
    Code("#     participation: [planning, implementation]"),
    Code("#     status: planned"),
];

const INDICATORS: &[Line] = &[
    Comment("init-indicators-header"),
    HowTo,
    Code("indicators: []"),
    Code("#   - id: I-employment"),
    Value("#     name: @", &[Id("init-indicator-name")]),
    Code("#     unit: percent"),
    Value("#     source: @", &[Id("init-statistics-finland")]),
    Code("#     baseline: {value: 55, date: 2025-12-31}"),
    Code("#     target: {value: 62, date: 2029-12-31}"),
    Code("#     frequency: yearly"),
];

const STRUCTURES: &[Line] = &[
    Comment("init-structures-header"),
    HowTo,
    Code("structures: []"),
    Code("#   - id: G-cooperation"),
    Value("#     name: @", &[Id("init-structure-name")]),
    Code("#     kind: cooperation_group"),
    Code("#     convener: integration-services"),
    Code(
        "#     members: [integration-services, youth-services, wellbeing-county, immigrant-association]",
    ),
    Code("#     remit: [employment_and_education, good_relations]"),
    Code("#     meets: quarterly"),
    Value("#     mandate: @", &[Id("init-structure-mandate")]),
    Raw("#     languages: [@]", "init-service-languages"),
];

const CONSULTATIONS: &[Line] = &[
    Comment("init-consultations-header"),
    HowTo,
    Code("consultations: []"),
    Code("#   - id: C-2026-spring"),
    Value("#     title: @", &[Id("init-consultation-title")]),
    Code("#     date: 2026-04-20"),
    Code("#     method: discussion_session"),
    Code("#     organiser: integration-services"),
    Code("#     groups: [immigrants]"),
    Code("#     organisations: [immigrant-association]"),
    Raw("#     languages: [@]", "init-consultation-languages"),
    Code("#     participants: 25"),
    Code("#     needs:"),
    Value(
        "#       - {id: N-meet, need: @}",
        &[Id("init-consultation-need")],
    ),
    Code("#     recognised_in: [G-cooperation]"),
];

const LINKS: &[Line] = &[
    Comment("init-links-header"),
    HowTo,
    Code("links: []"),
    Code("#   - id: L-strategy"),
    Code("#     kind: municipal_strategy"),
    Value("#     title: @", &[Id("init-link-strategy")]),
    Value("#     mainstreaming: @", &[Id("init-link-mainstreaming")]),
    Value(
        "#   - {id: L-equality, kind: non_discrimination_plan, title: @}",
        &[Id("init-link-equality")],
    ),
];

const REPORTS: &[Line] = &[
    Comment("init-reports-header"),
    HowTo,
    Code("reports: []"),
    Code("#   - id: R-2026"),
    Code("#     period: {start: 2025-01-01, end: 2026-12-31}"),
    Value("#     to: @", &[Id("init-plan-authority-name")]),
    Code("#     contents:"),
    Value(
        "#       objectives_achieved: @",
        &[Chapter("init-report-chapter", 2)],
    ),
    Value(
        "#       measures_implemented: @",
        &[Chapter("init-report-chapter", 3)],
    ),
    Value(
        "#       equal_access: @",
        &[Chapter("init-report-chapter", 4)],
    ),
    Value(
        "#       financial_resources: @",
        &[Chapter("init-report-chapter", 5)],
    ),
    Value(
        "#       effectiveness: @",
        &[Chapter("init-report-chapter", 6)],
    ),
];

/// The scaffold, file by file.
const FILES: &[(&str, &[Line])] = &[
    ("plan.yaml", PLAN),
    ("actors.yaml", ACTORS),
    ("services.yaml", SERVICES),
    ("objectives.yaml", OBJECTIVES),
    ("measures.yaml", MEASURES),
    ("indicators.yaml", INDICATORS),
    ("structures.yaml", STRUCTURES),
    ("consultations.yaml", CONSULTATIONS),
    ("links.yaml", LINKS),
    ("reports.yaml", REPORTS),
];

/// A text as a YAML scalar: plain when plain YAML reads it back as the same string (block or
/// flow context), else double-quoted (a JSON string is a valid YAML one).
fn scalar(s: &str) -> String {
    let plain = s.chars().next().is_some_and(char::is_alphabetic)
        && !s.ends_with([' ', '.'])
        && s.chars()
            .all(|c| c.is_alphanumeric() || " -–'()./".contains(c))
        && !["true", "false", "null", "yes", "no", "on", "off"]
            .contains(&s.to_lowercase().as_str());
    if plain {
        s.to_owned()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
    }
}

fn render_text(lang: Lang, t: Text) -> String {
    match t {
        Id(id) => text(lang, id),
        Chapter(id, n) => Message::new(id).arg("chapter", u32::from(n)).render(lang),
    }
}

/// `@` in `code` replaced by each of `fills` in turn.
fn fill(code: &str, fills: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    let mut fills = fills.into_iter();
    for (i, part) in code.split('@').enumerate() {
        if i > 0 {
            out.push_str(&fills.next().unwrap_or_default());
        }
        out.push_str(part);
    }
    out
}

/// Each line of a catalogue text after `prefix` (without trailing spaces on empty lines).
fn prefixed(out: &mut String, prefix: &str, text: &str) {
    for line in text.lines() {
        let line = format!("{prefix}{line}");
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

fn render(lang: Lang, lines: &[Line], name: &str) -> String {
    let mut out = format!("{SCHEMA_COMMENT}\n");
    for line in lines {
        match *line {
            Code(code) => {
                out.push_str(code);
                out.push('\n');
            }
            Comment(id) => prefixed(&mut out, "# ", &text(lang, id)),
            HowTo => {
                out.push_str("#\n");
                prefixed(&mut out, "# ", &text(lang, "init-how-to"));
            }
            Name => {
                out.push_str(&format!("  name: {}\n", scalar(name)));
            }
            Value(code, texts) => {
                let values = texts.iter().map(|t| scalar(&render_text(lang, *t)));
                out.push_str(&fill(code, values));
                out.push('\n');
            }
            Raw(code, id) => {
                out.push_str(&fill(code, [text(lang, id)]));
                out.push('\n');
            }
            Filled(code, ids) => {
                out.push_str(&fill(code, ids.iter().map(|id| text(lang, id))));
                out.push('\n');
            }
            Folded(code, indent, id) => {
                out.push_str(code);
                out.push('\n');
                prefixed(&mut out, indent, &text(lang, id));
            }
        }
    }
    out
}

/// The plan files `init` writes, as (file name, text), in `lang`, for a municipality called
/// `name` (else the catalogue's placeholder name).
pub fn files(lang: Lang, name: Option<&str>) -> Vec<(&'static str, String)> {
    let name = name.map_or_else(|| default_name(lang), str::to_owned);
    FILES
        .iter()
        .map(|(file, lines)| (*file, render(lang, lines, &name)))
        .collect()
}

/// Whether the scaffold's `official_languages` in `lang` starts with `lang` itself, so that a
/// plan written from it is answered in that language when nothing else decides (English is
/// no official language of a Finnish municipality: for it `init` writes `lang` into a
/// goodrel.toml instead).
fn answers_by_official_language(lang: Lang) -> bool {
    text(lang, "init-plan-official-languages")
        .split(',')
        .next()
        .is_some_and(|first| first.trim() == lang.code())
}

/// The goodrel.toml `init` writes when the plan's official languages would not give `lang`.
fn config_text(lang: Lang) -> Option<String> {
    (!answers_by_official_language(lang)).then(|| {
        let mut out = String::new();
        prefixed(&mut out, "# ", &text(lang, "init-config-header"));
        out.push_str(&format!("lang = \"{}\"\n", lang.code()));
        out
    })
}

/// What `init` prints when it is done: the files written, the language later runs will
/// answer in and why, and what to do next.
pub fn summary(lang: Lang, dir: &str, written: &[String]) -> String {
    let mut out = msg!("init-created", dir = dir).render(lang);
    out.push('\n');
    for path in written {
        out.push_str(&format!("  {path}\n"));
    }
    out.push('\n');
    let why = if answers_by_official_language(lang) {
        msg!(
            "init-language-official",
            languages = text(lang, "init-plan-official-languages")
        )
    } else {
        msg!("init-language-config", code = lang.code())
    };
    out.push_str(&why.render(lang));
    out.push('\n');
    out.push_str(&msg!("init-next", dir = dir).render(lang));
    out.push('\n');
    out
}

/// Writes the scaffold, in `lang`, into `dir` (created if missing). Decides before it writes: when any
/// target already exists, or a folder on the way to one is a file (`.goodrel` as a file), it
/// writes nothing and names them. A write that fails anyway (a read-only folder, a full
/// disk) removes what this run created, so a failed `init` leaves the directory as it was.
/// Returns the files written.
pub fn init(dir: &Path, name: Option<&str>, lang: Lang) -> Result<Vec<PathBuf>, InitError> {
    if dir.exists() && !dir.is_dir() {
        return Err(InitError::NotADirectory(dir.to_path_buf()));
    }
    let mut planned: Vec<(PathBuf, String)> = files(lang, name)
        .into_iter()
        .map(|(file, text)| (dir.join(file), text))
        .collect();
    planned.push((dir.join(SCHEMA_FILE), crate::schema::plan_schema_json()));
    if let Some(config) = config_text(lang) {
        planned.push((dir.join("goodrel.toml"), config));
    }
    for (path, _) in &planned {
        if let Some(blocker) = path
            .ancestors()
            .skip(1)
            .take_while(|a| a.starts_with(dir) && *a != dir)
            .find(|a| a.symlink_metadata().is_ok() && !a.is_dir())
        {
            return Err(InitError::NotADirectory(blocker.to_path_buf()));
        }
    }
    let existing: Vec<PathBuf> = planned
        .iter()
        .filter(|(p, _)| p.symlink_metadata().is_ok())
        .map(|(p, _)| p.clone())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    let mut created = Created::default();
    for (path, text) in planned {
        if let Err(e) = write_new(&path, &text, &mut created) {
            created.undo();
            return Err(e);
        }
    }
    Ok(created.files)
}

/// What one `init` run created, so that a failure part-way can take it back.
#[derive(Default)]
struct Created {
    files: Vec<PathBuf>,
    /// Folders this run created, outermost first.
    dirs: Vec<PathBuf>,
}

impl Created {
    fn undo(&mut self) {
        for file in self.files.drain(..).rev() {
            let _ = std::fs::remove_file(file);
        }
        for dir in self.dirs.drain(..).rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

fn write_new(path: &Path, text: &str, created: &mut Created) -> Result<(), InitError> {
    if let Some(parent) = path.parent() {
        let mut missing: Vec<PathBuf> = parent
            .ancestors()
            .take_while(|a| !a.as_os_str().is_empty() && a.symlink_metadata().is_err())
            .map(Path::to_path_buf)
            .collect();
        missing.reverse();
        std::fs::create_dir_all(parent).map_err(|e| InitError::Io(parent.to_path_buf(), e))?;
        created.dirs.extend(missing);
    }
    // `create_new` keeps the promise even if a file appeared since the check above.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => InitError::Exists(vec![path.to_path_buf()]),
            _ => InitError::Io(path.to_path_buf(), e),
        })?;
    created.files.push(path.to_path_buf());
    file.write_all(text.as_bytes())
        .map_err(|e| InitError::Io(path.to_path_buf(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_of_the_scaffold_is_in_the_catalogue() {
        for lang in Lang::ALL {
            for (file, text) in files(lang, None) {
                // An id missing from the catalogue renders as itself.
                assert!(!text.contains("init-"), "{lang} {file}:\n{text}");
                assert!(!text.contains('@'), "{lang} {file}: a hole left unfilled");
            }
        }
    }

    #[test]
    fn texts_become_yaml_scalars_that_read_back_as_written() {
        assert_eq!(
            scalar("Kielikahvila kirjastossa"),
            "Kielikahvila kirjastossa"
        );
        assert_eq!(scalar("Ks. raportin luku 2"), "Ks. raportin luku 2");
        assert_eq!(scalar("Draft: in autumn"), "\"Draft: in autumn\"");
        assert_eq!(scalar("a, b"), "\"a, b\"");
        assert_eq!(scalar("no"), "\"no\"");
        assert_eq!(scalar("100 %"), "\"100 %\"");
    }

    #[test]
    fn a_failed_write_takes_back_what_the_run_created() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("new-plan");
        let mut created = Created::default();
        write_new(&dir.join("plan.yaml"), "a: 1\n", &mut created).expect("first file");
        write_new(&dir.join(".goodrel/x.json"), "{}", &mut created).expect("second file");
        // A folder on the way that is a file: the write fails as a read-only folder would.
        std::fs::write(dir.join("blocker"), "").expect("blocker");
        let failed = write_new(&dir.join("blocker/y.yaml"), "", &mut created);
        assert!(matches!(failed, Err(InitError::Io(..))));
        std::fs::remove_file(dir.join("blocker")).expect("remove blocker");
        created.undo();
        assert!(!dir.exists(), "the run's files and folders are gone");
        assert!(tmp.path().exists(), "what existed before stays");
    }
}
