# The generated parts of the plan-format guides (docs/plan-format.md, .fi.md, .sv.md).

format-values-heading = Arvoluettelot
format-values-intro = Valinnan voi kirjoittaa avaimena tai millä tahansa sen nimityksistä; isoilla ja pienillä kirjaimilla, välilyönneillä, yhdysmerkeillä ja alaviivoilla ei ole väliä (`"työllisyys ja koulutus"`, `Työllisyys ja koulutus` ja `työllisyys_ja_koulutus` ovat sama arvo). Kunkin kielen virallinen termi on lihavoitu: goodrel käyttää sitä kyseisen kielen tulosteissa. Taulukot tuotetaan sanastosta `src/model/choices.rs`.
format-values-key = avain
format-values-meaning = merkitys
format-values-also = { $meaning } (myös { $also })
format-values-used-by = Käytetään kentissä: { $fields }.
format-values-language = { $code ->
    [fi] suomeksi
    [sv] ruotsiksi
   *[en] englanniksi
}
format-values-type = { $name ->
    [LawBasis] Lait (`law_basis`)
    [RegionalAuthorityKind] Alueelliset viranomaiset
    [PlanningMode] Suunnittelun tavat
    [ArrivalReason] Maahantulon syyt
    [ActorKind] Toimijoiden lajit
    [GovernanceLevel] Hallinnon tasot
    [Sector] Toimialat
    [PopulationGroup] Väestöryhmät
    [ServiceKind] Palvelujen lajit
    [Component] Kotoutumisohjelman osat
    [Area] Suunnittelun osa-alueet
    [FundingUse] Mitä rahoitus kattaa
    [PyramidLevel] Pyramidin tasot
    [MeasureKind] Toimenpiteiden lajit
    [ParticipationForm] Osallisuuden muodot
    [Status] Tilat
    [ReportingUnit] Raportoinnin yksiköt
    [Instrument] Mittausvälineet
    [Frequency] Tiheydet
    [StructureRight] Rakenteiden oikeudet
    [DiversityDimension] Monimuotoisuuden ulottuvuudet
    [DialogueTiming] Dialogin ajoitus
    [PlanPhase] Suunnitelman vaiheet
    [StructureKind] Rakenteiden lajit
    [ConsultationMethod] Kuulemisen menetelmät
   *[LinkKind] Linkitettyjen asiakirjojen lajit
}
