//! A wrong value costs only itself: the item stays in the plan with the field absent, and
//! only what rests on that very field of that very item is held back. What a finding (or a
//! piece of evidence) rests on is the item it is located at and the items that item names
//! (a measure's responsible actor, an objective's indicators), plus what the rule adds
//! ([`super::check::Report::resting_on`]); a finding about a whole section or the whole plan
//! rests on every item of what the rule reads. It is held back when one of those items has
//! an unreadable value in a field the rule reads ([`super::Rule::reads`]).

use std::collections::HashMap;

use super::rule::Rule;
use crate::finding::Location;
use crate::model::{Invalid, Plan};

/// What a finding rests on beyond its own place.
#[derive(Debug, Default)]
pub struct Premises {
    /// Items, by their symbolic names (`measures[M3]`).
    pub items: Vec<String>,
    /// Sections every item of which it rests on.
    pub sections: Vec<&'static str>,
    /// It rests on everything its rule reads.
    pub everything: bool,
}

/// The plan's unreadable values, indexed for the question "does this finding rest on one".
pub struct Holding<'a> {
    plan: &'a Plan,
    by_item: HashMap<&'a str, Vec<&'a Invalid>>,
    by_section: HashMap<&'a str, Vec<&'a Invalid>>,
    /// For each item, the items it names that hold unreadable values.
    names: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Holding<'a> {
    /// `None` when every value of the plan could be read (most plans), so that a rule firing
    /// on 250,000 items asks nothing.
    pub fn new(plan: &'a Plan) -> Option<Holding<'a>> {
        let invalid = plan.invalid_values();
        if invalid.is_empty() {
            return None;
        }
        let mut by_item: HashMap<&str, Vec<&Invalid>> = HashMap::new();
        let mut by_section: HashMap<&str, Vec<&Invalid>> = HashMap::new();
        for i in invalid {
            by_item.entry(i.item.label.as_str()).or_default().push(i);
            by_section.entry(i.section()).or_default().push(i);
        }
        let mut names: HashMap<&str, Vec<&str>> = HashMap::new();
        for (from, to) in plan.links_between_items() {
            if by_item.contains_key(to.label.as_str()) {
                let list = names.entry(from.label.as_str()).or_default();
                if !list.contains(&to.label.as_str()) {
                    list.push(&to.label);
                }
            }
        }
        Some(Holding {
            plan,
            by_item,
            by_section,
            names,
        })
    }

    /// Where the unreadable value is that a finding of `rule` at the symbolic path `at`
    /// rests on, if it rests on one.
    pub fn rests_on(&self, rule: &Rule, at: &str, premises: &Premises) -> Option<Location> {
        let read = |i: &&&Invalid| reads(rule, i);
        let in_section = |s: &str| {
            self.by_section
                .get(s)
                .and_then(|list| list.iter().find(read))
                .copied()
        };
        let in_item = |label: &str| {
            self.by_item
                .get(label)
                .and_then(|list| list.iter().find(read))
                .copied()
        };
        let found = if premises.everything || about_the_whole(at) {
            rule.reads
                .iter()
                .filter(|r| !r.contains('.'))
                .find_map(|s| in_section(s))
                .or_else(|| {
                    // A rule that reads fields of a section without naming the section.
                    rule.reads
                        .iter()
                        .filter_map(|r| r.split_once('.').map(|(s, _)| s))
                        .find_map(in_section)
                })
        } else {
            let head = item_of(at);
            in_item(head).or_else(|| {
                self.names
                    .get(head)
                    .and_then(|named| named.iter().find_map(|n| in_item(n)))
            })
        };
        found
            .or_else(|| premises.items.iter().find_map(|p| in_item(p)))
            .or_else(|| premises.sections.iter().find_map(|s| in_section(s)))
            .map(|i| self.plan.invalid_at(i))
    }
}

impl Holding<'_> {
    /// The unreadable values `rule` reads.
    pub fn read_by<'h>(&'h self, rule: &'h Rule) -> impl Iterator<Item = &'h Invalid> + 'h {
        self.plan
            .invalid_values()
            .iter()
            .filter(move |i| reads(rule, i))
    }
}

/// Whether `rule` reads the field an unreadable value stands in: a field it names (or one
/// inside it, or the map holding it), or any field of an item that could not be read.
fn reads(rule: &Rule, invalid: &Invalid) -> bool {
    let section = invalid.section();
    rule.reads.iter().any(|r| match r.split_once('.') {
        Some((s, field)) => s == section && invalid.touches(field),
        None => *r == section && invalid.field.is_empty(),
    })
}

/// Whether a symbolic path is about a whole section or the whole plan (`services`,
/// `municipality`, nothing) rather than an item or a field of one.
fn about_the_whole(at: &str) -> bool {
    !at.contains(['[', '.'])
}

/// The item a symbolic path is about: `measures[M3]` of `measures[M3].partners[0]`,
/// `municipality` of `municipality.plan_period`.
fn item_of(at: &str) -> &str {
    match at.find(['[', '.']) {
        Some(i) if at.as_bytes()[i] == b'[' => at.find(']').map_or(at, |end| &at[..=end]),
        Some(i) => &at[..i],
        None => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_item_or_the_whole() {
        assert_eq!(item_of("measures[M3].partners[0]"), "measures[M3]");
        assert_eq!(item_of("measures[M3]"), "measures[M3]");
        assert_eq!(item_of("municipality.plan_period"), "municipality");
        assert!(about_the_whole("services"));
        assert!(about_the_whole("municipality"));
        assert!(about_the_whole(""));
        assert!(!about_the_whole("municipality.situation"));
        assert!(!about_the_whole("objectives[O1]"));
    }
}
