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

The names and places are in :mod:`medplanner.devtools.catalogpaths`, the Qt half in
:mod:`medplanner.devtools.qtcatalogues`; this module holds the gettext half and the command,
and re-exports the rest.
"""

from __future__ import annotations

import difflib
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from medplanner.devtools.catalogpaths import (
    _FIXED_DATE,
    _HEADER_COMMENT,
    COMMAND,
    COMMENT_TAGS,
    DOMAIN,
    ENGLISH,
    GUI,
    KEYWORDS,
    LOCALE,
    NOT_GETTEXT,
    POT,
    PSEUDO,
    ROOT,
    Missing,
    languages,
    mo_path,
    po_path,
    qm_path,
    sources,
    ts_path,
)
from medplanner.devtools.pseudo import pseudo
from medplanner.devtools.qtcatalogues import (
    _same_ts,
    fill_english,
    fill_pseudo,
    qm_mismatches,
    qt_catalogues,
    qt_tool,
    ts_messages,
)

__all__ = [
    "COMMAND",
    "COMMENT_TAGS",
    "DOMAIN",
    "ENGLISH",
    "GUI",
    "KEYWORDS",
    "LOCALE",
    "NOT_GETTEXT",
    "POT",
    "PSEUDO",
    "ROOT",
    "Missing",
    "build",
    "fill_english",
    "fill_pseudo",
    "languages",
    "main",
    "mo_bytes",
    "mo_path",
    "po_path",
    "po_text",
    "pseudo_catalog",
    "qm_mismatches",
    "qm_path",
    "qt_catalogues",
    "qt_tool",
    "sources",
    "stale",
    "template",
    "ts_messages",
    "ts_path",
    "updated_catalog",
]


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
