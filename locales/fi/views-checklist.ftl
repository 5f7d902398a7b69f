# Tarkistuslistanäkymä.
checklist-title = Lakisääteinen tarkistuslista: { $root } (tilanne { $date })
checklist-programme = Kotoutumisohjelma (13 §): vähimmäissisällön osat
checklist-planning = Kotoutumisen edistämisen suunnittelu, kehittäminen ja seuranta (45 §): osa-alueet
checklist-duties = Muut velvoitteet
checklist-column-component = osa
checklist-column-area = osa-alue
checklist-column-duty = velvoite
checklist-column-basis = peruste
checklist-column-status = tila
checklist-column-service = palvelu
checklist-column-responsible = vastuutaho
checklist-column-cooperation = yhteistyö
checklist-column-languages = kielet
checklist-column-objective = tavoite
checklist-column-measure = toimenpide
checklist-column-indicator = mittari (lähtötaso, tavoitetaso)
checklist-statutory = lakisääteinen
checklist-guidance = suositus
# Merkinnät --ascii-tilassa (ja päätteessä, joka ei ole UTF-8); puute on "--" kaikilla kielillä.
checklist-mark-ok = ok
checklist-mark-not-checked = ei tark.
checklist-kept-separately = ei tarkistettu, ohjelma on omana asiakirjanaan: '{ $title }'
checklist-legend = { $gap }: havainto (säännön tunnus ja kohta, kuten `goodrel check` ne näyttää); { $ok }: säännöt ajettiin, eikä havaintoja tullut; { $none }: mikään sääntö ei tarkistanut kohtaa.
checklist-gaps = { $count ->
    [one] 1 puute
   *[other] { $count } puutetta
}, joista lakisääteisiä { $statutory }.
# Muut velvoitteet.
checklist-duty-mainstreaming = kotoutuminen otettu huomioon kuntastrategiassa
checklist-duty-national_objectives = valtakunnalliset kotoutumisen tavoitteet (VALKO) otettu huomioon
checklist-duty-civic_orientation_languages = yhteiskuntaorientaatiota tarjotaan useilla kielillä
checklist-duty-situation_picture = paikallisen maahanmuuton tilannekuva vuosineen ja lähteineen
checklist-duty-planning_mode = laaditaanko suunnitelma yksin vai yhdessä muiden kanssa
checklist-duty-information_for_all = perustieto ja ohjaus kaikille maahanmuuttajille
checklist-duty-wellbeing_services_county = yhteistyö hyvinvointialueen kanssa
checklist-duty-participation = järjestöt ja maahanmuuttajat osallistuvat suunnitteluun
checklist-duty-cooperation_group = monialainen yhteistyöryhmä, paikallinen tai alueellinen
checklist-duty-good_relations_working_group = monialainen työryhmä hyviä väestösuhteita varten
checklist-duty-two_yearly_report = kahden vuoden välein annettava raportti ELY-keskukselle / elinvoimakeskukselle
checklist-duty-plan_period = suunnittelukausi
checklist-duty-regional_authority = ELY-keskus / elinvoimakeskus nimetty
