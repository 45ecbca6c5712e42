<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
