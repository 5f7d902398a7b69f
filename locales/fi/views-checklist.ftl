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
checklist-column-indicator = nimetty mittari
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
coverage-title = Velvoitteiden kattavuus
coverage-intro = Jokainen lakisääteisen tarkistuslistan velvoite (ministeriön tarkistuslista ja lain vähimmäissisältö sellaisena kuin Euroopan neuvoston oppaan osa I sen tiivistää) ja sen rinnalla näytettävä suositus, säännöt, jotka sen arvioivat, ja mikä suunnitelmassa lasketaan perusteeksi. Velvoite täyttyy vain perusteella: suunnitelman kohdalla, joka sen täyttää, ei koskaan havainnon puuttumisella (docs/checklist.md). Teksti lasketaan vain kirjoitettuna (docs/plan-format.md, ”What counts as written”). Yhdenvertaisuuslain yhdenvertaisuussuunnitelma kotoutumisen tarkistuslistan ulkopuolella on säännön GR004.
coverage-duty = velvoite
coverage-basis = peruste
coverage-rules = arvioi
coverage-evidence = mikä lasketaan perusteeksi
coverage-programme-service = Ohjelman palvelu, jolla on tämä osa (`component`) (IA002) ja oma lauseen mittainen kuvaus, ei paikkamerkki eikä toisen palvelun teksti (IA009); palvelutarpeen arvioinnin palvelut tavoittavat yhdessä laajennetun kohderyhmän, `{ VALUE("immigrants") }` kattaa kaikki (IA005). Omana asiakirjanaan pidetty ohjelma lasketaan, kun linkki yksilöi sen: kirjoitettu nimi ja hyväksymispäivä, `url` tai `file` lain 681/2023 mukaan (IA001, IA006).
coverage-programme-responsible = Vastuutaho, joka voi järjestää palvelun: viranomainen, ei yritys tai järjestö; pelkästään työnhakijoille tarkoitetulle palvelulle työvoimaviranomainen; työvoimaviranomainen mukana jossakin ohjelman palvelussa (IA003).
coverage-programme-cooperation = Kullekin palvelulle yhteistyössä toimiva palveluntuottaja toisesta organisaatiosta kuin vastuutaho: kunnan yksiköt ovat yksi organisaatio, samoin kukin seuraavista: hyvinvointialue, Kela, poliisi ja työvoimaviranomainen (IA004).
coverage-programme-languages = Yhteiskuntaorientaatio vähintään yhdellä kielellä suomen ja ruotsin lisäksi, vähintään kolmella kielellä lukumääränä tai kunkin asiakkaan omalla kielellä (IA007).
coverage-planning-objective = Osa-alueen tavoite, jonka kuvaus on kirjoitettu: ei paikkamerkki, ei pelkkä osa-alueen nimi, ei sama iskulause kuin toisella tavoitteella (IA010).
coverage-planning-measure = Osa-alueen tavoitteita palveleva toimenpide, jonka nimi on kirjoitettu tai joka muuten kuvataan lauseella; ei yksi kaikille osa-alueille merkitty toimenpide (IA011). Suunnitelman omat tavoitteet (`area: { VALUE("other", of: "Area") }`) ovat suositus: varoitus.
coverage-planning-responsible = Vastuutaho osa-alueen jokaiselle toimenpiteelle (IA012).
coverage-planning-cooperation = Kumppani toisesta organisaatiosta kuin toimenpiteen vastuutaho, toimijoiden joukosta tai lajiltaan kuvattuna (IA013).
coverage-planning-indicator = Nimetty mittari, joka kertoo, mitä se mittaa, osa-alueen jokaiselle tavoitteelle (IA014). Lähtötaso, tavoitetaso, lähde ja yhteen sopivat luvut ovat suositus (MLG009).
coverage-law_basis = Suunnitelma on laadittu lain 681/2023 mukaan (oletus). Lain 1386/2010 mukaiseksi kirjattu suunnitelma, joka on voimassa 1.1.2025 jälkeen, on yksi virhe, eikä sen kotoutumislain velvoitteita arvioida (IA026).
coverage-mainstreaming = `{ VALUE("municipal_strategy") }`-linkki, jonka huomautus kertoo kirjoitetulla lauseella, miten strategia ottaa huomioon maahanmuuttajat, kotoutumisen, moninaisuuden tai hyvät väestösuhteet; sanojen vartalot luetaan suomeksi, ruotsiksi ja englanniksi (IA016).
coverage-national_objectives = VALKO-linkki, jolla on kirjoitettu nimi, tai tavoite, joka nimeää kirjoitetun valtakunnallisen tavoitteen (IA023; MLG011 väistyy sen tieltä).
coverage-wellbeing_services_county = Hyvinvointialue osapuolena, jonka kanssa suunnitelma toimii: toimenpiteen vastuutaho tai kumppani, palvelun yhteistyötaho, rakenteen jäsen tai koollekutsuja; tai sen suunnitelma linkitettynä ja huomautus siitä, miten suunnittelu sovitetaan yhteen, ei ”tarvittaessa” (IA017).
coverage-two_yearly_report = Raportti kultakin kahden vuoden kaudelta 1.1.2025 alkaen, kun se on erääntynyt: sen oma kausi kattaa koko erääntyneen kauden ja sen toimituspäivä on mahdollinen (ei arviointipäivän jälkeen eikä ennen kauden päättymistä) (IA021); sen viisi sisältöä kukin omin sanoin kirjoitettuna ja selvitys toimenpiteistä niiden tilan mukainen (IA022).
coverage-national_employment_objectives = Työllisyystavoite, joka nimeää valtakunnallisen tavoitteensa, ja tavoite tai elinkeinopalvelujen toimenpide kunnan elinvoimasta (IA033).
coverage-measures_serve_objectives = Jokainen toimenpide nimeää palvelemansa tavoitteet (IA015).
coverage-indicator_quality = Jokaisella mittarilla on lähtötaso, tavoitetaso ja lähde, arvot kauden sisällä, yhteen sopivat luvut (lähtötaso ennen tavoitetasoa ja lähellä kauden alkua, tavoitetaso kauden sisällä ja eri kuin lähtötaso), eikä se ole ainoa mittari kaikille osa-alueille (MLG009).
coverage-situation_picture = Päivätty ja lähteistetty tilannekuva paikallisesta maahanmuutosta: määrät, tulon syyt, iät, kielet ja työllisyys (IA030).
coverage-planning_mode = Suunnittelutapa kerrottu (IA031).
coverage-information_for_all = Kaikille maahanmuuttajille avoin tieto- tai ohjaustoimenpide tai ohjelman ohjauspalvelu kohderyhmälle `{ VALUE("immigrants") }` (IA032).
coverage-participation = Kuuleminen maahanmuuttajien tai järjestöjen kanssa ennen hyväksymistä, päivättynä päivällä, vuodella tai suunnittelun vaiheena, ja siinä esiin nousseet tarpeet; tai maahanmuuttajien tai järjestöjen neuvosto tai ryhmä, joka osallistui suunnitteluun (IA019; MLG004 väistyy sen tieltä).
coverage-cooperation_group = Paikallinen tai alueellinen yhteistyöryhmä (IA018).
coverage-good_relations_working_group = Väestösuhdetyöryhmä tai yhteistyöryhmä, jonka toimialaan hyvät väestösuhteet kuuluvat (IA020).
coverage-plan_period = Suunnittelukausi (IA024).
coverage-regional_authority = ELY-keskus / elinvoimakeskus nimetty, vuodesta 2026 elinvoimakeskus (IA025, IA034).
