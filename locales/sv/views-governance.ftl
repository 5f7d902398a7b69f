# Styrningsvyn (`goodrel governance`): rubriker, etiketter, tabellkolumner, förklaringar,
# förslag och anmärkningar samt analysens texter, som vyn delar med MLG- och PAR-reglerna.

governance-title = flernivåstyrning
governance-header-note = { $municipality }; läget per { $date }
governance-no-municipality = kommunen är inte namngiven

# Flernivåkartan.
governance-map-title = Flernivåkarta (CoE-MLG, del II)
governance-col-level = nivå
governance-col-contents = aktörer, strukturer och programlänkar (som id)
governance-map-actors = aktörer ({ $count }): { $ids }
governance-map-structures = strukturer ({ $count }): { $ids }
governance-map-links = programlänkar ({ $count }): { $ids }
governance-map-legend = Nivåer som planen inte anger härleds från varje posts typ; `--format json` visar också namn och typer.

# Det som saknas jämfört med referensuppsättningen.
governance-missing-none = Ingenting saknas jämfört med referensuppsättningen i CoE-MLG del II.
governance-missing-title = Saknas jämfört med referensuppsättningen
governance-missing-count = ({ $count ->
    [one] 1 förslag
   *[other] { $count } förslag
}, inte fel)
governance-col-missing = saknas
governance-col-suggestion = förslag
governance-piece-kind = { $key ->
    [partner] samarbetspartner
    [structure] struktur
   *[programme_link] programlänk
}
governance-missing-named-regional-authority = planens regionala myndighet finns inte bland aktörerna: { $authority }
governance-missing = { $key ->
    [civil_society_organisation] ingen lokal organisation eller förening bland aktörerna
    [religious_community] inget religiöst samfund eller församling bland aktörerna
    [language_community] ingen språkgemenskap bland aktörerna
    [business] inget företag bland aktörerna
    [educational_institution] ingen läroanstalt bland aktörerna
    [cooperation_group] ingen lokal samarbetsgrupp för integration
    [council] inget råd för en särskild grupp (t.ex. ett invandrarråd)
    [working_group] ingen arbets- eller styrgrupp (likabehandlingsplanering, delaktighet, säkerhet)
    [non_discrimination_plan] ingen hänvisning till likabehandlingsplanen
    [security_plan] ingen hänvisning till den lokala säkerhetsplaneringen
    [interaction_plan] ingen hänvisning till ett program för delaktighet eller interaktion
    [regional_authority] ingen NTM-central / livskraftscentral bland aktörerna
    [wellbeing_services_county] inget välfärdsområde bland aktörerna
    [regional_council] inget landskapsförbund bland aktörerna
    [regional_cooperation_group] ingen regional samarbetsgrupp för integration
    [regional_etno] ingen hänvisning till den regionala ETNO:s handlingsplan
    [wellbeing_services_county_plan] ingen hänvisning till välfärdsområdets planering
    [valko] ingen hänvisning till statens integrationsprogram (VALKO)
    [roma_policy] ingen hänvisning till det nationella romanipolitiska programmet
    [anti_racism_action_plan] ingen hänvisning till statsrådets handlingsplan mot rasism
   *[national_structure] ingen nationell struktur eller nätverk som kommunen deltar i
}
governance-missing-add = { $key ->
    [civil_society_organisation] lägg till de organisationer och föreningar som arbetar med invånarna (kind: { VALUE("ngo") } eller { VALUE("association") })
    [religious_community] lägg till de församlingar och religiösa samfund ni samarbetar med (kind: { VALUE("parish") } eller { VALUE("religious_community") })
    [language_community] lägg till de språkgemenskaper som når sina medlemmar (kind: { VALUE("language_community") })
    [business] lägg till lokala arbetsgivare eller näringslivsorganisationer ni samarbetar med (kind: { VALUE("business") })
    [educational_institution] lägg till de skolor, läroanstalter eller vuxenutbildningscentrum ni samarbetar med (kind: { VALUE("educational_institution") })
    [cooperation_group] för in den sektorsövergripande samarbetsgruppen (kind: { VALUE("cooperation_group") }) med dess medlemmar
    [council] för in råd som invandrarråd, ungdomsfullmäktige eller råd för personer med funktionsnedsättning (kind: { VALUE("council") })
    [working_group] för in arbetsgrupperna för likabehandlingsplanering, delaktighet eller säkerhet (kind: { VALUE("working_group") }, { VALUE("good_relations_working_group") } eller { VALUE("steering_group") })
    [non_discrimination_plan] lägg till en länk av typen { VALUE("non_discrimination_plan") }
    [security_plan] lägg till en länk av typen { VALUE("security_plan") } (den lokala säkerhetsplanen följer de nationella anvisningarna för lokal säkerhetsplanering)
    [interaction_plan] lägg till en länk av typen { VALUE("interaction_plan") }
    [regional_authority] lägg till myndigheten som aktör (kind: { VALUE("ely_centre", of: "ActorKind") } eller { VALUE("vitality_centre", of: "ActorKind") }) och ange den i municipality.regional_authority.actor
    [wellbeing_services_county] lägg till välfärdsområdet som aktör (kind: { VALUE("wellbeing_services_county") }) och involvera det i åtgärder eller strukturer
    [regional_council] lägg till landskapsförbundet (kind: { VALUE("regional_council") }) om det regionala utvecklingsarbetet berör integration
    [regional_cooperation_group] för in den regionala samarbetsgrupp som kommunen deltar i (kind: { VALUE("regional_cooperation_group") })
    [regional_etno] lägg till en länk av typen { VALUE("regional_etno") } (planen från den regionala delegationen för etniska relationer)
    [wellbeing_services_county_plan] lägg till en länk av typen { VALUE("wellbeing_services_county_plan") }
    [valko] lägg till en länk av typen valko
    [roma_policy] lägg till en länk av typen { VALUE("roma_policy") }
    [anti_racism_action_plan] lägg till en länk av typen { VALUE("anti_racism_action_plan") }
   *[national_structure] för in t.ex. partnerskapsprogrammet för integration eller ett annat nationellt nätverk som en struktur med level: { VALUE("national", of: "GovernanceLevel") }
}

# Former av delaktighet.
governance-forms-title = Former av delaktighet (Sitra, i CoE-MLG del III)
governance-col-form = delaktighetsform
governance-col-structures = strukturer
governance-col-measures = åtgärder

# Råd, samskapande och dialoger.
governance-quality-title = Råd, samskapande och dialoger jämförda med sina element (CoE-MLG, del III)
governance-col-structure = struktur
governance-col-kind = typ
governance-col-met = uppfyllt
governance-subject-kind = { $key ->
    [council] råd
    [co_design] samskapande
   *[dialogue] dialog
}
governance-element = { $key ->
    [focus_issues] fokusfrågor
    [decision_making_link] initiativ till fullmäktige
    [information_right] information och delaktighet
    [membership] medlemmar och ordförande
    [skills_development] kompetensutveckling
    [meeting_fees] mötesarvoden
    [resources] pengar och tid
    [open_to_change] öppenhet för förändring
    [power_balance] maktbalans
    [facilitator] facilitator
    [venue] tillgänglig lokal
    [timing] tidpunkt
    [common_interest] gemensamt intresse
    [facilitation] balanserad ledning
   *[authority_support] stöd från myndighet
}
# Vad ett råd, en samskapandeprocess eller en dialog saknar: varje text fullbordar en mening
# vars subjekt är strukturen.
governance-gap-no-skills-development = erbjuder inte sina medlemmar kompetensutveckling (t.ex. utbildning, information, studieresor)
governance-gap-no-focus-issues = anger inte vilka frågor det fokuserar på under perioden
governance-gap-focus-issues-outdated = har inga fokusfrågor för den aktuella perioden
governance-gap-focus-issues-outdated-latest = har inga fokusfrågor för den aktuella perioden (de senaste gäller { $start } till { $end })
governance-gap-no-initiatives = har inte rätt att lämna initiativ till kommunfullmäktige
governance-gap-information-only = har rätt till information men ingen del i den strategiska planeringen, uppföljningen och utvärderingen: det är inte kopplat till någon samarbets- eller styrgrupp
governance-gap-no-information-right = har ingen rätt till information och delaktighet: det är inte kopplat till någon samarbets- eller styrgrupp och har ingen rättighet `{ VALUE("strategy_participation") }`
governance-gap-no-membership = anger inte hur medlemmarna och ordföranden väljs
governance-gap-no-diversity = anger inte vilka slags mångfald rekryteringen eftersträvar
governance-gap-little-diversity = eftersträvar mångfald i bara { $count ->
    [one] ett avseende
   *[other] { $count } avseenden
}; rekryteringen bör spegla mångfalden i samhället i minst { $min } avseenden (t.ex. språk, religioner, kön)
governance-gap-no-chair-requirements = ställer inga krav på ordföranden
governance-gap-and = { $first } och { $second }
governance-gap-no-meeting-fees = betalar inga mötesarvoden till medlemmarna
governance-gap-meeting-fees-unknown = anger inte om medlemmarna får mötesarvode
governance-gap-no-money-or-time = har varken pengar (resources.budget_eur) eller tid ({ VALUE("co_design") }.time) avsatt
governance-gap-no-money = har inga pengar avsatta (resources.budget_eur)
governance-gap-no-time = har ingen tid avsatt ({ VALUE("co_design") }.time)
governance-gap-not-open-to-change = anger inte vad i tjänsten eller politiken som kan ändras
governance-gap-no-power-balance = anger inte hur maktobalansen mellan personal och invånare identifieras och utjämnas
governance-gap-no-facilitator = anger ingen facilitator
governance-gap-facilitator-without-experience = leds av { $facilitator } utan gemensam identitet eller erfarenhetskunskap, och ingen från gemenskapen är medledare
governance-gap-no-venue = anger ingen lokal, så tillgängligheten är okänd
governance-gap-venue-not-accessible = möts i en lokal som inte är tillgänglig: { $venue }
governance-gap-venue-accessibility-unknown = anger inte om lokalen är tillgänglig: { $venue }
governance-dialogue-structure = dialog { $id } '{ $name }'
governance-dialogue-measure = dialogåtgärd { $id } '{ $title }'
governance-gap-no-timing = anger inte om den är förebyggande, minskar spänningar eller stärker försoning
governance-gap-no-common-interest = anger inget gemensamt intresse eller mål som klarlagts med parterna
governance-gap-no-facilitation = anger inte hur samtalet leds så att ingen part dominerar en annan
governance-gap-no-authority-support = har inget stöd från en offentlig myndighet: varken sammankallaren eller `dialogue.supported_by` anger en myndighet

# Samarbetsgrupper jämförda med planens cykel (också i MLG020).
governance-groups-title = Samarbetsgrupper jämförda med planens cykel
governance-cycle-indicators = planen mäter indikatorer { $frequency }, så gruppen bör sammanträda { $times }
governance-cycle-yearly = planens årliga budget- och uppföljningscykel kräver minst två möten om året
governance-times-quarterly = minst en gång i kvartalet
governance-times-three = minst tre gånger om året
governance-times-twice = minst två gånger om året
governance-group-unrecorded = { $id } '{ $name }': mötesfrekvensen är inte angiven
governance-group-meets = { $id } '{ $name }' sammanträder { $frequency }: { $verdict }
governance-group-enough = tillräckligt
governance-group-too-rarely = för sällan

# Spårningen (--trace).
governance-trace-title = Identifiering -> erkännande -> handling (Beqiri-modellen, CoE-MLG, del II)
governance-trace-no-consultations = Planen redovisar inga samråd.
governance-trace-consultation = samråd { $id } '{ $title }' ({ $date }, { $method })
governance-trace-heard = hörda grupper: { $groups }; språk: { $languages }
governance-trace-no-groups = inga grupper angivna
governance-trace-no-languages = inga angivna
governance-trace-no-own-language = { $warn } gruppen hördes utan sitt eget språk: { $group }
governance-trace-recognised-nowhere = { $warn } behandlat i: ingenstans (ingen struktur eller inget tillfälle för beslutsfattare angivet)
governance-trace-recognised-in = behandlat i: { $places }
governance-trace-not-a-structure = { $id } (inte en struktur i planen)
governance-trace-no-needs = behov: inga angivna
governance-trace-need = behov { $id } '{ $need }'
governance-trace-unanswered = -> { $warn } ingen åtgärd svarar mot behovet ({ $at })
governance-trace-all-dropped = { $warn } alla åtgärder som svarar mot behovet har strukits
governance-trace-citing-no-need = åtgärder som inte svarar mot något angivet behov ({ $count }): { $ids }

# Datainsamlingscyklerna (--trace).
governance-cycles-title = Datainsamlingscykler för goda relationer (JM-verktyget)
governance-cycles-none = Ingen cykel redovisad (den redovisas i ett `cycle:`-block för ett tillfälle för beslutsfattare).
governance-cycle-held = hölls { $date }
governance-cycle-planned = planerat till { $date }
governance-cycle-no-date = datum inte angivet
governance-cycle-discussion-sessions = 1 diskussionstillfällen: { $ids }
governance-cycle-action-plan = 2 handlingsplan från tillfället för beslutsfattare: { $plan }
governance-cycle-measures = { $ids } ({ $count ->
    [one] 1 åtgärd
   *[other] { $count } åtgärder
})
governance-cycle-survey = 3 responsenkät: { $survey }
governance-cycle-respondents = { $count ->
    [one] 1 svarande
   *[other] { $count } svarande
}
governance-cycle-survey-recorded = redovisad
governance-cycle-next-round = 4 nästa omgång: { $date }
governance-gap-no-discussion-sessions = har inga diskussionstillfällen: räkna upp dem i `cycle.discussion_sessions` eller ange detta tillfälle i samrådens `recognised_in`
governance-gap-not-decision-maker-session = redovisar en datainsamlingscykel men är inte ett tillfälle för beslutsfattare (kind: { VALUE("decision_maker_session") })
governance-gap-no-action-plan = har ingen handlingsplan: räkna upp de en till fyra åtgärder som tillfället kom överens om i `cycle.action_plan`
governance-gap-no-feedback-survey = redovisar ingen responsenkät till deltagarna
governance-gap-action-plan-too-large = har en handlingsplan med { $count } åtgärder; verktygets handlingsplan rymmer en till fyra åtgärder som deltagarna själva genomför
governance-gap-no-next-round = anger inte när diskussionstillfällena upprepas (`cycle.next_round`)
governance-gap-not-repeated = planerade nästa omgång diskussionstillfällen till { $next }, men planen redovisar inga senare tillfällen och inget tillfälle för beslutsfattare
