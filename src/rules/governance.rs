//! Rules: governance.

use super::Rule;

pub static RULES: &[&Rule] = &[];
