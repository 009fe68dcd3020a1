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
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../../medplanner/gui/main_window.py" line="+95" />
            <source>Opening your plan…</source>
            <extracomment>The reminder engine runs in this process (closing the last window would stop it).</extracomment>
            <translation>⟦Öþéñîñĝ ýöûŕ þļåñ…·······⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Demo: a made-up plan in a throw-away folder. Nothing you do here is kept.</source>
            <translation>⟦Ðéɱö: å ɱåðé-ûþ þļåñ îñ å ťĥŕöŵ-åŵåý ƒöļðéŕ. Ñöťĥîñĝ ýöû ðö ĥéŕé îš ķéþť.·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Views</source>
            <translation>⟦Ṽîéŵš····⟧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>More of the person bar</source>
            <translation>⟦Ṁöŕé öƒ ťĥé þéŕšöñ ƀåŕ·········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More menus</source>
            <translation>⟦Ṁöŕé ɱéñûš····⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Person</source>
            <translation>⟦Þéŕšöñ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  &amp;Person: </source>
            <translation>  ⟦&amp;Péŕšöñ:····⟧ </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Person whose plan is shown</source>
            <translation>⟦Þéŕšöñ ŵĥöšé þļåñ îš šĥöŵñ··········⟧</translation>
        </message>
        <message>
            <location line="+89" />
            <source>{person} (demo: nothing is kept)</source>
            <translation>⟦{person} (ðéɱö: ñöťĥîñĝ îš ķéþť)·········· ··⟧</translation>
        </message>
        <message>
            <location line="+70" />
            <source>The changes to {person}'s plan are not saved yet. Save them now?</source>
            <translation>⟦Ťĥé çĥåñĝéš ťö {person}'š þļåñ åŕé ñöť šåṽéð ýéť. Šåṽé ťĥéɱ ñöŵ?·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The changes to this person's plan are not saved yet. Save them now?</source>
            <translation>⟦Ťĥé çĥåñĝéš ťö ťĥîš þéŕšöñ'š þļåñ åŕé ñöť šåṽéð ýéť. Šåṽé ťĥéɱ ñöŵ?·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsaved changes</source>
            <translation>⟦Ûñšåṽéð çĥåñĝéš······⟧</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../../medplanner/gui/app/opening.py" line="+27" />
            <source>MedPlanner cannot open your data</source>
            <translation>⟦ṀéðÞļåññéŕ çåññöť öþéñ ýöûŕ ðåťå·········· ··⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>MedPlanner cannot use your dose log ({problem}). It was not changed. The newest good backup is {backup}. Restore it? The damaged file is kept among the backups.</source>
            <translation>⟦ṀéðÞļåññéŕ çåññöť ûšé ýöûŕ ðöšé ļöĝ ({problem}). Îť ŵåš ñöť çĥåñĝéð. Ťĥé ñéŵéšť ĝööð ƀåçķûþ îš {backup}. Ŕéšťöŕé îť? Ťĥé ðåɱåĝéð ƒîļé îš ķéþť åɱöñĝ ťĥé ƀåçķûþš.·········· ·········· ·········· ·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Restore the last good backup?</source>
            <translation>⟦Ŕéšťöŕé ťĥé ļåšť ĝööð ƀåçķûþ?············⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore this backup</source>
            <translation>⟦Ŕéšťöŕé ťĥîš ƀåçķûþ········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>⟦Ǫûîť····⟧</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The backup was not restored</source>
            <translation>⟦Ťĥé ƀåçķûþ ŵåš ñöť ŕéšťöŕéð···········⟧</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../../medplanner/gui/app/shell.py" line="+178" />
            <source>MedPlanner is running unguarded</source>
            <translation>⟦ṀéðÞļåññéŕ îš ŕûññîñĝ ûñĝûåŕðéð············⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>OK</source>
            <translation>⟦ÖĶ····⟧</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../../../medplanner/gui/window_files.py" line="+69" />
            <source>Nothing to save here.</source>
            <translation>⟦Ñöťĥîñĝ ťö šåṽé ĥéŕé.········⟧</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Text size {percent} %</source>
            <translation>⟦Ťéẋť šîžé {percent} %········⟧</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Import a plan file</source>
            <translation>⟦Îɱþöŕť å þļåñ ƒîļé·······⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{person}'s plan is stored (already stored like this). Checks: {checks}. Each finding is explained under Medications.</source>
            <translation>⟦{person}'š þļåñ îš šťöŕéð (åļŕéåðý šťöŕéð ļîķé ťĥîš). Çĥéçķš: {checks}. Éåçĥ ƒîñðîñĝ îš éẋþļåîñéð ûñðéŕ Ṁéðîçåťîöñš.·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{person}'s plan is stored (the earlier plan is kept). Checks: {checks}. Each finding is explained under Medications.</source>
            <translation>⟦{person}'š þļåñ îš šťöŕéð (ťĥé éåŕļîéŕ þļåñ îš ķéþť). Çĥéçķš: {checks}. Éåçĥ ƒîñðîñĝ îš éẋþļåîñéð ûñðéŕ Ṁéðîçåťîöñš.·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Plan imported</source>
            <translation>⟦Þļåñ îɱþöŕťéð·····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export the plan</source>
            <translation>⟦Éẋþöŕť ťĥé þļåñ······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exported {person}'s plan to {path}</source>
            <translation>⟦Éẋþöŕťéð {person}'š þļåñ ťö {path}·········· ···⟧</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was printed</source>
            <translation>⟦Ñöťĥîñĝ ŵåš þŕîñťéð········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Medication schedule — {person}</source>
            <translation>⟦Ṁéðîçåťîöñ šçĥéðûļé — {person}············⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Back up everything</source>
            <translation>⟦Ɓåçķ ûþ éṽéŕýťĥîñĝ·······⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Backup written to {path}. Keep it somewhere private: it holds health data.</source>
            <translation>⟦Ɓåçķûþ ŵŕîťťéñ ťö {path}. Ķééþ îť šöɱéŵĥéŕé þŕîṽåťé: îť ĥöļðš ĥéåļťĥ ðåťå.·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backup written</source>
            <translation>⟦Ɓåçķûþ ŵŕîťťéñ······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore a backup</source>
            <translation>⟦Ŕéšťöŕé å ƀåçķûþ······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Everything MedPlanner holds now is replaced by {path}. The current data is kept in the backups folder first. The backup is checked fully before anything changes.</source>
            <translation>⟦Éṽéŕýťĥîñĝ ṀéðÞļåññéŕ ĥöļðš ñöŵ îš ŕéþļåçéð ƀý {path}. Ťĥé çûŕŕéñť ðåťå îš ķéþť îñ ťĥé ƀåçķûþš ƒöļðéŕ ƒîŕšť. Ťĥé ƀåçķûþ îš çĥéçķéð ƒûļļý ƀéƒöŕé åñýťĥîñĝ çĥåñĝéš.·········· ·········· ·········· ·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Restore this backup?</source>
            <translation>⟦Ŕéšťöŕé ťĥîš ƀåçķûþ?········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore</source>
            <translation>⟦Ŕéšťöŕé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+54" />
            <source>Cancel</source>
            <translation>⟦Çåñçéļ····⟧</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Restored {path}.</source>
            <translation>⟦Ŕéšťöŕéð {path}.······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backup restored</source>
            <translation>⟦Ɓåçķûþ ŕéšťöŕéð······⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This desktop has no tray for MedPlanner to wait in. If you quit, dose reminders stop now. MedPlanner starts by itself when you log in, so reminders come back then.</source>
            <translation>⟦Ťĥîš ðéšķťöþ ĥåš ñö ťŕåý ƒöŕ ṀéðÞļåññéŕ ťö ŵåîť îñ. Îƒ ýöû ǫûîť, ðöšé ŕéɱîñðéŕš šťöþ ñöŵ. ṀéðÞļåññéŕ šťåŕťš ƀý îťšéļƒ ŵĥéñ ýöû ļöĝ îñ, šö ŕéɱîñðéŕš çöɱé ƀåçķ ťĥéñ.·········· ·········· ·········· ·········· ·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This desktop has no tray for MedPlanner to wait in. If you quit, dose reminders stop now. MedPlanner does not start by itself when you log in (Settings: Start at login), so there will be no reminders until you open it again.</source>
            <translation>⟦Ťĥîš ðéšķťöþ ĥåš ñö ťŕåý ƒöŕ ṀéðÞļåññéŕ ťö ŵåîť îñ. Îƒ ýöû ǫûîť, ðöšé ŕéɱîñðéŕš šťöþ ñöŵ. ṀéðÞļåññéŕ ðöéš ñöť šťåŕť ƀý îťšéļƒ ŵĥéñ ýöû ļöĝ îñ (Šéťťîñĝš: Šťåŕť åť ļöĝîñ), šö ťĥéŕé ŵîļļ ƀé ñö ŕéɱîñðéŕš ûñťîļ ýöû öþéñ îť åĝåîñ.·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keep reminders running?</source>
            <translation>⟦Ķééþ ŕéɱîñðéŕš ŕûññîñĝ?·········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep reminders running in the background?</source>
            <translation>⟦Ķééþ ŕéɱîñðéŕš ŕûññîñĝ îñ ťĥé ƀåçķĝŕöûñð?·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep reminders running</source>
            <translation>⟦Ķééþ ŕéɱîñðéŕš ŕûññîñĝ·········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Quit, no reminders</source>
            <translation>⟦Ǫûîť, ñö ŕéɱîñðéŕš·······⟧</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Plan files (*.toml)</source>
            <translation>⟦Þļåñ ƒîļéš (*.ťöɱļ)········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backups (*.db)</source>
            <translation>⟦Ɓåçķûþš (*.ðƀ)······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All files (*)</source>
            <translation>⟦Åļļ ƒîļéš (*)·····⟧</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../../medplanner/gui/window_menus.py" line="+29" />
            <source>&amp;Today</source>
            <extracomment>The tabs in order: (key, label). Ctrl+1 … Ctrl+7 show them. The labels are English; shown through ``QCoreApplication.translate("WindowMenus", label)``.</extracomment>
            <translation>⟦&amp;Töðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Medications</source>
            <translation>⟦&amp;Méðîçåťîöñš·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Calendar</source>
            <translation>⟦&amp;Cåļéñðåŕ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;History</source>
            <translation>⟦&amp;Hîšťöŕý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Person &amp;&amp; settings</source>
            <translation>⟦&amp;Péŕšöñ &amp;&amp; šéťťîñĝš········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Diary</source>
            <translation>⟦&amp;Dîåŕý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Drowsiness &amp;&amp; stock</source>
            <translation>⟦&amp;Dŕöŵšîñéšš &amp;&amp; šťöçķ········⟧</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;File</source>
            <translation>⟦&amp;Fîļé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>⟦&amp;Eðîť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>⟦&amp;Vîéŵ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>⟦&amp;Héļþ····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New &amp;person…</source>
            <translation>⟦Ñéŵ &amp;péŕšöñ…·····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import a plan file…</source>
            <translation>⟦&amp;Iɱþöŕť å þļåñ ƒîļé…········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export the plan…</source>
            <translation>⟦&amp;Eẋþöŕť ťĥé þļåñ…·······⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport…</source>
            <translation>⟦É&amp;xþöŕť…····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Back up everything…</source>
            <translation>⟦&amp;Båçķ ûþ éṽéŕýťĥîñĝ…········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore a backup…</source>
            <translation>⟦&amp;Réšťöŕé å ƀåçķûþ…·······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Print the schedule…</source>
            <translation>⟦&amp;Pŕîñť ťĥé šçĥéðûļé…········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Quit</source>
            <translation>⟦&amp;Qûîť····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo</source>
            <translation>⟦&amp;Uñðö····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>⟦&amp;Réðö····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;New medication</source>
            <translation>⟦&amp;Néŵ ɱéðîçåťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation>⟦&amp;Såṽé····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Larger text</source>
            <translation>⟦&amp;Låŕĝéŕ ťéẋť·····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Smaller text</source>
            <translation>⟦&amp;Sɱåļļéŕ ťéẋť·····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Normal text size</source>
            <translation>⟦&amp;Nöŕɱåļ ťéẋť šîžé·······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Help and about MedPlanner</source>
            <translation>⟦&amp;Héļþ åñð åƀöûť ṀéðÞļåññéŕ··········⟧</translation>
        </message>
    </context>
</TS>
