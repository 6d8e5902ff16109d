<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test fixture (not a shipped translation): Russian plural forms (one / few / many) for texts with a count,
     so tst_pluralforms can check that the code asks for a plural form (tr("…%n…", nullptr, n)). -->
<TS version="2.1" language="ru">
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n расчётный период</numerusform>
            <numerusform>%n расчётных периода</numerusform>
            <numerusform>%n расчётных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Каждый %n год</numerusform>
            <numerusform>Каждые %n года</numerusform>
            <numerusform>Каждые %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <translation>
            <numerusform>Десятичное, %n знак</numerusform>
            <numerusform>Десятичное, %n знака</numerusform>
            <numerusform>Десятичное, %n знаков</numerusform>
        </translation>
    </message>
</context>
</TS>
