"""Markdown output: the comparison as a document for issues, wikis and newsroom notes.

Everything taken from the articles (text, titles, file names, source names) goes through
:func:`md`: it is shown safe (:func:`claimcheck.render.visible`), its HTML and link
syntax escaped and its line breaks folded, so that an article can neither add markup
(``<img>``, ``[x](javascript:...)``, a ``# heading`` line) nor break a table row.
"""

from __future__ import annotations

import re

from ..types import DIFFERENT_EVENTS, Article, Comparison, DifferenceCategory, Sentence, Span
from . import visible
from .json import comparison_summary

#: Characters with a meaning in Markdown (CommonMark's escapable punctuation that can
#: start markup, and "@", which GitHub and GitLab turn into a mention that notifies
#: someone); each is written with a backslash.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~@])")
#: HTML's three, as entities: a backslash does not stop raw HTML.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md(text: str) -> str:
    """``text`` as inert Markdown on one line: visible controls, escaped markup, no line break."""
    shown = " ".join(visible(text).split("\n")).replace("\t", " ")
    shown = _SPECIAL.sub(r"\\\1", shown)
    return "".join(_ENTITIES.get(ch, ch) for ch in shown)


def _marked(sentence: Sentence, spans: list[Span]) -> str:
    """The sentence with differing stretches in bold."""
    text = sentence.text
    if len(text) != sentence.end - sentence.start:
        return md(text)
    cuts = sorted({(max(s.start - sentence.start, 0), min(s.end - sentence.start, len(text))) for s in spans})
    out, pos = [], 0
    for start, end in cuts:
        if start < pos or start >= end:
            continue
        out += [md(text[pos:start]), "**", md(text[start:end]), "**"]
        pos = end
    out.append(md(text[pos:]))
    return "".join(out)


#: How each category of difference is labelled, in the order they are listed.
_CATEGORY_LABEL = {
    DifferenceCategory.CONFLICT: "conflict",
    DifferenceCategory.ONE_SIDE: "one side only",
    DifferenceCategory.ATTRIBUTION: "attributed vs bare",
}


def _article_facts(article: Article) -> str:
    """"published 2025-07-14 · source: Reuters; KCNA (credit line)", or empty."""
    facts = []
    if article.metadata.published:
        facts.append(f"published {md(article.metadata.published)}")
    if article.metadata.sources:
        facts.append(f"source: {md('; '.join(article.metadata.sources))} (credit line)")
    return " · ".join(facts)


def comparison_markdown(comparison: Comparison) -> str:
    """``claimcheck compare --format markdown``."""
    by_id = {a.id: a for a in comparison.articles}
    summary = comparison_summary(comparison)
    lines = [f"# claimcheck: {len(comparison.articles)} articles compared", ""]
    lines += ["| article | title | language | sentences |", "|---|---|---|---|"]
    for a in comparison.articles:
        lines.append(f"| {md(a.id)} | {md(a.metadata.title or '')} | {md(a.lang)} | {len(a.sentences)} |")
    # Date and credit line under the table, not as columns: most articles have neither,
    # and the table's shape stays what readers of earlier reports know.
    # (A blank line first: a line right under a table would be read as one more row.)
    facts = [(a, _article_facts(a)) for a in comparison.articles]
    if any(f for _, f in facts):
        lines.append("")
        lines += [f"- **{md(a.id)}:** {f}" for a, f in facts if f]
    diffs = ", ".join(f"{n} {k}" for k, n in summary["differences"].items()) or "none"
    lines += [
        "",
        f"- **shared claims:** {summary['groups']} ({summary['groups_in_agreement']} in agreement, "
        f"{summary['groups_with_differences']} with differences: {diffs})",
        f"- **conflicts:** {summary.get('conflicts', 0)} in {summary.get('groups_with_conflicts', 0)} shared claims",
        f"- **only in one article:** {summary['only_in_one_article']}",
        f"- **bare (unattributed) claims:** {summary['unattributed_claims']}",
        *(
            [f"- **credited to the article's source:** {summary['credited_claims']}"]
            if summary.get("credited_claims")
            else []
        ),
        f"- **model:** {md(comparison.model)}",
        "",
    ]
    for group in comparison.groups:
        conflicts = [d for d in group.differences if d.category is DifferenceCategory.CONFLICT]
        kinds = sorted({d.kind.value for d in conflicts})
        if kinds:
            verdict = f"conflicts ({', '.join(kinds)})"
        elif group.differences:
            verdict = f"no conflict; details differ ({', '.join(sorted({d.kind.value for d in group.differences}))})"
        elif group.checked or group.agreements:
            verdict = "agrees"
        else:
            verdict = "same claim in other words; nothing checkable"
        lines.append(f"## Claim {group.id}: {verdict}" + ("" if group.same_event else f" · {DIFFERENT_EVENTS}"))
        lines.append("")
        spans: dict[tuple[str, int], list[Span]] = {}
        for d in group.differences:
            for side in d.sides:
                spans.setdefault((side.claim.article, side.claim.sentence), []).extend(side.spans)
        lines += ["| article | source | sentence |", "|---|---|---|"]
        for ref in group.members:
            sentence = by_id[ref.article].sentences[ref.sentence]
            chain = "; ".join(" → ".join(link.label for link in a.chain) for a in sentence.sourced_attributions())
            if not chain and by_id[ref.article].metadata.sources:
                chain = f"{'; '.join(by_id[ref.article].metadata.sources)} (credit line)"
            lines.append(f"| {md(ref.article)} #{ref.sentence + 1} | {md(chain) or '—'} | {_marked(sentence, spans.get((ref.article, ref.sentence), []))} |")
        lines.append("")
        for category, label in _CATEGORY_LABEL.items():
            for d in (d for d in group.differences if d.category is category):
                rule = f" _({md(d.rule)}, {d.confidence:.2f})_" if d.rule else ""
                lines.append(f"- **{label} · {d.kind.value}:** {md(d.detail)}{rule}")
        if not conflicts:
            lines.append("- nothing disagrees")
        if group.checked:
            lines.append(f"- checked: {md('; '.join(group.checked))}")
        elif group.agreements:
            lines.append(f"- same: {md(', '.join(group.agreements))}")
        lines.append("")
    if comparison.only_in:
        lines += ["## Only in one article", ""]
        for ref in comparison.only_in:
            sentence = by_id[ref.article].sentences[ref.sentence]
            lines.append(f"- {md(ref.article)} #{ref.sentence + 1}: {md(sentence.text)}")
        lines.append("")
    return "\n".join(lines)
