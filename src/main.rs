//! The binary's edge: parse arguments, call the library, print, map the outcome to an exit
//! code (0 clean, 1 findings at the fail level, 2 the tool could not do its job).

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use goodrel::cli::{
    CheckArgs, CheckFormat, ChecklistFormat, ColorChoice, Command, Deny, GovernanceArgs, InitArgs,
    ListFormat,
};
use goodrel::finding::Severity;
use goodrel::i18n::{Lang, Message};
use goodrel::model::date::Date;
use goodrel::msg;
use goodrel::render::{self, Style};

/// The parse trees and typed plans are many small strings and vectors, and with glibc's
/// allocator malloc and free took about a third of the time of checking many plans;
/// mimalloc (also what ruff and other Rust linters ship with) roughly halves that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An error that ends the run (exit 2), said in the reader's language.
#[derive(Debug)]
struct Said(Message);

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Said {}

/// Exit-2 error when a plan directory holds no plan file at all.
fn no_plan_files() -> anyhow::Error {
    Said(msg!("plan-no-plan-files")).into()
}

/// Exit-2 error when `--config` names no file.
fn no_such_config(path: &Path) -> anyhow::Error {
    Said(msg!(
        "config-no-such-file",
        path = path.display().to_string()
    ))
    .into()
}

fn main() -> ExitCode {
    let cli = goodrel::cli::parse();
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
    // No plan was read when the run ends in an error: `--lang`, else the locale.
    let lang = Lang::choose(cli.lang, None, locale(), None);
    match run(cli.command, style, cli.lang) {
        Ok(code) => code,
        Err(e) => {
            let text = if let Some(said) = e.downcast_ref::<Said>() {
                said.0.render(lang)
            } else if let Some(error) = e.downcast_ref::<goodrel::discover::DiscoverError>() {
                error.message().render(lang)
            } else {
                format!("{e:#}")
            };
            // Errors name paths, which may hold control characters like any plan text.
            let line = format!("goodrel: {}\n", render::sanitize::clean(&text));
            eprint!(
                "{}",
                render::sanitize::guard(&line, render::sanitize::Form::Text)
            );
            ExitCode::from(2)
        }
    }
}

/// The language the locale asks for.
fn locale() -> Option<Lang> {
    Lang::from_env(|k| std::env::var(k).ok())
}

/// The language of a view of one plan: `--lang`, the configuration, the locale, the plan.
fn plan_lang(flag: Option<Lang>, config: Option<Lang>, plan: &goodrel::model::Plan) -> Lang {
    Lang::choose(flag, config, locale(), goodrel::plan_language(plan))
}

fn run(command: Command, style: Style, flag: Option<Lang>) -> anyhow::Result<ExitCode> {
    // Commands without a plan: `--lang`, else the locale, else English.
    let lang = Lang::choose(flag, None, locale(), None);
    match command {
        Command::Check(args) => check(&args, style, flag),
        Command::Rules(args) => {
            emit(&match args.format {
                ListFormat::Text => render::text::rules_table(lang),
                ListFormat::Json => render::json::rules(lang),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => match goodrel::rules::find(&rule) {
            Some(r) => {
                emit(&render::text::explain(r, lang))?;
                Ok(ExitCode::SUCCESS)
            }
            None => {
                let ids = goodrel::rules::all()
                    .map(|r| r.id)
                    .collect::<Vec<_>>()
                    .join(", ");
                Err(Said(msg!("plan-no-such-rule", rule = rule, ids = ids)).into())
            }
        },
        Command::Schema => {
            emit(&goodrel::schema::plan_schema_json())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Init(args) => init(&args, lang),
        Command::Completions { shell } => {
            emit(&goodrel::cli::completions(shell))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man { dir } => {
            match dir {
                Some(dir) => {
                    let written = goodrel::cli::write_man_pages(&dir)?;
                    let list: String = written
                        .iter()
                        .map(|p| format!("{}\n", goodrel::discover::display_path(p)))
                        .collect();
                    emit(&list)?;
                }
                None => emit(&goodrel::cli::man_page()?)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Pyramid(args) => pyramid(&args, style, flag),
        Command::Governance(args) => governance(&args, style, flag),
        Command::Checklist(args) => checklist(&args, flag),
        Command::Report(args) => report(&args, flag),
        Command::Lsp => {
            goodrel::lsp::run(flag, locale())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff(args) => diff(&args, style, flag),
    }
}

/// The options of a check as `check`'s configuration flags give them.
fn check_options(args: &goodrel::cli::CheckConfigArgs) -> anyhow::Result<goodrel::CheckOptions> {
    Ok(goodrel::CheckOptions {
        as_of: args.as_of.unwrap_or_else(Date::today),
        as_of_explicit: args.as_of.is_some(),
        config: config_source(&args.config, args.no_config)?,
        levels: args.levels.clone(),
        no_ignores: args.no_ignores,
        ..goodrel::CheckOptions::default()
    })
}

/// The old version of a plan for a comparison: the plan at a git revision, or another
/// directory. A path that is a directory is one; anything else is a revision.
fn old_sources(
    plan: &Path,
    old: &str,
    prefer_dir: bool,
    limits: &goodrel::load::Limits,
) -> anyhow::Result<(goodrel::Sources, goodrel::diff::OldSide)> {
    if prefer_dir && Path::new(old).is_dir() {
        return Ok((
            goodrel::Sources::other_dir(Path::new(old).to_path_buf()),
            goodrel::diff::OldSide::Dir,
        ));
    }
    let revision =
        goodrel::Revision::read(plan, old, limits.max_bytes).map_err(|e| Said(e.message()))?;
    let side = goodrel::diff::OldSide::Revision {
        name: revision.name.clone(),
        commit: revision.commit.clone(),
    };
    Ok((goodrel::Sources::revision(revision), side))
}

fn diff(
    args: &goodrel::cli::DiffArgs,
    style: Style,
    flag: Option<Lang>,
) -> anyhow::Result<ExitCode> {
    use goodrel::cli::{DiffFormat, FailOn};
    let options = check_options(&args.check)?;
    let (new_dir, old) = match (&args.rev, args.paths.as_slice()) {
        (Some(rev), [plan]) => (plan, Err(rev.as_str())),
        (None, [old, new]) => (new, Ok(old)),
        _ => return Err(Said(msg!("diff-error-paths")).into()),
    };
    // The new version first: a missing plan directory is said as `check` says it.
    let session = goodrel::Session::new(new_dir, options);
    let new = session.check(&goodrel::Sources::disk())?;
    if new.empty {
        return Err(no_plan_files());
    }
    let (sources, side) = match old {
        Ok(dir) => (
            goodrel::Sources::other_dir(dir.clone()),
            goodrel::diff::OldSide::Dir,
        ),
        Err(rev) => old_sources(new_dir, rev, false, &session.options().limits)?,
    };
    let old = session.check(&sources)?;
    let compared = goodrel::diff::Diff::new(&old, &new);
    let lang = goodrel::PlanReport::language(std::slice::from_ref(&new), flag, locale());
    let view = render::diff::View {
        old: &old,
        new: &new,
        side: &side,
        diff: &compared,
        fail_on: match args.fail_on {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
        },
    };
    emit(&match args.format {
        DiffFormat::Text => render::diff::text(&view, style, lang),
        DiffFormat::Json => render::diff::json(&view, lang),
        DiffFormat::Markdown => render::diff::markdown(&view, lang),
        DiffFormat::Github => render::diff::github(&view, lang),
    })?;
    if args.format == DiffFormat::Github
        && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
        && let Err(e) = append(Path::new(&path), &render::diff::markdown(&view, lang))
    {
        let warning = msg!(
            "plan-job-summary-failed",
            path = Path::new(&path).display().to_string(),
            error = e.to_string()
        );
        eprint!("{}", said_line(&warning, lang));
    }
    Ok(if view.fails() && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Where the configuration comes from, as `check` decides it.
fn config_source(
    config: &Option<std::path::PathBuf>,
    no_config: bool,
) -> anyhow::Result<goodrel::config::ConfigSource> {
    Ok(match (config, no_config) {
        (_, true) => goodrel::config::ConfigSource::None,
        (Some(path), false) => {
            if !path.is_file() {
                return Err(no_such_config(path));
            }
            goodrel::config::ConfigSource::File(path.clone())
        }
        (None, false) => goodrel::config::ConfigSource::Discover,
    })
}

fn checklist(args: &goodrel::cli::ChecklistArgs, flag: Option<Lang>) -> anyhow::Result<ExitCode> {
    let options = check_options(&args.check)?;
    let report = goodrel::check_dir(&args.path, &options)?;
    if report.empty {
        return Err(no_plan_files());
    }
    let lang = goodrel::PlanReport::language(std::slice::from_ref(&report), flag, locale());
    emit(&match args.format {
        ChecklistFormat::Text => render::checklist::text(
            &report,
            &render::checklist::TextOptions {
                ascii: args.ascii || !render::pyramid::locale_is_utf8(|k| std::env::var(k).ok()),
                width: None,
            },
            lang,
        ),
        ChecklistFormat::Markdown => render::checklist::markdown(&report, lang),
        ChecklistFormat::Json => render::checklist::json(&report, lang),
    })?;
    if !report.content_checked() || !report.skipped.is_empty() || !report.held_back.is_empty() {
        eprintln!("goodrel: {}", msg!("plan-note-checklist").render(lang));
    }
    Ok(ExitCode::SUCCESS)
}

fn pyramid(
    args: &goodrel::cli::PyramidArgs,
    style: Style,
    flag: Option<Lang>,
) -> anyhow::Result<ExitCode> {
    use goodrel::cli::PyramidFormat;
    use goodrel::render::pyramid as draw;
    let session = goodrel::Session::new(&args.path, goodrel::CheckOptions::default());
    let (goodrel::model::Built { plan, findings, .. }, empty) =
        session.load(&goodrel::Sources::disk())?;
    if empty {
        return Err(no_plan_files());
    }
    let config = session.config();
    let options = goodrel::pyramid::Options {
        thin_below: args
            .thin_below
            .map(|n| n as usize)
            .unwrap_or(session.pyramid_options().thin_below),
    };
    let lang = plan_lang(flag, config.lang, &plan);
    let overview = goodrel::pyramid::overview(&plan, &options);
    let gaps = goodrel::pyramid::gaps(&plan, &overview);
    let out = match args.format {
        PyramidFormat::Json => {
            let out = std::io::BufWriter::new(std::io::stdout().lock());
            match draw::write_json(out, &plan, &overview, &gaps, lang) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
                _ => String::new(),
            }
        }
        PyramidFormat::Text => draw::text(
            &plan,
            &overview,
            args.gaps.then_some(gaps.as_slice()),
            &draw::TextOptions {
                ascii: args.ascii || !draw::locale_is_utf8(|k| std::env::var(k).ok()),
                width: None,
                style,
                lang,
            },
        ),
    };
    emit(&out)?;
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if !plan.unreadable_sections.is_empty() {
        let note = msg!(
            "plan-note-pyramid-sections",
            sections = plan.unreadable_sections.join(", ")
        );
        eprintln!("goodrel: {}", note.render(lang));
    } else if errors > 0 {
        let note = msg!("plan-note-pyramid-values", count = errors);
        eprintln!("goodrel: {}", note.render(lang));
    }
    Ok(ExitCode::SUCCESS)
}

fn governance(args: &GovernanceArgs, style: Style, flag: Option<Lang>) -> anyhow::Result<ExitCode> {
    let options = goodrel::CheckOptions {
        as_of: args.as_of.unwrap_or_else(Date::today),
        ..goodrel::CheckOptions::default()
    };
    let session = goodrel::Session::new(&args.path, options.clone());
    let (built, empty) = session.load(&goodrel::Sources::disk())?;
    if empty {
        return Err(no_plan_files());
    }
    let lang = plan_lang(flag, session.config().lang, &built.plan);
    let overview = goodrel::governance::overview(&built.plan, options.as_of, args.trace);
    emit(&match args.format {
        ListFormat::Text => {
            render::governance::text(&built.plan, &overview, options.as_of, style, lang)
        }
        ListFormat::Json => render::governance::json(&built.plan, &overview, options.as_of, lang),
    })?;
    if built.unreadable_files > 0 {
        let note = msg!("plan-note-governance", count = built.unreadable_files);
        eprintln!("goodrel: {}", note.render(lang));
    }
    Ok(ExitCode::SUCCESS)
}

fn report(args: &goodrel::cli::ReportArgs, flag: Option<Lang>) -> anyhow::Result<ExitCode> {
    use goodrel::cli::ReportFormat;
    use goodrel::render::report as rep;
    use goodrel::render::report::output;
    // `-o -` is standard output, as without `-o`.
    let out_file = args.output.as_deref().filter(|p| *p != Path::new("-"));
    let format = args.format.unwrap_or_else(|| {
        match out_file
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => ReportFormat::Markdown,
            Some("csv") => ReportFormat::Csv,
            _ => ReportFormat::Html,
        }
    });
    let dirs: Vec<&Path> = args.paths.iter().map(|p| p.as_path()).collect();
    if let Some(out) = out_file {
        rep::check_target(out, &dirs).map_err(|e| Said(e.message()))?;
    }
    if !args.overview && args.paths.len() > 1 {
        return Err(Said(msg!("report-error-one-plan")).into());
    }
    if args.overview && format == ReportFormat::Markdown {
        return Err(Said(msg!("report-error-overview-format")).into());
    }
    if !args.overview && format == ReportFormat::Csv {
        return Err(Said(msg!("report-error-csv-needs-overview")).into());
    }
    if !args.overview && args.two_yearly.is_none() && format == ReportFormat::Markdown {
        return Err(Said(msg!("report-error-markdown-needs-two-yearly")).into());
    }
    if args.overview && format == ReportFormat::Html && out_file.is_none() {
        return Err(Said(match args.output {
            Some(_) => output::TargetError::OverviewToStdout.message(),
            None => msg!("report-error-overview-needs-output"),
        })
        .into());
    }
    if out_file.is_some() {
        write_errors_not_signals();
    }
    let options = goodrel::CheckOptions {
        jobs: 1,
        ..check_options(&args.check)?
    };
    let format_name = match format {
        ReportFormat::Html => "HTML",
        ReportFormat::Markdown => "Markdown",
        ReportFormat::Csv => "CSV",
    };
    let said_write = |e: output::WriteError| Said(e.message());
    if args.overview {
        // The plans' own pages go into FILE-files/ beside the page (HTML only).
        let files = out_file
            .filter(|_| format == ReportFormat::Html)
            .map(|out| {
                let stem = out
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "overview".to_owned());
                let name = format!("{stem}-files");
                let dir = out.parent().unwrap_or_else(|| Path::new("")).join(&name);
                (name, dir)
            });
        if let Some((_, dir)) = &files {
            output::check_folder(dir, &dirs).map_err(|e| Said(e.message()))?;
        }
        // Every file is staged first and renamed into place only when all are written.
        let mut staged = output::Staged::new();
        let mut rows = Vec::new();
        let mut slugs = Vec::new();
        let mut lang = flag;
        for dir in &args.paths {
            let report = goodrel::check_dir(dir, &options)?;
            if report.empty {
                return Err(Said(msg!(
                    "report-error-no-plan-files",
                    root = report.root.as_str()
                ))
                .into());
            }
            let plan_lang = *lang.get_or_insert_with(|| {
                goodrel::PlanReport::language(std::slice::from_ref(&report), flag, locale())
            });
            let analysis = rep::Analysis::new(&report, &report.pyramid_options);
            let href = match &files {
                Some((name, files_dir)) => {
                    let slug = rep::slug(&report.root, &slugs);
                    slugs.push(slug.clone());
                    staged.create_dir(files_dir).map_err(said_write)?;
                    let page =
                        render::sanitize::guarded_html(rep::html::report(&analysis, plan_lang));
                    staged
                        .add(&files_dir.join(format!("{slug}.html")), &page)
                        .map_err(said_write)?;
                    Some(output::href(name, &format!("{slug}.html")))
                }
                None => None,
            };
            rows.push(rep::overview::row(&analysis, href));
        }
        rep::overview::sort(&mut rows);
        let lang = lang.unwrap_or_default();
        let text = match format {
            ReportFormat::Csv => {
                render::sanitize::guarded(rep::overview::csv(&rows), render::sanitize::Form::Text)
            }
            _ => render::sanitize::guarded_html(rep::overview::html(&rows, options.as_of, lang)),
        };
        match out_file {
            Some(out) => {
                staged.add(out, &text).map_err(said_write)?;
                staged.commit().map_err(said_write)?;
            }
            None => emit(&text)?,
        }
        let what = msg!("report-what-overview", count = rows.len());
        let files_dir = files.as_ref().map(|(_, dir)| dir.as_path());
        wrote(out_file, what, format_name, files_dir, lang)?;
        return Ok(ExitCode::SUCCESS);
    }
    let dir = &args.paths[0];
    let session = goodrel::Session::new(dir, options);
    let report = session.check(&goodrel::Sources::disk())?;
    if report.empty {
        return Err(no_plan_files());
    }
    // The plan as it was (a revision, or an old copy), checked by the same session.
    let since = match &args.since {
        Some(old) => {
            let (sources, _) = old_sources(dir, old, true, &session.options().limits)?;
            let before = session.check(&sources)?;
            Some(goodrel::diff::Items::between(&before.plan, &report.plan))
        }
        None => None,
    };
    let lang = goodrel::PlanReport::language(std::slice::from_ref(&report), flag, locale());
    let name = report
        .plan
        .municipality
        .as_ref()
        .map_or(report.root.as_str(), |m| m.name.as_str());
    let name = render::sanitize::cut(&render::sanitize::clean(name), 200);
    let (text, what) = match args.two_yearly {
        Some(period) => {
            let blocks = rep::two_yearly::draft_since(
                &report,
                period,
                since
                    .as_ref()
                    .zip(args.since.as_deref())
                    .map(|(items, name)| rep::two_yearly::Since { name, items }),
                lang,
            );
            let text = match format {
                ReportFormat::Markdown => render::sanitize::guarded(
                    rep::two_yearly::markdown(&blocks, lang),
                    render::sanitize::Form::Markup,
                ),
                _ => render::sanitize::guarded_html(rep::two_yearly::html(&blocks, lang)),
            };
            (text, msg!("report-what-draft", name = name))
        }
        None => (
            render::sanitize::guarded_html(rep::html::report(
                &rep::Analysis::new(&report, &report.pyramid_options),
                lang,
            )),
            msg!("report-what-report", name = name),
        ),
    };
    match out_file {
        Some(out) => output::write_file(out, &text).map_err(said_write)?,
        None => emit(&text)?,
    }
    wrote(out_file, what, format_name, None, lang)?;
    Ok(ExitCode::SUCCESS)
}

/// Says in one line what `report` wrote (`what`, in `format`, to the file `out` and, for the
/// overview, each plan's report to `files`): on standard output, or on standard error when
/// the report itself went to standard output.
fn wrote(
    out: Option<&Path>,
    what: Message,
    format: &str,
    files: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<()> {
    let Some(out) = out else {
        let line = msg!("report-wrote-stdout", what = what, format = format);
        eprint!("{}", said_line(&line, lang));
        return Ok(());
    };
    let path = out.display().to_string();
    let line = match files {
        Some(dir) => msg!(
            "report-wrote-overview",
            what = what,
            format = format,
            path = path,
            dir = dir.display().to_string()
        ),
        None => msg!("report-wrote", what = what, format = format, path = path),
    };
    emit(&said_line(&line, lang))
}

/// A line of goodrel's own about what it did, with its plan text and paths made safe for a
/// log.
fn said_line(message: &Message, lang: Lang) -> String {
    let text = format!(
        "goodrel: {}\n",
        render::sanitize::clean(&message.render(lang))
    );
    render::sanitize::guarded(text, render::sanitize::Form::Text)
}

/// A write past the file size limit (`ulimit -f`) kills the process with SIGXFSZ unless the
/// signal is handled; handled, the write fails with an error, the staged files are removed
/// and the run ends with exit 2 and a message, the earlier report untouched.
fn write_errors_not_signals() {
    #[cfg(unix)]
    {
        let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, flag);
    }
}

fn init(args: &InitArgs, lang: Lang) -> anyhow::Result<ExitCode> {
    let written = goodrel::init::init(&args.dir, args.name.as_deref(), lang)
        .map_err(|e| anyhow::anyhow!(e.message().render(lang)))?;
    let clean =
        |p: &Path| render::sanitize::clean(&goodrel::discover::display_path(p)).into_owned();
    let written: Vec<String> = written.iter().map(|p| clean(p)).collect();
    let summary = goodrel::init::summary(lang, &clean(&args.dir), &written);
    emit(&render::sanitize::guarded(
        summary,
        render::sanitize::Form::Text,
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn check(args: &CheckArgs, style: Style, flag: Option<Lang>) -> anyhow::Result<ExitCode> {
    let options = goodrel::CheckOptions {
        jobs: args
            .jobs
            .map_or_else(goodrel::jobs::default_jobs, |n| n as usize),
        ..check_options(&args.check)?
    };
    if args.format == CheckFormat::Json {
        return check_json(args, &options, flag);
    }
    // Only JSON shows the checklist's evidence; every other format its counts.
    let reports = goodrel::check_dirs_keeping(&args.paths, &options, goodrel::Keep::Counts)
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    let lang = goodrel::PlanReport::language(&reports, flag, locale());
    let out = match args.format {
        CheckFormat::Text => render::text::check(
            &reports,
            style,
            render::text::TextOptions {
                quiet: args.quiet,
                verbose: args.verbose,
                show_all: args.show_all,
                lang,
            },
        ),
        CheckFormat::Json => unreachable!("written plan by plan in check_json"),
        CheckFormat::Sarif => render::sarif::check(&reports, lang),
        CheckFormat::Github => render::github::check(&reports, lang),
        CheckFormat::Gitlab => render::gitlab::check(&reports, lang),
        CheckFormat::Junit => render::junit::check(&reports, lang),
        CheckFormat::Markdown => render::markdown::check(&reports, lang),
    };
    emit(&out)?;
    if args.format == CheckFormat::Github
        && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    {
        // GitHub renders only about ten annotations per step; the job summary holds them all.
        if let Err(e) = append(Path::new(&path), &render::markdown::check(&reports, lang)) {
            let warning = msg!(
                "plan-job-summary-failed",
                path = Path::new(&path).display().to_string(),
                error = e.to_string()
            );
            eprintln!("goodrel: {}", warning.render(lang));
        }
    }
    if let Some(empty) = reports.iter().find(|r| r.empty) {
        return Err(nothing_to_check(empty));
    }
    let failed = reports.iter().any(|r| fails(args, r));
    Ok(exit_code(args, failed))
}

/// `check --format json`: each plan is written as soon as it and the plans before it are
/// checked, and then dropped, so that memory does not grow with the number of plans (a
/// plan's checklist evidence is most of its output). A path that cannot be read is refused
/// before anything is written, as in every other format.
fn check_json(
    args: &CheckArgs,
    options: &goodrel::CheckOptions,
    flag: Option<Lang>,
) -> anyhow::Result<ExitCode> {
    for path in &args.paths {
        goodrel::discover::preflight(path)?;
    }
    type Out = std::io::BufWriter<std::io::StdoutLock<'static>>;
    let mut stream: Option<render::json::CheckStream<Out>> = None;
    let (mut failed, mut empty, mut error) = (false, None, None);
    let mut written: std::io::Result<()> = Ok(());
    // Each plan is rendered on the thread that checked it, in its own language; the rare plan
    // whose language is not the first plan's is rendered again below.
    let prepare = |r: &goodrel::PlanReport| {
        let lang = goodrel::PlanReport::language(std::slice::from_ref(r), flag, locale());
        (lang, render::json::plan_json(r, lang))
    };
    let each = |checked: Result<
        (goodrel::PlanReport, (Lang, serde_json::Result<String>)),
        goodrel::discover::DiscoverError,
    >| {
        let (report, (lang, json)) = match checked {
            Ok(done) => done,
            // Gone since the preflight: reported after what was written.
            Err(e) => {
                error.get_or_insert(e);
                return;
            }
        };
        failed |= fails(args, &report);
        if report.empty && empty.is_none() {
            empty = Some(nothing_to_check(&report));
        }
        if written.is_err() {
            return;
        }
        let out = stream.get_or_insert_with(|| {
            // The first plan decides the language and the date, as for the other formats.
            // Stdout flushes at every line; 64 KiB at a time writes a corpus fast.
            let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            render::json::CheckStream::new(out, report.as_of, lang)
        });
        written = match json {
            Ok(json) if lang == out.lang() => out.rendered(&json),
            _ => out.plan(&report),
        };
    };
    goodrel::check_dirs_each(&args.paths, options, goodrel::Keep::Evidence, prepare, each);
    if let Some(out) = stream
        && written.is_ok()
    {
        written = out.finish().map(drop);
    }
    match written {
        // A closed pipe (e.g. `| head`) ends quietly.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        r => r?,
    }
    if let Some(e) = error {
        return Err(e.into());
    }
    if let Some(e) = empty {
        return Err(e);
    }
    Ok(exit_code(args, failed))
}

/// The error for a plan directory with no plan files (naming the configuration that left
/// them out, if one did).
fn nothing_to_check(empty: &goodrel::PlanReport) -> anyhow::Error {
    match render::config_used(empty) {
        Some(config) => Said(msg!(
            "plan-no-plan-files-config",
            config = render::sanitize::clean(&config).into_owned()
        ))
        .into(),
        None => no_plan_files(),
    }
}

/// Whether a plan's findings fail the run (`--deny warnings` lowers the bar).
fn fails(args: &CheckArgs, report: &goodrel::PlanReport) -> bool {
    let fail_at = if args.deny == Some(Deny::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    report.findings.iter().any(|f| f.severity >= fail_at)
}

fn exit_code(args: &CheckArgs, failed: bool) -> ExitCode {
    if failed && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Appends to a file (the job summary), creating it if needed.
fn append(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// Writes to stdout; a closed pipe (e.g. `| head`) ends quietly.
fn emit(s: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}
