# Regeltexter (styrning): för varje regel en sammanfattning (vad den kontrollerar), .rationale
# (varför det är viktigt och varför regeln har sin allvarlighetsgrad) och .help (hur en
# iakttagelse åtgärdas). Id:na är reglernas id.

MLG002 = Planen anger inte vem som samordnar integrationsarbetet och arbetet för goda relationer mellan befolkningsgrupper.
    .rationale = Att samordna det sektorsövergripande samarbetet är det andra elementet i god flernivåstyrning. Europarådets guide förväntar sig att kommunen (eller, i en gemensam plan, NTM-centralen / livskraftscentralen) tar den rollen, och ministeriets checklista för planeringen börjar med att utse den samordnande myndigheten. Utan en utsedd samordnare har sektorerna, välfärdsområdet och organisationerna ingen att vända sig till. Varning: vägledning, inte en formulering i lagen.
    .help = Ange i `municipality.coordinator` aktörs-id:t för den enhet som samordnar arbetet (t.ex. integrationstjänsterna eller samordnaren för likabehandling), och för in aktören under `actors`.

MLG003 = En samarbetsgrupp eller arbetsgrupp för goda relationer har medlemmar från färre än tre sektorer eller typer av organisationer.
    .rationale = Samarbetsgruppen för invandring, integration och goda relationer och arbetsgruppen för goda relationer finns för att föra samman olika sektorer: utbildnings-, fritids-, boende- och livskraftstjänster, arbetskraftsmyndigheten, FPA, välfärdsområdet, organisationer, skolor och företag. En grupp vars medlemmar kommer från ett eller två hörn av organisationen kan inte samordna sektorsövergripande arbete (element 2). Räknas gör de olika sektorerna bland kommunens medlemmar och de olika aktörstyperna bland de övriga medlemmarna. Varning: vägledning.
    .help = Lägg till medlemmar från andra sektorer (t.ex. ungdom, boende, grundläggande utbildning) och utanför staden (välfärdsområdet, arbetskraftsmyndigheten, organisationer, företag) i strukturens `members`.

MLG004 = Planens samråd med invånare eller organisationer hölls alla för tidigt eller efter godkännandet, när de inte längre kunde påverka planen.
    .rationale = Samråd på gräsrotsnivå och planering utifrån lokala behov är det tredje elementet i god flernivåstyrning. Guidens modell med identifiering, erkännande och handling börjar med att de berörda hörs, och OSSE kräver att deltagarna har garanterat och tidigt tillträde, medan politiken ännu kan ändras och inte först när den har beslutats. Därför räknas ett samråd när det hölls före planens godkännande (`municipality.approval.date`) och tidigast året före planperiodens början (äldre samråd beskriver inte längre nuvarande behov). Utan datum för godkännandet räknas varje samråd från året före perioden till dess slut. När planen inte anger något deltagande i planeringen alls säger IA019 det och denna regel är tyst (en brist, en iakttagelse); ett råd eller en grupp för invandrare eller organisationer som deltar i planeringen (`participation: [{ VALUE("planning", of: "ParticipationForm") }]`) är också samråd på gräsrotsnivå. Kvar här blir samråd som hölls för långt före planen eller efter beslutet. Samråd efter godkännandet är fortfarande viktiga för genomförandet (se PAR029), men de visar inte hur planen kom till. Varning: vägledning.
    .help = Redovisa under `consultations` de höranden, fokusgrupper, enkäter och diskussionstillfällen som hölls med invånare och organisationer när planen bereddes, med datum (före godkännandet), de grupper som hördes och de behov som lyftes fram.

MLG005 = En samarbetsgrupp, ett råd, en arbetsgrupp eller en styrgrupp anger inte hur ofta den sammanträder.
    .rationale = Regelbundna möten hör till det tredje elementet i god flernivåstyrning, och rekommendation 5 till Finland innebär att mötesfrekvensen ska bestämmas efter behov och tidsanpassas till planeringscyklerna i de sektorer som deltar. Ett permanent organ utan mötesrytm sammanträder ofta bara när någon kommer ihåg att kalla det. Även OSSE nämner regelbundet och återkommande utbyte som en princip. Varning: vägledning.
    .help = Lägg till `meets:` (t.ex. { VALUE("quarterly") }, { VALUE("twice_a_year") }, { VALUE("as_needed") }) för strukturen. Om den sammanträder vid behov, ange i dess `mandate` vad som gör att den kallas samman.

MLG006 = Det framgår inte hur en åtgärd finansieras.
    .rationale = Hållbar och rättvis finansiering är det fjärde elementet i god flernivåstyrning. En åtgärd utan angiven finansieringskälla är ett löfte som ingen har budgeterat för, och rapporten vartannat år ska också redogöra för om de ekonomiska resurserna räcker. Varning: vägledning.
    .help = Lägg till `funding:` med dess `source` (t.ex. stadens budget, statlig ersättning, projektbidrag) och, om det är känt, `amount_eur`.

MLG007 = Inga pengar i planen är reserverade för samråd, samskapande, möten, mötesarvoden eller tolkning.
    .rationale = Guiden knyter det fjärde elementet (finansiering) till delaktighet: delaktighet uppstår inte enbart genom kommunikation, utan det behövs resurser för samråd, samskapande och regelbundna möten, och rådens medlemmar bör få mötesarvode. En plan där ingen finansiering täcker något av detta lämnar delaktigheten åt den goda viljan. Varning: vägledning.
    .help = Ange i en åtgärds `funding.covers` vad pengarna används till ({ VALUE("consultation") }, { VALUE("co_design") }, { VALUE("meetings") }, { VALUE("meeting_fees") }, { VALUE("interpretation") }), eller ge en struktur `resources` med `budget_eur` eller `meeting_fees: true`.

MLG008 = Planen har ingen vision, visionen är för kort för att uttrycka ett åtagande, eller den säger ingenting om delaktighet, likabehandling eller goda relationer mellan befolkningsgrupper.
    .rationale = Det femte elementet i god flernivåstyrning är ett åtagande att kommunicera en vision med delaktighet och goda relationer i centrum; enligt guiden gör ett sådant kommunicerat åtagande kommunen mer tillgänglig och bygger förtroende. goodrel letar efter ord om delaktighet, likabehandling, tillhörighet eller goda relationer på svenska, finska eller engelska (t.ex. delaktighet, likabehandling, goda relationer; osallisuus, yhdenvertaisuus, hyvät väestösuhteet; inclusion, equal, good relations). Integration räcker inte: integration är det som planen organiserar, medan guiden ber att visionen sätter delaktighet och goda relationer i centrum. Mångfald beskriver befolkningen, inte ett åtagande. En vision behöver också minst sex ord: en slogan som "Delaktighet!" uttrycker inget åtagande. Varning: vägledning.
    .help = Skriv i `municipality.vision` en eller två meningar som med egna ord säger att delaktighet och goda relationer mellan befolkningsgrupper står i centrum för planen.

MLG009 = En indikator duger inte för uppföljning: den saknar utgångsläge, målnivå eller källa, dess siffror motsäger varandra eller planperioden, dess värden är daterade utanför perioden eller den är den enda indikatorn för alla områden.
    .rationale = Uppföljning och utvärdering av resultat är det sjätte elementet i god flernivåstyrning. En indikator utan utgångsläge kan inte visa förändring, en utan målnivå kan inte visa om målet nåddes, och en utan källa kan inte mätas på nytt på samma sätt. Ett värde som är daterat efter planperioden, före det utgångsläge det jämförs med (eller periodens början när det inte finns något utgångsläge) eller efter kontrolldagen säger inget om denna plans resultat; värden mellan utgångsläget och periodens början är bakgrund och godtas. Siffrorna ska gå ihop: utgångsläget dateras före målnivån och högst ett år in i planperioden, målnivån inom perioden (eller senast vid utgången av det år perioden slutar), och en målnivå som är densamma som utgångsläget eftersträvar ingen förändring. En indikator som följer upp mål inom alla fem planeringsområden mäter inget av dem särskilt. En indikators brister är en iakttagelse. Varning: vägledning. Det som lagen själv kräver – ett mål med en namngiven indikator – är IA014:s fel.
    .help = Ge indikatorn `baseline` och `target` (vardera med `value` och `date`: utgångsläget före eller vid planens början, målnivån inom perioden och skild från utgångsläget) och `source`, datera dess `values` inom planperioden och ge varje område egna indikatorer.

MLG010 = En indikator har inte fått något nytt värde under mer än ett år sedan utgångsläget.
    .rationale = Uppföljning (element 6) innebär att mäta igen. När mer än ett år har gått sedan en indikators utgångsläge och inget senare värde har förts in, görs antingen ingen mätning eller så når resultaten inte planen. Anmärkning: planen kan också bara vänta på nästa enkätomgång.
    .help = För in den senaste mätningen i indikatorns `values` (med dess `date`), eller kontrollera att mätningen verkligen är inplanerad.

MLG011 = Planen länkar statens integrationsprogram, men inget mål anger vilket nationellt mål det omsätter i lokal handling.
    .rationale = Rekommendation 2 till Finland innebär att vertikalt och horisontellt samarbete ska användas för att omsätta nationella program i konkreta lokala handlingsplaner, och kommunen ska beakta de nationella integrationsmålen (VALKO) i sin planering. När inget mål nämner det nationella mål det tjänar (en skriven `national_objective`, inte en platshållare), syns inte kopplingen mellan nivåerna. När planen inte alls beaktar de nationella målen (inte heller med en VALKO-länk) säger IA023 det som fel och denna regel är tyst. Varning: vägledning.
    .help = Lägg till `national_objective:` i de mål som genomför ett nationellt program och ange programmet och dess mål (t.ex. "VALKO: sysselsättning bland invandrade kvinnor").

MLG012 = Planen hänvisar till färre än två olika typer av andra planer eller program (säkerhet, välfärd, likabehandling, språk, jämställdhet, interaktion, arbete mot rasism, romanipolitiken, den regionala ETNO:s program).
    .rationale = Rekommendation 4 till Finland innebär att synergier mellan politiska program och strategier ska identifieras och stärkas. Både guidens nationella översikt och justitieministeriets guide räknar upp planer som har gemensamma mål med integration och goda relationer, bland dem det nationella romanipolitiska programmet och de regionala delegationerna för etniska relationer (ETNO). En plan som kopplar till färre än två av dem arbetar isolerat. Olika typer räknas: två hänvisningar till säkerhetsplaner är en synergi, medan ett kombinerat dokument (t.ex. en likabehandlings- och jämställdhetsplan) räknas en gång för varje typ det kombinerar. Varning: vägledning.
    .help = Lägg till `links:` för de andra planerna (typerna { VALUE("security_plan") }, { VALUE("wellbeing_report_and_plan") }, { VALUE("non_discrimination_plan") }, { VALUE("language_strategy") }, { VALUE("gender_equality_plan") }, { VALUE("interaction_plan") }, { VALUE("anti_racism_action_plan") }, { VALUE("roma_policy") }, { VALUE("regional_etno") }) och beskriv hur var och en beaktar invandrare.

MLG013 = Ingen åtgärd, struktur eller tjänst i integrationsprogrammet involverar ett företag, eller ingen involverar en organisation i det civila samhället.
    .rationale = Rekommendation 6 till Finland efterlyser nya samarbetskanaler mellan den offentliga, den privata och den tredje sektorn. Om ingen åtgärd, struktur eller programtjänst i planen involverar ett företag, eller ingen involverar en organisation, förening, församling eller gemenskap, har en av de tre sektorerna ingen kanal in i arbetet. En tjänst räknas genom sin ansvariga aktör och de producenter som nämns i dess `cooperation`, eftersom ett företag eller en organisation ofta producerar en programtjänst (t.ex. språkutbildning). Varning: vägledning.
    .help = Nämn företag och organisationer i det civila samhället som `partners` i åtgärder, `members` i strukturer eller `cooperation` i tjänster (aktörstyperna { VALUE("business") }, { VALUE("ngo") }, { VALUE("association") }, { VALUE("parish") }, { VALUE("religious_community") } eller { VALUE("language_community") }).

MLG014 = Ingen åtgärd eller struktur låter det civila samhället eller invandrare delta i planering eller beslutsfattande.
    .rationale = Rekommendation 7 till Finland innebär att planens delaktighetsinslag ska bygga på samskapande: åtgärderna övervägs och utvecklas tillsammans med det civila samhället. En åtgärd eller struktur räknas när dess `participation` omfattar planering eller beslutsfattande och en organisation i det civila samhället finns bland dess aktörer, eller, för en struktur, invandrargrupper finns bland dess `groups` (ett mångkulturellt råd som planerar eller beslutar är samskapande med de berörda). Annars blir det civila samhället högst informerat eller ombett att hjälpa till med genomförandet. Varning: vägledning.
    .help = För en åtgärd eller struktur som utvecklas tillsammans med det civila samhället eller invandrare, lägg till `participation: [{ VALUE("planning", of: "ParticipationForm") }]` (eller { VALUE("decision_making") }) och nämn organisationerna bland dess `partners` eller `members`, eller grupperna under `groups`.

MLG015 = En samarbetsgrupp, arbetsgrupp för goda relationer eller ett råd som kommunen sammankallar offentliggör inte både sin sammansättning och sina protokoll.
    .rationale = OSSE räknar ansvarsskyldighet till principerna för deltagande flernivåstyrning: ett organ kan hållas till sina överenskommelser när dess sammansättning, förhandlingar och resultat är offentliga. Bara kommunens egna organ bedöms: en regional samarbetsgrupp, eller ett annat organ som NTM-centralen / livskraftscentralen sammankallar, offentliggör sina uppgifter genom den myndigheten, och kommunens plan kan inte åtgärda det. Anmärkning: råd om god praxis, inte ett krav i integrationslagen eller i Europarådets guide.
    .help = Lägg till `transparency: {"{"} composition_public: true, minutes_public: true {"}"}` när medlemmarna och protokollen har offentliggjorts (t.ex. på stadens webbplats).

MLG020 = Samarbetsgruppen eller arbetsgruppen för goda relationer sammanträder mer sällan än planens cykel kräver, eller bara vid behov.
    .rationale = Europarådets element förutsätter regelbundna möten, och rekommendation 5 till Finland innebär att mötesfrekvensen ska följa behovet och synkroniseras med cyklerna i de sektorer och på de nivåer vars mål och åtgärder gruppen samordnar. goodrel räknar planens cykel som minst två möten om året (ett när sektorerna bereder nästa års budget och verksamhetsplaner, ett för att se över genomförandet). Antalet höjs till den tätaste indikatormätningen i planen, högst fyra gånger om året, så att gruppen ser varje omgång uppföljningsdata. `{ VALUE("as_needed") }` binder inte gruppen till någon cykel. En grupp utan `meets` lämnas åt regeln om mötesfrekvens. Den regionala gruppen sammankallas av NTM-centralen / livskraftscentralen och kontrolleras inte. Varning: en rekommendation i guiden.
    .help = Ställ in gruppens `meets` så att den motsvarar planens cykel (t.ex. `{ VALUE("quarterly") }` eller `{ VALUE("twice_a_year") }`) och förlägg mötena före budgetberedningen och efter varje uppföljningsomgång.

MLG021 = En myndighets angivna nivå skiljer sig från den nivå där aktörer av dess typ verkar (t.ex. ett ministerium markerat som lokalt).
    .rationale = Flernivåkartan placerar aktörerna enligt deras `level`, och vissa myndigheter verkar bara på en nivå: välfärdsområdet, NTM-centralen / livskraftscentralen, regionförvaltningsverket och landskapsförbundet regionalt, ministerierna nationellt. En avvikande nivå är nästan alltid ett förbiseende och placerar aktören på fel rad i `goodrel governance`. Kommunala sektorer (en gemensamt ordnad tjänst kan vara regional), organisationer, företag och andra aktörer kan verka på vilken nivå som helst och kontrolleras inte. Anmärkning: det påverkar översikten, inte efterlevnaden av lagen.
    .help = Rätta aktörens `level` (eller utelämna den, så härleder goodrel nivån från aktörstypen).

# Meddelanden i iakttagelserna.

# Hur en struktur nämns i meddelanden: "råd G2 'Invandrarrådet'".
mlg-structure = { $kind } { $id } '{ $name }'

mlg002-no-coordinator = { $municipality }: planen anger inte vem som samordnar integrationsarbetet och arbetet för goda relationer mellan befolkningsgrupper
mlg003-no-members = { $structure } har inga medlemmar från någon sektor eller organisation
mlg003-few-sectors = { $structure } har medlemmar från bara { $count ->
    [one] en sektor eller typ av organisation
   *[other] { $count } sektorer eller typer av organisationer
} ({ $sectors })
mlg004-window-since-before-approval = mellan { $from } och planens godkännande { $approval }
mlg004-window-before-approval = före planens godkännande { $approval }
mlg004-window-period = under planperioden eller året före den ({ $from } – { $until })
mlg004-too-early-or-late = inget samråd är daterat { $window }; det senaste är { $id } '{ $title }' från { $date }
mlg005-meets-unset = { $structure } anger ingen mötesfrekvens
mlg006-no-funding = åtgärd { $id } '{ $title }': det framgår inte hur den finansieras
mlg007-participation-unfunded = ingen finansiering i planen täcker samråd, samskapande, möten, mötesarvoden eller tolkning
mlg008-no-vision = planen har ingen vision
mlg008-only-integration = visionen talar om integration men inte om delaktighet, likabehandling eller goda relationer mellan befolkningsgrupper
mlg008-no-inclusion = visionen nämner inte delaktighet, likabehandling eller goda relationer mellan befolkningsgrupper
mlg008-too-short = visionen '{ $vision }' är för kort för att uttrycka ett åtagande ({ $words ->
    [one] 1 ord
   *[other] { $words } ord
}; minst { $min })
mlg009-unfit = indikator { $id } '{ $name }' duger inte för uppföljning: { $problems }
mlg009-and = { $first }; { $rest }
mlg009-no-baseline-no-target = utgångsläge och målnivå saknas
mlg009-no-baseline = utgångsläge saknas
mlg009-no-target = målnivå saknas
mlg009-no-source = källa saknas
mlg009-values-outside-period = värden daterade utanför planperioden { $start }–{ $end }, före utgångsläget eller efter i dag ({ $dates })
mlg009-values-outside = värden daterade utanför uppföljningsperioden, före utgångsläget eller efter i dag ({ $dates })
mlg009-all-areas = den följer upp alla fem planeringsområden
mlg010-not-measured = indikator { $id } '{ $name }' har inget värde registrerat sedan utgångsläget { $date }
mlg011-no-national-objective = inget mål anger det nationella mål som det omsätter i lokal handling
mlg012-few-links = planen hänvisar { $count ->
    [0] inte till någon
    [one] bara till en
   *[other] bara till { $count }
} av de andra planerna (säkerhet, välfärd, likabehandling, språk, jämställdhet, interaktion, arbete mot rasism, romanipolitik, regional ETNO); minst två olika typer förväntas
mlg013-no-business = ingen åtgärd, struktur eller programtjänst involverar ett företag
mlg013-no-civil-society = ingen åtgärd, struktur eller programtjänst involverar en aktör i det civila samhället (organisation, förening, församling eller gemenskap)
mlg013-no-business-or-civil-society = ingen åtgärd, struktur eller programtjänst involverar ett företag eller en aktör i det civila samhället
mlg014-no-co-creation = ingen åtgärd eller struktur involverar det civila samhället i planering eller beslutsfattande
mlg015-no-composition = { $structure } offentliggör inte sin sammansättning
mlg015-no-minutes = { $structure } offentliggör inte sina protokoll
mlg015-neither = { $structure } offentliggör varken sin sammansättning eller sina protokoll
mlg020-only-as-needed = { $id } '{ $name }' sammanträder bara vid behov; { $because }
mlg020-too-rarely = { $id } '{ $name }' sammanträder { $frequency }; { $because }
mlg021-level-contradicts-kind = aktör { $id } '{ $name }' är markerad som { $declared ->
    [local] lokal
    [regional] regional
    [national] nationell
   *[international] internationell
}, men { $kind } verkar på { $fixed ->
    [local] lokal
    [regional] regional
    [national] nationell
   *[international] internationell
} nivå
# Aktörstyperna i regeln MLG021:s meddelande ("men ett ministerium verkar på nationell nivå").
mlg021-kind = { $key ->
    [municipal_sector] en kommunal sektor
    [decision_makers] ett beslutsfattande organ
    [wellbeing_services_county] ett välfärdsområde
    [ely_centre] en NTM-central
    [vitality_centre] en livskraftscentral
    [employment_authority] en arbetskraftsmyndighet
    [kela] FPA
    [avi] ett regionförvaltningsverk
    [regional_council] ett landskapsförbund
    [ministry] ett ministerium
    [national_body] ett nationellt organ
    [ngo] en organisation
    [association] en förening
    [parish] en församling
    [religious_community] ett religiöst samfund
    [language_community] en språkgemenskap
    [business] ett företag
    [educational_institution] en läroanstalt
    [police] polisen
    [international_organisation] en internationell organisation
   *[other] en annan aktör
}
mlg009-baseline-late = dess utgångsläge är daterat { $date }, mer än ett år efter att planperioden började { $start }
mlg009-baseline-after-target = dess utgångsläge ({ $baseline }) är inte daterat före målnivån ({ $target })
mlg009-target-is-baseline = dess målnivå är densamma som utgångsläget, så ingen förändring eftersträvas
mlg009-target-outside-period = dess målnivå är daterad { $date }, utanför planperioden { $start } – { $end }
