"""The translation catalogues, made by one command (docs/translating.md)::

    python -m medplanner.devtools.catalogues           # extract, fill en_XA, compile
    python -m medplanner.devtools.catalogues --check   # exit 1 naming what is stale

1. **Extract.** The gettext texts of every module outside ``medplanner/gui`` (the core, the
   command line, the service, the exports, the reminder texts: ``_``, ``ngettext``,
   ``pgettext``, ``N_`` and the ``# Translators:`` comments above them) go to
   ``resources/locale/medplanner.pot``, with Babel. The Qt texts of ``medplanner/gui``
   (``tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) go to
   ``resources/locale/gui/medplanner_<language>.ts``, with ``pyside6-lupdate`` (it ships
   in the PySide6 wheel); a language's ``.ts`` keeps its translations, texts no longer in
   the code are dropped.
2. **Update.** Each language's ``resources/locale/<language>/LC_MESSAGES/medplanner.po``
   gets the new texts of the ``.pot`` (translations kept). The pseudo-locale ``en_XA`` is
   written whole, in both catalogues: every text through
   :func:`medplanner.devtools.pseudo.pseudo`.
3. **Compile.** ``.po`` → ``.mo`` (Babel) and ``.ts`` → ``.qm`` (``pyside6-lrelease``),
   beside their sources. These are shipped in the wheel and committed.

The output does not depend on the day or the Babel version (no creation date, no
"Generated-By"); locations name the file only (the ``.ts`` relative line numbers, Qt's
way), so moving code around a file changes nothing. ``--check`` builds everything in a
temporary folder and compares: a test runs it (tests/devtools/test_catalogues.py).

Babel is a development tool only (the ``test`` extra): the app reads the compiled ``.mo``
with the standard library's gettext.
"""

from __future__ import annotations

import difflib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from medplanner.devtools.pseudo import pseudo

ROOT = Path(__file__).resolve().parents[2]
"""The checkout: ``medplanner/`` and ``resources/`` are here."""

LOCALE = Path("resources/locale")
POT = LOCALE / "medplanner.pot"
GUI = LOCALE / "gui"
DOMAIN = "medplanner"
PSEUDO = "en_XA"
#: English, the source language: its Qt catalogue holds only the count forms ("%n dose(s)"
#: reads "1 dose" / "2 doses"), as Qt's documentation advises; gettext needs none.
ENGLISH = "en"
COMMAND = "python -m medplanner.devtools.catalogues"

#: The gettext functions and which of their arguments are texts (Babel's notation).
KEYWORDS: dict[str, Any] = {
    "_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
}
COMMENT_TAGS = ("Translators:",)

#: Not in the gettext catalogue: the Qt GUI (its own catalogue) and these tools.
NOT_GETTEXT = ("medplanner/gui/", "medplanner/devtools/")

_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
_HEADER_COMMENT = """\
# Translations of MedPlanner's texts outside the Qt GUI.
# Made by `python -m medplanner.devtools.catalogues` (docs/translating.md): edit the
# translations, never the English texts (they come from the code).
#"""


class Missing(Exception):
    """A tool the command needs is not installed."""


# --------------------------------------------------------------------------- paths


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def ts_path(language: str) -> Path:
    return GUI / f"{DOMAIN}_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def languages(root: Path) -> list[str]:
    """The pseudo-locale and every language with a ``.po`` or a ``.ts`` under ``root``."""
    found = {PSEUDO}
    locale = root / LOCALE
    if locale.is_dir():
        found |= {p.parent.parent.name for p in locale.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    gui = root / GUI
    if gui.is_dir():
        found |= {p.stem.removeprefix(f"{DOMAIN}_") for p in gui.glob(f"{DOMAIN}_*.ts")}
    return sorted(found - {ENGLISH})


def sources(root: Path, gui: bool) -> list[Path]:
    """The Python files of ``medplanner/gui`` (``gui``) or of every other part, relative to
    ``root``, sorted."""
    files = sorted(p.relative_to(root) for p in (root / "medplanner").rglob("*.py"))
    if gui:
        return [p for p in files if p.as_posix().startswith("medplanner/gui/")]
    return [p for p in files if not p.as_posix().startswith(NOT_GETTEXT)]


# --------------------------------------------------------------------------- gettext


def _babel() -> Any:
    try:
        import babel.messages.catalog
        import babel.messages.extract
        import babel.messages.mofile
        import babel.messages.pofile
    except ImportError as e:
        raise Missing(
            "Babel is needed to extract and compile the gettext catalogues; install it with\n"
            "    pip install babel\n"
            "(or all the development tools: pip install -e '.[test]')"
        ) from e
    import babel

    return babel


def _new_catalog(locale: str | None) -> Any:
    from babel.messages.catalog import Catalog

    return Catalog(
        locale=locale,
        domain=DOMAIN,
        header_comment=_HEADER_COMMENT,
        project="MedPlanner",
        version="",
        copyright_holder="MedPlanner contributors",
        msgid_bugs_address="",
        creation_date=_FIXED_DATE,
        revision_date=_FIXED_DATE,
        last_translator="",
        language_team="",
        fuzzy=locale is None,
    )


def template(root: Path) -> Any:
    """The gettext texts of the code, as a Babel catalogue (the ``.pot``)."""
    _babel()
    from babel.messages.extract import extract_from_file

    catalog = _new_catalog(None)
    for rel in sources(root, gui=False):
        found = extract_from_file(
            "python",
            str(root / rel),
            keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        )
        for lineno, message, comments, context in found:
            catalog.add(
                message,
                None,
                [(rel.as_posix(), lineno)],
                auto_comments=comments,
                context=context,
            )
    return catalog


def po_text(catalog: Any, language: str | None = None) -> str:
    """The catalogue as ``.po`` text, the same every time it is written."""
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(
        out,
        catalog,
        width=100,
        sort_output=True,
        ignore_obsolete=True,
        include_lineno=False,
    )
    lines = out.getvalue().decode("utf-8").splitlines(keepends=True)
    kept = []
    for line in lines:
        if line.startswith('"Generated-By: '):
            continue
        if language is not None and line.startswith('"Language: '):
            kept.append(f'"Language: {language}\\n"\n')
        else:
            kept.append(line)
    return "".join(kept)


def pseudo_catalog(pot: Any) -> Any:
    """Every text of ``pot`` in the pseudo-locale (English plural rules)."""
    catalog = _new_catalog("en")
    for message in pot:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            string: Any = tuple(pseudo(text) for text in message.id)
        else:
            string = pseudo(message.id)
        catalog.add(
            message.id,
            string,
            message.locations,
            auto_comments=message.auto_comments,
            context=message.context,
            flags=[f for f in message.flags if f != "fuzzy"],
        )
    return catalog


def updated_catalog(pot: Any, existing: str, language: str) -> Any:
    """A language's ``.po`` (text ``existing``) with the texts of ``pot``."""
    from babel.messages.pofile import read_po

    catalog = read_po(
        io.StringIO(existing), locale=language.split("_", maxsplit=1)[0], domain=DOMAIN
    )
    catalog.update(pot, update_header_comment=False)
    catalog.revision_date = _FIXED_DATE
    return catalog


def mo_bytes(po: str) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    out = io.BytesIO()
    write_mo(out, read_po(io.StringIO(po)), use_fuzzy=False)
    return out.getvalue()


# --------------------------------------------------------------------------- Qt


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise Missing(
            f"{name} is needed for the Qt catalogues; it comes with PySide6:\n"
            "    pip install -e '.[test]'"
        )
    return found


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(  # noqa: S603 (our own tool, our own arguments)
        args, cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed:\n{done.stdout}{done.stderr}")


def fill_pseudo(ts: str) -> str:
    """The ``.ts`` text with every message translated into the pseudo-locale."""
    tree = ET.fromstring(ts)  # noqa: S314 (lupdate's output, from our own code)
    tree.set("language", PSEUDO)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        text = pseudo(source)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "x")]
            for form in list(translation):
                translation.remove(form)
            for _ in forms:
                ET.SubElement(translation, "numerusform").text = text
            translation.text = None
        else:
            translation.text = text
    ET.indent(tree, "    ")
    body = ET.tostring(tree, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def fill_english(ts: str) -> str:
    """The English ``.ts``: each count text not yet given its forms gets them from its
    ``(s)`` (``%n dose(s)`` → ``%n dose``, ``%n doses``; without ``(s)`` both forms are the
    text itself — correct them by hand in the file, the command keeps what is there).
    Other texts stay untranslated: Qt shows their source, which is English."""
    tree = ET.fromstring(ts)  # noqa: S314 (lupdate's output, from our own code)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = translation.findall("numerusform")
        if translation.get("type") != "unfinished" and all(f.text for f in forms):
            continue  # given by hand (or before): kept
        source = message.findtext("source") or ""
        for form in forms:
            translation.remove(form)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        translation.text = None
    ET.indent(tree, "    ")
    body = ET.tostring(tree, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def qt_catalogues(root: Path, langs: Iterable[str]) -> dict[Path, bytes]:
    """The ``.ts`` and ``.qm`` of each language, made in a copy of the GUI's sources (so that
    nothing under ``root`` is written)."""
    lupdate, lrelease = qt_tool("pyside6-lupdate"), qt_tool("pyside6-lrelease")
    out: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="medplanner-catalogues-") as tmp:
        stage = Path(tmp)
        files = sources(root, gui=True)
        for rel in files:
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / rel, stage / rel)
        (stage / GUI).mkdir(parents=True, exist_ok=True)
        for language in langs:
            ts = ts_path(language)
            if language != PSEUDO and (root / ts).is_file() and (root / ts).stat().st_size:
                shutil.copyfile(root / ts, stage / ts)
            _run(
                [
                    lupdate,
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "relative",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    *[rel.as_posix() for rel in files],
                    "-ts",
                    ts.as_posix(),
                ],
                cwd=stage,
            )
            text = (stage / ts).read_text(encoding="utf-8")
            if language == PSEUDO:
                text = fill_pseudo(text)
                (stage / ts).write_text(text, encoding="utf-8")
            elif language == ENGLISH:
                text = fill_english(text)
                (stage / ts).write_text(text, encoding="utf-8")
            _run(
                [lrelease, "-silent", ts.as_posix(), "-qm", qm_path(language).as_posix()],
                cwd=stage,
            )
            out[ts] = text.encode("utf-8")
            out[qm_path(language)] = (stage / qm_path(language)).read_bytes()
    return out


# --------------------------------------------------------------------------- all of it


def build(root: Path = ROOT) -> dict[Path, bytes]:
    """Every catalogue file the command writes, relative to ``root``, and its bytes."""
    pot = template(root)
    langs = languages(root)
    out: dict[Path, bytes] = {POT: po_text(pot).encode("utf-8")}
    for language in langs:
        if language == PSEUDO:
            po = po_text(pseudo_catalog(pot), PSEUDO)
        else:
            try:
                existing = (root / po_path(language)).read_text(encoding="utf-8")
            except OSError:
                existing = po_text(_new_catalog(language.split("_")[0]), language)
            po = po_text(updated_catalog(pot, existing, language), language)
        out[po_path(language)] = po.encode("utf-8")
        out[mo_path(language)] = mo_bytes(po)
    out.update(qt_catalogues(root, [*langs, ENGLISH]))
    return out


def ts_messages(data: bytes) -> list[tuple[str, str, str, bool, tuple[str, ...]]]:
    """What a ``.ts`` says, without its layout or source locations: (context, source,
    disambiguation, count form, translations), sorted."""
    out = []
    try:
        tree = ET.fromstring(data)  # noqa: S314 (lupdate's output, from our own code)
    except ET.ParseError:
        return [("", "(not a readable .ts file)", "", False, ())]
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            if translation is not None:
                numerus = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus) or (translation.text or "",)
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    (message.findtext("comment") or "")
                    + "\x00"
                    + (message.findtext("extracomment") or ""),
                    message.get("numerus") == "yes",
                    forms,
                )
            )
    return sorted(out)


def qm_mismatches(qm: Path) -> list[str]:
    """Each message of the ``.ts`` beside ``qm`` that the ``.qm`` does not translate as the
    ``.ts`` says (an edit of the ``.ts`` made by hand and not compiled, say)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm.name} cannot be read"]
    wrong = []
    for context, source, comment, numerus, forms in ts_messages(qm.with_suffix(".ts").read_bytes()):
        if not forms or not forms[0]:
            continue  # not translated: Qt shows the source
        disambiguation = comment.split("\x00")[0] or None
        # a count text: its two forms where a language has two (n = 1, n = 2), as English
        # has; with other numbers of forms which count picks which form is the language's
        # own rule, so only the text is looked up
        if numerus and len(forms) == 2:
            pairs = [(1, forms[0]), (2, forms[1])]
        else:
            pairs = [(1 if numerus else -1, forms[0])]
        for count, form in pairs:
            got = translator.translate(context, source, disambiguation, count)
            if got != form:
                wrong.append(f"{context}: {source!r} (n={count}) -> {got!r}, not {form!r}")
    return wrong


def _same_ts(committed: Path, made: bytes) -> bool:
    try:
        old = committed.read_bytes()
    except OSError:
        return False
    return old == made or ts_messages(old) == ts_messages(made)


def stale(root: Path, made: dict[Path, bytes]) -> Iterator[tuple[Path, list[str]]]:
    """Each file whose committed bytes differ from ``made``, with a few lines of difference
    for a text file."""
    for rel, data in sorted(made.items()):
        try:
            old = (root / rel).read_bytes()
        except OSError:
            yield rel, ["(missing)"]
            continue
        if old == data:
            continue
        if rel.suffix == ".qm":
            # lrelease's bytes differ between Qt releases; a .qm is stale only when its .ts
            # is (tests/devtools/test_catalogues.py loads it and checks every translation).
            ts = rel.with_suffix(".ts")
            if ts not in made or (_same_ts(root / ts, made[ts]) and not qm_mismatches(root / rel)):
                continue
            yield rel, []
            continue
        if rel.suffix == ".ts" and _same_ts(root / rel, data):
            continue  # the same messages, written by another lupdate release
        if rel.suffix == ".mo":
            yield rel, []
            continue
        diff = difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(),
            data.decode("utf-8").splitlines(),
            "committed",
            "from the code",
            n=0,
            lineterm="",
        )
        yield rel, [line for line in diff if not re.match(r"(---|\+\+\+|@@) ", line)][:12]


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    """``python -m medplanner.devtools.catalogues [--check]`` (``root``: the checkout)."""
    args = list(sys.argv[1:] if argv is None else argv)
    unknown = [a for a in args if a != "--check"]
    if unknown:
        print(f"usage: {COMMAND} [--check]", file=sys.stderr)
        return 2
    check = "--check" in args
    try:
        made = build(root)
    except Missing as e:
        print(e, file=sys.stderr)
        return 2
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 1
    out_of_date = list(stale(root, made))
    if check:
        if not out_of_date:
            print(f"the catalogues are up to date ({len(made)} files)")
            return 0
        print(f"the catalogues are out of date; run `{COMMAND}` and commit:", file=sys.stderr)
        for rel, lines in out_of_date:
            print(f"  {rel.as_posix()}", file=sys.stderr)
            for line in lines:
                print(f"      {line}", file=sys.stderr)
        return 1
    for rel, _lines in out_of_date:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(made[rel])
        print(f"written: {rel.as_posix()}")
    print(f"{len(made) - len(out_of_date)} catalogue files already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
