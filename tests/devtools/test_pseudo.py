"""The pseudo-locale's texts (issue 22 item 6): every letter accented, lengthened, marked
with ⟦…⟧, and everything a program reads in a text left as it was."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from medplanner.devtools.pseudo import CLOSE, OPEN, PAD, PROTECTED, protected, pseudo

PIECES = [
    "{name}",
    "{dose:g}",
    "{0}",
    "{}",
    "{{",
    "}}",
    "%s",
    "%d",
    "%(n)s",
    "%.1f",
    "%%",
    "%n",
    "%1",
    "%L2",
    "<b>",
    "</b>",
    '<a href="x">',
    "<br/>",
    "&amp;",
    "&#8212;",
    "&&",
    "&Take",
    "\n",
    " ",
    "·",
    "⟦",
]
texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet="abcxyzTQRé %&{}<>;()#\t0123456789.,:!?'\"-", max_size=8),
    ),
    max_size=12,
).map("".join)


def test_examples() -> None:
    assert pseudo("Take all due") == "⟦Ťåķé åļļ ðûé·····⟧"
    assert pseudo("&Take") == "⟦&Tåķé····⟧"  # Alt+T still works
    assert pseudo("Person && settings") == "⟦Þéŕšöñ && šéťťîñĝš·······⟧"
    assert pseudo("{n} dose due\n") == "⟦{n} ðöšé ðûé·····⟧\n"
    assert pseudo("Take <b>{dose:g} mg</b> &amp; %1 %n %(n)s %s") == (
        "⟦Ťåķé <b>{dose:g} ɱĝ</b> &amp; %1 %n %(n)s %s·········· ·······⟧"
    )
    assert pseudo("") == ""


@given(texts)
def test_placeholders_tags_accelerators_and_newlines_stay(text: str) -> None:
    out = pseudo(text)
    assert protected(out) == protected(text)
    assert out.count("\n") == text.count("\n")


@given(texts)
def test_every_letter_is_accented_and_the_text_marked_and_longer(text: str) -> None:
    out = pseudo(text)
    if not text.strip():
        assert out == text  # nothing to read
        return
    core = text.strip()
    # The white space around the text stays outside the marks.
    assert out.startswith(text[: len(text) - len(text.lstrip())] + OPEN)
    assert out.endswith(CLOSE + text[len(text.rstrip()) :])
    # No plain letter is left outside what must stay as written.
    rest = PROTECTED.sub("", out)
    assert not re.search("[A-Za-z]", rest), rest
    # About 40 % longer, at least four more characters (the padding).
    inner = out.strip()[len(OPEN) : -len(CLOSE)]
    padding = len(inner) - len(inner.rstrip(PAD + " "))
    assert padding >= max(4, round(len(core) * 0.4))


@given(texts)
def test_the_same_text_gives_the_same_pseudo_text(text: str) -> None:
    assert pseudo(text) == pseudo(text)
