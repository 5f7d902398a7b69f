//! What the tests on the built binary share.

use assert_cmd::Command;

/// The built binary, answering in English whatever the locale and the plan's official language
/// (the tests of the other languages ask for theirs with `--lang` or their own locale).
pub fn goodrel() -> Command {
    let mut cmd = Command::cargo_bin("goodrel").expect("the goodrel binary is built for tests");
    cmd.env("LC_ALL", "en_GB.UTF-8");
    cmd
}
