"""An article's credit line ("Source: Reuters") in comparisons and report headers.

A wire story states its claims bare: the credit line says whose they are. Against
another article that names the same source in the text, such a claim is not "attributed
vs bare"; against one that names another source, it differs from the credit line, by a
rule of its own and with less confidence (issue 10, item 2).
"""

from __future__ import annotations

import dataclasses
import io
import re
from functools import cache

import pytest
from rich.console import Console

from claimcheck.api import compare_texts
from claimcheck.render.markdown import comparison_markdown
from claimcheck.render.terminal import print_comparison
from claimcheck.types import Comparison, DifferenceCategory, DifferenceKind

CLAIMS = (
    "North Korea fired at least ten ballistic missiles into the sea off its east coast on Sunday",
    "The launches came a day after joint military drills ended",
)

#: The two claims bare, with a date line and a credit line.
WIRE = "North Korea fires missiles into the sea\n\nJuly 14, 2025\n\n{}.\n{}.\n\nSource: Reuters\n".format(*CLAIMS)
#: The same, in Hindi, credited to रॉयटर्स.
WIRE_HI = (
    "उत्तर कोरिया ने समुद्र में मिसाइलें दागीं\n\n"
    "उत्तर कोरिया ने रविवार को अपने पूर्वी तट के पास समुद्र में कम से कम दस बैलिस्टिक मिसाइलें दागीं।\n"
    "ये प्रक्षेपण संयुक्त सैन्य अभ्यास समाप्त होने के एक दिन बाद हुए।\n\n"
    "स्रोत: रॉयटर्स\n"
)
#: The wire story without its credit line: its claims are the writer's own.
UNCREDITED = "North Korea fires missiles into the sea\n\n{}.\n{}.\n".format(*CLAIMS)


def _attributed_to(source: str) -> str:
    return f"North Korea launches missiles\n\n{CLAIMS[0]}, {source} reported.\n{CLAIMS[1]}, {source} said.\n"


@cache
def _compare(first: str, second: str, lang: str = "en") -> Comparison:
    return compare_texts([first, second], langs=[lang, "en"], names=["wire", "other"])


def _attribution_rules(comparison: Comparison) -> list[str]:
    return [d.rule for g in comparison.groups for d in g.differences if d.kind is DifferenceKind.ATTRIBUTION]


@pytest.mark.parametrize(("wire", "lang", "credit"), [(WIRE, "en", "Reuters"), (WIRE_HI, "hi", "रॉयटर्स")])
def test_credit_sources_same_source_as_the_other_article_is_no_attribution_difference(wire: str, lang: str, credit: str) -> None:
    comparison = _compare(wire, _attributed_to("Reuters"), lang)
    assert comparison.articles[0].metadata.sources == (credit,)
    assert [len(g.members) for g in comparison.groups] == [2, 2]
    assert _attribution_rules(comparison) == []
    assert all(g.checked[0] == f"same source: {credit} (credit line)" for g in comparison.groups)
    assert all("source" in g.agreements for g in comparison.groups)


def test_credit_sources_without_the_credit_line_the_claims_are_bare() -> None:
    comparison = _compare(UNCREDITED, _attributed_to("Reuters"))
    assert _attribution_rules(comparison) == ["source.attributed_vs_bare"] * 2
    assert comparison.summary.unattributed_claims == 2 and comparison.summary.credited_claims == 0


def test_credit_sources_another_source_differs_from_the_credit_line() -> None:
    comparison = _compare(WIRE, _attributed_to("Yonhap"))
    differences = [d for g in comparison.groups for d in g.differences]
    assert [(d.kind, d.category, d.rule, d.confidence) for d in differences] == [
        (DifferenceKind.ATTRIBUTION, DifferenceCategory.ATTRIBUTION, "source.credit_line", 0.5)
    ] * 2
    assert differences[0].detail == "attributed to Yonhap News Agency in other vs the article's credit line Reuters in wire"
    assert [s.value for s in differences[0].sides] == ["Reuters (credit line)", "Yonhap News Agency"]
    assert comparison.summary.conflicts == 0


def test_credit_sources_summary_counts_credited_claims_apart_from_bare_ones() -> None:
    summary = _compare(WIRE, _attributed_to("Reuters")).summary
    assert (summary.unattributed_claims, summary.credited_claims) == (0, 2)


def test_credit_sources_terminal_header_shows_date_and_credit_line() -> None:
    out = io.StringIO()
    print_comparison(Console(file=out, width=200, no_color=True, color_system=None), _compare(WIRE, _attributed_to("Reuters")))
    text = out.getvalue()
    assert "published 2025-07-14 · source: Reuters (credit line)" in text
    assert re.search(r"^ credited to the article's source +2 *$", text, re.MULTILINE)
    assert "credited to the article's source: Reuters (credit line)" in text
    assert "no source given" not in text


def test_credit_sources_markdown_header_shows_date_and_credit_line() -> None:
    text = comparison_markdown(_compare(WIRE, _attributed_to("Reuters")))
    assert "\n\n- **wire:** published 2025-07-14 · source: Reuters (credit line)\n" in text
    assert "- **credited to the article's source:** 2" in text
    assert "| wire #2 | Reuters \\(credit line\\) |" in text


def test_credit_sources_markdown_escapes_a_credit_line() -> None:
    comparison = _compare(WIRE, _attributed_to("Reuters"))
    wire = comparison.articles[0]
    hostile = dataclasses.replace(wire, metadata=dataclasses.replace(wire.metadata, sources=("[x](javascript:1) <img>",)))
    text = comparison_markdown(dataclasses.replace(comparison, articles=(hostile, *comparison.articles[1:])))
    assert "source: \\[x\\]\\(javascript:1\\) &lt;img&gt; (credit line)" in text
    assert "<img>" not in text and "[x](" not in text
