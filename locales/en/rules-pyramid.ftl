# Rule texts (pyramid): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

PYR001 = A level of the pyramid (general services, equality & inclusion, interaction & conflict) has no measure, service or structure.
    .rationale = The guide holds that all three levels are needed: mainstreaming in general services, group-specific equality and inclusion work, and structures for interaction, conflict and hate crime. An empty level is the clearest development area the situational overview can show. Warning: a guide recommendation, not a statutory duty.
    .help = Add measures at this level, or declare `level:` on measures that already belong there; `goodrel pyramid PLAN_DIR --gaps` shows the whole overview.

PYR002 = A level of the pyramid has fewer than three measures, services or structures.
    .rationale = A level held up by one or two items is not systematic: the published analysis of Oulu's programme found a single ad-hoc discussion forum at the top and called the level weak. Three is goodrel's threshold (`goodrel pyramid --thin-below N` changes it for the overview). Warning: a guide recommendation.
    .help = Add measures at this level, or place existing ones there with `level:`; `goodrel pyramid PLAN_DIR --gaps` shows the whole overview.

PYR003 = Municipal sectors from goodrel's reference list have no measure mainstreaming diversity at the base level.
    .rationale = The base of the pyramid is diversity mainstreamed into the general services of every sector, and the Ministry of Justice lists the municipal tasks where relations between groups matter. The reference list (docs/pyramid.md) is goodrel's reading of both; a small municipality may rightly leave a sector out. A sector whose item is placed on another level only on a weak word or on context is not reported: that item may be its base measure (a `level:` confirms it). Info: advice.
    .help = Write the measure with `sector:` set; if a measure already does this, set its `sector:` (or its responsible actor's).

PYR004 = A population group the plan says lives in the municipality, and which the guide names for equality and inclusion work, is in no measure's, service's or structure's target groups.
    .rationale = The middle level covers group-specific equality and inclusion work for linguistic and cultural minorities, sexual and gender minorities, age groups, persons with disabilities, the Roma, the Sámi and immigrants. goodrel judges only the groups the plan says live in the municipality: immigrants always, the others when the plan's good-relations groups, a structure or a consultation name them, or its situation picture records them (languages for linguistic minorities). The Sámi are judged in the Sámi homeland (Enontekiö, Inari, Utsjoki and northern Sodankylä, recognised by their Finnish, Swedish and Sámi names, with or without kunta, kommun or gielda and in the genitive a name takes before them — 'Inarin kunta', 'Utsjoki kommun', 'Ohcejoga gielda' — or by municipality code; Sodankylä counts as a whole, since its plan covers its northern part) or where the plan records Sámi residents, and are not mentioned elsewhere; `goodrel pyramid --gaps` lists the Sámi as a gap on the same terms. The judged groups no item reaches are one warning (a guide recommendation, not a statutory duty); the other unreached groups are one info naming them, since a municipality may rightly have no targeted work for a group that does not live there.
    .help = Add a targeted service, anti-discrimination measure or participatory structure for the group (CoE-MLG Part III). If one already reaches it, list the group in its `target_groups` (`groups:` for a structure); if the group lives in the municipality, say so in `municipality.good_relations.groups`.

PYR005 = One of the top level's sub-areas (encounters, dialogue, conflict mediation, hate-crime response, community support after a hate crime) has nothing.
    .rationale = The top of the pyramid covers timely encounters between groups, dialogue, handling confrontations and conflicts, and hate crime, which affects the whole community and not only the victim. Only a measure whose description says what is done covers a sub-area: a bare title ("Sovittelu", "Dialogue") or a placeholder names one without showing any work, and the finding lists the measures that only name it. The sub-areas with nothing are named in one finding (they are one gap of one subject, the top level) so the plan can add them. Warning: a guide recommendation.
    .help = Add a measure for each sub-area with nothing. A sub-area named only by a title is covered once that measure's `description` says what is done, by whom and for whom. Give such a measure its `kind:` (encounter, dialogue, mediation, hate_crime_response) or `tags:` (e.g. community_support), so that goodrel sees the sub-area.

PYR006 = Every item at a level is run by the city alone, with no NGO, parish, wellbeing services county, police or other outside partner.
    .rationale = The guide asks that non-city operators' services be placed on the pyramid too, to find where strategic partnerships and cooperation agreements are needed; a level served only by the city shows where. Warning: a guide recommendation.
    .help = List the outside partners in the measures' `partners`, or add their services as measures.

PYR007 = A measure's declared `level` contradicts strong evidence: its `kind`, or a strong keyword such as mediation, hate crime or racism.
    .rationale = A wrong level moves the measure to the wrong tier of the overview and can hide a gap (e.g. a mediation service declared `base` leaves the top looking empty). Only strong evidence is compared, so a declared level is trusted over weak hints. Warning: the level may still be right, but someone should look.
    .help = Correct `level:` (base, middle or top), or the measure's `kind:` if that is what is wrong.

PYR008 = A measure (or a structure of kind `other`) gives nothing to place it on the pyramid by.
    .rationale = goodrel never guesses a level: an item with no level, kind, target group, tag, sector or keyword is left off the overview, which then understates its level. Warning: the overview and the other PYR rules are incomplete until it is placed.
    .help = Add `level:` (base, middle or top), or a `kind:`, `target_groups:` or `sector:` from which the level follows.

# Finding messages (the same sentences are the gaps of `goodrel pyramid --gaps`).

pyr001-level-empty = { $level } has nothing placed on it
pyr002-level-thin = { $level } is thin: { $count ->
    [one] 1 item
   *[other] { $count } items
} placed, fewer than { $below }
pyr003-sectors = { $count } of { $total } reference sectors have no measure mainstreaming diversity at the base level: { $sectors }
pyr004-group-unreached = { $named ->
    [yes] no measure, service or structure lists { $group } in its target groups (a group the plan names in its good-relations groups)
   *[no] no measure, service or structure lists { $group } in its target groups
}
pyr004-judged-unreached = no measure, service or structure lists { $groups } in its target groups, though the plan or the municipality's location shows that { $count ->
    [one] this group lives
   *[other] these groups live
} in the municipality
pyr004-others-unreached = no measure, service or structure addresses { $groups }; the plan does not say whether { $count ->
    [one] this group lives in the municipality, so it was not judged
   *[other] these groups live in the municipality, so they were not judged
}
pyr005-subareas-missing = { $count ->
    [one] the top level has nothing for { $subareas }
   *[other] the top level has nothing for { $subareas }
}
pyr005-subarea-bare = { $subarea } (named only by { $items }, which { $count ->
    [one] does
   *[other] do
} not say what is done)
pyr005-see-gaps = `goodrel pyramid PLAN_DIR --gaps` suggests what to add for each.
pyr006-city-only = { $level } is served only by the city itself: { $count ->
    [one] its one item has no partner outside the city
   *[other] none of its { $count } items has a partner outside the city
}
pyr007-contradicted = { $item } { $id } '{ $title }' is declared `{ $declared }`, but its { $evidence } places it at the { $level } level ({ $label })
pyr008-unplaced = { $item } { $id } '{ $title }' cannot be placed on the pyramid: { $reason }
