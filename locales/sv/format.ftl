# The generated parts of the plan-format guides (docs/plan-format.md, .fi.md, .sv.md).

format-values-heading = Värdelistor
format-values-intro = Ett val skrivs som sin nyckel eller med någon av sina benämningar; stora och små bokstäver, mellanslag, bindestreck och understreck spelar ingen roll (`"sysselsättning och utbildning"`, `Sysselsättning och utbildning` och `sysselsättning_och_utbildning` är samma värde). Varje språks officiella term är i fetstil: goodrel använder den i utdata på det språket. Tabellerna genereras ur vokabulären i `src/model/choices.rs`.
format-values-key = nyckel
format-values-meaning = betydelse
format-values-also = { $meaning } (även { $also })
format-values-used-by = Används i fälten: { $fields }.
format-values-language = { $code ->
    [fi] på finska
    [sv] på svenska
   *[en] på engelska
}
format-values-type = { $name ->
    [LawBasis] Lagar (`law_basis`)
    [RegionalAuthorityKind] Regionala myndigheter
    [PlanningMode] Sätt att planera
    [ArrivalReason] Skäl till inflyttning
    [ActorKind] Typer av aktörer
    [GovernanceLevel] Förvaltningsnivåer
    [Sector] Sektorer
    [PopulationGroup] Befolkningsgrupper
    [ServiceKind] Typer av tjänster
    [Component] Integrationsprogrammets delar
    [Area] Planeringens delområden
    [FundingUse] Vad finansieringen täcker
    [PyramidLevel] Pyramidens nivåer
    [MeasureKind] Typer av åtgärder
    [ParticipationForm] Former av delaktighet
    [Status] Lägen
    [ReportingUnit] Rapporteringsenheter
    [Instrument] Mätinstrument
    [Frequency] Frekvenser
    [StructureRight] Strukturernas rättigheter
    [DiversityDimension] Mångfaldens dimensioner
    [DialogueTiming] Dialogens tidpunkt
    [PlanPhase] Planens skeden
    [StructureKind] Typer av strukturer
    [ConsultationMethod] Samrådsmetoder
   *[LinkKind] Typer av länkade dokument
}
