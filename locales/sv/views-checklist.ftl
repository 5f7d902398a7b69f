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
# Andra skyldigheter.
checklist-duty-mainstreaming = integrationen beaktad i kommunstrategin
checklist-duty-national_objectives = de nationella integrationsmålen (VALKO) beaktade
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
checklist-legend = { $ok }: uppfyllt, av de punkter som nämns (de och deras platser under "Grund"); { $gap }: en brist, med iakttagelserna så som `goodrel check` visar dem (regelns id och punkt); { $none }: inte bedömt, av skälet under dess bokstav.
checklist-summary = { $statutory ->
    [one] 1 lagstadgad brist
   *[other] { $statutory } lagstadgade brister
} (de fel mot integrationslagen som `goodrel check` rapporterar); iakttagelser i { $gaps ->
    [one] 1 skyldighet
   *[other] { $gaps } skyldigheter
}, { $met } uppfyllda, { $unjudged } inte bedömda.
checklist-reasons = Inte bedömt:
checklist-evidence = Grund:
checklist-more = +{ $count } till
checklist-row-unassigned-programme = tjänster utan del
checklist-row-unassigned-planning = utanför de fem områdena
checklist-duty-national_employment_objectives = de nationella sysselsättningsmålen och kommunens livskraft beaktade
checklist-duty-measures_serve_objectives = varje åtgärd tjänar ett mål
checklist-duty-indicator_quality = indikatorer som duger för uppföljning (utgångsläge, målnivå, källa, värden under perioden)
# Grunden som uppfyller en skyldighet: en punkt i planen (dess slag, id och namn så som
# planen skriver dem) och vad som gör att den räknas.
evidence-item = { $kind } { $id } '{ $name }'
evidence-more = och { $count } till
evidence-detail = { $item }: { $detail }
evidence-responsible = ansvarig { $actor }
evidence-with = i samarbete med { $partners }
evidence-languages = på { $languages }
evidence-client-language = på klientens eget språk
evidence-language-count = på { $count } språk
evidence-broadened-target-group = täcker den utvidgade målgruppen
evidence-measures-serve = alla { $count } åtgärder anger de mål de tjänar
evidence-baseline-target = utgångsläge { $baseline }, målnivå { $target }
evidence-mainstreaming = säger hur strategin beaktar invandrare och integration
evidence-heard = hörda { $date }, { $needs ->
    [one] 1 behov antecknat
   *[other] { $needs } behov antecknade
}
evidence-report-submitted = rapport { $report } för { $start } – { $end }, lämnad { $submitted }
evidence-report-contents = rapport { $report } för { $start } – { $end } täcker de fem innehållen
evidence-national-objective = för det nationella målet '{ $objective }' till lokal nivå
evidence-plan-period = planperiod { $start } – { $end }
evidence-regional-authority = rapporterar till { $name }
evidence-coordination-note = anger hur planeringen samordnas med välfärdsområdet
evidence-county-in-group = välfärdsområdet sitter i gruppen
evidence-county-in-measure = välfärdsområdet deltar i denna åtgärd
evidence-situation = lägesbild från { $year } med källa och siffror
evidence-planning-mode = görs: { $mode }
evidence-vitality = gäller kommunens livskraft
evidence-indicator-fit = indikator { $id } '{ $name }': utgångsläge, målnivå, källa och värden under perioden
# Varför en skyldighet inte bedömdes.
reason-programme-kept = programmet är ett eget dokument '{ $title }' (IA006): inte kontrollerat här
reason-no-programme-service = planen tar inte upp någon tjänst i integrationsprogrammet (IA001)
reason-no-component-service = ingen tjänst genomför denna del (IA002)
reason-languages-civic-only = 13 § kräver flera språk endast av samhällsorienteringen
reason-no-objective = inget mål för detta område (IA010)
reason-no-measure = ingen åtgärd tjänar områdets mål (IA011)
reason-no-measures = planen tar inte upp några åtgärder
reason-report-not-due = den första rapporten ska lämnas senast { $due }
reason-no-municipality = planen har ingen `municipality`-sektion
reason-no-indicators = planen tar inte upp några indikatorer
reason-plan-unreadable = en del av planen kunde inte läsas: rätta först formfelen
reason-held-back = väntar tills värdet på { $place } är rättat ({ $rule })
reason-no-rule = ingen regel bedömer detta
reason-switched-off = { $rules } avstängda i konfigurationen
reason-skipped = inte körd: `{ $sections }` kunde inte läsas ({ $rules })
reason-suppressed = iakttagelsen är undertryckt ({ $rules })
reason-no-evidence = ingen punkt i planen uppfyller detta ({ $rules })
# A column of a grid as a duty (`goodrel explain`, docs/rules.md).
duty-column = { $grid } — { $column }
checklist-duty-law_basis = utarbetad enligt integrationslagen 681/2023
evidence-county-in-service = välfärdsområdet samarbetar i tjänsten
evidence-described = beskriven
evidence-law-basis = utarbetad enligt integrationslagen 681/2023 (`law_basis`; standard när planen inte nämner någon lag)
evidence-took-part-in-planning = deltog i planeringen
reason-former-act = planen är antecknad enligt den tidigare lagen 1386/2010 (IA026)
