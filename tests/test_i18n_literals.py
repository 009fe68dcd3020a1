"""Every catalogue text in the whole package is something the extractors can read.

Babel and pyside6-lupdate read string literals only: ``_(f"…")``, ``_(variable)`` or
``self.tr(text)`` would never reach a catalogue, and that text would stay English in every
language (the pseudo-locale tests only see the screens and commands they visit). Allowed:
a literal, or a constant (``_(PRESCRIBER_LINE)``, ``_(TABLE[key])``, UPPER_CASE names)
marked with ``N_``/``QT_TRANSLATE_NOOP`` where it is defined, or a value taken from a table
the same module marks (gettext) or some GUI module marks under the same context (Qt).
"""

from __future__ import annotations

import ast
from pathlib import Path

import medplanner

PACKAGE = Path(medplanner.__file__).parent
#: gettext keywords and how many leading arguments are texts (pgettext: context, text).
GETTEXT = {"_": 1, "N_": 1, "ngettext": 2, "pgettext": 2}


def _modules(*, gui: bool) -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).parts
        if rel[0] == "devtools":
            continue
        if (rel[0] == "gui") == gui:
            out.append(path)
    return out


def _literal(arg: ast.expr) -> bool:
    return isinstance(arg, ast.Constant) and isinstance(arg.value, str)


def _constant(arg: ast.expr) -> bool:
    """``NAME``, ``NAME[key]``, ``NAME.get(key, …)`` or ``module.NAME`` written in capitals:
    a constant whose texts are marked where it is defined."""
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "get":
        arg = arg.func.value
    if isinstance(arg, ast.Subscript):
        arg = arg.value
    if isinstance(arg, ast.Attribute):
        return arg.attr.lstrip("_").isupper()
    return isinstance(arg, ast.Name) and arg.id.lstrip("_").isupper()


#: Calls whose text is a marked value reached through a name the checker cannot follow,
#: each read and found marked (file, the source of the argument).
KNOWN_MARKED = {
    # the tabs' QT_TRANSLATE_NOOP table (window_menus.VIEWS), in a loop
    ("gui/main_window.py", "label"),
    # the command list's N_-marked help lines (cli/__init__.COMMANDS)
    ("cli/parser.py", "text"),
}


def _marks(tree: ast.AST, name: str) -> set[str]:
    """The contexts (Qt) or ``""`` (gettext) under which a module marks texts with ``name``
    (``N_``, ``QT_TRANSLATE_NOOP``): a value from such a table may be translated there."""
    found = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        first = node.args[0] if node.args else None
        if node.func.id == name and isinstance(first, ast.Constant) and _literal(first):
            found.add(str(first.value) if name == "QT_TRANSLATE_NOOP" else "")
    return found


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"


def test_every_gettext_text_is_a_literal_or_a_marked_constant() -> None:
    bad = []
    for path in _modules(gui=False):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked_here = bool(_marks(tree, "N_"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            wanted = GETTEXT.get(node.func.id)
            if wanted is None:
                continue
            texts = node.args[:wanted]
            if node.func.id == "_" and texts and _constant(texts[0]):
                continue
            if node.func.id == "_" and texts and marked_here:
                continue  # a value from this module's own N_-marked table
            if texts and (_rel(path), ast.unparse(texts[0])) in KNOWN_MARKED:
                continue
            if len(texts) < wanted or not all(_literal(a) for a in texts):
                bad.append(_where(path, node))
    assert bad == [], "texts the gettext extractor cannot read:\n" + "\n".join(bad)


def _qt_call(node: ast.Call) -> tuple[str, list[ast.expr]] | None:
    """(kind, text arguments) of ``self.tr(...)``, ``QCoreApplication.translate(...)``,
    ``QT_TRANSLATE_NOOP(...)``; None for any other call."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "tr", node.args[:1]
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id == "QCoreApplication":
            return "translate", node.args[:2]
    if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
        return "noop", node.args[:2]
    return None


def test_every_qt_text_is_a_literal_or_a_marked_constant() -> None:
    bad = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _modules(gui=True)}
    # contexts under which some GUI module marks a table (a table may live beside its user)
    contexts = set().union(*(_marks(tree, "QT_TRANSLATE_NOOP") for tree in trees.values()))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            found = _qt_call(node)
            if found is None:
                continue
            kind, args = found
            if kind == "tr":
                ok = len(args) == 1 and _literal(args[0])
            elif kind == "translate":
                ok = len(args) == 2 and _literal(args[0])
                known = len(args) == 2 and (_rel(path), ast.unparse(args[1])) in KNOWN_MARKED
                table = ok and str(getattr(args[0], "value", "")) in contexts
                ok = ok and (_literal(args[1]) or _constant(args[1]) or known or table)
            else:
                ok = len(args) == 2 and all(_literal(a) for a in args)
            if not ok:
                bad.append(_where(path, node))
    assert bad == [], "texts pyside6-lupdate cannot read:\n" + "\n".join(bad)


def test_no_module_that_translates_binds_the_name_of_its_translator() -> None:
    """``cur, _, med = …`` in a function of a module that imports gettext's ``_`` makes
    ``_`` a local name there: a ``_("…")`` in that function then fails at run time."""
    bad = []
    for path in _modules(gui=False):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = any(
            isinstance(node, ast.ImportFrom)
            and node.module == "medplanner.core.i18n"
            and any(alias.name == "_" for alias in node.names)
            for node in ast.walk(tree)
        )
        if not imports:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
                bad.append(_where(path, node))
            if isinstance(node, ast.arg) and node.arg == "_":
                bad.append(_where(path, node))
    assert bad == [], "these bind `_` and hide the translator:\n" + "\n".join(bad)
