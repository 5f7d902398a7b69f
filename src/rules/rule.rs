//! The rule type: everything that describes one rule, what it reads and how it checks,
//! declared once as a value the registry ([`super::all`]) lists.

use super::check::Check;
use crate::duty::Duty;
use crate::finding::RuleInfo;

/// One rule, declared once: what describes it, what it reads, and how it checks.
#[derive(Debug)]
pub struct Rule {
    pub info: &'static RuleInfo,
    /// What the check reads: sections (`"measures"`: which items there are) and fields
    /// within them (`"measures.responsible"`). A rule reading a section that could not be
    /// read at all is skipped and named in the output; a finding of the rule that rests on a
    /// field it reads, written but unreadable, is held back (see [`super::hold`]).
    pub reads: &'static [&'static str],
    /// `None` for rules the loader reports (format problems).
    pub check: Option<fn(&mut Check<'_>)>,
    /// The checklist duty the rule judges (a column of a grid or a duty of its own): its
    /// findings are that duty's gaps, and its check names the evidence that earns it.
    pub serves: Option<&'static Duty>,
}

impl Rule {
    /// A rule the loader, the model, the configuration or the suppressions report: it has
    /// no check function and reads nothing of the plan's content.
    pub const fn reported_by_loader(info: &'static RuleInfo) -> Rule {
        Rule {
            info,
            reads: &[],
            check: None,
            serves: None,
        }
    }
}

impl std::ops::Deref for Rule {
    type Target = RuleInfo;
    fn deref(&self) -> &RuleInfo {
        self.info
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

#[cfg(test)]
mod tests {
    use super::super::all;
    use crate::load::node::Seg;

    /// Every rule says what it reads, and every section or field it names is one of the plan
    /// format's, so skipping and quieting cannot silently miss a misspelt entry.
    #[test]
    fn every_rule_declares_what_it_reads_in_the_formats_words() {
        let shapes = crate::model::decode::shapes();
        for rule in all() {
            if rule.check.is_some() {
                assert!(!rule.reads.is_empty(), "{} declares no reads", rule.id);
            }
            for read in rule.reads {
                let mut path = Vec::new();
                for (i, part) in read.split('.').enumerate() {
                    path.push(Seg::Key(part.to_owned()));
                    if i == 0 && part != "municipality" {
                        path.push(Seg::Index(0));
                    }
                }
                assert!(
                    shapes.at(&path).is_some(),
                    "{} reads `{read}`, which is not in the plan format",
                    rule.id
                );
            }
        }
    }
}
