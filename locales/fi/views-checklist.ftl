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
# Muut velvoitteet.
checklist-duty-mainstreaming = kotoutuminen otettu huomioon kuntastrategiassa
checklist-duty-national_objectives = valtakunnalliset kotoutumisen tavoitteet (VALKO) otettu huomioon
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
checklist-legend = { $ok }: täytetty, nimetyin kohdin (ne ja niiden paikat kohdassa "Peruste"); { $gap }: puute, havaintoineen kuten `goodrel check` ne näyttää (säännön tunnus ja kohta); { $none }: ei arvioitu, syy kirjaimen kohdalla.
checklist-summary = { $statutory ->
    [one] 1 lakisääteinen puute
   *[other] { $statutory } lakisääteistä puutetta
} (kotoutumislain virheet, jotka `goodrel check` raportoi); havaintoja { $gaps ->
    [one] 1 velvoitteessa
   *[other] { $gaps } velvoitteessa
}, täytettyjä { $met }, arvioimatta { $unjudged }.
checklist-reasons = Ei arvioitu:
checklist-evidence = Peruste:
checklist-more = +{ $count } muuta
checklist-row-unassigned-programme = palvelut ilman osaa
checklist-row-unassigned-planning = viiden osa-alueen ulkopuolella
checklist-duty-national_employment_objectives = valtakunnalliset työllisyystavoitteet ja kunnan elinvoima otettu huomioon
checklist-duty-measures_serve_objectives = jokainen toimenpide palvelee tavoitetta
checklist-duty-indicator_quality = mittarit sopivat seurantaan (lähtötaso, tavoitetaso, lähde, arvot kaudelta)
# Velvoitteen täyttävä peruste: suunnitelman kohta (laji, tunnus ja nimi kuten suunnitelma
# ne kirjoittaa) ja se, mikä tekee siitä perusteen.
evidence-item = { $kind } { $id } '{ $name }'
evidence-more = ja { $count } muuta
evidence-detail = { $item }: { $detail }
evidence-responsible = vastuutaho { $actor }
evidence-with = yhteistyössä: { $partners }
evidence-languages = kielet: { $languages }
evidence-client-language = asiakkaan omalla kielellä
evidence-language-count = { $count } kielellä
evidence-broadened-target-group = kattaa laajennetun kohderyhmän
evidence-measures-serve = kaikki { $count } toimenpidettä nimeävät palvelemansa tavoitteet
evidence-baseline-target = lähtötaso { $baseline }, tavoitetaso { $target }
evidence-mainstreaming = kertoo, miten strategia ottaa maahanmuuttajat ja kotoutumisen huomioon
evidence-heard = kuultu { $date }, { $needs ->
    [one] 1 tarve kirjattu
   *[other] { $needs } tarvetta kirjattu
}
evidence-report-submitted = raportti { $report } kaudelta { $start } – { $end }, annettu { $submitted }
evidence-report-contents = raportti { $report } kaudelta { $start } – { $end } kattaa viisi sisältöä
evidence-national-objective = vie paikalliseksi valtakunnallisen tavoitteen '{ $objective }'
evidence-plan-period = suunnittelukausi { $start } – { $end }
evidence-regional-authority = raportoidaan: { $name }
evidence-coordination-note = kertoo, miten suunnittelu sovitetaan yhteen hyvinvointialueen kanssa
evidence-county-in-group = hyvinvointialue on ryhmässä
evidence-county-in-measure = hyvinvointialue on mukana tässä toimenpiteessä
evidence-situation = tilannekuva vuodelta { $year } lähteineen ja lukuineen
evidence-planning-mode = laaditaan: { $mode }
evidence-vitality = koskee kunnan elinvoimaa
evidence-indicator-fit = mittari { $id } '{ $name }': lähtötaso, tavoitetaso, lähde ja arvot kaudelta
# Miksi velvoitetta ei arvioitu.
reason-programme-kept = ohjelma on omana asiakirjanaan '{ $title }' (IA006): ei tarkistettu tässä
reason-no-programme-service = suunnitelmassa ei ole kotoutumisohjelman palveluja (IA001)
reason-no-component-service = mikään palvelu ei toteuta tätä osaa (IA002)
reason-languages-civic-only = 13 § edellyttää useita kieliä vain yhteiskuntaorientaatiolta
reason-no-objective = osa-alueella ei ole tavoitetta (IA010)
reason-no-measure = mikään toimenpide ei palvele osa-alueen tavoitteita (IA011)
reason-no-measures = suunnitelmassa ei ole toimenpiteitä
reason-report-not-due = ensimmäinen raportti on annettava { $due } mennessä
reason-no-municipality = suunnitelmassa ei ole `municipality`-osiota
reason-no-indicators = suunnitelmassa ei ole mittareita
reason-plan-unreadable = osaa suunnitelmasta ei voitu lukea: korjaa ensin muotovirheet
reason-held-back = odottaa, kunnes arvo kohdassa { $place } on korjattu ({ $rule })
reason-no-rule = mikään sääntö ei arvioi tätä
reason-switched-off = { $rules } kytketty pois asetuksissa
reason-skipped = ei ajettu: `{ $sections }` ei voitu lukea ({ $rules })
reason-suppressed = havainto on vaimennettu ({ $rules })
reason-no-evidence = mikään suunnitelman kohta ei täytä tätä ({ $rules })
# A column of a grid as a duty (`goodrel explain`, docs/rules.md).
duty-column = { $grid } — { $column }
checklist-duty-law_basis = laadittu kotoutumislain 681/2023 mukaan
evidence-county-in-service = hyvinvointialue on yhteistyötaho tässä palvelussa
evidence-described = kuvattu
evidence-law-basis = laadittu kotoutumislain 681/2023 mukaan (`law_basis`; oletus, kun suunnitelma ei nimeä lakia)
evidence-took-part-in-planning = osallistui suunnitteluun
reason-former-act = suunnitelma on kirjattu entisen lain 1386/2010 mukaiseksi (IA026)
