"""docs/clinical.md, generated from the knowledge base's data files.

``python -m medplanner.core.kbdoc > docs/clinical.md`` writes it; a test fails when the
committed file is out of sync with the data. Every row names its source as the data does.
Pure: it reads resources only and returns text.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from medplanner.core.knowledge import (
    COMBINATION_SEVERITY,
    Drug,
    KnowledgeBase,
    Product,
    Sourced,
    load_knowledge_base,
)
from medplanner.core.resources import RESOURCES
from medplanner.core.units import Amount

COVERAGE_FILE: Path = RESOURCES / "coverage.toml"


def coverage() -> tuple[str, str, tuple[str, ...]]:
    """What the knowledge base does not cover: (title, intro, points), for docs and About."""
    with COVERAGE_FILE.open("rb") as f:
        data = tomllib.load(f)
    return str(data["title"]), str(data["intro"]), tuple(str(p) for p in data["points"])


def coverage_text() -> str:
    """The coverage note as plain text (the GUI's About/Help shows it)."""
    title, intro, points = coverage()
    return "\n".join([title, "", intro, "", *(f"• {p}" for p in points)])


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _group(classes: tuple[str, ...], drugs: tuple[str, ...]) -> str:
    return ", ".join([*(f"class {c}" for c in classes), *drugs])


def _limit(
    label: str, s: Sourced[Amount] | Sourced[int] | Sourced[Decimal] | None, unit: str = ""
) -> list[str]:
    if s is None:
        return []
    return [f"| {label} | {s.value}{unit} | {_cell(s.source)} |"]


def _drug_rows(d: Drug) -> list[str]:
    rows: list[str] = []
    rows += _limit("start (first day's total)", d.start_daily)
    rows += _limit("largest single dose", d.max_single)
    rows += _limit("daily maximum", d.max_daily)
    rows += _limit("largest raise a day", d.increment_daily)
    rows += _limit("days between raises", d.increment_interval_days, " days")
    if d.titration_path is not None:
        rungs = " → ".join(f"{a} × {n}" for a, n in d.titration_path.value)
        rows.append(f"| label's titration path | {rungs} | {_cell(d.titration_path.source)} |")
    if d.max_gap is not None:
        rows.append(
            f"| longest gap between doses (from {d.max_gap.from_doses_per_day.value} a day) | "
            f"{d.max_gap.hours.value} hours | {_cell(d.max_gap.hours.source)} |"
        )
    if d.timing is not None:
        rows.append(f"| timing | {d.timing.words} | {_cell(d.timing.source)} |")
    if d.renal is not None:
        for b in d.renal.bands:
            if b.not_recommended:
                what = "not recommended"
            elif b.caution:
                what = "caution (info)"
            elif b.reduce_by is not None:
                what = f"about {b.reduce_by} less than the daily maximum"
            else:
                low = f"{b.daily_min}–" if b.daily_min is not None else "up to "
                what = f"{low}{b.daily_max} a day"
                if b.proportional_to_crcl is not None:
                    what += f" at {b.proportional_to_crcl} mL/min, in proportion below"
            rows.append(
                f"| kidneys {_cell(b.label)} ({d.renal.kind}) | {what} | {_cell(b.source)} |"
            )
        if d.renal.dialysis is not None:
            dia = d.renal.dialysis
            what = "not recommended" if dia.not_recommended else _cell(dia.advice)
            rows.append(f"| haemodialysis | {what} | {_cell(dia.source)} |")
    if d.taper is not None:
        t = d.taper
        span = f"at least {t.min_days.value} days"
        if t.max_days is not None:
            span += f" (up to {t.max_days.value}; stock lead time {t.length_days} days)"
        if t.after_days is not None:
            span += f", after {t.after_days.value} days of use"
        src = "; ".join(
            dict.fromkeys(s.source for s in (t.min_days, t.max_days, t.after_days) if s is not None)
        )
        rows.append(f"| taper | {span} | {_cell(src)} |")
    rows += _limit("missed dose: skip if the next is within", d.skip_window_hours, " hours")
    if d.missed_streak is not None:
        m = d.missed_streak
        rows.append(
            f"| missed-streak-restart | {m.doses.value} doses in a row not taken: "
            f"{_cell(m.advice)} | {_cell(m.source + '; threshold: ' + m.doses.source)} |"
        )
    return rows


def _product_row(p: Product) -> str:
    strengths = "; ".join(
        "/".join(str(a) for a in v.amounts) + (" (default)" if v.default else "")
        for v in p.variants
    )
    names = ", ".join(p.names[1:]) or "—"
    own = "own label rules (below)" if p.rules is not None else "each ingredient's rules"
    return (
        f"| {p.name} | {names} | {' + '.join(p.ingredients)} | {p.release} | {p.form} "
        f"({p.unit}) | {strengths} | {own} | {_cell(p.source)} |"
    )


def render(kb: KnowledgeBase | None = None) -> str:
    kb = kb if kb is not None else load_knowledge_base()
    out = [
        "# Clinical rules of MedPlanner's knowledge base",
        "",
        "<!-- Generated by `python -m medplanner.core.kbdoc > docs/clinical.md` from",
        "     resources/drugs, resources/products and resources/classes.toml. Do not edit by",
        "     hand: a test fails when this file and the data disagree. -->",
        "",
        "Every number below comes from the data files, with the source they give. A number",
        'MedPlanner worked out itself says "derived from …, a MedPlanner rule"; a choice of',
        'MedPlanner\'s own says "MedPlanner product rule". The prescriber decides; MedPlanner',
        "only points out what the sources say.",
        "",
        "## Pair rules",
        "",
        "The first rule that matches a pair of medications in use on a common day raises its",
        "finding. A combination product counts as each of its ingredients; an extended-release",
        "product as its ingredient. Gabapentin with baclofen is deliberately not a pair rule: it",
        "is flagged as `sedatives-same-time` (warning) when doses are closer than the stagger",
        "window, with advice otherwise (general guidance, not a label rule).",
        "",
        "| # | code | severity | one side | other side | why | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, c in enumerate(kb.combinations, start=1):
        out.append(
            f"| {i} | `{c.code}` | {COMBINATION_SEVERITY[c.code]} | "
            f"{_group(c.first_classes, c.first_drugs)} | "
            f"{_group(c.second_classes, c.second_drugs)} | {_cell(c.why)} | {_cell(c.source)} |"
        )
    out += [
        "",
        "## Classes",
        "",
        "Every member of `sedating` (and of each class that implies it) gets the alcohol and",
        "driving advice (`advice-alcohol`, `advice-driving`, info).",
        "",
        "| class | members | implies | source |",
        "|---|---|---|---|",
    ]
    for cls in kb.classes.values():
        members = ", ".join(d.name for d in kb.drugs.values() if cls.name in d.classes.value)
        implies = ", ".join(cls.implies) or "—"
        out.append(f"| {cls.name} | {members or '—'} | {implies} | {_cell(cls.source)} |")
    out += [
        "",
        "## Products",
        "",
        'A dose in units (`"1 tablet"`) means that many units of the plan\'s `strength`, else of',
        "the default strength. A mass dose of a combination product means its opioid",
        "ingredient where it has one, else its first-named ingredient; `check` says which",
        "reading it used (`combination-product`, info).",
        "",
        "| product | other names | ingredients | release | form (unit) | strengths per unit "
        "| rules | source |",
        "|---|---|---|---|---|---|---|---|",
    ]
    out += [_product_row(p) for p in kb.products.values()]
    out += ["", "## Drug limits", ""]
    for d in kb.drugs.values():
        rows = _drug_rows(d)
        names = ", ".join(d.brands + d.aliases)
        out += [f"### {d.name}" + (f" ({names})" if names else ""), ""]
        if not rows:
            out += [
                f"No dose limits: classes only ({', '.join(d.classes.value)}; "
                f"{_cell(d.classes.source)}).",
                "",
            ]
            continue
        out += ["| limit | value | source |", "|---|---|---|", *rows, ""]
    for p in kb.products.values():
        if p.rules is None:
            continue
        out += [
            f"### {p.name} (own label rules; counts as {p.principal})",
            "",
            "| limit | value | source |",
            "|---|---|---|",
            *_drug_rows(p.rules),
            "",
        ]
    title, intro, points = coverage()
    out += [f"## {title}", "", intro, "", *(f"- {p}" for p in points), ""]
    return "\n".join(out)


def main() -> None:
    import sys

    sys.stdout.write(render())


if __name__ == "__main__":
    main()
