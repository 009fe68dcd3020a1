<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
    <context>
        <name>A11y</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/a11y.py" line="+14" />
            <source>Choices: {name}</source>
            <extracomment>Translators: a screen reader's name for the list that opens under a choice box.</extracomment>
            <translation>⟦Çĥöîçéš: {name}······⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Column titles: {name}</source>
            <extracomment>Translators: a screen reader's name for a table's row of column headings.</extracomment>
            <translation>⟦Çöļûɱñ ťîťļéš: {name}········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Row titles: {name}</source>
            <extracomment>Translators: a screen reader's name for a table's column of row headings.</extracomment>
            <translation>⟦Ŕöŵ ťîťļéš: {name}·······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Select all: {name}</source>
            <extracomment>Translators: the button in a table's top left corner that selects every cell.</extracomment>
            <translation>⟦Šéļéçť åļļ: {name}·······⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show earlier tabs</source>
            <translation>⟦Šĥöŵ éåŕļîéŕ ťåƀš·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show later tabs</source>
            <translation>⟦Šĥöŵ ļåťéŕ ťåƀš······⟧</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/about.py" line="+27" />
            <source>Tab and Shift+Tab move between controls; Space presses the focused button.</source>
            <extracomment>Translators: Qt's own keyboard moves, true in every window.</extracomment>
            <translation>⟦Ťåƀ åñð Šĥîƒť+Ťåƀ ɱöṽé ƀéťŵééñ çöñťŕöļš; Šþåçé þŕéššéš ťĥé ƒöçûšéð ƀûťťöñ.·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Help and about MedPlanner</source>
            <translation>⟦Ĥéļþ åñð åƀöûť ṀéðÞļåññéŕ··········⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>MedPlanner {version}</source>
            <translation>⟦ṀéðÞļåññéŕ {version}········⟧</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Keys</source>
            <extracomment>Translators: the heading over the list of keyboard shortcuts.</extracomment>
            <translation>⟦Ķéýš····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your data is kept in {folder}.</source>
            <translation>⟦Ýöûŕ ðåťå îš ķéþť îñ {folder}.············⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It stays on this computer. Licence: GPL-3.0-or-later.</source>
            <translation>⟦Îť šťåýš öñ ťĥîš çöɱþûťéŕ. Ļîçéñçé: ĜÞĻ-3.0-öŕ-ļåťéŕ.·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation>⟦Çļöšé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close help</source>
            <translation>⟦Çļöšé ĥéļþ····⟧</translation>
        </message>
    </context>
    <context>
        <name>AsNeededRow</name>
        <message>
            <location filename="../../../medplanner/gui/views/today_rows.py" line="+245" />
            <source>last {time}, {ago}</source>
            <translation>⟦ļåšť {time}, {ago}·······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>none taken yet</source>
            <translation>⟦ñöñé ťåķéñ ýéť······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken today: {count} (at most {most} a day) · {last}</source>
            <translation>⟦Ťåķéñ ťöðåý: {count} (åť ɱöšť {most} å ðåý) · {last}·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Taken today: {count} · {last}</source>
            <translation>⟦Ťåķéñ ťöðåý: {count} · {last}············⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Can I take one now?</source>
            <translation>⟦Çåñ Î ťåķé öñé ñöŵ?········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Can I take {medication} now?</source>
            <translation>⟦Çåñ Î ťåķé {medication} ñöŵ?···········⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+44" />
            <source>Take one</source>
            <translation>⟦Ťåķé öñé····⟧</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Take one dose of {medication}</source>
            <translation>⟦Ťåķé öñé ðöšé öƒ {medication}············⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>As needed: {medication} {dose}. Taken today: {count}</source>
            <translation>⟦Åš ñééðéð: {medication} {dose}. Ťåķéñ ťöðåý: {count}·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Could not check this dose</source>
            <translation>⟦Çöûļð ñöť çĥéçķ ťĥîš ðöšé··········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Yes: the plan allows one now ({amount}).</source>
            <translation>⟦Ýéš: ťĥé þļåñ åļļöŵš öñé ñöŵ ({amount}).·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not now. {message}</source>
            <translation>⟦Ñöť ñöŵ. {message}·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{severity}: {reason}</source>
            <translation>⟦{severity}: {reason}········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take one anyway…</source>
            <translation>⟦Ťåķé öñé åñýŵåý…······⟧</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../../medplanner/gui/views/calendar.py" line="+172" />
            <source>no dose</source>
            <translation>⟦ñö ðöšé····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{total} a day</source>
            <translation>⟦{total} å ðåý·····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Up from {before}</source>
            <translation>⟦Ûþ ƒŕöɱ {before}······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} a day, {how} at {times}, up from {before}</source>
            <translation>⟦{total} å ðåý, {how} åť {times}, ûþ ƒŕöɱ {before}·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Down from {before}</source>
            <translation>⟦Ðöŵñ ƒŕöɱ {before}·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} a day, {how} at {times}, down from {before}</source>
            <translation>⟦{total} å ðåý, {how} åť {times}, ðöŵñ ƒŕöɱ {before}·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{total} a day, {how} at {times}</source>
            <translation>⟦{total} å ðåý, {how} åť {times}············⟧</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location line="-128" />
            <source>The coming weeks</source>
            <translation>⟦Ťĥé çöɱîñĝ ŵééķš······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Show</source>
            <translation>⟦&amp;Sĥöŵ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many weeks to show</source>
            <translation>⟦Ĥöŵ ɱåñý ŵééķš ťö šĥöŵ·········⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n weeks</source>
            <translation>
                <numerusform>⟦%n ŵééķš····⟧</numerusform>
                <numerusform>⟦%n ŵééķš····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Plan calendar: a row for each day, a column for each medicine</source>
            <translation>⟦Þļåñ çåļéñðåŕ: å ŕöŵ ƒöŕ éåçĥ ðåý, å çöļûɱñ ƒöŕ éåçĥ ɱéðîçîñé·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No person yet.</source>
            <translation>⟦Ñö þéŕšöñ ýéť.······⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Today {day}</source>
            <translation>⟦Ťöðåý {day}····⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{day}, {medication}: {dose}</source>
            <translation>⟦{day}, {medication}: {dose}···········⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{medication} goes up to {total} a day on {day}</source>
            <translation>⟦{medication} ĝöéš ûþ ťö {total} å ðåý öñ {day}·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{medication} goes down to {total} a day on {day}</source>
            <translation>⟦{medication} ĝöéš ðöŵñ ťö {total} å ðåý öñ {day}·········· ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Changes ahead: {changes}.</source>
            <translation>⟦Çĥåñĝéš åĥéåð: {changes}.··········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No dose changes in these weeks.</source>
            <translation>⟦Ñö ðöšé çĥåñĝéš îñ ťĥéšé ŵééķš.············⟧</translation>
        </message>
    </context>
    <context>
        <name>CatchUpRow</name>
        <message>
            <location filename="../../../medplanner/gui/catchup.py" line="+54" />
            <source>I took it…</source>
            <translation>⟦Î ťööķ îť…····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I took it</source>
            <translation>⟦Î ťööķ îť····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip</source>
            <extracomment>Translators: a button: record this dose as skipped.</extracomment>
            <translation>⟦Šķîþ····⟧</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{person}: {what}</source>
            <translation>⟦{person}: {what}······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scheduled for {scheduled}. {context}.</source>
            <translation>⟦Šçĥéðûļéð ƒöŕ {scheduled}. {context}.·········· ····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I took {what} of {scheduled}</source>
            <translation>⟦Î ťööķ {what} öƒ {scheduled}···········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Skip {what} of {scheduled}</source>
            <translation>⟦Šķîþ {what} öƒ {scheduled}··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{state}: {what}. {when}</source>
            <translation>⟦{state}: {what}. {when}·········⟧</translation>
        </message>
    </context>
    <context>
        <name>CatchUpWindow</name>
        <message>
            <location line="+13" />
            <source>While you were away — MedPlanner</source>
            <translation>⟦Ŵĥîļé ýöû ŵéŕé åŵåý — ṀéðÞļåññéŕ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doses that came due while you were away</source>
            <translation>⟦Ðöšéš ťĥåť çåɱé ðûé ŵĥîļé ýöû ŵéŕé åŵåý·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Done</source>
            <translation>⟦&amp;Döñé····⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n dose came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</source>
            <extracomment>Translators: two texts, for one dose and for several: the second has every plural form of your language (it is also used for 0, 21 …).</extracomment>
            <translation>
                <numerusform>⟦%n ðöšé çåɱé ðûé ŵĥîļé ṀéðÞļåññéŕ ŵåš çļöšéð öŕ ťĥé çöɱþûťéŕ ŵåš åšļééþ. Éåçĥ îš ļîšťéð öñçé, ŵîťĥ ŵĥåť ťö ðö ñöŵ. Ñéṽéŕ ťåķé ťŵö ðöšéš ťöĝéťĥéŕ.·········· ·········· ·········· ·········· ·········· ···⟧</numerusform>
                <numerusform>⟦%n ðöšé çåɱé ðûé ŵĥîļé ṀéðÞļåññéŕ ŵåš çļöšéð öŕ ťĥé çöɱþûťéŕ ŵåš åšļééþ. Éåçĥ îš ļîšťéð öñçé, ŵîťĥ ŵĥåť ťö ðö ñöŵ. Ñéṽéŕ ťåķé ťŵö ðöšéš ťöĝéťĥéŕ.·········· ·········· ·········· ·········· ·········· ···⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n doses came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</source>
            <translation>
                <numerusform>⟦%n ðöšéš çåɱé ðûé ŵĥîļé ṀéðÞļåññéŕ ŵåš çļöšéð öŕ ťĥé çöɱþûťéŕ ŵåš åšļééþ. Éåçĥ îš ļîšťéð öñçé, ŵîťĥ ŵĥåť ťö ðö ñöŵ. Ñéṽéŕ ťåķé ťŵö ðöšéš ťöĝéťĥéŕ.·········· ·········· ·········· ·········· ·········· ···⟧</numerusform>
                <numerusform>⟦%n ðöšéš çåɱé ðûé ŵĥîļé ṀéðÞļåññéŕ ŵåš çļöšéð öŕ ťĥé çöɱþûťéŕ ŵåš åšļééþ. Éåçĥ îš ļîšťéð öñçé, ŵîťĥ ŵĥåť ťö ðö ñöŵ. Ñéṽéŕ ťåķé ťŵö ðöšéš ťöĝéťĥéŕ.·········· ·········· ·········· ·········· ·········· ···⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../../medplanner/gui/charts/paint.py" line="+98" />
            <source>{items} and {last}</source>
            <extracomment>Translators: a list's end: "{items}" is the first ones, comma separated.</extracomment>
            <translation>⟦{items} åñð {last}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <location filename="../../../medplanner/gui/confirm.py" line="+42" />
            <source>Source: {source}</source>
            <extracomment>../shared/ui.md: Take/Skip/Snooze-sized targets (44 × 44 px at 100 %).</extracomment>
            <translation>⟦Šöûŕçé: {source}······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{severity}: {message} Source: {source}</source>
            <translation>⟦{severity}: {message} Šöûŕçé: {source}·········· ····⟧</translation>
        </message>
        <message>
            <location line="+211" />
            <source>Recorded — please note</source>
            <extracomment>The open "after your dose" notes (kept so they live until closed; tests read it).</extracomment>
            <translation>⟦Ŕéçöŕðéð — þļéåšé ñöťé·········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recorded: {medication} {amount}.</source>
            <translation>⟦Ŕéçöŕðéð: {medication} {amount}.·········· ··⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recorded: {medication}.</source>
            <translation>⟦Ŕéçöŕðéð: {medication}.·········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>OK</source>
            <translation>⟦ÖĶ····⟧</translation>
        </message>
    </context>
    <context>
        <name>ConfirmAllDialog</name>
        <message>
            <location filename="../../../medplanner/gui/takeall.py" line="+87" />
            <source>Some due doses need a look first</source>
            <translation>⟦Šöɱé ðûé ðöšéš ñééð å ļööķ ƒîŕšť·········· ··⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n of the due doses raise a warning. Take it too?</source>
            <extracomment>Translators: two texts, for one dose and for several: the second has every plural form of your language (it is also used for 21 …).</extracomment>
            <translation>
                <numerusform>⟦%n öƒ ťĥé ðûé ðöšéš ŕåîšé å ŵåŕñîñĝ. Ťåķé îť ťöö?·········· ·········⟧</numerusform>
                <numerusform>⟦%n öƒ ťĥé ðûé ðöšéš ŕåîšé å ŵåŕñîñĝ. Ťåķé îť ťöö?·········· ·········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of the due doses raise a warning. Take them too?</source>
            <translation>
                <numerusform>⟦%n öƒ ťĥé ðûé ðöšéš ŕåîšé å ŵåŕñîñĝ. Ťåķé ťĥéɱ ťöö?·········· ·········⟧</numerusform>
                <numerusform>⟦%n öƒ ťĥé ðûé ðöšéš ŕåîšé å ŵåŕñîñĝ. Ťåķé ťĥéɱ ťöö?·········· ·········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>{person}: {dose}</source>
            <translation>⟦{person}: {dose}······⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Do not take them. Get help now: call your emergency number, or ask someone to.</source>
            <translation>⟦Ðö ñöť ťåķé ťĥéɱ. Ĝéť ĥéļþ ñöŵ: çåļļ ýöûŕ éɱéŕĝéñçý ñûɱƀéŕ, öŕ åšķ šöɱéöñé ťö.·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The doses without a warning are recorded either way. If you are unsure, do not take these and ask your pharmacist.</source>
            <translation>⟦Ťĥé ðöšéš ŵîťĥöûť å ŵåŕñîñĝ åŕé ŕéçöŕðéð éîťĥéŕ ŵåý. Îƒ ýöû åŕé ûñšûŕé, ðö ñöť ťåķé ťĥéšé åñð åšķ ýöûŕ þĥåŕɱåçîšť.·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Don't take these — get help</source>
            <translation>⟦Ðöñ'ť ťåķé ťĥéšé — ĝéť ĥéļþ···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Don't take these</source>
            <translation>⟦Ðöñ'ť ťåķé ťĥéšé······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take these too</source>
            <translation>⟦Ťåķé ťĥéšé ťöö······⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{dose}: {message}</source>
            <translation>⟦{dose}: {message}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>ConfirmSaveDialog</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/confirm_save.py" line="+24" />
            <location line="+1" />
            <source>Save this plan anyway?</source>
            <translation>⟦Šåṽé ťĥîš þļåñ åñýŵåý?·········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This plan has a danger finding. Save it anyway?</source>
            <translation>⟦Ťĥîš þļåñ ĥåš å ðåñĝéŕ ƒîñðîñĝ. Šåṽé îť åñýŵåý?·········· ········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save it only if your prescriber ordered it this way. MedPlanner will note that you confirmed it. If you are unsure, do not save, and ask your prescriber or pharmacist.</source>
            <translation>⟦Šåṽé îť öñļý îƒ ýöûŕ þŕéšçŕîƀéŕ öŕðéŕéð îť ťĥîš ŵåý. ṀéðÞļåññéŕ ŵîļļ ñöťé ťĥåť ýöû çöñƒîŕɱéð îť. Îƒ ýöû åŕé ûñšûŕé, ðö ñöť šåṽé, åñð åšķ ýöûŕ þŕéšçŕîƀéŕ öŕ þĥåŕɱåçîšť.·········· ·········· ·········· ·········· ·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save anyway — my prescriber ordered it</source>
            <translation>⟦Šåṽé åñýŵåý — ɱý þŕéšçŕîƀéŕ öŕðéŕéð îť·········· ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Don't save</source>
            <translation>⟦Ðöñ'ť šåṽé····⟧</translation>
        </message>
    </context>
    <context>
        <name>ConfirmTakeDialog</name>
        <message>
            <location filename="../../../medplanner/gui/confirm.py" line="-205" />
            <location line="+9" />
            <source>Take {medication} anyway?</source>
            <translation>⟦Ťåķé {medication} åñýŵåý?··········⟧</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Take {medication} {amount} anyway?</source>
            <translation>⟦Ťåķé {medication} {amount} åñýŵåý?·········· ···⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Do not take it. Get help now: call your emergency number, or ask someone to.</source>
            <translation>⟦Ðö ñöť ťåķé îť. Ĝéť ĥéļþ ñöŵ: çåļļ ýöûŕ éɱéŕĝéñçý ñûɱƀéŕ, öŕ åšķ šöɱéöñé ťö.·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you are unsure, do not take it and ask your pharmacist.</source>
            <translation>⟦Îƒ ýöû åŕé ûñšûŕé, ðö ñöť ťåķé îť åñð åšķ ýöûŕ þĥåŕɱåçîšť.·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Don't take it — get help</source>
            <translation>⟦Ðöñ'ť ťåķé îť — ĝéť ĥéļþ··········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel — don't take it</source>
            <translation>⟦Çåñçéļ — ðöñ'ť ťåķé îť·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Take it anyway</source>
            <translation>⟦Ťåķé îť åñýŵåý······⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take anyway</source>
            <translation>⟦Ťåķé åñýŵåý····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Records the dose over the warning above</source>
            <translation>⟦Ŕéçöŕðš ťĥé ðöšé öṽéŕ ťĥé ŵåŕñîñĝ åƀöṽé·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{severity}: {message}</source>
            <translation>⟦{severity}: {message}········⟧</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/crash.py" line="+31" />
            <source>MedPlanner hit an unexpected problem and stopped what it was doing. What was already saved is kept. The details are in {path}. You can go on using MedPlanner; if this happens again, please send that file to whoever helps you with MedPlanner.</source>
            <translation>⟦ṀéðÞļåññéŕ ĥîť åñ ûñéẋþéçťéð þŕöƀļéɱ åñð šťöþþéð ŵĥåť îť ŵåš ðöîñĝ. Ŵĥåť ŵåš åļŕéåðý šåṽéð îš ķéþť. Ťĥé ðéťåîļš åŕé îñ {path}. Ýöû çåñ ĝö öñ ûšîñĝ ṀéðÞļåññéŕ; îƒ ťĥîš ĥåþþéñš åĝåîñ, þļéåšé šéñð ťĥåť ƒîļé ťö ŵĥöéṽéŕ ĥéļþš ýöû ŵîťĥ ṀéðÞļåññéŕ.·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MedPlanner hit an unexpected problem and stopped what it was doing. What was already saved is kept. The details could not be written down. You can go on using MedPlanner; if this happens again, please send that file to whoever helps you with MedPlanner.</source>
            <translation>⟦ṀéðÞļåññéŕ ĥîť åñ ûñéẋþéçťéð þŕöƀļéɱ åñð šťöþþéð ŵĥåť îť ŵåš ðöîñĝ. Ŵĥåť ŵåš åļŕéåðý šåṽéð îš ķéþť. Ťĥé ðéťåîļš çöûļð ñöť ƀé ŵŕîťťéñ ðöŵñ. Ýöû çåñ ĝö öñ ûšîñĝ ṀéðÞļåññéŕ; îƒ ťĥîš ĥåþþéñš åĝåîñ, þļéåšé šéñð ťĥåť ƒîļé ťö ŵĥöéṽéŕ ĥéļþš ýöû ŵîťĥ ṀéðÞļåññéŕ.·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+50" />
            <source>MedPlanner hit a problem</source>
            <translation>⟦ṀéðÞļåññéŕ ĥîť å þŕöƀļéɱ··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>OK</source>
            <extracomment>Translators: the button that closes the message about an unexpected problem.</extracomment>
            <translation>⟦ÖĶ····⟧</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+84" />
            <source>{weekday} {day} {month}</source>
            <extracomment>Translators: a short date: "Tue 5 Jan" (order the parts as your language writes dates).</extracomment>
            <translation>⟦{weekday} {day} {month}·········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{weekday} {day} {month} {year}</source>
            <extracomment>Translators: a short date with its year: "Tue 5 Jan 2027".</extracomment>
            <translation>⟦{weekday} {day} {month} {year}············⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{day} {month}</source>
            <extracomment>Translators: a date on a chart's axis: "5 Jan".</extracomment>
            <translation>⟦{day} {month}·····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{day:02d} {month} {year}</source>
            <extracomment>Translators: a date with a two-digit day: "06 Jan 2027".</extracomment>
            <translation>⟦{day:02d} {month} {year}··········⟧</translation>
        </message>
    </context>
    <context>
        <name>DiaryTab</name>
        <message>
            <location filename="../../../medplanner/gui/views/diary.py" line="+35" />
            <source>Choose or add a person first.</source>
            <translation>⟦Çĥööšé öŕ åðð å þéŕšöñ ƒîŕšť.············⟧</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <location filename="../../../medplanner/gui/diary.py" line="+100" />
            <source>Symptom diary</source>
            <extracomment>How many days of entries the list shows. Emitted with the stored :class:`DiaryEntry` after each entry. "I'm safe now" was logged from the banner (other views redraw their banners).</extracomment>
            <translation>⟦Šýɱþťöɱ ðîåŕý·····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+59" />
            <source>Symptom</source>
            <extracomment>Translators: labels of the diary's form (a symptom, how bad, when, a note).</extracomment>
            <translation>⟦Šýɱþťöɱ····⟧</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Mild</source>
            <extracomment>Translators: how bad a symptom is, a choice of the diary's form; then the same for a screen reader.</extracomment>
            <translation>⟦Ṁîļð····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity: mild</source>
            <translation>⟦Šéṽéŕîťý: ɱîļð······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation>⟦Ṁöðéŕåťé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity: moderate</source>
            <translation>⟦Šéṽéŕîťý: ɱöðéŕåťé·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severe</source>
            <translation>⟦Šéṽéŕé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity: severe</source>
            <translation>⟦Šéṽéŕîťý: šéṽéŕé······⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>When you felt it</source>
            <translation>⟦Ŵĥéñ ýöû ƒéļť îť······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Note (optional)</source>
            <translation>⟦Ñöťé (öþťîöñåļ)······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A few words, for example: after the evening dose</source>
            <translation>⟦Å ƒéŵ ŵöŕðš, ƒöŕ éẋåɱþļé: åƒťéŕ ťĥé éṽéñîñĝ ðöšé·········· ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add to diary</source>
            <translation>⟦Åðð ťö ðîåŕý·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add this symptom to the diary</source>
            <translation>⟦Åðð ťĥîš šýɱþťöɱ ťö ťĥé ðîåŕý············⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What this entry means</source>
            <translation>⟦Ŵĥåť ťĥîš éñťŕý ɱéåñš········⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Diary entries of the last %n days</source>
            <translation>
                <numerusform>⟦Ðîåŕý éñťŕîéš öƒ ťĥé ļåšť %n ðåýš·········· ··⟧</numerusform>
                <numerusform>⟦Ðîåŕý éñťŕîéš öƒ ťĥé ļåšť %n ðåýš·········· ··⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>How bad</source>
            <translation>⟦Ĥöŵ ƀåð····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>⟦Ŵĥéñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>⟦Ñöťé····⟧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Write down how you feel. MedPlanner tells you when a symptom needs help at once; the rest goes to your prescriber in the report.</source>
            <translation>⟦Ŵŕîťé ðöŵñ ĥöŵ ýöû ƒééļ. ṀéðÞļåññéŕ ťéļļš ýöû ŵĥéñ å šýɱþťöɱ ñééðš ĥéļþ åť öñçé; ťĥé ŕéšť ĝöéš ťö ýöûŕ þŕéšçŕîƀéŕ îñ ťĥé ŕéþöŕť.·········· ·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>&lt;b&gt;The last %n days&lt;/b&gt;</source>
            <translation>
                <numerusform>⟦&lt;b&gt;Ťĥé ļåšť %n ðåýš&lt;/b&gt;·········⟧</numerusform>
                <numerusform>⟦&lt;b&gt;Ťĥé ļåšť %n ðåýš&lt;/b&gt;·········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+59" />
            <source>Noted: you are safe now. If the symptom comes back or gets worse, write it down again and get help.</source>
            <translation>⟦Ñöťéð: ýöû åŕé šåƒé ñöŵ. Îƒ ťĥé šýɱþťöɱ çöɱéš ƀåçķ öŕ ĝéťš ŵöŕšé, ŵŕîťé îť ðöŵñ åĝåîñ åñð ĝéť ĥéļþ.·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{warning} The diary cannot be read just now: {problem}</source>
            <translation>⟦{warning} Ťĥé ðîåŕý çåññöť ƀé ŕéåð ĵûšť ñöŵ: {problem}·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Red flag</source>
            <translation>⟦Ŕéð ƒļåĝ····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For your prescriber</source>
            <translation>⟦Ƒöŕ ýöûŕ þŕéšçŕîƀéŕ········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{when} — {symptom} — {sign}</source>
            <translation>⟦{when} — {symptom} — {sign}···········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(withdrawn)</source>
            <translation>⟦(ŵîťĥðŕåŵñ)····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No entries yet.</source>
            <translation>⟦Ñö éñťŕîéš ýéť.······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{warning} Not recorded: {problem}</source>
            <translation>⟦{warning} Ñöť ŕéçöŕðéð: {problem}·········· ··⟧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{icon} &lt;b&gt;{headline}&lt;/b&gt; — see the box above. It is recorded in the diary.</source>
            <translation>⟦{icon} &lt;b&gt;{headline}&lt;/b&gt; — šéé ťĥé ƀöẋ åƀöṽé. Îť îš ŕéçöŕðéð îñ ťĥé ðîåŕý.·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{info} Noted: {symptom}. {why} {what_to_do}</source>
            <translation>⟦{info} Ñöťéð: {symptom}. {why} {what_to_do}·········· ······⟧</translation>
        </message>
    </context>
    <context>
        <name>DisplayGroup</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings_groups.py" line="+38" />
            <source>Follow the system</source>
            <translation>⟦Ƒöļļöŵ ťĥé šýšťéɱ·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Light</source>
            <translation>⟦Ļîĝĥť····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dark</source>
            <translation>⟦Ðåŕķ····⟧</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Display (this computer)</source>
            <translation>⟦Ðîšþļåý (ťĥîš çöɱþûťéŕ)·········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Text size in percent, 100 to 200</source>
            <translation>⟦Ťéẋť šîžé îñ þéŕçéñť, 100 ťö 200·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{percent} %</source>
            <translation>⟦{percent} %····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Te&amp;xt size</source>
            <translation>⟦Ťé&amp;xť šîžé····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Light or dark colours</source>
            <translation>⟦Ļîĝĥť öŕ ðåŕķ çöļöûŕš········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;lours</source>
            <translation>⟦Çö&amp;löûŕš····⟧</translation>
        </message>
    </context>
    <context>
        <name>EditorPane</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_editor.py" line="+36" />
            <source>Save plan</source>
            <translation>⟦Šåṽé þļåñ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the plan</source>
            <translation>⟦Šåṽé ťĥé þļåñ·····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No medications yet. Choose “Add medication” (Ctrl+N) and type what your prescriber ordered.</source>
            <translation>⟦Ñö ɱéðîçåťîöñš ýéť. Çĥööšé “Åðð ɱéðîçåťîöñ” (Çťŕļ+Ñ) åñð ťýþé ŵĥåť ýöûŕ þŕéšçŕîƀéŕ öŕðéŕéð.·········· ·········· ·········· ···⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Medication editor</source>
            <translation>⟦Ṁéðîçåťîöñ éðîťöŕ·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks of the plan as typed</source>
            <translation>⟦Çĥéçķš öƒ ťĥé þļåñ åš ťýþéð···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings</source>
            <translation>⟦Ƒîñðîñĝš····⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{severity}: {text}</source>
            <translation>⟦{severity}: {text}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <location filename="../../../medplanner/gui/views/history_model.py" line="+154" />
            <source>none</source>
            <extracomment>The icon beside a kind's word (the word carries the meaning on its own).</extracomment>
            <translation>⟦ñöñé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{column}: {value}</source>
            <translation>⟦{column}: {value}·······⟧</translation>
        </message>
        <message>
            <location line="+23" />
            <source>as needed</source>
            <translation>⟦åš ñééðéð····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>withdrawn later: not taken</source>
            <translation>⟦ŵîťĥðŕåŵñ ļåťéŕ: ñöť ťåķéñ··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>corrected later to {time}</source>
            <translation>⟦çöŕŕéçťéð ļåťéŕ ťö {time}··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>corrected later</source>
            <translation>⟦çöŕŕéçťéð ļåťéŕ······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Correction: not taken (was: taken at {time})</source>
            <translation>⟦Çöŕŕéçťîöñ: ñöť ťåķéñ (ŵåš: ťåķéñ åť {time})·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Correction: not taken</source>
            <translation>⟦Çöŕŕéçťîöñ: ñöť ťåķéñ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Correction: taken at {time} instead of {old}</source>
            <translation>⟦Çöŕŕéçťîöñ: ťåķéñ åť {time} îñšťéåð öƒ {old}·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Correction: skipped at {time} instead of {old}</source>
            <translation>⟦Çöŕŕéçťîöñ: šķîþþéð åť {time} îñšťéåð öƒ {old}·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Correction: snoozed at {time} instead of {old}</source>
            <translation>⟦Çöŕŕéçťîöñ: šñööžéð åť {time} îñšťéåð öƒ {old}·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Correction</source>
            <translation>⟦Çöŕŕéçťîöñ····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>until {time}</source>
            <translation>⟦ûñťîļ {time}·····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>taken over a warning, confirmed</source>
            <translation>⟦ťåķéñ öṽéŕ å ŵåŕñîñĝ, çöñƒîŕɱéð············⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>taken over a warning</source>
            <translation>⟦ťåķéñ öṽéŕ å ŵåŕñîñĝ········⟧</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/export.py" line="+101" />
            <source>Export — {person}</source>
            <translation>⟦Éẋþöŕť — {person}·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export {person}'s plan, schedule, report, calendar or history</source>
            <translation>⟦Éẋþöŕť {person}'š þļåñ, šçĥéðûļé, ŕéþöŕť, çåļéñðåŕ öŕ ĥîšťöŕý·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export for {person}</source>
            <translation>⟦Éẋþöŕť ƒöŕ {person}········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose what to write. Each file holds health data: keep it somewhere private.</source>
            <translation>⟦Çĥööšé ŵĥåť ťö ŵŕîťé. Éåçĥ ƒîļé ĥöļðš ĥéåļťĥ ðåťå: ķééþ îť šöɱéŵĥéŕé þŕîṽåťé.·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+33" />
            <source> weeks</source>
            <extracomment>Translators: after the number of weeks: "4 weeks" (keep the leading space).</extracomment>
            <translation> ⟦ŵééķš····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weeks ahead, from today, 1 to {most}</source>
            <translation>⟦Ŵééķš åĥéåð, ƒŕöɱ ťöðåý, 1 ťö {most}·········· ···⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Weeks ahead:</source>
            <translation>⟦&amp;Wééķš åĥéåð:·····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Report period from this day to today</source>
            <translation>⟦Ŕéþöŕť þéŕîöð ƒŕöɱ ťĥîš ðåý ťö ťöðåý·········· ···⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period &amp;from (to today):</source>
            <translation>⟦Þéŕîöð &amp;fŕöɱ (ťö ťöðåý):··········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exporting, please wait</source>
            <translation>⟦Éẋþöŕťîñĝ, þļéåšé ŵåîť·········⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Open folder</source>
            <translation>⟦&amp;Oþéñ ƒöļðéŕ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the folder of the export</source>
            <translation>⟦Öþéñ ťĥé ƒöļðéŕ öƒ ťĥé éẋþöŕť············⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation>⟦Çļöšé····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Export…</source>
            <translation>⟦&amp;Eẋþöŕť…····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export, choosing where</source>
            <translation>⟦Éẋþöŕť, çĥööšîñĝ ŵĥéŕé·········⟧</translation>
        </message>
        <message>
            <location line="+66" />
            <source>All files (*)</source>
            <translation>⟦Åļļ ƒîļéš (*)·····⟧</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+36" />
            <source>Nothing was exported</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð········⟧</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Nothing was exported. {why}</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð. {why}···········⟧</translation>
        </message>
    </context>
    <context>
        <name>ExportFailure</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/export_jobs.py" line="+194" />
            <source>{message}. Choose another file or folder and export again.</source>
            <translation>⟦{message}. Çĥööšé åñöťĥéŕ ƒîļé öŕ ƒöļðéŕ åñð éẋþöŕť åĝåîñ.·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} could not be written: MedPlanner may not write in that folder. Choose a folder you can write to (for example your Documents folder), or free some space, and export again.</source>
            <translation>⟦{path} çöûļð ñöť ƀé ŵŕîťťéñ: ṀéðÞļåññéŕ ɱåý ñöť ŵŕîťé îñ ťĥåť ƒöļðéŕ. Çĥööšé å ƒöļðéŕ ýöû çåñ ŵŕîťé ťö (ƒöŕ éẋåɱþļé ýöûŕ Ðöçûɱéñťš ƒöļðéŕ), öŕ ƒŕéé šöɱé šþåçé, åñð éẋþöŕť åĝåîñ.·········· ·········· ·········· ·········· ·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} could not be written: the disk is full. Choose a folder you can write to (for example your Documents folder), or free some space, and export again.</source>
            <translation>⟦{path} çöûļð ñöť ƀé ŵŕîťťéñ: ťĥé ðîšķ îš ƒûļļ. Çĥööšé å ƒöļðéŕ ýöû çåñ ŵŕîťé ťö (ƒöŕ éẋåɱþļé ýöûŕ Ðöçûɱéñťš ƒöļðéŕ), öŕ ƒŕéé šöɱé šþåçé, åñð éẋþöŕť åĝåîñ.·········· ·········· ·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} could not be written: {why}. Choose a folder you can write to (for example your Documents folder), or free some space, and export again.</source>
            <extracomment>Translators: {why} is the operating system's own description of the error.</extracomment>
            <translation>⟦{path} çöûļð ñöť ƀé ŵŕîťťéñ: {why}. Çĥööšé å ƒöļðéŕ ýöû çåñ ŵŕîťé ťö (ƒöŕ éẋåɱþļé ýöûŕ Ðöçûɱéñťš ƒöļðéŕ), öŕ ƒŕéé šöɱé šþåçé, åñð éẋþöŕť åĝåîñ.·········· ·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
    </context>
    <context>
        <name>ExportKinds</name>
        <message>
            <location line="-160" />
            <source>The &amp;plan file (TOML)</source>
            <translation>⟦Ťĥé &amp;pļåñ ƒîļé (ŤÖṀĻ)········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the plan file</source>
            <translation>⟦Éẋþöŕť ťĥé þļåñ ƒîļé········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan files (*.toml)</source>
            <translation>⟦Þļåñ ƒîļéš (*.ťöɱļ)········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan as stored, to keep, share with a carer or import again.</source>
            <translation>⟦Ťĥé þļåñ åš šťöŕéð, ťö ķééþ, šĥåŕé ŵîťĥ å çåŕéŕ öŕ îɱþöŕť åĝåîñ.·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was exported: the plan file could not be made.</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð: ťĥé þļåñ ƒîļé çöûļð ñöť ƀé ɱåðé.·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the plan file to {path}…</source>
            <translation>⟦Ŵŕîťîñĝ ťĥé þļåñ ƒîļé ťö {path}…·········· ··⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the plan file for {person} to {path}.</source>
            <translation>⟦Ŵŕöťé ťĥé þļåñ ƒîļé ƒöŕ {person} ťö {path}.·········· ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A printable &amp;schedule (PDF)</source>
            <translation>⟦Å þŕîñťåƀļé &amp;sçĥéðûļé (ÞÐƑ)···········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the printable schedule</source>
            <translation>⟦Éẋþöŕť ťĥé þŕîñťåƀļé šçĥéðûļé············⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+18" />
            <source>PDF files (*.pdf)</source>
            <translation>⟦ÞÐƑ ƒîļéš (*.þðƒ)·······⟧</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Every dose of the coming weeks in large type, day by day, to print.</source>
            <translation>⟦Éṽéŕý ðöšé öƒ ťĥé çöɱîñĝ ŵééķš îñ ļåŕĝé ťýþé, ðåý ƀý ðåý, ťö þŕîñť.·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was exported: the printable schedule could not be made.</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð: ťĥé þŕîñťåƀļé šçĥéðûļé çöûļð ñöť ƀé ɱåðé.·········· ·········· ···⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the printable schedule to {path}…</source>
            <translation>⟦Ŵŕîťîñĝ ťĥé þŕîñťåƀļé šçĥéðûļé ťö {path}…·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the printable schedule for {person} to {path}.</source>
            <translation>⟦Ŵŕöťé ťĥé þŕîñťåƀļé šçĥéðûļé ƒöŕ {person} ťö {path}.·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The &amp;doctor's report (PDF)</source>
            <translation>⟦Ťĥé &amp;döçťöŕ'š ŕéþöŕť (ÞÐƑ)··········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the doctor's report</source>
            <translation>⟦Éẋþöŕť ťĥé ðöçťöŕ'š ŕéþöŕť··········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Doses taken, skipped and missed, plan changes, diary and findings for a period: to bring to the prescriber.</source>
            <translation>⟦Ðöšéš ťåķéñ, šķîþþéð åñð ɱîššéð, þļåñ çĥåñĝéš, ðîåŕý åñð ƒîñðîñĝš ƒöŕ å þéŕîöð: ťö ƀŕîñĝ ťö ťĥé þŕéšçŕîƀéŕ.·········· ·········· ·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was exported: the doctor's report could not be made.</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð: ťĥé ðöçťöŕ'š ŕéþöŕť çöûļð ñöť ƀé ɱåðé.·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the doctor's report to {path}…</source>
            <translation>⟦Ŵŕîťîñĝ ťĥé ðöçťöŕ'š ŕéþöŕť ťö {path}…·········· ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the doctor's report for {person} to {path}.</source>
            <translation>⟦Ŵŕöťé ťĥé ðöçťöŕ'š ŕéþöŕť ƒöŕ {person} ťö {path}.·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A &amp;calendar (ICS)</source>
            <translation>⟦Å &amp;cåļéñðåŕ (ÎÇŠ)·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the calendar</source>
            <translation>⟦Éẋþöŕť ťĥé çåļéñðåŕ········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Calendar files (*.ics)</source>
            <translation>⟦Çåļéñðåŕ ƒîļéš (*.îçš)·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every dose as a calendar event with an alarm, for a phone or calendar program.</source>
            <translation>⟦Éṽéŕý ðöšé åš å çåļéñðåŕ éṽéñť ŵîťĥ åñ åļåŕɱ, ƒöŕ å þĥöñé öŕ çåļéñðåŕ þŕöĝŕåɱ.·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was exported: the calendar could not be made.</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð: ťĥé çåļéñðåŕ çöûļð ñöť ƀé ɱåðé.·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the calendar to {path}…</source>
            <translation>⟦Ŵŕîťîñĝ ťĥé çåļéñðåŕ ťö {path}…············⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the calendar for {person} to {path}.</source>
            <translation>⟦Ŵŕöťé ťĥé çåļéñðåŕ ƒöŕ {person} ťö {path}.·········· ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The dose &amp;history (CSV)</source>
            <translation>⟦Ťĥé ðöšé &amp;hîšťöŕý (ÇŠṼ)·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the dose history</source>
            <translation>⟦Éẋþöŕť ťĥé ðöšé ĥîšťöŕý·········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV files (*.csv)</source>
            <translation>⟦ÇŠṼ ƒîļéš (*.çšṽ)·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every recorded dose, skip and correction, as a table for a spreadsheet.</source>
            <translation>⟦Éṽéŕý ŕéçöŕðéð ðöšé, šķîþ åñð çöŕŕéçťîöñ, åš å ťåƀļé ƒöŕ å šþŕéåðšĥééť.·········· ·········· ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was exported: the dose history could not be made.</source>
            <translation>⟦Ñöťĥîñĝ ŵåš éẋþöŕťéð: ťĥé ðöšé ĥîšťöŕý çöûļð ñöť ƀé ɱåðé.·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the dose history to {path}…</source>
            <translation>⟦Ŵŕîťîñĝ ťĥé ðöšé ĥîšťöŕý ťö {path}…·········· ···⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the dose history for {person} to {path}.</source>
            <translation>⟦Ŵŕöťé ťĥé ðöšé ĥîšťöŕý ƒöŕ {person} ťö {path}.·········· ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>FieldBox</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/field.py" line="+53" />
            <source>{severity}: {problem}</source>
            <extracomment>Translators: a screen reader's words for a field's problem: "Warning: &lt;the problem&gt;".</extracomment>
            <translation>⟦{severity}: {problem}········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problem: {problem}</source>
            <translation>⟦Þŕöƀļéɱ: {problem}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>FindingCard</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/findings_panel.py" line="+65" />
            <source>{severity}: {message}</source>
            <extracomment>Translators: a screen reader's name for a finding: "Warning: &lt;the finding's message&gt;".</extracomment>
            <translation>⟦{severity}: {message}········⟧</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Why?</source>
            <extracomment>Translators: the button that opens a finding's reason and source.</extracomment>
            <translation>⟦Ŵĥý?····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why? {severity}: {headline}</source>
            <translation>⟦Ŵĥý? {severity}: {headline}···········⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&lt;i&gt;Source:&lt;/i&gt; {source}</source>
            <extracomment>Translators: before a finding's source (a label or guideline): keep &lt;i&gt; and &lt;/i&gt;.</extracomment>
            <translation>⟦&lt;i&gt;Šöûŕçé:&lt;/i&gt; {source}·········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{message} Source: {source}</source>
            <translation>⟦{message} Šöûŕçé: {source}··········⟧</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location line="-49" />
            <source>at {time}</source>
            <extracomment>Translators: a finding's time of day, after its medication and day: "at 08:00".</extracomment>
            <translation>⟦åť {time}····⟧</translation>
        </message>
        <message>
            <location line="+143" />
            <source>nothing found</source>
            <translation>⟦ñöťĥîñĝ ƒöûñð·····⟧</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location line="-13" />
            <source>{title}: {counts}</source>
            <extracomment>Translators: a findings heading: its title, then the counts ("1 danger, 2 warnings").</extracomment>
            <translation>⟦{title}: {counts}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../../medplanner/gui/views/history_model.py" line="-198" />
            <source>When</source>
            <translation>⟦Ŵĥéñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation>⟦Ṁéðîçåťîöñ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>⟦Ŵĥåť····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dose</source>
            <translation>⟦Ðöšé····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For the dose of</source>
            <translation>⟦Ƒöŕ ťĥé ðöšé öƒ······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>⟦Ñöťé····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All entries</source>
            <translation>⟦Åļļ éñťŕîéš····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Taken</source>
            <translation>⟦Ťåķéñ····⟧</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Skipped</source>
            <translation>⟦Šķîþþéð····⟧</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Snoozed</source>
            <translation>⟦Šñööžéð····⟧</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Corrections</source>
            <translation>⟦Çöŕŕéçťîöñš····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not taken (withdrawn)</source>
            <translation>⟦Ñöť ťåķéñ (ŵîťĥðŕåŵñ)········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Taken at {time} — {medication} {dose}</source>
            <translation>⟦Ťåķéñ åť {time} — {medication} {dose}·········· ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken at {time} — {medication}</source>
            <translation>⟦Ťåķéñ åť {time} — {medication}············⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Skipped at {time} — {medication} {dose}</source>
            <translation>⟦Šķîþþéð åť {time} — {medication} {dose}·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped at {time} — {medication}</source>
            <translation>⟦Šķîþþéð åť {time} — {medication}·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Snoozed at {time} — {medication} {dose}</source>
            <translation>⟦Šñööžéð åť {time} — {medication} {dose}·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snoozed at {time} — {medication}</source>
            <translation>⟦Šñööžéð åť {time} — {medication}·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Marked not taken — {medication} {dose}</source>
            <translation>⟦Ṁåŕķéð ñöť ťåķéñ — {medication} {dose}·········· ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked not taken — {medication}</source>
            <translation>⟦Ṁåŕķéð ñöť ťåķéñ — {medication}············⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../../medplanner/gui/views/history.py" line="+83" />
            <source>Dose history</source>
            <translation>⟦Ðöšé ĥîšťöŕý·····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show medication</source>
            <translation>⟦Šĥöŵ ɱéðîçåťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show kind of entry</source>
            <translation>⟦Šĥöŵ ķîñð öƒ éñťŕý·······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From date</source>
            <translation>⟦Ƒŕöɱ ðåťé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To date</source>
            <translation>⟦Ťö ðåťé····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Medication</source>
            <translation>⟦&amp;Méðîçåťîöñ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind</source>
            <translation>⟦&amp;Kîñð····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fro&amp;m</source>
            <translation>⟦Ƒŕö&amp;m····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;To</source>
            <translation>⟦&amp;Tö····⟧</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Dose history entries</source>
            <translation>⟦Ðöšé ĥîšťöŕý éñťŕîéš········⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Correct the selected entry (the log keeps the original)</source>
            <translation>⟦Çöŕŕéçť ťĥé šéļéçťéð éñťŕý (ťĥé ļöĝ ķééþš ťĥé öŕîĝîñåļ)·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+196" />
            <source>Select an entry above.</source>
            <translation>⟦Šéļéçť åñ éñťŕý åƀöṽé.·········⟧</translation>
        </message>
        <message>
            <location line="-189" />
            <source>The time it really happened, like 08:15</source>
            <translation>⟦Ťĥé ťîɱé îť ŕéåļļý ĥåþþéñéð, ļîķé 08:15·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the time</source>
            <translation>⟦Çĥåñĝé ťĥé ťîɱé······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the corrected time</source>
            <translation>⟦Ŕéçöŕð ťĥé çöŕŕéçťéð ťîɱé··········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It was not taken</source>
            <translation>⟦Îť ŵåš ñöť ťåķéñ······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record that this entry was a mistake</source>
            <translation>⟦Ŕéçöŕð ťĥåť ťĥîš éñťŕý ŵåš å ɱîšťåķé·········· ···⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Really &amp;at</source>
            <translation>⟦Ŕéåļļý &amp;ať····⟧</translation>
        </message>
        <message>
            <location line="+38" />
            <source>All medications</source>
            <translation>⟦Åļļ ɱéðîçåťîöñš······⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+77" />
            <source>%n entries shown.</source>
            <translation>
                <numerusform>⟦%n éñťŕîéš šĥöŵñ.·······⟧</numerusform>
                <numerusform>⟦%n éñťŕîéš šĥöŵñ.·······⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doses taken as planned in these days:</source>
            <translation>⟦Ðöšéš ťåķéñ åš þļåññéð îñ ťĥéšé ðåýš:·········· ····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{medication}: no doses were due.</source>
            <translation>⟦{medication}: ñö ðöšéš ŵéŕé ðûé.·········· ··⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;{medication}&lt;/b&gt;: {taken} of {scheduled} taken ({percent} %) · {taken_icon} {taken} taken · {skipped_icon} {skipped} skipped · {missed_icon} {missed} missed</source>
            <translation>⟦&lt;b&gt;{medication}&lt;/b&gt;: {taken} öƒ {scheduled} ťåķéñ ({percent} %) · {taken_icon} {taken} ťåķéñ · {skipped_icon} {skipped} šķîþþéð · {missed_icon} {missed} ɱîššéð·········· ·········· ·········· ·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{medication}: {taken} of {scheduled} taken</source>
            <translation>⟦{medication}: {taken} öƒ {scheduled} ťåķéñ·········· ······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adherence. {medications}</source>
            <translation>⟦Åðĥéŕéñçé. {medications}··········⟧</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{entry}: this entry cannot be corrected here (it was corrected already, or it is not a taken or skipped dose).</source>
            <translation>⟦{entry}: ťĥîš éñťŕý çåññöť ƀé çöŕŕéçťéð ĥéŕé (îť ŵåš çöŕŕéçťéð åļŕéåðý, öŕ îť îš ñöť å ťåķéñ öŕ šķîþþéð ðöšé).·········· ·········· ·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{entry} ({day}).</source>
            <translation>⟦{entry} ({day}).······⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"{text}" is not a time like 08:15 (24-hour HH:MM). Nothing was recorded.</source>
            <translation>⟦"{text}" îš ñöť å ťîɱé ļîķé 08:15 (24-ĥöûŕ ĤĤ:ṀṀ). Ñöťĥîñĝ ŵåš ŕéçöŕðéð.·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recorded. Correction: taken at {time} instead of {old} — {medication}. The original stays in the log.</source>
            <translation>⟦Ŕéçöŕðéð. Çöŕŕéçťîöñ: ťåķéñ åť {time} îñšťéåð öƒ {old} — {medication}. Ťĥé öŕîĝîñåļ šťåýš îñ ťĥé ļöĝ.·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recorded. Correction: skipped at {time} instead of {old} — {medication}. The original stays in the log.</source>
            <translation>⟦Ŕéçöŕðéð. Çöŕŕéçťîöñ: šķîþþéð åť {time} îñšťéåð öƒ {old} — {medication}. Ťĥé öŕîĝîñåļ šťåýš îñ ťĥé ļöĝ.·········· ·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Recorded. Correction: not taken at {time} — {medication}. The original stays in the log.</source>
            <translation>⟦Ŕéçöŕðéð. Çöŕŕéçťîöñ: ñöť ťåķéñ åť {time} — {medication}. Ťĥé öŕîĝîñåļ šťåýš îñ ťĥé ļöĝ.·········· ·········· ·········· ··⟧</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <location filename="../../../medplanner/gui/views/insight.py" line="+104" />
            <source>Stock</source>
            <translation>⟦Šťöçķ····⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The stock was not changed</source>
            <translation>⟦Ťĥé šťöçķ ŵåš ñöť çĥåñĝéð··········⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightView</name>
        <message>
            <location line="-82" />
            <source>Taking drowsy-making medicines at different times is general guidance, not a label rule, and it does not take the risk away. Your prescriber decides.</source>
            <translation>⟦Ťåķîñĝ ðŕöŵšý-ɱåķîñĝ ɱéðîçîñéš åť ðîƒƒéŕéñť ťîɱéš îš ĝéñéŕåļ ĝûîðåñçé, ñöť å ļåƀéļ ŕûļé, åñð îť ðöéš ñöť ťåķé ťĥé ŕîšķ åŵåý. Ýöûŕ þŕéšçŕîƀéŕ ðéçîðéš.·········· ·········· ·········· ·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drowsiness over the day</source>
            <translation>⟦Ðŕöŵšîñéšš öṽéŕ ťĥé ðåý·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the suggested times</source>
            <translation>⟦Åþþļý ťĥé šûĝĝéšťéð ťîɱéš··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Daily dose over the weeks</source>
            <translation>⟦Ðåîļý ðöšé öṽéŕ ťĥé ŵééķš··········⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Drowsiness and stock</source>
            <translation>⟦Ðŕöŵšîñéšš åñð šťöçķ········⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Stock</source>
            <translation>⟦Šťöçķ····⟧</translation>
        </message>
    </context>
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
        <name>LongDates</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+9" />
            <source>{weekday} {day} {month} {year}</source>
            <extracomment>Translators: a long date: "Tuesday 5 January 2027".</extracomment>
            <translation>⟦{weekday} {day} {month} {year}············⟧</translation>
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
        <name>Mark</name>
        <message>
            <location filename="../../../medplanner/gui/severity.py" line="+83" />
            <source>Info</source>
            <extracomment>The word of each mark, by its icon's name (in the language in use: :attr:`Mark.word`). Translators: a finding's severity, one word shown beside its icon ("Warning").</extracomment>
            <translation>⟦Îñƒö····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warning</source>
            <translation>⟦Ŵåŕñîñĝ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Danger</source>
            <translation>⟦Ðåñĝéŕ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken</source>
            <extracomment>Translators: a scheduled dose's state, shown beside its icon ("Taken", "Missed").</extracomment>
            <translation>⟦Ťåķéñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped</source>
            <translation>⟦Šķîþþéð····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>⟦Ṁîššéð····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>⟦Ðûé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming</source>
            <translation>⟦Ûþçöɱîñĝ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covered</source>
            <translation>⟦Çöṽéŕéð····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before tracking</source>
            <translation>⟦Ɓéƒöŕé ťŕåçķîñĝ······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Extra dose</source>
            <translation>⟦Éẋťŕå ðöšé····⟧</translation>
        </message>
    </context>
    <context>
        <name>MedDraft</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_draft.py" line="+86" />
            <source>New medication</source>
            <extracomment>Where a problem shows: ``("name",)``, ``("steps",)``, ``("steps", 1, "dose")``.</extracomment>
            <translation>⟦Ñéŵ ɱéðîçåťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+83" />
            <source>{medication}: {problem}</source>
            <translation>⟦{medication}: {problem}·········⟧</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Give the step's first day, like 2027-01-04</source>
            <translation>⟦Ĝîṽé ťĥé šťéþ'š ƒîŕšť ðåý, ļîķé 2027-01-04·········· ······⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give one or more times, like 08:00, 20:00</source>
            <translation>⟦Ĝîṽé öñé öŕ ɱöŕé ťîɱéš, ļîķé 08:00, 20:00·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>"{text}" is not a date like 2027-01-04</source>
            <translation>⟦"{text}" îš ñöť å ðåťé ļîķé 2027-01-04·········· ····⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"{text}" is not a whole number like 4</source>
            <translation>⟦"{text}" îš ñöť å ŵĥöļé ñûɱƀéŕ ļîķé 4·········· ····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"{text}" is not a number of hours</source>
            <translation>⟦"{text}" îš ñöť å ñûɱƀéŕ öƒ ĥöûŕš·········· ··⟧</translation>
        </message>
    </context>
    <context>
        <name>MedForm</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_form.py" line="+42" />
            <source>Not given</source>
            <translation>⟦Ñöť ĝîṽéñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capsule</source>
            <translation>⟦Çåþšûļé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tablet</source>
            <translation>⟦Ťåƀļéť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scored tablet (can be halved)</source>
            <translation>⟦Šçöŕéð ťåƀļéť (çåñ ƀé ĥåļṽéð)············⟧</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Medication name</source>
            <translation>⟦Ṁéðîçåťîöñ ñåɱé······⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>gabapentin, or a brand like Neurontin</source>
            <translation>⟦ĝåƀåþéñťîñ, öŕ å ƀŕåñð ļîķé Ñéûŕöñťîñ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Nåɱé····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength of one tablet or capsule</source>
            <translation>⟦Šťŕéñĝťĥ öƒ öñé ťåƀļéť öŕ çåþšûļé·········· ··⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>300 mg</source>
            <translation>⟦300 ɱĝ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Optional: one tablet or capsule</source>
            <translation>⟦Öþťîöñåļ: öñé ťåƀļéť öŕ çåþšûļé············⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>St&amp;rength</source>
            <translation>⟦Šť&amp;réñĝťĥ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Form: capsule, tablet or scored tablet</source>
            <translation>⟦Ƒöŕɱ: çåþšûļé, ťåƀļéť öŕ šçöŕéð ťåƀļéť·········· ····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>F&amp;orm</source>
            <translation>⟦Ƒ&amp;oŕɱ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First day, as a date like 2027-01-04</source>
            <translation>⟦Ƒîŕšť ðåý, åš å ðåťé ļîķé 2027-01-04·········· ···⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;First day</source>
            <translation>⟦&amp;Fîŕšť ðåý····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last day (optional), like 2027-04-01</source>
            <translation>⟦Ļåšť ðåý (öþťîöñåļ), ļîķé 2027-04-01·········· ···⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none: it goes on</source>
            <translation>⟦ñöñé: îť ĝöéš öñ······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Last day</source>
            <translation>⟦&amp;Låšť ðåý····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken only &amp;as needed (not on a schedule)</source>
            <translation>⟦Ťåķéñ öñļý &amp;aš ñééðéð (ñöť öñ å šçĥéðûļé)·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already &amp;taking the first step's dose (entered mid-course)</source>
            <translation>⟦Åļŕéåðý &amp;tåķîñĝ ťĥé ƒîŕšť šťéþ'š ðöšé (éñťéŕéð ɱîð-çöûŕšé)·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Steps: each lasts until the next one begins</source>
            <translation>⟦Šťéþš: éåçĥ ļåšťš ûñťîļ ťĥé ñéẋť öñé ƀéĝîñš·········· ······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Times are 24-hour, separated by commas. A time may carry its own dose: "08:00 300 mg, 21:00 600 mg". Repeat: empty for daily, "mon, thu", or "every 2 days".</source>
            <translation>⟦Ťîɱéš åŕé 24-ĥöûŕ, šéþåŕåťéð ƀý çöɱɱåš. Å ťîɱé ɱåý çåŕŕý îťš öŵñ ðöšé: "08:00 300 ɱĝ, 21:00 600 ɱĝ". Ŕéþéåť: éɱþťý ƒöŕ ðåîļý, "ɱöñ, ťĥû", öŕ "éṽéŕý 2 ðåýš".·········· ·········· ·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add step</source>
            <translation>⟦Åðð šťéþ····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a step</source>
            <translation>⟦Åðð å šťéþ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove step</source>
            <translation>⟦Ŕéɱöṽé šťéþ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected step</source>
            <translation>⟦Ŕéɱöṽé ťĥé šéļéçťéð šťéþ··········⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>As needed</source>
            <translation>⟦Åš ñééðéð····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dose each time</source>
            <translation>⟦Ðöšé éåçĥ ťîɱé······⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>5 mg</source>
            <translation>⟦5 ɱĝ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dose each time</source>
            <translation>⟦&amp;Döšé éåçĥ ťîɱé······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most doses a day</source>
            <translation>⟦Ṁöšť ðöšéš å ðåý······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+3" />
            <source>Optional</source>
            <translation>⟦Öþťîöñåļ····⟧</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Most a day</source>
            <translation>⟦&amp;Möšť å ðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours to wait between doses</source>
            <translation>⟦Ĥöûŕš ťö ŵåîť ƀéťŵééñ ðöšéš···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hours between</source>
            <translation>⟦&amp;Höûŕš ƀéťŵééñ······⟧</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Step {number}, {column}: {problem}</source>
            <translation>⟦Šťéþ {number}, {column}: {problem}·········· ···⟧</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Not in MedPlanner's list: only the general checks run for it.</source>
            <translation>⟦Ñöť îñ ṀéðÞļåññéŕ'š ļîšť: öñļý ťĥé ĝéñéŕåļ çĥéçķš ŕûñ ƒöŕ îť.·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{drug}: in MedPlanner's list, with its label's rules.</source>
            <translation>⟦{drug}: îñ ṀéðÞļåññéŕ'š ļîšť, ŵîťĥ îťš ļåƀéļ'š ŕûļéš.·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is a brand or other name of {drug}.</source>
            <translation>⟦{name} îš å ƀŕåñð öŕ öťĥéŕ ñåɱé öƒ {drug}.·········· ······⟧</translation>
        </message>
    </context>
    <context>
        <name>MedList</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_list.py" line="+34" />
            <source>Medications</source>
            <translation>⟦Ṁéðîçåťîöñš····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Medications in the plan</source>
            <translation>⟦Ṁéðîçåťîöñš îñ ťĥé þļåñ·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add medication</source>
            <translation>⟦Åðð ɱéðîçåťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a medication</source>
            <translation>⟦Åðð å ɱéðîçåťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>⟦Ŕéɱöṽé····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected medication</source>
            <translation>⟦Ŕéɱöṽé ťĥé šéļéçťéð ɱéðîçåťîöñ············⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Plan a taper…</source>
            <translation>⟦Þļåñ å ťåþéŕ…·····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan a taper of the selected medication (a draft for your prescriber)</source>
            <translation>⟦Þļåñ å ťåþéŕ öƒ ťĥé šéļéçťéð ɱéðîçåťîöñ (å ðŕåƒť ƒöŕ ýöûŕ þŕéšçŕîƀéŕ)·········· ·········· ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan a titration…</source>
            <translation>⟦Þļåñ å ťîťŕåťîöñ…·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan a titration of the selected medication (a draft for your prescriber)</source>
            <translation>⟦Þļåñ å ťîťŕåťîöñ öƒ ťĥé šéļéçťéð ɱéðîçåťîöñ (å ðŕåƒť ƒöŕ ýöûŕ þŕéšçŕîƀéŕ)·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Medications and their stock</source>
            <translation>⟦Ṁéðîçåťîöñš åñð ťĥéîŕ šťöçķ···········⟧</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{medication} (as needed)</source>
            <translation>⟦{medication} (åš ñééðéð)··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{medication} — to fix</source>
            <translation>⟦{medication} — ťö ƒîẋ········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{medication}: has a problem to fix</source>
            <translation>⟦{medication}: ĥåš å þŕöƀļéɱ ťö ƒîẋ·········· ···⟧</translation>
        </message>
    </context>
    <context>
        <name>MedicationsView</name>
        <message>
            <location filename="../../../medplanner/gui/views/medications.py" line="+143" />
            <source>Stock</source>
            <extracomment>ui.md / issue 7: findings update about 150 ms after the last keystroke.</extracomment>
            <translation>⟦Šťöçķ····⟧</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Save or undo your edits first: a draft starts from the stored plan.</source>
            <translation>⟦Šåṽé öŕ ûñðö ýöûŕ éðîťš ƒîŕšť: å ðŕåƒť šťåŕťš ƒŕöɱ ťĥé šťöŕéð þļåñ.·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Draft taper of {medication}</source>
            <translation>⟦Ðŕåƒť ťåþéŕ öƒ {medication}···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The draft taper of {medication} is in the editor, NOT saved. Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it.</source>
            <translation>⟦Ťĥé ðŕåƒť ťåþéŕ öƒ {medication} îš îñ ťĥé éðîťöŕ, ÑÖŤ šåṽéð. Ðîšçûšš îť ŵîťĥ ýöûŕ þŕéšçŕîƀéŕ. Šåṽé þļåñ ķééþš îť; Ûñðö (Çťŕļ+Ž) ðŕöþš îť.·········· ·········· ·········· ·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Draft titration of {medication}</source>
            <translation>⟦Ðŕåƒť ťîťŕåťîöñ öƒ {medication}············⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The draft titration of {medication} is in the editor, NOT saved. Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it.</source>
            <translation>⟦Ťĥé ðŕåƒť ťîťŕåťîöñ öƒ {medication} îš îñ ťĥé éðîťöŕ, ÑÖŤ šåṽéð. Ðîšçûšš îť ŵîťĥ ýöûŕ þŕéšçŕîƀéŕ. Šåṽé þļåñ ķééþš îť; Ûñðö (Çťŕļ+Ž) ðŕöþš îť.·········· ·········· ·········· ·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add a medication</source>
            <translation>⟦Åðð å ɱéðîçåťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Remove {medication}</source>
            <translation>⟦Ŕéɱöṽé {medication}········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{medication} is removed from the draft. Save to store it, or undo (Ctrl+Z).</source>
            <translation>⟦{medication} îš ŕéɱöṽéð ƒŕöɱ ťĥé ðŕåƒť. Šåṽé ťö šťöŕé îť, öŕ ûñðö (Çťŕļ+Ž).·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not saved: {medication} — {problem}. Fix the fields marked Warning first; nothing was stored.</source>
            <translation>⟦Ñöť šåṽéð: {medication} — {problem}. Ƒîẋ ťĥé ƒîéļðš ɱåŕķéð Ŵåŕñîñĝ ƒîŕšť; ñöťĥîñĝ ŵåš šťöŕéð.·········· ·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not saved: {problem}</source>
            <translation>⟦Ñöť šåṽéð: {problem}········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved. Nothing was changed.</source>
            <translation>⟦Ñöť šåṽéð. Ñöťĥîñĝ ŵåš çĥåñĝéð.············⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved (it was already stored like this).</source>
            <translation>⟦Šåṽéð (îť ŵåš åļŕéåðý šťöŕéð ļîķé ťĥîš).·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved. The plan before this change is kept in the history.</source>
            <translation>⟦Šåṽéð. Ťĥé þļåñ ƀéƒöŕé ťĥîš çĥåñĝé îš ķéþť îñ ťĥé ĥîšťöŕý.·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your confirmation of the danger finding is noted.</source>
            <translation>⟦Ýöûŕ çöñƒîŕɱåťîöñ öƒ ťĥé ðåñĝéŕ ƒîñðîñĝ îš ñöťéð.·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not checked yet: {medications} — finish the fields marked Warning to check it too.</source>
            <translation>⟦Ñöť çĥéçķéð ýéť: {medications} — ƒîñîšĥ ťĥé ƒîéļðš ɱåŕķéð Ŵåŕñîñĝ ťö çĥéçķ îť ťöö.·········· ·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Edit {medication}</source>
            <translation>⟦Éðîť {medication}·······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a step</source>
            <translation>⟦Åðð å šťéþ····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Remove step {number}</source>
            <translation>⟦Ŕéɱöṽé šťéþ {number}········⟧</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/messages.py" line="+23" />
            <source>OK</source>
            <extracomment>Translators: the button that closes a message.</extracomment>
            <translation>⟦ÖĶ····⟧</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Save</source>
            <extracomment>Translators: a button: keep the unsaved changes by saving them.</extracomment>
            <translation>⟦Šåṽé····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discard changes</source>
            <translation>⟦Ðîšçåŕð çĥåñĝéš······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation>⟦Çåñçéļ····⟧</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="-60" />
            <source>January</source>
            <translation>⟦Ĵåñûåŕý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>February</source>
            <translation>⟦Ƒéƀŕûåŕý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation>⟦Ṁåŕçĥ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>April</source>
            <translation>⟦Åþŕîļ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May</source>
            <translation>⟦Ṁåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>June</source>
            <translation>⟦Ĵûñé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>July</source>
            <translation>⟦Ĵûļý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>August</source>
            <translation>⟦Åûĝûšť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation>⟦Šéþťéɱƀéŕ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>October</source>
            <translation>⟦Öçťöƀéŕ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation>⟦Ñöṽéɱƀéŕ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>December</source>
            <translation>⟦Ðéçéɱƀéŕ····⟧</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/person_dialog.py" line="+16" />
            <location line="+1" />
            <source>Add a person</source>
            <translation>⟦Åðð å þéŕšöñ·····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name of the new person</source>
            <translation>⟦Ñåɱé öƒ ťĥé ñéŵ þéŕšöñ·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Nåɱé····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time zone of the new person</source>
            <translation>⟦Ťîɱé žöñé öƒ ťĥé ñéŵ þéŕšöñ···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time &amp;zone</source>
            <translation>⟦Ťîɱé &amp;zöñé····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Add person</source>
            <translation>⟦Åðð þéŕšöñ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>⟦Çåñçéļ····⟧</translation>
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
        <name>Operations</name>
        <message>
            <location filename="../../../medplanner/gui/operations.py" line="+117" />
            <source>Could not record this dose</source>
            <extracomment>Per-person setting recording that a plan version was saved over danger findings. Global setting: the snooze choices offered by reminders, in minutes. The service was replaced (a restore, or the demo): listeners holding it rebind.</extracomment>
            <translation>⟦Çöûļð ñöť ŕéçöŕð ťĥîš ðöšé··········⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Could not note that you are safe</source>
            <translation>⟦Çöûļð ñöť ñöťé ťĥåť ýöû åŕé šåƒé·········· ··⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Could not record the skipped dose</source>
            <translation>⟦Çöûļð ñöť ŕéçöŕð ťĥé šķîþþéð ðöšé·········· ··⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing to skip.</source>
            <translation>⟦Ñöťĥîñĝ ťö šķîþ.······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The dose was not skipped</source>
            <translation>⟦Ťĥé ðöšé ŵåš ñöť šķîþþéð··········⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Could not correct this entry</source>
            <translation>⟦Çöûļð ñöť çöŕŕéçť ťĥîš éñťŕý···········⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Could not withdraw this entry</source>
            <translation>⟦Çöûļð ñöť ŵîťĥðŕåŵ ťĥîš éñťŕý············⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The plan was not saved</source>
            <translation>⟦Ťĥé þļåñ ŵåš ñöť šåṽéð·········⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>There is already a person called "{name}".</source>
            <translation>⟦Ťĥéŕé îš åļŕéåðý å þéŕšöñ çåļļéð "{name}".·········· ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>new person</source>
            <extracomment>Translators: where a new person's details come from, named in an error message.</extracomment>
            <translation>⟦ñéŵ þéŕšöñ····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The person was not added</source>
            <translation>⟦Ťĥé þéŕšöñ ŵåš ñöť åððéð··········⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The person's details were not saved</source>
            <translation>⟦Ťĥé þéŕšöñ'š ðéťåîļš ŵéŕé ñöť šåṽéð·········· ···⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The plan was not imported</source>
            <translation>⟦Ťĥé þļåñ ŵåš ñöť îɱþöŕťéð··········⟧</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{path} could not be written ({reason})</source>
            <translation>⟦{path} çöûļð ñöť ƀé ŵŕîťťéñ ({reason})·········· ····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The plan was not exported</source>
            <translation>⟦Ťĥé þļåñ ŵåš ñöť éẋþöŕťéð··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No backup was written</source>
            <translation>⟦Ñö ƀåçķûþ ŵåš ŵŕîťťéñ········⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The backup was not restored</source>
            <translation>⟦Ťĥé ƀåçķûþ ŵåš ñöť ŕéšťöŕéð···········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>MedPlanner could not reopen its data</source>
            <translation>⟦ṀéðÞļåññéŕ çöûļð ñöť ŕéöþéñ îťš ðåťå·········· ···⟧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The setting was not saved</source>
            <translation>⟦Ťĥé šéťťîñĝ ŵåš ñöť šåṽéð··········⟧</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/planner.py" line="+62" />
            <source>Say the daily total to reach, like 1800 mg.</source>
            <translation>⟦Šåý ťĥé ðåîļý ťöťåļ ťö ŕéåçĥ, ļîķé 1800 ɱĝ.·········· ······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{problem} — write a daily total like 30 mg</source>
            <translation>⟦{problem} — ŵŕîťé å ðåîļý ťöťåļ ļîķé 30 ɱĝ·········· ······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"{text}" is not a daily total</source>
            <translation>⟦"{text}" îš ñöť å ðåîļý ťöťåļ············⟧</translation>
        </message>
    </context>
    <context>
        <name>PlannerDialog</name>
        <message>
            <location line="-28" />
            <source>A draft to discuss with the prescriber — nothing changes until you confirm</source>
            <translation>⟦Å ðŕåƒť ťö ðîšçûšš ŵîťĥ ťĥé þŕéšçŕîƀéŕ — ñöťĥîñĝ çĥåñĝéš ûñťîļ ýöû çöñƒîŕɱ·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Plan a taper of {medication}</source>
            <translation>⟦Þļåñ å ťåþéŕ öƒ {medication}···········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the draft taper</source>
            <translation>⟦Ṁåķé ťĥé ðŕåƒť ťåþéŕ········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan a titration of {medication}</source>
            <translation>⟦Þļåñ å ťîťŕåťîöñ öƒ {medication}·········· ··⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the draft titration</source>
            <translation>⟦Ṁåķé ťĥé ðŕåƒť ťîťŕåťîöñ··········⟧</translation>
        </message>
        <message>
            <location line="+25" />
            <source>0 mg: stop it</source>
            <translation>⟦0 ɱĝ: šťöþ îť·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily total to lower to, empty or 0 mg to stop</source>
            <translation>⟦Ðåîļý ťöťåļ ťö ļöŵéŕ ťö, éɱþťý öŕ 0 ɱĝ ťö šťöþ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Empty or 0 mg: stop it, slowly. Or a lower daily total, like 30 mg.</source>
            <translation>⟦Éɱþťý öŕ 0 ɱĝ: šťöþ îť, šļöŵļý. Öŕ å ļöŵéŕ ðåîļý ťöťåļ, ļîķé 30 ɱĝ.·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Daily total to raise to, like 1800 mg</source>
            <translation>⟦Ðåîļý ťöťåļ ťö ŕåîšé ťö, ļîķé 1800 ɱĝ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>like 1800 mg</source>
            <translation>⟦ļîķé 1800 ɱĝ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The daily total to reach; never above the label's daily maximum.</source>
            <translation>⟦Ťĥé ðåîļý ťöťåļ ťö ŕéåçĥ; ñéṽéŕ åƀöṽé ťĥé ļåƀéļ'š ðåîļý ɱåẋîɱûɱ.·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Target a day:</source>
            <translation>⟦&amp;Tåŕĝéť å ðåý:······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First day of the change, at the earliest</source>
            <translation>⟦Ƒîŕšť ðåý öƒ ťĥé çĥåñĝé, åť ťĥé éåŕļîéšť·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From (at the earliest):</source>
            <translation>⟦&amp;Fŕöɱ (åť ťĥé éåŕļîéšť):··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Length: the drug's label sets it (its step size and interval, and for a taper the time it takes to stop safely).</source>
            <translation>⟦Ļéñĝťĥ: ťĥé ðŕûĝ'š ļåƀéļ šéťš îť (îťš šťéþ šîžé åñð îñťéŕṽåļ, åñð ƒöŕ å ťåþéŕ ťĥé ťîɱé îť ťåķéš ťö šťöþ šåƒéļý).·········· ·········· ·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Make the draft</source>
            <translation>⟦&amp;Måķé ťĥé ðŕåƒť······⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Checks of the draft</source>
            <translation>⟦Çĥéçķš öƒ ťĥé ðŕåƒť········⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The draft and its checks</source>
            <translation>⟦Ťĥé ðŕåƒť åñð îťš çĥéçķš··········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>⟦Çļöšé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Close, change nothing</source>
            <translation>⟦Çļöšé, çĥåñĝé ñöťĥîñĝ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open in the plan editor</source>
            <translation>⟦&amp;Oþéñ îñ ťĥé þļåñ éðîťöŕ··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the draft in the plan editor to review it; nothing is saved yet</source>
            <translation>⟦Öþéñ ťĥé ðŕåƒť îñ ťĥé þļåñ éðîťöŕ ťö ŕéṽîéŵ îť; ñöťĥîñĝ îš šåṽéð ýéť·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No draft: {why}.</source>
            <translation>⟦Ñö ðŕåƒť: {why}.······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No draft: fix the target first.</source>
            <translation>⟦Ñö ðŕåƒť: ƒîẋ ťĥé ťåŕĝéť ƒîŕšť.············⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules used:</source>
            <translation>⟦Ŕûļéš ûšéð:····⟧</translation>
        </message>
    </context>
    <context>
        <name>PlannerSteps</name>
        <message>
            <location line="-187" />
            <source>{dose} at {time}</source>
            <extracomment>Translators: one dose of a draft's step: "10 mg at 08:00".</extracomment>
            <translation>⟦{dose} åť {time}······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{first} to {last}: {doses} ({total} a day)</source>
            <extracomment>Translators: a draft's step: its days, its doses and its daily total.</extracomment>
            <translation>⟦{first} ťö {last}: {doses} ({total} å ðåý)·········· ······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From {first}: {doses} ({total} a day)</source>
            <extracomment>Translators: a draft's last step (no end): first day, doses and daily total.</extracomment>
            <translation>⟦Ƒŕöɱ {first}: {doses} ({total} å ðåý)·········· ····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last dose on {day}, then it stops.</source>
            <translation>⟦Ļåšť ðöšé öñ {day}, ťĥéñ îť šťöþš.·········· ···⟧</translation>
        </message>
    </context>
    <context>
        <name>RedFlagBanner</name>
        <message>
            <location filename="../../../medplanner/gui/red_flag_banner.py" line="+53" />
            <source>Emergency: {headline}</source>
            <translation>⟦Éɱéŕĝéñçý: {headline}········⟧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>I'm &amp;safe now</source>
            <translation>⟦Î'ɱ &amp;såƒé ñöŵ·····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>I'm safe now</source>
            <translation>⟦Î'ɱ šåƒé ñöŵ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say the emergency is over: the warning ends and is kept in the diary</source>
            <translation>⟦Šåý ťĥé éɱéŕĝéñçý îš öṽéŕ: ťĥé ŵåŕñîñĝ éñðš åñð îš ķéþť îñ ťĥé ðîåŕý·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&lt;b&gt;{symptom}&lt;/b&gt; — noted {when}. {why}</source>
            <translation>⟦&lt;b&gt;{symptom}&lt;/b&gt; — ñöťéð {when}. {why}·········· ····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{symptom}, noted {when}</source>
            <translation>⟦{symptom}, ñöťéð {when}·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{flags}. {what_to_do}</source>
            <translation>⟦{flags}. {what_to_do}········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{date} {time:%H:%M}</source>
            <extracomment>Translators: when a symptom was noted: a date near today and a time ("Wed 6 Jan 14:00").</extracomment>
            <translation>⟦{date} {time:%H:%M}········⟧</translation>
        </message>
    </context>
    <context>
        <name>RefillDialog</name>
        <message>
            <location filename="../../../medplanner/gui/stock.py" line="+105" />
            <source>tablets or capsules</source>
            <translation>⟦ťåƀļéťš öŕ çåþšûļéš········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Stock of {medication}</source>
            <translation>⟦Šťöçķ öƒ {medication}········⟧</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Refill or count {medication}</source>
            <translation>⟦Ŕéƒîļļ öŕ çöûñť {medication}···········⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Now: {units} {unit_words} on hand.</source>
            <translation>⟦Ñöŵ: {units} {unit_words} öñ ĥåñð.·········· ···⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not counted yet.</source>
            <translation>⟦Ñöť çöûñťéð ýéť.······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add a refill (more on hand)</source>
            <translation>⟦&amp;Aðð å ŕéƒîļļ (ɱöŕé öñ ĥåñð)···········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set the count (what is in the box now)</source>
            <translation>⟦&amp;Séť ťĥé çöûñť (ŵĥåť îš îñ ťĥé ƀöẋ ñöŵ)·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct (dropped, lost or found)</source>
            <translation>⟦&amp;Cöŕŕéçť (ðŕöþþéð, ļöšť öŕ ƒöûñð)·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a refill</source>
            <translation>⟦Åðð å ŕéƒîļļ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the count</source>
            <translation>⟦Šéť ťĥé çöûñť·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correct the stock</source>
            <translation>⟦Çöŕŕéçť ťĥé šťöçķ·······⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Number of {unit_words}</source>
            <translation>⟦Ñûɱƀéŕ öƒ {unit_words}·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Number of {unit_words}:</source>
            <translation>⟦&amp;Nûɱƀéŕ öƒ {unit_words}:··········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reason</source>
            <translation>⟦Ŕéåšöñ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason:</source>
            <translation>⟦&amp;Réåšöñ:····⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Problem</source>
            <translation>⟦Þŕöƀļéɱ····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>⟦Çåñçéļ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel, record nothing</source>
            <translation>⟦Çåñçéļ, ŕéçöŕð ñöťĥîñĝ·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>⟦Šåṽé····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the stock of {medication}</source>
            <translation>⟦Šåṽé ťĥé šťöçķ öƒ {medication}············⟧</translation>
        </message>
        <message>
            <location line="+25" />
            <source>How many came from the pharmacy. They are added to what is on hand.</source>
            <translation>⟦Ĥöŵ ɱåñý çåɱé ƒŕöɱ ťĥé þĥåŕɱåçý. Ťĥéý åŕé åððéð ťö ŵĥåť îš öñ ĥåñð.·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many are in the box now. This count replaces the one before.</source>
            <translation>⟦Ĥöŵ ɱåñý åŕé îñ ťĥé ƀöẋ ñöŵ. Ťĥîš çöûñť ŕéþļåçéš ťĥé öñé ƀéƒöŕé.·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many to take away (write -1 for one dropped) or add (1 for one found). The reason is kept with your stock history.</source>
            <translation>⟦Ĥöŵ ɱåñý ťö ťåķé åŵåý (ŵŕîťé -1 ƒöŕ öñé ðŕöþþéð) öŕ åðð (1 ƒöŕ öñé ƒöûñð). Ťĥé ŕéåšöñ îš ķéþť ŵîťĥ ýöûŕ šťöçķ ĥîšťöŕý.·········· ·········· ·········· ·········· ···⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reason (needed):</source>
            <translation>⟦&amp;Réåšöñ (ñééðéð):·······⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Reason (optional):</source>
            <translation>⟦&amp;Réåšöñ (öþťîöñåļ):········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason, needed</source>
            <translation>⟦Ŕéåšöñ, ñééðéð······⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason, optional</source>
            <translation>⟦Ŕéåšöñ, öþťîöñåļ······⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter a number of tablets or capsules.</source>
            <translation>⟦Éñťéŕ å ñûɱƀéŕ öƒ ťåƀļéťš öŕ çåþšûļéš.·········· ····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A refill adds more than 0.</source>
            <translation>⟦Å ŕéƒîļļ åððš ɱöŕé ťĥåñ 0.··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A correction of 0 changes nothing.</source>
            <translation>⟦Å çöŕŕéçťîöñ öƒ 0 çĥåñĝéš ñöťĥîñĝ.·········· ···⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say why the stock changed, for example: dropped one.</source>
            <translation>⟦Šåý ŵĥý ťĥé šťöçķ çĥåñĝéð, ƒöŕ éẋåɱþļé: ðŕöþþéð öñé.·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{severity}: {message}</source>
            <translation>⟦{severity}: {message}········⟧</translation>
        </message>
    </context>
    <context>
        <name>RefillGroup</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings_groups.py" line="-131" />
            <source>Refills (this person)</source>
            <translation>⟦Ŕéƒîļļš (ťĥîš þéŕšöñ)········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source> days</source>
            <translation> ⟦ðåýš····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remind this many days before the stock runs out, 0 to {most} days</source>
            <translation>⟦Ŕéɱîñð ťĥîš ɱåñý ðåýš ƀéƒöŕé ťĥé šťöçķ ŕûñš öûť, 0 ťö {most} ðåýš·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remind &amp;before the run-out</source>
            <translation>⟦Ŕéɱîñð &amp;béƒöŕé ťĥé ŕûñ-öûť··········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>automatic</source>
            <translation>⟦åûťöɱåťîç····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time of day of the refill reminder, HH:MM</source>
            <translation>⟦Ťîɱé öƒ ðåý öƒ ťĥé ŕéƒîļļ ŕéɱîñðéŕ, ĤĤ:ṀṀ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>HH:MM, like 10:00; empty: MedPlanner chooses</source>
            <translation>⟦ĤĤ:ṀṀ, ļîķé 10:00; éɱþťý: ṀéðÞļåññéŕ çĥööšéš·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HH:MM</source>
            <translation>⟦ĤĤ:ṀṀ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminder &amp;time</source>
            <translation>⟦Ŕéɱîñðéŕ &amp;tîɱé······⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save refill settings</source>
            <translation>⟦Šåṽé ŕéƒîļļ šéťťîñĝš········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the refill settings</source>
            <translation>⟦Šåṽé ťĥé ŕéƒîļļ šéťťîñĝš··········⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Refills</source>
            <translation>⟦Ŕéƒîļļš····⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{problem} (HH:MM), or leave it empty</source>
            <translation>⟦{problem} (ĤĤ:ṀṀ), öŕ ļéåṽé îť éɱþťý·········· ···⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The refill settings were not saved</source>
            <translation>⟦Ťĥé ŕéƒîļļ šéťťîñĝš ŵéŕé ñöť šåṽéð·········· ···⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Saved: refill reminders %n days before the run-out, at {time}.</source>
            <translation>
                <numerusform>⟦Šåṽéð: ŕéƒîļļ ŕéɱîñðéŕš %n ðåýš ƀéƒöŕé ťĥé ŕûñ-öûť, åť {time}.·········· ·········· ···⟧</numerusform>
                <numerusform>⟦Šåṽéð: ŕéƒîļļ ŕéɱîñðéŕš %n ðåýš ƀéƒöŕé ťĥé ŕûñ-öûť, åť {time}.·········· ·········· ···⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Saved: refill reminders %n days before the run-out, at a time MedPlanner chooses.</source>
            <translation>
                <numerusform>⟦Šåṽéð: ŕéƒîļļ ŕéɱîñðéŕš %n ðåýš ƀéƒöŕé ťĥé ŕûñ-öûť, åť å ťîɱé ṀéðÞļåññéŕ çĥööšéš.·········· ·········· ··········⟧</numerusform>
                <numerusform>⟦Šåṽéð: ŕéƒîļļ ŕéɱîñðéŕš %n ðåýš ƀéƒöŕé ťĥé ŕûñ-öûť, åť å ťîɱé ṀéðÞļåññéŕ çĥööšéš.·········· ·········· ··········⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message numerus="yes">
            <location filename="../../../medplanner/gui/reminder_controller.py" line="+242" />
            <source>Time for {medication} {dose} and %n more</source>
            <extracomment>A batch was shown (pop-ups or the catch-up window): tests and the benchmark wait on it. (person, message): stock is running low; shown at most once a day per person. (person, ReviewReminder): the prescriber's review is a few days off; once per review. (person, ReviewReminder): "Make the report…" was pressed (``open_report`` is called). A reminder window recorded a Take/Skip/Snooze (``on_changed`` is called too). The tray's Open, or a click on a notification: the main window raises itself. The tray's Quit. What the last "Take all due" did (tests and the window's tooltip read it). Opens File ▸ Export… with the doctor's report for a review (the app sets it: ``review_window.open_review_report``); the dialog it returns is kept.</extracomment>
            <translation>
                <numerusform>⟦Ťîɱé ƒöŕ {medication} {dose} åñð %n ɱöŕé·········· ·····⟧</numerusform>
                <numerusform>⟦Ťîɱé ƒöŕ {medication} {dose} åñð %n ɱöŕé·········· ·····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time for {medication} {dose}</source>
            <translation>⟦Ťîɱé ƒöŕ {medication} {dose}···········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due at {time:%H:%M}. Open the reminder to answer.</source>
            <translation>⟦Ðûé åť {time:%H:%M}. Öþéñ ťĥé ŕéɱîñðéŕ ťö åñšŵéŕ.·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{names} and {name}</source>
            <extracomment>Translators: joins the names of medications to refill ("A and B and C").</extracomment>
            <translation>⟦{names} åñð {name}·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refill: {medications}</source>
            <translation>⟦Ŕéƒîļļ: {medications}········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Review with the prescriber</source>
            <translation>⟦Ŕéṽîéŵ ŵîťĥ ťĥé þŕéšçŕîƀéŕ··········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderGroup</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings_groups.py" line="-139" />
            <source>Reminders</source>
            <translation>⟦Ŕéɱîñðéŕš····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Snooze choices in minutes, like 5, 10, 30</source>
            <translation>⟦Šñööžé çĥöîçéš îñ ɱîñûťéš, ļîķé 5, 10, 30·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes, separated by commas</source>
            <translation>⟦Ṁîñûťéš, šéþåŕåťéð ƀý çöɱɱåš···········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sn&amp;ooze choices</source>
            <translation>⟦Šñ&amp;oöžé çĥöîçéš······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Start MedPlanner when I &amp;log in (reminders need it running)</source>
            <translation>⟦Šťåŕť ṀéðÞļåññéŕ ŵĥéñ Î &amp;löĝ îñ (ŕéɱîñðéŕš ñééð îť ŕûññîñĝ)·········· ·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start MedPlanner when I log in</source>
            <translation>⟦Šťåŕť ṀéðÞļåññéŕ ŵĥéñ Î ļöĝ îñ············⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Give one or more whole numbers of minutes from 1 to 240, like 5, 10, 30</source>
            <translation>⟦Ĝîṽé öñé öŕ ɱöŕé ŵĥöļé ñûɱƀéŕš öƒ ɱîñûťéš ƒŕöɱ 1 ťö 240, ļîķé 5, 10, 30·········· ·········· ······⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message>
            <location filename="../../../medplanner/gui/popup_row.py" line="+91" />
            <source>&amp;Take</source>
            <extracomment>Translators: a button: record this dose as taken now.</extracomment>
            <translation>⟦&amp;Tåķé····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take</source>
            <translation>⟦Ťåķé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record as taken</source>
            <translation>⟦Ŕéçöŕð åš ťåķéñ······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>S&amp;nooze…</source>
            <translation>⟦Š&amp;nööžé…····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snooze</source>
            <translation>⟦Šñööžé····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remind me again in 5, 10 or 30 minutes</source>
            <translation>⟦Ŕéɱîñð ɱé åĝåîñ îñ 5, 10 öŕ 30 ɱîñûťéš·········· ····⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>&amp;%n minutes</source>
            <translation>
                <numerusform>⟦&amp;%n ɱîñûťéš····⟧</numerusform>
                <numerusform>⟦&amp;%n ɱîñûťéš····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;kip…</source>
            <translation>⟦Š&amp;kîþ…····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip</source>
            <translation>⟦Šķîþ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record as skipped, with a reason if you like</source>
            <translation>⟦Ŕéçöŕð åš šķîþþéð, ŵîťĥ å ŕéåšöñ îƒ ýöû ļîķé·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reason (optional)</source>
            <translation>⟦Ŕéåšöñ (öþťîöñåļ)·······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for skipping (optional)</source>
            <translation>⟦Ŕéåšöñ ƒöŕ šķîþþîñĝ (öþťîöñåļ)············⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Skip &amp;dose</source>
            <translation>⟦Šķîþ &amp;döšé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skip this dose</source>
            <translation>⟦Šķîþ ťĥîš ðöšé······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back</source>
            <translation>⟦&amp;Båçķ····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back, do not skip</source>
            <translation>⟦Ɓåçķ, ðö ñöť šķîþ·······⟧</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Time for {what} — MedPlanner</source>
            <translation>⟦Ťîɱé ƒöŕ {what} — ṀéðÞļåññéŕ···········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For {person}</source>
            <translation>⟦Ƒöŕ {person}·····⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Medication reminder</source>
            <translation>⟦Ṁéðîçåťîöñ ŕéɱîñðéŕ········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../../medplanner/gui/tray.py" line="+124" />
            <source>&amp;Open MedPlanner</source>
            <translation>⟦&amp;Oþéñ ṀéðÞļåññéŕ······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Snooze all</source>
            <translation>⟦&amp;Sñööžé åļļ····⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>&amp;%n minutes</source>
            <translation>
                <numerusform>⟦&amp;%n ɱîñûťéš····⟧</numerusform>
                <numerusform>⟦&amp;%n ɱîñûťéš····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Start at &amp;login</source>
            <translation>⟦Šťåŕť åť &amp;löĝîñ······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>⟦&amp;Qûîť····⟧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>MedPlanner — no dose in the next two days</source>
            <translation>⟦ṀéðÞļåññéŕ — ñö ðöšé îñ ťĥé ñéẋť ťŵö ðåýš·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>MedPlanner — next: {medication} {dose} at {time:%H:%M} ({person})</source>
            <translation>⟦ṀéðÞļåññéŕ — ñéẋť: {medication} {dose} åť {time:%H:%M} ({person})·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>MedPlanner — next: {medication} {dose} at {time:%H:%M}</source>
            <translation>⟦ṀéðÞļåññéŕ — ñéẋť: {medication} {dose} åť {time:%H:%M}·········· ···········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../../medplanner/gui/popup.py" line="+81" />
            <source>Medication reminder</source>
            <translation>⟦Ṁéðîçåťîöñ ŕéɱîñðéŕ········⟧</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Take &amp;all due</source>
            <translation>⟦Ťåķé &amp;aļļ ðûé·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take all due</source>
            <translation>⟦Ťåķé åļļ ðûé·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record every dose listed; any with a warning is asked about once</source>
            <translation>⟦Ŕéçöŕð éṽéŕý ðöšé ļîšťéð; åñý ŵîťĥ å ŵåŕñîñĝ îš åšķéð åƀöûť öñçé·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Time for {what} — MedPlanner</source>
            <translation>⟦Ťîɱé ƒöŕ {what} — ṀéðÞļåññéŕ···········⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n doses due — MedPlanner</source>
            <translation>
                <numerusform>⟦%n ðöšéš ðûé — ṀéðÞļåññéŕ··········⟧</numerusform>
                <numerusform>⟦%n ðöšéš ðûé — ṀéðÞļåññéŕ··········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n doses are due now. Answer each, or take all at once.</source>
            <translation>
                <numerusform>⟦%n ðöšéš åŕé ðûé ñöŵ. Åñšŵéŕ éåçĥ, öŕ ťåķé åļļ åť öñçé.·········· ···········⟧</numerusform>
                <numerusform>⟦%n ðöšéš åŕé ðûé ñöŵ. Åñšŵéŕ éåçĥ, öŕ ťåķé åļļ åť öñçé.·········· ···········⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewReminderWindow</name>
        <message>
            <location filename="../../../medplanner/gui/review_window.py" line="+42" />
            <source>Review with the prescriber — {person} — MedPlanner</source>
            <extracomment>The person asked for the report (the controller opens the export dialog).</extracomment>
            <translation>⟦Ŕéṽîéŵ ŵîťĥ ťĥé þŕéšçŕîƀéŕ — {person} — ṀéðÞļåññéŕ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Review reminder for {person}: {message}</source>
            <translation>⟦Ŕéṽîéŵ ŕéɱîñðéŕ ƒöŕ {person}: {message}·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Review with the prescriber — {person}</source>
            <translation>⟦Ŕéṽîéŵ ŵîťĥ ťĥé þŕéšçŕîƀéŕ — {person}·········· ····⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Make the report…</source>
            <translation>⟦&amp;Måķé ťĥé ŕéþöŕť…·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the doctor's report for {period}</source>
            <translation>⟦Ṁåķé ťĥé ðöçťöŕ'š ŕéþöŕť ƒöŕ {period}·········· ····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Later</source>
            <translation>⟦&amp;Låťéŕ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close this reminder</source>
            <translation>⟦Çļöšé ťĥîš ŕéɱîñðéŕ········⟧</translation>
        </message>
    </context>
    <context>
        <name>Sedation</name>
        <message>
            <location filename="../../../medplanner/gui/charts/sedation.py" line="+49" />
            <source>General guidance, not a label rule: taking them at different times does not take the risk of drowsiness away. Discuss any change with your prescriber or pharmacist first.</source>
            <translation>⟦Ĝéñéŕåļ ĝûîðåñçé, ñöť å ļåƀéļ ŕûļé: ťåķîñĝ ťĥéɱ åť ðîƒƒéŕéñť ťîɱéš ðöéš ñöť ťåķé ťĥé ŕîšķ öƒ ðŕöŵšîñéšš åŵåý. Ðîšçûšš åñý çĥåñĝé ŵîťĥ ýöûŕ þŕéšçŕîƀéŕ öŕ þĥåŕɱåçîšť ƒîŕšť.·········· ·········· ·········· ·········· ·········· ·········· ··⟧</translation>
        </message>
    </context>
    <context>
        <name>SedationChart</name>
        <message>
            <location line="+17" />
            <source>Drowsiness load over 24 hours</source>
            <translation>⟦Ðŕöŵšîñéšš ļöåð öṽéŕ 24 ĥöûŕš············⟧</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No two sedating medicines are taken together: there is no load to chart.</source>
            <translation>⟦Ñö ťŵö šéðåťîñĝ ɱéðîçîñéš åŕé ťåķéñ ťöĝéťĥéŕ: ťĥéŕé îš ñö ļöåð ťö çĥåŕť.·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Modelled drowsiness load over 24 hours (each medicine 1 at its own peak; the combined load is their sum).</source>
            <translation>⟦Ṁöðéļļéð ðŕöŵšîñéšš ļöåð öṽéŕ 24 ĥöûŕš (éåçĥ ɱéðîçîñé 1 åť îťš öŵñ þéåķ; ťĥé çöɱƀîñéð ļöåð îš ťĥéîŕ šûɱ).·········· ·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now: {times}. Highest while awake {value:.1f} at {time}.</source>
            <translation>⟦Ñöŵ: {times}. Ĥîĝĥéšť ŵĥîļé åŵåķé {value:.1f} åť {time}.·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{medicine} peaks at {time}.</source>
            <translation>⟦{medicine} þéåķš åť {time}.···········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Suggested: {times}. Highest while awake {value:.1f} at {time}, about {percent}% lower.</source>
            <translation>⟦Šûĝĝéšťéð: {times}. Ĥîĝĥéšť ŵĥîļé åŵåķé {value:.1f} åť {time}, åƀöûť {percent}% ļöŵéŕ.·········· ·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not in the model: {medicines}.</source>
            <translation>⟦Ñöť îñ ťĥé ɱöðéļ: {medicines}.············⟧</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Combined load</source>
            <extracomment>Translators: a chart's legend: the line of all the medicines' drowsiness added up.</extracomment>
            <translation>⟦Çöɱƀîñéð ļöåð·····⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Highest while awake</source>
            <translation>⟦Ĥîĝĥéšť ŵĥîļé åŵåķé········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Night (asleep)</source>
            <translation>⟦Ñîĝĥť (åšļééþ)······⟧</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Now: highest while awake {value:.1f} at {time}</source>
            <extracomment>Translators: the heading of the chart's panel for the times taken now.</extracomment>
            <translation>⟦Ñöŵ: ĥîĝĥéšť ŵĥîļé åŵåķé {value:.1f} åť {time}·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Suggested: highest while awake {value:.1f} at {time} (about {percent}% lower)</source>
            <extracomment>Translators: the heading of the chart's panel for the suggested times.</extracomment>
            <translation>⟦Šûĝĝéšťéð: ĥîĝĥéšť ŵĥîļé åŵåķé {value:.1f} åť {time} (åƀöûť {percent}% ļöŵéŕ)·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Suggested: highest while awake {value:.1f} at {time}</source>
            <translation>⟦Šûĝĝéšťéð: ĥîĝĥéšť ŵĥîļé åŵåķé {value:.1f} åť {time}·········· ··········⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings.py" line="+50" />
            <location line="+6" />
            <source>Not given</source>
            <translation>⟦Ñöť ĝîṽéñ····⟧</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Creatinine clearance (mL/min)</source>
            <translation>⟦Çŕéåťîñîñé çļéåŕåñçé (ɱĻ/ɱîñ)············⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Estimate it from age, weight, sex and creatinine</source>
            <translation>⟦Éšťîɱåťé îť ƒŕöɱ åĝé, ŵéîĝĥť, šéẋ åñð çŕéåťîñîñé·········· ········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Female</source>
            <translation>⟦Ƒéɱåļé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>⟦Ṁåļé····⟧</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The person</source>
            <translation>⟦Ťĥé þéŕšöñ····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Nåɱé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the person</source>
            <translation>⟦Ñåɱé öƒ ťĥé þéŕšöñ·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time &amp;zone</source>
            <translation>⟦Ťîɱé &amp;zöñé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time zone, like Europe/London</source>
            <translation>⟦Ťîɱé žöñé, ļîķé Éûŕöþé/Ļöñðöñ············⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Wakes at</source>
            <translation>⟦&amp;Wåķéš åť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wakes at, like 07:00</source>
            <translation>⟦Ŵåķéš åť, ļîķé 07:00········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>07:00 (optional)</source>
            <translation>⟦07:00 (öþťîöñåļ)······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bedtime</source>
            <translation>⟦&amp;Béðťîɱé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bedtime, like 22:30</source>
            <translation>⟦Ɓéðťîɱé, ļîķé 22:30········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>22:30 (optional)</source>
            <translation>⟦22:30 (öþťîöñåļ)······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How kidney function is given</source>
            <translation>⟦Ĥöŵ ķîðñéý ƒûñçťîöñ îš ĝîṽéñ···········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kidney function</source>
            <translation>⟦&amp;Kîðñéý ƒûñçťîöñ······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clearance</source>
            <translation>⟦&amp;Cļéåŕåñçé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creatinine clearance in mL/min</source>
            <translation>⟦Çŕéåťîñîñé çļéåŕåñçé îñ ɱĻ/ɱîñ············⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>mL/min</source>
            <translation>⟦ɱĻ/ɱîñ····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A&amp;ge</source>
            <translation>⟦Å&amp;gé····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age in years</source>
            <translation>⟦Åĝé îñ ýéåŕš·····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>years</source>
            <translation>⟦ýéåŕš····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>W&amp;eight</source>
            <translation>⟦Ŵ&amp;eîĝĥť····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weight in kg</source>
            <translation>⟦Ŵéîĝĥť îñ ķĝ·····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>kg</source>
            <translation>⟦ķĝ····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Sex</source>
            <translation>⟦&amp;Séẋ····⟧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex, for the kidney estimate</source>
            <translation>⟦Šéẋ, ƒöŕ ťĥé ķîðñéý éšťîɱåťé···········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit of the serum creatinine</source>
            <translation>⟦Ûñîť öƒ ťĥé šéŕûɱ çŕéåťîñîñé···········⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>C&amp;reatinine</source>
            <translation>⟦Ç&amp;réåťîñîñé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+264" />
            <source>Serum creatinine in {unit}</source>
            <translation>⟦Šéŕûɱ çŕéåťîñîñé îñ {unit}··········⟧</translation>
        </message>
        <message>
            <location line="-257" />
            <source>S&amp;tagger window</source>
            <translation>⟦Š&amp;tåĝĝéŕ ŵîñðöŵ······⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes to keep sedating doses apart</source>
            <translation>⟦Ṁîñûťéš ťö ķééþ šéðåťîñĝ ðöšéš åþåŕť·········· ···⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>120 minutes (the default)</source>
            <translation>⟦120 ɱîñûťéš (ťĥé ðéƒåûļť)··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Grace &amp;period</source>
            <translation>⟦Ĝŕåçé &amp;péŕîöð·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes before a dose counts as missed</source>
            <translation>⟦Ṁîñûťéš ƀéƒöŕé å ðöšé çöûñťš åš ɱîššéð·········· ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>60 minutes (the default)</source>
            <translation>⟦60 ɱîñûťéš (ťĥé ðéƒåûļť)··········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save person</source>
            <translation>⟦Šåṽé þéŕšöñ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the person's details</source>
            <translation>⟦Šåṽé ťĥé þéŕšöñ'š ðéťåîļš··········⟧</translation>
        </message>
        <message>
            <location line="+25" />
            <source>MedPlanner checks, reminds and explains. It does not replace your prescriber or pharmacist, and it never changes a dose by itself.</source>
            <translation>⟦ṀéðÞļåññéŕ çĥéçķš, ŕéɱîñðš åñð éẋþļåîñš. Îť ðöéš ñöť ŕéþļåçé ýöûŕ þŕéšçŕîƀéŕ öŕ þĥåŕɱåçîšť, åñð îť ñéṽéŕ çĥåñĝéš å ðöšé ƀý îťšéļƒ.·········· ·········· ·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+161" />
            <source>Not saved: fix the fields marked Warning first.</source>
            <translation>⟦Ñöť šåṽéð: ƒîẋ ťĥé ƒîéļðš ɱåŕķéð Ŵåŕñîñĝ ƒîŕšť.·········· ········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {name}'s details.</source>
            <translation>⟦Šåṽéð {name}'š ðéťåîļš.·········⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Could not change start at login: {error}</source>
            <translation>⟦Çöûļð ñöť çĥåñĝé šťåŕť åť ļöĝîñ: {error}·········· ·····⟧</translation>
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
        <name>ShortMonths</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="-25" />
            <source>Jan</source>
            <translation>⟦Ĵåñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feb</source>
            <translation>⟦Ƒéƀ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mar</source>
            <translation>⟦Ṁåŕ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apr</source>
            <translation>⟦Åþŕ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May</source>
            <translation>⟦Ṁåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jun</source>
            <translation>⟦Ĵûñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jul</source>
            <translation>⟦Ĵûļ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aug</source>
            <translation>⟦Åûĝ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sep</source>
            <translation>⟦Šéþ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oct</source>
            <translation>⟦Öçť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nov</source>
            <translation>⟦Ñöṽ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dec</source>
            <translation>⟦Ðéç····⟧</translation>
        </message>
    </context>
    <context>
        <name>ShortWeekdays</name>
        <message>
            <location line="-30" />
            <source>Mon</source>
            <translation>⟦Ṁöñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tue</source>
            <translation>⟦Ťûé····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation>⟦Ŵéð····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation>⟦Ťĥû····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation>⟦Ƒŕî····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sat</source>
            <translation>⟦Šåť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>⟦Šûñ····⟧</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <location filename="../../../medplanner/gui/single_instance.py" line="+325" />
            <source>another MedPlanner holds the instance lock but does not answer at {name}</source>
            <extracomment>The lock the running instance holds for its whole life (``flock``), in its folder. How long a second start waits for the first to answer: a hang guard for a busy machine, only ever waited out in full when something that is not MedPlanner listens. How often a second start tries again to reach a first that is not listening yet. sun_path holds 108 bytes on Linux, 104 on macOS. The descriptor of the lock file this instance holds (``flock``), if any. True until :meth:`listen` starts the server of a lock holder.</extracomment>
            <translation>⟦åñöťĥéŕ ṀéðÞļåññéŕ ĥöļðš ťĥé îñšťåñçé ļöçķ ƀûť ðöéš ñöť åñšŵéŕ åť {name}·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>MedPlanner cannot listen on {name} ({error})</source>
            <translation>⟦ṀéðÞļåññéŕ çåññöť ļîšťéñ öñ {name} ({error})·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+39" />
            <source>{why}. MedPlanner keeps running and reminding, but cannot tell whether another MedPlanner is open on the same data: close any other one to avoid double reminders.</source>
            <translation>⟦{why}. ṀéðÞļåññéŕ ķééþš ŕûññîñĝ åñð ŕéɱîñðîñĝ, ƀûť çåññöť ťéļļ ŵĥéťĥéŕ åñöťĥéŕ ṀéðÞļåññéŕ îš öþéñ öñ ťĥé šåɱé ðåťå: çļöšé åñý öťĥéŕ öñé ťö åṽöîð ðöûƀļé ŕéɱîñðéŕš.·········· ·········· ·········· ·········· ·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+22" />
            <source>the instance name {name} cannot be checked ({error})</source>
            <translation>⟦ťĥé îñšťåñçé ñåɱé {name} çåññöť ƀé çĥéçķéð ({error})·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the instance name {name} is taken by a file that is not MedPlanner's</source>
            <translation>⟦ťĥé îñšťåñçé ñåɱé {name} îš ťåķéñ ƀý å ƒîļé ťĥåť îš ñöť ṀéðÞļåññéŕ'š·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the instance name {name} is taken by another user's socket (uid {uid})</source>
            <translation>⟦ťĥé îñšťåñçé ñåɱé {name} îš ťåķéñ ƀý åñöťĥéŕ ûšéŕ'š šöçķéť (ûîð {uid})·········· ·········· ······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the instance name {name} is held by a program that does not answer as MedPlanner</source>
            <translation>⟦ťĥé îñšťåñçé ñåɱé {name} îš ĥéļð ƀý å þŕöĝŕåɱ ťĥåť ðöéš ñöť åñšŵéŕ åš ṀéðÞļåññéŕ·········· ·········· ··········⟧</translation>
        </message>
    </context>
    <context>
        <name>Stagger</name>
        <message>
            <location filename="../../../medplanner/gui/charts/stagger.py" line="+39" />
            <source>{medicine} at {times}</source>
            <extracomment>Translators: a medicine and its times of day: "baclofen at 08:00 and 20:00".</extracomment>
            <translation>⟦{medicine} åť {times}········⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Change the times to: {times}? (Now: {now}.) The doses and how many a day stay the same. The model expects the highest drowsiness while awake to be about {percent}% lower. {guidance} This makes a new version of the plan; the old one is kept.</source>
            <extracomment>Translators: {guidance} is a whole sentence of its own, said between these.</extracomment>
            <translation>⟦Çĥåñĝé ťĥé ťîɱéš ťö: {times}? (Ñöŵ: {now}.) Ťĥé ðöšéš åñð ĥöŵ ɱåñý å ðåý šťåý ťĥé šåɱé. Ťĥé ɱöðéļ éẋþéçťš ťĥé ĥîĝĥéšť ðŕöŵšîñéšš ŵĥîļé åŵåķé ťö ƀé åƀöûť {percent}% ļöŵéŕ. {guidance} Ťĥîš ɱåķéš å ñéŵ ṽéŕšîöñ öƒ ťĥé þļåñ; ťĥé öļð öñé îš ķéþť.·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A model of how the body takes up and clears these medicines suggests: {new} (now: {now}). The highest drowsiness while awake could be about {percent}% lower, with the same doses. {guidance}</source>
            <translation>⟦Å ɱöðéļ öƒ ĥöŵ ťĥé ƀöðý ťåķéš ûþ åñð çļéåŕš ťĥéšé ɱéðîçîñéš šûĝĝéšťš: {new} (ñöŵ: {now}). Ťĥé ĥîĝĥéšť ðŕöŵšîñéšš ŵĥîļé åŵåķé çöûļð ƀé åƀöûť {percent}% ļöŵéŕ, ŵîťĥ ťĥé šåɱé ðöšéš. {guidance}·········· ·········· ·········· ·········· ·········· ·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Use the new times</source>
            <translation>⟦Ûšé ťĥé ñéŵ ťîɱéš·······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep my times</source>
            <translation>⟦Ķééþ ɱý ťîɱéš·····⟧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Use the suggested times?</source>
            <translation>⟦Ûšé ťĥé šûĝĝéšťéð ťîɱéš?··········⟧</translation>
        </message>
    </context>
    <context>
        <name>StaggerPanel</name>
        <message>
            <location line="+27" />
            <source>Apply suggestion…</source>
            <translation>⟦Åþþļý šûĝĝéšťîöñ…·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Asks first; makes a new version of the plan with the suggested times</source>
            <translation>⟦Åšķš ƒîŕšť; ɱåķéš å ñéŵ ṽéŕšîöñ öƒ ťĥé þļåñ ŵîťĥ ťĥé šûĝĝéšťéð ťîɱéš·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{sign}: no change of times is suggested.</source>
            <extracomment>Translators: {sign} is the "Info" sign and word.</extracomment>
            <translation>⟦{sign}: ñö çĥåñĝé öƒ ťîɱéš îš šûĝĝéšťéð.·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{sign}: {suggestion}</source>
            <translation>⟦{sign}: {suggestion}········⟧</translation>
        </message>
    </context>
    <context>
        <name>StepsTable</name>
        <message>
            <location filename="../../../medplanner/gui/views/steps_table.py" line="+31" />
            <source>From (date)</source>
            <translation>⟦Ƒŕöɱ (ðåťé)····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dose</source>
            <translation>⟦Ðöšé····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Times</source>
            <translation>⟦Ťîɱéš····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Repeat</source>
            <translation>⟦Ŕéþéåť····⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Steps: from date, dose, times and repeat of each step</source>
            <translation>⟦Šťéþš: ƒŕöɱ ðåťé, ðöšé, ťîɱéš åñð ŕéþéåť öƒ éåçĥ šťéþ·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Step {number}, {column}</source>
            <translation>⟦Šťéþ {number}, {column}·········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning: {problem}</source>
            <translation>⟦Ŵåŕñîñĝ: {problem}·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{cell}, like {example}</source>
            <translation>⟦{cell}, ļîķé {example}·········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>empty</source>
            <translation>⟦éɱþťý····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{cell}: {text}. Problem: {problem}</source>
            <translation>⟦{cell}: {text}. Þŕöƀļéɱ: {problem}·········· ···⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{cell}: {text}</source>
            <translation>⟦{cell}: {text}······⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{number} to fix</source>
            <translation>⟦{number} ťö ƒîẋ······⟧</translation>
        </message>
    </context>
    <context>
        <name>StockPanel</name>
        <message>
            <location filename="../../../medplanner/gui/stock_panel.py" line="+40" />
            <source>{date} at {time:%H:%M}</source>
            <extracomment>ui.md: targets at least 44 × 44 px at 100 % text size.</extracomment>
            <translation>⟦{date} åť {time:%H:%M}·········⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Taken as needed: no run-out date along the plan</source>
            <translation>⟦Ťåķéñ åš ñééðéð: ñö ŕûñ-öûť ðåťé åļöñĝ ťĥé þļåñ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Runs out {when}</source>
            <translation>⟦Ŕûñš öûť {when}······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lasts more than ten years along the plan</source>
            <translation>⟦Ļåšťš ɱöŕé ťĥåñ ťéñ ýéåŕš åļöñĝ ťĥé þļåñ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lasts to the end of the plan</source>
            <translation>⟦Ļåšťš ťö ťĥé éñð öƒ ťĥé þļåñ···········⟧</translation>
        </message>
        <message>
            <location line="+144" />
            <location line="+2" />
            <source>Stock on hand</source>
            <extracomment>The person asked to refill, count or correct this medication (its plan name).</extracomment>
            <translation>⟦Šťöçķ öñ ĥåñð·····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No stock counted yet. Count the tablets or capsules of a medication that has a strength, then enter the number with Count / refill.</source>
            <translation>⟦Ñö šťöçķ çöûñťéð ýéť. Çöûñť ťĥé ťåƀļéťš öŕ çåþšûļéš öƒ å ɱéðîçåťîöñ ťĥåť ĥåš å šťŕéñĝťĥ, ťĥéñ éñťéŕ ťĥé ñûɱƀéŕ ŵîťĥ Çöûñť / ŕéƒîļļ.·········· ·········· ·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{severity} about stock</source>
            <translation>⟦{severity} åƀöûť šťöçķ·········⟧</translation>
        </message>
    </context>
    <context>
        <name>StockRow</name>
        <message>
            <location line="-182" />
            <source>{units} {unit_words} on hand</source>
            <translation>⟦{units} {unit_words} öñ ĥåñð···········⟧</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Source: {source}</source>
            <translation>⟦Šöûŕçé: {source}······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{message} Source: {source}</source>
            <translation>⟦{message} Šöûŕçé: {source}··········⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Count / refill…</source>
            <translation>⟦Çöûñť / ŕéƒîļļ…······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refill or count {medication}</source>
            <translation>⟦Ŕéƒîļļ öŕ çöûñť {medication}···········⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{medication}: {units}. {outlook}. {severity}.</source>
            <translation>⟦{medication}: {units}. {outlook}. {severity}.·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{medication}: {units}. {outlook}.</source>
            <translation>⟦{medication}: {units}. {outlook}.·········· ··⟧</translation>
        </message>
    </context>
    <context>
        <name>Supply</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/supply.py" line="+124" />
            <source>{name}: taken as needed, no daily most in the plan in this period.</source>
            <translation>⟦{name}: ťåķéñ åš ñééðéð, ñö ðåîļý ɱöšť îñ ťĥé þļåñ îñ ťĥîš þéŕîöð.·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}: no doses in this period.</source>
            <translation>⟦{name}: ñö ðöšéš îñ ťĥîš þéŕîöð.·········· ··⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: no strength is known — add the strength to the plan to see this.</source>
            <translation>⟦{name}: ñö šťŕéñĝťĥ îš ķñöŵñ — åðð ťĥé šťŕéñĝťĥ ťö ťĥé þļåñ ťö šéé ťĥîš.·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} × {product}</source>
            <extracomment>Translators: how many units of one strength to ask for: "84 × 300 mg capsule".</extracomment>
            <translation>⟦{count} × {product}········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nothing</source>
            <extracomment>Translators: what to ask for when no unit is needed.</extracomment>
            <translation>⟦ñöťĥîñĝ····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}: ask for {units} (at most, if taken as often as the plan allows).</source>
            <translation>⟦{name}: åšķ ƒöŕ {units} (åť ɱöšť, îƒ ťåķéñ åš öƒťéñ åš ťĥé þļåñ åļļöŵš).·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}: ask for {units}.</source>
            <translation>⟦{name}: åšķ ƒöŕ {units}.··········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dose} cannot be made from {strengths}: ask your prescriber or pharmacist which strength to use.</source>
            <translation>⟦{dose} çåññöť ƀé ɱåðé ƒŕöɱ {strengths}: åšķ ýöûŕ þŕéšçŕîƀéŕ öŕ þĥåŕɱåçîšť ŵĥîçĥ šťŕéñĝťĥ ťö ûšé.·········· ·········· ·········· ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>SupplyPanel</name>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>What to ask for at the pharmacy</source>
            <translation>⟦Ŵĥåť ťö åšķ ƒöŕ åť ťĥé þĥåŕɱåçý············⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source> weeks</source>
            <extracomment>Translators: after the number in the weeks box: "4 weeks" (keep the leading space).</extracomment>
            <translation> ⟦ŵééķš····⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weeks ahead, from today, 1 to {most}</source>
            <translation>⟦Ŵééķš åĥéåð, ƒŕöɱ ťöðåý, 1 ťö {most}·········· ···⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For the next &amp;weeks:</source>
            <translation>⟦Ƒöŕ ťĥé ñéẋť &amp;wééķš:········⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not counting what is on hand. Splitting: {rule}. Your prescriber and pharmacist decide what is supplied.</source>
            <translation>⟦Ñöť çöûñťîñĝ ŵĥåť îš öñ ĥåñð. Šþļîťťîñĝ: {rule}. Ýöûŕ þŕéšçŕîƀéŕ åñð þĥåŕɱåçîšť ðéçîðé ŵĥåť îš šûþþļîéð.·········· ·········· ·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+1" />
            <source>No plan yet.</source>
            <translation>⟦Ñö þļåñ ýéť.·····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From {first} to {last}:</source>
            <translation>⟦Ƒŕöɱ {first} ťö {last}:·········⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No medications in the plan.</source>
            <translation>⟦Ñö ɱéðîçåťîöñš îñ ťĥé þļåñ.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>TakeAllResult</name>
        <message>
            <location filename="../../../medplanner/gui/takeall.py" line="-108" />
            <source>No dose is due now.</source>
            <extracomment>(person, medication casefolded, slot): one scheduled dose.</extracomment>
            <translation>⟦Ñö ðöšé îš ðûé ñöŵ.········⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not recorded: {medications}.</source>
            <translation>⟦Ñöť ŕéçöŕðéð: {medications}.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>Titration</name>
        <message>
            <location filename="../../../medplanner/gui/charts/titration.py" line="+92" />
            <source>for kidney function {crcl:g} mL/min (label)</source>
            <extracomment>Translators: after "700 mg a day at most": whose limit it is.</extracomment>
            <translation>⟦ƒöŕ ķîðñéý ƒûñçťîöñ {crcl:g} ɱĻ/ɱîñ (ļåƀéļ)·········· ······⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>for kidney function {crcl:g} mL/min (guidance)</source>
            <translation>⟦ƒöŕ ķîðñéý ƒûñçťîöñ {crcl:g} ɱĻ/ɱîñ (ĝûîðåñçé)·········· ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>TitrationChart</name>
        <message>
            <location line="+47" />
            <source>Daily dose over the weeks</source>
            <translation>⟦Ðåîļý ðöšé öṽéŕ ťĥé ŵééķš··········⟧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No scheduled medicine: there is no dose to chart.</source>
            <translation>⟦Ñö šçĥéðûļéð ɱéðîçîñé: ťĥéŕé îš ñö ðöšé ťö çĥåŕť.·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily dose over the weeks.</source>
            <translation>⟦Ðåîļý ðöšé öṽéŕ ťĥé ŵééķš.··········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dose} a day from {day}</source>
            <extracomment>Translators: one step of a medication's daily dose: "30 mg a day from 6 Jan".</extracomment>
            <translation>⟦{dose} å ðåý ƒŕöɱ {day}·········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{medication}: {steps}</source>
            <extracomment>Translators: a medication's steps, then any of the notes below, each after "; ".</extracomment>
            <translation>⟦{medication}: {steps}········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (on the days it is taken)</source>
            <extracomment>Translators: after a medication's steps, when it is not taken every day.</extracomment>
            <translation> ⟦(öñ ťĥé ðåýš îť îš ťåķéñ)··········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; label maximum {dose} a day</source>
            <translation>⟦; ļåƀéļ ɱåẋîɱûɱ {dose} å ðåý···········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>; {dose} a day at most {limit}</source>
            <extracomment>Translators: {limit}: "for kidney function 25 mL/min (label)".</extracomment>
            <translation>⟦; {dose} å ðåý åť ɱöšť {limit}············⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>; the plan goes above the label maximum</source>
            <translation>⟦; ťĥé þļåñ ĝöéš åƀöṽé ťĥé ļåƀéļ ɱåẋîɱûɱ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Daily dose</source>
            <extracomment>Translators: the chart's legend: the line of a medication's daily dose.</extracomment>
            <translation>⟦Ðåîļý ðöšé····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label maximum</source>
            <extracomment>Translators: the chart's legend: the line of the drug label's daily maximum.</extracomment>
            <translation>⟦Ļåƀéļ ɱåẋîɱûɱ·····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum for your kidneys</source>
            <translation>⟦Ṁåẋîɱûɱ ƒöŕ ýöûŕ ķîðñéýš··········⟧</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{medication}: up to {dose} a day (label maximum {most})</source>
            <extracomment>Translators: a panel's heading: medication, highest daily dose, label maximum.</extracomment>
            <translation>⟦{medication}: ûþ ťö {dose} å ðåý (ļåƀéļ ɱåẋîɱûɱ {most})·········· ···········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{medication}: up to {dose} a day</source>
            <translation>⟦{medication}: ûþ ťö {dose} å ðåý·········· ··⟧</translation>
        </message>
    </context>
    <context>
        <name>TodayRows</name>
        <message>
            <location filename="../../../medplanner/gui/views/today_rows.py" line="-263" />
            <source>NEXT</source>
            <translation>⟦ÑÉẊŤ····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No more doses planned.</source>
            <translation>⟦Ñö ɱöŕé ðöšéš þļåññéð.·········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next dose: none planned</source>
            <translation>⟦Ñéẋť ðöšé: ñöñé þļåññéð·········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tomorrow {time}</source>
            <translation>⟦Ťöɱöŕŕöŵ {time}······⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>now</source>
            <translation>⟦ñöŵ····⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Next dose: {medication} {dose} at {time}, {state}</source>
            <translation>⟦Ñéẋť ðöšé: {medication} {dose} åť {time}, {state}·········· ·········⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+99" />
            <source>Take</source>
            <translation>⟦Ťåķé····⟧</translation>
        </message>
        <message>
            <location line="-97" />
            <source>Take {medication} {dose}, the {time} dose</source>
            <translation>⟦Ťåķé {medication} {dose}, ťĥé {time} ðöšé·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+101" />
            <source>Skip</source>
            <translation>⟦Šķîþ····⟧</translation>
        </message>
        <message>
            <location line="-99" />
            <location line="+101" />
            <source>Skip {medication}, the {time} dose</source>
            <translation>⟦Šķîþ {medication}, ťĥé {time} ðöšé·········· ···⟧</translation>
        </message>
        <message>
            <location line="-48" />
            <source>{time} {medication} {dose}: {state}. {detail}</source>
            <translation>⟦{time} {medication} {dose}: {state}. {detail}·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Take early</source>
            <translation>⟦Ťåķé éåŕļý····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take early: {medication} {dose}, the {time} dose</source>
            <translation>⟦Ťåķé éåŕļý: {medication} {dose}, ťĥé {time} ðöšé·········· ········⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>I took it</source>
            <translation>⟦Î ťööķ îť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I took it: {medication} {dose}, the {time} dose</source>
            <translation>⟦Î ťööķ îť: {medication} {dose}, ťĥé {time} ðöšé·········· ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Take now</source>
            <translation>⟦Ťåķé ñöŵ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take now: {medication} {dose}, the {time} dose</source>
            <translation>⟦Ťåķé ñöŵ: {medication} {dose}, ťĥé {time} ðöšé·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take: {medication} {dose}, the {time} dose</source>
            <translation>⟦Ťåķé: {medication} {dose}, ťĥé {time} ðöšé·········· ······⟧</translation>
        </message>
        <message>
            <location line="+132" />
            <source>taken at {time}</source>
            <translation>⟦ťåķéñ åť {time}······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>skipped at {time}</source>
            <translation>⟦šķîþþéð åť {time}·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer} ({reason})</source>
            <translation>⟦{answer} ({reason})········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{answer} — confirmed over a warning</source>
            <translation>⟦{answer} — çöñƒîŕɱéð öṽéŕ å ŵåŕñîñĝ·········· ···⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not before {time}: the clock change moved another dose close to this one. Wait until then; never take two doses together.</source>
            <translation>⟦Ñöť ƀéƒöŕé {time}: ťĥé çļöçķ çĥåñĝé ɱöṽéð åñöťĥéŕ ðöšé çļöšé ťö ťĥîš öñé. Ŵåîť ûñťîļ ťĥéñ; ñéṽéŕ ťåķé ťŵö ðöšéš ťöĝéťĥéŕ.·········· ·········· ·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Missed. Leave it out and take the next dose as usual.</source>
            <translation>⟦Ṁîššéð. Ļéåṽé îť öûť åñð ťåķé ťĥé ñéẋť ðöšé åš ûšûåļ.·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Missed. Leave it out and take the next dose as usual (your next dose is {when}).</source>
            <translation>⟦Ṁîššéð. Ļéåṽé îť öûť åñð ťåķé ťĥé ñéẋť ðöšé åš ûšûåļ (ýöûŕ ñéẋť ðöšé îš {when}).·········· ·········· ··········⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Missed. Take it now, then carry on as usual.</source>
            <translation>⟦Ṁîššéð. Ťåķé îť ñöŵ, ťĥéñ çåŕŕý öñ åš ûšûåļ.·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Missed. Take it now (your next dose is {when}), then carry on as usual.</source>
            <translation>⟦Ṁîššéð. Ťåķé îť ñöŵ (ýöûŕ ñéẋť ðöšé îš {when}), ťĥéñ çåŕŕý öñ åš ûšûåļ.·········· ·········· ······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Due now, snoozed until {time}.</source>
            <translation>⟦Ðûé ñöŵ, šñööžéð ûñťîļ {time}.············⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due now.</source>
            <translation>⟦Ðûé ñöŵ.····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock change: {time} does not exist today.</source>
            <translation>⟦Çļöçķ çĥåñĝé: {time} ðöéš ñöť éẋîšť ťöðåý.·········· ······⟧</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../../medplanner/gui/views/today.py" line="+82" />
            <source>No person yet. Add one from the File menu (Ctrl+Shift+N).</source>
            <extracomment>However far the next change is, look again after this long (texts like "2 h ago"). What the last "Take all due" did (shown under its button until the next one).</extracomment>
            <translation>⟦Ñö þéŕšöñ ýéť. Åðð öñé ƒŕöɱ ťĥé Ƒîļé ɱéñû (Çťŕļ+Šĥîƒť+Ñ).·········· ·········· ·⟧</translation>
        </message>
        <message>
            <location line="+12" />
            <source>MedPlanner checks, reminds and explains. Your prescriber decides: it never changes a dose by itself.</source>
            <translation>⟦ṀéðÞļåññéŕ çĥéçķš, ŕéɱîñðš åñð éẋþļåîñš. Ýöûŕ þŕéšçŕîƀéŕ ðéçîðéš: îť ñéṽéŕ çĥåñĝéš å ðöšé ƀý îťšéļƒ.·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{day} · now {time} · times in {zone}</source>
            <translation>⟦{day} · ñöŵ {time} · ťîɱéš îñ {zone}·········· ···⟧</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Needs your attention</source>
            <translation>⟦Ñééðš ýöûŕ åťťéñťîöñ········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Today's doses</source>
            <translation>⟦Ťöðåý'š ðöšéš·····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No scheduled doses today.</source>
            <translation>⟦Ñö šçĥéðûļéð ðöšéš ťöðåý.··········⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>As needed</source>
            <translation>⟦Åš ñééðéð····⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No as-needed medicines in this plan.</source>
            <translation>⟦Ñö åš-ñééðéð ɱéðîçîñéš îñ ťĥîš þļåñ.·········· ···⟧</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Take all due (%n)</source>
            <translation>
                <numerusform>⟦Ťåķé åļļ ðûé (%n)·······⟧</numerusform>
                <numerusform>⟦Ťåķé åļļ ðûé (%n)·······⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Take all %n due doses: {names}</source>
            <translation>
                <numerusform>⟦Ťåķé åļļ %n ðûé ðöšéš: {names}············⟧</numerusform>
                <numerusform>⟦Ťåķé åļļ %n ðûé ðöšéš: {names}············⟧</numerusform>
            </translation>
        </message>
        <message>
            <location line="+74" />
            <source>Could not record the due doses</source>
            <translation>⟦Çöûļð ñöť ŕéçöŕð ťĥé ðûé ðöšéš············⟧</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../../medplanner/gui/tray.py" line="+57" />
            <source>{person}: {symptoms}</source>
            <translation>⟦{person}: {symptoms}········⟧</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{headline} — {who}</source>
            <translation>⟦{headline} — {who}·······⟧</translation>
        </message>
    </context>
    <context>
        <name>UncountedRow</name>
        <message>
            <location filename="../../../medplanner/gui/stock_panel.py" line="+23" />
            <source>Not counted yet</source>
            <translation>⟦Ñöť çöûñťéð ýéť······⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Count / refill…</source>
            <translation>⟦Çöûñť / ŕéƒîļļ…······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refill or count {medication}</source>
            <translation>⟦Ŕéƒîļļ öŕ çöûñť {medication}···········⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{medication}: not counted yet</source>
            <translation>⟦{medication}: ñöť çöûñťéð ýéť············⟧</translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+3" />
            <source>Monday</source>
            <translation>⟦Ṁöñðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuesday</source>
            <translation>⟦Ťûéšðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>⟦Ŵéðñéšðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thursday</source>
            <translation>⟦Ťĥûŕšðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>⟦Ƒŕîðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saturday</source>
            <translation>⟦Šåťûŕðåý····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation>⟦Šûñðåý····⟧</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../../medplanner/gui/welcome.py" line="+32" />
            <source>MedPlanner keeps the medication plan your prescriber gave you. It reminds you when a dose is due, keeps a record of what you took, and checks the plan against each medicine's label: how fast a dose may go up, the most in a day, and sedating medicines taken too close together. Every finding says what, why, what to do, and where it comes from.</source>
            <extracomment>What MedPlanner does (also in About). Marked for the catalogue: show it through ``QCoreApplication.translate("WelcomePage", WHAT)``, or :func:`what_text`.</extracomment>
            <translation>⟦ṀéðÞļåññéŕ ķééþš ťĥé ɱéðîçåťîöñ þļåñ ýöûŕ þŕéšçŕîƀéŕ ĝåṽé ýöû. Îť ŕéɱîñðš ýöû ŵĥéñ å ðöšé îš ðûé, ķééþš å ŕéçöŕð öƒ ŵĥåť ýöû ťööķ, åñð çĥéçķš ťĥé þļåñ åĝåîñšť éåçĥ ɱéðîçîñé'š ļåƀéļ: ĥöŵ ƒåšť å ðöšé ɱåý ĝö ûþ, ťĥé ɱöšť îñ å ðåý, åñð šéðåťîñĝ ɱéðîçîñéš ťåķéñ ťöö çļöšé ťöĝéťĥéŕ. Éṽéŕý ƒîñðîñĝ šåýš ŵĥåť, ŵĥý, ŵĥåť ťö ðö, åñð ŵĥéŕé îť çöɱéš ƒŕöɱ.·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ·········· ·····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Your prescriber decides. MedPlanner checks, reminds and explains; it does not replace your prescriber or pharmacist, and it never changes a dose by itself.</source>
            <extracomment>The prescriber decides (also in About): translated like :data:`WHAT` (:func:`prescriber_text`).</extracomment>
            <translation>⟦Ýöûŕ þŕéšçŕîƀéŕ ðéçîðéš. ṀéðÞļåññéŕ çĥéçķš, ŕéɱîñðš åñð éẋþļåîñš; îť ðöéš ñöť ŕéþļåçé ýöûŕ þŕéšçŕîƀéŕ öŕ þĥåŕɱåçîšť, åñð îť ñéṽéŕ çĥåñĝéš å ðöšé ƀý îťšéļƒ.·········· ·········· ·········· ·········· ·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Welcome to MedPlanner</source>
            <translation>⟦Ŵéļçöɱé ťö ṀéðÞļåññéŕ········⟧</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start with the person who takes the medicines</source>
            <translation>⟦Šťåŕť ŵîťĥ ťĥé þéŕšöñ ŵĥö ťåķéš ťĥé ɱéðîçîñéš·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name of the person</source>
            <translation>⟦Ñåɱé öƒ ťĥé þéŕšöñ·······⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Robin</source>
            <extracomment>Translators: an example of a person's first name, shown in the empty name field.</extracomment>
            <translation>⟦Ŕöƀîñ····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Nåɱé····⟧</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time zone of the person</source>
            <translation>⟦Ťîɱé žöñé öƒ ťĥé þéŕšöñ·········⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time &amp;zone</source>
            <translation>⟦Ťîɱé &amp;zöñé····⟧</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+2" />
            <source>Create this person</source>
            <translation>⟦Çŕéåťé ťĥîš þéŕšöñ·······⟧</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the demo</source>
            <translation>⟦Öþéñ ťĥé ðéɱö·····⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the demo: a made-up plan, nothing is kept</source>
            <translation>⟦Öþéñ ťĥé ðéɱö: å ɱåðé-ûþ þļåñ, ñöťĥîñĝ îš ķéþť·········· ·······⟧</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The demo is a made-up plan (gabapentin and baclofen, raised slowly) in a throw-away folder: nothing you do there is kept.</source>
            <translation>⟦Ťĥé ðéɱö îš å ɱåðé-ûþ þļåñ (ĝåƀåþéñťîñ åñð ƀåçļöƒéñ, ŕåîšéð šļöŵļý) îñ å ťĥŕöŵ-åŵåý ƒöļðéŕ: ñöťĥîñĝ ýöû ðö ťĥéŕé îš ķéþť.·········· ·········· ·········· ·········· ····⟧</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+3" />
            <source>{warning}: type the person's name first.</source>
            <translation>⟦{warning}: ťýþé ťĥé þéŕšöñ'š ñåɱé ƒîŕšť.·········· ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>WhenTakenDialog</name>
        <message>
            <location filename="../../../medplanner/gui/confirm.py" line="+67" />
            <location line="+5" />
            <source>When did you take it?</source>
            <translation>⟦Ŵĥéñ ðîð ýöû ťåķé îť?········⟧</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At {time:%H:%M}, the time it was due</source>
            <translation>⟦Åť {time:%H:%M}, ťĥé ťîɱé îť ŵåš ðûé·········· ···⟧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Just now ({time:%H:%M})</source>
            <translation>⟦Ĵûšť ñöŵ ({time:%H:%M})·········⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At another time:</source>
            <translation>⟦Åť åñöťĥéŕ ťîɱé:······⟧</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time you took it</source>
            <translation>⟦Ťîɱé ýöû ťööķ îť······⟧</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Record it</source>
            <translation>⟦Ŕéçöŕð îť····⟧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>⟦Çåñçéļ····⟧</translation>
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
    <context>
        <name>_Counts</name>
        <message numerus="yes">
            <location filename="../../../medplanner/gui/widgets/findings_panel.py" line="+32" />
            <source>%n danger(s)</source>
            <translation>
                <numerusform>⟦%n ðåñĝéŕ(š)·····⟧</numerusform>
                <numerusform>⟦%n ðåñĝéŕ(š)·····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>⟦%n ŵåŕñîñĝ(š)·····⟧</numerusform>
                <numerusform>⟦%n ŵåŕñîñĝ(š)·····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n note(s)</source>
            <extracomment>Translators: findings of the "info" level, counted.</extracomment>
            <translation>
                <numerusform>⟦%n ñöťé(š)····⟧</numerusform>
                <numerusform>⟦%n ñöťé(š)····⟧</numerusform>
            </translation>
        </message>
    </context>
</TS>
