# Hallintanäkymä (`goodrel governance`): otsikot, nimiöt, taulukoiden sarakkeet, selitteet,
# ehdotukset ja huomautukset sekä analyysin tekstit, jotka näkymä jakaa MLG- ja PAR-sääntöjen
# kanssa.

governance-title = monitasohallinta
governance-header-note = { $municipality }; tilanne { $date }
governance-no-municipality = kuntaa ei ole nimetty

# Monitasokartta.
governance-map-title = Monitasokartta (CoE-MLG, osa II)
governance-col-level = taso
governance-col-contents = toimijat, rakenteet ja ohjelmaviittaukset (tunnuksina)
governance-map-actors = toimijat ({ $count }): { $ids }
governance-map-structures = rakenteet ({ $count }): { $ids }
governance-map-links = ohjelmaviittaukset ({ $count }): { $ids }
governance-map-legend = Jos suunnitelma ei ilmoita tasoa, se päätellään kohteen tyypistä; `--format json` näyttää myös nimet ja tyypit.

# Puutteet viitekokonaisuuteen verrattuna.
governance-missing-none = CoE-MLG:n osan II viitekokonaisuuteen verrattuna mitään ei puutu.
governance-missing-title = Puuttuu viitekokonaisuuteen verrattuna
governance-missing-count = ({ $count ->
    [one] 1 ehdotus
   *[other] { $count } ehdotusta
}, ei virheitä)
governance-col-missing = puuttuu
governance-col-suggestion = ehdotus
governance-piece-kind = { $key ->
    [partner] kumppani
    [structure] rakenne
   *[programme_link] ohjelmaviittaus
}
governance-missing-named-regional-authority = suunnitelman alueellinen viranomainen { $authority } puuttuu toimijoista
governance-missing = { $key ->
    [civil_society_organisation] toimijoissa ei ole paikallista järjestöä tai yhdistystä
    [religious_community] toimijoissa ei ole uskonnollista yhdyskuntaa tai seurakuntaa
    [language_community] toimijoissa ei ole kieliyhteisöä
    [business] toimijoissa ei ole yritystä
    [educational_institution] toimijoissa ei ole oppilaitosta
    [cooperation_group] paikallista kotoutumisen yhteistyöryhmää ei ole
    [council] erityisryhmän neuvostoa (esim. maahanmuuttajaneuvostoa) ei ole
    [working_group] työ- tai ohjausryhmää (esim. yhdenvertaisuus, osallisuus, turvallisuus) ei ole
    [non_discrimination_plan] viittausta yhdenvertaisuussuunnitelmaan ei ole
    [security_plan] viittausta paikalliseen turvallisuussuunnitteluun ei ole
    [interaction_plan] viittausta osallisuus- tai vuorovaikutusohjelmaan ei ole
    [regional_authority] toimijoissa ei ole ELY-keskusta / elinvoimakeskusta
    [wellbeing_services_county] toimijoissa ei ole hyvinvointialuetta
    [regional_council] toimijoissa ei ole maakunnan liittoa
    [regional_cooperation_group] alueellista kotoutumisen yhteistyöryhmää ei ole
    [regional_etno] viittausta alueellisen ETNOn toimintasuunnitelmaan ei ole
    [wellbeing_services_county_plan] viittausta hyvinvointialueen suunnitelmiin ei ole
    [valko] viittausta valtion kotouttamisohjelmaan (VALKO) ei ole
    [roma_policy] viittausta kansalliseen romanipoliittiseen ohjelmaan ei ole
    [anti_racism_action_plan] viittausta valtioneuvoston rasismin vastaiseen toimintaohjelmaan ei ole
   *[national_structure] kansallista rakennetta tai verkostoa, johon kunta osallistuu, ei ole
}
governance-missing-add = { $key ->
    [civil_society_organisation] lisää asukkaiden kanssa toimivat järjestöt ja yhdistykset (kind: { VALUE("ngo") } tai { VALUE("association") })
    [religious_community] lisää seurakunnat ja uskonnolliset yhdyskunnat, joiden kanssa teette yhteistyötä (kind: { VALUE("parish") } tai { VALUE("religious_community") })
    [language_community] lisää kieliyhteisöt, jotka tavoittavat jäsenensä (kind: { VALUE("language_community") })
    [business] lisää paikalliset työnantajat tai elinkeinoelämän järjestöt, joiden kanssa teette yhteistyötä (kind: { VALUE("business") })
    [educational_institution] lisää koulut, oppilaitokset tai aikuisoppilaitokset, joiden kanssa teette yhteistyötä (kind: { VALUE("educational_institution") })
    [cooperation_group] kirjaa monialainen yhteistyöryhmä (kind: { VALUE("cooperation_group") }) ja sen jäsenet
    [council] kirjaa neuvostot, kuten maahanmuuttajaneuvosto, nuorisovaltuusto tai vammaisneuvosto (kind: { VALUE("council") })
    [working_group] kirjaa työryhmät, jotka suunnittelevat yhdenvertaisuutta, osallisuutta tai turvallisuutta (kind: { VALUE("working_group") }, { VALUE("good_relations_working_group") } tai { VALUE("steering_group") })
    [non_discrimination_plan] lisää viittaus, jonka tyyppi on { VALUE("non_discrimination_plan") }
    [security_plan] lisää viittaus, jonka tyyppi on { VALUE("security_plan") } (paikallinen turvallisuussuunnitelma noudattaa paikallisen turvallisuussuunnittelun valtakunnallisia ohjeita)
    [interaction_plan] lisää viittaus, jonka tyyppi on { VALUE("interaction_plan") }
    [regional_authority] lisää viranomainen toimijaksi (kind: { VALUE("ely_centre", of: "ActorKind") } tai { VALUE("vitality_centre", of: "ActorKind") }) ja nimeä se kohdassa municipality.regional_authority.actor
    [wellbeing_services_county] lisää hyvinvointialue toimijaksi (kind: { VALUE("wellbeing_services_county") }) ja ota se mukaan toimenpiteisiin tai rakenteisiin
    [regional_council] lisää maakunnan liitto (kind: { VALUE("regional_council") }), jos alueellinen kehittämistyö koskee kotoutumista
    [regional_cooperation_group] kirjaa alueellinen yhteistyöryhmä, johon kunta osallistuu (kind: { VALUE("regional_cooperation_group") })
    [regional_etno] lisää viittaus, jonka tyyppi on { VALUE("regional_etno") } (alueellisen etnisten suhteiden neuvottelukunnan suunnitelma)
    [wellbeing_services_county_plan] lisää viittaus, jonka tyyppi on { VALUE("wellbeing_services_county_plan") }
    [valko] lisää viittaus, jonka tyyppi on valko
    [roma_policy] lisää viittaus, jonka tyyppi on { VALUE("roma_policy") }
    [anti_racism_action_plan] lisää viittaus, jonka tyyppi on { VALUE("anti_racism_action_plan") }
   *[national_structure] kirjaa esim. kotoutumisen kumppanuusohjelma tai muu kansallinen verkosto rakenteeksi, jolla on level: { VALUE("national", of: "GovernanceLevel") }
}

# Osallisuuden muodot.
governance-forms-title = Osallisuuden muodot (Sitra, CoE-MLG:n osassa III)
governance-col-form = muoto
governance-col-structures = rakenteet
governance-col-measures = toimenpiteet

# Neuvostot, yhteiskehittäminen ja dialogit.
governance-quality-title = Neuvostot, yhteiskehittäminen ja dialogit osatekijöittäin (CoE-MLG, osa III)
governance-col-structure = rakenne
governance-col-kind = tyyppi
governance-col-met = täyttyy
governance-subject-kind = { $key ->
    [council] neuvosto
    [co_design] yhteiskehittäminen
   *[dialogue] dialogi
}
governance-element = { $key ->
    [focus_issues] painopisteet
    [decision_making_link] aloiteoikeus valtuustoon
    [information_right] tiedonsaanti ja osallistuminen
    [membership] jäsenet ja puheenjohtaja
    [skills_development] osaamisen kehittäminen
    [meeting_fees] kokouspalkkiot
    [resources] raha ja aika
    [open_to_change] valmius muutokseen
    [power_balance] vallan tasapaino
    [facilitator] fasilitaattori
    [venue] esteetön tila
    [timing] ajoitus
    [common_interest] yhteinen etu
    [facilitation] tasapuolinen ohjaus
   *[authority_support] viranomaisen tuki
}
# Mitä neuvostolta, yhteiskehittämisprosessilta tai dialogilta puuttuu: kukin täydentää
# lauseen, jonka subjekti on rakenne.
governance-gap-no-skills-development = ei tarjoa jäsenilleen osaamisen kehittämistä (esim. koulutusta, tietoa, opintomatkoja)
governance-gap-no-focus-issues = ei kerro, mihin asioihin se keskittyy tällä kaudella
governance-gap-focus-issues-outdated = ei ole nimennyt painopisteitä kuluvalle kaudelle
governance-gap-focus-issues-outdated-latest = ei ole nimennyt painopisteitä kuluvalle kaudelle (viimeisimmät koskevat kautta { $start } – { $end })
governance-gap-no-initiatives = ei voi tehdä aloitteita kunnanvaltuustolle
governance-gap-information-only = saa tietoa mutta ei osallistu strategiseen suunnitteluun, seurantaan ja arviointiin: sitä ei ole kytketty yhteistyö- tai ohjausryhmään
governance-gap-no-information-right = ei saa tietoa eikä osallistu: sitä ei ole kytketty yhteistyö- tai ohjausryhmään, eikä sillä ole oikeutta `{ VALUE("strategy_participation") }`
governance-gap-no-membership = ei kerro, miten sen jäsenet ja puheenjohtaja valitaan
governance-gap-no-diversity = ei kerro, millaista monimuotoisuutta jäsenten valinnassa tavoitellaan
governance-gap-little-diversity = tavoittelee monimuotoisuutta vain { $count ->
    [one] yhdessä suhteessa
   *[other] { $count } suhteessa
}; jäsenten valinnan tulisi heijastaa yhteisöjen monimuotoisuutta vähintään { $min } suhteessa (esim. kielet, uskonnot, sukupuoli)
governance-gap-no-chair-requirements = ei aseta vaatimuksia puheenjohtajalleen
governance-gap-and = { $first }; lisäksi se { $second }
governance-gap-no-meeting-fees = ei maksa jäsenilleen kokouspalkkioita
governance-gap-meeting-fees-unknown = ei kerro, maksetaanko jäsenille kokouspalkkiota
governance-gap-no-money-or-time = jää ilman varattua rahaa (resources.budget_eur) ja aikaa ({ VALUE("co_design") }.time)
governance-gap-no-money = jää ilman varattua rahaa (resources.budget_eur)
governance-gap-no-time = jää ilman varattua aikaa ({ VALUE("co_design") }.time)
governance-gap-not-open-to-change = ei kerro, mitä palvelussa tai linjauksessa ollaan valmiita muuttamaan
governance-gap-no-power-balance = ei kerro, miten henkilöstön ja asukkaiden välinen valtaepätasapaino tunnistetaan ja tasataan
governance-gap-no-facilitator = ei nimeä fasilitaattoria
governance-gap-facilitator-without-experience = ei täytä fasilitoinnin ehtoa: vetäjällä ({ $facilitator }) ei ole yhteistä identiteettiä eikä kokemustietoa, eikä kukaan yhteisön jäsen vedä prosessia hänen työparinaan
governance-gap-no-venue = ei nimeä kokoontumispaikkaa, joten sen esteettömyys ei ole tiedossa
governance-gap-venue-not-accessible = kokoontuu paikassa, joka ei ole esteetön: { $venue }
governance-gap-venue-accessibility-unknown = ei kerro, onko kokoontumispaikka esteetön: { $venue }
governance-dialogue-structure = dialogi { $id } '{ $name }'
governance-dialogue-measure = dialogitoimenpide { $id } '{ $title }'
governance-gap-no-timing = ei kerro, onko se ennaltaehkäisevä, jännitteitä purkava vai sovintoa vahvistava
governance-gap-no-common-interest = ei kerro osapuolten kanssa selvitettyä yhteistä etua tai tavoitetta
governance-gap-no-facilitation = ei kerro, miten keskustelua ohjataan niin, ettei mikään osapuoli hallitse toista
governance-gap-no-authority-support = ei saa tukea julkiselta viranomaiselta: viranomaista ei ole koollekutsujana eikä kohdassa `dialogue.supported_by`

# Yhteistyöryhmät suhteessa suunnitelman kiertoon (myös MLG020).
governance-groups-title = Yhteistyöryhmät suhteessa suunnitelman kiertoon
governance-cycle-indicators = suunnitelman tihein mittausväli: { $frequency }; siksi ryhmän tulisi kokoontua { $times }
governance-cycle-yearly = suunnitelman vuotuinen talousarvio- ja seurantakierto edellyttää vähintään kahta kokousta vuodessa
governance-times-quarterly = vähintään neljännesvuosittain
governance-times-three = vähintään kolme kertaa vuodessa
governance-times-twice = vähintään kaksi kertaa vuodessa
governance-group-unrecorded = { $id } '{ $name }': kokoontumistiheyttä ei ole kirjattu
governance-group-meets = { $id } '{ $name }': kokoontumistiheys { $frequency } – { $verdict }
governance-group-enough = riittää
governance-group-too-rarely = liian harvoin

# Jäljitys (--trace).
governance-trace-title = Tunnistaminen -> tunnustaminen -> toiminta (Beqirin malli, CoE-MLG, osa II)
governance-trace-no-consultations = Suunnitelmaan ei ole kirjattu kuulemisia.
governance-trace-consultation = kuuleminen { $id } '{ $title }' ({ $date }, { $method })
governance-trace-heard = kuullut ryhmät: { $groups }; kielet: { $languages }
governance-trace-no-groups = ryhmiä ei ole kirjattu
governance-trace-no-languages = ei kirjattu
governance-trace-no-own-language = { $warn } ryhmä kuultiin ilman sen omaa kieltä: { $group }
governance-trace-recognised-nowhere = { $warn } käsitelty: ei missään (rakennetta tai päättäjätilaisuutta ei ole nimetty)
governance-trace-recognised-in = käsitelty: { $places }
governance-trace-not-a-structure = { $id } (ei ole suunnitelman rakenne)
governance-trace-no-needs = tarpeet: ei kirjattu
governance-trace-need = tarve { $id } '{ $need }'
governance-trace-unanswered = -> { $warn } mikään toimenpide ei vastaa tarpeeseen ({ $at })
governance-trace-all-dropped = { $warn } kaikista tarpeeseen vastaavista toimenpiteistä on luovuttu
governance-trace-citing-no-need = toimenpiteet, jotka eivät vastaa mihinkään kirjattuun tarpeeseen ({ $count }): { $ids }

# Tiedonkeruukierrokset (--trace).
governance-cycles-title = Hyvien väestösuhteiden tiedonkeruukierrokset (OM-työkalu)
governance-cycles-none = Tiedonkeruukierrosta ei ole kirjattu (se kirjataan päättäjätilaisuuden `cycle:`-lohkoon).
governance-cycle-held = pidetty { $date }
governance-cycle-planned = suunniteltu { $date }
governance-cycle-no-date = päivämäärää ei ole kirjattu
governance-cycle-discussion-sessions = 1 keskustelutilaisuudet: { $ids }
governance-cycle-action-plan = 2 päättäjätilaisuuden toimintasuunnitelma: { $plan }
governance-cycle-measures = { $ids } ({ $count ->
    [one] 1 toimenpide
   *[other] { $count } toimenpidettä
})
governance-cycle-survey = 3 palautekysely: { $survey }
governance-cycle-respondents = { $count ->
    [one] 1 vastaaja
   *[other] { $count } vastaajaa
}
governance-cycle-survey-recorded = kirjattu
governance-cycle-next-round = 4 seuraava kierros: { $date }
governance-gap-no-discussion-sessions = keskustelutilaisuuksia ei ole: luettele ne kohdassa `cycle.discussion_sessions` tai nimeä tämä tilaisuus kuulemisten kohdassa `recognised_in`
governance-gap-not-decision-maker-session = tiedonkeruukierros on kirjattu, mutta rakenne ei ole päättäjätilaisuus (kind: { VALUE("decision_maker_session") })
governance-gap-no-action-plan = toimintasuunnitelmaa ei ole: luettele kohdassa `cycle.action_plan` ne 1–4 toimenpidettä, joista tilaisuudessa sovittiin
governance-gap-no-feedback-survey = tilaisuuden osallistujille tehtyä palautekyselyä ei ole kirjattu
governance-gap-action-plan-too-large = toimintasuunnitelmassa on { $count } toimenpidettä; työkalun toimintasuunnitelmassa on 1–4 toimenpidettä, jotka osallistujat toteuttavat itse
governance-gap-no-next-round = keskustelutilaisuuksien toistamisen ajankohtaa ei ole kerrottu (`cycle.next_round`)
governance-gap-not-repeated = keskustelutilaisuuksien seuraava kierros oli suunniteltu ajankohtaan { $next }, mutta suunnitelmaan ei ole kirjattu myöhempiä tilaisuuksia eikä päättäjätilaisuutta
