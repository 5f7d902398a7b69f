//! THL's Experiences of Social Inclusion Scale (ESIS): a validated instrument of ten
//! statements that may not be modified (CoE-MLG Part III, "Measuring inclusion"). goodrel
//! does not ship the statements' wording: it keeps a hash of each statement's normalised
//! English text (as listed in the CoE guide) and compares a plan's items against them in
//! order.

use super::hash::fnv1a64;

/// The number of ESIS statements.
pub const STATEMENTS: usize = 10;

/// FNV-1a 64 of each statement's [`normalise`]d English text, in order. Computed once from
/// the list in CoE-MLG Part III, "Measuring inclusion".
const STATEMENT_HASHES: [u64; STATEMENTS] = [
    0x4d8b_aaa1_fa5e_435b,
    0xbebb_4085_5e73_6d29,
    0x8ac7_2900_475a_f39c,
    0xc956_a96e_c2d6_248e,
    0x8775_0196_c05c_aa30,
    0x90f1_626c_b2e7_d5c8,
    0x22e8_362f_992c_9227,
    0xe1d6_431a_f202_4434,
    0xe4aa_2f5e_d3c8_f42f,
    0x7e17_823e_35f9_99fd,
];

/// The comparable form of a statement: a leading list number ("3." or "3)") removed,
/// lower-cased, runs of whitespace folded to one space, trailing full stops, commas,
/// semicolons and exclamation marks removed, typographic apostrophes made plain.
pub fn normalise(text: &str) -> String {
    let t = text.trim();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let t = if digits > 0 {
        let rest = &t[digits..];
        match rest.strip_prefix(['.', ')']) {
            Some(r) if r.starts_with(char::is_whitespace) => r,
            _ => t,
        }
    } else {
        t
    };
    let folded = t
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    folded
        .trim_end_matches(['.', ',', ';', '!', ' '])
        .to_owned()
}

/// The hash a statement is compared by.
pub fn statement_hash(text: &str) -> u64 {
    fnv1a64(normalise(text).as_bytes())
}

/// Which ESIS statement (0-based) the text is, if any.
pub fn which_statement(text: &str) -> Option<usize> {
    let h = statement_hash(text);
    STATEMENT_HASHES.iter().position(|s| *s == h)
}

/// One problem with an indicator's ESIS items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemProblem {
    /// The indicator declares ESIS but lists no statements.
    NoItems,
    /// It lists this many statements instead of ten.
    WrongCount(usize),
    /// Item `index` (0-based) is ESIS statement `statement` (0-based), out of place.
    OutOfOrder { index: usize, statement: usize },
    /// Item `index` (0-based) is no ESIS statement: it differs from the statement expected
    /// at its position (when the count is right) or from every statement.
    Differs { index: usize },
}

/// Compares a plan's items with the ten statements, in order.
pub fn check_items(items: &[String]) -> Vec<ItemProblem> {
    if items.is_empty() {
        return vec![ItemProblem::NoItems];
    }
    let mut problems = Vec::new();
    if items.len() != STATEMENTS {
        problems.push(ItemProblem::WrongCount(items.len()));
    }
    for (index, item) in items.iter().enumerate() {
        let h = statement_hash(item);
        if items.len() == STATEMENTS && STATEMENT_HASHES[index] == h {
            continue;
        }
        match STATEMENT_HASHES.iter().position(|s| *s == h) {
            Some(statement) if statement == index => {}
            Some(statement) => problems.push(ItemProblem::OutOfOrder { index, statement }),
            None => problems.push(ItemProblem::Differs { index }),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_folds_case_space_numbering_and_final_stop() {
        assert_eq!(normalise("  3.  I  Like\tTea. "), "i like tea");
        assert_eq!(normalise("10) It’s fine"), "it's fine");
        assert_eq!(normalise("2026 plans"), "2026 plans");
    }

    #[test]
    fn empty_and_miscounted_lists_are_reported() {
        assert_eq!(check_items(&[]), vec![ItemProblem::NoItems]);
        let p = check_items(&["something else".to_owned()]);
        assert_eq!(
            p,
            vec![
                ItemProblem::WrongCount(1),
                ItemProblem::Differs { index: 0 }
            ]
        );
    }
}
