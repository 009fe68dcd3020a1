"""The Qt catalogues of :mod:`medplanner.devtools.catalogues`: ``pyside6-lupdate`` and
``pyside6-lrelease`` run in a copy of the GUI's sources, the pseudo-locale and English
``.ts`` filled, and what a ``.ts`` says compared without its locations.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from medplanner.devtools.catalogpaths import (
    ENGLISH,
    GUI,
    PSEUDO,
    Missing,
    qm_path,
    sources,
    ts_path,
)
from medplanner.devtools.pseudo import pseudo

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
