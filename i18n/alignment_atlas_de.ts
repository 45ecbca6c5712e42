<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Folder of YAML Term Files</source>
        <translation>Ordner mit YAML-Begriffsdateien auswählen</translation>
    </message>
    <message>
        <source>Add Glossary Pack</source>
        <translation>Glossarpaket hinzufügen</translation>
    </message>
    <message>
        <source>A glossary pack adds your own terms beside the bundled ones: a CSV file with the columns term, summary, definition, category, related, aliases and source, or a folder of YAML term files. It is copied into your data folder; removing it later leaves the glossary as it was.</source>
        <translation>Ein Glossarpaket ergänzt die mitgelieferten Begriffe um eigene: eine CSV-Datei mit den Spalten term, summary, definition, category, related, aliases und source oder ein Ordner mit YAML-Begriffsdateien. Das Paket wird in den Datenordner kopiert; wird es später wieder entfernt, bleibt das Glossar, wie es war.</translation>
    </message>
    <message>
        <source>Choose CSV &amp;File…</source>
        <translation>CSV-&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown as “Pack: name” in the term list</source>
        <translation>Erscheint in der Begriffsliste als „Paket: Name“</translation>
    </message>
    <message>
        <source>&amp;Add Pack</source>
        <translation>Paket &amp;hinzufügen</translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation>(noch nichts ausgewählt)</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) found.</source>
        <translation>
            <numerusform>%n Begriff gefunden.</numerusform>
            <numerusform>%n Begriffe gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) already used by the glossary: those entries are kept under a new id.</source>
        <translation>
            <numerusform>%n ID wird im Glossar schon verwendet: Dieser Eintrag bleibt unter einer neuen ID erhalten.</numerusform>
            <numerusform>%n IDs werden im Glossar schon verwendet: Diese Einträge bleiben unter einer neuen ID erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or files concerned are left out, the rest can be added.</source>
        <translation>
            <numerusform>%n Problem: Die betroffene Zeile oder Datei wird ausgelassen, der Rest kann hinzugefügt werden.</numerusform>
            <numerusform>%n Probleme: Die betroffenen Zeilen oder Dateien werden ausgelassen, der Rest kann hinzugefügt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable terms found, so there is nothing to add.</source>
        <translation>Keine verwendbaren Begriffe gefunden, daher gibt es nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>Replace Glossary Pack</source>
        <translation>Glossarpaket ersetzen</translation>
    </message>
    <message>
        <source>A glossary pack named “%1” is already installed. Replace it?</source>
        <translation>Ein Glossarpaket namens „%1“ ist bereits installiert. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <source>Print Booklet</source>
        <translation>Broschüre drucken</translation>
    </message>
    <message>
        <source>Choose what the booklet holds.</source>
        <translation>Wähle aus, was das Heft enthalten soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), one per term.</source>
        <translation>
            <numerusform>%n Karte, eine pro Begriff.</numerusform>
            <numerusform>%n Karten, eine pro Begriff.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n page(s).</source>
        <translation>
            <numerusform>Etwa %n Seite.</numerusform>
            <numerusform>Etwa %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This booklet will be about %n page(s). Print it anyway?</source>
        <translation>
            <numerusform>Dieses Heft wird etwa %n Seite lang. Trotzdem drucken?</numerusform>
            <numerusform>Dieses Heft wird etwa %n Seiten lang. Trotzdem drucken?</numerusform>
        </translation>
    </message>
    <message>
        <source>A long booklet</source>
        <translation>Ein langes Heft</translation>
    </message>
    <message>
        <source>A booklet has a title page, contents and one term per page; short ones share.</source>
        <translation>Ein Heft hat eine Titelseite, ein Inhaltsverzeichnis und einen Begriff pro Seite; kurze teilen sich eine Seite.</translation>
    </message>
    <message>
        <source>Selected terms (%1)</source>
        <translation>Ausgewählte Begriffe (%1)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Learning path:</source>
        <translation>Lernpfad:</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>Lesezeichen (%1)</translation>
    </message>
    <message>
        <source>Glossary pack:</source>
        <translation>Glossarpaket:</translation>
    </message>
    <message>
        <source>All terms (%1)</source>
        <translation>Alle Begriffe (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export Deck…</source>
        <translation>Stapel &amp;exportieren…</translation>
    </message>
    <message>
        <source>Print &amp;as:</source>
        <translation>Drucken &amp;als:</translation>
    </message>
    <message>
        <source>Term sheets</source>
        <translation>Begriffsblätter</translation>
    </message>
    <message>
        <source>Flashcards to cut out (8 a page, backs mirrored)</source>
        <translation>Lernkarten zum Ausschneiden (8 pro Seite, Rückseiten gespiegelt)</translation>
    </message>
    <message>
        <source>Worksheet with answer key</source>
        <translation>Arbeitsblatt mit Lösungen</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Nach Anki exportieren</translation>
    </message>
    <message>
        <source>Choose the terms: each becomes a note of an Anki deck.</source>
        <translation>Wähle die Begriffe: Jeder wird zu einer Notiz eines Anki-Stapels.</translation>
    </message>
</context>
<context>
    <name>CategoryProgressModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Curated comparisons</source>
        <translation>Kuratierte Vergleiche</translation>
    </message>
    <message>
        <source>Swap the two sides (Ctrl+Shift+X)</source>
        <translation>Die beiden Seiten tauschen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>+ third</source>
        <translation>+ dritter</translation>
    </message>
    <message>
        <source>Add or remove a third term</source>
        <translation>Einen dritten Begriff hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Die beiden Seiten tauschen</translation>
    </message>
    <message>
        <source>Puts the left term on the right and the right one on the left</source>
        <translation>Setzt den linken Begriff nach rechts und den rechten nach links</translation>
    </message>
    <message>
        <source>Compare a third term</source>
        <translation>Einen dritten Begriff vergleichen</translation>
    </message>
    <message>
        <source>Enter shows the comparison</source>
        <translation>Eingabe zeigt den Vergleich</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>One row per aspect compared, one column per term; arrow keys move from cell to cell</source>
        <translation>Eine Zeile je verglichenem Aspekt, eine Spalte je Begriff; die Pfeiltasten gehen von Zelle zu Zelle</translation>
    </message>
    <message>
        <source>Comparison notes</source>
        <translation>Anmerkungen zum Vergleich</translation>
    </message>
    <message>
        <source>Term %1…</source>
        <translation>Begriff %1…</translation>
    </message>
    <message>
        <source>Type to find a term, Enter to pick the best match</source>
        <translation>Tippen, um einen Begriff zu finden; Eingabe wählt den besten Treffer</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>Begriff %1</translation>
    </message>
    <message>
        <source>Clear term %1</source>
        <translation>Begriff %1 leeren</translation>
    </message>
</context>
<context>
    <name>ConceptMap</name>
    <message>
        <source>learn first (prerequisite)</source>
        <translation>zuerst lernen (Voraussetzung)</translation>
    </message>
    <message>
        <source>next step of the path</source>
        <translation>nächster Schritt des Lernpfads</translation>
    </message>
    <message>
        <source>whole and its part</source>
        <translation>Ganzes und Teil</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>Beispiel für</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>Verfahren für</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>Gegensatz zu</translation>
    </message>
    <message>
        <source>related</source>
        <translation>verwandt</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>rund um %1</translation>
    </message>
    <message>
        <source>the whole glossary</source>
        <translation>das ganze Glossar</translation>
    </message>
    <message>
        <source>Concept map: %1</source>
        <translation>Concept-Map: %1</translation>
    </message>
</context>
<context>
    <name>ConceptQuizView</name>
    <message>
        <source>No comparison covers the terms of this study set. Choose “All terms” for every question.</source>
        <translation>Kein Vergleich deckt die Begriffe dieses Lernstoffs ab. Für alle Fragen „Alle Begriffe“ wählen.</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>Welches Konzept ist das?</translation>
    </message>
    <message>
        <source>From the row “%1” of a comparison</source>
        <translation>Aus der Zeile „%1“ eines Vergleichs</translation>
    </message>
    <message>
        <source>Right: this is %1.</source>
        <translation>Richtig: Das ist %1.</translation>
    </message>
    <message>
        <source>Which concept is this? question</source>
        <translation>Frage: Welches Konzept ist das?</translation>
    </message>
    <message>
        <source>Not quite: this is %1, not %2.</source>
        <translation>Nicht ganz: Das ist %1, nicht %2.</translation>
    </message>
    <message>
        <source>The deciding row: %1</source>
        <translation>Die entscheidende Zeile: %1</translation>
    </message>
    <message>
        <source>Open the whole comparison: %1</source>
        <translation>Ganzen Vergleich öffnen: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Alignment Atlas ran into an error it did not expect: %1. You can keep working; if something looks wrong, restart the app.</source>
        <translation>In Alignment Atlas ist ein unerwarteter Fehler aufgetreten: %1. Weiterarbeiten ist möglich; wenn etwas nicht stimmt, die App bitte neu starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>Seitdem ist %n weiterer Fehler aufgetreten; die Details stehen unten.</numerusform>
            <numerusform>Seitdem sind %n weitere Fehler aufgetreten; die Details stehen unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Die Details stehen auch in der Protokolldatei: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log file (%1).</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a report</source>
        <translation>Die technischen Details kopieren, um sie in einen Fehlerbericht einzufügen</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Wie es funktioniert</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Common misconceptions</source>
        <translation>Verbreitete Irrtümer</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>Mythos</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Verwandte Begriffe</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Not yet translated — showing English</source>
        <translation>Noch nicht übersetzt – englische Fassung</translation>
    </message>
    <message>
        <source>Commonly confused with {title} — compare</source>
        <translation>Oft verwechselt mit {title} – vergleichen</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Next in “{path}”: {title}</source>
        <translation>Als Nächstes in „{path}“: {title}</translation>
    </message>
    <message>
        <source>Last step of “{path}”</source>
        <translation>Letzter Schritt von „{path}“</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Irrtum</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Auch genannt:</translation>
    </message>
    <message>
        <source>{done} of {total} translated into this language</source>
        <translation>{done} von {total} in diese Sprache übersetzt</translation>
    </message>
    <message>
        <source>How to tell them apart:</source>
        <translation>So unterscheidet man sie:</translation>
    </message>
    <message>
        <source>Both relate to:</source>
        <translation>Beide hängen zusammen mit:</translation>
    </message>
    <message>
        <source>Both are in {category}</source>
        <translation>Beide gehören zu {category}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Lesezeichen gesetzt</translation>
    </message>
    <message>
        <source>All three relate to:</source>
        <translation>Alle drei hängen zusammen mit:</translation>
    </message>
    <message>
        <source>All three are in {category}</source>
        <translation>Alle drei gehören zu {category}</translation>
    </message>
    <message>
        <source>How they are linked</source>
        <translation>Wie sie zusammenhängen</translation>
    </message>
    <message>
        <source>No chain of related terms links them.</source>
        <translation>Keine Kette verwandter Begriffe verbindet sie.</translation>
    </message>
    <message>
        <source>From the glossary pack “{pack}”</source>
        <translation>Aus dem Glossarpaket „{pack}“</translation>
    </message>
    <message>
        <source>Read the whole entry</source>
        <translation>Ganzen Eintrag lesen</translation>
    </message>
    <message>
        <source>In short</source>
        <comment>the first row of a comparison: each term&apos;s summary</comment>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>→</source>
        <comment>points from one term to the next: ← in right-to-left languages</comment>
        <translation>→</translation>
    </message>
    <message>
        <source>related</source>
        <translation>verwandt</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>umfasst</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>Verfahren für</translation>
    </message>
    <message>
        <source>addressed by</source>
        <translation>angegangen durch</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>Beispiel für</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>Gegensatz zu</translation>
    </message>
    <message>
        <source>builds on</source>
        <translation>beruht auf</translation>
    </message>
</context>
<context>
    <name>FlashcardView</name>
    <message>
        <source>&amp;Directions:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Summary → term</source>
        <translation>Zusammenfassung → Begriff</translation>
    </message>
    <message>
        <source>Term → meaning</source>
        <translation>Begriff → Bedeutung</translation>
    </message>
    <message>
        <source>Show answer  (Space)</source>
        <translation>Antwort zeigen  (Leertaste)</translation>
    </message>
    <message>
        <source>Study again  (Space)</source>
        <translation>Erneut lernen  (Leertaste)</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Flashcard</source>
        <translation>Lernkarte</translation>
    </message>
    <message>
        <source>Space shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy grade it</source>
        <translation>Leertaste zeigt die Antwort; dann bewerten 1 Nochmal, 2 Schwer, 3 Gut, 4 Einfach</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Study again</source>
        <translation>Noch einmal lernen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>New: %1 · Learning: %2 · To review: %3 · Answered: %4</source>
        <translation>Neu: %1 · Lernen: %2 · Wiederholen: %3 · Beantwortet: %4</translation>
    </message>
    <message>
        <source>%1 (key %2): shown again in %3</source>
        <translation>%1 (Taste %2): wieder in %3</translation>
    </message>
    <message>
        <source>Which term is this?</source>
        <translation>Welcher Begriff ist das?</translation>
    </message>
    <message>
        <source>What does this term mean?</source>
        <translation>Was bedeutet dieser Begriff?</translation>
    </message>
    <message>
        <source>Nothing more is due right now</source>
        <translation>Im Moment ist nichts mehr fällig</translation>
    </message>
    <message>
        <source>Answers saved in this session: %1</source>
        <translation>In dieser Sitzung gespeicherte Antworten: %1</translation>
    </message>
    <message>
        <source>Next card due in %1 (%2).</source>
        <translation>Nächste Karte fällig in %1 (%2).</translation>
    </message>
    <message>
        <source>New cards not yet studied: %1</source>
        <translation>Neue, noch nicht gelernte Karten: %1</translation>
    </message>
    <message>
        <source>This study set has no terms.</source>
        <translation>Dieser Lernstoff enthält keine Begriffe.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. “%1” comes back in %2 (%3).</source>
        <translation>Gespeichert. „%1“ kommt in %2 wieder (%3).</translation>
    </message>
    <message>
        <source>Kept until the app closes (not saved). “%1” comes back in %2 (%3).</source>
        <translation>Bis zum Schließen behalten (nicht gespeichert). „%1“ kommt in %2 wieder (%3).</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Term page</source>
        <translation>Begriffsseite</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle Begriffe</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Lernpfad: %1</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Reviews per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message>
        <source>Last %1 days — flashcard reviews: %2, quiz answers: %3.</source>
        <translation>Letzte %1 Tage – Kartenwiederholungen: %2, Quizantworten: %3.</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Noch keine Wiederholungen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 — flashcard reviews: %2, quiz answers: %3</source>
        <translation>%1 – Kartenwiederholungen: %2, Quizantworten: %3</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yr</source>
        <translation>
            <numerusform>%n J.</numerusform>
            <numerusform>%n J.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Your saved progress was made by a newer version of Alignment Atlas, so this version started a fresh progress file. The old file was kept, unchanged, as %1.</source>
        <translation>Der gespeicherte Lernfortschritt stammt aus einer neueren Version von Alignment Atlas, daher hat diese Version eine neue Fortschrittsdatei angelegt. Die alte Datei wurde unverändert als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (the file was damaged), so a fresh progress file was started. Nothing was deleted: the old file was kept as %1.</source>
        <translation>Der gespeicherte Lernfortschritt konnte nicht gelesen werden (die Datei war beschädigt), daher wurde eine neue Fortschrittsdatei angelegt. Nichts wurde gelöscht: Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Progress in %1 is shown read-only (%2): earlier answers are here, new ones are not saved.</source>
        <translation>Der Fortschritt in %1 wird schreibgeschützt gezeigt (%2): Frühere Antworten sind da, neue werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (%2). Learning works, but answers are forgotten when the app closes.</source>
        <translation>Der Fortschritt kann nicht in %1 gespeichert werden (%2). Lernen funktioniert, aber die Antworten gehen beim Schließen verloren.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (the folder cannot be written). Learning works, but answers are forgotten when the app closes.</source>
        <translation>Der Lernfortschritt kann nicht in %1 gespeichert werden (der Ordner ist nicht beschreibbar). Lernen funktioniert, aber die Antworten gehen beim Schließen der App verloren.</translation>
    </message>
    <message>
        <source>Progress imported: cards added %1, updated %2, kept because yours were newer %3; reviews added %4, bookmarks added %5.</source>
        <translation>Lernfortschritt importiert: %1 Karten hinzugefügt, %2 aktualisiert, %3 beibehalten, weil die vorhandenen neuer waren; %4 Wiederholungen und %5 Lesezeichen hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>LearnLink</name>
    <message>
        <source>No terms viewed yet</source>
        <translation>Noch keine Begriffe angesehen</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Progress could not be exported: %1</source>
        <translation>Lernfortschritt konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Progress exported to %1</source>
        <translation>Lernfortschritt exportiert nach %1</translation>
    </message>
    <message>
        <source>Progress could not be imported: %1</source>
        <translation>Lernfortschritt konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle Begriffe</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Lernpfad: %1</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>Lern&amp;stoff:</translation>
    </message>
    <message>
        <source>What to study: every term, a category, a learning path or your bookmarks</source>
        <translation>Was gelernt wird: alle Begriffe, eine Kategorie, ein Lernpfad oder die Lesezeichen</translation>
    </message>
    <message>
        <source>Flash&amp;cards</source>
        <translation>&amp;Karteikarten</translation>
    </message>
    <message>
        <source>&amp;Which concept?</source>
        <translation>&amp;Welches Konzept?</translation>
    </message>
    <message>
        <source>M&amp;yth or fact</source>
        <translation>&amp;Mythos oder Fakt</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernstoff</translation>
    </message>
    <message>
        <source>Ways to learn</source>
        <translation>Lernformen</translation>
    </message>
    <message>
        <source>Due today: %1 · New: %2</source>
        <translation>Heute fällig: %1 · Neu: %2</translation>
    </message>
    <message>
        <source>Flashcards due for review by the end of today, and the new cards left for today</source>
        <translation>Karteikarten, die bis heute Abend zur Wiederholung fällig sind, und die für heute verbleibenden neuen Karten</translation>
    </message>
</context>
<context>
    <name>LinkDescriber</name>
    <message>
        <source>link to the term “%1”</source>
        <translation>Link zum Begriff „%1“</translation>
    </message>
    <message>
        <source>link to the comparison “%1”</source>
        <translation>Link zum Vergleich „%1“</translation>
    </message>
    <message>
        <source>link: compare “%1” with another term</source>
        <translation>Link: „%1“ mit einem anderen Begriff vergleichen</translation>
    </message>
    <message>
        <source>link: show “%1” in column %2 of the comparison</source>
        <translation>Link: „%1“ in Spalte %2 des Vergleichs zeigen</translation>
    </message>
    <message>
        <source>web link to %1, opens in your browser</source>
        <translation>Weblink zu %1, öffnet sich im Browser</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Glossary, Compare and Learn</source>
        <translation>Glossar, Vergleichen und Lernen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>About Alignment Atlas</source>
        <translation>Über Alignment Atlas</translation>
    </message>
    <message>
        <source>Settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;An offline glossary that explains AI alignment and the ideas around it.&lt;/p&gt;&lt;p&gt;Content version %2 · %3 terms, %4 comparisons, %5 learning paths.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Glossar, das KI-Alignment und die Ideen in seinem Umfeld erklärt.&lt;/p&gt;&lt;p&gt;Inhaltsversion %2 · %3 Begriffe, %4 Vergleiche, %5 Lernpfade.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) match</source>
        <translation>
            <numerusform>%n Begriff gefunden</numerusform>
            <numerusform>%n Begriffe gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Glossary Packs</source>
        <translation>Glossarpakete</translation>
    </message>
    <message>
        <source>Installed glossary packs, kept in %1. Removing one removes its terms from the glossary.</source>
        <translation>Installierte Glossarpakete, gespeichert in %1. Wird ein Paket entfernt, verschwinden seine Begriffe aus dem Glossar.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n term(s)</source>
        <translation>
            <numerusform>%1 – %n Begriff</numerusform>
            <numerusform>%1 – %n Begriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>No glossary packs installed. Add one with File → Add Glossary Pack…</source>
        <translation>Keine Glossarpakete installiert. Hinzufügen mit Datei → Glossarpaket hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Glossary Pack</source>
        <translation>Glossarpaket entfernen</translation>
    </message>
    <message>
        <source>Remove the glossary pack “%1” and its terms?</source>
        <translation>Das Glossarpaket „%1“ und seine Begriffe entfernen?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>The whole glossary</source>
        <translation>Das ganze Glossar</translation>
    </message>
    <message>
        <source>Around the current term</source>
        <translation>Rund um den aktuellen Begriff</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Eine Kategorie</translation>
    </message>
    <message>
        <source>One learning path</source>
        <translation>Ein Lernpfad</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 Schritte</translation>
    </message>
    <message>
        <source>Map view</source>
        <translation>Kartenansicht</translation>
    </message>
    <message>
        <source>Category or learning path</source>
        <translation>Kategorie oder Lernpfad</translation>
    </message>
    <message>
        <source>How far around the term</source>
        <translation>Wie weit um den Begriff herum</translation>
    </message>
    <message>
        <source>Which category or learning path the map shows</source>
        <translation>Welche Kategorie oder welchen Lernpfad die Karte zeigt</translation>
    </message>
    <message>
        <source>Show my &amp;progress</source>
        <translation>Meinen &amp;Fortschritt zeigen</translation>
    </message>
    <message>
        <source>Mark terms you are learning (●) and know (✓)</source>
        <translation>Begriffe markieren, die du lernst (●) und kannst (✓)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window (0)</source>
        <translation>Karte ins Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>Auswahl &amp;vergleichen</translation>
    </message>
    <message>
        <source>Select two terms with Space or Ctrl+click, then compare them</source>
        <translation>Zwei Begriffe mit Leertaste oder Strg+Klick auswählen, dann vergleichen</translation>
    </message>
    <message>
        <source>Concept map</source>
        <translation>Concept-Map</translation>
    </message>
    <message>
        <source>How many steps of related terms the map shows</source>
        <translation>Wie viele Schritte verwandter Begriffe die Karte zeigt</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Legende der Karte</translation>
    </message>
    <message>
        <source>The glossary has too many terms for one map. Choose a term&apos;s neighbourhood or a category.</source>
        <translation>Das Glossar hat zu viele Begriffe für eine Karte. Wähle die Umgebung eines Begriffs oder eine Kategorie.</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>Die Karte konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Karte wird gezeichnet…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 terms.</source>
        <translation>%1 von %2 Begriffen werden gezeigt.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>MythQuizView</name>
    <message>
        <source>Myth</source>
        <translation>Mythos</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Myth or fact? question</source>
        <translation>Frage: Mythos oder Fakt?</translation>
    </message>
    <message>
        <source>No misconceptions are written for the terms of this study set.</source>
        <translation>Für die Begriffe dieses Lernstoffs sind keine Irrtümer erfasst.</translation>
    </message>
    <message>
        <source>a fact</source>
        <translation>ein Fakt</translation>
    </message>
    <message>
        <source>a myth</source>
        <translation>ein Mythos</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>Mythos oder Fakt?</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Right: this is a fact.</source>
        <translation>Richtig: Das ist ein Fakt.</translation>
    </message>
    <message>
        <source>Not quite: this is a fact.</source>
        <translation>Nicht ganz: Das ist ein Fakt.</translation>
    </message>
    <message>
        <source>Right: this is a myth.</source>
        <translation>Richtig: Das ist ein Mythos.</translation>
    </message>
    <message>
        <source>Not quite: this is a common myth.</source>
        <translation>Nicht ganz: Das ist ein verbreiteter Mythos.</translation>
    </message>
</context>
<context>
    <name>PackFeedback</name>
    <message numerus="yes">
        <source>%n term(s) added</source>
        <translation>
            <numerusform>%n Begriff hinzugefügt</numerusform>
            <numerusform>%n Begriffe hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) renamed</source>
        <translation>
            <numerusform>%n ID umbenannt</numerusform>
            <numerusform>%n IDs umbenannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary pack “%1” added: %2.</source>
        <translation>Glossarpaket „%1“ hinzugefügt: %2.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n Begriff</numerusform>
            <numerusform>%n Begriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n Vergleich</numerusform>
            <numerusform>%n Vergleiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment Atlas</source>
        <translation>Alignment Atlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Inhaltsversion %1</translation>
    </message>
    <message>
        <source>Selected terms</source>
        <translation>Ausgewählte Begriffe</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle Begriffe</translation>
    </message>
    <message>
        <source>Bookmarked terms</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Name: ______________________    Date: ____________</source>
        <translation>Name: ______________________    Datum: ____________</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>Welcher Begriff ist das?</translation>
    </message>
    <message>
        <source>Circle the concept each description is about.</source>
        <translation>Kreise den Begriff ein, den die Beschreibung meint.</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>Mythos oder Fakt?</translation>
    </message>
    <message>
        <source>Write M for a myth or F for a fact, and correct each myth in a sentence.</source>
        <translation>Schreibe M für Mythos oder F für Fakt und berichtige jeden Mythos in einem Satz.</translation>
    </message>
    <message>
        <source>Match each term to its summary</source>
        <translation>Ordne jedem Begriff seine Zusammenfassung zu</translation>
    </message>
    <message>
        <source>Write the letter of the right summary next to each term.</source>
        <translation>Schreibe den Buchstaben der passenden Zusammenfassung neben jeden Begriff.</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>Mythos</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Worksheet number %1</source>
        <translation>Arbeitsblatt Nr. %1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <source>Export to &amp;Anki…</source>
        <translation>Nach &amp;Anki exportieren…</translation>
    </message>
    <message>
        <source>Save terms as an Anki deck; a newer export updates the cards</source>
        <translation>Begriffe als Anki-Stapel speichern; ein neuerer Export aktualisiert die Karten</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Print &amp;Booklet…</source>
        <translation>Broschü&amp;re drucken…</translation>
    </message>
    <message>
        <source>Print the term or comparison on screen</source>
        <translation>Den angezeigten Begriff oder Vergleich drucken</translation>
    </message>
    <message>
        <source>Print several terms with a title page and contents</source>
        <translation>Mehrere Begriffe mit Titelblatt und Inhaltsverzeichnis drucken</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>Papier&amp;format</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>No printer is installed. You can save the pages as a PDF file and print it later.</source>
        <translation>Es ist kein Drucker installiert. Die Seiten lassen sich als PDF-Datei speichern und später drucken.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>„%1“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a term or a comparison to print it.</source>
        <translation>Zum Drucken einen Begriff oder Vergleich öffnen.</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Nach Anki exportieren</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg)</source>
        <translation>Anki-Stapel (*.apkg)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>%n Karte in %1 gespeichert.</numerusform>
            <numerusform>%n Karten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite in %1 gespeichert.</numerusform>
            <numerusform>%n Seiten in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n problem(s) in the content: the entries concerned are left out, the rest works.</source>
        <translation>
            <numerusform>%n Problem im Inhalt: Der betroffene Eintrag wird ausgelassen, der Rest funktioniert.</numerusform>
            <numerusform>%n Probleme im Inhalt: Die betroffenen Einträge werden ausgelassen, der Rest funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Probleme im Inhalt</translation>
    </message>
</context>
<context>
    <name>ProgressFiles</name>
    <message>
        <source>Alignment Atlas progress (*.json)</source>
        <translation>Lernfortschritt von Alignment Atlas (*.json)</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Lernfortschritt exportieren</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Lernfortschritt importieren</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Known: %1 · learning: %2 · new: %3 (of %4 terms)</source>
        <translation>Bekannt: %1 · in der Lernphase: %2 · neu: %3 (von %4 Begriffen)</translation>
    </message>
    <message>
        <source>Quiz answers so far: %1, of which right: %2</source>
        <translation>Bisherige Quizantworten: %1, davon richtig: %2</translation>
    </message>
    <message>
        <source>Answers per day over the last 30 days: flashcards in full colour, quiz answers faded on top</source>
        <translation>Antworten pro Tag in den letzten 30 Tagen: Karteikarten in voller Farbe, Quizantworten blass darüber</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>Fortschritt je Kategorie</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Keys 1 to 3 answer; Space or Enter goes to the next question</source>
        <translation>Die Tasten 1 bis 3 antworten; Leertaste oder Eingabe führt zur nächsten Frage</translation>
    </message>
    <message>
        <source>Question %1 of %2 · right so far: %3</source>
        <translation>Frage %1 von %2 · bisher richtig: %3</translation>
    </message>
    <message>
        <source>Next question  (Space)</source>
        <translation>Nächste Frage  (Leertaste)</translation>
    </message>
    <message>
        <source>Round complete: %1 of %2 right.</source>
        <translation>Runde beendet: %1 von %2 richtig.</translation>
    </message>
    <message>
        <source>To look at again</source>
        <translation>Noch einmal ansehen</translation>
    </message>
    <message>
        <source>New round  (Space)</source>
        <translation>Neue Runde  (Leertaste)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>&amp;Section:</source>
        <translation>Ab&amp;schnitt:</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>Zum Abschnitt springen</translation>
    </message>
    <message>
        <source>Jump to a heading of the page (in the text: H next heading, Shift+H back)</source>
        <translation>Zu einer Überschrift der Seite springen (im Text: H nächste Überschrift, Umschalt+H zurück)</translation>
    </message>
    <message>
        <source>&amp;Links on this page:</source>
        <translation>&amp;Links auf dieser Seite:</translation>
    </message>
    <message>
        <source>Links on this page</source>
        <translation>Links auf dieser Seite</translation>
    </message>
    <message>
        <source>Enter follows the link</source>
        <translation>Eingabe folgt dem Link</translation>
    </message>
    <message>
        <source>Arrow keys read line by line; H and Shift+H jump between headings; the links are listed below</source>
        <translation>Pfeiltasten lesen Zeile für Zeile; H und Umschalt+H springen zwischen Überschriften; die Links stehen darunter</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>learning</source>
        <translation>wird gelernt</translation>
    </message>
    <message>
        <source>known</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
</context>
<context>
    <name>TermListPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>Begriffe suchen…</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>Begriffe suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Which terms to list</source>
        <translation>Welche Begriffe die Liste zeigt</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Enter opens the term; the menu key offers Compare</source>
        <translation>Eingabe öffnet den Begriff; die Menütaste bietet Vergleichen an</translation>
    </message>
    <message>
        <source>Type to search titles, aliases and text; Enter opens the first match</source>
        <translation>Tippen, um Titel, andere Namen und Text zu durchsuchen; Eingabe öffnet den ersten Treffer</translation>
    </message>
    <message>
        <source>Show all terms, one category or a learning path</source>
        <translation>Alle Begriffe, eine Kategorie oder einen Lernpfad anzeigen</translation>
    </message>
    <message>
        <source>Compare Selected Terms</source>
        <translation>Ausgewählte Begriffe vergleichen</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Select two or three terms (Ctrl+click) to compare them</source>
        <translation>Zwei oder drei Begriffe auswählen (Strg+Klick), um sie zu vergleichen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>Zuletzt &amp;angesehen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Das Glossar durchsuchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Random Term</source>
        <translation>Zu&amp;fälliger Begriff</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>&amp;Compare Terms…</source>
        <translation>&amp;Begriffe vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>Concept &amp;Map</source>
        <translation>Concept-&amp;Map</translation>
    </message>
    <message>
        <source>Bookmark This &amp;Term</source>
        <translation>&amp;Lesezeichen für diesen Begriff</translation>
    </message>
    <message>
        <source>&amp;Export Progress…</source>
        <translation>Lernfortschritt &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Progress…</source>
        <translation>Lernfortschritt &amp;importieren…</translation>
    </message>
    <message>
        <source>Add &amp;Glossary Pack…</source>
        <translation>Glossarpaket &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add your own terms from a CSV file or a folder of YAML files</source>
        <translation>Eigene Begriffe aus einer CSV-Datei oder einem Ordner mit YAML-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Manage Glossary Packs…</source>
        <translation>Glossarpakete &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;About Alignment Atlas</source>
        <translation>Ü&amp;ber Alignment Atlas</translation>
    </message>
</context>
</TS>
