# Checklistvyn.
checklist-title = Lagstadgad checklista: { $root } (läget { $date })
checklist-programme = Integrationsprogrammet (13 §): minimiinnehållets delar
checklist-planning = Planering, utveckling och uppföljning av främjandet av integration (45 §): områden
checklist-duties = Andra skyldigheter
checklist-column-component = del
checklist-column-area = område
checklist-column-duty = skyldighet
checklist-column-basis = grund
checklist-column-status = läge
checklist-column-service = tjänst
checklist-column-responsible = ansvarig
checklist-column-cooperation = samarbete
checklist-column-languages = språk
checklist-column-objective = mål
checklist-column-measure = åtgärd
checklist-column-indicator = indikator (utgångsläge, målnivå)
checklist-statutory = lagstadgad
checklist-guidance = rekommendation
# Markeringarna med --ascii (och i en terminal som inte är UTF-8); en brist är "--" på alla språk.
checklist-mark-ok = ok
checklist-mark-not-checked = ej kontr.
checklist-kept-separately = inte kontrollerat, programmet är ett eget dokument: '{ $title }'
checklist-legend = { $gap }: en iakttagelse finns (regelns id och punkt, så som `goodrel check` visar dem); { $ok }: reglerna kördes och fann ingenting; { $none }: ingen regel kontrollerade punkten.
checklist-gaps = { $count ->
    [one] 1 brist
   *[other] { $count } brister
}, varav { $statutory } lagstadgade.
# Andra skyldigheter.
checklist-duty-mainstreaming = integrationen beaktad i kommunstrategin
checklist-duty-national_objectives = de nationella integrationsmålen (VALKO) beaktade
checklist-duty-civic_orientation_languages = samhällsorientering på flera språk
checklist-duty-situation_picture = en lägesbild av den lokala invandringen, med år och källa
checklist-duty-planning_mode = om planen görs ensam eller tillsammans med andra
checklist-duty-information_for_all = grundläggande information och vägledning för alla invandrare
checklist-duty-wellbeing_services_county = samarbete med välfärdsområdet
checklist-duty-participation = organisationer och invandrare deltar i planeringen
checklist-duty-cooperation_group = sektorsövergripande samarbetsgrupp, lokal eller regional
checklist-duty-good_relations_working_group = sektorsövergripande arbetsgrupp för goda relationer
checklist-duty-two_yearly_report = rapport vartannat år till NTM-centralen / livskraftscentralen
checklist-duty-plan_period = planperiod
checklist-duty-regional_authority = NTM-central / livskraftscentral angiven
