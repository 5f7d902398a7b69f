//! Rules: good_relations.

use super::Rule;

pub static RULES: &[&Rule] = &[];
