# Rule texts (format): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

PLAN001 = Suunnitelmatiedostoa ei voi lukea tekstinä: se on lukukelvoton, binääritiedosto, muuta kuin UTF-8-tekstiä tai liian suuri.
    .rationale = Tiedosto, jota goodrel ei voi lukea, on suunnitelman osa, jota kukaan ei voi tarkistaa. Siksi se on virhe: jatkuva integraatio (CI) ei saa hyväksyä suunnitelmaa, josta se on nähnyt vain osan.
    .help = Tallenna tiedosto UTF-8-tekstinä, siirrä binääritiedostot (PDF-tiedostot, kuvat) pois suunnitelmakansiosta tai jaa hyvin suuri tiedosto toimialoittain.

PLAN002 = Suunnitelmatiedosto ei ole kelvollista YAML- tai TOML-muotoa.
    .rationale = Tiedosto, jota ei voi jäsentää, ei tuo suunnitelmaan mitään, joten mitään sen sisällöstä ei tarkistettaisi, eikä kukaan huomaisi sitä.
    .help = Korjaa kirjoitusasu ilmoitetulla rivillä. Ilmoitus kertoo ensin selkokielellä, mikä on vialla, ja sen jälkeen sulkeissa jäsentimen oman ilmoituksen.

PLAN003 = Osion tai kentän nimi ei kuulu suunnitelman muotoon.
    .rationale = Useimmat työkalut ohittavat väärin kirjoitetun avaimen huomaamatta, ja sen sisältämä tieto katoaa; goodrel ei arvaa.
    .help = Käytä jotakin dokumentoiduista nimistä (katso `goodrel schema` tai docs/plan-format.fi.md); goodrel ehdottaa lähintä tunnettua nimeä.

PLAN004 = Kentän arvo on väärää tyyppiä tai sallittujen vaihtoehtojen ulkopuolelta, tai pakollinen kenttä puuttuu.
    .rationale = Säännöt voivat tarkistaa vain sen, minkä ne pystyvät lukemaan; väärän muotoinen arvo jäisi muuten pois.
    .help = Kirjoita arvo ilmoituksessa kuvatussa muodossa (perässä on esimerkki); docs/plan-format.fi.md ja `goodrel schema` kuvaavat jokaisen kentän.

PLAN005 = Kahdella suunnitelman kohteella on sama tunnus (tunnusten on oltava yksilöllisiä kaikissa tiedostoissa).
    .rationale = Tunnuksella tehdyt viittaukset muuttuisivat monitulkintaisiksi: mikä toimenpide on `M12`?
    .help = Anna toiselle kohteelle eri tunnus ja päivitä siihen kohdistuvat viittaukset.

PLAN006 = Viittauksessa on tunnus, jota yhdelläkään oikeanlaisella kohteella ei ole.
    .rationale = Jos vastuutahoa tai tavoitetta ei ole olemassa, suunnitelma ei kerro, kuka tekee mitä.
    .help = Korjaa tunnus tai lisää puuttuva kohde (esimerkiksi toimija osioon `actors`).

PLAN007 = Osio `municipality` puuttuu tai on useammassa kuin yhdessä tiedostossa.
    .rationale = Jokainen suunnitelma kuuluu täsmälleen yhdelle kunnalle; moni sääntö lukee siitä suunnitelmakauden, viranomaisen ja vision.
    .help = Pidä suunnitelmassa täsmälleen yksi `municipality:`-osio, tavallisesti suunnitelmakansion ylimmän tason tiedostossa `plan.yaml`.

PLAN012 = Suunnitelmakansiossa oleva symbolinen linkki johtaa kansion ulkopuolelle, tai suunnitelmatiedosto on nimetty putki, laite tai pistoke; sitä ei lueta.
    .rationale = Suunnitelmakansiot tarkistetaan jatkuvassa integraatiossa (CI) muutosehdotusten yhteydessä, joten siihen, mihin ne osoittavat, ei luoteta: linkki hakemistoon `/` kävisi läpi koko koneen, linkki hakemistoon `/proc` tai nimetty putki ei pääty koskaan, ja linkki muualla olevaan tiedostoon toistaisi sen sisällön julkiseen lokiin. goodrel lukee vain suunnitelmakansion sisällön ja tarkistaa loput; havainto on virhe, koska suunnitelmasta voi puuttua se, mitä linkin oli tarkoitus tuoda.
    .help = Kopioi tiedosto suunnitelmakansioon linkittämisen sijaan tai osoita linkki suunnitelmakansion sisällä olevaan tiedostoon; poista linkit järjestelmäpolkuihin.

PLAN013 = Tunnus näyttää suunnitelman toiselta tunnukselta, sekoittaa aakkostoja, on kirjoitettu toisella aakkostolla vaikka näyttää latinalaiselta, tai sisältää näkymättömän merkin (leveydettömän välilyönnin, kirjoitussuunnan ohjausmerkin).
    .rationale = Viittaukset ovat tunnuksia, ja lukija tarkistaa viittauksen lukemalla sen. Toimija `еmployment`, jossa on kyrillinen `е`, vie itselleen toimenpiteet, jotka näyttävät viittaavan toimijaan `employment`; kyrillisin kirjaimin kirjoitettu `М1` on tunnuksen `M1` rinnalla; tunnus, jossa on leveydetön välilyönti, on eri tunnus kuin miltä se näyttää. Unicoden turvallisuusraportti (UTS #39) kuvaa nämä samannäköiset merkit: sekoitetut aakkostot, kokonaan toisen aakkoston sekoitettavat sanat ja sekoitettavien merkkien rungot. Tunnukset verrataan Unicode-normalisoinnin (NFC) jälkeen, joten kahdella tavalla kirjoitettu tarkkeellinen kirjain on sama tunnus.
    .help = Kirjoita tunnus (ja siihen viittaavat kohdat) uudelleen tavallisin kirjaimin: poista näkymätön merkki tai korvaa toisen aakkoston kirjaimet latinalaisilla.

PLAN008 = Asetustiedostossa goodrel.toml on tuntematon avain, tuntematon sääntö tai sääntöryhmä, virheellinen taso tai vääränlainen arvo.
    .rationale = Asetukset ratkaisevat, mitkä havainnot näytetään ja kuinka vakavina. Väärin kirjoitettu säännön tunnus tai taso jättäisi säännön huomaamatta päälle, pois päältä tai väärälle vakavuustasolle, joten ajo epäonnistuu, kunnes tiedostossa lukee se, mitä tarkoitettiin. Asetusvirhettä ei voi itseään kytkeä pois eikä ohittaa.
    .help = Korjaa avain tai arvo ilmoitetulla rivillä (goodrel ehdottaa lähintä tunnettua nimeä); avaimet ja tasot luetellaan tiedostossa docs/configuration.md.

PLAN009 = Rivin `# goodrel: ignore[SÄÄNTÖ]`-kommentissa ei ole perustelua, joten se ei ohita mitään.
    .rationale = Ohitettu havainto voi olla lakisääteinen puute; suunnitelman myöhemmän lukijan (valtuuston, ELY-keskuksen tai elinvoimakeskuksen, seuraavan koordinaattorin) on voitava nähdä, miksi se hyväksyttiin. Perustelematonta ohitusta ei noudateta, ja se on virhe, jotta perustelu tulee kirjoitetuksi.
    .help = Kirjoita perustelu hakasulkeen jälkeen, esimerkiksi `# goodrel: ignore[IA012] hyvinvointialue toteuttaa tämän toimenpiteen; sovittu yhteistyöryhmässä 3.5.`.

PLAN010 = Rivin `# goodrel: ignore[SÄÄNTÖ]`-kommentissa mainittu sääntö ei anna kommentin kohdalla yhtään havaintoa.
    .rationale = Suunnitelman korjaamisen jälkeen paikalleen jäänyt ohitus piilottaisi huomaamatta saman säännön seuraavan havainnon samassa kohdassa. Se on varoitus: suunnitelma itse ei ole virheellinen, kommentti on vanhentunut.
    .help = Poista ohitus (tai siitä se säännön tunnus, jota ei enää tarvita); jos havainto on siirtynyt, siirrä kommentti ilmoitetulle riville tai suoraan sen yläpuolelle.

PLAN011 = Rivin `# goodrel:`-kommentissa on tuntematon sääntö tai sääntö, jota ei voi ohittaa, tai kommenttia ei ole kirjoitettu muotoon `# goodrel: ignore[SÄÄNTÖ] perustelu`.
    .rationale = Väärin kirjoitettu ohitus ei tee mitään, joten havainto, joka sillä oli tarkoitus kattaa, näkyy edelleen, tai myöhempää havaintoa ei katetakaan tarkoitetulla tavalla; se on virhe, jotta kommentti korjataan eikä sitä luulla toimivaksi.
    .help = Kirjoita kommentti muotoon `# goodrel: ignore[SÄÄNTÖ] perustelu` ja käytä säännön tunnusta komennon `goodrel rules` luettelosta (goodrel ehdottaa lähintä tunnettua tunnusta); lukukelvottoman tiedoston ja kirjoitusvirheen havaintoja ei voi ohittaa.
PLAN014 = Suunnitelman arvot ovat paikkamerkkejä, pelkkiä nimilappuja tai samaa tekstiä kohdille, jotka niiden pitäisi erottaa toisistaan.
    .rationale = Suunnitelmaa luetaan sen perusteella, mitä siinä sanotaan. Arvo, joka vain pitää tekstin paikkaa (`x`, `-`, `TBD`, ”to be added”, ”lisätään myöhemmin”, ”se rapporten för detaljer”), joka vain nimeää kohdan tai kentän lajin (”Service”, ”Toimenpide 1”, ”Mätare”, oma tunnus) tai joka toistaa saman lauseen kohdille, jotka sen pitäisi erottaa (yksi iskulause kaikille tavoitteille, yksi lause raportin kaikille viidelle sisällölle), ei ole kirjoitettu (docs/plan-format.md, ”What counts as written”). Sääntö, joka tarvitsee arvon – palvelun kuvaus (IA009), tavoitteen kuvaus (IA010), toimenpiteen nimi (IA011), mittarin nimi (IA014), strategiahuomautus (IA016), VALKO-linkki (IA023), raportin sisällöt (IA022) – arvioi sen puuttuvaksi, virheenä siellä, missä laki sitä edellyttää. Tämä sääntö luettelee jokaisen tällaisen arvon kerran paikkoineen, jotta koordinaattori näkee kerralla kaiken täydennettävän. Varoitus: työlista; lakisääteisen arvion tekevät muut säännöt.
    .help = Kirjoita kukin luetelluista arvoista omin sanoin: mitä palvelu tarjoaa, mihin tavoite pyrkii, mitä toimenpiteessä tehdään, mitä mittari mittaa.
plan014-placeholders = { $count ->
    [one] suunnitelman arvo ei ole kirjoitettu
   *[other] { $count } suunnitelman arvoa ei ole kirjoitettu
}: { $values }
plan014-value = `{ $path }` '{ $text }' ({ $place }: { $why ->
    [mark] pelkkä merkki
    [placeholder] paikkamerkki
    [label] pelkkä nimilappu
   *[reused] sama teksti kuin muualla
})
plan014-more = ja { $count } muuta
