# goodrel diff: vad en ändring gör med planen.

# De två versionerna.
diff-title = goodrel diff: { $old } → { $new }
diff-at-revision = { $root } i versionen { $rev } ({ $commit })
diff-working-tree = { $root } (arbetskopian)
diff-config = inställningar: { $config } (samma för båda versionerna)
diff-old-empty = den gamla versionen har inga planfiler: allt i planen är nytt
diff-format-only = { $side ->
    [old] en fil i den gamla versionen kunde inte läsas, så dess innehåll granskades inte: bara iakttagelser om formatet jämförs
   *[new] en fil i den nya versionen kunde inte läsas (se de nya iakttagelserna), så dess innehåll granskades inte: bara iakttagelser om formatet jämförs
}

# Avsnitt.
diff-new-heading = { $count ->
    [one] 1 ny iakttagelse
   *[other] { $count } nya iakttagelser
}
diff-fixed-heading = { $count ->
    [one] 1 iakttagelse åtgärdad
   *[other] { $count } iakttagelser åtgärdade
}
diff-kept = { $count ->
    [one] 1 iakttagelse finns i båda versionerna.
   *[other] { $count } iakttagelser finns i båda versionerna.
}
diff-duties-heading = { $count ->
    [one] läget för 1 skyldighet i checklistan ändrades
   *[other] läget för { $count } skyldigheter i checklistan ändrades
}
diff-items-heading = Tillagda, borttagna och ändrade punkter
diff-pyramid-heading = Pyramiden
diff-values-heading = { $count ->
    [one] 1 indikatorvärde registrerat
   *[other] { $count } indikatorvärden registrerade
}
diff-nothing = Ändringen påverkar varken iakttagelserna, checklistan, planens punkter, pyramiden eller indikatorerna.

# Checklistan.
diff-verdict = { $verdict ->
    [met] uppfyllt
    [gap] brist
    [not_judged] inte bedömt
   *[none] inte på listan
}
diff-duty = { $duty }: { $before } → { $after }
diff-met-by = grund: { $items }
diff-gap-because = brist: { $findings }
diff-not-judged-because = inte bedömt: { $reasons }
diff-was-met = tidigare uppfyllt, grund: { $items }
diff-was-gap = tidigare en brist: { $findings }
diff-counts = lagstadgade brister { $statutory_before } → { $statutory_after }; uppfyllda skyldigheter { $met_before } → { $met_after }; skyldigheter med iakttagelser { $gaps_before } → { $gaps_after }; inte bedömda { $unjudged_before } → { $unjudged_after }

# Planens punkter.
diff-item = { $kind } { $id } '{ $title }'
diff-item-untitled = { $kind } { $id }
diff-municipality = uppgifterna om kommunen (municipality)
diff-added = tillagd: { $item }
diff-removed = borttagen: { $item }
diff-changed = ändrad: { $item }: { $fields }
diff-whole-item = hela punkten

# Pyramiden.
diff-level-count = { $level }: { $before } → { $after }
diff-unplaced-count = inte placerade: { $before } → { $after }
diff-moved = { $item }: { $before } → { $after } ({ $why })
diff-not-placed = inte placerad
diff-gap-opened = ny lucka: { $gap }
diff-gap-closed = lucka fylld: { $gap }
diff-sector-gained = sektorn { $sector } fick en åtgärd på basnivån: { $covers }
diff-sector-lost = sektorn { $sector } förlorade sin åtgärd på basnivån (tidigare: { $covers })

# Indikatorvärden.
diff-value = { $indicator } '{ $name }': { $value } { $unit } ({ $date })
diff-value-corrected = { $indicator } '{ $name }': { $value } { $unit } ({ $date }; tidigare { $before })

# Resultatet.
diff-result = { $verdict } ({ $counts })
diff-result-fails = { $level ->
    [warning] ändringen godkänns inte: den medför { $errors } och { $warnings }
   *[error] ändringen godkänns inte: den medför { $errors }
}
diff-result-passes = ändringen godkänns: den medför inga nya { $level ->
    [warning] fel eller varningar
   *[error] fel
}
diff-result-counts = nya: { $new_errors }, { $new_warnings }, { $new_infos }; åtgärdade: { $fixed }
diff-new-errors = { $count ->
    [one] 1 nytt fel
   *[other] { $count } nya fel
}
diff-new-warnings = { $count ->
    [one] 1 ny varning
   *[other] { $count } nya varningar
}

# Markdown.
diff-md-more = { $count ->
    [one] 1 ändring visas inte här, så att kommentaren hålls kort; `goodrel diff --format json` listar allt.
   *[other] { $count } ändringar visas inte här, så att kommentaren hålls kort; `goodrel diff --format json` listar allt.
}

# GitHub.
diff-github-group = goodrel diff: nya och åtgärdade iakttagelser
diff-github-fixed = åtgärdad: { $rule } { $place }: { $message }
diff-github-summary = { $root }: { $counts } (jämfört med { $old })

# Fel (slutkod 2).
diff-error-paths = ange två plankataloger (GAMMAL NY), eller en med --rev REV
diff-git-missing = git är inte installerat, och --rev läser planens historik med det
diff-not-a-repository = { $path } ligger inte i ett git-arkiv, så --rev har ingen historik att läsa
diff-bad-revision = git känner inte till versionen `{ $rev }` (ange en gren, en tagg eller ett commit-id; i en grund CI-kopia måste den hämtas först)
diff-git-failed = git kunde inte läsa versionen: { $error }

# report --two-yearly --since.
report-draft-since = Tillagda och borttagna åtgärder (jämfört med { $since })
report-draft-since-intro = Åtgärder som skrivits in i planen eller tagits bort ur den sedan planens version { $since }.
report-draft-since-added = Tillagda i planen
report-draft-since-dropped = Borttagna ur planen
report-draft-since-none = Ingen åtgärd har lagts till i planen eller tagits bort ur den.
