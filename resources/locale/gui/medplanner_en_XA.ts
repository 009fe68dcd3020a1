<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../../medplanner/gui/i18n.py" line="+99" />
            <source>System default</source>
            <translation>⟦Šýšťéɱ ðéƒåûļť······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>⟦Éñĝļîšĥ····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pseudo-locale (for testing)</source>
            <translation>⟦Þšéûðö-ļöçåļé (ƒöŕ ťéšťîñĝ)···········⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Language of MedPlanner</source>
            <translation>⟦Ļåñĝûåĝé öƒ ṀéðÞļåññéŕ·········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Takes effect the next time MedPlanner starts.</source>
            <translation>⟦Ťåķéš éƒƒéçť ťĥé ñéẋť ťîɱé ṀéðÞļåññéŕ šťåŕťš.·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lan&amp;guage</source>
            <translation>⟦Ļåñ&amp;gûåĝé····⟧</translation>
        </message>
    </context>
</TS>
