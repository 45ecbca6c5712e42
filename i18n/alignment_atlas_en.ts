<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddPackDialog</name>
    <message numerus="yes">
        <source>%n term(s) found.</source>
        <translation>
            <numerusform>%n term found.</numerusform>
            <numerusform>%n terms found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) already used by the glossary: those entries are kept under a new id.</source>
        <translation>
            <numerusform>%n id already used by the glossary: that entry is kept under a new id.</numerusform>
            <numerusform>%n ids already used by the glossary: those entries are kept under a new id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or files concerned are left out, the rest can be added.</source>
        <translation>
            <numerusform>%n problem: the row or file concerned is left out, the rest can be added.</numerusform>
            <numerusform>%n problems: the rows or files concerned are left out, the rest can be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message numerus="yes">
        <source>%n card(s), one per term.</source>
        <translation>
            <numerusform>%n card, one per term.</numerusform>
            <numerusform>%n cards, one per term.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n page(s).</source>
        <translation>
            <numerusform>About %n page.</numerusform>
            <numerusform>About %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This booklet will be about %n page(s). Print it anyway?</source>
        <translation>
            <numerusform>This booklet will be about %n page. Print it anyway?</numerusform>
            <numerusform>This booklet will be about %n pages. Print it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>%n more error happened since; its details are below.</numerusform>
            <numerusform>%n more errors happened since; their details are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interval</name>
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
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yr</source>
        <translation>
            <numerusform>%n yr</numerusform>
            <numerusform>%n yr</numerusform>
        </translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n term(s) match</source>
        <translation>
            <numerusform>%n term matches</numerusform>
            <numerusform>%n terms match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message numerus="yes">
        <source>%1 — %n term(s)</source>
        <translation>
            <numerusform>%1 — %n term</numerusform>
            <numerusform>%1 — %n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackFeedback</name>
    <message numerus="yes">
        <source>%n term(s) added</source>
        <translation>
            <numerusform>%n term added</numerusform>
            <numerusform>%n terms added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) renamed</source>
        <translation>
            <numerusform>%n id renamed</numerusform>
            <numerusform>%n ids renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n comparison</numerusform>
            <numerusform>%n comparisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n card to %1.</numerusform>
            <numerusform>Wrote %n cards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n problem(s) in the content: the entries concerned are left out, the rest works.</source>
        <translation>
            <numerusform>%n problem in the content: the entry concerned is left out, the rest works.</numerusform>
            <numerusform>%n problems in the content: the entries concerned are left out, the rest works.</numerusform>
        </translation>
    </message>
</context>
</TS>
