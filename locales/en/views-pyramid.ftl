# The pyramid view (`goodrel pyramid`) and the texts of the pyramid analysis: level names and
# labels, placement reasons, gap suggestions, the top level's sub-areas.

## The levels
pyramid-level-name = { $level ->
    [base] base
    [middle] middle
   *[top] top
}
pyramid-label-base = general services
pyramid-label-middle = equality & inclusion
pyramid-label-top = interaction & conflict
# A level named in a sentence: "the top level (interaction & conflict) is thin".
pyramid-level-phrase = the { $level } level ({ $label })
pyramid-item-kind = { $kind ->
    [measure] measure
    [service] service
   *[structure] structure
}

## Why an item sits where it does
pyramid-strength = { $strength ->
    [declared] declared
    [strong] strong
    [moderate] moderate
    [weak] weak
   *[context] context
}
pyramid-reason = { $evidence } ({ $strength })
pyramid-reason-level = { $reason } -> { $level }
pyramid-ev-declared = declared: level { $level }
pyramid-ev-kind = kind: { $kind }
pyramid-ev-term = { $found ->
    [tag] tag
   *[word] word
} "{ $written }"
pyramid-ev-term-subarea = { $found ->
    [tag] tag
   *[word] word
} "{ $written }" ({ $subarea })
pyramid-ev-groups-meet = words "{ $mix }" ... "{ $meet }" (an encounter between groups)
pyramid-ev-target-group = target group: { $group }
pyramid-ev-age-group-need = target group: { $group } with a specific need ("{ $written }")
pyramid-ev-sector = sector: { $sector }
pyramid-ev-objective = objective { $id } names "{ $written }"
pyramid-ev-objective-areas = objective { $id } ({ $areas }) names "{ $written }"
pyramid-semicolon-list = { $first }; { $rest }
pyramid-ev-service = { $kind ->
    [programme] integration programme service
    [interpreting] interpreting service supporting the programme
   *[reception] refugee reception service
}
pyramid-ev-participatory = { $kind ->
    [council] council for a specific group (participatory structure)
    [co_design] co-design (participatory structure)
   *[decision_maker_session] decision-maker session (participatory structure)
}
pyramid-ev-structure-kind = structure kind: { $kind }
pyramid-ev-coordination = { $kind }: coordinates the work on every level, not placed on one
pyramid-ev-coordination-by-default = { $kind } without words placing it: treated as coordination, not placed
pyramid-ev-nothing-for-measure = nothing to place it by: no level, kind, target group, tag, sector or keyword
pyramid-ev-nothing-for-structure = nothing to place it by: structure kind `other` and no keyword in its name or mandate

## The groups the guide names for the middle level
pyramid-guide-group = { $group ->
    [immigrants] immigrants
    [linguistic_and_cultural_minorities] linguistic and cultural minorities
    [sexual_and_gender_minorities] sexual and gender minorities
    [age_groups] children, young people or older people
    [persons_with_disabilities] persons with disabilities
    [roma] the Roma
   *[sami] the Sámi
}

## The top level's sub-areas: what each is, the advice and its example (which holds one of
## the words goodrel recognises the sub-area by, in every language), and the source.
pyramid-subarea-encounters = timely encounters and interaction between groups
pyramid-subarea-encounters-advice = Organise facilitated encounters between groups on an equal footing, with shared goals and a sense of security
pyramid-subarea-encounters-example = a regular meeting place where residents of different backgrounds meet with a trained facilitator
pyramid-subarea-dialogue = dialogue
pyramid-subarea-dialogue-advice = Plan dialogues at the right time (preventive, defusing, reconciling), facilitated in a balanced way and backed by the city
pyramid-subarea-dialogue-example = an Erätauko dialogue on the tensions of a district
pyramid-subarea-mediation = conflict mediation
pyramid-subarea-mediation-advice = Set up conflict mediation for confrontations between groups
pyramid-subarea-mediation-example = neighbourhood or community mediation
pyramid-subarea-hate-crime-response = responding to hate crime
pyramid-subarea-hate-crime-response-advice = Agree with the police and partners how the city responds to hate crime, as local security planning guidance recommends
pyramid-subarea-hate-crime-response-example = a shared procedure with the police for reporting and following up hate crimes
pyramid-subarea-community-support = support for the community after a hate crime
pyramid-subarea-community-support-advice = Plan how the city supports the wider community after a hate crime
pyramid-subarea-community-support-example = a listening forum convened through the immigrant council
pyramid-source-part-iii = CoE-MLG Part III
pyramid-source-dialogue = CoE-MLG Part III, dialogue
pyramid-source-oulu-example = CoE-MLG Part III, Oulu example

## What to do about a gap
pyramid-suggest-subarea = { $advice }, e.g. { $example } ({ $source }).
pyramid-suggest-fill-level = { $level ->
    [top] Build structures that are used systematically for timely, facilitated encounters, dialogue, conflict mediation and responding to hate crime, not only ad hoc (CoE-MLG Part III).
    [middle] Add anti-discrimination and anti-racism work and targeted services or participatory structures, such as a council, for the groups the guide names (CoE-MLG Part III).
   *[base] Make diversity part of the general services of every sector, e.g. housing, education, employment, youth and culture, so that groups meet and segregation is prevented (CoE-MLG Part III).
}
pyramid-suggest-partners = Place the services of non-city operators (NGOs, parishes, the wellbeing services county, the police) at this level too, and agree partnerships where none exist (CoE-MLG Part III, Oulu analysis).
pyramid-suggest-mainstream-sectors = Give each listed sector a measure that adapts its general services to a diverse population: do groups meet there, and does the service meet everyone's needs? A linked plan whose `mainstreaming` names the sector also counts (CoE-MLG Part III; MoJ-GR).
pyramid-suggest-reach-group = Add a targeted service, anti-discrimination measure or participatory structure for { $group ->
    [immigrants] immigrants
    [linguistic_and_cultural_minorities] linguistic and cultural minorities
    [sexual_and_gender_minorities] sexual and gender minorities
    [age_groups] children, young people or older people
    [persons_with_disabilities] persons with disabilities
    [roma] the Roma
   *[sami] the Sámi
} (CoE-MLG Part III).

## Mainstreaming in linked plans
pyramid-via-plan = { $plan ->
    [municipal_strategy] via the municipal strategy
    [wellbeing_report_and_plan] via the wellbeing report and plan
    [non_discrimination_plan] via the non-discrimination plan
    [security_plan] via the security plan
    [language_strategy] via the language strategy
   *[interaction_plan] via the interaction plan
}
pyramid-via-link = via { $title } ({ $link })
pyramid-linked-note = sectors mainstreamed in linked plans (not items of the pyramid): { $sectors }

## The text view
pyramid-heading = Pyramid of
pyramid-counts = { $placed ->
    [one] 1 item
   *[other] { $placed } items
} placed, { $unplaced } not placed, { $coordination ->
    [one] 1 coordination structure
   *[other] { $coordination } coordination structures
} kept off the pyramid
pyramid-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
pyramid-tier-empty = empty
pyramid-tier-thin = thin
pyramid-tier-nothing = nothing placed here
pyramid-tier-partners = { $percent }% with non-city partners
pyramid-level-nothing = nothing placed at this level
pyramid-col-id = id
pyramid-col-title = title
pyramid-col-who =
    responsible
    + partners
pyramid-col-scope = sector / groups
pyramid-col-reason = reason
pyramid-col-why-not = why not placed
pyramid-scope-component = programme: { $component }
pyramid-reason-contradicted = { $reason }; but { $evidence } says { $level } (PYR007)
pyramid-uncertain-note = ? uncertain: placed on a weak word or on context alone (a sector, a service named, an objective), not on what they say they do: { $ids }; a `kind:` or `level:` would confirm the level
pyramid-more-rows = … and { $count } more, not shown here; `--format json` lists them all
pyramid-unplaced-heading = NOT PLACED
pyramid-unplaced-note = ({ $count }; declare `level:` or add a kind, target group or sector)
pyramid-coordination-heading = OFF THE PYRAMID
pyramid-coordination-note = (coordination across all levels)
pyramid-gaps = Gaps
pyramid-gaps-none = none found at the current threshold
pyramid-gaps-no-measures = the plan has no measures yet, so there is nothing to analyse
pyramid-gaps-worst-first = Gaps, worst first
pyramid-main-gap = main gap: { $level }
pyramid-gap-weight = weight { $weight }
pyramid-suggest-describe = Say in the measure's description what is done, by whom, for whom and how often: a title alone names a sub-area but does not show the work (CoE-MLG Part III asks for structures, services and practices).
