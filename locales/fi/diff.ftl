# goodrel diff: mitä muutos tekee suunnitelmalle.

# Kaksi versiota.
diff-title = goodrel diff: { $old } → { $new }
diff-at-revision = { $root } versiossa { $rev } ({ $commit })
diff-working-tree = { $root } (työkopio)
diff-config = asetukset: { $config } (samat molemmille versioille)
diff-old-empty = vanhassa versiossa ei ole suunnitelmatiedostoja: kaikki suunnitelmassa on uutta
diff-format-only = { $side ->
    [old] vanhan version tiedostoa ei voitu lukea, joten sen sisältöä ei tarkistettu: vain muotoa koskevia havaintoja verrataan
   *[new] uuden version tiedostoa ei voitu lukea (ks. uudet havainnot), joten sen sisältöä ei tarkistettu: vain muotoa koskevia havaintoja verrataan
}

# Osiot.
diff-new-heading = { $count ->
    [one] 1 uusi havainto
   *[other] { $count } uutta havaintoa
}
diff-fixed-heading = { $count ->
    [one] 1 havainto korjattu
   *[other] { $count } havaintoa korjattu
}
diff-kept = { $count ->
    [one] 1 havainto on molemmissa versioissa.
   *[other] { $count } havaintoa on molemmissa versioissa.
}
diff-duties-heading = { $count ->
    [one] tarkistuslistan 1 velvoitteen tila muuttui
   *[other] tarkistuslistan { $count } velvoitteen tila muuttui
}
diff-items-heading = Lisätyt, poistetut ja muutetut kohdat
diff-pyramid-heading = Pyramidi
diff-values-heading = { $count ->
    [one] 1 mittarin arvo kirjattu
   *[other] { $count } mittarien arvoa kirjattu
}
diff-nothing = Muutos ei vaikuta havaintoihin, tarkistuslistaan, suunnitelman kohtiin, pyramidiin eikä mittareihin.

# Tarkistuslista.
diff-verdict = { $verdict ->
    [met] täytetty
    [gap] puute
    [not_judged] arvioimatta
   *[none] ei listalla
}
diff-duty = { $duty }: { $before } → { $after }
diff-met-by = peruste: { $items }
diff-gap-because = puute: { $findings }
diff-not-judged-because = arvioimatta: { $reasons }
diff-was-met = aiemmin täytetty, peruste: { $items }
diff-was-gap = aiemmin puute: { $findings }
diff-counts = lakisääteiset puutteet { $statutory_before } → { $statutory_after }; täytetyt velvoitteet { $met_before } → { $met_after }; havaintoja velvoitteissa { $gaps_before } → { $gaps_after }; arvioimatta { $unjudged_before } → { $unjudged_after }

# Suunnitelman kohdat.
diff-item = { $kind } { $id } '{ $title }'
diff-item-untitled = { $kind } { $id }
diff-municipality = kunnan tiedot (municipality)
diff-added = lisätty: { $item }
diff-removed = poistettu: { $item }
diff-changed = muutettu: { $item }: { $fields }
diff-whole-item = koko kohta

# Pyramidi.
diff-level-count = { $level }: { $before } → { $after }
diff-unplaced-count = sijoittamatta: { $before } → { $after }
diff-moved = { $item }: { $before } → { $after } ({ $why })
diff-not-placed = sijoittamatta
diff-gap-opened = uusi aukko: { $gap }
diff-gap-closed = aukko umpeutui: { $gap }
diff-sector-gained = toimiala { $sector } sai perustason toimenpiteen: { $covers }
diff-sector-lost = toimiala { $sector } menetti perustason toimenpiteensä (aiemmin: { $covers })

# Mittarien arvot.
diff-value = { $indicator } '{ $name }': { $value } { $unit } ({ $date })
diff-value-corrected = { $indicator } '{ $name }': { $value } { $unit } ({ $date }; aiemmin { $before })

# Tulos.
diff-result = { $verdict } ({ $counts })
diff-result-fails = { $level ->
    [warning] muutos ei mene läpi: siinä on { $errors } ja { $warnings }
   *[error] muutos ei mene läpi: siinä on { $errors }
}
diff-result-passes = muutos menee läpi: siinä ei ole { $level ->
    [warning] uusia virheitä eikä varoituksia
   *[error] uusia virheitä
}
diff-result-counts = uusia: { $new_errors }, { $new_warnings }, { $new_infos }; korjattuja: { $fixed }
diff-new-errors = { $count ->
    [one] 1 uusi virhe
   *[other] { $count } uutta virhettä
}
diff-new-warnings = { $count ->
    [one] 1 uusi varoitus
   *[other] { $count } uutta varoitusta
}

# Markdown.
diff-md-more = { $count ->
    [one] 1 muutos jätettiin pois, jotta kommentti pysyy lyhyenä; `goodrel diff --format json` luettelee kaiken.
   *[other] { $count } muutosta jätettiin pois, jotta kommentti pysyy lyhyenä; `goodrel diff --format json` luettelee kaiken.
}

# GitHub.
diff-github-group = goodrel diff: uudet ja korjatut havainnot
diff-github-fixed = korjattu: { $rule } { $place }: { $message }
diff-github-summary = { $root }: { $counts } (verrattuna: { $old })

# Virheet (paluuarvo 2).
diff-error-paths = anna kaksi suunnitelmahakemistoa (VANHA UUSI) tai yksi valitsimen --rev REV kanssa
diff-git-missing = git ei ole asennettuna, ja --rev lukee suunnitelman historian sen avulla
diff-not-a-repository = { $path } ei ole git-tietovarastossa, joten --rev ei löydä historiaa
diff-bad-revision = git ei tunne versiota `{ $rev }` (anna haara, tagi tai commitin tunnus; CI:n suppeaan kopioon se on ensin haettava)
diff-git-failed = git ei pystynyt lukemaan versiota: { $error }

# report --two-yearly --since.
report-draft-since = Lisätyt ja poistetut toimenpiteet (verrattuna: { $since })
report-draft-since-intro = Toimenpiteet, jotka on kirjattu suunnitelmaan tai poistettu siitä sen jälkeen, kun suunnitelma oli versiossa { $since }.
report-draft-since-added = Lisätty suunnitelmaan
report-draft-since-dropped = Poistettu suunnitelmasta
report-draft-since-none = Suunnitelmaan ei ole lisätty eikä siitä ole poistettu toimenpiteitä.
