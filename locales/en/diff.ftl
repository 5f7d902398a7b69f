# goodrel diff: what a change does to the plan.

# The two versions.
diff-title = goodrel diff: { $old } → { $new }
diff-at-revision = { $root } at { $rev } ({ $commit })
diff-working-tree = { $root } (working tree)
diff-config = configuration: { $config } (the same for both versions)
diff-old-empty = the old version has no plan files: everything in the plan is new
diff-format-only = { $side ->
    [old] a file of the old version could not be read, so its content rules did not run: only format findings are compared
   *[new] a file of the new version could not be read (see the new findings), so its content rules did not run: only format findings are compared
}

# Sections.
diff-new-heading = { $count ->
    [one] 1 new finding
   *[other] { $count } new findings
}
diff-fixed-heading = { $count ->
    [one] 1 finding fixed
   *[other] { $count } findings fixed
}
diff-kept = { $count ->
    [one] 1 finding is in both versions.
   *[other] { $count } findings are in both versions.
}
diff-duties-heading = { $count ->
    [one] 1 duty of the checklist changed verdict
   *[other] { $count } duties of the checklist changed verdict
}
diff-items-heading = Items added, removed and changed
diff-pyramid-heading = Pyramid
diff-values-heading = { $count ->
    [one] 1 indicator value recorded
   *[other] { $count } indicator values recorded
}
diff-nothing = The change makes no difference to the findings, the checklist, the items, the pyramid or the indicators.

# The checklist.
diff-verdict = { $verdict ->
    [met] met
    [gap] gap
    [not_judged] not judged
   *[none] not listed
}
diff-duty = { $duty }: { $before } → { $after }
diff-met-by = met by: { $items }
diff-gap-because = gap: { $findings }
diff-not-judged-because = not judged: { $reasons }
diff-was-met = before, met by: { $items }
diff-was-gap = before, a gap: { $findings }
diff-counts = statutory gaps { $statutory_before } → { $statutory_after }; duties met { $met_before } → { $met_after }; with findings { $gaps_before } → { $gaps_after }; not judged { $unjudged_before } → { $unjudged_after }

# Items.
diff-item = { $kind } { $id } '{ $title }'
diff-item-untitled = { $kind } { $id }
diff-municipality = the municipality section
diff-added = added: { $item }
diff-removed = removed: { $item }
diff-changed = changed: { $item }: { $fields }
diff-whole-item = the whole item

# The pyramid.
diff-level-count = { $level }: { $before } → { $after }
diff-unplaced-count = not placed: { $before } → { $after }
diff-moved = { $item }: { $before } → { $after } ({ $why })
diff-not-placed = not placed
diff-gap-opened = gap opened: { $gap }
diff-gap-closed = gap closed: { $gap }
diff-sector-gained = { $sector } gained its base measure: { $covers }
diff-sector-lost = { $sector } lost its base measure (it had: { $covers })

# Indicator values.
diff-value = { $indicator } '{ $name }': { $value } { $unit } on { $date }
diff-value-corrected = { $indicator } '{ $name }': { $value } { $unit } on { $date } (was { $before })

# The result.
diff-result = { $verdict } ({ $counts })
diff-result-fails = { $level ->
    [warning] the change fails: it brings { $errors } and { $warnings }
   *[error] the change fails: it brings { $errors }
}
diff-result-passes = the change passes: it brings no new { $level ->
    [warning] error or warning
   *[error] error
}
diff-result-counts = new: { $new_errors }, { $new_warnings }, { $new_infos }; fixed: { $fixed }
diff-new-errors = { $count ->
    [one] 1 new error
   *[other] { $count } new errors
}
diff-new-warnings = { $count ->
    [one] 1 new warning
   *[other] { $count } new warnings
}

# Markdown.
diff-md-more = { $count ->
    [one] 1 more change is not shown here, to keep this comment short; `goodrel diff --format json` lists everything.
   *[other] { $count } more changes are not shown here, to keep this comment short; `goodrel diff --format json` lists everything.
}

# GitHub.
diff-github-group = goodrel diff: new and fixed findings
diff-github-fixed = fixed: { $rule } { $place }: { $message }
diff-github-summary = { $root }: { $counts } (compared with { $old })

# Errors (exit code 2).
diff-error-paths = give two plan directories (OLD_DIR NEW_DIR), or one with --rev REV (PLAN_DIR)
diff-git-missing = git is not installed, and --rev reads the plan's history with it
diff-not-a-repository = { $path } is not in a git repository, so --rev has no history to read
diff-bad-revision = git knows no commit called `{ $rev }` (give a branch, a tag or a commit id; in a shallow CI checkout, fetch it first)
diff-git-failed = git could not read the revision: { $error }

# report --two-yearly --since.
report-draft-since = Measures added and dropped (compared with { $since })
report-draft-since-intro = Measures written into the plan, or taken out of it, since the plan's version { $since }.
report-draft-since-added = Added to the plan
report-draft-since-dropped = Taken out of the plan
report-draft-since-none = No measure was added to the plan or taken out of it.
