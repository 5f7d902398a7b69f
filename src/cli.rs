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
    /// Print the man page (roff), e.g. `goodrel man > goodrel.1`.
    Man,
    /// Place the plan's measures on the CoE guide's three-level pyramid; --gaps lists what is missing.
    Pyramid(PyramidArgs),
    /// Show the plan's actors, structures and programme links by level of governance, what
    /// is missing against the CoE reference set, participation forms and structure quality;
    /// `--trace` adds the identification -> recognition -> action trace.
    Governance(GovernanceArgs),
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
    /// this date, YYYY-MM-DD. Default: today.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
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
    /// Judge deadlines (e.g. the two-yearly report) as of this date, YYYY-MM-DD. Default: today.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Also fail (exit 1) on findings of this level: `warnings`.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,
    /// Always exit 0 when the check ran, whatever it found (for report-only jobs).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print only errors and the result line.
    #[arg(long, short)]
    pub quiet: bool,
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
    /// Check plans (and a big plan's files) on N threads [default: every core]. The output
    /// is the same for every N.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
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
pub enum Deny {
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
