//! The binary's edge: parse arguments, call the library, print, map the outcome to an exit
//! code (0 clean, 1 findings at the fail level, 2 the tool could not do its job).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use goodrel::cli::{
    CheckArgs, CheckFormat, Cli, ColorChoice, Command, Deny, GovernanceArgs, ListFormat,
};
use goodrel::finding::Severity;
use goodrel::model::date::Date;
use goodrel::render::{self, Style};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style {
        color: match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        },
    };
    match run(cli.command, style) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("goodrel: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, style: Style) -> anyhow::Result<ExitCode> {
    match command {
        Command::Check(args) => check(&args, style),
        Command::Rules(args) => {
            emit(&match args.format {
                ListFormat::Text => render::text::rules_table(),
                ListFormat::Json => render::json::rules(),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => match goodrel::rules::find(&rule) {
            Some(r) => {
                emit(&render::text::explain(r))?;
                Ok(ExitCode::SUCCESS)
            }
            None => {
                let ids = goodrel::rules::all()
                    .map(|r| r.id)
                    .collect::<Vec<_>>()
                    .join(", ");
                anyhow::bail!("no rule `{rule}`; known rules: {ids}")
            }
        },
        Command::Schema => {
            emit(&goodrel::schema::plan_schema_json())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Governance(args) => governance(&args, style),
    }
}

fn governance(args: &GovernanceArgs, style: Style) -> anyhow::Result<ExitCode> {
    let options = goodrel::CheckOptions {
        as_of: args.as_of.unwrap_or_else(Date::today),
        ..goodrel::CheckOptions::default()
    };
    let (built, empty) = goodrel::load_plan(&args.path, &options)?;
    if empty {
        anyhow::bail!("no plan files (.yaml, .yml, .toml) found; is this the plan directory?");
    }
    let overview = goodrel::governance::overview(&built.plan, options.as_of, args.trace);
    emit(&match args.format {
        ListFormat::Text => render::governance::text(&built.plan, &overview, options.as_of, style),
        ListFormat::Json => render::governance::json(&built.plan, &overview, options.as_of),
    })?;
    if built.unreadable_files > 0 {
        eprintln!(
            "goodrel: note: {} plan file(s) could not be read, so their content is missing from this view; `goodrel check` shows why",
            built.unreadable_files
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn check(args: &CheckArgs, style: Style) -> anyhow::Result<ExitCode> {
    let config = match (&args.config, args.no_config) {
        (_, true) => goodrel::config::ConfigSource::None,
        (Some(path), false) => {
            if !path.is_file() {
                anyhow::bail!("{}: no such configuration file", path.display());
            }
            goodrel::config::ConfigSource::File(path.clone())
        }
        (None, false) => goodrel::config::ConfigSource::Discover,
    };
    let options = goodrel::CheckOptions {
        as_of: args.as_of.unwrap_or_else(Date::today),
        as_of_explicit: args.as_of.is_some(),
        config,
        levels: args.levels.clone(),
        no_ignores: args.no_ignores,
        ..goodrel::CheckOptions::default()
    };
    let mut reports = Vec::with_capacity(args.paths.len());
    for path in &args.paths {
        reports.push(goodrel::check_dir(path, &options)?);
    }
    let out = match args.format {
        CheckFormat::Text => render::text::check(&reports, style, args.quiet),
        CheckFormat::Json => {
            render::json::check(&reports, reports.first().map_or(options.as_of, |r| r.as_of))
        }
    };
    emit(&out)?;
    if reports.iter().any(|r| r.empty) {
        anyhow::bail!("no plan files (.yaml, .yml, .toml) found; is this the plan directory?");
    }
    let fail_at = if args.deny == Some(Deny::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let failed = reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.severity >= fail_at);
    Ok(if failed && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes to stdout; a closed pipe (e.g. `| head`) ends quietly.
fn emit(s: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}
