# The language server (`goodrel lsp`): what an editor shows beside the findings.

# The message of a folded finding's other place, in the editor's related information.
lsp-also-here = another place of this finding
# A quick fix replacing a misspelt key, value or id.
lsp-action-fix = Change `{ $written }` to `{ $meant }`
# A quick fix adding a suppression comment on the line above a finding.
lsp-action-ignore = Add `# goodrel: ignore[{ $rule }]` above this line
# The placeholder reason written into that comment, for the person to replace.
lsp-ignore-reason = reason
# A language's name in a list of a value's terms.
lsp-language = { $code ->
    [fi] Finnish
    [sv] Swedish
   *[en] English
}
# Hover on an id: what it names.
lsp-hover-item = { $kind } `{ $id }`
