//! Rules: pyramid.

use super::Rule;

pub static RULES: &[&Rule] = &[];
