"""Pair rules from ``resources/classes.toml``: ``cns-depressant-combination``,
``duplicate-therapy`` (two different ingredients of one class) and
``interaction-contraindicated``.

Which pairs raise what is data (``[[combinations]]``); the first rule that matches a pair
wins, and its finding cites that rule's own source. Two medications in use on a common day
meet. As-needed medications count: they are "never scheduled, but count toward daily
maximums and combinations". A combination product meets as each of its ingredients
(Percocet as oxycodone and as acetaminophen); a product with its own rules (Gralise) as its
ingredient. The parts of one plan entry never pair with each other.
"""

from __future__ import annotations

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import Entry, entries, make
from medplanner.core.i18n import _
from medplanner.core.knowledge import Combination, KnowledgeBase
from medplanner.core.model import Finding, Plan


def _message(rule: Combination, a: Entry, b: Entry, day: str) -> str:
    # Translators: {from_day} is " from 7 Jan 2027" or nothing.
    both = _("{Name} and {other} are both in your plan{from_day}.").format(
        Name=_words.title(b.name), other=a.name, from_day=day
    )
    if rule.code == "duplicate-therapy":
        ask = _("Ask your prescriber or pharmacist whether you need both.")
    elif rule.code == "interaction-contraindicated":
        ask = _(
            "Ask your prescriber or pharmacist before you take either of them; the prescriber "
            "may choose another medicine."
        )
    else:
        ask = _(
            "Ask your prescriber or pharmacist before you take them together. Get emergency "
            "help at once if breathing becomes slow or difficult, or if someone is very hard "
            "to wake."
        )
    return f"{both} {rule.why} {ask}"


def check_combinations(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    known = [e for e in entries(plan, kb) if e.drug is not None]
    out: list[Finding] = []
    seen: set[tuple[int, int, str]] = set()
    for j, b in enumerate(known):
        for a in known[:j]:
            assert a.drug is not None and b.drug is not None
            if a.index == b.index:
                continue
            rule = next((c for c in kb.combinations if c.matches(a.drug, b.drug)), None)
            day = _days.first_common_day(a.med, b.med)
            if rule is None or day is None or (a.index, b.index, rule.code) in seen:
                continue
            seen.add((a.index, b.index, rule.code))
            out.append(
                make(
                    rule.code,
                    b,
                    _message(rule, a, b, _words.from_day(day)),
                    rule.source,
                    other=a,
                    day=day,
                )
            )
    return out
