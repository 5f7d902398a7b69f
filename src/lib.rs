//! goodrel: checks a municipality's integration and good-relations plan against the
//! Integration Act 681/2023 and the Council of Europe's multilevel-governance guidance.
//!
//! The pipeline, one module per stage: [`discover`] finds plan files, [`load`] parses them
//! with spans, [`model`] merges them into a located [`model::Plan`], [`rules`] (and
//! [`pyramid`]) analyse it, and [`render`] prints the result. Analysis never prints and
//! renderers never decide. [`engine`] runs the stages as one check session, for the
//! command line and the language server ([`lsp`]) alike.

pub mod checklist;
pub mod cli;
pub mod config;
pub mod diff;
pub mod discover;
pub mod duty;
pub mod engine;
pub mod finding;
pub mod format_rules;
pub mod governance;
pub mod i18n;
pub mod init;
pub mod jobs;
pub mod load;
pub mod lsp;
pub mod model;
pub use model::schema;
pub mod pyramid;
pub mod render;
pub mod rules;
pub mod sources;
pub mod suppress;

pub use engine::{
    CheckOptions, Keep, PlanReport, Revision, RevisionError, Session, Sources, check_dir,
    check_dirs, check_dirs_each, check_dirs_keeping, load_plan, plan_language,
};
pub use finding::file_start;
