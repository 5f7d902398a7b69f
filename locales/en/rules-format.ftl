# Rule texts (format): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

PLAN001 = A plan file cannot be read as text: unreadable, binary, not UTF-8 or too large.
    .rationale = A file goodrel cannot read is a part of the plan nobody can check; it is an error so that CI does not pass a plan it has only partly seen.
    .help = Save the file as UTF-8 text, move binary files (PDFs, images) out of the plan directory, or split a very large file by sector.

PLAN002 = A plan file is not valid YAML or TOML.
    .rationale = A file that does not parse contributes nothing to the plan, so everything in it would silently go unchecked.
    .help = Fix the syntax at the line shown; the message says what is wrong in plain words, then the parser's own words in brackets.

PLAN003 = A section or field name is not part of the plan format.
    .rationale = A misspelt key is silently ignored by most tools, and the information in it is lost; goodrel refuses to guess.
    .help = Use one of the documented names (see `goodrel schema` or docs/plan-format.md); the closest known name is suggested.

PLAN004 = A field has the wrong type, a value outside its documented choices, or a required field is missing.
    .rationale = Rules can only check what they can read; a value of the wrong shape would otherwise be dropped.
    .help = Write the value the way the message says this field takes it (an example follows it); docs/plan-format.md and `goodrel schema` describe every field.

PLAN005 = Two items of the plan share an id (ids are unique across all files).
    .rationale = References by id would become ambiguous; which measure is `M12`?
    .help = Give one of the two items a different id and update the references to it.

PLAN006 = A reference names an id that no item of the right kind has.
    .rationale = A responsible actor or objective that does not exist means the plan does not say who does what.
    .help = Correct the id, or add the missing item (e.g. the actor under `actors`).

PLAN007 = The `municipality` section is missing, or appears in more than one file.
    .rationale = Every plan belongs to exactly one municipality; many rules read its period, authority and vision.
    .help = Keep exactly one `municipality:` section, usually in `plan.yaml` at the top of the plan directory.

PLAN012 = A symbolic link in the plan directory leads outside it, or a plan file is a FIFO, device or socket; it is not read.
    .rationale = Plan directories are checked in CI on pull requests, so what they point at is not trusted: a link to `/` would walk the whole machine, a link to `/proc` or a FIFO never ends, and a link to a file elsewhere would echo its contents into a public log. goodrel reads only what lies inside the plan directory and checks the rest; the finding is an error because the plan may be missing what the link was meant to add.
    .help = Copy the file into the plan directory instead of linking to it, or point the link at a file inside the plan directory; delete links to system paths.

PLAN013 = An id looks like another id of the plan, mixes alphabets, is written in another alphabet while looking Latin, or holds an invisible character (a zero-width space, a bidi control).
    .rationale = References are ids, and a reader checks a reference by reading it. An actor `еmployment` written with a Cyrillic `е` takes over the measures that seem to name `employment`; `М1` in Cyrillic letters sits beside `M1`; an id with a zero-width space differs from the one it shows. Unicode's security report (UTS #39) describes these lookalikes: mixed scripts, whole-script confusables and confusable skeletons. Ids are compared after Unicode normalisation (NFC), so an accented letter typed in two ways is one id.
    .help = Retype the id (and the references to it) in plain letters: delete the invisible character, or replace the letters from another alphabet with Latin ones.

PLAN008 = The goodrel.toml configuration file has an unknown key, an unknown rule or family, a bad level, or a value of the wrong kind.
    .rationale = The configuration decides which findings are shown and how severe they are; a misspelt rule id or level would silently leave a rule on, off or at the wrong severity, so the run fails until the file says what was meant. A configuration error cannot itself be switched off or suppressed.
    .help = Correct the key or value at the line shown (the closest known name is suggested); the keys and levels are listed in docs/configuration.md.

PLAN009 = An inline `# goodrel: ignore[RULE]` comment gives no reason, so it suppresses nothing.
    .rationale = A silenced finding may be a statutory gap; whoever reads the plan later (the council, the ELY Centre / vitality centre, the next coordinator) must be able to see why it was accepted. A suppression without a reason is not honoured and is an error so that the reason gets written.
    .help = Write the reason after the bracket, e.g. `# goodrel: ignore[IA012] the county runs this measure; agreed in the cooperation group on 3 May`.

PLAN010 = An inline `# goodrel: ignore[RULE]` comment names a rule that reports nothing where the comment is.
    .rationale = A suppression left behind after the plan was fixed would silently hide the next finding of that rule at the same place. It is a warning: the plan itself is not wrong, the comment is stale.
    .help = Delete the suppression (or the rule id that is no longer needed in it); if the finding moved, move the comment onto or directly above the line reported.

PLAN011 = An inline `# goodrel:` comment names an unknown rule, a rule that cannot be suppressed, or is not written as `# goodrel: ignore[RULE] reason`.
    .rationale = A misspelt suppression does nothing, so the finding it was meant to cover keeps showing, or a later one is not covered as intended; it is an error so that the comment is corrected rather than mistaken for a working one.
    .help = Write the comment as `# goodrel: ignore[RULE] reason` with a rule id from `goodrel rules` (the closest known id is suggested); unreadable-file and syntax-error findings cannot be suppressed.
PLAN014 = Values of the plan are placeholders, only labels, or the same text for items they should tell apart.
    .rationale = A plan is read for what it says. A value that only stands in for text (`x`, `-`, `TBD`, "to be added", "lisätään myöhemmin", "se rapporten för detaljer"), that only names its kind of item or field ("Service", "Toimenpide 1", "Mätare", its own id) or that repeats one sentence for items it should tell apart (one slogan for every objective, one sentence for all five contents of a report) does not count as written (docs/plan-format.md, "What counts as written"). The rule that needs such a value — a service's description (IA009), an objective's statement (IA010), a measure's title (IA011), an indicator's name (IA014), the strategy note (IA016), the VALKO link (IA023), a report's contents (IA022) — judges it as missing, at error where the Act asks for it. This rule lists every such value once, with its place, so the coordinator sees the whole list to fill in. Warning: a list to work through; the statutory judgement is the other rules'.
    .help = Write each value listed in your own words: what the service offers, what the objective aims at, what the measure does, what the indicator measures.
plan014-placeholders = { $count ->
    [one] a value of the plan does not count as written
   *[other] { $count } values of the plan do not count as written
}: { $values }
plan014-value = `{ $path }` '{ $text }' ({ $place }: { $why ->
    [mark] a mark
    [placeholder] a placeholder
    [label] only a label
   *[reused] the same text as elsewhere
})
plan014-more = and { $count } more
