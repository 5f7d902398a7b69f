# Källorna. Värdet är hela titeln, .short det korta namnet i en hänvisning. Lagarna nämns
# på svenska; handböckerna med titeln på en svensk utgåva bara där utgivarens egna sidor
# bekräftar en sådan, annars med originaltiteln.

source-act-section = { $act }, { $section } §

source-integration-act = lagen om främjande av integration (681/2023)
    .short = lagen om främjande av integration 681/2023
source-non-discrimination-act = diskrimineringslagen (1325/2014)
    .short = diskrimineringslagen 1325/2014
source-ministry-checklist = arbets- och näringsministeriets checklista för kommunens planering av integrationsfrämjandet
    .short = ANM:s planeringschecklista
source-coe-mlg = Council of Europe (2025), Guide for municipalities: multilevel governance and cross-sectoral cooperation to promote integration and good relations
    .short = CoE-MLG
source-moj-gr = justitieministeriet (2022), Kunnat väestösuhteita edistämässä – Käytännön työkaluja kuntien väestösuhdetyöhön
    .short = JM-handboken
source-moj-tool = justitieministeriet, Municipalities promote good relations: a tool for municipal efforts on good relations
    .short = JM-verktyget
source-coe-lab = Council of Europe (2019), Inclusive Integration Policy Lab, Helsinki meeting report
    .short = CoE-LAB
source-osce = OSCE/ODIHR (2017), Local and central government co-ordination on the process of migrant integration
    .short = OSSE/ODIHR
source-goodrel = goodrels planformat (docs/plan-format.sv.md)
    .short = goodrel
