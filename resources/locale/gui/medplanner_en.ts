<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>A11y</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/a11y.py" line="+14" />
            <source>Choices: {name}</source>
            <extracomment>Translators: a screen reader's name for the list that opens under a choice box.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Column titles: {name}</source>
            <extracomment>Translators: a screen reader's name for a table's row of column headings.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Row titles: {name}</source>
            <extracomment>Translators: a screen reader's name for a table's column of row headings.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Select all: {name}</source>
            <extracomment>Translators: the button in a table's top left corner that selects every cell.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Show earlier tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show later tabs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/about.py" line="+27" />
            <source>Tab and Shift+Tab move between controls; Space presses the focused button.</source>
            <extracomment>Translators: Qt's own keyboard moves, true in every window.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Help and about MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>MedPlanner {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Keys</source>
            <extracomment>Translators: the heading over the list of keyboard shortcuts.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Your data is kept in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>It stays on this computer. Licence: GPL-3.0-or-later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AsNeededRow</name>
        <message>
            <location filename="../../../medplanner/gui/views/today_rows.py" line="+245" />
            <source>last {time}, {ago}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>none taken yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Taken today: {count} (at most {most} a day) · {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Taken today: {count} · {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Can I take one now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Can I take {medication} now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <location line="+44" />
            <source>Take one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <source>Take one dose of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>As needed: {medication} {dose}. Taken today: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Could not check this dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Yes: the plan allows one now ({amount}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Not now. {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{severity}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Take one anyway…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../../medplanner/gui/views/calendar.py" line="+172" />
            <source>no dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{total} a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Up from {before}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{total} a day, {how} at {times}, up from {before}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Down from {before}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{total} a day, {how} at {times}, down from {before}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{total} a day, {how} at {times}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location line="-128" />
            <source>The coming weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>How many weeks to show</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Plan calendar: a row for each day, a column for each medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>No person yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Today {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>{day}, {medication}: {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{medication} goes up to {total} a day on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{medication} goes down to {total} a day on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Changes ahead: {changes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No dose changes in these weeks.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatchUpRow</name>
        <message>
            <location filename="../../../medplanner/gui/catchup.py" line="+54" />
            <source>I took it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>I took it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Skip</source>
            <extracomment>Translators: a button: record this dose as skipped.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>{person}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Scheduled for {scheduled}. {context}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>I took {what} of {scheduled}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Skip {what} of {scheduled}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{state}: {what}. {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatchUpWindow</name>
        <message>
            <location line="+13" />
            <source>While you were away — MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Doses that came due while you were away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n dose came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</source>
            <extracomment>Translators: two texts, for one dose and for several: the second has every plural form of your language (it is also used for 0, 21 …).</extracomment>
            <translation>
                <numerusform>%n dose came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</numerusform>
                <numerusform>%n dose came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n doses came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</source>
            <translation>
                <numerusform>%n doses came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</numerusform>
                <numerusform>%n doses came due while MedPlanner was closed or the computer was asleep. Each is listed once, with what to do now. Never take two doses together.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../../medplanner/gui/charts/paint.py" line="+98" />
            <source>{items} and {last}</source>
            <extracomment>Translators: a list's end: "{items}" is the first ones, comma separated.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <location filename="../../../medplanner/gui/confirm.py" line="+42" />
            <source>Source: {source}</source>
            <extracomment>../shared/ui.md: Take/Skip/Snooze-sized targets (44 × 44 px at 100 %).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{severity}: {message} Source: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+211" />
            <source>Recorded — please note</source>
            <extracomment>The open "after your dose" notes (kept so they live until closed; tests read it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Recorded: {medication} {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recorded: {medication}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmAllDialog</name>
        <message>
            <location filename="../../../medplanner/gui/takeall.py" line="+87" />
            <source>Some due doses need a look first</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n of the due doses raise a warning. Take it too?</source>
            <extracomment>Translators: two texts, for one dose and for several: the second has every plural form of your language (it is also used for 21 …).</extracomment>
            <translation>
                <numerusform>%n of the due doses raise a warning. Take it too?</numerusform>
                <numerusform>%n of the due doses raise a warning. Take it too?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of the due doses raise a warning. Take them too?</source>
            <translation>
                <numerusform>%n of the due doses raise a warning. Take them too?</numerusform>
                <numerusform>%n of the due doses raise a warning. Take them too?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>{person}: {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Do not take them. Get help now: call your emergency number, or ask someone to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The doses without a warning are recorded either way. If you are unsure, do not take these and ask your pharmacist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Don't take these — get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Don't take these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Take these too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{dose}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmSaveDialog</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/confirm_save.py" line="+24" />
            <location line="+1" />
            <source>Save this plan anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This plan has a danger finding. Save it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Save it only if your prescriber ordered it this way. MedPlanner will note that you confirmed it. If you are unsure, do not save, and ask your prescriber or pharmacist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save anyway — my prescriber ordered it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Don't save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmTakeDialog</name>
        <message>
            <location filename="../../../medplanner/gui/confirm.py" line="-205" />
            <location line="+9" />
            <source>Take {medication} anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Take {medication} {amount} anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Do not take it. Get help now: call your emergency number, or ask someone to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>If you are unsure, do not take it and ask your pharmacist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Don't take it — get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel — don't take it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Take it anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Take anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Records the dose over the warning above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{severity}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/crash.py" line="+31" />
            <source>MedPlanner hit an unexpected problem and stopped what it was doing. What was already saved is kept. The details are in {path}. You can go on using MedPlanner; if this happens again, please send that file to whoever helps you with MedPlanner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>MedPlanner hit an unexpected problem and stopped what it was doing. What was already saved is kept. The details could not be written down. You can go on using MedPlanner; if this happens again, please send that file to whoever helps you with MedPlanner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>MedPlanner hit a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>OK</source>
            <extracomment>Translators: the button that closes the message about an unexpected problem.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+84" />
            <source>{weekday} {day} {month}</source>
            <extracomment>Translators: a short date: "Tue 5 Jan" (order the parts as your language writes dates).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{weekday} {day} {month} {year}</source>
            <extracomment>Translators: a short date with its year: "Tue 5 Jan 2027".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{day} {month}</source>
            <extracomment>Translators: a date on a chart's axis: "5 Jan".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{day:02d} {month} {year}</source>
            <extracomment>Translators: a date with a two-digit day: "06 Jan 2027".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiaryTab</name>
        <message>
            <location filename="../../../medplanner/gui/views/diary.py" line="+35" />
            <source>Choose or add a person first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <location filename="../../../medplanner/gui/diary.py" line="+100" />
            <source>Symptom diary</source>
            <extracomment>How many days of entries the list shows. Emitted with the stored :class:`DiaryEntry` after each entry. "I'm safe now" was logged from the banner (other views redraw their banners).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+59" />
            <source>Symptom</source>
            <extracomment>Translators: labels of the diary's form (a symptom, how bad, when, a note).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-48" />
            <source>Mild</source>
            <extracomment>Translators: how bad a symptom is, a choice of the diary's form; then the same for a screen reader.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Severity: mild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Severity: moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Severity: severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>When you felt it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A few words, for example: after the evening dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add to diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add this symptom to the diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>What this entry means</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Diary entries of the last %n days</source>
            <translation>
                <numerusform>Diary entries of the last %n day</numerusform>
                <numerusform>Diary entries of the last %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>How bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Write down how you feel. MedPlanner tells you when a symptom needs help at once; the rest goes to your prescriber in the report.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>&lt;b&gt;The last %n days&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;The last %n day&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;The last %n days&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+59" />
            <source>Noted: you are safe now. If the symptom comes back or gets worse, write it down again and get help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>{warning} The diary cannot be read just now: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Red flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>For your prescriber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{when} — {symptom} — {sign}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>(withdrawn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No entries yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{warning} Not recorded: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>{icon} &lt;b&gt;{headline}&lt;/b&gt; — see the box above. It is recorded in the diary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{info} Noted: {symptom}. {why} {what_to_do}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisplayGroup</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings_groups.py" line="+38" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+163" />
            <source>Display (this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Text size in percent, 100 to 200</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Te&amp;xt size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Light or dark colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;lours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorPane</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_editor.py" line="+36" />
            <source>Save plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No medications yet. Choose “Add medication” (Ctrl+N) and type what your prescriber ordered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Medication editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Checks of the plan as typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{severity}: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <location filename="../../../medplanner/gui/views/history_model.py" line="+154" />
            <source>none</source>
            <extracomment>The icon beside a kind's word (the word carries the meaning on its own).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{column}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>as needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>withdrawn later: not taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>corrected later to {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>corrected later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Correction: not taken (was: taken at {time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Correction: not taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Correction: taken at {time} instead of {old}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Correction: skipped at {time} instead of {old}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Correction: snoozed at {time} instead of {old}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>taken over a warning, confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>taken over a warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/export.py" line="+101" />
            <source>Export — {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export {person}'s plan, schedule, report, calendar or history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Export for {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose what to write. Each file holds health data: keep it somewhere private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source> weeks</source>
            <extracomment>Translators: after the number of weeks: "4 weeks" (keep the leading space).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Weeks ahead, from today, 1 to {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Weeks ahead:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Report period from this day to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Period &amp;from (to today):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Exporting, please wait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the folder of the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export, choosing where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <location line="+36" />
            <source>Nothing was exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Nothing was exported. {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFailure</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/export_jobs.py" line="+194" />
            <source>{message}. Choose another file or folder and export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{path} could not be written: MedPlanner may not write in that folder. Choose a folder you can write to (for example your Documents folder), or free some space, and export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{path} could not be written: the disk is full. Choose a folder you can write to (for example your Documents folder), or free some space, and export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{path} could not be written: {why}. Choose a folder you can write to (for example your Documents folder), or free some space, and export again.</source>
            <extracomment>Translators: {why} is the operating system's own description of the error.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportKinds</name>
        <message>
            <location line="-160" />
            <source>The &amp;plan file (TOML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export the plan file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Plan files (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The plan as stored, to keep, share with a carer or import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was exported: the plan file could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Writing the plan file to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the plan file for {person} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A printable &amp;schedule (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export the printable schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+18" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Every dose of the coming weeks in large type, day by day, to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was exported: the printable schedule could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Writing the printable schedule to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the printable schedule for {person} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The &amp;doctor's report (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export the doctor's report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Doses taken, skipped and missed, plan changes, diary and findings for a period: to bring to the prescriber.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was exported: the doctor's report could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Writing the doctor's report to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the doctor's report for {person} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A &amp;calendar (ICS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every dose as a calendar event with an alarm, for a phone or calendar program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was exported: the calendar could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Writing the calendar to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the calendar for {person} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The dose &amp;history (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export the dose history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every recorded dose, skip and correction, as a table for a spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was exported: the dose history could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Writing the dose history to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the dose history for {person} to {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldBox</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/field.py" line="+53" />
            <source>{severity}: {problem}</source>
            <extracomment>Translators: a screen reader's words for a field's problem: "Warning: &lt;the problem&gt;".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Problem: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingCard</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/findings_panel.py" line="+65" />
            <source>{severity}: {message}</source>
            <extracomment>Translators: a screen reader's name for a finding: "Warning: &lt;the finding's message&gt;".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Why?</source>
            <extracomment>Translators: the button that opens a finding's reason and source.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Why? {severity}: {headline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&lt;i&gt;Source:&lt;/i&gt; {source}</source>
            <extracomment>Translators: before a finding's source (a label or guideline): keep &lt;i&gt; and &lt;/i&gt;.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{message} Source: {source}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location line="-49" />
            <source>at {time}</source>
            <extracomment>Translators: a finding's time of day, after its medication and day: "at 08:00".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+143" />
            <source>nothing found</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location line="-13" />
            <source>{title}: {counts}</source>
            <extracomment>Translators: a findings heading: its title, then the counts ("1 danger, 2 warnings").</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../../medplanner/gui/views/history_model.py" line="-198" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For the dose of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Snoozed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Corrections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not taken (withdrawn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Taken at {time} — {medication} {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken at {time} — {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Skipped at {time} — {medication} {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skipped at {time} — {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Snoozed at {time} — {medication} {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Snoozed at {time} — {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Marked not taken — {medication} {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Marked not taken — {medication}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../../medplanner/gui/views/history.py" line="+83" />
            <source>Dose history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Show medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show kind of entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Dose history entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Correct the selected entry (the log keeps the original)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+196" />
            <source>Select an entry above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-189" />
            <source>The time it really happened, like 08:15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Change the time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record the corrected time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>It was not taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record that this entry was a mistake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Really &amp;at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>All medications</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+77" />
            <source>%n entries shown.</source>
            <translation>
                <numerusform>%n entry shown.</numerusform>
                <numerusform>%n entries shown.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doses taken as planned in these days:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{medication}: no doses were due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;{medication}&lt;/b&gt;: {taken} of {scheduled} taken ({percent} %) · {taken_icon} {taken} taken · {skipped_icon} {skipped} skipped · {missed_icon} {missed} missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>{medication}: {taken} of {scheduled} taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Adherence. {medications}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>{entry}: this entry cannot be corrected here (it was corrected already, or it is not a taken or skipped dose).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{entry} ({day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>"{text}" is not a time like 08:15 (24-hour HH:MM). Nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Recorded. Correction: taken at {time} instead of {old} — {medication}. The original stays in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Recorded. Correction: skipped at {time} instead of {old} — {medication}. The original stays in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Recorded. Correction: not taken at {time} — {medication}. The original stays in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <location filename="../../../medplanner/gui/views/insight.py" line="+104" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The stock was not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightView</name>
        <message>
            <location line="-82" />
            <source>Taking drowsy-making medicines at different times is general guidance, not a label rule, and it does not take the risk away. Your prescriber decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Drowsiness over the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apply the suggested times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Daily dose over the weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Drowsiness and stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../../medplanner/gui/i18n.py" line="+99" />
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Pseudo-locale (for testing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Language of MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Takes effect the next time MedPlanner starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Lan&amp;guage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LongDates</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+9" />
            <source>{weekday} {day} {month} {year}</source>
            <extracomment>Translators: a long date: "Tuesday 5 January 2027".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../../medplanner/gui/main_window.py" line="+95" />
            <source>Opening your plan…</source>
            <extracomment>The reminder engine runs in this process (closing the last window would stop it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Demo: a made-up plan in a throw-away folder. Nothing you do here is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>More of the person bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>More menus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>  &amp;Person: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Person whose plan is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <source>{person} (demo: nothing is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+70" />
            <source>The changes to {person}'s plan are not saved yet. Save them now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The changes to this person's plan are not saved yet. Save them now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Mark</name>
        <message>
            <location filename="../../../medplanner/gui/severity.py" line="+83" />
            <source>Info</source>
            <extracomment>The word of each mark, by its icon's name (in the language in use: :attr:`Mark.word`). Translators: a finding's severity, one word shown beside its icon ("Warning").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Danger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Taken</source>
            <extracomment>Translators: a scheduled dose's state, shown beside its icon ("Taken", "Missed").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Before tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Extra dose</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedDraft</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_draft.py" line="+86" />
            <source>New medication</source>
            <extracomment>Where a problem shows: ``("name",)``, ``("steps",)``, ``("steps", 1, "dose")``.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>{medication}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>Give the step's first day, like 2027-01-04</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Give one or more times, like 08:00, 20:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>"{text}" is not a date like 2027-01-04</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>"{text}" is not a whole number like 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>"{text}" is not a number of hours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedForm</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_form.py" line="+42" />
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Capsule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scored tablet (can be halved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Medication name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>gabapentin, or a brand like Neurontin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Strength of one tablet or capsule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>300 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Optional: one tablet or capsule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>St&amp;rength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Form: capsule, tablet or scored tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>F&amp;orm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First day, as a date like 2027-01-04</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last day (optional), like 2027-04-01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>none: it goes on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Taken only &amp;as needed (not on a schedule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Already &amp;taking the first step's dose (entered mid-course)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Steps: each lasts until the next one begins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Times are 24-hour, separated by commas. A time may carry its own dose: "08:00 300 mg, 21:00 600 mg". Repeat: empty for daily, "mon, thu", or "every 2 days".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>As needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Dose each time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>5 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dose each time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Most doses a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+3" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Most a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hours to wait between doses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hours between</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+105" />
            <source>Step {number}, {column}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Not in MedPlanner's list: only the general checks run for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{drug}: in MedPlanner's list, with its label's rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name} is a brand or other name of {drug}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedList</name>
        <message>
            <location filename="../../../medplanner/gui/views/med_list.py" line="+34" />
            <source>Medications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Medications in the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Plan a taper…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Plan a taper of the selected medication (a draft for your prescriber)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Plan a titration…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Plan a titration of the selected medication (a draft for your prescriber)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Medications and their stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>{medication} (as needed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{medication} — to fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{medication}: has a problem to fix</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MedicationsView</name>
        <message>
            <location filename="../../../medplanner/gui/views/medications.py" line="+143" />
            <source>Stock</source>
            <extracomment>ui.md / issue 7: findings update about 150 ms after the last keystroke.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Save or undo your edits first: a draft starts from the stored plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Draft taper of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The draft taper of {medication} is in the editor, NOT saved. Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Draft titration of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The draft titration of {medication} is in the editor, NOT saved. Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Add a medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Remove {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{medication} is removed from the draft. Save to store it, or undo (Ctrl+Z).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Not saved: {medication} — {problem}. Fix the fields marked Warning first; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Not saved: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not saved. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Saved (it was already stored like this).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved. The plan before this change is kept in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your confirmation of the danger finding is noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Not checked yet: {medications} — finish the fields marked Warning to check it too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Edit {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Remove step {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/messages.py" line="+23" />
            <source>OK</source>
            <extracomment>Translators: the button that closes a message.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Save</source>
            <extracomment>Translators: a button: keep the unsaved changes by saving them.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="-60" />
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>December</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/person_dialog.py" line="+16" />
            <location line="+1" />
            <source>Add a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Name of the new person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Time zone of the new person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Time &amp;zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Add person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../../medplanner/gui/app/opening.py" line="+27" />
            <source>MedPlanner cannot open your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>MedPlanner cannot use your dose log ({problem}). It was not changed. The newest good backup is {backup}. Restore it? The damaged file is kept among the backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Restore the last good backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restore this backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The backup was not restored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../../medplanner/gui/operations.py" line="+117" />
            <source>Could not record this dose</source>
            <extracomment>Per-person setting recording that a plan version was saved over danger findings. Global setting: the snooze choices offered by reminders, in minutes. The service was replaced (a restore, or the demo): listeners holding it rebind.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Could not note that you are safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Could not record the skipped dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Nothing to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The dose was not skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Could not correct this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Could not withdraw this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The plan was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>There is already a person called "{name}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>new person</source>
            <extracomment>Translators: where a new person's details come from, named in an error message.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The person was not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The person's details were not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The plan was not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{path} could not be written ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The plan was not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No backup was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The backup was not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>MedPlanner could not reopen its data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The setting was not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/planner.py" line="+62" />
            <source>Say the daily total to reach, like 1800 mg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{problem} — write a daily total like 30 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>"{text}" is not a daily total</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlannerDialog</name>
        <message>
            <location line="-28" />
            <source>A draft to discuss with the prescriber — nothing changes until you confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>Plan a taper of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make the draft taper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Plan a titration of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make the draft titration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>0 mg: stop it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Daily total to lower to, empty or 0 mg to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Empty or 0 mg: stop it, slowly. Or a lower daily total, like 30 mg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Daily total to raise to, like 1800 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>like 1800 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The daily total to reach; never above the label's daily maximum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Target a day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>First day of the change, at the earliest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From (at the earliest):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Length: the drug's label sets it (its step size and interval, and for a taper the time it takes to stop safely).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Make the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Checks of the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The draft and its checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Close, change nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open in the plan editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open the draft in the plan editor to review it; nothing is saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>No draft: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No draft: fix the target first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Rules used:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlannerSteps</name>
        <message>
            <location line="-187" />
            <source>{dose} at {time}</source>
            <extracomment>Translators: one dose of a draft's step: "10 mg at 08:00".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{first} to {last}: {doses} ({total} a day)</source>
            <extracomment>Translators: a draft's step: its days, its doses and its daily total.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>From {first}: {doses} ({total} a day)</source>
            <extracomment>Translators: a draft's last step (no end): first day, doses and daily total.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Last dose on {day}, then it stops.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RedFlagBanner</name>
        <message>
            <location filename="../../../medplanner/gui/red_flag_banner.py" line="+53" />
            <source>Emergency: {headline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>I'm &amp;safe now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>I'm safe now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Say the emergency is over: the warning ends and is kept in the diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>&lt;b&gt;{symptom}&lt;/b&gt; — noted {when}. {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{symptom}, noted {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{flags}. {what_to_do}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{date} {time:%H:%M}</source>
            <extracomment>Translators: when a symptom was noted: a date near today and a time ("Wed 6 Jan 14:00").</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefillDialog</name>
        <message>
            <location filename="../../../medplanner/gui/stock.py" line="+105" />
            <source>tablets or capsules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Stock of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Refill or count {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Now: {units} {unit_words} on hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not counted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add a refill (more on hand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set the count (what is in the box now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct (dropped, lost or found)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add a refill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set the count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Correct the stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Number of {unit_words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Number of {unit_words}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel, record nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Save the stock of {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>How many came from the pharmacy. They are added to what is on hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How many are in the box now. This count replaces the one before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How many to take away (write -1 for one dropped) or add (1 for one found). The reason is kept with your stock history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reason (needed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Reason (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reason, needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reason, optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Enter a number of tablets or capsules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A refill adds more than 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A correction of 0 changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Say why the stock changed, for example: dropped one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>{severity}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefillGroup</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings_groups.py" line="-131" />
            <source>Refills (this person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remind this many days before the stock runs out, 0 to {most} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Remind &amp;before the run-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Time of day of the refill reminder, HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>HH:MM, like 10:00; empty: MedPlanner chooses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reminder &amp;time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Save refill settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the refill settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Refills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>{problem} (HH:MM), or leave it empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The refill settings were not saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Saved: refill reminders %n days before the run-out, at {time}.</source>
            <translation>
                <numerusform>Saved: refill reminders %n day before the run-out, at {time}.</numerusform>
                <numerusform>Saved: refill reminders %n days before the run-out, at {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Saved: refill reminders %n days before the run-out, at a time MedPlanner chooses.</source>
            <translation>
                <numerusform>Saved: refill reminders %n day before the run-out, at a time MedPlanner chooses.</numerusform>
                <numerusform>Saved: refill reminders %n days before the run-out, at a time MedPlanner chooses.</numerusform>
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
                <numerusform>Time for {medication} {dose} and %n more</numerusform>
                <numerusform>Time for {medication} {dose} and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time for {medication} {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Due at {time:%H:%M}. Open the reminder to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{names} and {name}</source>
            <extracomment>Translators: joins the names of medications to refill ("A and B and C").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refill: {medications}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Review with the prescriber</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderGroup</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings_groups.py" line="-139" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Snooze choices in minutes, like 5, 10, 30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minutes, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sn&amp;ooze choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Start MedPlanner when I &amp;log in (reminders need it running)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Start MedPlanner when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Give one or more whole numbers of minutes from 1 to 240, like 5, 10, 30</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message>
            <location filename="../../../medplanner/gui/popup_row.py" line="+91" />
            <source>&amp;Take</source>
            <extracomment>Translators: a button: record this dose as taken now.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record as taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>S&amp;nooze…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remind me again in 5, 10 or 30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>&amp;%n minutes</source>
            <translation>
                <numerusform>&amp;%n minute</numerusform>
                <numerusform>&amp;%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;kip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record as skipped, with a reason if you like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Reason (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason for skipping (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Skip &amp;dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Skip this dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Back, do not skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Time for {what} — MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Medication reminder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../../medplanner/gui/tray.py" line="+124" />
            <source>&amp;Open MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Snooze all</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>&amp;%n minutes</source>
            <translation>
                <numerusform>&amp;%n minute</numerusform>
                <numerusform>&amp;%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Start at &amp;login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>MedPlanner — no dose in the next two days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>MedPlanner — next: {medication} {dose} at {time:%H:%M} ({person})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>MedPlanner — next: {medication} {dose} at {time:%H:%M}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../../medplanner/gui/popup.py" line="+81" />
            <source>Medication reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Take &amp;all due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Take all due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record every dose listed; any with a warning is asked about once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Time for {what} — MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n doses due — MedPlanner</source>
            <translation>
                <numerusform>%n doses due — MedPlanner</numerusform>
                <numerusform>%n doses due — MedPlanner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n doses are due now. Answer each, or take all at once.</source>
            <translation>
                <numerusform>%n doses are due now. Answer each, or take all at once.</numerusform>
                <numerusform>%n doses are due now. Answer each, or take all at once.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewReminderWindow</name>
        <message>
            <location filename="../../../medplanner/gui/review_window.py" line="+42" />
            <source>Review with the prescriber — {person} — MedPlanner</source>
            <extracomment>The person asked for the report (the controller opens the export dialog).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Review reminder for {person}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Review with the prescriber — {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Make the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Make the doctor's report for {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Close this reminder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sedation</name>
        <message>
            <location filename="../../../medplanner/gui/charts/sedation.py" line="+49" />
            <source>General guidance, not a label rule: taking them at different times does not take the risk of drowsiness away. Discuss any change with your prescriber or pharmacist first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SedationChart</name>
        <message>
            <location line="+17" />
            <source>Drowsiness load over 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>No two sedating medicines are taken together: there is no load to chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Modelled drowsiness load over 24 hours (each medicine 1 at its own peak; the combined load is their sum).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Now: {times}. Highest while awake {value:.1f} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{medicine} peaks at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Suggested: {times}. Highest while awake {value:.1f} at {time}, about {percent}% lower.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Not in the model: {medicines}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Combined load</source>
            <extracomment>Translators: a chart's legend: the line of all the medicines' drowsiness added up.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Highest while awake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Night (asleep)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Now: highest while awake {value:.1f} at {time}</source>
            <extracomment>Translators: the heading of the chart's panel for the times taken now.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Suggested: highest while awake {value:.1f} at {time} (about {percent}% lower)</source>
            <extracomment>Translators: the heading of the chart's panel for the suggested times.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Suggested: highest while awake {value:.1f} at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../../medplanner/gui/views/settings.py" line="+50" />
            <location line="+6" />
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Creatinine clearance (mL/min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Estimate it from age, weight, sex and creatinine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name of the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Time &amp;zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Time zone, like Europe/London</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Wakes at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wakes at, like 07:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>07:00 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bedtime, like 22:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>22:30 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>How kidney function is given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kidney function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Creatinine clearance in mL/min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>mL/min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A&amp;ge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Age in years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>W&amp;eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Weight in kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sex, for the kidney estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unit of the serum creatinine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>C&amp;reatinine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+264" />
            <source>Serum creatinine in {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-257" />
            <source>S&amp;tagger window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minutes to keep sedating doses apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>120 minutes (the default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Grace &amp;period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minutes before a dose counts as missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>60 minutes (the default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Save person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the person's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>MedPlanner checks, reminds and explains. It does not replace your prescriber or pharmacist, and it never changes a dose by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+161" />
            <source>Not saved: fix the fields marked Warning first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Saved {name}'s details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Could not change start at login: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../../medplanner/gui/app/shell.py" line="+178" />
            <source>MedPlanner is running unguarded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortMonths</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="-25" />
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortWeekdays</name>
        <message>
            <location line="-30" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <location filename="../../../medplanner/gui/single_instance.py" line="+325" />
            <source>another MedPlanner holds the instance lock but does not answer at {name}</source>
            <extracomment>The lock the running instance holds for its whole life (``flock``), in its folder. How long a second start waits for the first to answer: a hang guard for a busy machine, only ever waited out in full when something that is not MedPlanner listens. How often a second start tries again to reach a first that is not listening yet. sun_path holds 108 bytes on Linux, 104 on macOS. The descriptor of the lock file this instance holds (``flock``), if any. True until :meth:`listen` starts the server of a lock holder.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>MedPlanner cannot listen on {name} ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>{why}. MedPlanner keeps running and reminding, but cannot tell whether another MedPlanner is open on the same data: close any other one to avoid double reminders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>the instance name {name} cannot be checked ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the instance name {name} is taken by a file that is not MedPlanner's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the instance name {name} is taken by another user's socket (uid {uid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the instance name {name} is held by a program that does not answer as MedPlanner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stagger</name>
        <message>
            <location filename="../../../medplanner/gui/charts/stagger.py" line="+39" />
            <source>{medicine} at {times}</source>
            <extracomment>Translators: a medicine and its times of day: "baclofen at 08:00 and 20:00".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Change the times to: {times}? (Now: {now}.) The doses and how many a day stay the same. The model expects the highest drowsiness while awake to be about {percent}% lower. {guidance} This makes a new version of the plan; the old one is kept.</source>
            <extracomment>Translators: {guidance} is a whole sentence of its own, said between these.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>A model of how the body takes up and clears these medicines suggests: {new} (now: {now}). The highest drowsiness while awake could be about {percent}% lower, with the same doses. {guidance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Use the new times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Keep my times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Use the suggested times?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaggerPanel</name>
        <message>
            <location line="+27" />
            <source>Apply suggestion…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Asks first; makes a new version of the plan with the suggested times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>{sign}: no change of times is suggested.</source>
            <extracomment>Translators: {sign} is the "Info" sign and word.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{sign}: {suggestion}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepsTable</name>
        <message>
            <location filename="../../../medplanner/gui/views/steps_table.py" line="+31" />
            <source>From (date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Steps: from date, dose, times and repeat of each step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+101" />
            <source>Step {number}, {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Warning: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{cell}, like {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{cell}: {text}. Problem: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{cell}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{number} to fix</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StockPanel</name>
        <message>
            <location filename="../../../medplanner/gui/stock_panel.py" line="+40" />
            <source>{date} at {time:%H:%M}</source>
            <extracomment>ui.md: targets at least 44 × 44 px at 100 % text size.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Taken as needed: no run-out date along the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Runs out {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Lasts more than ten years along the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lasts to the end of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+144" />
            <location line="+2" />
            <source>Stock on hand</source>
            <extracomment>The person asked to refill, count or correct this medication (its plan name).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No stock counted yet. Count the tablets or capsules of a medication that has a strength, then enter the number with Count / refill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>{severity} about stock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StockRow</name>
        <message>
            <location line="-182" />
            <source>{units} {unit_words} on hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Source: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{message} Source: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Count / refill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Refill or count {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{medication}: {units}. {outlook}. {severity}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{medication}: {units}. {outlook}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Supply</name>
        <message>
            <location filename="../../../medplanner/gui/dialogs/supply.py" line="+124" />
            <source>{name}: taken as needed, no daily most in the plan in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name}: no doses in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{name}: no strength is known — add the strength to the plan to see this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{count} × {product}</source>
            <extracomment>Translators: how many units of one strength to ask for: "84 × 300 mg capsule".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>nothing</source>
            <extracomment>Translators: what to ask for when no unit is needed.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name}: ask for {units} (at most, if taken as often as the plan allows).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name}: ask for {units}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{dose} cannot be made from {strengths}: ask your prescriber or pharmacist which strength to use.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupplyPanel</name>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>What to ask for at the pharmacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source> weeks</source>
            <extracomment>Translators: after the number in the weeks box: "4 weeks" (keep the leading space).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Weeks ahead, from today, 1 to {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For the next &amp;weeks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Not counting what is on hand. Splitting: {rule}. Your prescriber and pharmacist decide what is supplied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <location line="+1" />
            <source>No plan yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>From {first} to {last}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>No medications in the plan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TakeAllResult</name>
        <message>
            <location filename="../../../medplanner/gui/takeall.py" line="-108" />
            <source>No dose is due now.</source>
            <extracomment>(person, medication casefolded, slot): one scheduled dose.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Not recorded: {medications}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Titration</name>
        <message>
            <location filename="../../../medplanner/gui/charts/titration.py" line="+92" />
            <source>for kidney function {crcl:g} mL/min (label)</source>
            <extracomment>Translators: after "700 mg a day at most": whose limit it is.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>for kidney function {crcl:g} mL/min (guidance)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TitrationChart</name>
        <message>
            <location line="+47" />
            <source>Daily dose over the weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>No scheduled medicine: there is no dose to chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Daily dose over the weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{dose} a day from {day}</source>
            <extracomment>Translators: one step of a medication's daily dose: "30 mg a day from 6 Jan".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{medication}: {steps}</source>
            <extracomment>Translators: a medication's steps, then any of the notes below, each after "; ".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> (on the days it is taken)</source>
            <extracomment>Translators: after a medication's steps, when it is not taken every day.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>; label maximum {dose} a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>; {dose} a day at most {limit}</source>
            <extracomment>Translators: {limit}: "for kidney function 25 mL/min (label)".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>; the plan goes above the label maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Daily dose</source>
            <extracomment>Translators: the chart's legend: the line of a medication's daily dose.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Label maximum</source>
            <extracomment>Translators: the chart's legend: the line of the drug label's daily maximum.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Maximum for your kidneys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>{medication}: up to {dose} a day (label maximum {most})</source>
            <extracomment>Translators: a panel's heading: medication, highest daily dose, label maximum.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{medication}: up to {dose} a day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayRows</name>
        <message>
            <location filename="../../../medplanner/gui/views/today_rows.py" line="-263" />
            <source>NEXT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No more doses planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next dose: none planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Tomorrow {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Next dose: {medication} {dose} at {time}, {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+99" />
            <source>Take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-97" />
            <source>Take {medication} {dose}, the {time} dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+101" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-99" />
            <location line="+101" />
            <source>Skip {medication}, the {time} dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-48" />
            <source>{time} {medication} {dose}: {state}. {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Take early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Take early: {medication} {dose}, the {time} dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>I took it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>I took it: {medication} {dose}, the {time} dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Take now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take now: {medication} {dose}, the {time} dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Take: {medication} {dose}, the {time} dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+132" />
            <source>taken at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>skipped at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{answer} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{answer} — confirmed over a warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Not before {time}: the clock change moved another dose close to this one. Wait until then; never take two doses together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Missed. Leave it out and take the next dose as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Missed. Leave it out and take the next dose as usual (your next dose is {when}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Missed. Take it now, then carry on as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Missed. Take it now (your next dose is {when}), then carry on as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Due now, snoozed until {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Due now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clock change: {time} does not exist today.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../../medplanner/gui/views/today.py" line="+82" />
            <source>No person yet. Add one from the File menu (Ctrl+Shift+N).</source>
            <extracomment>However far the next change is, look again after this long (texts like "2 h ago"). What the last "Take all due" did (shown under its button until the next one).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>MedPlanner checks, reminds and explains. Your prescriber decides: it never changes a dose by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>{day} · now {time} · times in {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Needs your attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Today's doses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No scheduled doses today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>As needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No as-needed medicines in this plan.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Take all due (%n)</source>
            <translation>
                <numerusform>Take all due (%n)</numerusform>
                <numerusform>Take all due (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Take all %n due doses: {names}</source>
            <translation>
                <numerusform>Take all %n due doses: {names}</numerusform>
                <numerusform>Take all %n due doses: {names}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+74" />
            <source>Could not record the due doses</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../../medplanner/gui/tray.py" line="+57" />
            <source>{person}: {symptoms}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{headline} — {who}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UncountedRow</name>
        <message>
            <location filename="../../../medplanner/gui/stock_panel.py" line="+23" />
            <source>Not counted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Count / refill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Refill or count {medication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{medication}: not counted yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <location filename="../../../medplanner/gui/widgets/fmt.py" line="+3" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../../medplanner/gui/welcome.py" line="+32" />
            <source>MedPlanner keeps the medication plan your prescriber gave you. It reminds you when a dose is due, keeps a record of what you took, and checks the plan against each medicine's label: how fast a dose may go up, the most in a day, and sedating medicines taken too close together. Every finding says what, why, what to do, and where it comes from.</source>
            <extracomment>What MedPlanner does (also in About). Marked for the catalogue: show it through ``QCoreApplication.translate("WelcomePage", WHAT)``, or :func:`what_text`.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Your prescriber decides. MedPlanner checks, reminds and explains; it does not replace your prescriber or pharmacist, and it never changes a dose by itself.</source>
            <extracomment>The prescriber decides (also in About): translated like :data:`WHAT` (:func:`prescriber_text`).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Welcome to MedPlanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Start with the person who takes the medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Name of the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Robin</source>
            <extracomment>Translators: an example of a person's first name, shown in the empty name field.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Time zone of the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Time &amp;zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+2" />
            <source>Create this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Open the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the demo: a made-up plan, nothing is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The demo is a made-up plan (gabapentin and baclofen, raised slowly) in a throw-away folder: nothing you do there is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+3" />
            <source>{warning}: type the person's name first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhenTakenDialog</name>
        <message>
            <location filename="../../../medplanner/gui/confirm.py" line="+67" />
            <location line="+5" />
            <source>When did you take it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>At {time:%H:%M}, the time it was due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Just now ({time:%H:%M})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At another time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Time you took it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Record it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../../../medplanner/gui/window_files.py" line="+69" />
            <source>Nothing to save here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Text size {percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Import a plan file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{person}'s plan is stored (already stored like this). Checks: {checks}. Each finding is explained under Medications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{person}'s plan is stored (the earlier plan is kept). Checks: {checks}. Each finding is explained under Medications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Plan imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Export the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Exported {person}'s plan to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Medication schedule — {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Back up everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Backup written to {path}. Keep it somewhere private: it holds health data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Backup written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Everything MedPlanner holds now is replaced by {path}. The current data is kept in the backups folder first. The backup is checked fully before anything changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+54" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>Restored {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This desktop has no tray for MedPlanner to wait in. If you quit, dose reminders stop now. MedPlanner starts by itself when you log in, so reminders come back then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This desktop has no tray for MedPlanner to wait in. If you quit, dose reminders stop now. MedPlanner does not start by itself when you log in (Settings: Start at login), so there will be no reminders until you open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Keep reminders running?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Keep reminders running in the background?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Keep reminders running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Quit, no reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Plan files (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Backups (*.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../../medplanner/gui/window_menus.py" line="+29" />
            <source>&amp;Today</source>
            <extracomment>The tabs in order: (key, label). Ctrl+1 … Ctrl+7 show them. The labels are English; shown through ``QCoreApplication.translate("WindowMenus", label)``.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Medications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Person &amp;&amp; settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Drowsiness &amp;&amp; stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>New &amp;person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import a plan file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export the plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Back up everything…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Print the schedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;New medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Help and about MedPlanner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Counts</name>
        <message numerus="yes">
            <location filename="../../../medplanner/gui/widgets/findings_panel.py" line="+32" />
            <source>%n danger(s)</source>
            <translation>
                <numerusform>%n danger</numerusform>
                <numerusform>%n dangers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n note(s)</source>
            <extracomment>Translators: findings of the "info" level, counted.</extracomment>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
</TS>
