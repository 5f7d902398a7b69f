# Kielipalvelin (`goodrel lsp`): mitä editori näyttää havaintojen rinnalla.

lsp-also-here = tämän havainnon toinen kohta
lsp-action-fix = Muuta `{ $written }` muotoon `{ $meant }`
lsp-action-ignore = Lisää rivin yläpuolelle `# goodrel: ignore[{ $rule }]`
lsp-ignore-reason = perustelu
lsp-language = { $code ->
    [fi] suomeksi
    [sv] ruotsiksi
   *[en] englanniksi
}
lsp-hover-item = { $kind } `{ $id }`
