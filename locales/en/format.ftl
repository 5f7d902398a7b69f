# The generated parts of the plan-format guides (docs/plan-format.md, .fi.md, .sv.md).

format-values-heading = Lists of values
format-values-intro = Each choice is written as its key or as any of its terms; case, spaces, hyphens and underscores do not matter (`"työllisyys ja koulutus"`, `työllisyys_ja_koulutus` and `Employment and education` are one value). The official term of each language is in bold: goodrel's output in that language uses it. These tables are generated from the vocabulary in `src/model/choices.rs`.
format-values-key = key
format-values-meaning = meaning
format-values-also = { $meaning } (also { $also })
format-values-used-by = Used by: { $fields }.
format-values-language = { $code ->
    [fi] Finnish
    [sv] Swedish
   *[en] English
}
format-values-type = { $name ->
    [LawBasis] Acts (`law_basis`)
    [RegionalAuthorityKind] Regional authorities
    [PlanningMode] Planning modes
    [ArrivalReason] Reasons of arrival
    [ActorKind] Actor kinds
    [GovernanceLevel] Levels of governance
    [Sector] Sectors
    [PopulationGroup] Population groups
    [ServiceKind] Service kinds
    [Component] Programme components
    [Area] Planning areas
    [FundingUse] What funding covers
    [PyramidLevel] Pyramid levels
    [MeasureKind] Measure kinds
    [ParticipationForm] Participation forms
    [Status] Statuses
    [ReportingUnit] Reporting units
    [Instrument] Instruments
    [Frequency] Frequencies
    [StructureRight] Rights of structures
    [DiversityDimension] Dimensions of diversity
    [DialogueTiming] Timing of dialogues
    [PlanPhase] Phases of the plan
    [StructureKind] Structure kinds
    [ConsultationMethod] Consultation methods
   *[LinkKind] Link kinds
}
