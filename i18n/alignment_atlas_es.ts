<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a Folder of YAML Term Files</source>
        <translation>Elegir una carpeta de archivos de términos YAML</translation>
    </message>
    <message>
        <source>Add Glossary Pack</source>
        <translation>Añadir paquete de glosario</translation>
    </message>
    <message>
        <source>A glossary pack adds your own terms beside the bundled ones: a CSV file with the columns term, summary, definition, category, related, aliases and source, or a folder of YAML term files. It is copied into your data folder; removing it later leaves the glossary as it was.</source>
        <translation>Un paquete de glosario añade términos propios junto a los incluidos: un archivo CSV con las columnas term, summary, definition, category, related, aliases y source, o una carpeta de archivos de términos YAML. Se copia en la carpeta de datos; si se quita más adelante, el glosario queda como estaba.</translation>
    </message>
    <message>
        <source>Choose CSV &amp;File…</source>
        <translation>Elegir &amp;archivo CSV…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Shown as “Pack: name” in the term list</source>
        <translation>Se muestra como «Paquete: nombre» en la lista de términos</translation>
    </message>
    <message>
        <source>&amp;Add Pack</source>
        <translation>Añadir &amp;paquete</translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation>(aún no se ha elegido nada)</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) found.</source>
        <translation>
            <numerusform>Se encontró %n término.</numerusform>
            <numerusform>Se encontraron %n términos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) already used by the glossary: those entries are kept under a new id.</source>
        <translation>
            <numerusform>%n identificador ya está en uso en el glosario: esa entrada se conserva con uno nuevo.</numerusform>
            <numerusform>%n identificadores ya están en uso en el glosario: esas entradas se conservan con uno nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or files concerned are left out, the rest can be added.</source>
        <translation>
            <numerusform>%n problema: la fila o el archivo afectado se omite; el resto se puede añadir.</numerusform>
            <numerusform>%n problemas: las filas o archivos afectados se omiten; el resto se puede añadir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable terms found, so there is nothing to add.</source>
        <translation>No se encontraron términos utilizables, así que no hay nada que añadir.</translation>
    </message>
    <message>
        <source>Replace Glossary Pack</source>
        <translation>Reemplazar paquete de glosario</translation>
    </message>
    <message>
        <source>A glossary pack named “%1” is already installed. Replace it?</source>
        <translation>Ya hay instalado un paquete de glosario llamado «%1». ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <source>Print Booklet</source>
        <translation>Imprimir folleto</translation>
    </message>
    <message>
        <source>Choose what the booklet holds.</source>
        <translation>Elige qué incluirá el cuadernillo.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), one per term.</source>
        <translation>
            <numerusform>%n tarjeta, una por término.</numerusform>
            <numerusform>%n tarjetas, una por término.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n page(s).</source>
        <translation>
            <numerusform>Unas %n página.</numerusform>
            <numerusform>Unas %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This booklet will be about %n page(s). Print it anyway?</source>
        <translation>
            <numerusform>Este cuadernillo tendrá unas %n página. ¿Imprimirlo de todos modos?</numerusform>
            <numerusform>Este cuadernillo tendrá unas %n páginas. ¿Imprimirlo de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>A long booklet</source>
        <translation>Un cuadernillo largo</translation>
    </message>
    <message>
        <source>A booklet has a title page, contents and one term per page; short ones share.</source>
        <translation>Un cuadernillo tiene portada, índice y un término por página; los breves comparten página.</translation>
    </message>
    <message>
        <source>Selected terms (%1)</source>
        <translation>Términos seleccionados (%1)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Learning path:</source>
        <translation>Ruta de aprendizaje:</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>Marcadores (%1)</translation>
    </message>
    <message>
        <source>Glossary pack:</source>
        <translation>Paquete de glosario:</translation>
    </message>
    <message>
        <source>All terms (%1)</source>
        <translation>Todos los términos (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Export Deck…</source>
        <translation>&amp;Exportar mazo…</translation>
    </message>
    <message>
        <source>Print &amp;as:</source>
        <translation>Imprimir &amp;como:</translation>
    </message>
    <message>
        <source>Term sheets</source>
        <translation>Fichas de términos</translation>
    </message>
    <message>
        <source>Flashcards to cut out (8 a page, backs mirrored)</source>
        <translation>Tarjetas para recortar (8 por página, reversos en espejo)</translation>
    </message>
    <message>
        <source>Worksheet with answer key</source>
        <translation>Hoja de ejercicios con solucionario</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Exportar a Anki</translation>
    </message>
    <message>
        <source>Choose the terms: each becomes a note of an Anki deck.</source>
        <translation>Elige los términos: cada uno será una nota de un mazo de Anki.</translation>
    </message>
</context>
<context>
    <name>CategoryProgressModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocidos</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Curated comparisons</source>
        <translation>Comparaciones seleccionadas</translation>
    </message>
    <message>
        <source>Swap the two sides (Ctrl+Shift+X)</source>
        <translation>Intercambiar los dos lados (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>+ third</source>
        <translation>+ tercero</translation>
    </message>
    <message>
        <source>Add or remove a third term</source>
        <translation>Añadir o quitar un tercer término</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Intercambiar los dos lados</translation>
    </message>
    <message>
        <source>Puts the left term on the right and the right one on the left</source>
        <translation>Pone el término de la izquierda a la derecha y el de la derecha a la izquierda</translation>
    </message>
    <message>
        <source>Compare a third term</source>
        <translation>Comparar un tercer término</translation>
    </message>
    <message>
        <source>Enter shows the comparison</source>
        <translation>Intro muestra la comparación</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Tabla comparativa</translation>
    </message>
    <message>
        <source>One row per aspect compared, one column per term; arrow keys move from cell to cell</source>
        <translation>Una fila por aspecto comparado, una columna por término; las flechas pasan de celda en celda</translation>
    </message>
    <message>
        <source>Comparison notes</source>
        <translation>Notas de la comparación</translation>
    </message>
    <message>
        <source>Term %1…</source>
        <translation>Término %1…</translation>
    </message>
    <message>
        <source>Type to find a term, Enter to pick the best match</source>
        <translation>Busca un término al escribir; Intro elige la mejor coincidencia</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>Término %1</translation>
    </message>
    <message>
        <source>Clear term %1</source>
        <translation>Borrar el término %1</translation>
    </message>
</context>
<context>
    <name>ConceptMap</name>
    <message>
        <source>learn first (prerequisite)</source>
        <translation>aprender antes (requisito previo)</translation>
    </message>
    <message>
        <source>next step of the path</source>
        <translation>siguiente paso de la ruta</translation>
    </message>
    <message>
        <source>whole and its part</source>
        <translation>el todo y su parte</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>ejemplo de</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>técnica para</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>contrasta con</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionado</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>en torno a %1</translation>
    </message>
    <message>
        <source>the whole glossary</source>
        <translation>todo el glosario</translation>
    </message>
    <message>
        <source>Concept map: %1</source>
        <translation>Mapa conceptual: %1</translation>
    </message>
</context>
<context>
    <name>ConceptQuizView</name>
    <message>
        <source>No comparison covers the terms of this study set. Choose “All terms” for every question.</source>
        <translation>Ninguna comparación abarca los términos de este conjunto de estudio. Con «Todos los términos» están disponibles todas las preguntas.</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>¿Qué concepto es este?</translation>
    </message>
    <message>
        <source>From the row “%1” of a comparison</source>
        <translation>De la fila «%1» de una comparación</translation>
    </message>
    <message>
        <source>Right: this is %1.</source>
        <translation>Correcto: es %1.</translation>
    </message>
    <message>
        <source>Which concept is this? question</source>
        <translation>Pregunta: ¿qué concepto es?</translation>
    </message>
    <message>
        <source>Not quite: this is %1, not %2.</source>
        <translation>No exactamente: es %1, no %2.</translation>
    </message>
    <message>
        <source>The deciding row: %1</source>
        <translation>La fila decisiva: %1</translation>
    </message>
    <message>
        <source>Open the whole comparison: %1</source>
        <translation>Abrir la comparación completa: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Alignment Atlas ran into an error it did not expect: %1. You can keep working; if something looks wrong, restart the app.</source>
        <translation>Alignment Atlas encontró un error inesperado: %1. Se puede seguir trabajando; si algo no funciona bien, conviene reiniciar la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>Desde entonces hubo %n error más; los detalles figuran abajo.</numerusform>
            <numerusform>Desde entonces hubo %n errores más; los detalles figuran abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Los detalles también están en el archivo de registro: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log file (%1).</source>
        <translation>No se pudieron escribir los detalles en un archivo de registro (%1).</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a report</source>
        <translation>Copiar los detalles técnicos para pegarlos en un informe</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Common misconceptions</source>
        <translation>Ideas erróneas comunes</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>Mito</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Realidad</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Términos relacionados</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Not yet translated — showing English</source>
        <translation>Aún sin traducir — se muestra en inglés</translation>
    </message>
    <message>
        <source>Commonly confused with {title} — compare</source>
        <translation>Se confunde a menudo con {title} — comparar</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Next in “{path}”: {title}</source>
        <translation>Siguiente en «{path}»: {title}</translation>
    </message>
    <message>
        <source>Last step of “{path}”</source>
        <translation>Último paso de «{path}»</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Idea errónea</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Otros nombres:</translation>
    </message>
    <message>
        <source>{done} of {total} translated into this language</source>
        <translation>{done} de {total} traducidos a este idioma</translation>
    </message>
    <message>
        <source>How to tell them apart:</source>
        <translation>Cómo distinguirlos:</translation>
    </message>
    <message>
        <source>Both relate to:</source>
        <translation>Ambos se relacionan con:</translation>
    </message>
    <message>
        <source>Both are in {category}</source>
        <translation>Ambos pertenecen a {category}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En marcadores</translation>
    </message>
    <message>
        <source>All three relate to:</source>
        <translation>Los tres se relacionan con:</translation>
    </message>
    <message>
        <source>All three are in {category}</source>
        <translation>Los tres están en {category}</translation>
    </message>
    <message>
        <source>How they are linked</source>
        <translation>Cómo están vinculados</translation>
    </message>
    <message>
        <source>No chain of related terms links them.</source>
        <translation>Ninguna cadena de términos relacionados los vincula.</translation>
    </message>
    <message>
        <source>From the glossary pack “{pack}”</source>
        <translation>Del paquete de glosario «{pack}»</translation>
    </message>
    <message>
        <source>Read the whole entry</source>
        <translation>Leer la entrada completa</translation>
    </message>
    <message>
        <source>In short</source>
        <comment>the first row of a comparison: each term&apos;s summary</comment>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>→</source>
        <comment>points from one term to the next: ← in right-to-left languages</comment>
        <translation>→</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionado</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>parte de</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>incluye</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>técnica para</translation>
    </message>
    <message>
        <source>addressed by</source>
        <translation>abordado por</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>ejemplo de</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>contrasta con</translation>
    </message>
    <message>
        <source>builds on</source>
        <translation>se basa en</translation>
    </message>
</context>
<context>
    <name>FlashcardView</name>
    <message>
        <source>&amp;Directions:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Ambos sentidos</translation>
    </message>
    <message>
        <source>Summary → term</source>
        <translation>Resumen → término</translation>
    </message>
    <message>
        <source>Term → meaning</source>
        <translation>Término → significado</translation>
    </message>
    <message>
        <source>Show answer  (Space)</source>
        <translation>Mostrar respuesta  (Espacio)</translation>
    </message>
    <message>
        <source>Study again  (Space)</source>
        <translation>Volver a estudiar  (Espacio)</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Flashcard</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Space shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy grade it</source>
        <translation>Espacio muestra la respuesta; luego 1 Otra vez, 2 Difícil, 3 Bien, 4 Fácil la califican</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Mostrar respuesta</translation>
    </message>
    <message>
        <source>Study again</source>
        <translation>Estudiar de nuevo</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>New: %1 · Learning: %2 · To review: %3 · Answered: %4</source>
        <translation>Nuevas: %1 · Aprendiendo: %2 · Por repasar: %3 · Respondidas: %4</translation>
    </message>
    <message>
        <source>%1 (key %2): shown again in %3</source>
        <translation>%1 (tecla %2): se vuelve a mostrar en %3</translation>
    </message>
    <message>
        <source>Which term is this?</source>
        <translation>¿Qué término es este?</translation>
    </message>
    <message>
        <source>What does this term mean?</source>
        <translation>¿Qué significa este término?</translation>
    </message>
    <message>
        <source>Nothing more is due right now</source>
        <translation>No queda nada pendiente por ahora</translation>
    </message>
    <message>
        <source>Answers saved in this session: %1</source>
        <translation>Respuestas guardadas en esta sesión: %1</translation>
    </message>
    <message>
        <source>Next card due in %1 (%2).</source>
        <translation>Próxima tarjeta pendiente en %1 (%2).</translation>
    </message>
    <message>
        <source>New cards not yet studied: %1</source>
        <translation>Tarjetas nuevas aún sin estudiar: %1</translation>
    </message>
    <message>
        <source>This study set has no terms.</source>
        <translation>Este conjunto de estudio no tiene términos.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved. “%1” comes back in %2 (%3).</source>
        <translation>Guardado. «%1» volverá en %2 (%3).</translation>
    </message>
    <message>
        <source>Kept until the app closes (not saved). “%1” comes back in %2 (%3).</source>
        <translation>Se guarda hasta cerrar la aplicación (no en disco). «%1» vuelve en %2 (%3).</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Term page</source>
        <translation>Página del término</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Todos los términos</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation>Paquete: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Ruta: %1</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Reviews per day</source>
        <translation>Repasos por día</translation>
    </message>
    <message>
        <source>Last %1 days — flashcard reviews: %2, quiz answers: %3.</source>
        <translation>Últimos %1 días — repasos de tarjetas: %2, respuestas de cuestionario: %3.</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Aún no hay repasos</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%1 — flashcard reviews: %2, quiz answers: %3</source>
        <translation>%1 — repasos de tarjetas: %2, respuestas de cuestionario: %3</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yr</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Your saved progress was made by a newer version of Alignment Atlas, so this version started a fresh progress file. The old file was kept, unchanged, as %1.</source>
        <translation>El progreso guardado se creó con una versión más reciente de Alignment Atlas, así que esta versión empezó un archivo de progreso nuevo. El archivo anterior se conservó, sin cambios, como %1.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (the file was damaged), so a fresh progress file was started. Nothing was deleted: the old file was kept as %1.</source>
        <translation>No se pudo leer el progreso guardado (el archivo estaba dañado), así que se empezó un archivo de progreso nuevo. No se eliminó nada: el archivo anterior se conservó como %1.</translation>
    </message>
    <message>
        <source>Progress in %1 is shown read-only (%2): earlier answers are here, new ones are not saved.</source>
        <translation>El progreso de %1 se muestra solo para lectura (%2): las respuestas anteriores están, las nuevas no se guardan.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (%2). Learning works, but answers are forgotten when the app closes.</source>
        <translation>El progreso no se puede guardar en %1 (%2). Puedes estudiar, pero las respuestas se olvidan al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (the folder cannot be written). Learning works, but answers are forgotten when the app closes.</source>
        <translation>No se puede guardar el progreso en %1 (no se puede escribir en la carpeta). Se puede seguir aprendiendo, pero las respuestas se perderán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Progress imported: cards added %1, updated %2, kept because yours were newer %3; reviews added %4, bookmarks added %5.</source>
        <translation>Progreso importado — tarjetas añadidas: %1, actualizadas: %2, conservadas por ser más recientes las existentes: %3; repasos añadidos: %4, marcadores añadidos: %5.</translation>
    </message>
</context>
<context>
    <name>LearnLink</name>
    <message>
        <source>No terms viewed yet</source>
        <translation>Aún no se ha visto ningún término</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Progress could not be exported: %1</source>
        <translation>No se pudo exportar el progreso: %1</translation>
    </message>
    <message>
        <source>Progress exported to %1</source>
        <translation>Progreso exportado a %1</translation>
    </message>
    <message>
        <source>Progress could not be imported: %1</source>
        <translation>No se pudo importar el progreso: %1</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Todos los términos</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Ruta: %1</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>&amp;Estudiar:</translation>
    </message>
    <message>
        <source>What to study: every term, a category, a learning path or your bookmarks</source>
        <translation>Qué estudiar: todos los términos, una categoría, una ruta de aprendizaje o los marcadores</translation>
    </message>
    <message>
        <source>Flash&amp;cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <source>&amp;Which concept?</source>
        <translation>¿&amp;Qué concepto?</translation>
    </message>
    <message>
        <source>M&amp;yth or fact</source>
        <translation>&amp;Mito o realidad</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudiar</translation>
    </message>
    <message>
        <source>Ways to learn</source>
        <translation>Formas de aprender</translation>
    </message>
    <message>
        <source>Due today: %1 · New: %2</source>
        <translation>Para hoy: %1 · Nuevas: %2</translation>
    </message>
    <message>
        <source>Flashcards due for review by the end of today, and the new cards left for today</source>
        <translation>Tarjetas que toca repasar antes de que acabe el día y las tarjetas nuevas que quedan para hoy</translation>
    </message>
</context>
<context>
    <name>LinkDescriber</name>
    <message>
        <source>link to the term “%1”</source>
        <translation>enlace al término «%1»</translation>
    </message>
    <message>
        <source>link to the comparison “%1”</source>
        <translation>enlace a la comparación «%1»</translation>
    </message>
    <message>
        <source>link: compare “%1” with another term</source>
        <translation>enlace: comparar «%1» con otro término</translation>
    </message>
    <message>
        <source>link: show “%1” in column %2 of the comparison</source>
        <translation>enlace: mostrar «%1» en la columna %2 de la comparación</translation>
    </message>
    <message>
        <source>web link to %1, opens in your browser</source>
        <translation>enlace web a %1, se abre en el navegador</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Glossary, Compare and Learn</source>
        <translation>Glosario, Comparar y Aprender</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>About Alignment Atlas</source>
        <translation>Acerca de Alignment Atlas</translation>
    </message>
    <message>
        <source>Settings could not be saved to %1.</source>
        <translation>No se pudieron guardar los ajustes en %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;An offline glossary that explains AI alignment and the ideas around it.&lt;/p&gt;&lt;p&gt;Content version %2 · %3 terms, %4 comparisons, %5 learning paths.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;Un glosario sin conexión que explica la alineación de la IA y las ideas relacionadas.&lt;/p&gt;&lt;p&gt;Versión del contenido %2 · %3 términos, %4 comparaciones, %5 rutas de aprendizaje.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) match</source>
        <translation>
            <numerusform>%n término encontrado</numerusform>
            <numerusform>%n términos encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Glossary Packs</source>
        <translation>Paquetes de glosario</translation>
    </message>
    <message>
        <source>Installed glossary packs, kept in %1. Removing one removes its terms from the glossary.</source>
        <translation>Paquetes de glosario instalados, guardados en %1. Al quitar uno, sus términos desaparecen del glosario.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n term(s)</source>
        <translation>
            <numerusform>%1 — %n término</numerusform>
            <numerusform>%1 — %n términos</numerusform>
        </translation>
    </message>
    <message>
        <source>No glossary packs installed. Add one with File → Add Glossary Pack…</source>
        <translation>No hay paquetes de glosario instalados. Para añadir uno: Archivo → Añadir paquete de glosario…</translation>
    </message>
    <message>
        <source>Remove Glossary Pack</source>
        <translation>Quitar paquete de glosario</translation>
    </message>
    <message>
        <source>Remove the glossary pack “%1” and its terms?</source>
        <translation>¿Quitar el paquete de glosario «%1» y sus términos?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>The whole glossary</source>
        <translation>Todo el glosario</translation>
    </message>
    <message>
        <source>Around the current term</source>
        <translation>En torno al término actual</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Una categoría</translation>
    </message>
    <message>
        <source>One learning path</source>
        <translation>Una ruta de aprendizaje</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 pasos</translation>
    </message>
    <message>
        <source>Map view</source>
        <translation>Vista del mapa</translation>
    </message>
    <message>
        <source>Category or learning path</source>
        <translation>Categoría o ruta de aprendizaje</translation>
    </message>
    <message>
        <source>How far around the term</source>
        <translation>Hasta dónde alrededor del término</translation>
    </message>
    <message>
        <source>Which category or learning path the map shows</source>
        <translation>Qué categoría o ruta de aprendizaje muestra el mapa</translation>
    </message>
    <message>
        <source>Show my &amp;progress</source>
        <translation>Mostrar mi &amp;progreso</translation>
    </message>
    <message>
        <source>Mark terms you are learning (●) and know (✓)</source>
        <translation>Marcar los términos que estás aprendiendo (●) y los que ya sabes (✓)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Fit the map to the window (0)</source>
        <translation>Ajustar el mapa a la ventana (0)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>&amp;Comparar selección</translation>
    </message>
    <message>
        <source>Select two terms with Space or Ctrl+click, then compare them</source>
        <translation>Selecciona dos términos con Espacio o Ctrl+clic y compáralos</translation>
    </message>
    <message>
        <source>Concept map</source>
        <translation>Mapa conceptual</translation>
    </message>
    <message>
        <source>How many steps of related terms the map shows</source>
        <translation>Cuántos pasos de términos relacionados muestra el mapa</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Leyenda del mapa</translation>
    </message>
    <message>
        <source>The glossary has too many terms for one map. Choose a term&apos;s neighbourhood or a category.</source>
        <translation>El glosario tiene demasiados términos para un solo mapa. Elige el entorno de un término o una categoría.</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>No se pudo dibujar el mapa: %1</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Dibujando el mapa…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 terms.</source>
        <translation>Se muestran %1 de %2 términos.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>MythQuizView</name>
    <message>
        <source>Myth</source>
        <translation>Mito</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Realidad</translation>
    </message>
    <message>
        <source>Myth or fact? question</source>
        <translation>Pregunta: ¿mito o realidad?</translation>
    </message>
    <message>
        <source>No misconceptions are written for the terms of this study set.</source>
        <translation>No hay ideas erróneas redactadas para los términos de este conjunto de estudio.</translation>
    </message>
    <message>
        <source>a fact</source>
        <translation>un hecho</translation>
    </message>
    <message>
        <source>a myth</source>
        <translation>un mito</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>¿Mito o realidad?</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sobre %1</translation>
    </message>
    <message>
        <source>Right: this is a fact.</source>
        <translation>Correcto: es una realidad.</translation>
    </message>
    <message>
        <source>Not quite: this is a fact.</source>
        <translation>No exactamente: es una realidad.</translation>
    </message>
    <message>
        <source>Right: this is a myth.</source>
        <translation>Correcto: es un mito.</translation>
    </message>
    <message>
        <source>Not quite: this is a common myth.</source>
        <translation>No exactamente: es un mito muy extendido.</translation>
    </message>
</context>
<context>
    <name>PackFeedback</name>
    <message numerus="yes">
        <source>%n term(s) added</source>
        <translation>
            <numerusform>%n término añadido</numerusform>
            <numerusform>%n términos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) renamed</source>
        <translation>
            <numerusform>%n identificador renombrado</numerusform>
            <numerusform>%n identificadores renombrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary pack “%1” added: %2.</source>
        <translation>Paquete de glosario «%1» añadido: %2.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n término</numerusform>
            <numerusform>%n términos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n comparación</numerusform>
            <numerusform>%n comparaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment Atlas</source>
        <translation>Alignment Atlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Versión del contenido %1</translation>
    </message>
    <message>
        <source>Selected terms</source>
        <translation>Términos seleccionados</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Todos los términos</translation>
    </message>
    <message>
        <source>Bookmarked terms</source>
        <translation>Términos marcados</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de ejercicios</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Solucionario</translation>
    </message>
    <message>
        <source>Name: ______________________    Date: ____________</source>
        <translation>Nombre: ______________________    Fecha: ____________</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>¿Qué concepto es?</translation>
    </message>
    <message>
        <source>Circle the concept each description is about.</source>
        <translation>Rodea el concepto al que se refiere cada descripción.</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>¿Mito o realidad?</translation>
    </message>
    <message>
        <source>Write M for a myth or F for a fact, and correct each myth in a sentence.</source>
        <translation>Escribe M si es un mito o R si es realidad, y corrige cada mito en una frase.</translation>
    </message>
    <message>
        <source>Match each term to its summary</source>
        <translation>Relaciona cada término con su resumen</translation>
    </message>
    <message>
        <source>Write the letter of the right summary next to each term.</source>
        <translation>Escribe junto a cada término la letra del resumen correcto.</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>Mito</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Realidad</translation>
    </message>
    <message>
        <source>Worksheet number %1</source>
        <translation>Hoja n.º %1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <source>Export to &amp;Anki…</source>
        <translation>Exportar a &amp;Anki…</translation>
    </message>
    <message>
        <source>Save terms as an Anki deck; a newer export updates the cards</source>
        <translation>Guarda los términos como mazo de Anki; una exportación posterior actualiza las tarjetas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Print &amp;Booklet…</source>
        <translation>Imprimir &amp;folleto…</translation>
    </message>
    <message>
        <source>Print the term or comparison on screen</source>
        <translation>Imprimir el término o la comparación en pantalla</translation>
    </message>
    <message>
        <source>Print several terms with a title page and contents</source>
        <translation>Imprimir varios términos con portada e índice</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>&amp;Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>No printer is installed. You can save the pages as a PDF file and print it later.</source>
        <translation>No hay ninguna impresora instalada. Las páginas se pueden guardar como archivo PDF e imprimir más tarde.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Preparando «%1»…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open a term or a comparison to print it.</source>
        <translation>Para imprimir, primero hay que abrir un término o una comparación.</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Exportar a Anki</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg)</source>
        <translation>Mazos de Anki (*.apkg)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n tarjeta en %1.</numerusform>
            <numerusform>Se guardaron %n tarjetas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n página en %1.</numerusform>
            <numerusform>Se escribieron %n páginas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n problem(s) in the content: the entries concerned are left out, the rest works.</source>
        <translation>
            <numerusform>%n problema en el contenido: la entrada afectada se omite; el resto funciona.</numerusform>
            <numerusform>%n problemas en el contenido: las entradas afectadas se omiten; el resto funciona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Problemas en el contenido</translation>
    </message>
</context>
<context>
    <name>ProgressFiles</name>
    <message>
        <source>Alignment Atlas progress (*.json)</source>
        <translation>Progreso de Alignment Atlas (*.json)</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Exportar progreso</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Importar progreso</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Known: %1 · learning: %2 · new: %3 (of %4 terms)</source>
        <translation>Conocidos: %1 · aprendiendo: %2 · nuevos: %3 (de %4 términos)</translation>
    </message>
    <message>
        <source>Quiz answers so far: %1, of which right: %2</source>
        <translation>Respuestas de cuestionario hasta ahora: %1, correctas: %2</translation>
    </message>
    <message>
        <source>Answers per day over the last 30 days: flashcards in full colour, quiz answers faded on top</source>
        <translation>Respuestas por día en los últimos 30 días: tarjetas en color intenso y, encima, respuestas de cuestionario en color atenuado</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>Progreso por categoría</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Keys 1 to 3 answer; Space or Enter goes to the next question</source>
        <translation>Las teclas 1 a 3 responden; Espacio o Intro pasa a la siguiente pregunta</translation>
    </message>
    <message>
        <source>Question %1 of %2 · right so far: %3</source>
        <translation>Pregunta %1 de %2 · correctas hasta ahora: %3</translation>
    </message>
    <message>
        <source>Next question  (Space)</source>
        <translation>Siguiente pregunta  (Espacio)</translation>
    </message>
    <message>
        <source>Round complete: %1 of %2 right.</source>
        <translation>Ronda completada: %1 de %2 correctas.</translation>
    </message>
    <message>
        <source>To look at again</source>
        <translation>Para repasar</translation>
    </message>
    <message>
        <source>New round  (Space)</source>
        <translation>Nueva ronda  (Espacio)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>Ir a la sección</translation>
    </message>
    <message>
        <source>Jump to a heading of the page (in the text: H next heading, Shift+H back)</source>
        <translation>Saltar a un encabezado de la página (en el texto: H siguiente encabezado, Mayús+H atrás)</translation>
    </message>
    <message>
        <source>&amp;Links on this page:</source>
        <translation>En&amp;laces de esta página:</translation>
    </message>
    <message>
        <source>Links on this page</source>
        <translation>Enlaces de esta página</translation>
    </message>
    <message>
        <source>Enter follows the link</source>
        <translation>Intro sigue el enlace</translation>
    </message>
    <message>
        <source>Arrow keys read line by line; H and Shift+H jump between headings; the links are listed below</source>
        <translation>Las flechas leen línea a línea; H y Mayús+H saltan entre encabezados; los enlaces se listan debajo</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>learning</source>
        <translation>en aprendizaje</translation>
    </message>
    <message>
        <source>known</source>
        <translation>aprendido</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>en marcadores</translation>
    </message>
</context>
<context>
    <name>TermListPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>Buscar términos…</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>Buscar términos</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Which terms to list</source>
        <translation>Qué términos mostrar</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>Enter opens the term; the menu key offers Compare</source>
        <translation>Intro abre el término; la tecla de menú ofrece Comparar</translation>
    </message>
    <message>
        <source>Type to search titles, aliases and text; Enter opens the first match</source>
        <translation>Busca en títulos, alias y texto al escribir; Intro abre el primer resultado</translation>
    </message>
    <message>
        <source>Show all terms, one category or a learning path</source>
        <translation>Mostrar todos los términos, una categoría o una ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Compare Selected Terms</source>
        <translation>Comparar términos seleccionados</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Select two or three terms (Ctrl+click) to compare them</source>
        <translation>Seleccionar dos o tres términos (Ctrl+clic) para compararlos</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>&amp;Vistos recientemente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Buscar en el glosario</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Random Term</source>
        <translation>Término al&amp;eatorio</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosario</translation>
    </message>
    <message>
        <source>&amp;Compare Terms…</source>
        <translation>&amp;Comparar términos…</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>&amp;Intercambiar lados</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Aprender</translation>
    </message>
    <message>
        <source>Concept &amp;Map</source>
        <translation>Mapa co&amp;nceptual</translation>
    </message>
    <message>
        <source>Bookmark This &amp;Term</source>
        <translation>Añadir este &amp;término a marcadores</translation>
    </message>
    <message>
        <source>&amp;Export Progress…</source>
        <translation>&amp;Exportar progreso…</translation>
    </message>
    <message>
        <source>&amp;Import Progress…</source>
        <translation>I&amp;mportar progreso…</translation>
    </message>
    <message>
        <source>Add &amp;Glossary Pack…</source>
        <translation>Añadir &amp;paquete de glosario…</translation>
    </message>
    <message>
        <source>Add your own terms from a CSV file or a folder of YAML files</source>
        <translation>Añadir términos propios desde un archivo CSV o una carpeta de archivos YAML</translation>
    </message>
    <message>
        <source>&amp;Manage Glossary Packs…</source>
        <translation>&amp;Gestionar paquetes de glosario…</translation>
    </message>
    <message>
        <source>&amp;About Alignment Atlas</source>
        <translation>&amp;Acerca de Alignment Atlas</translation>
    </message>
</context>
</TS>
