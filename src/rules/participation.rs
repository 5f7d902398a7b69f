//! Rules: participation.

use super::Rule;

pub static RULES: &[&Rule] = &[];
