//! `goodrel init DIR`: a minimal plan to start from, one YAML file per section. Every file
//! loads without format findings; what remains to be written shows up as content findings
//! of `goodrel check`, which is the coordinator's to-do list.
//!
//! Each file has the same shape: a comment header saying what the section is for and what
//! to fill in, the section's data line (`actors: []`), and below it a commented example
//! that becomes valid data when `[]` is deleted and the `# ` in front of each line removed.
//! The examples of all files fit together (their ids refer to each other), so uncommenting
//! them all gives a plan without format findings (tests/init.rs checks this).

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Where the schema copy goes, relative to the plan directory. The folder is hidden, so
/// discovery does not take it for plan data.
pub const SCHEMA_FILE: &str = ".goodrel/plan.schema.json";

/// The comment line that points YAML editors (yaml-language-server) at the schema copy.
pub const SCHEMA_COMMENT: &str = "# yaml-language-server: $schema=./.goodrel/plan.schema.json";

/// The municipality name written when none is given.
pub const DEFAULT_NAME: &str = "Municipality name (replace)";

/// Why `init` wrote nothing.
#[derive(Debug)]
pub enum InitError {
    /// Files that already exist; nothing was written.
    Exists(Vec<PathBuf>),
    /// The target is a file, not a directory.
    NotADirectory(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InitError::Exists(paths) => {
                let list = paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                write!(
                    f,
                    "refusing to overwrite existing files ({list}); nothing was written. Choose an empty or new directory"
                )
            }
            InitError::NotADirectory(p) => {
                write!(
                    f,
                    "{} exists and is not a directory; nothing was written",
                    p.display()
                )
            }
            InitError::Io(p, e) => {
                write!(f, "cannot write {}: {e}; nothing was written", p.display())
            }
        }
    }
}

impl std::error::Error for InitError {}

const HOW_TO: &str = "\
#
# How these files work
#   - Every YAML/TOML file in this folder (and its subfolders) is part of one plan. Each
#     file here holds one section; you may split a section over several files, e.g. one
#     per sector, so that each sector edits its own file.
#   - Run `goodrel check <this folder>`: its findings are the to-do list of what the plan
#     still lacks. Errors are what the Integration Act 681/2023 requires; warnings are what
#     the Council of Europe guidance recommends. `goodrel explain RULE` says why.
#   - The commented lines under the data are an example: delete `[]` and remove the `# `
#     in front of each line to use it, then write your own values.
#   - The first line lets editors complete and check field names with the schema copy in
#     .goodrel/ (see docs/editors.md); refresh it after upgrading goodrel with
#     `goodrel schema > .goodrel/plan.schema.json`.
";

const PLAN: &str = "\
# THE PLAN: whose plan this is, for which period, who approved it and who coordinates it.
# Fill in: the name, the regional authority (ELY Centre before 2026, vitality centre from
# 2026), the plan period, the approving body and date, the vision, and the coordinator (an
# actor id from actors.yaml). Remove the `# ` in front of a line to use it.
@HOWTO
municipality:
  name: @NAME
  # code: \"000\"                         # Statistics Finland municipality code
  # regional_authority:
  #   kind: vitality_centre             # ely_centre for plans written before 2026
  #   name: \"Name of the vitality centre\"
  #   actor: vitality-centre            # its id in actors.yaml
  # wellbeing_services_county: \"Name of the wellbeing services county\"
  # official_languages: [fi]
  # plan_period: {start: 2026-01-01, end: 2029-12-31}
  # approval: {body: Municipal council, date: 2026-03-16}
  # vision: >-
  #   A short statement of what the municipality wants: inclusion of everyone who lives
  #   here and good relations between population groups at its core.
  # coordinator: integration-services   # who coordinates the work (an actor id)
  # planning:
  #   mode: alone                       # or with_other_municipalities, part_of_other_plan, ...
  #   timetable: \"Draft to the board in autumn, to the council in spring\"
  # good_relations:
  #   definition: \"What good relations between population groups mean here\"
  #   groups: [immigrants, majority_population, young_people]
  # situation:
  #   summary: \"How many immigrants live here, where they come from and why\"
  #   year: 2025
  #   reasons: [work, family, study, quota_refugee]
  #   sources: [\"Statistics Finland\"]
  # communication: [\"municipal website\", \"residents' evenings\"]
";

const ACTORS: &str = "\
# ACTORS: everyone who carries out or cooperates on the work: the municipality's sectors,
# the wellbeing services county, the ELY Centre or vitality centre, the employment
# authority, NGOs, associations, parishes, the police, companies and schools.
# Fill in: one entry per actor with a short unique `id` that the other files refer to.
@HOWTO
actors: []
#   - id: integration-services
#     name: Integration services
#     kind: municipal_sector
#     level: local
#     sector: integration_services
#   - id: youth-services
#     name: Youth services
#     kind: municipal_sector
#     sector: youth
#   - id: wellbeing-county
#     name: Wellbeing services county
#     kind: wellbeing_services_county
#     level: regional
#   - id: vitality-centre
#     name: Regional vitality centre
#     kind: vitality_centre
#     level: regional
#   - id: immigrant-association
#     name: Local immigrant association
#     kind: association
";

const SERVICES: &str = "\
# SERVICES: the integration programme, i.e. the services of the initial phase of
# integration (Integration Act 681/2023, §13).
# Fill in: at least one service for each of the six components (needs_assessment,
# integration_plan, civic_orientation, integration_training, skills_and_employment,
# guidance_and_counselling), who is responsible and who it cooperates with.
@HOWTO
services: []
#   - id: S-assessment
#     name: Assessment of integration service needs and skills
#     component: needs_assessment
#     responsible: integration-services
#     cooperation: [wellbeing-county]
#     target_groups: [employment_services_clients, recent_residence_permit, refugees]
#     languages: [fi, en]
#   - {id: S-plan, name: Integration plan, component: integration_plan, responsible: integration-services}
#   - {id: S-orientation, name: Multilingual civic orientation, component: civic_orientation, responsible: integration-services}
#   - {id: S-training, name: Integration training and language examination, component: integration_training, responsible: integration-services}
#   - {id: S-skills, name: Language and working-life skills, component: skills_and_employment, responsible: integration-services}
#   - {id: S-guidance, name: Guidance and counselling, component: guidance_and_counselling, responsible: integration-services}
";

const OBJECTIVES: &str = "\
# OBJECTIVES: what the municipality wants to achieve in each of the five planning areas of
# the Integration Act (employment_and_education, wellbeing_health_housing,
# inclusion_and_equality, own_language_and_culture, good_relations), and any other.
# Fill in: at least one objective per area, each with the indicators that measure it.
@HOWTO
objectives: []
#   - id: O-work
#     area: employment_and_education
#     statement: More immigrant residents find work matching their skills
#     indicators: [I-employment]
#   - {id: O-wellbeing, area: wellbeing_health_housing, statement: Services reach new residents in their own language}
#   - {id: O-inclusion, area: inclusion_and_equality, statement: Immigrant residents take part in decisions that concern them}
#   - {id: O-language, area: own_language_and_culture, statement: Children can study their own language}
#   - {id: O-relations, area: good_relations, statement: Residents of different backgrounds meet and trust each other}
";

const MEASURES: &str = "\
# MEASURES: what is done to reach the objectives.
# Fill in: for each measure its objectives, the responsible actor, the partners, the
# timetable and the funding; which needs from consultations it answers.
@HOWTO
measures: []
#   - id: M-cafe
#     title: Language café at the library
#     description: Weekly conversation evenings for residents learning Finnish
#     objectives: [O-relations]
#     responsible: youth-services
#     partners: [immigrant-association]
#     sector: library
#     target_groups: [all_residents]
#     kind: encounter
#     timetable: {start: 2026-09-01}
#     funding: {source: city budget, amount_eur: 5000}
#     answers: [N-meet]
#     participation: [planning, implementation]
#     status: planned
";

const INDICATORS: &str = "\
# INDICATORS: how progress towards the objectives is measured.
# Fill in: a baseline and a target for each indicator, where the data comes from and how
# often it is measured; add measured values as they come in.
@HOWTO
indicators: []
#   - id: I-employment
#     name: Employment rate of foreign-language residents
#     unit: percent
#     source: Statistics Finland
#     baseline: {value: 55, date: 2025-12-31}
#     target: {value: 62, date: 2029-12-31}
#     frequency: yearly
";

const STRUCTURES: &str = "\
# STRUCTURES: the cooperation group for immigration, integration and good relations, the
# good-relations working group, councils for specific groups, steering and working groups,
# co-design processes and dialogues.
# Fill in: who convenes each, its members, how often it meets, its mandate and resources.
@HOWTO
structures: []
#   - id: G-cooperation
#     name: Cooperation group for integration and good relations
#     kind: cooperation_group
#     convener: integration-services
#     members: [integration-services, youth-services, wellbeing-county, immigrant-association]
#     remit: [employment_and_education, good_relations]
#     meets: quarterly
#     mandate: Prepares the plan and follows its measures
#     languages: [fi, en]
";

const CONSULTATIONS: &str = "\
# CONSULTATIONS: how residents and organisations were heard, and the needs they raised.
# Fill in: the date, method, groups and organisations heard, languages, the needs found
# (each with an id that measures can answer), and where decision-makers discussed them.
@HOWTO
consultations: []
#   - id: C-2026-spring
#     title: Discussion evening with immigrant residents
#     date: 2026-04-20
#     method: discussion_session
#     organiser: integration-services
#     groups: [immigrants]
#     organisations: [immigrant-association]
#     languages: [fi, ar, en]
#     participants: 25
#     needs:
#       - {id: N-meet, need: More chances to meet neighbours and practise Finnish}
#     recognised_in: [G-cooperation]
";

const LINKS: &str = "\
# LINKS: related plans and programmes this plan connects to: the municipal strategy, the
# non-discrimination plan, the security plan, the wellbeing report and plan, the wellbeing
# services county's plans, the Government Integration Programme (valko) and others.
# Fill in: each related plan and how it takes immigrants and integration into account.
@HOWTO
links: []
#   - id: L-strategy
#     kind: municipal_strategy
#     title: Municipal strategy 2026-2029
#     mainstreaming: Names the inclusion of immigrant residents as a goal of every sector
#   - {id: L-equality, kind: non_discrimination_plan, title: Non-discrimination plan}
";

const REPORTS: &str = "\
# REPORTS: the two-yearly reports to the ELY Centre / vitality centre on how the objectives
# were achieved and which measures were carried out.
# Fill in: one entry per report period; leave `submitted` out while it is being written.
@HOWTO
reports: []
#   - id: R-2026
#     period: {start: 2025-01-01, end: 2026-12-31}
#     to: Regional vitality centre
#     contents:
#       objectives_achieved: See chapter 2 of the report
#       measures_implemented: See chapter 3
#       equal_access: See chapter 4
#       financial_resources: See chapter 5
#       effectiveness: See chapter 6
";

/// The plan files `init` writes, as (file name, text), for a municipality called `name`.
pub fn files(name: &str) -> Vec<(&'static str, String)> {
    let quoted = serde_json::to_string(name).unwrap_or_else(|_| "\"\"".to_owned());
    [
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
    ]
    .into_iter()
    .map(|(file, body)| {
        let text = format!(
            "{SCHEMA_COMMENT}\n{}",
            body.replace("@HOWTO\n", HOW_TO).replace("@NAME", &quoted)
        );
        (file, text)
    })
    .collect()
}

/// Writes the scaffold into `dir` (created if missing). Decides before it writes: when any
/// target already exists, or a folder on the way to one is a file (`.goodrel` as a file), it
/// writes nothing and names them. A write that fails anyway (a read-only folder, a full
/// disk) removes what this run created, so a failed `init` leaves the directory as it was.
/// Returns the files written.
pub fn init(dir: &Path, name: &str) -> Result<Vec<PathBuf>, InitError> {
    if dir.exists() && !dir.is_dir() {
        return Err(InitError::NotADirectory(dir.to_path_buf()));
    }
    let mut planned: Vec<(PathBuf, String)> = files(name)
        .into_iter()
        .map(|(file, text)| (dir.join(file), text))
        .collect();
    planned.push((dir.join(SCHEMA_FILE), crate::schema::plan_schema_json()));
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
