//! The integration tests, one binary so the suite links once (each module was its own test
//! crate before). Modules are named after what they test.

#![allow(clippy::unwrap_used)]

mod checklist;
mod ci_examples;
mod cli;
mod common;
mod config;
mod diff;
mod docs;
mod duties;
mod examples;
mod filler;
mod fold;
mod formats;
mod governance;
mod hardening;
mod help;
mod hollow;
mod i18n;
mod i18n_output;
mod i18n_terms;
mod init;
mod junit;
mod loader;
mod lsp;
mod mutation;
mod neovim;
mod one_value;
mod parallel;
mod participation_messages;
mod pyramid;
mod pyramid_accuracy;
mod pyramid_cli;
mod readme;
mod reads_proof;
mod real_plans;
mod regions;
mod report;
mod report_layout;
mod rule_fixtures;
mod rule_reads;
mod sami_homeland;
mod schema;
mod spellings;
mod text_output;
mod words;
mod workflow_commands;
