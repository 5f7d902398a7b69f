# Reglernas texter (pyramiden): för varje regel en sammanfattning (vad den kontrollerar),
# .rationale (varför den är viktig och har sin allvarlighet) och .help (hur man åtgärdar).

PYR001 = En nivå i pyramiden (allmänna tjänster, likabehandling och delaktighet, interaktion och konflikter) har ingen åtgärd, tjänst eller struktur.
    .rationale = Enligt handboken behövs alla tre nivåerna: mångfald integrerad i de allmänna tjänsterna, gruppspecifikt arbete för likabehandling och delaktighet samt strukturer för interaktion, konflikter och hatbrott. En tom nivå är det tydligaste utvecklingsområde lägesbilden kan visa. Varning: en rekommendation i handboken, ingen lagstadgad skyldighet.
    .help = Lägg till åtgärder på nivån, eller ange `level:` för åtgärder som redan hör dit; `goodrel pyramid PLANKATALOG --gaps` visar hela lägesbilden.

PYR002 = En nivå i pyramiden har färre än tre åtgärder, tjänster eller strukturer.
    .rationale = En nivå som vilar på en eller två åtgärder är inte planmässig: i den publicerade analysen av Uleåborgs program fanns högst upp bara ett enstaka diskussionsforum, och nivån bedömdes som svag. Tre är goodrels gräns (`goodrel pyramid --thin-below N` ändrar den i lägesbilden). Varning: en rekommendation i handboken.
    .help = Lägg till åtgärder på nivån, eller placera befintliga där med `level:`; `goodrel pyramid PLANKATALOG --gaps` visar hela lägesbilden.

PYR003 = Kommunala sektorer i goodrels referenslista har ingen åtgärd på basnivån som integrerar mångfalden i tjänsterna.
    .rationale = Pyramidens bas är mångfald integrerad i de allmänna tjänsterna inom alla sektorer, och justitieministeriet räknar upp de kommunala uppgifter där relationerna mellan befolkningsgrupper har betydelse. Referenslistan (docs/pyramid.md) är goodrels tolkning av båda; en liten kommun kan med goda skäl lämna bort en sektor. En sektor vars post placerats på en annan nivå enbart på ett svagt ord eller på indirekt grund rapporteras inte: posten kan vara dess åtgärd på basnivån (`level:` bekräftar den). Anmärkning: ett råd.
    .help = Ange åtgärdens `sector:`; om en åtgärd redan gör detta, ange dess `sector:` (eller den ansvariga aktörens sektor).

PYR004 = En befolkningsgrupp som enligt planen bor i kommunen, och som handboken nämner för arbetet med likabehandling och delaktighet, finns inte bland målgrupperna för någon åtgärd, tjänst eller struktur.
    .rationale = Mellannivån omfattar gruppspecifikt arbete för likabehandling och delaktighet för språkliga och kulturella minoriteter, sexuella minoriteter och könsminoriteter, åldersgrupper, personer med funktionsnedsättning, romer, samer och invandrare. goodrel bedömer bara de grupper som enligt planen bor i kommunen: invandrare alltid, de övriga när planens avsnitt om goda relationer, en struktur eller ett samråd nämner dem eller lägesbilden tar upp dem (språkliga minoriteter utifrån språken). Samerna bedöms i samernas hembygdsområde (Enontekis, Enare, Utsjoki och norra Sodankylä, igenkända på finskt, svenskt eller samiskt namn, också med kunta, kommun eller gielda och i den genitiv ett namn får framför dem – 'Inarin kunta', 'Utsjoki kommun', 'Ohcejoga gielda' – eller på kommunnummer; Sodankylä räknas i sin helhet, eftersom dess plan omfattar den norra delen) eller där planen tar upp samiska invånare, och nämns inte annars; `goodrel pyramid --gaps` visar samerna som en brist på samma villkor. De bedömda grupper som ingenting når är en varning (en rekommendation i handboken, ingen lagstadgad skyldighet); de övriga är en anmärkning, eftersom en kommun med goda skäl kan sakna riktat arbete för en grupp som inte bor där.
    .help = Lägg till en riktad tjänst, en åtgärd mot diskriminering eller en delaktighetsstruktur för gruppen (CoE-MLG, del III). Om något redan når gruppen, lägg till den i `target_groups` (`groups:` för en struktur); om gruppen bor i kommunen, ange det i `municipality.good_relations.groups`.

PYR005 = Ett av toppnivåns delområden (möten, dialog, konfliktmedling, åtgärder mot hatbrott, stöd till samhället efter ett hatbrott) saknar åtgärder.
    .rationale = Pyramidens topp omfattar möten i rätt tid mellan grupper, dialog, hantering av motsättningar och konflikter samt hatbrott, som drabbar hela samhället och inte bara offret. Bara en åtgärd vars beskrivning säger vad som görs täcker ett delområde: en rubrik ensam ("Medling", "Dialog") eller en platshållare nämner det utan att visa något arbete, och iakttagelsen räknar upp de åtgärder som bara nämner det. De tomma delområdena nämns i en och samma iakttagelse (de är en brist i samma sak, toppnivån), så att planen kan komplettera dem. Varning: en rekommendation i handboken.
    .help = Lägg till en åtgärd för varje tomt delområde. Ett delområde som bara en rubrik nämner täcks när åtgärdens beskrivning (`description`) säger vad som görs, av vem och för vem. Ge en sådan åtgärd `kind:` (möte, dialog, medling, åtgärder mot hatbrott) eller `tags:` (t.ex. stöd till samhället), så att goodrel ser delområdet.

PYR006 = Alla åtgärder på en nivå sköts av staden ensam, utan organisation, församling, välfärdsområde, polis eller annan utomstående partner.
    .rationale = Handboken ber att också andra aktörers tjänster placeras i pyramiden, för att se var strategiska partnerskap och samarbetsavtal behövs; en nivå där bara staden verkar visar var. Varning: en rekommendation i handboken.
    .help = Räkna upp de utomstående partnerna i åtgärdernas `partners`, eller lägg till deras tjänster som åtgärder.

PYR007 = En åtgärds angivna `level` strider mot stark evidens: dess `kind` eller ett starkt nyckelord som medling, hatbrott eller rasism.
    .rationale = En felaktig nivå flyttar åtgärden till fel nivå i lägesbilden och kan dölja en brist (t.ex. en medlingstjänst angiven som `{ VALUE("base") }` får toppen att se tom ut). Bara stark evidens jämförs, så en angiven nivå väger tyngre än svaga tecken. Varning: nivån kan ändå vara rätt, men någon bör granska den.
    .help = Rätta `level:` ({ VALUE("base") }, { VALUE("middle") } eller { VALUE("top") }), eller åtgärdens `kind:` om felet finns där.

PYR008 = En åtgärd (eller en struktur av typen `other`) ger inget att placera den i pyramiden efter.
    .rationale = goodrel gissar aldrig en nivå: en åtgärd utan nivå, typ, målgrupp, tagg, sektor eller nyckelord lämnas utanför lägesbilden, som då underskattar nivån. Varning: lägesbilden och de övriga PYR-reglerna är ofullständiga tills åtgärden är placerad.
    .help = Lägg till `level:` ({ VALUE("base") }, { VALUE("middle") } eller { VALUE("top") }), eller `kind:`, `target_groups:` eller `sector:` som nivån följer av.

# Iakttagelsernas meddelanden (samma meningar är bristerna i `goodrel pyramid --gaps`).

pyr001-level-empty = { $level } är tom: inget är placerat där
pyr002-level-thin = { $level } är tunn: { $count } objekt { $count ->
    [one] placerat
   *[other] placerade
}, färre än { $below }
pyr003-sectors = { $count } av { $total } sektorer i referenslistan har ingen åtgärd på basnivån som integrerar mångfalden i tjänsterna: { $sectors }
pyr004-group-unreached = { $named ->
    [yes] ingen åtgärd, tjänst eller struktur har gruppen bland sina målgrupper, fast planen nämner den i avsnittet om goda relationer: { $group }
   *[no] ingen åtgärd, tjänst eller struktur har gruppen bland sina målgrupper: { $group }
}
pyr004-judged-unreached = { $count ->
    [one] enligt planen eller kommunens läge bor det i kommunen en grupp som inte finns bland målgrupperna för någon åtgärd, tjänst eller struktur: { $groups }
   *[other] enligt planen eller kommunens läge bor det i kommunen grupper som inte finns bland målgrupperna för någon åtgärd, tjänst eller struktur: { $groups }
}
pyr004-others-unreached = { $count ->
    [one] ingen åtgärd, tjänst eller struktur riktar sig till gruppen: { $groups }; planen säger inte om gruppen bor i kommunen, så den bedömdes inte
   *[other] ingen åtgärd, tjänst eller struktur riktar sig till grupperna: { $groups }; planen säger inte om grupperna bor i kommunen, så de bedömdes inte
}
pyr005-subareas-missing = { $count ->
    [one] toppen saknar delområdet: { $subareas }
   *[other] toppen saknar delområdena: { $subareas }
}
pyr005-subarea-bare = { $subarea } (bara { $items } { $count ->
    [one] nämner det utan
   *[other] nämner det utan
} att säga vad som görs)
pyr005-see-gaps = `goodrel pyramid PLANKATALOG --gaps` föreslår vad som kan läggas till för vart och ett.
pyr006-city-only = { $level } sköts bara av staden själv: { $count ->
    [one] dess enda objekt har ingen partner utanför staden
   *[other] inget av dess { $count } objekt har en partner utanför staden
}
pyr007-contradicted = { $item } { $id } '{ $title }': angiven nivå är `{ $declared }`, men enligt stark evidens hör den till { $level ->
    [base] basen
    [middle] mellannivån
   *[top] toppen
} ({ $label }) – { $evidence }
pyr008-unplaced = { $item } { $id } '{ $title }' kan inte placeras i pyramiden: { $reason }
