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
checklist-column-indicator = namngiven indikator
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
coverage-title = Skyldigheternas täckning
coverage-intro = Varje skyldighet i den lagstadgade checklistan (ministeriets checklista och lagens minimiinnehåll så som Europarådets handboks del I sammanfattar det) och varje rekommendation som visas bredvid, de regler som bedömer den och vad i planen som räknas som grund. En skyldighet är uppfylld bara genom en grund: en punkt i planen som uppfyller den, aldrig genom att en iakttagelse saknas (docs/checklist.md). Text räknas bara när den är skriven (docs/plan-format.md, ”What counts as written”). Diskrimineringslagens likabehandlingsplan, utanför integrationens checklista, är GR004:s.
coverage-duty = skyldighet
coverage-basis = grund
coverage-rules = bedöms av
coverage-evidence = vad som räknas som grund
coverage-programme-service = En programtjänst med denna del (`component`) (IA002), beskriven med en egen mening, inte en platshållare eller en annan tjänsts text (IA009); bedömningens tjänster når tillsammans den utvidgade målgruppen, `{ VALUE("immigrants") }` omfattar alla (IA005). Ett program som hålls som eget dokument räknas när länken identifierar det: en skriven titel och datum för godkännandet, `url` eller `file` enligt lagen 681/2023 (IA001, IA006).
coverage-programme-responsible = En ansvarig aktör som kan ordna tjänsten: en myndighet, inte ett företag eller en organisation; arbetskraftsmyndigheten för tjänster bara för arbetssökande; arbetskraftsmyndigheten med någonstans i programmet (IA003).
coverage-programme-cooperation = För varje tjänst en samarbetande tjänsteproducent från en annan organisation än den ansvarigas: kommunens enheter är en organisation, liksom var och en av välfärdsområdet, FPA, polisen och arbetskraftsmyndigheten (IA004).
coverage-programme-languages = Samhällsorientering på minst ett språk utöver finska och svenska, på tre eller fler språk till antalet eller på varje klients eget språk (IA007).
coverage-planning-objective = Ett mål inom området vars formulering är skriven: inte en platshållare, inte bara områdets namn, inte samma slogan som ett annat måls (IA010).
coverage-planning-measure = En åtgärd som tjänar områdets mål, med skriven rubrik eller annars beskriven med en mening; inte en åtgärd som anges för alla områden (IA011). Planens egna mål (`area: { VALUE("other", of: "Area") }`) är vägledning: en varning.
coverage-planning-responsible = En ansvarig aktör för varje åtgärd inom området (IA012).
coverage-planning-cooperation = En partner från en annan organisation än åtgärdens ansvariga aktörs, bland aktörerna eller beskriven efter typ (IA013).
coverage-planning-indicator = En namngiven indikator som säger vad den mäter, för varje mål inom området (IA014). Utgångsläge, målnivå, källa och siffror som går ihop är vägledning (MLG009).
coverage-law_basis = Planen är utarbetad enligt lagen 681/2023 (standard). En plan antecknad enligt 1386/2010 som gäller efter 1.1.2025 är ett fel, och dess skyldigheter enligt integrationslagen bedöms inte (IA026).
coverage-mainstreaming = En länk av typen `{ VALUE("municipal_strategy") }` vars anteckning med en skriven mening säger hur strategin beaktar invandrare, integration, mångfald eller goda relationer; ordens stammar läses på finska, svenska och engelska (IA016).
coverage-national_objectives = En VALKO-länk med skriven titel, eller ett mål som anger ett skrivet nationellt mål (IA023; MLG011 viker för den).
coverage-wellbeing_services_county = Välfärdsområdet som en part planen samarbetar med: ansvarig eller partner i en åtgärd, samarbetspart i en tjänst, medlem i eller sammankallare för en struktur; eller dess plan länkad med en anteckning om hur planeringen samordnas, inte ”vid behov” (IA017).
coverage-two_yearly_report = En rapport för varje tvåårsperiod från 1.1.2025 när den förfallit: dess egen period omfattar hela perioden och dess inlämningsdag är möjlig (inte efter bedömningsdagen, inte innan perioden slutade) (IA021); dess fem innehåll vart och ett skrivet med egna ord och redogörelsen för åtgärderna i linje med deras status (IA022).
coverage-national_employment_objectives = Ett sysselsättningsmål som anger sitt nationella mål, och ett mål eller en näringslivsåtgärd om kommunens livskraft (IA033).
coverage-measures_serve_objectives = Varje åtgärd anger de mål den tjänar (IA015).
coverage-indicator_quality = Varje indikator har utgångsläge, målnivå och källa, värden inom perioden, siffror som går ihop (utgångsläget före målnivån och nära periodens början, målnivån inom perioden och skild från utgångsläget) och är inte den enda indikatorn för alla områden (MLG009).
coverage-situation_picture = En daterad lägesbild av den lokala invandringen med källa: antal, skäl, åldrar, språk och sysselsättning (IA030).
coverage-planning_mode = Planeringssättet angivet (IA031).
coverage-information_for_all = En informations- eller vägledningsåtgärd öppen för alla invandrare, eller programmets vägledningstjänst för `{ VALUE("immigrants") }` (IA032).
coverage-participation = Ett samråd med invandrare eller organisationer före godkännandet, daterat med en dag, ett år eller som ett planeringsskede, med de behov som lyftes fram; eller ett råd eller en grupp för invandrare eller organisationer som deltog i planeringen (IA019; MLG004 viker för den).
coverage-cooperation_group = En lokal eller regional samarbetsgrupp (IA018).
coverage-good_relations_working_group = En arbetsgrupp för goda relationer, eller en samarbetsgrupp med goda relationer i sitt uppdrag (IA020).
coverage-plan_period = En planperiod (IA024).
coverage-regional_authority = NTM-centralen / livskraftscentralen namngiven, från 2026 livskraftscentralen (IA025, IA034).
