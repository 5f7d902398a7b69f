# Pyramidvyn (`goodrel pyramid`) och texterna i pyramidanalysen: nivåernas namn och
# beskrivningar, grunderna för placeringen, förslagen för bristerna och toppens delområden.

## Nivåerna (Europarådets handbok, del III)
pyramid-level-name = { $level ->
    [base] bas
    [middle] mellannivå
   *[top] topp
}
pyramid-label-base = mångfald integrerad i allmänna tjänster
pyramid-label-middle = gruppspecifik likabehandling och delaktighet
pyramid-label-top = interaktion, dialog, konflikter och hatbrott
# En nivå i en mening: "toppen (…) är tunn".
pyramid-level-phrase = { $level ->
    [base] basen
    [middle] mellannivån
   *[top] toppen
} ({ $label })
pyramid-item-kind = { $kind ->
    [measure] åtgärd
    [service] tjänst
   *[structure] struktur
}

## Grunden för placeringen
pyramid-strength = { $strength ->
    [declared] angiven
    [strong] stark
    [moderate] måttlig
    [weak] svag
   *[context] indirekt
}
pyramid-reason = { $evidence } ({ $strength })
pyramid-reason-level = { $reason } -> { $level }
pyramid-ev-declared = angiven nivå: { $level }
pyramid-ev-kind = typ: { $kind }
pyramid-ev-term = { $found ->
    [tag] taggen
   *[word] ordet
} "{ $written }"
pyramid-ev-term-subarea = { $found ->
    [tag] taggen
   *[word] ordet
} "{ $written }" ({ $subarea })
pyramid-ev-groups-meet = orden "{ $mix }" ... "{ $meet }" (ett möte mellan grupper)
pyramid-ev-target-group = målgrupp: { $group }
pyramid-ev-age-group-need = målgrupp: { $group }; särskilt behov: "{ $written }"
pyramid-ev-sector = sektor: { $sector }
pyramid-ev-objective = målet { $id } nämner ordet "{ $written }"
pyramid-ev-objective-areas = målet { $id } ({ $areas }) nämner ordet "{ $written }"
pyramid-semicolon-list = { $first }; { $rest }
pyramid-ev-service = { $kind ->
    [programme] tjänst i integrationsprogrammet
    [interpreting] tolkningstjänst som stöder integrationsprogrammet
   *[reception] mottagning av flyktingar
}
pyramid-ev-participatory = { $kind ->
    [council] råd för en viss grupp (delaktighetsstruktur)
    [co_design] samutveckling (delaktighetsstruktur)
   *[decision_maker_session] möte med beslutsfattare (delaktighetsstruktur)
}
pyramid-ev-structure-kind = strukturtyp: { $kind }
pyramid-ev-coordination = { $kind }: samordnar arbetet på alla nivåer och placeras därför inte på någon enskild nivå
pyramid-ev-coordination-by-default = { $kind }: inga ord placerar den, så den behandlas som samordning och placeras inte
pyramid-ev-nothing-for-measure = inget att placera den efter – ingen nivå, typ, målgrupp, tagg, sektor eller nyckelord
pyramid-ev-nothing-for-structure = inget att placera den efter – strukturtypen är `other` och namnet eller uppdraget har inget nyckelord

## Grupperna som handboken nämner för mellannivån
pyramid-guide-group = { $group ->
    [immigrants] invandrare
    [linguistic_and_cultural_minorities] språkliga och kulturella minoriteter
    [sexual_and_gender_minorities] sexuella minoriteter och könsminoriteter
    [age_groups] barn, unga eller äldre
    [persons_with_disabilities] personer med funktionsnedsättning
    [roma] romer
   *[sami] samer
}

## Toppens delområden: vad de är, förslaget och dess exempel (som innehåller ett av de ord
## goodrel känner igen delområdet på) samt källan.
pyramid-subarea-encounters = möten och interaktion mellan grupper i rätt tid
pyramid-subarea-encounters-advice = Ordna ledda möten mellan grupper på lika villkor, med gemensamma mål och en känsla av trygghet
pyramid-subarea-encounters-example = en regelbunden mötesplats där invånare med olika bakgrund möts med en utbildad samtalsledare
pyramid-subarea-dialogue = dialog
pyramid-subarea-dialogue-advice = Planera dialoger i rätt tid (förebyggande, avspännande, försonande), balanserat ledda och med stöd av staden
pyramid-subarea-dialogue-example = en Erätauko-dialog om spänningarna i ett bostadsområde
pyramid-subarea-mediation = konfliktmedling
pyramid-subarea-mediation-advice = Ordna konfliktmedling för motsättningar mellan grupper
pyramid-subarea-mediation-example = grannmedling eller medling i lokalsamhället
pyramid-subarea-hate-crime-response = åtgärder mot hatbrott
pyramid-subarea-hate-crime-response-advice = Kom överens med polisen och partnerna om hur staden agerar mot hatbrott, så som anvisningarna för den lokala säkerhetsplaneringen rekommenderar
pyramid-subarea-hate-crime-response-example = ett gemensamt förfarande med polisen för att anmäla och följa upp hatbrott
pyramid-subarea-community-support = stöd till samhället efter ett hatbrott
pyramid-subarea-community-support-advice = Planera hur staden stöder hela samhället efter ett hatbrott
pyramid-subarea-community-support-example = ett samtalsforum där invånarna blir hörda, sammankallat via invandrarrådet
pyramid-source-part-iii = CoE-MLG, del III
pyramid-source-dialogue = CoE-MLG, del III, dialog
pyramid-source-oulu-example = CoE-MLG, del III, exemplet Uleåborg

## Hur en brist åtgärdas
pyramid-suggest-subarea = { $advice }, t.ex. { $example } ({ $source }).
pyramid-suggest-fill-level = { $level ->
    [top] Bygg upp strukturer som används systematiskt, inte bara vid behov, för ledda möten i rätt tid, dialog, konfliktmedling och åtgärder mot hatbrott (CoE-MLG, del III).
    [middle] Lägg till arbete mot diskriminering och rasism samt riktade tjänster eller delaktighetsstrukturer, till exempel ett råd, för de grupper som handboken nämner (CoE-MLG, del III).
   *[base] Gör mångfalden till en del av de allmänna tjänsterna inom alla sektorer, t.ex. boende, utbildning, sysselsättning, ungdomsarbete och kultur, så att grupper möts och segregation förebyggs (CoE-MLG, del III).
}
pyramid-suggest-partners = Placera också andra aktörers tjänster än stadens på nivån (organisationer, församlingar, välfärdsområdet, polisen) och kom överens om partnerskap där sådana saknas (CoE-MLG, del III, analysen av Uleåborg).
pyramid-suggest-mainstream-sectors = Ge varje sektor i listan en åtgärd som anpassar dess allmänna tjänster till en mångfaldig befolkning: möts grupper där, och motsvarar tjänsten allas behov? En länkad plan vars `mainstreaming` nämner sektorn räknas också (CoE-MLG, del III; JM-handboken).
pyramid-suggest-reach-group = Lägg till en riktad tjänst, en åtgärd mot diskriminering eller en delaktighetsstruktur för { $group ->
    [immigrants] invandrare
    [linguistic_and_cultural_minorities] språkliga och kulturella minoriteter
    [sexual_and_gender_minorities] sexuella minoriteter och könsminoriteter
    [age_groups] barn, unga eller äldre
    [persons_with_disabilities] personer med funktionsnedsättning
    [roma] romer
   *[sami] samer
} (CoE-MLG, del III).

## Mångfald i länkade planer
pyramid-via-plan = { $plan ->
    [municipal_strategy] via kommunstrategin
    [wellbeing_report_and_plan] via välfärdsberättelsen och välfärdsplanen
    [non_discrimination_plan] via likabehandlingsplanen
    [security_plan] via säkerhetsplanen
    [language_strategy] via språkstrategin
   *[interaction_plan] via interaktionsplanen
}
pyramid-via-link = via { $title } ({ $link })
pyramid-linked-note = sektorer där länkade planer integrerar mångfalden (inte objekt i pyramiden): { $sectors }

## Textvyn
pyramid-heading = Pyramiden för
pyramid-counts = { $placed } objekt { $placed ->
    [one] placerat
   *[other] placerade
}, { $unplaced } inte placerade, { $coordination ->
    [one] 1 samordnande struktur
   *[other] { $coordination } samordnande strukturer
} utanför pyramiden
pyramid-items = { $count } objekt
pyramid-tier-empty = tom
pyramid-tier-thin = tunn
pyramid-tier-nothing = inget placerat här
pyramid-tier-partners = { $percent } % med partner utanför staden
pyramid-level-nothing = inget är placerat på den här nivån
pyramid-col-id = id
pyramid-col-title = namn
pyramid-col-who =
    ansvarig
    + partner
pyramid-col-scope = sektor / grupper
pyramid-col-reason = grund
pyramid-col-why-not = varför inte placerad
pyramid-scope-component = integrationsprogram: { $component }
pyramid-reason-contradicted = { $reason }; men { $evidence } pekar på nivån: { $level } (PYR007)
pyramid-uncertain-note = ? osäker: placerad på ett svagt ord eller enbart på indirekt grund (sektor, nämnd tjänst, mål), inte på vad den säger att den gör: { $ids }; `kind:` eller `level:` skulle bekräfta nivån
pyramid-more-rows = … och { $count } till som inte visas här; `--format json` listar alla
pyramid-unplaced-heading = INTE PLACERADE
pyramid-unplaced-note = ({ $count }; ange `level:` eller lägg till typ, målgrupp eller sektor)
pyramid-coordination-heading = UTANFÖR PYRAMIDEN
pyramid-coordination-note = (samordning över alla nivåer)
pyramid-gaps = Brister
pyramid-gaps-none = inga brister med nuvarande gränsvärde
pyramid-gaps-no-measures = planen har ännu inga åtgärder, så det finns inget att analysera
pyramid-gaps-worst-first = Brister, allvarligast först
pyramid-main-gap = största bristen: { $level }
pyramid-gap-weight = vikt { $weight }
pyramid-suggest-describe = Skriv i åtgärdens beskrivning vad som görs, av vem, för vem och hur ofta: en rubrik ensam nämner ett delområde men visar inte arbetet (CoE-MLG del III efterfrågar strukturer, tjänster och praxis).
