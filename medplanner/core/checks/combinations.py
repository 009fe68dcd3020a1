"""``cns-depressant-combination``: class combinations from ``resources/classes.toml``.

A gabapentinoid or baclofen with an opioid or a benzodiazepine (contract §3), and an opioid
with a benzodiazepine (their boxed warning), in use on a common day. As-needed medications
count: they are "never scheduled, but count toward daily maximums and combinations".
"""

from __future__ import annotations

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import ASK, entries, make
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Finding, Plan


def check_combinations(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    known = [e for e in entries(plan, kb) if e.drug is not None]
    out: list[Finding] = []
    for j, b in enumerate(known):
        for a in known[:j]:
            assert a.drug is not None and b.drug is not None
            rule = next((c for c in kb.combinations if c.matches(a.drug, b.drug)), None)
            day = _days.first_common_day(a.med, b.med)
            if rule is None or day is None:
                continue
            out.append(
                make(
                    rule.code,
                    b,
                    f"{_words.title(b.name)} and {a.name} are both in your plan"
                    f"{_words.from_day(day)}. {rule.why} {ASK} before you take them together. "
                    "Get emergency help at once if breathing becomes slow or difficult, or if "
                    "someone is very hard to wake.",
                    rule.source,
                    other=a,
                    day=day,
                )
            )
    return out
