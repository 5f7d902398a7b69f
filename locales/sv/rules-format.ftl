# Rule texts (format): for each rule its summary (what it checks), .rationale (why it
# matters, why this severity) and .help (how to fix a finding). Ids are the rule ids.

PLAN001 = En planfil kan inte läsas som text: den är oläslig, en binärfil, inte UTF-8 eller för stor.
    .rationale = En fil som goodrel inte kan läsa är en del av planen som ingen kan kontrollera; därför är det ett fel, så att CI inte godkänner en plan som den bara delvis har sett.
    .help = Spara filen som UTF-8-text, flytta binärfiler (pdf-filer, bilder) ut ur planmappen eller dela upp en mycket stor fil per sektor.

PLAN002 = En planfil är inte giltig YAML eller TOML.
    .rationale = En fil som inte kan tolkas tillför inget till planen, så allt i den skulle obemärkt förbli okontrollerat.
    .help = Rätta skrivsättet på den angivna raden; meddelandet säger först med vanliga ord vad som är fel och sedan, inom parentes, tolkens egna ord.

PLAN003 = Ett sektions- eller fältnamn hör inte till planformatet.
    .rationale = En felstavad nyckel hoppas obemärkt över av de flesta verktyg, och informationen i den går förlorad; goodrel gissar inte.
    .help = Använd ett av de dokumenterade namnen (se `goodrel schema` eller docs/plan-format.sv.md); det närmaste kända namnet föreslås.

PLAN004 = Ett fält har fel typ, ett värde utanför de dokumenterade alternativen, eller ett obligatoriskt fält saknas.
    .rationale = Reglerna kan bara kontrollera det de kan läsa; ett värde i fel form skulle annars falla bort.
    .help = Skriv värdet i den form som meddelandet anger (ett exempel följer); docs/plan-format.sv.md och `goodrel schema` beskriver varje fält.

PLAN005 = Två poster i planen har samma id (id:n är unika i alla filer).
    .rationale = Hänvisningar med id skulle bli tvetydiga: vilken åtgärd är `M12`?
    .help = Ge den ena posten ett annat id och uppdatera hänvisningarna till den.

PLAN006 = En hänvisning nämner ett id som ingen post av rätt slag har.
    .rationale = Om en ansvarig aktör eller ett mål inte finns säger planen inte vem som gör vad.
    .help = Rätta id:t eller lägg till den saknade posten (till exempel aktören under `actors`).

PLAN007 = Sektionen `municipality` saknas eller finns i mer än en fil.
    .rationale = Varje plan hör till exakt en kommun; många regler läser dess planperiod, myndighet och vision.
    .help = Ha exakt en sektion `municipality:`, vanligen i `plan.yaml` högst upp i planmappen.

PLAN012 = En symbolisk länk i planmappen leder utanför den, eller en planfil är en namngiven pipe, en enhet eller en socket; den läses inte.
    .rationale = Planmappar kontrolleras i CI vid pull requests, så det de pekar på är inte betrott: en länk till `/` skulle gå igenom hela maskinen, en länk till `/proc` eller en namngiven pipe tar aldrig slut, och en länk till en fil på annat håll skulle återge dess innehåll i en offentlig logg. goodrel läser bara det som finns i planmappen och kontrollerar resten; iakttagelsen är ett fel eftersom planen kan sakna det som länken skulle tillföra.
    .help = Kopiera filen till planmappen i stället för att länka till den, eller låt länken peka på en fil i planmappen; ta bort länkar till systemsökvägar.

PLAN013 = Ett id ser ut som ett annat id i planen, blandar alfabet, är skrivet med ett annat alfabet men ser latinskt ut, eller innehåller ett osynligt tecken (ett nollbreddsmellanslag, ett tecken för skrivriktning).
    .rationale = Hänvisningar är id, och en läsare kontrollerar en hänvisning genom att läsa den. En aktör `еmployment` skriven med ett kyrilliskt `е` tar över de åtgärder som ser ut att hänvisa till `employment`; `М1` med kyrilliska bokstäver står bredvid `M1`; ett id med ett nollbreddsmellanslag är ett annat id än det ser ut att vara. Unicodes säkerhetsrapport (UTS #39) beskriver sådana förväxlingsbara tecken: blandade skriftsystem, ord som helt kan förväxlas med ett annat skriftsystem och förväxlingsbara skelett. Id jämförs efter Unicode-normalisering (NFC), så en bokstav med accent som skrivits på två sätt är samma id.
    .help = Skriv om id:t (och hänvisningarna till det) med vanliga bokstäver: ta bort det osynliga tecknet eller ersätt bokstäverna från ett annat alfabet med latinska.

PLAN008 = Inställningsfilen goodrel.toml har en okänd nyckel, en okänd regel eller familj, en felaktig nivå eller ett värde av fel slag.
    .rationale = Inställningarna avgör vilka iakttagelser som visas och hur allvarliga de är; ett felstavat regel-id eller en felstavad nivå skulle obemärkt lämna en regel påslagen, avslagen eller på fel allvarlighetsnivå, så körningen misslyckas tills filen säger det som avsågs. Ett fel i inställningsfilen kan inte självt stängas av eller undantas.
    .help = Rätta nyckeln eller värdet på den angivna raden (det närmaste kända namnet föreslås); nycklarna och nivåerna finns i docs/configuration.md.

PLAN009 = En `# goodrel: ignore[REGEL]`-kommentar på en rad anger ingen motivering, så den undantar ingenting.
    .rationale = En tystad iakttagelse kan vara en lagstadgad brist; den som senare läser planen (fullmäktige, NTM-centralen eller livskraftscentralen, nästa samordnare) ska kunna se varför den godtogs. Ett undantag utan motivering följs inte och är ett fel, så att motiveringen blir skriven.
    .help = Skriv motiveringen efter hakparentesen, till exempel `# goodrel: ignore[IA012] välfärdsområdet genomför åtgärden; överenskommet i samarbetsgruppen den 3 maj`.

PLAN010 = En `# goodrel: ignore[REGEL]`-kommentar nämner en regel som inte ger någon iakttagelse där kommentaren står.
    .rationale = Ett undantag som blivit kvar efter att planen rättats skulle obemärkt dölja regelns nästa iakttagelse på samma ställe. Det är en varning: planen är inte fel, kommentaren är inaktuell.
    .help = Ta bort undantaget (eller det regel-id i det som inte längre behövs); om iakttagelsen har flyttat, flytta kommentaren till den angivna raden eller direkt ovanför den.

PLAN011 = En `# goodrel:`-kommentar nämner en okänd regel eller en regel som inte kan undantas, eller är inte skriven som `# goodrel: ignore[REGEL] motivering`.
    .rationale = Ett felstavat undantag gör ingenting, så den iakttagelse det skulle täcka visas fortfarande, eller så täcks en senare inte som avsett; det är ett fel, så att kommentaren rättas i stället för att tas för ett fungerande undantag.
    .help = Skriv kommentaren som `# goodrel: ignore[REGEL] motivering` med ett regel-id från `goodrel rules` (det närmaste kända id:t föreslås); iakttagelser om olästa filer och skrivfel kan inte undantas.
PLAN014 = Värden i planen är platshållare, bara etiketter eller samma text för punkter som de borde skilja åt.
    .rationale = En plan läses för vad den säger. Ett värde som bara håller platsen för en text (`x`, `-`, `TBD`, ”to be added”, ”lisätään myöhemmin”, ”se rapporten för detaljer”), som bara anger vad det är för slags punkt eller fält (”Service”, ”Toimenpide 1”, ”Mätare”, det egna id:t) eller som upprepar samma mening för punkter som det borde skilja åt (en slogan för alla mål, en mening för rapportens alla fem innehåll) räknas inte som skrivet (docs/plan-format.md, ”What counts as written”). Den regel som behöver värdet – en tjänsts beskrivning (IA009), ett måls formulering (IA010), en åtgärds rubrik (IA011), en indikators namn (IA014), strategianteckningen (IA016), VALKO-länken (IA023), en rapports innehåll (IA022) – bedömer det som saknat, som fel där lagen kräver det. Denna regel räknar upp varje sådant värde en gång med dess plats, så att samordnaren ser hela listan att fylla i. Varning: en arbetslista; den lagstadgade bedömningen gör de andra reglerna.
    .help = Skriv varje uppräknat värde med egna ord: vad tjänsten erbjuder, vad målet syftar till, vad som görs i åtgärden, vad indikatorn mäter.
plan014-placeholders = { $count ->
    [one] ett värde i planen räknas inte som skrivet
   *[other] { $count } värden i planen räknas inte som skrivna
}: { $values }
plan014-value = `{ $path }` '{ $text }' ({ $place }: { $why ->
    [mark] ett tecken
    [placeholder] en platshållare
    [label] bara en etikett
   *[reused] samma text som på annat ställe
})
plan014-more = och { $count } till
