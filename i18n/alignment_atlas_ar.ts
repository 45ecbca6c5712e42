<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>اختيار ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a Folder of YAML Term Files</source>
        <translation>اختيار مجلد لملفات مصطلحات YAML</translation>
    </message>
    <message>
        <source>Add Glossary Pack</source>
        <translation>إضافة حزمة مسرد</translation>
    </message>
    <message>
        <source>A glossary pack adds your own terms beside the bundled ones: a CSV file with the columns term, summary, definition, category, related, aliases and source, or a folder of YAML term files. It is copied into your data folder; removing it later leaves the glossary as it was.</source>
        <translation>تضيف حزمة المسرد مصطلحاتك الخاصة إلى جانب المصطلحات المضمَّنة: إما ملف CSV بالأعمدة term، summary، definition، category، related، aliases، source، وإما مجلد لملفات مصطلحات YAML. تُنسخ الحزمة إلى مجلد بياناتك، وإزالتها لاحقًا تُعيد المسرد كما كان.</translation>
    </message>
    <message>
        <source>Choose CSV &amp;File…</source>
        <translation>اختيار &amp;ملف CSV…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>اختيار م&amp;جلد…</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Shown as “Pack: name” in the term list</source>
        <translation>تظهر في قائمة المصطلحات بالشكل «الحزمة: الاسم»</translation>
    </message>
    <message>
        <source>&amp;Add Pack</source>
        <translation>إ&amp;ضافة الحزمة</translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation>(لم يُختر شيء بعد)</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) found.</source>
        <translation>
            <numerusform>عُثر على %n مصطلح.</numerusform>
            <numerusform>عُثر على %n مصطلح.</numerusform>
            <numerusform>عُثر على %n مصطلحين.</numerusform>
            <numerusform>عُثر على %n مصطلحات.</numerusform>
            <numerusform>عُثر على %n مصطلحًا.</numerusform>
            <numerusform>عُثر على %n مصطلح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) already used by the glossary: those entries are kept under a new id.</source>
        <translation>
            <numerusform>%n معرّف مستخدم في المسرد: تُحفظ هذه المداخل بمعرّف جديد.</numerusform>
            <numerusform>%n معرّف مستخدم في المسرد: يُحفظ هذا المدخل بمعرّف جديد.</numerusform>
            <numerusform>%n معرّفان مستخدمان في المسرد: يُحفظ المدخلان بمعرّف جديد.</numerusform>
            <numerusform>%n معرّفات مستخدمة في المسرد: تُحفظ هذه المداخل بمعرّف جديد.</numerusform>
            <numerusform>%n معرّفًا مستخدمًا في المسرد: تُحفظ هذه المداخل بمعرّف جديد.</numerusform>
            <numerusform>%n معرّف مستخدم في المسرد: تُحفظ هذه المداخل بمعرّف جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or files concerned are left out, the rest can be added.</source>
        <translation>
            <numerusform>%n مشكلة: استُبعدت الصفوف أو الملفات المعنية، ويمكن إضافة الباقي.</numerusform>
            <numerusform>%n مشكلة: استُبعد الصف أو الملف المعني، ويمكن إضافة الباقي.</numerusform>
            <numerusform>%n مشكلتان: استُبعدت الصفوف أو الملفات المعنية، ويمكن إضافة الباقي.</numerusform>
            <numerusform>%n مشكلات: استُبعدت الصفوف أو الملفات المعنية، ويمكن إضافة الباقي.</numerusform>
            <numerusform>%n مشكلةً: استُبعدت الصفوف أو الملفات المعنية، ويمكن إضافة الباقي.</numerusform>
            <numerusform>%n مشكلة: استُبعدت الصفوف أو الملفات المعنية، ويمكن إضافة الباقي.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable terms found, so there is nothing to add.</source>
        <translation>لم يُعثر على مصطلحات صالحة للاستخدام، فلا شيء لإضافته.</translation>
    </message>
    <message>
        <source>Replace Glossary Pack</source>
        <translation>استبدال حزمة المسرد</translation>
    </message>
    <message>
        <source>A glossary pack named “%1” is already installed. Replace it?</source>
        <translation>حزمة المسرد «%1» مثبّتة بالفعل. أتريد استبدالها؟</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <source>Print Booklet</source>
        <translation>طباعة كتيّب</translation>
    </message>
    <message>
        <source>Choose what the booklet holds.</source>
        <translation>اختر ما يحتويه الكتيّب.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), one per term.</source>
        <translation>
            <numerusform>%n بطاقة، واحدة لكل مصطلح.</numerusform>
            <numerusform>%n بطاقة، واحدة لكل مصطلح.</numerusform>
            <numerusform>%n بطاقتان، واحدة لكل مصطلح.</numerusform>
            <numerusform>%n بطاقات، واحدة لكل مصطلح.</numerusform>
            <numerusform>%n بطاقة، واحدة لكل مصطلح.</numerusform>
            <numerusform>%n بطاقة، واحدة لكل مصطلح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n page(s).</source>
        <translation>
            <numerusform>نحو %n صفحة.</numerusform>
            <numerusform>نحو %n صفحة.</numerusform>
            <numerusform>نحو %n صفحة.</numerusform>
            <numerusform>نحو %n صفحات.</numerusform>
            <numerusform>نحو %n صفحة.</numerusform>
            <numerusform>نحو %n صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This booklet will be about %n page(s). Print it anyway?</source>
        <translation>
            <numerusform>سيكون هذا الكتيّب نحو %n صفحة. أتطبعه رغم ذلك؟</numerusform>
            <numerusform>سيكون هذا الكتيّب نحو %n صفحة. أتطبعه رغم ذلك؟</numerusform>
            <numerusform>سيكون هذا الكتيّب نحو %n صفحة. أتطبعه رغم ذلك؟</numerusform>
            <numerusform>سيكون هذا الكتيّب نحو %n صفحات. أتطبعه رغم ذلك؟</numerusform>
            <numerusform>سيكون هذا الكتيّب نحو %n صفحة. أتطبعه رغم ذلك؟</numerusform>
            <numerusform>سيكون هذا الكتيّب نحو %n صفحة. أتطبعه رغم ذلك؟</numerusform>
        </translation>
    </message>
    <message>
        <source>A long booklet</source>
        <translation>كتيّب طويل</translation>
    </message>
    <message>
        <source>A booklet has a title page, contents and one term per page; short ones share.</source>
        <translation>للكتيّب صفحة عنوان وفهرس ومصطلح في كل صفحة؛ والمداخل القصيرة تتشارك الصفحة.</translation>
    </message>
    <message>
        <source>Selected terms (%1)</source>
        <translation>المصطلحات المحددة (%1)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Learning path:</source>
        <translation>مسار التعلّم:</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>الإشارات المرجعية (%1)</translation>
    </message>
    <message>
        <source>Glossary pack:</source>
        <translation>حزمة مسرد:</translation>
    </message>
    <message>
        <source>All terms (%1)</source>
        <translation>كل المصطلحات (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>م&amp;عاينة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <source>&amp;Export Deck…</source>
        <translation>&amp;تصدير الرزمة…</translation>
    </message>
    <message>
        <source>Print &amp;as:</source>
        <translation>اطبع &amp;بصيغة:</translation>
    </message>
    <message>
        <source>Term sheets</source>
        <translation>أوراق المصطلحات</translation>
    </message>
    <message>
        <source>Flashcards to cut out (8 a page, backs mirrored)</source>
        <translation>بطاقات للقص (8 في الصفحة، والظهور معكوسة)</translation>
    </message>
    <message>
        <source>Worksheet with answer key</source>
        <translation>ورقة عمل مع مفتاح الإجابات</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>التصدير إلى Anki</translation>
    </message>
    <message>
        <source>Choose the terms: each becomes a note of an Anki deck.</source>
        <translation>اختر المصطلحات: يصبح كل منها ملاحظة في رزمة Anki.</translation>
    </message>
</context>
<context>
    <name>CategoryProgressModel</name>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Curated comparisons</source>
        <translation>مقارنات مختارة</translation>
    </message>
    <message>
        <source>Swap the two sides (Ctrl+Shift+X)</source>
        <translation>تبديل الجانبين (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>+ third</source>
        <translation>+ ثالث</translation>
    </message>
    <message>
        <source>Add or remove a third term</source>
        <translation>إضافة مصطلح ثالث أو إزالته</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>تبديل الجانبين</translation>
    </message>
    <message>
        <source>Puts the left term on the right and the right one on the left</source>
        <translation>ينقل المصطلح الأيسر إلى اليمين والأيمن إلى اليسار</translation>
    </message>
    <message>
        <source>Compare a third term</source>
        <translation>مقارنة مصطلح ثالث</translation>
    </message>
    <message>
        <source>Enter shows the comparison</source>
        <translation>يعرض زر الإدخال المقارنة</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>جدول المقارنة</translation>
    </message>
    <message>
        <source>One row per aspect compared, one column per term; arrow keys move from cell to cell</source>
        <translation>صف لكل جانب تجري مقارنته وعمود لكل مصطلح؛ تنتقل مفاتيح الأسهم من خلية إلى أخرى</translation>
    </message>
    <message>
        <source>Comparison notes</source>
        <translation>ملاحظات المقارنة</translation>
    </message>
    <message>
        <source>Term %1…</source>
        <translation>المصطلح %1…</translation>
    </message>
    <message>
        <source>Type to find a term, Enter to pick the best match</source>
        <translation>اكتب للبحث عن مصطلح، واضغط Enter لاختيار أفضل تطابق</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>المصطلح %1</translation>
    </message>
    <message>
        <source>Clear term %1</source>
        <translation>مسح المصطلح %1</translation>
    </message>
</context>
<context>
    <name>ConceptMap</name>
    <message>
        <source>learn first (prerequisite)</source>
        <translation>يُتعلَّم أولًا (متطلَّب سابق)</translation>
    </message>
    <message>
        <source>next step of the path</source>
        <translation>الخطوة التالية في المسار</translation>
    </message>
    <message>
        <source>whole and its part</source>
        <translation>الكل وجزؤه</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>مثال على</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>تقنية لـ</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>على النقيض من</translation>
    </message>
    <message>
        <source>related</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>the whole glossary</source>
        <translation>المسرد كله</translation>
    </message>
    <message>
        <source>Concept map: %1</source>
        <translation>خريطة المفاهيم: %1</translation>
    </message>
</context>
<context>
    <name>ConceptQuizView</name>
    <message>
        <source>No comparison covers the terms of this study set. Choose “All terms” for every question.</source>
        <translation>لا توجد مقارنة تشمل مصطلحات مجموعة الدراسة هذه. اختر «كل المصطلحات» لتظهر كل الأسئلة.</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>أي مفهوم هذا؟</translation>
    </message>
    <message>
        <source>From the row “%1” of a comparison</source>
        <translation>من الصف «%1» في إحدى المقارنات</translation>
    </message>
    <message>
        <source>Right: this is %1.</source>
        <translation>صحيح: هذا هو %1.</translation>
    </message>
    <message>
        <source>Which concept is this? question</source>
        <translation>سؤال: أي مفهوم هذا؟</translation>
    </message>
    <message>
        <source>Not quite: this is %1, not %2.</source>
        <translation>ليس تمامًا: هذا هو %1، وليس %2.</translation>
    </message>
    <message>
        <source>The deciding row: %1</source>
        <translation>الصف الحاسم: %1</translation>
    </message>
    <message>
        <source>Open the whole comparison: %1</source>
        <translation>افتح المقارنة كاملة: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Alignment Atlas ran into an error it did not expect: %1. You can keep working; if something looks wrong, restart the app.</source>
        <translation>واجه Alignment Atlas خطأً غير متوقع: ⁨%1⁩. يمكنك مواصلة العمل؛ وإن بدا شيء غير سليم، فأعد تشغيل التطبيق.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>وقع %n خطأ آخر منذ ذلك الحين؛ التفاصيل أدناه.</numerusform>
            <numerusform>وقع %n خطأ آخر منذ ذلك الحين؛ تفاصيله أدناه.</numerusform>
            <numerusform>وقع %n خطآن آخران منذ ذلك الحين؛ تفاصيلهما أدناه.</numerusform>
            <numerusform>وقعت %n أخطاء أخرى منذ ذلك الحين؛ تفاصيلها أدناه.</numerusform>
            <numerusform>وقع %n خطأً آخر منذ ذلك الحين؛ تفاصيلها أدناه.</numerusform>
            <numerusform>وقع %n خطأ آخر منذ ذلك الحين؛ تفاصيلها أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>التفاصيل موجودة أيضًا في ملف السجل: ⁦%1⁩</translation>
    </message>
    <message>
        <source>The details could not be written to a log file (%1).</source>
        <translation>تعذّرت كتابة التفاصيل في ملف السجل (⁨%1⁩).</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a report</source>
        <translation>نسخ التفاصيل التقنية للصقها في بلاغ عن المشكلة</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهمّ</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>آلية العمل</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>Common misconceptions</source>
        <translation>مفاهيم خاطئة شائعة</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>خرافة</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>حقيقة</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>مصطلحات ذات صلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Not yet translated — showing English</source>
        <translation>لم يُترجم بعد — يُعرض بالإنجليزية</translation>
    </message>
    <message>
        <source>{done} of {total} translated into this language</source>
        <translation>تُرجم {done} من {total} إلى هذه اللغة</translation>
    </message>
    <message>
        <source>Commonly confused with {title} — compare</source>
        <translation>كثيرًا ما يُخلط بينه وبين {title} — قارِن بينهما</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>مقارنة مع…</translation>
    </message>
    <message>
        <source>Next in “{path}”: {title}</source>
        <translation>التالي في «{path}»: {title}</translation>
    </message>
    <message>
        <source>Last step of “{path}”</source>
        <translation>الخطوة الأخيرة في «{path}»</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>مفهوم خاطئ</translation>
    </message>
    <message>
        <source>Both are in {category}</source>
        <translation>في الفئة نفسها: {category}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>في الإشارات المرجعية</translation>
    </message>
    <message>
        <source>All three relate to:</source>
        <translation>ترتبط الثلاثة بـ:</translation>
    </message>
    <message>
        <source>All three are in {category}</source>
        <translation>الثلاثة ضمن {category}</translation>
    </message>
    <message>
        <source>How they are linked</source>
        <translation>كيف ترتبط</translation>
    </message>
    <message>
        <source>No chain of related terms links them.</source>
        <translation>لا تربط بينهما أي سلسلة من المصطلحات ذات الصلة.</translation>
    </message>
    <message>
        <source>From the glossary pack “{pack}”</source>
        <translation>من حزمة المسرد «{pack}»</translation>
    </message>
    <message>
        <source>Read the whole entry</source>
        <translation>اقرأ المدخل كاملًا</translation>
    </message>
    <message>
        <source>In short</source>
        <comment>the first row of a comparison: each term&apos;s summary</comment>
        <translation>باختصار</translation>
    </message>
    <message>
        <source>→</source>
        <comment>points from one term to the next: ← in right-to-left languages</comment>
        <translation>←</translation>
    </message>
    <message>
        <source>related</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>يشمل</translation>
    </message>
    <message>
        <source>technique for</source>
        <translation>تقنية من أجل</translation>
    </message>
    <message>
        <source>addressed by</source>
        <translation>يُعالَج بواسطة</translation>
    </message>
    <message>
        <source>example of</source>
        <translation>مثال على</translation>
    </message>
    <message>
        <source>contrasts with</source>
        <translation>على النقيض من</translation>
    </message>
    <message>
        <source>builds on</source>
        <translation>يستند إلى</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>يُسمّى أيضًا:‏</translation>
    </message>
    <message>
        <source>How to tell them apart:</source>
        <translation>للتمييز بينها:</translation>
    </message>
    <message>
        <source>Both relate to:</source>
        <translation>صلات مشتركة:</translation>
    </message>
</context>
<context>
    <name>FlashcardView</name>
    <message>
        <source>&amp;Directions:</source>
        <translation>الا&amp;تجاهات:</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>كلا الاتجاهين</translation>
    </message>
    <message>
        <source>Summary → term</source>
        <translation>الملخص ← المصطلح</translation>
    </message>
    <message>
        <source>Term → meaning</source>
        <translation>المصطلح ← المعنى</translation>
    </message>
    <message>
        <source>Show answer  (Space)</source>
        <translation>إظهار الإجابة  (مسافة)</translation>
    </message>
    <message>
        <source>Study again  (Space)</source>
        <translation>الدراسة مجددًا  (مسافة)</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <source>Flashcard</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Space shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy grade it</source>
        <translation>تعرض المسافة الإجابة؛ ثم تقيّمها 1 مجددًا، 2 صعب، 3 جيد، 4 سهل</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>إظهار الإجابة</translation>
    </message>
    <message>
        <source>Study again</source>
        <translation>الدراسة مجددًا</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مجددًا</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>صعب</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>سهل</translation>
    </message>
    <message>
        <source>New: %1 · Learning: %2 · To review: %3 · Answered: %4</source>
        <translation>جديدة: %1 · قيد التعلّم: %2 · للمراجعة: %3 · أُجيب عنها: %4</translation>
    </message>
    <message>
        <source>%1 (key %2): shown again in %3</source>
        <translation>%1 (المفتاح %2): تُعرض مجددًا بعد %3</translation>
    </message>
    <message>
        <source>Which term is this?</source>
        <translation>ما هذا المصطلح؟</translation>
    </message>
    <message>
        <source>What does this term mean?</source>
        <translation>ما معنى هذا المصطلح؟</translation>
    </message>
    <message>
        <source>Answers saved in this session: %1</source>
        <translation>الإجابات المحفوظة في هذه الجلسة: %1</translation>
    </message>
    <message>
        <source>Next card due in %1 (%2).</source>
        <translation>البطاقة التالية مستحقة بعد %1 (%2).</translation>
    </message>
    <message>
        <source>New cards not yet studied: %1</source>
        <translation>بطاقات جديدة لم تُدرس بعد: %1</translation>
    </message>
    <message>
        <source>This study set has no terms.</source>
        <translation>لا تحتوي مجموعة الدراسة هذه على أي مصطلحات.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Saved. “%1” comes back in %2 (%3).</source>
        <translation>حُفظ. سيعود «%1» بعد %2 (%3).</translation>
    </message>
    <message>
        <source>Kept until the app closes (not saved). “%1” comes back in %2 (%3).</source>
        <translation>محفوظ حتى إغلاق التطبيق (غير مسجَّل). يعود «%1» بعد %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing more is due right now</source>
        <translation>لا توجد بطاقات مستحقة الآن</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Term page</source>
        <translation>صفحة المصطلح</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>كل المصطلحات</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>العلامات المرجعية</translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation>الحزمة: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>المسار: %1</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Reviews per day</source>
        <translation>المراجعات في اليوم</translation>
    </message>
    <message>
        <source>Last %1 days — flashcard reviews: %2, quiz answers: %3.</source>
        <translation>الأيام الـ%1 الأخيرة — مراجعات البطاقات: %2، إجابات الاختبارات: %3.</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>لا مراجعات بعد</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>%1 — flashcard reviews: %2, quiz answers: %3</source>
        <translation>%1 — مراجعات البطاقات: %2، إجابات الاختبارات: %3</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 د</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n ش</numerusform>
            <numerusform>%n ش</numerusform>
            <numerusform>%n ش</numerusform>
            <numerusform>%n ش</numerusform>
            <numerusform>%n ش</numerusform>
            <numerusform>%n ش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yr</source>
        <translation>
            <numerusform>%n ع</numerusform>
            <numerusform>%n ع</numerusform>
            <numerusform>%n ع</numerusform>
            <numerusform>%n ع</numerusform>
            <numerusform>%n ع</numerusform>
            <numerusform>%n ع</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Your saved progress was made by a newer version of Alignment Atlas, so this version started a fresh progress file. The old file was kept, unchanged, as %1.</source>
        <translation>حُفظ تقدّمك بإصدار أحدث من Alignment Atlas، لذا بدأ هذا الإصدار ملف تقدّم جديدًا. واحتُفظ بالملف القديم دون تغيير باسم ⁦%1⁩.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (the file was damaged), so a fresh progress file was started. Nothing was deleted: the old file was kept as %1.</source>
        <translation>تعذّرت قراءة تقدّمك المحفوظ (الملف تالف)، لذا بُدئ ملف تقدّم جديد. لم يُحذف شيء: احتُفظ بالملف القديم باسم ⁦%1⁩.</translation>
    </message>
    <message>
        <source>Progress in %1 is shown read-only (%2): earlier answers are here, new ones are not saved.</source>
        <translation>يُعرض التقدّم في %1 للقراءة فقط (%2): الإجابات السابقة موجودة، والجديدة لا تُحفظ.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (%2). Learning works, but answers are forgotten when the app closes.</source>
        <translation>لا يمكن حفظ التقدّم في %1 (%2). يعمل التعلّم، لكن الإجابات تُنسى عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in %1 (the folder cannot be written). Learning works, but answers are forgotten when the app closes.</source>
        <translation>لا يمكن حفظ التقدّم في ⁦%1⁩ (تتعذّر الكتابة في المجلد). يمكنك التعلّم، لكن الإجابات ستُفقد عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>Progress imported: cards added %1, updated %2, kept because yours were newer %3; reviews added %4, bookmarks added %5.</source>
        <translation>استُورد التقدّم: البطاقات المضافة %1، والمحدَّثة %2، والمُبقاة لأن نسختك أحدث %3؛ المراجعات المضافة %4، والعلامات المرجعية المضافة %5.</translation>
    </message>
</context>
<context>
    <name>LearnLink</name>
    <message>
        <source>No terms viewed yet</source>
        <translation>لم تُعرض أي مصطلحات بعد</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Progress could not be exported: %1</source>
        <translation>تعذّر تصدير التقدّم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Progress exported to %1</source>
        <translation>صُدِّر التقدّم إلى ⁦%1⁩</translation>
    </message>
    <message>
        <source>Progress could not be imported: %1</source>
        <translation>تعذّر استيراد التقدّم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>كل المصطلحات</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>العلامات المرجعية</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>المسار: %1</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>ال&amp;دراسة:</translation>
    </message>
    <message>
        <source>What to study: every term, a category, a learning path or your bookmarks</source>
        <translation>ما تريد دراسته: كل المصطلحات، أو فئة، أو مسار تعلّم، أو علاماتك المرجعية</translation>
    </message>
    <message>
        <source>Flash&amp;cards</source>
        <translation>ال&amp;بطاقات</translation>
    </message>
    <message>
        <source>&amp;Which concept?</source>
        <translation>أ&amp;ي مفهوم؟</translation>
    </message>
    <message>
        <source>M&amp;yth or fact</source>
        <translation>&amp;خرافة أم حقيقة</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>ال&amp;تقدّم</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Ways to learn</source>
        <translation>طرق التعلّم</translation>
    </message>
    <message>
        <source>Due today: %1 · New: %2</source>
        <translation>مستحقة اليوم: %1 · جديدة: %2</translation>
    </message>
    <message>
        <source>Flashcards due for review by the end of today, and the new cards left for today</source>
        <translation>البطاقات المستحقة للمراجعة قبل نهاية اليوم، والبطاقات الجديدة المتبقية لليوم</translation>
    </message>
</context>
<context>
    <name>LinkDescriber</name>
    <message>
        <source>link to the term “%1”</source>
        <translation>رابط إلى المصطلح «%1»</translation>
    </message>
    <message>
        <source>link to the comparison “%1”</source>
        <translation>رابط إلى المقارنة «%1»</translation>
    </message>
    <message>
        <source>link: compare “%1” with another term</source>
        <translation>رابط: مقارنة «%1» بمصطلح آخر</translation>
    </message>
    <message>
        <source>link: show “%1” in column %2 of the comparison</source>
        <translation>رابط: عرض «%1» في العمود %2 من المقارنة</translation>
    </message>
    <message>
        <source>web link to %1, opens in your browser</source>
        <translation>رابط ويب إلى %1، يُفتح في المتصفح</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>Glossary, Compare and Learn</source>
        <translation>المسرد والمقارنة والتعلّم</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>التعلّم</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>About Alignment Atlas</source>
        <translation>حول Alignment Atlas</translation>
    </message>
    <message>
        <source>Settings could not be saved to %1.</source>
        <translation>تعذّر حفظ الإعدادات في %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;An offline glossary that explains AI alignment and the ideas around it.&lt;/p&gt;&lt;p&gt;Content version %2 · %3 terms, %4 comparisons, %5 learning paths.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alignment Atlas %1&lt;/h3&gt;&lt;p&gt;مسرد يعمل دون اتصال بالإنترنت، يشرح مواءمة الذكاء الاصطناعي والأفكار المحيطة بها.&lt;/p&gt;&lt;p&gt;إصدار المحتوى %2 · المصطلحات: %3، المقارنات: %4، مسارات التعلّم: %5.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) match</source>
        <translation>
            <numerusform>%n مصطلح مطابق</numerusform>
            <numerusform>%n مصطلح مطابق</numerusform>
            <numerusform>%n مصطلحان مطابقان</numerusform>
            <numerusform>%n مصطلحات مطابقة</numerusform>
            <numerusform>%n مصطلحًا مطابقًا</numerusform>
            <numerusform>%n مصطلح مطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Glossary Packs</source>
        <translation>حزم المسرد</translation>
    </message>
    <message>
        <source>Installed glossary packs, kept in %1. Removing one removes its terms from the glossary.</source>
        <translation>حزم المسرد المثبّتة، المحفوظة في ⁦%1⁩. إزالة حزمة تُزيل مصطلحاتها من المسرد.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n term(s)</source>
        <translation>
            <numerusform>%1 — %n مصطلح</numerusform>
            <numerusform>%1 — %n مصطلح</numerusform>
            <numerusform>%1 — %n مصطلحان</numerusform>
            <numerusform>%1 — %n مصطلحات</numerusform>
            <numerusform>%1 — %n مصطلحًا</numerusform>
            <numerusform>%1 — %n مصطلح</numerusform>
        </translation>
    </message>
    <message>
        <source>No glossary packs installed. Add one with File → Add Glossary Pack…</source>
        <translation>لا توجد حزم مسرد مثبّتة. أضف حزمة من ملف ← إضافة حزمة مسرد…</translation>
    </message>
    <message>
        <source>Remove Glossary Pack</source>
        <translation>إزالة حزمة المسرد</translation>
    </message>
    <message>
        <source>Remove the glossary pack “%1” and its terms?</source>
        <translation>أتريد إزالة حزمة المسرد «%1» ومصطلحاتها؟</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>The whole glossary</source>
        <translation>المسرد كله</translation>
    </message>
    <message>
        <source>Around the current term</source>
        <translation>حول المصطلح الحالي</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>فئة واحدة</translation>
    </message>
    <message>
        <source>One learning path</source>
        <translation>مسار تعلّم واحد</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>خطوة واحدة</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>خطوتان</translation>
    </message>
    <message>
        <source>Map view</source>
        <translation>عرض الخريطة</translation>
    </message>
    <message>
        <source>Category or learning path</source>
        <translation>الفئة أو مسار التعلّم</translation>
    </message>
    <message>
        <source>How far around the term</source>
        <translation>إلى أي مدى حول المصطلح</translation>
    </message>
    <message>
        <source>Which category or learning path the map shows</source>
        <translation>الفئة أو مسار التعلّم الذي تعرضه الخريطة</translation>
    </message>
    <message>
        <source>Show my &amp;progress</source>
        <translation>إظهار &amp;تقدّمي</translation>
    </message>
    <message>
        <source>Mark terms you are learning (●) and know (✓)</source>
        <translation>تمييز المصطلحات التي تتعلّمها (●) والتي تعرفها (✓)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;ملاءمة</translation>
    </message>
    <message>
        <source>Fit the map to the window (0)</source>
        <translation>ملاءمة الخريطة للنافذة (0)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>م&amp;قارنة المحدَّد</translation>
    </message>
    <message>
        <source>Select two terms with Space or Ctrl+click, then compare them</source>
        <translation>حدّد مصطلحين بمفتاح المسافة أو Ctrl+نقرة، ثم قارن بينهما</translation>
    </message>
    <message>
        <source>Concept map</source>
        <translation>خريطة المفاهيم</translation>
    </message>
    <message>
        <source>How many steps of related terms the map shows</source>
        <translation>عدد خطوات المصطلحات المرتبطة التي تعرضها الخريطة</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <source>The glossary has too many terms for one map. Choose a term&apos;s neighbourhood or a category.</source>
        <translation>يضم المسرد مصطلحات أكثر من أن تتسع لها خريطة واحدة. اختر محيط مصطلح أو فئة.</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>تعذّر رسم الخريطة: %1</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>جارٍ رسم الخريطة…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 terms.</source>
        <translation>يُعرض %1 من %2 مصطلحًا.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
</context>
<context>
    <name>MythQuizView</name>
    <message>
        <source>Myth</source>
        <translation>خرافة</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>حقيقة</translation>
    </message>
    <message>
        <source>Myth or fact? question</source>
        <translation>سؤال: خرافة أم حقيقة؟</translation>
    </message>
    <message>
        <source>No misconceptions are written for the terms of this study set.</source>
        <translation>لا توجد مفاهيم خاطئة مكتوبة لمصطلحات مجموعة الدراسة هذه.</translation>
    </message>
    <message>
        <source>a fact</source>
        <translation>حقيقة</translation>
    </message>
    <message>
        <source>a myth</source>
        <translation>خرافة</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>خرافة أم حقيقة؟</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>Right: this is a fact.</source>
        <translation>صحيح: هذه حقيقة.</translation>
    </message>
    <message>
        <source>Not quite: this is a fact.</source>
        <translation>ليس تمامًا: هذه حقيقة.</translation>
    </message>
    <message>
        <source>Right: this is a myth.</source>
        <translation>صحيح: هذه خرافة.</translation>
    </message>
    <message>
        <source>Not quite: this is a common myth.</source>
        <translation>ليس تمامًا: هذه خرافة شائعة.</translation>
    </message>
</context>
<context>
    <name>PackFeedback</name>
    <message numerus="yes">
        <source>%n term(s) added</source>
        <translation>
            <numerusform>أُضيف %n مصطلح</numerusform>
            <numerusform>أُضيف %n مصطلح</numerusform>
            <numerusform>أُضيف %n مصطلحان</numerusform>
            <numerusform>أُضيفت %n مصطلحات</numerusform>
            <numerusform>أُضيف %n مصطلحًا</numerusform>
            <numerusform>أُضيف %n مصطلح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) renamed</source>
        <translation>
            <numerusform>أُعيدت تسمية %n معرّف</numerusform>
            <numerusform>أُعيدت تسمية %n معرّف</numerusform>
            <numerusform>أُعيدت تسمية %n معرّفين</numerusform>
            <numerusform>أُعيدت تسمية %n معرّفات</numerusform>
            <numerusform>أُعيدت تسمية %n معرّفًا</numerusform>
            <numerusform>أُعيدت تسمية %n معرّف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary pack “%1” added: %2.</source>
        <translation>أُضيفت حزمة المسرد «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n مصطلح</numerusform>
            <numerusform>%n مصطلح</numerusform>
            <numerusform>%n مصطلحان</numerusform>
            <numerusform>%n مصطلحات</numerusform>
            <numerusform>%n مصطلحًا</numerusform>
            <numerusform>%n مصطلح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n مقارنة</numerusform>
            <numerusform>%n مقارنة</numerusform>
            <numerusform>%n مقارنتان</numerusform>
            <numerusform>%n مقارنات</numerusform>
            <numerusform>%n مقارنةً</numerusform>
            <numerusform>%n مقارنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment Atlas</source>
        <translation>Alignment Atlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>إصدار المحتوى %1</translation>
    </message>
    <message>
        <source>Selected terms</source>
        <translation>المصطلحات المحددة</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>كل المصطلحات</translation>
    </message>
    <message>
        <source>Bookmarked terms</source>
        <translation>المصطلحات المحفوظة</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>المقارنات</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ورقة عمل</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>مفتاح الإجابات</translation>
    </message>
    <message>
        <source>Name: ______________________    Date: ____________</source>
        <translation>الاسم: ______________________    التاريخ: ____________</translation>
    </message>
    <message>
        <source>Which concept is this?</source>
        <translation>أي مفهوم هذا؟</translation>
    </message>
    <message>
        <source>Circle the concept each description is about.</source>
        <translation>ضع دائرة حول المفهوم الذي يصفه كل وصف.</translation>
    </message>
    <message>
        <source>Myth or fact?</source>
        <translation>خرافة أم حقيقة؟</translation>
    </message>
    <message>
        <source>Write M for a myth or F for a fact, and correct each myth in a sentence.</source>
        <translation>اكتب «خ» للخرافة أو «ح» للحقيقة، وصحّح كل خرافة في جملة.</translation>
    </message>
    <message>
        <source>Match each term to its summary</source>
        <translation>صِل كل مصطلح بملخصه</translation>
    </message>
    <message>
        <source>Write the letter of the right summary next to each term.</source>
        <translation>اكتب بجانب كل مصطلح حرف الملخص الصحيح.</translation>
    </message>
    <message>
        <source>Myth</source>
        <translation>خرافة</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>حقيقة</translation>
    </message>
    <message>
        <source>Worksheet number %1</source>
        <translation>ورقة العمل رقم %1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer</source>
        <translation>لا توجد طابعة</translation>
    </message>
    <message>
        <source>Export to &amp;Anki…</source>
        <translation>التصدير إلى &amp;Anki…</translation>
    </message>
    <message>
        <source>Save terms as an Anki deck; a newer export updates the cards</source>
        <translation>احفظ المصطلحات رزمةً في Anki؛ والتصدير الأحدث يحدّث البطاقات</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <source>Print &amp;Booklet…</source>
        <translation>طباعة &amp;كتيّب…</translation>
    </message>
    <message>
        <source>Print the term or comparison on screen</source>
        <translation>طباعة المصطلح أو المقارنة المعروضة على الشاشة</translation>
    </message>
    <message>
        <source>Print several terms with a title page and contents</source>
        <translation>طباعة عدة مصطلحات مع صفحة عنوان وجدول محتويات</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>&amp;حجم الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>No printer is installed. You can save the pages as a PDF file and print it later.</source>
        <translation>لا توجد طابعة مثبّتة. يمكنك حفظ الصفحات في ملف PDF وطباعته لاحقًا.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>جارٍ تحضير «%1»…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>جارٍ الطباعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Open a term or a comparison to print it.</source>
        <translation>افتح مصطلحًا أو مقارنة لتتمكن من طباعتها.</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>التصدير إلى Anki</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg)</source>
        <translation>رزم Anki (*.apkg)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>كُتبت %n بطاقة في %1.</numerusform>
            <numerusform>كُتبت %n بطاقة في %1.</numerusform>
            <numerusform>كُتبت %n بطاقتان في %1.</numerusform>
            <numerusform>كُتبت %n بطاقات في %1.</numerusform>
            <numerusform>كُتبت %n بطاقة في %1.</numerusform>
            <numerusform>كُتبت %n بطاقة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحةً إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>حُفظت %n صفحة في ⁦%1⁩.</numerusform>
            <numerusform>حُفظت %n صفحة في ⁦%1⁩.</numerusform>
            <numerusform>حُفظت %n صفحتان في ⁦%1⁩.</numerusform>
            <numerusform>حُفظت %n صفحات في ⁦%1⁩.</numerusform>
            <numerusform>حُفظت %n صفحةً في ⁦%1⁩.</numerusform>
            <numerusform>حُفظت %n صفحة في ⁦%1⁩.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n problem(s) in the content: the entries concerned are left out, the rest works.</source>
        <translation>
            <numerusform>%n مشكلة في المحتوى: استُبعدت المُدخلات المعنية، ويعمل الباقي كالمعتاد.</numerusform>
            <numerusform>%n مشكلة في المحتوى: استُبعد المُدخل المعني، ويعمل الباقي كالمعتاد.</numerusform>
            <numerusform>%n مشكلتان في المحتوى: استُبعدت المُدخلات المعنية، ويعمل الباقي كالمعتاد.</numerusform>
            <numerusform>%n مشكلات في المحتوى: استُبعدت المُدخلات المعنية، ويعمل الباقي كالمعتاد.</numerusform>
            <numerusform>%n مشكلةً في المحتوى: استُبعدت المُدخلات المعنية، ويعمل الباقي كالمعتاد.</numerusform>
            <numerusform>%n مشكلة في المحتوى: استُبعدت المُدخلات المعنية، ويعمل الباقي كالمعتاد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>مشكلات المحتوى</translation>
    </message>
</context>
<context>
    <name>ProgressFiles</name>
    <message>
        <source>Alignment Atlas progress (*.json)</source>
        <translation>تقدّم Alignment Atlas (*.json)</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>تصدير التقدّم</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>استيراد التقدّم</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Known: %1 · learning: %2 · new: %3 (of %4 terms)</source>
        <translation>معروف: %1 · قيد التعلّم: %2 · جديد: %3 (إجمالي المصطلحات: %4)</translation>
    </message>
    <message>
        <source>Quiz answers so far: %1, of which right: %2</source>
        <translation>إجابات الاختبارات حتى الآن: %1، الصحيح منها: %2</translation>
    </message>
    <message>
        <source>Answers per day over the last 30 days: flashcards in full colour, quiz answers faded on top</source>
        <translation>الإجابات في اليوم خلال آخر 30 يومًا: البطاقات بلون كامل، وإجابات الاختبارات بلون باهت فوقها</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>التقدّم حسب الفئة</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Keys 1 to 3 answer; Space or Enter goes to the next question</source>
        <translation>تجيب المفاتيح من 1 إلى 3؛ وتنتقل المسافة أو الإدخال إلى السؤال التالي</translation>
    </message>
    <message>
        <source>Question %1 of %2 · right so far: %3</source>
        <translation>السؤال %1 من %2 · الصحيح حتى الآن: %3</translation>
    </message>
    <message>
        <source>Next question  (Space)</source>
        <translation>السؤال التالي  (مسافة)</translation>
    </message>
    <message>
        <source>Round complete: %1 of %2 right.</source>
        <translation>اكتملت الجولة: %1 صحيحة من %2.</translation>
    </message>
    <message>
        <source>To look at again</source>
        <translation>للمراجعة من جديد</translation>
    </message>
    <message>
        <source>New round  (Space)</source>
        <translation>جولة جديدة  (مسافة)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>&amp;Section:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>الانتقال إلى قسم</translation>
    </message>
    <message>
        <source>Jump to a heading of the page (in the text: H next heading, Shift+H back)</source>
        <translation>الانتقال إلى عنوان في الصفحة (في النص: H العنوان التالي، Shift+H السابق)</translation>
    </message>
    <message>
        <source>&amp;Links on this page:</source>
        <translation>الر&amp;وابط في هذه الصفحة:</translation>
    </message>
    <message>
        <source>Links on this page</source>
        <translation>الروابط في هذه الصفحة</translation>
    </message>
    <message>
        <source>Enter follows the link</source>
        <translation>يتبع زر الإدخال الرابط</translation>
    </message>
    <message>
        <source>Arrow keys read line by line; H and Shift+H jump between headings; the links are listed below</source>
        <translation>تقرأ مفاتيح الأسهم سطرًا سطرًا؛ ينتقل H وShift+H بين العناوين؛ والروابط مدرجة في الأسفل</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>learning</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <source>known</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>في الإشارات المرجعية</translation>
    </message>
</context>
<context>
    <name>TermListPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>البحث في المصطلحات…</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>البحث في المصطلحات</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Which terms to list</source>
        <translation>المصطلحات المعروضة</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>المصطلحات</translation>
    </message>
    <message>
        <source>Enter opens the term; the menu key offers Compare</source>
        <translation>يفتح زر الإدخال المصطلح؛ ويعرض مفتاح القائمة خيار المقارنة</translation>
    </message>
    <message>
        <source>Type to search titles, aliases and text; Enter opens the first match</source>
        <translation>اكتب للبحث في العناوين والأسماء البديلة والنص؛ واضغط Enter لفتح أول نتيجة</translation>
    </message>
    <message>
        <source>Show all terms, one category or a learning path</source>
        <translation>عرض كل المصطلحات، أو فئة واحدة، أو مسار تعلّم</translation>
    </message>
    <message>
        <source>Compare Selected Terms</source>
        <translation>مقارنة المصطلحات المحددة</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>مقارنة مع…</translation>
    </message>
    <message>
        <source>Select two or three terms (Ctrl+click) to compare them</source>
        <translation>حدّد مصطلحين أو ثلاثة (Ctrl+نقر) لمقارنتها</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>م&amp;قارنة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>ال&amp;معروضة مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>البحث في المسرد</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>إ&amp;عادة ضبط التكبير</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تق&amp;دّم</translation>
    </message>
    <message>
        <source>&amp;Random Term</source>
        <translation>مصطلح &amp;عشوائي</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>ال&amp;مسرد</translation>
    </message>
    <message>
        <source>&amp;Compare Terms…</source>
        <translation>مقا&amp;رنة المصطلحات…</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>&amp;تبديل الجانبين</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>ال&amp;تعلّم</translation>
    </message>
    <message>
        <source>Concept &amp;Map</source>
        <translation>&amp;خريطة المفاهيم</translation>
    </message>
    <message>
        <source>Bookmark This &amp;Term</source>
        <translation>&amp;وضع علامة مرجعية على هذا المصطلح</translation>
    </message>
    <message>
        <source>&amp;Export Progress…</source>
        <translation>تصدير ال&amp;تقدّم…</translation>
    </message>
    <message>
        <source>&amp;Import Progress…</source>
        <translation>ا&amp;ستيراد التقدّم…</translation>
    </message>
    <message>
        <source>Add &amp;Glossary Pack…</source>
        <translation>إ&amp;ضافة حزمة مسرد…</translation>
    </message>
    <message>
        <source>Add your own terms from a CSV file or a folder of YAML files</source>
        <translation>أضف مصطلحاتك الخاصة من ملف CSV أو من مجلد لملفات YAML</translation>
    </message>
    <message>
        <source>&amp;Manage Glossary Packs…</source>
        <translation>إ&amp;دارة حزم المسرد…</translation>
    </message>
    <message>
        <source>&amp;About Alignment Atlas</source>
        <translation>&amp;حول Alignment Atlas</translation>
    </message>
</context>
</TS>
