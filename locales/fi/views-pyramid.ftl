# Pyramidinäkymä (`goodrel pyramid`) ja pyramidianalyysin tekstit: tasojen nimet ja kuvaukset,
# sijoitusperusteet, puutteiden korjausehdotukset ja huipun osa-alueet.

## Tasot (Euroopan neuvoston opas, osa III)
pyramid-level-name = { $level ->
    [base] perusta
    [middle] keskitaso
   *[top] huippu
}
pyramid-label-base = monimuotoisuuden valtavirtaistaminen yleisiin palveluihin
pyramid-label-middle = ryhmäkohtainen yhdenvertaisuus ja osallisuus
pyramid-label-top = vuorovaikutus, dialogi, konfliktit ja viharikokset
# Taso lauseessa: "huippu (…) on niukka".
pyramid-level-phrase = { $level ->
    [base] perusta
    [middle] keskitaso
   *[top] huippu
} ({ $label })
pyramid-item-kind = { $kind ->
    [measure] toimenpide
    [service] palvelu
   *[structure] rakenne
}

## Sijoituksen peruste
pyramid-strength = { $strength ->
    [declared] merkitty
    [strong] vahva
    [moderate] keskivahva
    [weak] heikko
   *[context] välillinen
}
pyramid-reason = { $evidence } ({ $strength })
pyramid-reason-level = { $reason } -> { $level }
pyramid-ev-declared = merkitty taso: { $level }
pyramid-ev-kind = laji: { $kind }
pyramid-ev-term = { $found ->
    [tag] tunniste
   *[word] sana
} "{ $written }"
pyramid-ev-term-subarea = { $found ->
    [tag] tunniste
   *[word] sana
} "{ $written }" ({ $subarea })
pyramid-ev-groups-meet = sanat "{ $mix }" ... "{ $meet }" (ryhmien välinen kohtaaminen)
pyramid-ev-target-group = kohderyhmä: { $group }
pyramid-ev-age-group-need = kohderyhmä: { $group }; erityinen tarve: "{ $written }"
pyramid-ev-sector = toimiala: { $sector }
pyramid-ev-objective = tavoite { $id } mainitsee sanan "{ $written }"
pyramid-ev-objective-areas = tavoite { $id } ({ $areas }) mainitsee sanan "{ $written }"
pyramid-semicolon-list = { $first }; { $rest }
pyramid-ev-service = { $kind ->
    [programme] kotoutumisohjelman palvelu
    [interpreting] kotoutumisohjelmaa tukeva tulkkauspalvelu
   *[reception] pakolaisten vastaanottopalvelu
}
pyramid-ev-participatory = { $kind ->
    [council] ryhmäkohtainen neuvosto (osallistava rakenne)
    [co_design] yhteiskehittäminen (osallistava rakenne)
   *[decision_maker_session] päättäjätapaaminen (osallistava rakenne)
}
pyramid-ev-structure-kind = rakenteen laji: { $kind }
pyramid-ev-coordination = { $kind }: sovittaa yhteen työtä kaikilla tasoilla, joten sitä ei sijoiteta millekään yksittäiselle tasolle
pyramid-ev-coordination-by-default = { $kind }: mikään sana ei sijoita sitä, joten se käsitellään yhteensovittavana rakenteena eikä sitä sijoiteta
pyramid-ev-nothing-for-measure = sijoittamiselle ei ole perustetta – ei tasoa, lajia, kohderyhmää, tunnistetta, toimialaa eikä avainsanaa
pyramid-ev-nothing-for-structure = sijoittamiselle ei ole perustetta – rakenteen laji on `other`, eikä nimessä tai tehtävässä ole avainsanaa

## Oppaan keskitasolle nimeämät ryhmät
pyramid-guide-group = { $group ->
    [immigrants] maahanmuuttaneet
    [linguistic_and_cultural_minorities] kielelliset ja kulttuuriset vähemmistöt
    [sexual_and_gender_minorities] seksuaali- ja sukupuolivähemmistöt
    [age_groups] lapset, nuoret tai ikääntyneet
    [persons_with_disabilities] vammaiset henkilöt
    [roma] romanit
   *[sami] saamelaiset
}

## Huipun osa-alueet: kuvaus, ehdotus ja sen esimerkki (jossa on jokin sana, josta goodrel
## tunnistaa osa-alueen) sekä lähde.
pyramid-subarea-encounters = oikea-aikaiset kohtaamiset ja vuorovaikutus ryhmien välillä
pyramid-subarea-encounters-advice = Järjestä ohjattuja kohtaamisia ryhmien välille tasavertaisesti, yhteisin tavoittein ja niin, että osallistujat kokevat olonsa turvalliseksi
pyramid-subarea-encounters-example = säännöllinen kohtaamispaikka, jossa eri taustaiset asukkaat tapaavat koulutetun ohjaajan johdolla
pyramid-subarea-dialogue = dialogi
pyramid-subarea-dialogue-advice = Suunnittele dialogit oikeaan aikaan (ennaltaehkäisevät, jännitteitä purkavat, sovittelevat), tasapuolisesti ohjattuina ja kaupungin tukemina
pyramid-subarea-dialogue-example = Erätauko-dialogi asuinalueen jännitteistä
pyramid-subarea-mediation = konfliktien sovittelu
pyramid-subarea-mediation-advice = Järjestä konfliktien sovittelua ryhmien välisiin vastakkainasetteluihin
pyramid-subarea-mediation-example = naapurusto- tai yhteisösovittelu
pyramid-subarea-hate-crime-response = viharikoksiin puuttuminen
pyramid-subarea-hate-crime-response-advice = Sovi poliisin ja kumppanien kanssa, miten kaupunki puuttuu viharikoksiin, kuten paikallisen turvallisuussuunnittelun ohjeet suosittavat
pyramid-subarea-hate-crime-response-example = yhteinen menettely poliisin kanssa viharikosten ilmoittamiseen ja seurantaan
pyramid-subarea-community-support = yhteisön tukeminen viharikoksen jälkeen
pyramid-subarea-community-support-advice = Suunnittele, miten kaupunki tukee koko yhteisöä viharikoksen jälkeen
pyramid-subarea-community-support-example = maahanmuuttajaneuvoston kautta koolle kutsuttu kuulemistilaisuus
pyramid-source-part-iii = CoE-MLG, osa III
pyramid-source-dialogue = CoE-MLG, osa III, dialogi
pyramid-source-oulu-example = CoE-MLG, osa III, Oulun esimerkki

## Miten puute korjataan
pyramid-suggest-subarea = { $advice }, esim. { $example } ({ $source }).
pyramid-suggest-fill-level = { $level ->
    [top] Luo rakenteet, joita käytetään suunnitelmallisesti eikä vain tapauskohtaisesti oikea-aikaisiin ja ohjattuihin kohtaamisiin, dialogiin, konfliktien sovitteluun ja viharikoksiin puuttumiseen (CoE-MLG, osa III).
    [middle] Lisää syrjinnän ja rasismin vastaista työtä sekä kohdennettuja palveluja tai osallistavia rakenteita, kuten neuvosto, oppaan nimeämille ryhmille (CoE-MLG, osa III).
   *[base] Tee monimuotoisuudesta osa kaikkien toimialojen yleisiä palveluja, esim. asumista, koulutusta, työllisyyspalveluja, nuorisotyötä ja kulttuuria, jotta ryhmät kohtaavat ja eriytyminen estetään (CoE-MLG, osa III).
}
pyramid-suggest-partners = Sijoita tälle tasolle myös muiden kuin kaupungin toimijoiden palvelut (järjestöt, seurakunnat, hyvinvointialue, poliisi) ja sovi kumppanuuksista, missä niitä ei vielä ole (CoE-MLG, osa III, Oulun analyysi).
pyramid-suggest-mainstream-sectors = Kirjaa jokaiselle luetellulle toimialalle toimenpide, joka sovittaa sen yleiset palvelut monimuotoiselle väestölle: kohtaavatko ryhmät siellä, ja vastaako palvelu kaikkien tarpeisiin? Myös kytketty suunnitelma, jonka `mainstreaming` nimeää toimialan, lasketaan (CoE-MLG, osa III; OM-väestösuhdeopas).
pyramid-suggest-reach-group = Lisää { $group ->
    [immigrants] maahanmuuttaneille
    [linguistic_and_cultural_minorities] kielellisille ja kulttuurisille vähemmistöille
    [sexual_and_gender_minorities] seksuaali- ja sukupuolivähemmistöille
    [age_groups] lapsille, nuorille tai ikääntyneille
    [persons_with_disabilities] vammaisille henkilöille
    [roma] romaneille
   *[sami] saamelaisille
} kohdennettu palvelu, syrjinnän vastainen toimenpide tai osallistava rakenne (CoE-MLG, osa III).

## Valtavirtaistaminen kytketyissä suunnitelmissa
pyramid-via-plan = { $plan ->
    [municipal_strategy] kuntastrategian kautta
    [wellbeing_report_and_plan] hyvinvointikertomuksen ja -suunnitelman kautta
    [non_discrimination_plan] yhdenvertaisuussuunnitelman kautta
    [security_plan] turvallisuussuunnitelman kautta
    [language_strategy] kielistrategian kautta
   *[interaction_plan] vuorovaikutussuunnitelman kautta
}
pyramid-via-link = asiakirjan kautta: { $title } ({ $link })
pyramid-linked-note = toimialat, joiden valtavirtaistaminen on kirjattu kytkettyihin suunnitelmiin (eivät ole pyramidin kohteita): { $sectors }

## Tekstinäkymä
pyramid-heading = Pyramidi:
pyramid-counts = { $placed ->
    [one] 1 kohde
   *[other] { $placed } kohdetta
} sijoitettu, { $unplaced } sijoittamatta, { $coordination ->
    [one] 1 yhteensovittava rakenne
   *[other] { $coordination } yhteensovittavaa rakennetta
} pyramidin ulkopuolella
pyramid-items = { $count ->
    [one] 1 kohde
   *[other] { $count } kohdetta
}
pyramid-tier-empty = tyhjä
pyramid-tier-thin = niukka
pyramid-tier-nothing = ei sijoitettuja kohteita
pyramid-tier-partners = { $percent } %:lla kumppani kaupungin ulkopuolelta
pyramid-level-nothing = tälle tasolle ei ole sijoitettu mitään
pyramid-col-id = tunnus
pyramid-col-title = nimi
pyramid-col-who =
    vastuutaho
    + kumppanit
pyramid-col-scope = toimiala / ryhmät
pyramid-col-reason = peruste
pyramid-col-why-not = miksi ei sijoitettu
pyramid-scope-component = kotoutumisohjelma: { $component }
pyramid-reason-contradicted = { $reason }; mutta { $evidence } viittaa tasoon: { $level } (PYR007)
pyramid-uncertain-note = ? epävarma: sijoitettu heikon sanan tai pelkän välillisen perusteen mukaan (toimiala, mainittu palvelu, tavoite), ei sen mukaan, mitä kohde kertoo tekevänsä: { $ids }; `kind:` tai `level:` varmistaisi tason
pyramid-more-rows = … ja { $count } muuta, joita ei näytetä tässä; `--format json` luettelee kaikki
pyramid-unplaced-heading = SIJOITTAMATTA
pyramid-unplaced-note = ({ $count }; merkitse `level:` tai lisää laji, kohderyhmä tai toimiala)
pyramid-coordination-heading = PYRAMIDIN ULKOPUOLELLA
pyramid-coordination-note = (kaikkien tasojen yhteensovittaminen)
pyramid-gaps = Puutteet
pyramid-gaps-none = puutteita ei löytynyt nykyisellä raja-arvolla
pyramid-gaps-no-measures = suunnitelmassa ei ole vielä toimenpiteitä, joten analysoitavaa ei ole
pyramid-gaps-worst-first = Puutteet, vakavin ensin
pyramid-main-gap = suurin puute: { $level }
pyramid-gap-weight = paino { $weight }
pyramid-suggest-describe = Kerro toimenpiteen kuvauksessa, mitä tehdään, kuka tekee, kenelle ja kuinka usein: pelkkä otsikko nimeää osa-alueen mutta ei näytä työtä (CoE-MLG osa III edellyttää rakenteita, palveluja ja käytäntöjä).
