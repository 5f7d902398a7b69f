# Lähteet. Arvo on koko nimi, .short lyhyt nimi viittausrivillä. Lait nimetään suomeksi;
# oppaat suomenkielisen laitoksen nimellä vain, jos julkaisijan omat sivut vahvistavat sen,
# muuten alkuperäisellä nimellä.

source-act-section = { $act }, { $section } §

source-integration-act = laki kotoutumisen edistämisestä (681/2023)
    .short = laki kotoutumisen edistämisestä 681/2023
source-non-discrimination-act = yhdenvertaisuuslaki (1325/2014)
    .short = yhdenvertaisuuslaki 1325/2014
source-ministry-checklist = työ- ja elinkeinoministeriön muistilista kunnan kotoutumisen edistämisen suunnitteluun
    .short = TEM:n suunnittelun muistilista
source-coe-mlg = Council of Europe (2025), Guide for municipalities: multilevel governance and cross-sectoral cooperation to promote integration and good relations
    .short = CoE-MLG
source-moj-gr = oikeusministeriö (2022), Kunnat väestösuhteita edistämässä – Käytännön työkaluja kuntien väestösuhdetyöhön
    .short = OM-väestösuhdeopas
source-moj-tool = oikeusministeriö, Municipalities promote good relations: a tool for municipal efforts on good relations
    .short = OM-työkalu
source-coe-lab = Council of Europe (2019), Inclusive Integration Policy Lab, Helsinki meeting report
    .short = CoE-LAB
source-osce = OSCE/ODIHR (2017), Local and central government co-ordination on the process of migrant integration
    .short = ETYJ/ODIHR
source-goodrel = goodrelin suunnitelmamuoto (docs/plan-format.fi.md)
    .short = goodrel
