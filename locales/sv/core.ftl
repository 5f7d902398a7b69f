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
text-held-back = { $count ->
    [one] 1 iakttagelse väntar
   *[other] { $count } iakttagelser väntar
} tills värdet på { $place } är rättat ({ $ids })
text-held-back-more = { $line }; { $count } till väntar
text-waiting = { $count ->
    [one] 1 regel som läser värdet på { $place } väntar tills det är rättat innan den bedömer ({ $ids })
   *[other] { $count } regler som läser värdet på { $place } väntar tills det är rättat innan de bedömer ({ $ids })
}
text-held-back-and-waiting = { $held }; { $count ->
    [one] ytterligare 1 regel väntar på det ({ $ids })
   *[other] ytterligare { $count } regler väntar på det ({ $ids })
}
text-held-back-values = { $count ->
    [one] ytterligare 1 värde håller inne iakttagelser (`--format json` listar dem under `held_back`)
   *[other] ytterligare { $count } värden håller inne iakttagelser (`--format json` listar dem under `held_back`)
}
text-ids-and-more = { $ids } och { $count } till
text-checklist = checklista: { $statutory ->
    [one] 1 lagstadgad brist
   *[other] { $statutory } lagstadgade brister
}, { $met } skyldigheter uppfyllda, { $unjudged } inte bedömda (`goodrel checklist` visar grunderna)
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
explain-duty = checklista: { $duty } ({ $basis })
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
catalogue-duty = Checklista.
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


# The regional authorities that receive the reports (the ten vitality centres from 2026 and
# the fifteen ELY Centres before them), selected by goodrel's key for each (the list is in
# src/model/authorities.rs): a plan may name its authority in Finnish or Swedish, and a
# message names it in the reader's language; a name goodrel does not know is shown as the
# plan writes it. Finnish names as tem.fi lists them (27.11.2025); Swedish names in the
# authorities' own form ("Livskraftscentralen i Österbotten"). English keeps the plan's words.
authority-name = { $key ->
    [vc-uusimaa] Livskraftscentralen i Nyland
    [vc-lounais-suomi] Livskraftscentralen i Sydvästra Finland
    [vc-kaakkois-suomi] Livskraftscentralen i Sydöstra Finland
    [vc-sisa-suomi] Livskraftscentralen i Inre Finland
    [vc-keski-suomi] Livskraftscentralen i Mellersta Finland
    [vc-ita-suomi] Livskraftscentralen i Östra Finland
    [vc-etela-pohjanmaa] Livskraftscentralen i Södra Österbotten
    [vc-pohjanmaa] Livskraftscentralen i Österbotten
    [vc-pohjois-suomi] Livskraftscentralen i Norra Finland
    [vc-lappi] Livskraftscentralen i Lappland
    [ely-uusimaa] NTM-centralen i Nyland
    [ely-varsinais-suomi] NTM-centralen i Egentliga Finland
    [ely-satakunta] NTM-centralen i Satakunta
    [ely-hame] NTM-centralen i Tavastland
    [ely-pirkanmaa] NTM-centralen i Birkaland
    [ely-kaakkois-suomi] NTM-centralen i Sydöstra Finland
    [ely-etela-savo] NTM-centralen i Södra Savolax
    [ely-pohjois-savo] NTM-centralen i Norra Savolax
    [ely-pohjois-karjala] NTM-centralen i Norra Karelen
    [ely-keski-suomi] NTM-centralen i Mellersta Finland
    [ely-etela-pohjanmaa] NTM-centralen i Södra Österbotten
    [ely-pohjanmaa] NTM-centralen i Österbotten
    [ely-pohjois-pohjanmaa] NTM-centralen i Norra Österbotten
    [ely-kainuu] NTM-centralen i Kajanaland
    [ely-lappi] NTM-centralen i Lappland
   *[other] { $written }
}

# A time known only by the phase of the plan (a consultation `date: {during: planning}`).
when-during = under { $phase }

# A number of meetings a year the plan gives (`meetings_per_year: 5`).
times-a-year = { $count ->
    [one] en gång om året
   *[other] { $count } gånger om året
}
