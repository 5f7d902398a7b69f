# Texts shared by every view: severities, families, the summary and result lines, labels.

# Text shown as it is: what renderers are tested with (escaping, control characters).
verbatim = { $text }

severity-error = fel
severity-warning = varning
severity-info = anmärkning

family-format = Planens format
family-integration_act = Integrationslagen
family-governance = Flernivåstyrning (Europarådet)
family-good_relations = Goda relationer
family-participation = Delaktighet
family-pyramid = Pyramiden

summary-errors = { $count ->
    [one] 1 fel
   *[other] { $count } fel
}
summary-warnings = { $count ->
    [one] 1 varning
   *[other] { $count } varningar
}

summary-infos = { $count ->
    [one] 1 anmärkning
   *[other] { $count } anmärkningar
}

# Textrapporten.
text-plan = plan
text-plan-files = { $count ->
    [one] 1 planfil
   *[other] { $count } planfiler
}
text-config = inställningar:
text-config-none = ingen inställningsfil
text-no-plan-files = inga planfiler (.yaml, .yml, .toml) hittades i { $root }
text-note = obs.:
text-unreadable = innehållsreglerna kördes inte: { $count ->
    [one] 1 planfil kunde inte läsas; rätta den först
   *[other] { $count } planfiler kunde inte läsas; rätta dem först
}
text-skipped = { $count ->
    [one] 1 regel hoppades över
   *[other] { $count } regler hoppades över
} eftersom de här avsnitten inte kunde läsas helt: { $sections } ({ $ids })
list-and = { $rest } och { $last }
text-by-family = per grupp: { $families }
text-family-counts = { $family }: { $counts }
text-grouped = { $count } iakttagelser (`--show-all` visar dem en och en):
text-help = så här åtgärdar du:
text-source = källa:
result-errors = lagstadgade brister eller formatfel
result-clean = inga fel
result-line = { $root }: { $verdict } ({ $errors }, { $warnings }, { $infos })
table-family = grupp
table-errors = fel
table-warnings = varningar
table-info = anmärkningar
table-id = id
table-name = namn
table-severity = allvarlighet
table-checks = kontrollerar
explain-family = grupp:
explain-severity = allvarlighet: { $severity } (standard)
explain-checks = Vad regeln kontrollerar
explain-why = Varför
explain-fix = Så här åtgärdar du
explain-sources = Källor
summary-line-config = { $root }: { $errors }, { $warnings }, { $infos }; inställningar: { $config }
junit-switched-off = avstängd i inställningarna

# Markdown-rapporten.
markdown-title = goodrel-rapport
markdown-config = Inställningar: { $config }.
markdown-empty = Inga planfiler (.yaml, .yml, .toml) hittades i katalogen.
markdown-verdict = { $verdict }: { $errors }, { $warnings }, { $infos }; { $files }.
markdown-more = { $count ->
    [one] 1 iakttagelse till
   *[other] { $count } iakttagelser till
}: se körningens logg eller SARIF-filen.
markdown-rule = Regel
markdown-finding = Iakttagelse
markdown-where = Var

# docs/rules.sv.md, genererad från regeldeklarationerna och den här katalogen.
catalogue-title = goodrels regler
catalogue-generated = Genererad från regeldeklarationerna (src/rules/) och översättningskatalogen (locales/) med `cargo test --test docs`; redigera inte för hand.
catalogue-intro = Allvarlighet: **fel** för lagstadgade skyldigheter (lagen om främjande av integration 681/2023, diskrimineringslagen) och för formatfel i planen; **varning** för elementen i Europarådets handbok och andra rekommendationer; **anmärkning** för råd. Varje regels motivering säger varför den har sin allvarlighet. `goodrel explain ID --lang sv` visar samma text.
catalogue-default-severity = standardallvarlighet **{ $severity }**
catalogue-checks = Kontrollerar.
catalogue-why = Varför.
catalogue-fix = Åtgärd.
catalogue-sources = Källor.

# Iakttagelser av samma regel över gränsen samlas i en.
# After the first items of a long list in a message; { $rest } is how many more.
list-more = { " " }och { $rest } till

fold-more = { $count ->
    [one] 1 iakttagelse till av samma regel samlad här: samma slags problem på det här stället
   *[other] { $count } iakttagelser till av samma regel samlade i en: samma slags problem här och på { $others } andra ställen (JSON-utdatans `also` räknar upp högst { $listed } av dem)
}
fold-also = också på: { $places }
fold-also-more = också på: { $places } och { $rest } till
text-grouped-folded = { $count } iakttagelser (de första { $cap } räknas upp, resten är samlade; `--format json` räknar upp högst { $listed } ställen):

sarif-related-capped = relatedLocations innehåller de första { $shown } av de { $count } andra ställena.

# An item of the plan with its date, e.g. in a list of consultations.
item-dated = { $item } ({ $date })
