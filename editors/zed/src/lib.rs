//! Zed starts a language server only from an extension: this one runs `goodrel lsp` from the
//! PATH (docs/editors.md).

use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Goodrel;

impl zed::Extension for Goodrel {
    fn new() -> Self {
        Goodrel
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree
            .which("goodrel")
            .ok_or_else(|| "goodrel is not on the PATH: cargo install goodrel".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".into()],
            env: Vec::new(),
        })
    }
}

zed::register_extension!(Goodrel);
