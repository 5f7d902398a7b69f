//! Fuzzes the TOML loader and everything after it.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::check(data, goodrel::load::Syntax::Toml));
