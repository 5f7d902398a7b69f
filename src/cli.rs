//! The command line, as clap definitions (also the source of completions and the man page).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::date::Date;

#[derive(Debug, Parser)]
#[command(
    name = "goodrel",
    version,
    about = "Check a municipality's integration and good-relations plan against the Integration Act 681/2023 and the Council of Europe's multilevel-governance guidance",
    long_about = None
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// When to use colours: auto (only on a terminal, never with NO_COLOR), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The language of findings, views and reports: fi, sv or en. Default: `lang` in
    /// goodrel.toml, else the locale (LC_ALL, LC_MESSAGES, LANG), else the plan's first
    /// official language, else English.
    #[arg(
        long,
        global = true,
        value_parser = LangParser,
        value_name = "LANG",
        hide_possible_values = true
    )]
    pub lang: Option<crate::i18n::Lang>,
}

fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(s).ok_or_else(|| format!("`{s}` is not fi, sv or en"))
}

/// Reads `--lang` as [`crate::i18n::Lang::parse`] does (`fi`, `suomi`, `Finnish`, …) and
/// offers `fi`, `sv` and `en` to shell completions.
#[derive(Debug, Clone, Copy)]
pub struct LangParser;

impl clap::builder::TypedValueParser for LangParser {
    type Value = crate::i18n::Lang;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<crate::i18n::Lang, clap::Error> {
        parse_lang.parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        use crate::i18n::Lang;
        Some(Box::new(
            [
                (Lang::Fi, "suomi"),
                (Lang::Sv, "svenska"),
                (Lang::En, "English"),
            ]
            .into_iter()
            .map(|(lang, name)| clap::builder::PossibleValue::new(lang.code()).help(name)),
        ))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plan directories; exit 0 when no errors, 1 with errors, 2 when the check could not run.
    Check(CheckArgs),
    /// List every rule with its id, severity and what it checks.
    Rules(RulesArgs),
    /// Show one rule's documentation: what it checks, why, how to fix, and its sources.
    Explain {
        /// A rule id (e.g. IA012) or name (e.g. measure-without-responsible).
        #[arg(value_parser = RuleIdParser, hide_possible_values = true)]
        rule: String,
    },
    /// Print the JSON Schema of plan files (for editors and other tools).
    Schema,
    /// Start a new plan: one commented file per section, plus the schema for editors.
    /// Never overwrites: refuses if any of the files exists.
    Init(InitArgs),
    /// Print a shell completion script, e.g. `goodrel completions bash > /etc/bash_completion.d/goodrel`.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `goodrel man > goodrel.1`; with --dir, write one page
    /// per subcommand (goodrel.1, goodrel-check.1, ...) into a directory.
    Man {
        /// Write goodrel.1 and a goodrel-SUBCOMMAND.1 for each subcommand into this directory
        /// (created if missing) instead of printing the top page.
        #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
        dir: Option<PathBuf>,
    },
    /// Place the plan's measures on the CoE guide's three-level pyramid; --gaps lists what is missing.
    Pyramid(PyramidArgs),
    /// The statutory checklist a reviewer walks through: §13's components and §45's areas as
    /// a grid of ✓/✗ naming the findings behind each gap, then the other duties.
    Checklist(ChecklistArgs),
    /// Show the plan's actors, structures and programme links by level of governance, what
    /// is missing against the CoE reference set, participation forms and structure quality;
    /// `--trace` adds the identification -> recognition -> action trace.
    Governance(GovernanceArgs),
    /// Write a self-contained HTML report of a plan (checklist, pyramid, findings, governance,
    /// indicators); --two-yearly a draft of the two-yearly report; --overview one page of
    /// several plans. Overwrites an earlier report; refuses a path inside a plan directory.
    Report(ReportArgs),
    /// Run the language server on standard input and output, for editors: every plan file
    /// checked as it is typed, with hover, completion and go to definition (docs/editors.md).
    Lsp,
    /// What a change does to the plan: findings fixed and new, duties whose verdict changed,
    /// items added, removed and changed, the pyramid and the indicator values, between two
    /// plan directories or between a git revision and the working tree.
    #[command(
        override_usage = "goodrel diff [OPTIONS] <OLD_DIR> <NEW_DIR>\n       goodrel diff [OPTIONS] --rev <REV> <PLAN_DIR>"
    )]
    Diff(DiffArgs),
}

/// The options of `check` that decide what a check finds, shared by the commands that
/// check a plan the way `check` does.
#[derive(Debug, Args)]
pub struct CheckConfigArgs {
    /// Judge deadlines (e.g. the two-yearly report) as of this date: 2026-11-23 or 23.11.2026.
    /// Default: today in Finland (Europe/Helsinki time).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Use this configuration file instead of the nearest goodrel.toml in or above the plan.
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long)]
    pub no_config: bool,
    /// Set a rule's or family's level: RULE=off|info|warning|error (repeatable; wins over the
    /// configuration file), e.g. `--level IA012=warning --level governance=off`.
    #[arg(long = "level", value_name = "RULE=LEVEL", value_parser = crate::config::parse_level_override)]
    pub levels: Vec<crate::config::LevelOverride>,
    /// Honour no inline `# goodrel: ignore[...]` suppression and no `ignore` of the
    /// configuration, so every finding shows.
    #[arg(long)]
    pub no_ignores: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// OLD_DIR NEW_DIR: the plan before and after the change. With --rev, one PLAN_DIR: its
    /// working tree is the new version.
    #[arg(required = true, num_args = 1..=2, value_names = ["OLD_DIR", "NEW_DIR"])]
    pub paths: Vec<PathBuf>,
    /// Compare the plan directory as it was at this git revision (a commit, branch or tag,
    /// e.g. `origin/main` or `HEAD~1`) with its working tree.
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Output format: text, JSON, Markdown for a pull-request comment, or GitHub annotations
    /// of the new findings (which also append the Markdown to the job summary).
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Fail (exit 1) when the change brings a new finding of this level or above.
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Always exit 0 when the comparison ran (for a job that only posts the comment).
    #[arg(long)]
    pub exit_zero: bool,
    #[command(flatten)]
    pub check: CheckConfigArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For people at a terminal.
    Text,
    /// goodrel's versioned JSON.
    Json,
    /// Markdown that fits one pull-request comment.
    Markdown,
    /// GitHub Actions annotations of the new findings; also appends the Markdown to the job
    /// summary when it is set.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// A new error fails the change.
    Error,
    /// A new error or warning fails the change.
    Warning,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The plan directory (several with --overview).
    #[arg(required = true, value_name = "PLAN_DIR")]
    pub paths: Vec<PathBuf>,
    /// The file to write (.html, .md or .csv). Without it, or with `-`, the report goes to
    /// standard output (not the --overview page, which writes each plan's report beside it).
    /// Written whole or not at all; never through a symbolic link or into a plan directory.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format [default: from the output file's extension, else html].
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ReportFormat>,
    /// Draft the two-yearly report to the regional authority for this period, START..END
    /// (e.g. 2025-01-01..2026-12-31).
    #[arg(long, value_name = "START..END", conflicts_with = "overview")]
    pub two_yearly: Option<crate::render::report::ReportingPeriod>,
    /// With --two-yearly: also list the measures added to and dropped from the plan since
    /// this git revision (e.g. the commit of the last report, or a tag), or since the plan
    /// in this directory (an old copy).
    #[arg(long, value_name = "REV|DIR", requires = "two_yearly")]
    pub since: Option<String>,
    /// One overview page of several plans, one row each, linking to each plan's own report
    /// (written into FILE-files/ beside the page).
    #[arg(long)]
    pub overview: bool,
    #[command(flatten)]
    pub check: CheckConfigArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One self-contained HTML page.
    Html,
    /// Markdown (the two-yearly draft).
    Markdown,
    /// CSV (the overview).
    Csv,
}

#[derive(Debug, Args)]
pub struct GovernanceArgs {
    /// The plan directory (or a single plan file).
    #[arg(value_name = "PLAN_DIR")]
    pub path: PathBuf,
    /// Also follow every consultation's needs to where they were recognised and to the
    /// measures answering them, and show the data-collection cycles.
    #[arg(long)]
    pub trace: bool,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    /// Judge dated things (a council's current focus issues, a cycle's next round) as of
    /// this date: 2026-11-23 or 23.11.2026. Default: today in Finland (Europe/Helsinki time).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
}

#[derive(Debug, Args)]
pub struct ChecklistArgs {
    /// The plan directory (or a single plan file).
    #[arg(value_name = "PLAN_DIR")]
    pub path: PathBuf,
    /// Output format: text tables, Markdown for a memo, or JSON.
    #[arg(long, short = 'f', value_enum, default_value_t = ChecklistFormat::Text)]
    pub format: ChecklistFormat,
    /// Draw with plain ASCII, `ok` / `--` (the default when the locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,
    #[command(flatten)]
    pub check: CheckConfigArgs,
}

#[derive(Debug, Args)]
pub struct PyramidArgs {
    /// The plan directory (or a single plan file).
    #[arg(value_name = "PLAN_DIR")]
    pub path: PathBuf,
    /// Also list the gaps of each level, the worst first, with suggestions.
    #[arg(long)]
    pub gaps: bool,
    /// Output format (JSON always includes the gaps).
    #[arg(long, short = 'f', value_enum, default_value_t = PyramidFormat::Text)]
    pub format: PyramidFormat,
    /// Draw with plain ASCII (the default when the locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,
    /// A level with fewer placed items than N is thin [default: `[pyramid] thin_below` of
    /// goodrel.toml, else 3].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub thin_below: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PyramidFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The directory to create the plan in (created if missing).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The municipality's name, written into plan.yaml.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plan directories (or single plan files) to check; each gets its own report.
    #[arg(required = true, value_name = "PLAN_DIR")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    #[command(flatten)]
    pub check: CheckConfigArgs,
    /// Also fail (exit 1) on findings of this level: `warnings`.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,
    /// Always exit 0 when the check ran, whatever it found (for report-only jobs).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print only errors and the result line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Text: also print each finding's source (always in `explain`, JSON, SARIF and Markdown).
    #[arg(long, short)]
    pub verbose: bool,
    /// Text: one entry per finding; by default a rule's findings that differ only in the
    /// item they name are one entry listing the items (JSON and the CI formats list every
    /// finding either way).
    #[arg(long)]
    pub show_all: bool,
    /// Check plans (and a big plan's files) on N threads [default: every core]. The output
    /// is the same for every N.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// For people at a terminal.
    Text,
    /// goodrel's versioned JSON.
    Json,
    /// SARIF 2.1.0, e.g. for GitHub code scanning.
    Sarif,
    /// GitHub Actions annotations (workflow commands); also appends a Markdown report to
    /// $GITHUB_STEP_SUMMARY when it is set.
    Github,
    /// GitLab Code Quality JSON, for `artifacts:reports:codequality` (findings on the
    /// merge request's diff).
    Gitlab,
    /// JUnit XML for GitLab, Jenkins and other CI test reports.
    Junit,
    /// A Markdown report, e.g. for a pull-request comment.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChecklistFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What `--lang` does in each subcommand (the top level's help says it in general).
fn lang_help(subcommand: &str) -> &'static str {
    match subcommand {
        "check" | "checklist" | "report" | "diff" => {
            "The language of the findings and of the output: fi, sv or en. Default: `lang` in goodrel.toml, else the locale (LC_ALL, LC_MESSAGES, LANG), else the plan's first official language, else English"
        }
        "pyramid" | "governance" => {
            "The language of the view: fi, sv or en. Default: `lang` in goodrel.toml, else the locale (LC_ALL, LC_MESSAGES, LANG), else the plan's first official language, else English"
        }
        "rules" | "explain" => {
            "The language of the rule texts: fi, sv or en. Default: the locale (LC_ALL, LC_MESSAGES, LANG), else English"
        }
        "init" => {
            "The language of the new plan's comments and example texts and of the summary printed (keys stay English): fi, sv or en. Default: the locale (LC_ALL, LC_MESSAGES, LANG), else English"
        }
        _ => {
            "The language of error messages: fi, sv or en (the output itself is English). Default: the locale (LC_ALL, LC_MESSAGES, LANG), else English"
        }
    }
}

/// Each subcommand's exit codes, as `--help` and its man page list them.
fn exit_codes(subcommand: &str) -> &'static [(u8, &'static str)] {
    match subcommand {
        "check" | "" => &[
            (
                0,
                "no finding at the fail level (default: error; see --deny)",
            ),
            (
                1,
                "findings at or above the fail level, including a plan file that does not parse",
            ),
            (
                2,
                "the check could not run: bad arguments, a plan path missing or unreadable, or no plan files",
            ),
        ],
        "pyramid" | "governance" | "checklist" => &[
            (
                0,
                "the view was shown, whatever it found (gaps are not failures; use check in CI)",
            ),
            (
                2,
                "the plan could not be read: bad arguments, a missing path, or no plan files",
            ),
        ],
        "report" => &[
            (0, "the report was written, whatever the plan's findings"),
            (
                2,
                "nothing was written: bad arguments, an unreadable plan, or a refused target",
            ),
        ],
        "diff" => &[
            (
                0,
                "the change brings no new finding at the fail level (default: error; see --fail-on), even if older ones remain",
            ),
            (
                1,
                "the change brings a new finding at or above the fail level",
            ),
            (
                2,
                "the comparison could not run: bad arguments, a plan path missing, no plan files, not a git repository, or an unknown revision",
            ),
        ],
        "explain" => &[
            (0, "the rule was shown"),
            (2, "no rule has that id or name"),
        ],
        "init" => &[
            (0, "the new plan's files were written"),
            (
                2,
                "nothing was written: one of the files already exists, or the directory cannot be written",
            ),
        ],
        _ => &[
            (0, "done"),
            (2, "bad arguments, or the output could not be written"),
        ],
    }
}

/// The page of goodrel's documentation that describes a subcommand.
fn docs_page(subcommand: &str) -> &'static str {
    match subcommand {
        "check" => "docs/ci.md",
        "rules" | "explain" => "docs/rules.md",
        "schema" => "docs/editors.md",
        "init" => "docs/plan-format.md",
        "pyramid" => "docs/pyramid.md",
        "checklist" => "docs/checklist.md",
        "governance" => "docs/governance.md",
        "report" => "docs/report.md",
        "diff" => "docs/diff.md",
        _ => "README.md",
    }
}

/// Where a documentation page is read: under the repository's URL (Cargo.toml's
/// `repository`), pinned to this version's tag, else in goodrel's source tree.
pub fn docs_link(page: &str) -> String {
    let base = crate::render::sarif::INFORMATION_URI;
    if base.is_empty() {
        format!(
            "{page} in goodrel's source (goodrel {})",
            env!("CARGO_PKG_VERSION")
        )
    } else {
        format!(
            "{}/blob/v{}/{page}",
            base.trim_end_matches('/'),
            env!("CARGO_PKG_VERSION")
        )
    }
}

/// The text after a subcommand's options in `--help`: its exit codes and its documentation.
fn after_help(subcommand: &str) -> String {
    let mut out = String::from("Exit status:\n");
    for (code, meaning) in exit_codes(subcommand) {
        out.push_str(&format!("  {code}  {meaning}\n"));
    }
    out.push_str(&format!(
        "\nDocumentation: {}",
        docs_link(docs_page(subcommand))
    ));
    out
}

/// The command line as clap builds it from the definitions above, plus what the derive
/// cannot say per subcommand: its own `--lang` help, its exit codes and its documentation
/// page. Parsing, completions and man pages all use this.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command().after_help(after_help(""));
    let lang = cmd.get_arguments().find(|a| a.get_id() == "lang").cloned();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |sub| {
            // A subcommand's own `lang` keeps the global one from being copied in (clap
            // skips an id the subcommand has), and parses and propagates the same.
            let sub = sub.after_help(after_help(name));
            match &lang {
                Some(arg) => sub.arg(arg.clone().help(lang_help(name))),
                None => sub,
            }
        })
    })
}

/// Parses the process's arguments with [`command`] (exits with clap's message on a usage
/// error, as `Cli::parse` would).
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    let matches = command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The date on the man pages: when the command line last changed (update it with the CLI).
/// A fixed date keeps the pages reproducible, and mandoc wants one it can parse.
pub const MAN_DATE: &str = "2026-12-06";

/// One page as roff: clap_mangen's sections, with EXIT STATUS and SEE ALSO (the
/// documentation page) in place of its untitled "EXTRA" section. clap_mangen separates an
/// option's help from its list of values with `.br`, an empty line and `.br`, which mandoc
/// lints; `.sp` renders the same.
fn render_man(cmd: clap::Command, subcommand: &str) -> std::io::Result<String> {
    let mut buf = Vec::new();
    let man = clap_mangen::Man::new(cmd.clone())
        .date(MAN_DATE)
        .source(format!("goodrel {}", env!("CARGO_PKG_VERSION")))
        .manual("goodrel manual");
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut buf)?;
    }
    buf.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    for (code, meaning) in exit_codes(subcommand) {
        buf.extend_from_slice(format!(".TP\n{code}\n{}\n", roff_text(meaning)).as_bytes());
    }
    buf.extend_from_slice(b".SH \"SEE ALSO\"\n");
    let page = docs_link(docs_page(subcommand));
    // The top page lists the subcommands' pages already; theirs point back to it.
    let pages = if subcommand.is_empty() {
        ""
    } else {
        ".BR goodrel (1).\n.PP\n"
    };
    buf.extend_from_slice(format!("{pages}Documentation: {}\n", roff_text(&page)).as_bytes());
    if cmd.get_version().is_some() || cmd.get_long_version().is_some() {
        man.render_version_section(&mut buf)?;
    }
    Ok(String::from_utf8_lossy(&buf)
        .replace("\n.br\n\n.br\n", "\n.sp\n")
        .replace("\n\n.br\n", "\n.sp\n"))
}

/// Text for a roff line: a leading `.` or `'` would make it a request, and `-` is a hyphen
/// unless escaped.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with(['.', '\'']) {
        format!("\\&{s}")
    } else {
        s
    }
}

/// The command tree as the man pages see it: subcommand pages are named `goodrel-NAME`.
fn man_command() -> clap::Command {
    let mut cmd = command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The top man page (roff).
pub fn man_page() -> std::io::Result<String> {
    render_man(man_command(), "")
}

/// Writes goodrel.1 and one page per subcommand (goodrel-check.1, ...) into `dir` (the top
/// page's list of subcommands names them); returns the files written.
pub fn write_man_pages(dir: &std::path::Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let cmd = man_command();
    let mut written = Vec::new();
    let top = dir.join("goodrel.1");
    std::fs::write(&top, render_man(cmd.clone(), "")?)?;
    written.push(top);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let path = dir.join(format!("goodrel-{}.1", sub.get_name()));
        std::fs::write(&path, render_man(sub.clone(), sub.get_name())?)?;
        written.push(path);
    }
    Ok(written)
}

/// Accepts any rule id or name (`explain` says which exist when it is unknown) and offers
/// the registry's ids to shell completions.
#[derive(Debug, Clone, Copy)]
pub struct RuleIdParser;

impl clap::builder::TypedValueParser for RuleIdParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::rules::all().map(|r| {
            clap::builder::PossibleValue::new(r.id).help(r.summary(crate::i18n::Lang::En))
        })))
    }
}

/// A completion script for `shell`. Fish expands `$NAME` inside the double-quoted value
/// lists clap_complete writes (`-a "value\t'help'"`), so a help text naming
/// `$GITHUB_STEP_SUMMARY` would show blank there; the dollars in those lists are escaped.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut command(), "goodrel", &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    if shell == clap_complete::Shell::Fish {
        let mut script = escape_fish_value_lists(&script);
        // clap_complete's fish script completes options only, not positional values.
        for rule in crate::rules::all() {
            script.push_str(&format!(
                "complete -c goodrel -n \"__fish_goodrel_using_subcommand explain\" -f -a {} -d {}\n",
                fish_quote(rule.id),
                fish_quote(&rule.summary(crate::i18n::Lang::En))
            ));
        }
        script
    } else {
        script
    }
}

/// A fish single-quoted string (only `\\` and `'` are special inside).
fn fish_quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Escapes `$` inside every `-a "..."` argument of a fish script's `complete` commands.
pub fn escape_fish_value_lists(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(at) = rest.find(" -a \"") {
        let (before, after) = rest.split_at(at + 5);
        out.push_str(before);
        let mut chars = after.char_indices();
        let mut end = after.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some((_, next)) = chars.next() {
                        out.push(next);
                    }
                }
                '"' => {
                    end = i;
                    break;
                }
                '$' => out.push_str("\\$"),
                _ => out.push(c),
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
