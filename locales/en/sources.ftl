# The documents rules cite. The value is the full title, .short the name used in a citation
# line. The Acts are named in each language; the guides by the title of an edition in that
# language only where the publisher's own pages confirm one, else by the original title.

source-act-section = { $act }, section { $section }

source-integration-act = Act on the Promotion of Integration (681/2023)
    .short = Act on the Promotion of Integration 681/2023
source-non-discrimination-act = Non-Discrimination Act (1325/2014)
    .short = Non-Discrimination Act 1325/2014
source-ministry-checklist = Ministry of Economic Affairs and Employment: planning checklist for municipal integration promotion
    .short = TEM planning checklist
source-coe-mlg = Council of Europe (2025), Guide for municipalities: multilevel governance and cross-sectoral cooperation to promote integration and good relations
    .short = CoE-MLG
source-moj-gr = Ministry of Justice (2022), Municipalities as promoters of good relations between population groups
    .short = MoJ-GR
source-moj-tool = Ministry of Justice, Municipalities promote good relations: a tool for municipal efforts on good relations
    .short = MoJ-TOOL
source-coe-lab = Council of Europe (2019), Inclusive Integration Policy Lab, Helsinki meeting report
    .short = CoE-LAB
source-osce = OSCE/ODIHR (2017), Local and central government co-ordination on the process of migrant integration
    .short = OSCE
source-goodrel = goodrel plan format (docs/plan-format.md)
    .short = goodrel
