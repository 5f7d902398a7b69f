# goodrel init -komennon suunnitelmapohja: kunkin tiedoston kommentit, korvattavaksi
# tarkoitetut esimerkkitekstit ja se, mitä init tulostaa. Avaimet ja muodon arvot pysyvät
# tiedostoissa englanninkielisinä (ne ovat kerran src/init.rs:ssä); monirivisestä
# merkinnästä tulee yksi kommenttirivi riviä kohden.

init-default-name = Kunnan nimi (korvaa omalla)

init-created = Uusi suunnitelma luotiin kansioon { $dir }:
init-next = Seuraavaksi: täydennä plan.yaml ja aja sitten `goodrel check { $dir } --lang fi`. Sen havainnot kertovat, mitä suunnitelmasta vielä puuttuu.

init-language-official = goodrel vastaa suunnitelman ensimmäisellä virallisella kielellä (plan.yaml: official_languages: [{ $languages }]), ellei `--lang`, goodrel.toml:n `lang` tai kieliasetus (locale) muuta sano.
init-language-config = goodrel vastaa valitulla kielellä: goodrel.toml sanoo lang = "{ $code }"; `--lang` ratkaisee silti.
init-config-header =
    goodrelin asetukset tälle suunnitelmalle (docs/configuration.md). `init --lang fi`
    kirjoitti tämän tiedoston, jotta goodrel vastaa valitulla kielellä.

init-exists = olemassa olevia tiedostoja ei korvata ({ $files }); mitään ei kirjoitettu. Valitse tyhjä tai uusi kansio
init-not-a-directory = { $path } on olemassa, mutta se ei ole kansio; mitään ei kirjoitettu
init-cannot-write = { $path }: kirjoittaminen ei onnistu ({ $error }); mitään ei kirjoitettu

init-how-to =
    Näin tiedostot toimivat
      - Kaikki tämän kansion (ja sen alikansioiden) YAML- ja TOML-tiedostot ovat osa samaa
        suunnitelmaa. Kussakin tämän pohjan tiedostossa on yksi osio. Osion voi jakaa
        useaan tiedostoon, esimerkiksi toimialoittain, jolloin kukin toimiala muokkaa omaa
        tiedostoaan.
      - Aja `goodrel check <tämä kansio> --lang fi`: sen havainnot ovat tehtävälista siitä,
        mitä suunnitelmasta vielä puuttuu. Virheet ovat sitä, mitä laki kotoutumisen
        edistämisestä 681/2023 edellyttää; varoitukset sitä, mitä Euroopan neuvoston ohjeistus
        suosittaa. `goodrel explain SÄÄNTÖ --lang fi` kertoo perustelut.
      - Datarivin alla olevat kommentoidut rivit ovat esimerkki. Ota se käyttöön poistamalla
        `[]` ja jokaisen rivin alusta `# `, ja kirjoita sitten omat tietosi.
      - Ensimmäisen rivin ansiosta editori osaa täydentää ja tarkistaa kenttien nimet
        skeemakopion avulla, joka on kansiossa .goodrel/ (ks. docs/editors.md). Päivitä
        kopio goodrelin päivityksen jälkeen: `goodrel schema > .goodrel/plan.schema.json`.

# plan.yaml
init-plan-header =
    SUUNNITELMA: kenen suunnitelma tämä on, mille kaudelle, kuka sen hyväksyi ja kuka
    koordinoi työtä.
    Täytä: kunnan nimi, alueellinen viranomainen (ELY-keskus ennen vuotta 2026,
    elinvoimakeskus vuodesta 2026), suunnitelmakausi, hyväksyjä ja hyväksymispäivä, visio
    sekä kotouttamistyön koordinaattori (toimijan tunnus actors.yaml-tiedostosta). Ota rivi
    käyttöön poistamalla sen alusta `# `.
init-plan-code-note = Tilastokeskuksen kuntanumero
init-plan-authority-kind-note = ely_centre, jos suunnitelma on laadittu ennen vuotta 2026
init-plan-authority-name = Elinvoimakeskus
init-plan-authority-actor-note = sen tunnus actors.yaml-tiedostossa
init-plan-county = Hyvinvointialue
init-plan-official-languages-note = goodrel vastaa ensimmäisellä kielellä, ellei muuta valita
init-plan-official-languages = fi
init-plan-approval-body = Kunnanvaltuusto
init-plan-vision =
    Lyhyt kuvaus siitä, mihin kunta pyrkii: ytimessä kaikkien asukkaiden osallisuus
    ja hyvät väestösuhteet.
init-plan-coordinator-note = kuka koordinoi työtä (toimijan tunnus)
init-plan-mode-note = tai with_other_municipalities, part_of_other_plan, ...
init-plan-timetable = Luonnos kunnanhallitukselle syksyllä, valtuustolle keväällä
init-plan-definition = Mitä hyvät väestösuhteet tarkoittavat meidän kunnassamme
init-plan-situation-summary = Tilannekuva: kuinka paljon maahanmuuttajia kunnassa asuu, mistä he ovat tulleet ja miksi
init-statistics-finland = Tilastokeskus
init-plan-communication-website = kunnan verkkosivut
init-plan-communication-evenings = asukasillat

# actors.yaml
init-actors-header =
    TOIMIJAT: kaikki, jotka toteuttavat työtä tai tekevät siinä yhteistyötä: kunnan
    toimialat, hyvinvointialue, ELY-keskus tai elinvoimakeskus, työvoimaviranomainen,
    järjestöt, yhdistykset, seurakunnat, poliisi, yritykset ja oppilaitokset.
    Täytä: yksi merkintä kustakin toimijasta ja sille lyhyt yksilöivä tunnus (`id`), johon
    muut tiedostot viittaavat.
init-actor-integration-services = Kotoutumispalvelut
init-actor-youth-services = Nuorisopalvelut
init-actor-association = Paikallinen maahanmuuttajayhdistys

# services.yaml
init-services-header =
    PALVELUT: kunnan kotoutumisohjelma eli kotoutumisen alkuvaiheen palvelut (laki
    kotoutumisen edistämisestä 681/2023, 13 §).
    Täytä: vähintään yksi palvelu kuhunkin kuudesta osasta, sen vastuutaho ja
    yhteistyötahot. Osat (`component:`):
      needs_assessment: osaamisen ja kotoutumisen palvelutarpeen arviointi
      integration_plan: kotoutumissuunnitelma
      civic_orientation: monikielinen yhteiskuntaorientaatio
      integration_training: kotoutumiskoulutus ja siihen sisältyvä kielitaidon päättötestaus
      skills_and_employment: muu koulutus ja palvelut, jotka edistävät kielitaitoa, luku- ja
        kirjoitustaitoa, yhteiskunta- ja työelämävalmiuksia, työllistymistä ja yrittäjyyttä
      guidance_and_counselling: kotoutumisohjelman aikainen ohjaus ja neuvonta
init-service-languages = fi, en
init-service-assessment = Osaamisen ja kotoutumisen palvelutarpeen arviointi
init-service-plan = Kotoutumissuunnitelma
init-service-orientation = Monikielinen yhteiskuntaorientaatio
init-service-training = Kotoutumiskoulutus ja kielitaidon päättötestaus
init-service-skills = Kieli- ja työelämävalmiuksien koulutus
init-service-guidance = Ohjaus ja neuvonta

# objectives.yaml
init-objectives-header =
    TAVOITTEET: mitä kunta haluaa saavuttaa kotoutumislain (45 §) viidellä
    suunnittelualueella ja muilla alueilla.
    Täytä: vähintään yksi tavoite kullekin alueelle ja jokaiselle tavoitteelle mittarit,
    joilla sen toteutumista seurataan. Alueet (`area:`):
      employment_and_education: työllisyys ja koulutus
      wellbeing_health_housing: hyvinvointi, terveys ja asuminen
      inclusion_and_equality: osallisuus, yhdenvertaisuus ja tasa-arvo
      own_language_and_culture: oman kielen ja kulttuurin ylläpitäminen
      good_relations: hyvät väestösuhteet
init-objective-work = Yhä useampi maahanmuuttajataustainen asukas löytää osaamistaan vastaavaa työtä
init-objective-wellbeing = Palvelut tavoittavat uudet asukkaat heidän omalla kielellään
init-objective-inclusion = Maahanmuuttajataustaiset asukkaat osallistuvat heitä koskevaan päätöksentekoon
init-objective-language = Lapset voivat opiskella omaa äidinkieltään
init-objective-relations = Eritaustaiset asukkaat kohtaavat toisiaan ja luottavat toisiinsa

# measures.yaml
init-measures-header =
    TOIMENPITEET: mitä tehdään tavoitteiden saavuttamiseksi.
    Täytä: kullekin toimenpiteelle sen tavoitteet, vastuutaho (toimijan tunnus),
    yhteistyökumppanit, aikataulu ja rahoitus sekä se, mihin kuulemisissa esiin nousseisiin
    tarpeisiin toimenpide vastaa.
init-measure-title = Kielikahvila kirjastossa
init-measure-description = Viikoittaiset keskusteluillat suomea opetteleville asukkaille
init-measure-funding = kunnan talousarvio

# indicators.yaml
init-indicators-header =
    MITTARIT: miten tavoitteiden toteutumista seurataan.
    Täytä: kullekin mittarille lähtötaso ja tavoitetaso, mistä tieto saadaan ja kuinka
    usein se mitataan; lisää mitatut arvot sitä mukaa kuin niitä saadaan.
init-indicator-name = Vieraskielisten asukkaiden työllisyysaste

# structures.yaml
init-structures-header =
    RAKENTEET: maahanmuuton, kotoutumisen ja hyvien väestösuhteiden yhteistyöryhmä,
    väestösuhdetyöryhmä, eri väestöryhmien neuvostot (esimerkiksi maahanmuuttajaneuvosto),
    ohjaus- ja työryhmät, yhteiskehittäminen ja dialogit.
    Täytä: kuka kutsuu kunkin koolle, jäsenet, kuinka usein se kokoontuu, sen tehtävä ja
    resurssit.
init-structure-name = Kotoutumisen ja hyvien väestösuhteiden yhteistyöryhmä
init-structure-mandate = Valmistelee suunnitelman ja seuraa sen toimenpiteitä

# consultations.yaml
init-consultations-header =
    KUULEMISET: miten asukkaita ja järjestöjä kuultiin ja mitä tarpeita kuulemisissa nousi
    esiin.
    Täytä: päivämäärä, menetelmä, kuullut ryhmät ja järjestöt, kielet, esiin nousseet
    tarpeet (kullekin tunnus, johon toimenpiteet voivat viitata) ja missä päättäjät
    käsittelivät ne.
init-consultation-title = Keskusteluilta maahanmuuttajataustaisille asukkaille
init-consultation-languages = fi, ar, en
init-consultation-need = Lisää tilaisuuksia tavata naapureita ja harjoitella suomea

# links.yaml
init-links-header =
    KYTKÖKSET: suunnitelmat ja ohjelmat, joihin tämä suunnitelma liittyy: kuntastrategia,
    yhdenvertaisuussuunnitelma, turvallisuussuunnitelma, hyvinvointikertomus ja hyvinvointi-
    suunnitelma, hyvinvointialueen suunnitelmat, valtion kotouttamisohjelma (VALKO) ja muut.
    Täytä: kukin liittyvä suunnitelma ja se, miten siinä otetaan huomioon maahanmuuttajat
    ja kotoutuminen.
init-link-strategy = Kuntastrategia 2026–2029
init-link-mainstreaming = Nimeää maahanmuuttajataustaisten asukkaiden osallisuuden jokaisen toimialan tavoitteeksi
init-link-equality = Yhdenvertaisuussuunnitelma

# reports.yaml
init-reports-header =
    RAPORTIT: kahden vuoden välein ELY-keskukselle tai elinvoimakeskukselle annettavat
    raportit siitä, miten tavoitteet on saavutettu ja mitkä toimenpiteet on toteutettu.
    Täytä: yksi merkintä kutakin raportointikautta kohden; jätä `submitted` pois niin
    kauan kuin raporttia vielä kirjoitetaan.
init-report-chapter = Ks. raportin luku { $chapter }
