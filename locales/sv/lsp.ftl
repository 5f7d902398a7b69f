# Språkservern (`goodrel lsp`): det som en editor visar bredvid iakttagelserna.

lsp-also-here = ett annat ställe för denna iakttagelse
lsp-action-fix = Ändra `{ $written }` till `{ $meant }`
lsp-action-ignore = Lägg till `# goodrel: ignore[{ $rule }]` ovanför raden
lsp-ignore-reason = motivering
lsp-language = { $code ->
    [fi] på finska
    [sv] på svenska
   *[en] på engelska
}
lsp-hover-item = { $kind } `{ $id }`
