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
            <location filename="../../../medplanner/gui/widgets/about.py" line="+25" />
            <source>Tab and Shift+Tab move between controls; Space presses the focused button.</source>
            <translation>⟦Ťåƀ åñð Šĥîƒť+Ťåƀ ɱöṽé ƀéťŵééñ çöñťŕöļš; Šþåçé þŕéššéš ťĥé ƒöçûšéð ƀûťťöñ.·········· ·········· ········⟧</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Help and about MedPlanner</source>
            <translation>⟦Ĥéļþ åñð åƀöûť ṀéðÞļåññéŕ··········⟧</translation>
        </message>
        <message>
            <location line="+2" />
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
        <name>Charts</name>
        <message>
            <location filename="../../../medplanner/gui/charts/paint.py" line="+98" />
            <source>{items} and {last}</source>
            <extracomment>Translators: a list's end: "{items}" is the first ones, comma separated.</extracomment>
            <translation>⟦{items} åñð {last}·······⟧</translation>
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
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+89" />
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
            <location filename="../../../medplanner/gui/dialogs/export_jobs.py" line="+200" />
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
        <name>Planner</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/planner.py" line="+68" />
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
        <name>Sedation</name>
        <message>
            <location filename="../../../medplanner/gui/charts/sedation.py" line="+55" />
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
