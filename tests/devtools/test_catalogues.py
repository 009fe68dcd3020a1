"""The catalogue command (issue 22 item 6): one command extracts the gettext and the Qt
texts, fills the pseudo-locale and compiles both; ``--check`` fails while the committed
catalogues differ from what it would write."""

from __future__ import annotations

import gettext
import sys
import textwrap
from pathlib import Path

import pytest

from medplanner.devtools import catalogues

CORE = """
from medplanner.core.i18n import _, N_, ngettext, pgettext

TABLE = {"late": N_("{drug} is late")}


def words(n: int) -> list[str]:
    return [
        # Translators: a verb, on a button
        _("Take"),
        ngettext("{n} dose", "{n} doses", n).format(n=n),
        pgettext("column", "Dose"),
        _(TABLE["late"]),
    ]
"""

GUI = """
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

NAMES = [QT_TRANSLATE_NOOP("Views", "Today")]


class Row(QWidget):
    def fill(self, n: int) -> None:
        self.setWindowTitle(self.tr("&Take all due"))
        self.setToolTip(self.tr("%n dose(s) due", "", n))
        QCoreApplication.translate("TodayRows", "Person && settings")
"""

DEVTOOL = """
from medplanner.core.i18n import _

_("Not for the app")
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A small checkout: a core module, a GUI module and a developer tool with texts."""
    for rel, text in {
        "medplanner/core/words.py": CORE,
        "medplanner/gui/row.py": GUI,
        "medplanner/devtools/tool.py": DEVTOOL,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in (root / "resources").rglob("*") if p.is_file()}


def test_one_command_extracts_fills_the_pseudo_locale_and_compiles(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert catalogues.main([], root=checkout) == 0
    assert files(checkout) == {
        "resources/locale/medplanner.pot",
        "resources/locale/en_XA/LC_MESSAGES/medplanner.po",
        "resources/locale/en_XA/LC_MESSAGES/medplanner.mo",
        "resources/locale/gui/medplanner_en_XA.ts",
        "resources/locale/gui/medplanner_en_XA.qm",
        "resources/locale/gui/medplanner_en.ts",
        "resources/locale/gui/medplanner_en.qm",
    }
    pot = (checkout / catalogues.POT).read_text(encoding="utf-8")
    for line in (
        "#. a verb, on a button",
        'msgid "Take"',
        'msgid_plural "{n} doses"',
        'msgctxt "column"',
        'msgid "{drug} is late"',
        "#: medplanner/core/words.py",
    ):
        assert line in pot
    assert "Not for the app" not in pot  # the developer tools are not translated
    assert "Today" not in pot  # the GUI's texts are in the Qt catalogue
    assert "Generated-By" not in pot

    with (checkout / catalogues.mo_path("en_XA")).open("rb") as handle:
        mo = gettext.GNUTranslations(handle)
    assert mo.gettext("Take") == "⟦Ťåķé····⟧"
    assert mo.ngettext("{n} dose", "{n} doses", 1) == "⟦{n} ðöšé····⟧"
    assert mo.ngettext("{n} dose", "{n} doses", 3) == "⟦{n} ðöšéš····⟧"
    assert mo.pgettext("column", "Dose") == "⟦Ðöšé····⟧"

    ts = (checkout / catalogues.ts_path("en_XA")).read_text(encoding="utf-8")
    assert 'filename="../../../medplanner/gui/row.py"' in ts
    assert 'type="unfinished"' not in ts
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(checkout / catalogues.qm_path("en_XA")))
    assert translator.translate("Row", "&Take all due") == "⟦&Tåķé åļļ ðûé·····⟧"
    assert translator.translate("Views", "Today") == "⟦Ťöðåý····⟧"
    assert translator.translate("TodayRows", "Person && settings") == (
        "⟦Þéŕšöñ && šéťťîñĝš·······⟧"
    )
    assert translator.translate("Row", "%n dose(s) due", "", 2) == "⟦%n ðöšé(š) ðûé······⟧"
    assert QCoreApplication.translate("Row", "&Take all due") == "&Take all due"  # not installed

    # English, the source language, has a Qt catalogue of count forms only, from "(s)"
    english = QTranslator()
    assert english.load(str(checkout / catalogues.qm_path("en")))
    assert english.translate("Row", "%n dose(s) due", "", 1) == "%n dose due"
    assert english.translate("Row", "%n dose(s) due", "", 2) == "%n doses due"
    assert english.translate("Row", "&Take all due") == ""  # not a count: Qt shows the source

    capsys.readouterr()
    assert catalogues.main(["--check"], root=checkout) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_names_what_is_stale_and_writes_nothing(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert catalogues.main([], root=checkout) == 0
    (checkout / "medplanner/core/words.py").write_text(
        CORE.replace('_("Take")', '_("Take it")'), encoding="utf-8"
    )
    (checkout / "medplanner/gui/row.py").write_text(
        GUI.replace("Person && settings", "Person"), encoding="utf-8"
    )
    before = {p: (checkout / p).read_bytes() for p in files(checkout)}
    capsys.readouterr()
    assert catalogues.main(["--check"], root=checkout) == 1
    err = capsys.readouterr().err
    assert "run `python -m medplanner.devtools.catalogues`" in err
    for name in (
        "resources/locale/medplanner.pot",
        "resources/locale/en_XA/LC_MESSAGES/medplanner.po",
        "resources/locale/en_XA/LC_MESSAGES/medplanner.mo",
        "resources/locale/gui/medplanner_en_XA.ts",
        "resources/locale/gui/medplanner_en_XA.qm",
    ):
        assert f"  {name}\n" in err
    assert '+msgid "Take it"' in err
    assert {p: (checkout / p).read_bytes() for p in files(checkout)} == before
    # Writing them makes the check pass; a second run writes nothing.
    assert catalogues.main([], root=checkout) == 0
    assert catalogues.main([], root=checkout) == 0
    assert "written" not in capsys.readouterr().out.split("up to date")[-1]
    assert catalogues.main(["--check"], root=checkout) == 0
    assert "Person &amp;&amp;" not in (checkout / catalogues.ts_path("en_XA")).read_text("utf-8")


def test_a_real_language_keeps_its_translations(checkout: Path) -> None:
    assert catalogues.main([], root=checkout) == 0
    po = checkout / catalogues.po_path("de")
    po.parent.mkdir(parents=True)
    pot = (checkout / catalogues.POT).read_text(encoding="utf-8")
    po.write_text(
        pot.replace('msgid "Take"\nmsgstr ""', 'msgid "Take"\nmsgstr "Einnehmen"'),
        encoding="utf-8",
    )
    (checkout / catalogues.ts_path("de")).touch()  # docs/translating.md: an empty one
    assert catalogues.main([], root=checkout) == 0
    assert catalogues.languages(checkout) == ["de", "en_XA"]
    with (checkout / catalogues.mo_path("de")).open("rb") as handle:
        mo = gettext.GNUTranslations(handle)
    assert mo.gettext("Take") == "Einnehmen"
    assert mo.pgettext("column", "Dose") == "Dose"  # not translated yet: English
    text = (checkout / catalogues.ts_path("de")).read_text(encoding="utf-8")
    assert 'language="de"' in text and 'type="unfinished"' in text
    assert (checkout / catalogues.qm_path("de")).is_file()
    assert catalogues.main(["--check"], root=checkout) == 0


def test_without_babel_it_says_how_to_install_it(
    checkout: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "babel.messages.extract", None)
    assert catalogues.main([], root=checkout) == 2
    assert "pip install babel" in capsys.readouterr().err
    assert not (checkout / "resources").exists()


def test_unknown_arguments_show_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert catalogues.main(["--chek"]) == 2
    assert "usage: python -m medplanner.devtools.catalogues [--check]" in capsys.readouterr().err


@pytest.mark.catalogues
def test_the_committed_catalogues_are_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Fails after a text in the code changed until the catalogues are made again: run
    ``python -m medplanner.devtools.catalogues`` and commit what it writes."""
    status = catalogues.main(["--check"])
    assert status == 0, capsys.readouterr().err


def test_each_shipped_qm_holds_the_translations_of_its_ts() -> None:
    """The ``.qm`` files are compared by what they translate, not byte for byte (lrelease's
    bytes differ between Qt releases): every message of each committed ``.ts`` comes out of
    its committed ``.qm`` as the ``.ts`` says."""
    shipped = sorted((catalogues.ROOT / catalogues.ts_path("x").parent).glob("*.ts"))
    assert shipped, "no Qt catalogue is shipped"
    for ts in shipped:
        assert catalogues.qm_mismatches(ts.with_suffix(".qm")) == [], ts.name


def test_an_english_count_form_corrected_by_hand_is_kept(checkout: Path) -> None:
    """``(s)`` gives the forms the first time; a form written by hand in the English ``.ts``
    (an irregular plural) survives every later run, and the ``.qm`` says it."""
    assert catalogues.main([], root=checkout) == 0
    ts = checkout / catalogues.ts_path("en")
    text = ts.read_text(encoding="utf-8")
    assert "<numerusform>%n dose due</numerusform>" in text
    ts.write_text(text.replace("%n dose due<", "one dose due<"), encoding="utf-8")
    assert catalogues.main(["--check"], root=checkout) == 1  # the .qm does not say it yet
    assert catalogues.main([], root=checkout) == 0
    assert "<numerusform>one dose due</numerusform>" in ts.read_text(encoding="utf-8")
    from PySide6.QtCore import QTranslator

    english = QTranslator()
    assert english.load(str(checkout / catalogues.qm_path("en")))
    assert english.translate("Row", "%n dose(s) due", "", 1) == "one dose due"
    assert catalogues.main(["--check"], root=checkout) == 0
