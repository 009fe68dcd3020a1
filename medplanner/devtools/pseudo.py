"""The pseudo-locale ``en_XA``: every text lengthened and accented, to find on screen the
words that escaped the catalogues and the labels too small for a longer language.

``pseudo("Take all due")`` is ``"⟦Ťåķé åļļ ðûé·····⟧"``: each letter accented, about 40 %
longer (at least four ``·``), between ``⟦`` and ``⟧``. What a program reads in the text stays
as it is: Python placeholders (``{name}``, ``{dose:g}``, ``{0}``), %-forms (``%s``, ``%d``,
``%(n)s``, Qt's ``%n`` and ``%1``), HTML tags and entities (``<b>``, ``&amp;``), the ``&``
of a keyboard accelerator with its letter (``&Take``: Alt+T still works; ``&&`` is a
literal ``&``), newlines, and the white space around the text. The same text always gives
the same result.
"""

from __future__ import annotations

import re

OPEN, CLOSE, PAD = "⟦", "⟧", "·"

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "åƀçðéƒĝĥîĵķļɱñöþǫŕšťûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŤÛṼŴẊÝŽ"
ACCENTS = str.maketrans(_PLAIN, _ACCENTED)

#: What stays as written, tried in this order.
PROTECTED = re.compile(
    r"""
      \{\{ | \}\}                                  # literal braces of str.format
    | \{[^{}\s]*\}                                 # {name} {dose:g} {0} {}
    | %\([A-Za-z_]\w*\)[#0+\-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]   # %(n)s
    | %[#0+\-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]    # %s %d %.1f %%
    | %L?\d+ | %n                                  # Qt: %1 %L1 %n
    | </?[A-Za-z][^<>]*>                           # HTML tags
    | &(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);        # HTML entities
    | && | &\w                                     # accelerators (and a literal &)
    | \n
    """,
    re.VERBOSE,
)


def protected(text: str) -> list[str]:
    """The parts of ``text`` that :func:`pseudo` keeps as they are, in order."""
    return PROTECTED.findall(text)


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale (see the module's docstring)."""
    core = text.strip()
    if not core:
        return text  # nothing to read
    start = len(text) - len(text.lstrip())
    lead, trail = text[:start], text[start + len(core) :]
    parts: list[str] = []
    at = 0
    for match in PROTECTED.finditer(core):
        parts.append(core[at : match.start()].translate(ACCENTS))
        parts.append(match.group())
        at = match.end()
    parts.append(core[at:].translate(ACCENTS))
    return f"{lead}{OPEN}{''.join(parts)}{padding(len(core))}{CLOSE}{trail}"


def padding(length: int) -> str:
    """About 40 % of ``length`` (at least four) in ``·``; a long run is cut into groups of ten
    by spaces, so that a wrapped label can still break its lines."""
    count = max(4, round(length * 0.4))
    if count <= 12:
        return PAD * count
    return "".join(" " if i % 11 == 10 and i < count - 1 else PAD for i in range(count))
