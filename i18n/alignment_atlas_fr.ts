<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a Folder of YAML Term Files</source>
        <translation>Choisir un dossier de fichiers de termes YAML</translation>
    </message>
    <message>
        <source>Add Glossary Pack</source>
        <translation>Ajouter un module de glossaire</translation>
    </message>
    <message>
        <source>A glossary pack adds your own terms beside the bundled ones: a CSV file with the columns term, summary, definition, category, related, aliases and source, or a folder of YAML term files. It is copied into your data folder; removing it later leaves the glossary as it was.</source>
        <translation>Un module de glossaire ajoute vos propres termes à ceux fournis avec l’application&#xa0;: un fichier CSV avec les colonnes term, summary, definition, category, related, aliases et source, ou un dossier de fichiers de termes YAML. Il est copié dans votre dossier de données&#x202f;; si vous le supprimez plus tard, le glossaire redevient tel qu’il était.</translation>
    </message>
    <message>
        <source>Choose CSV &amp;File…</source>
        <translation>Choisir un &amp;fichier CSV…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Module&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown as “Pack: name” in the term list</source>
        <translation>Affiché sous la forme «&#xa0;Module&#xa0;: nom&#xa0;» dans la liste des termes</translation>
    </message>
    <message>
        <source>&amp;Add Pack</source>
        <translation>&amp;Ajouter le module</translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation>(aucun choix pour l’instant)</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) found.</source>
        <translation>
            <numerusform>%n terme trouvé.</numerusform>
            <numerusform>%n termes trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) already used by the glossary: those entries are kept under a new id.</source>
        <translation>
            <numerusform>%n identifiant est déjà utilisé par le glossaire : cette entrée est gardée sous un nouvel identifiant.</numerusform>
            <numerusform>%n identifiants sont déjà utilisés par le glossaire : ces entrées sont gardées sous un nouvel identifiant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or files concerned are left out, the rest can be added.</source>
        <translation>
            <numerusform>%n problème&#xa0;: la ligne ou le fichier concerné est ignoré, le reste peut être ajouté.</numerusform>
            <numerusform>%n problèmes&#xa0;: les lignes ou fichiers concernés sont ignorés, le reste peut être ajouté.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable terms found, so there is nothing to add.</source>
        <translation>Aucun terme utilisable n’a été trouvé&#xa0;: il n’y a rien à ajouter.</translation>
    </message>
    <message>
        <source>Replace Glossary Pack</source>
        <translation>Remplacer le module de glossaire</translation>
    </message>
    <message>
        <source>A glossary pack named “%1” is already installed. Replace it?</source>
        <translation>Un module de glossaire nommé «&#xa0;%1&#xa0;» est déjà installé. Voulez-vous le remplacer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <source>Print Booklet</source>
        <translation>Imprimer un livret</translation>
    </message>
    <message>
        <source>Choose what the booklet holds.</source>
        <translation>Choisissez ce que contient le livret.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), one per term.</source>
        <translation>
            <numerusform>%n carte, une par terme.</numerusform>
            <numerusform>%n cartes, une par terme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n page(s).</source>
        <translation>
            <numerusform>Environ %n page.</numerusform>
            <numerusform>Environ %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This booklet will be about %n page(s). Print it anyway?</source>
        <translation>
            <numerusform>Ce livret fera environ %n page. L’imprimer quand même ?</numerusform>
            <numerusform>Ce livret fera environ %n pages. L’imprimer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>A long booklet</source>
        <translation>Un long livret</translation>
    </message>
    <message>
        <source>A booklet has a title page, contents and one term per page; short ones share.</source>
        <translation>Un livret a une page de titre, une table des matières et un terme par page ; les courts partagent une page.</translation>
    </message>
    <message>
        <source>Selected terms (%1)</source>
        <translation>Termes sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Learning path:</source>
        <translation>Parcours d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>Signets (%1)</translation>
    </message>
    <message>
        <source>Glossary pack:</source>
        <translation>Paquet de glossaire&#xa0;:</translation>
    </message>
    <message>
        <source>All terms (%1)</source>
        <translation>Tous les termes (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Export Deck…</source>
        <translation>&amp;Exporter le paquet…</translation>
    </message>
    <message>
        <source>Print &amp;as:</source>
        <translation>Imprimer &amp;comme :</translation>
    </message>
    <message>
        <source>Term sheets</source>
        <translation>Fiches de termes</translation>
    </message>
    <message>
        <source>Flashcards to cut out (8 a page, backs mirrored)</source>
        <translation>Cartes à découper (8 par page, versos en miroir)</translation>
    </message>
    <message>
        <source>Worksheet with answer key</source>
        <translation>Fiche d’exercices avec corrigé</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Exporter vers Anki</translation>
    </message>
    <message>
        <source>Choose the terms: each becomes a note of an Anki deck.</source>
        <translation>Choisissez les termes : chacun devient une note d’un paquet Anki.</translation>
    </message>
</context>
<context>
    <name>CategoryProgressModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Acquis</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Curated comparisons</source>
        <translation>Comparaisons proposées</translation>
    </message>
    <message>
        <source>Swap the two sides (Ctrl+Shift+X)</source>
        <translation>Permuter les deux côtés (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>+ third</source>
        <translation>+ troisième</translation>
    </message>
    <message>
        <source>Add or remove a third term</source>
        <translation>Ajouter ou retirer un troisième terme</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Permuter les deux côtés</translation>
    </message>
    <message>
        <source>Puts the left term on the right and the right one on the left</source>
        <translation>Met le terme de gauche à droite et celui de droite à gauche</translation>
    </message>
    <message>
        <source>Compare a third term</source>
        <translation>Comparer un troisième terme</translation>
    </message>
    <message>
        <source>Enter shows the comparison</source>
        <translation>Entrée affiche la comparaison</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Tableau comparatif</translation>
    </message>
    <message>
        <source>One row per aspect compared, one column per term; arrow keys move from cell to cell</source>
        <translation>Une ligne par aspect comparé, une colonne par terme&#x202f;; les flèches passent d’une cellule à l’autre</translation>
    </message>
    <message>
        <source>Comparison notes</source>
        <translation>Notes de la comparaison</translation>
    </message>
    <message>
        <source>Term %1…</source>
        <translation>Terme %1…</translation>
    </message>
    <message>
        <source>Type to find a term, Enter to pick the best match</source>
        <translation>Tapez pour trouver un terme, Entrée pour choisir le meilleur résultat</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>Terme %1</translation>
    </message>
    <message>
        <source>Clear term %1</source>
        <translation>Effacer le terme %1</translation>
    </message>
</context>
<context>
    <name>ConceptMap</name>
    <message>
        <source>learn first (prerequisite)</source>
        <translation>à apprendre d’abord (prérequis)</translation>
    </message>
    <message>
        <source>next step of the path</source>
        <translation>étape suivante du parcours</translation>
    </message>
    <message>
        <source>whole and its part</source>
        <translation>le tout et sa partie</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>exemple de</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>technique pour</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>s’oppose à</translation>
    </message>
    <message>
        <source>related</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>autour de %1</translation>
    </message>
    <message>
        <source>the whole glossary</source>
        <translation>tout le glossaire</translation>
    </message>
    <message>
        <source>Concept map: %1</source>
        <translation>Carte conceptuelle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConceptQuizView</name>
    <message>
        <source>No comparison covers the terms of this study set. Choose “All terms” for every question.</source>
        <translation>Aucune comparaison ne porte sur les termes de cette sélection. Choisissez «&#xa0;Tous les termes&#xa0;» pour avoir toutes les questions.</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>De quel concept s’agit-il&#x202f;?</translation>
    </message>
    <message>
        <source>From the row “%1” of a comparison</source>
        <translation>D’après la ligne «&#xa0;%1&#xa0;» d’une comparaison</translation>
    </message>
    <message>
        <source>Right: this is %1.</source>
        <translation>Exact&#xa0;: c’est %1.</translation>
    </message>
    <message>
        <source>Which concept is this? question</source>
        <translation>Question&#xa0;: de quel concept s’agit-il&#x202f;?</translation>
    </message>
    <message>
        <source>Not quite: this is %1, not %2.</source>
        <translation>Pas tout à fait&#xa0;: c’est %1, pas %2.</translation>
    </message>
    <message>
        <source>The deciding row: %1</source>
        <translation>La ligne qui fait la différence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the whole comparison: %1</source>
        <translation>Ouvrir la comparaison complète&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Alignment Atlas ran into an error it did not expect: %1. You can keep working; if something looks wrong, restart the app.</source>
        <translation>Alignment Atlas a rencontré une erreur inattendue&#xa0;: %1. Vous pouvez continuer à travailler&#x202f;; si quelque chose semble anormal, redémarrez l’application.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>%n autre erreur s’est produite depuis&#x202f;; ses détails figurent ci-dessous.</numerusform>
            <numerusform>%n autres erreurs se sont produites depuis&#x202f;; leurs détails figurent ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Les détails figurent aussi dans le fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log file (%1).</source>
        <translation>Les détails n’ont pas pu être écrits dans un fichier journal (%1).</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a report</source>
        <translation>Copier les détails techniques pour les coller dans un rapport</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Common misconceptions</source>
        <translation>Idées reçues</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>Mythe</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Réalité</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Termes associés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Not yet translated — showing English</source>
        <translation>Pas encore traduit — affiché en anglais</translation>
    </message>
    <message>
        <source>Commonly confused with {title} — compare</source>
        <translation>Souvent confondu avec {title} — comparer</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Next in “{path}”: {title}</source>
        <translation>Suite du parcours «&#xa0;{path}&#xa0;»&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Last step of “{path}”</source>
        <translation>Dernière étape du parcours «&#xa0;{path}&#xa0;»</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Idée reçue</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>{done} of {total} translated into this language</source>
        <translation>{done} sur {total} traduits dans cette langue</translation>
    </message>
    <message>
        <source>How to tell them apart:</source>
        <translation>Comment les distinguer&#xa0;:</translation>
    </message>
    <message>
        <source>Both relate to:</source>
        <translation>Tous deux liés à&#xa0;:</translation>
    </message>
    <message>
        <source>Both are in {category}</source>
        <translation>Tous deux dans la catégorie {category}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <source>All three relate to:</source>
        <translation>Les trois sont liés à&#xa0;:</translation>
    </message>
    <message>
        <source>All three are in {category}</source>
        <translation>Les trois sont dans la catégorie {category}</translation>
    </message>
    <message>
        <source>How they are linked</source>
        <translation>Comment ils sont liés</translation>
    </message>
    <message>
        <source>No chain of related terms links them.</source>
        <translation>Aucune chaîne de termes associés ne les relie.</translation>
    </message>
    <message>
        <source>From the glossary pack “{pack}”</source>
        <translation>Issu du module de glossaire «&#xa0;{pack}&#xa0;»</translation>
    </message>
    <message>
        <source>Read the whole entry</source>
        <translation>Lire l’entrée complète</translation>
    </message>
    <message>
        <source>In short</source>
        <comment>the first row of a comparison: each term&apos;s summary</comment>
        <translation>En bref</translation>
    </message>
    <message>
        <source>→</source>
        <comment>points from one term to the next: ← in right-to-left languages</comment>
        <translation>→</translation>
    </message>
    <message>
        <source>related</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>comprend</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>technique pour</translation>
    </message>
    <message>
        <source>addressed by</source>
        <translation>traité par</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>exemple de</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>s’oppose à</translation>
    </message>
    <message>
        <source>builds on</source>
        <translation>s’appuie sur</translation>
    </message>
</context>
<context>
    <name>FlashcardView</name>
    <message>
        <source>&amp;Directions:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Summary → term</source>
        <translation>Résumé → terme</translation>
    </message>
    <message>
        <source>Term → meaning</source>
        <translation>Terme → sens</translation>
    </message>
    <message>
        <source>Show answer  (Space)</source>
        <translation>Afficher la réponse  (Espace)</translation>
    </message>
    <message>
        <source>Study again  (Space)</source>
        <translation>Étudier à nouveau  (Espace)</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Flashcard</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Space shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy grade it</source>
        <translation>Espace montre la réponse&#x202f;; puis 1 À revoir, 2 Difficile, 3 Correct, 4 Facile la notent</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Montrer la réponse</translation>
    </message>
    <message>
        <source>Study again</source>
        <translation>Réviser encore</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>New: %1 · Learning: %2 · To review: %3 · Answered: %4</source>
        <translation>Nouvelles&#xa0;: %1 · En apprentissage&#xa0;: %2 · À réviser&#xa0;: %3 · Répondues&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 (key %2): shown again in %3</source>
        <translation>%1 (touche %2)&#xa0;: revient dans %3</translation>
    </message>
    <message>
        <source>Which term is this?</source>
        <translation>Quel est ce terme&#x202f;?</translation>
    </message>
    <message>
        <source>What does this term mean?</source>
        <translation>Que signifie ce terme&#x202f;?</translation>
    </message>
    <message>
        <source>Answers saved in this session: %1</source>
        <translation>Réponses enregistrées dans cette séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next card due in %1 (%2).</source>
        <translation>Prochaine carte à réviser dans %1 (%2).</translation>
    </message>
    <message>
        <source>New cards not yet studied: %1</source>
        <translation>Nouvelles cartes pas encore étudiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>This study set has no terms.</source>
        <translation>Cette sélection ne contient aucun terme.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. “%1” comes back in %2 (%3).</source>
        <translation>Enregistré. «&#xa0;%1&#xa0;» revient dans %2 (%3).</translation>
    </message>
    <message>
        <source>Kept until the app closes (not saved). “%1” comes back in %2 (%3).</source>
        <translation>Gardé jusqu’à la fermeture (non enregistré). « %1 » revient dans %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing more is due right now</source>
        <translation>Plus rien à réviser pour le moment</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Term page</source>
        <translation>Page du terme</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Tous les termes</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation>Module&#xa0;: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Reviews per day</source>
        <translation>Révisions par jour</translation>
    </message>
    <message>
        <source>Last %1 days — flashcard reviews: %2, quiz answers: %3.</source>
        <translation>%1 derniers jours — révisions de cartes&#xa0;: %2, réponses aux quiz&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Aucune révision pour l’instant</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>%1 — flashcard reviews: %2, quiz answers: %3</source>
        <translation>%1 — révisions de cartes&#xa0;: %2, réponses aux quiz&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n&#xa0;j</numerusform>
            <numerusform>%n&#xa0;j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n&#xa0;mois</numerusform>
            <numerusform>%n&#xa0;mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yr</source>
        <translation>
            <numerusform>%n&#xa0;an</numerusform>
            <numerusform>%n&#xa0;ans</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Your saved progress was made by a newer version of Alignment Atlas, so this version started a fresh progress file. The old file was kept, unchanged, as %1.</source>
        <translation>Votre progression enregistrée provient d’une version plus récente d’Alignment Atlas&#x202f;; cette version a donc créé un nouveau fichier de progression. L’ancien fichier a été conservé tel quel sous %1.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (the file was damaged), so a fresh progress file was started. Nothing was deleted: the old file was kept as %1.</source>
        <translation>Votre progression enregistrée n’a pas pu être lue (le fichier était endommagé)&#x202f;; un nouveau fichier de progression a donc été créé. Rien n’a été supprimé&#xa0;: l’ancien fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Progress in %1 is shown read-only (%2): earlier answers are here, new ones are not saved.</source>
        <translation>La progression de %1 est affichée en lecture seule (%2) : les réponses passées sont là, les nouvelles ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (%2). Learning works, but answers are forgotten when the app closes.</source>
        <translation>La progression ne peut pas être enregistrée dans %1 (%2). L’apprentissage fonctionne, mais les réponses sont oubliées à la fermeture.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (the folder cannot be written). Learning works, but answers are forgotten when the app closes.</source>
        <translation>Impossible d’enregistrer la progression dans %1 (le dossier n’est pas accessible en écriture). Vous pouvez apprendre, mais vos réponses seront perdues à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Progress imported: cards added %1, updated %2, kept because yours were newer %3; reviews added %4, bookmarks added %5.</source>
        <translation>Progression importée&#xa0;: cartes ajoutées %1, mises à jour %2, conservées car les vôtres étaient plus récentes %3&#x202f;; révisions ajoutées %4, favoris ajoutés %5.</translation>
    </message>
</context>
<context>
    <name>LearnLink</name>
    <message>
        <source>No terms viewed yet</source>
        <translation>Aucun terme consulté pour l’instant</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Progress could not be exported: %1</source>
        <translation>Impossible d’exporter la progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress exported to %1</source>
        <translation>Progression exportée vers %1</translation>
    </message>
    <message>
        <source>Progress could not be imported: %1</source>
        <translation>Impossible d’importer la progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Tous les termes</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>É&amp;tudier&#xa0;:</translation>
    </message>
    <message>
        <source>What to study: every term, a category, a learning path or your bookmarks</source>
        <translation>Ce que vous voulez étudier&#xa0;: tous les termes, une catégorie, un parcours d’apprentissage ou vos favoris</translation>
    </message>
    <message>
        <source>Flash&amp;cards</source>
        <translation>&amp;Cartes mémoire</translation>
    </message>
    <message>
        <source>&amp;Which concept?</source>
        <translation>&amp;Quel concept&#x202f;?</translation>
    </message>
    <message>
        <source>M&amp;yth or fact</source>
        <translation>M&amp;ythe ou réalité</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>P&amp;rogression</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étudier</translation>
    </message>
    <message>
        <source>Ways to learn</source>
        <translation>Façons d’apprendre</translation>
    </message>
    <message>
        <source>Due today: %1 · New: %2</source>
        <translation>À réviser aujourd’hui&#xa0;: %1 · Nouvelles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Flashcards due for review by the end of today, and the new cards left for today</source>
        <translation>Cartes à réviser d’ici la fin de la journée, et nouvelles cartes restant pour aujourd’hui</translation>
    </message>
</context>
<context>
    <name>LinkDescriber</name>
    <message>
        <source>link to the term “%1”</source>
        <translation>lien vers le terme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>link to the comparison “%1”</source>
        <translation>lien vers la comparaison «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>link: compare “%1” with another term</source>
        <translation>lien&#xa0;: comparer «&#xa0;%1&#xa0;» avec un autre terme</translation>
    </message>
    <message>
        <source>link: show “%1” in column %2 of the comparison</source>
        <translation>lien&#xa0;: afficher «&#xa0;%1&#xa0;» dans la colonne %2 de la comparaison</translation>
    </message>
    <message>
        <source>web link to %1, opens in your browser</source>
        <translation>lien web vers %1, s’ouvre dans le navigateur</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Glossary, Compare and Learn</source>
        <translation>Glossaire, Comparer et Apprendre</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>About Alignment Atlas</source>
        <translation>À propos d’Alignment Atlas</translation>
    </message>
    <message>
        <source>Settings could not be saved to %1.</source>
        <translation>Les réglages n’ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;An offline glossary that explains AI alignment and the ideas around it.&lt;/p&gt;&lt;p&gt;Content version %2 · %3 terms, %4 comparisons, %5 learning paths.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;Un glossaire hors ligne qui explique l’alignement de l’IA et les notions qui l’entourent.&lt;/p&gt;&lt;p&gt;Version du contenu %2 · %3 termes, %4 comparaisons, %5 parcours d’apprentissage.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) match</source>
        <translation>
            <numerusform>%n terme correspondant</numerusform>
            <numerusform>%n termes correspondants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Glossary Packs</source>
        <translation>Modules de glossaire</translation>
    </message>
    <message>
        <source>Installed glossary packs, kept in %1. Removing one removes its terms from the glossary.</source>
        <translation>Modules de glossaire installés, conservés dans %1. Supprimer un module retire ses termes du glossaire.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n term(s)</source>
        <translation>
            <numerusform>%1 — %n terme</numerusform>
            <numerusform>%1 — %n termes</numerusform>
        </translation>
    </message>
    <message>
        <source>No glossary packs installed. Add one with File → Add Glossary Pack…</source>
        <translation>Aucun module de glossaire installé. Ajoutez-en un avec Fichier → Ajouter un module de glossaire…</translation>
    </message>
    <message>
        <source>Remove Glossary Pack</source>
        <translation>Supprimer le module de glossaire</translation>
    </message>
    <message>
        <source>Remove the glossary pack “%1” and its terms?</source>
        <translation>Supprimer le module de glossaire «&#xa0;%1&#xa0;» et ses termes&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>The whole glossary</source>
        <translation>Tout le glossaire</translation>
    </message>
    <message>
        <source>Around the current term</source>
        <translation>Autour du terme affiché</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Une catégorie</translation>
    </message>
    <message>
        <source>One learning path</source>
        <translation>Un parcours d’apprentissage</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 étapes</translation>
    </message>
    <message>
        <source>Map view</source>
        <translation>Vue de la carte</translation>
    </message>
    <message>
        <source>Category or learning path</source>
        <translation>Catégorie ou parcours</translation>
    </message>
    <message>
        <source>How far around the term</source>
        <translation>Jusqu’où autour du terme</translation>
    </message>
    <message>
        <source>Which category or learning path the map shows</source>
        <translation>La catégorie ou le parcours que montre la carte</translation>
    </message>
    <message>
        <source>Show my &amp;progress</source>
        <translation>Afficher ma &amp;progression</translation>
    </message>
    <message>
        <source>Mark terms you are learning (●) and know (✓)</source>
        <translation>Marquer les termes en cours d’apprentissage (●) et acquis (✓)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Fit the map to the window (0)</source>
        <translation>Ajuster la carte à la fenêtre (0)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>Select two terms with Space or Ctrl+click, then compare them</source>
        <translation>Sélectionnez deux termes avec Espace ou Ctrl+clic, puis comparez-les</translation>
    </message>
    <message>
        <source>Concept map</source>
        <translation>Carte conceptuelle</translation>
    </message>
    <message>
        <source>How many steps of related terms the map shows</source>
        <translation>Combien de pas de termes liés la carte montre</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <source>The glossary has too many terms for one map. Choose a term&apos;s neighbourhood or a category.</source>
        <translation>Le glossaire compte trop de termes pour une seule carte. Choisissez l’entourage d’un terme ou une catégorie.</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>La carte n’a pas pu être tracée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Tracé de la carte…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 terms.</source>
        <translation>%1 termes affichés sur %2.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
</context>
<context>
    <name>MythQuizView</name>
    <message>
        <source>Myth</source>
        <translation>Mythe</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Réalité</translation>
    </message>
    <message>
        <source>Myth or fact? question</source>
        <translation>Question&#xa0;: mythe ou réalité&#x202f;?</translation>
    </message>
    <message>
        <source>No misconceptions are written for the terms of this study set.</source>
        <translation>Aucune idée reçue n’est rédigée pour les termes de cette sélection.</translation>
    </message>
    <message>
        <source>a fact</source>
        <translation>un fait</translation>
    </message>
    <message>
        <source>a myth</source>
        <translation>une idée reçue</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>Mythe ou réalité&#x202f;?</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right: this is a fact.</source>
        <translation>Exact&#xa0;: c’est une réalité.</translation>
    </message>
    <message>
        <source>Not quite: this is a fact.</source>
        <translation>Pas tout à fait&#xa0;: c’est une réalité.</translation>
    </message>
    <message>
        <source>Right: this is a myth.</source>
        <translation>Exact&#xa0;: c’est un mythe.</translation>
    </message>
    <message>
        <source>Not quite: this is a common myth.</source>
        <translation>Pas tout à fait&#xa0;: c’est un mythe répandu.</translation>
    </message>
</context>
<context>
    <name>PackFeedback</name>
    <message numerus="yes">
        <source>%n term(s) added</source>
        <translation>
            <numerusform>%n terme ajouté</numerusform>
            <numerusform>%n termes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) renamed</source>
        <translation>
            <numerusform>%n identifiant renommé</numerusform>
            <numerusform>%n identifiants renommés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary pack “%1” added: %2.</source>
        <translation>Module de glossaire « %1 » ajouté : %2.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n terme</numerusform>
            <numerusform>%n termes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n comparaison</numerusform>
            <numerusform>%n comparaisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment Atlas</source>
        <translation>Alignment Atlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Version du contenu %1</translation>
    </message>
    <message>
        <source>Selected terms</source>
        <translation>Termes sélectionnés</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Tous les termes</translation>
    </message>
    <message>
        <source>Bookmarked terms</source>
        <translation>Termes en favoris</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche d’exercices</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Name: ______________________    Date: ____________</source>
        <translation>Nom : ______________________    Date : ____________</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>De quelle notion s’agit-il ?</translation>
    </message>
    <message>
        <source>Circle the concept each description is about.</source>
        <translation>Entourez la notion que décrit chaque phrase.</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>Mythe ou réalité ?</translation>
    </message>
    <message>
        <source>Write M for a myth or F for a fact, and correct each myth in a sentence.</source>
        <translation>Écrivez M pour un mythe ou R pour une réalité, et corrigez chaque mythe en une phrase.</translation>
    </message>
    <message>
        <source>Match each term to its summary</source>
        <translation>Associez chaque terme à son résumé</translation>
    </message>
    <message>
        <source>Write the letter of the right summary next to each term.</source>
        <translation>Écrivez à côté de chaque terme la lettre du bon résumé.</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>Mythe</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Réalité</translation>
    </message>
    <message>
        <source>Worksheet number %1</source>
        <translation>Fiche n° %1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer</source>
        <translation>Aucune imprimante</translation>
    </message>
    <message>
        <source>Export to &amp;Anki…</source>
        <translation>Exporter vers A&amp;nki…</translation>
    </message>
    <message>
        <source>Save terms as an Anki deck; a newer export updates the cards</source>
        <translation>Enregistrer les termes en paquet Anki ; un export plus récent met les cartes à jour</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print &amp;Booklet…</source>
        <translation>Imprimer un &amp;livret…</translation>
    </message>
    <message>
        <source>Print the term or comparison on screen</source>
        <translation>Imprimer le terme ou la comparaison affiché à l’écran</translation>
    </message>
    <message>
        <source>Print several terms with a title page and contents</source>
        <translation>Imprimer plusieurs termes avec une page de titre et une table des matières</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>&amp;Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>No printer is installed. You can save the pages as a PDF file and print it later.</source>
        <translation>Aucune imprimante n’est installée. Vous pouvez enregistrer les pages dans un fichier PDF et l’imprimer plus tard.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Préparation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a term or a comparison to print it.</source>
        <translation>Ouvrez un terme ou une comparaison pour l’imprimer.</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Exporter vers Anki</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg)</source>
        <translation>Paquets Anki (*.apkg)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>%n carte enregistrée dans %1.</numerusform>
            <numerusform>%n cartes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n page écrite dans %1.</numerusform>
            <numerusform>%n pages écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n problem(s) in the content: the entries concerned are left out, the rest works.</source>
        <translation>
            <numerusform>%n problème dans le contenu&#xa0;: l’entrée concernée est ignorée, le reste fonctionne.</numerusform>
            <numerusform>%n problèmes dans le contenu&#xa0;: les entrées concernées sont ignorées, le reste fonctionne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Problèmes de contenu</translation>
    </message>
</context>
<context>
    <name>ProgressFiles</name>
    <message>
        <source>Alignment Atlas progress (*.json)</source>
        <translation>Progression Alignment Atlas (*.json)</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Exporter la progression</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Importer la progression</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Known: %1 · learning: %2 · new: %3 (of %4 terms)</source>
        <translation>Acquis&#xa0;: %1 · en cours&#xa0;: %2 · nouveaux&#xa0;: %3 (sur %4 termes)</translation>
    </message>
    <message>
        <source>Quiz answers so far: %1, of which right: %2</source>
        <translation>Réponses aux quiz à ce jour&#xa0;: %1, dont %2 justes</translation>
    </message>
    <message>
        <source>Answers per day over the last 30 days: flashcards in full colour, quiz answers faded on top</source>
        <translation>Réponses par jour sur les 30 derniers jours&#xa0;: cartes en couleur pleine, réponses aux quiz en plus clair par-dessus</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>Progression par catégorie</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Keys 1 to 3 answer; Space or Enter goes to the next question</source>
        <translation>Les touches 1 à 3 répondent&#x202f;; Espace ou Entrée passe à la question suivante</translation>
    </message>
    <message>
        <source>Question %1 of %2 · right so far: %3</source>
        <translation>Question %1 sur %2 · bonnes réponses&#xa0;: %3</translation>
    </message>
    <message>
        <source>Next question  (Space)</source>
        <translation>Question suivante  (Espace)</translation>
    </message>
    <message>
        <source>Round complete: %1 of %2 right.</source>
        <translation>Série terminée&#xa0;: %1 sur %2 bonnes réponses.</translation>
    </message>
    <message>
        <source>To look at again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>New round  (Space)</source>
        <translation>Nouvelle série  (Espace)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>Aller à la section</translation>
    </message>
    <message>
        <source>Jump to a heading of the page (in the text: H next heading, Shift+H back)</source>
        <translation>Aller à un titre de la page (dans le texte&#xa0;: H titre suivant, Maj+H titre précédent)</translation>
    </message>
    <message>
        <source>&amp;Links on this page:</source>
        <translation>&amp;Liens de cette page&#xa0;:</translation>
    </message>
    <message>
        <source>Links on this page</source>
        <translation>Liens de cette page</translation>
    </message>
    <message>
        <source>Enter follows the link</source>
        <translation>Entrée suit le lien</translation>
    </message>
    <message>
        <source>Arrow keys read line by line; H and Shift+H jump between headings; the links are listed below</source>
        <translation>Les flèches lisent ligne par ligne&#x202f;; H et Maj+H passent d’un titre à l’autre&#x202f;; les liens sont listés en dessous</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>learning</source>
        <translation>en cours d’apprentissage</translation>
    </message>
    <message>
        <source>known</source>
        <translation>acquis</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>dans les signets</translation>
    </message>
</context>
<context>
    <name>TermListPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>Rechercher des termes…</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>Rechercher des termes</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Which terms to list</source>
        <translation>Termes à afficher</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Enter opens the term; the menu key offers Compare</source>
        <translation>Entrée ouvre le terme&#x202f;; la touche Menu propose Comparer</translation>
    </message>
    <message>
        <source>Type to search titles, aliases and text; Enter opens the first match</source>
        <translation>Tapez pour chercher dans les titres, les alias et le texte&#x202f;; Entrée ouvre le premier résultat</translation>
    </message>
    <message>
        <source>Show all terms, one category or a learning path</source>
        <translation>Afficher tous les termes, une catégorie ou un parcours d’apprentissage</translation>
    </message>
    <message>
        <source>Compare Selected Terms</source>
        <translation>Comparer les termes sélectionnés</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Select two or three terms (Ctrl+click) to compare them</source>
        <translation>Sélectionnez deux ou trois termes (Ctrl+clic) pour les comparer</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>&amp;Récemment consultés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Ré&amp;initialiser le zoom</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Random Term</source>
        <translation>&amp;Terme au hasard</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>&amp;Compare Terms…</source>
        <translation>&amp;Comparer des termes…</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>&amp;Permuter les côtés</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Apprendre</translation>
    </message>
    <message>
        <source>Concept &amp;Map</source>
        <translation>Car&amp;te conceptuelle</translation>
    </message>
    <message>
        <source>Bookmark This &amp;Term</source>
        <translation>Marquer ce terme comme &amp;favori</translation>
    </message>
    <message>
        <source>&amp;Export Progress…</source>
        <translation>&amp;Exporter la progression…</translation>
    </message>
    <message>
        <source>&amp;Import Progress…</source>
        <translation>Im&amp;porter la progression…</translation>
    </message>
    <message>
        <source>Add &amp;Glossary Pack…</source>
        <translation>Ajouter un &amp;module de glossaire…</translation>
    </message>
    <message>
        <source>Add your own terms from a CSV file or a folder of YAML files</source>
        <translation>Ajouter vos propres termes depuis un fichier CSV ou un dossier de fichiers YAML</translation>
    </message>
    <message>
        <source>&amp;Manage Glossary Packs…</source>
        <translation>&amp;Gérer les modules de glossaire…</translation>
    </message>
    <message>
        <source>&amp;About Alignment Atlas</source>
        <translation>À &amp;propos d’Alignment Atlas</translation>
    </message>
</context>
</TS>
