"""Reading real-looking pages (fixtures/pages): furniture, headline, date, sources, language.

The 24 pages and their gold were written by hand, without running claimcheck on them
(see ``fixtures/pages/README.md``). Lines are matched as the README defines them: for
``.txt`` an exact line of the file; for ``.html`` the whitespace-collapsed text of one
block element, which counts as article text when the reader kept a line equal to it.
Furniture is the positive class: precision is the share of dropped lines that the gold
calls furniture, recall the share of gold furniture lines that were dropped. A line equal
to the headline is in neither count (the headline has its own test).

To keep a held-out half, the pages were split BEFORE any rule was tuned on them: sorted
by file name, the even positions (0, 2, ...) are the tuning half and the odd positions
the held-out half. Only the tuning half was looked at while writing the rules.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimcheck.datelines import read_date_line
from claimcheck.furniture import credit_line
from claimcheck.language import detect_language
from claimcheck.reading import ReadDocument, read_document

from .conftest import FIXTURES

PAGES = FIXTURES / "pages"
ALL_PAGES = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html"))
TUNING = ALL_PAGES[0::2]
HELD_OUT = ALL_PAGES[1::2]


def _collapse(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def gold_of(page: Path) -> dict:
    return json.loads((PAGES / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))


def kept_lines(doc: ReadDocument) -> list[str]:
    """Every line of the reader's text that lies inside a kept block, collapsed."""
    out = []
    for b in doc.blocks:
        out.extend(_collapse(line) for line in doc.analysis_text[b.start : b.end].split("\n"))
    return [line for line in out if line]


@dataclass
class LineScore:
    """Furniture (positive class) against the gold, for one page or a set of pages."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    article_lines: int = 0

    def add(self, other: LineScore) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg
        self.article_lines += other.article_lines

    @property
    def precision(self) -> float:
        dropped = self.true_pos + self.false_pos
        return self.true_pos / dropped if dropped else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pos + self.false_neg
        return self.true_pos / gold if gold else 1.0


def score_page(page: Path) -> tuple[LineScore, list[str], list[str]]:
    """The page's line score, with the wrongly dropped and wrongly kept lines."""
    gold = gold_of(page)
    doc = read_document(str(page))
    kept = kept_lines(doc)
    kept_set = set(kept)
    headline = _collapse(gold["headline"] or "")
    score = LineScore()
    wrongly_dropped: list[str] = []
    wrongly_kept: list[str] = []
    for line in gold["article_lines"]:
        c = _collapse(line)
        if c == headline:
            continue
        score.article_lines += 1
        if c not in kept_set and not any(len(c) >= 40 and c in k for k in kept):
            score.false_pos += 1
            wrongly_dropped.append(line)
    for line in gold["furniture_lines"]:
        c = _collapse(line)
        if c == headline:
            continue
        if c in kept_set:
            score.false_neg += 1
            wrongly_kept.append(line)
        else:
            score.true_pos += 1
    return score, wrongly_dropped, wrongly_kept


def score_pages(pages: list[Path]) -> LineScore:
    total = LineScore()
    for page in pages:
        total.add(score_page(page)[0])
    return total


def _figures(pages: list[Path]) -> str:
    s = score_pages(pages)
    return f"precision {s.precision:.3f}, recall {s.recall:.3f} ({s.true_pos} dropped right, {s.false_pos} wrongly, {s.false_neg} missed)"


def test_pages_furniture_precision_and_recall() -> None:
    """Line-level furniture precision and recall >= 0.95 over all pages, and on each half.

    Figures (rules tuned on the tuning half only): tuning half precision 1.000, recall
    1.000 (253 furniture lines). Held-out half, first scored once tuning was done:
    precision 1.000, recall 0.976 (246 dropped right, 6 missed); after the shape rule was
    made to keep crossheads (for tests/test_splitting.py's gold, not for these pages):
    precision 1.000, recall 0.968 (244 dropped right, 8 missed); final, after rules
    written against hand-made pages outside fixtures/pages: precision 1.000, recall 0.972
    (245 dropped right, 7 missed).
    """
    for name, pages in (("tuning", TUNING), ("held-out", HELD_OUT), ("all", ALL_PAGES)):
        print(f"{name}: {_figures(pages)}")
        s = score_pages(pages)
        assert s.precision >= 0.95, (name, _figures(pages))
        assert s.recall >= 0.95, (name, _figures(pages))


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.name)
def test_pages_language(page: Path) -> None:
    doc = read_document(str(page))
    body = "\n".join(doc.analysis_text[b.start : b.end] for b in doc.blocks)
    assert detect_language(body).code == gold_of(page)["lang"]


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.name)
def test_pages_date_lines_become_metadata(page: Path) -> None:
    """The publication date is read, and no date line is left among the article lines."""
    gold = gold_of(page)
    doc = read_document(str(page))
    assert doc.metadata.published == gold["published"]
    date_reasons = {"date", "byline"}
    dated = [r for r in doc.removed if r.reason in date_reasons and re.search(r"\d|[०-९૦-૯۰-۹]", doc.text[r.start : r.end])]
    kept = set(kept_lines(doc))
    assert all(_collapse(doc.text[r.start : r.end]) not in kept for r in dated)
    if gold["published"]:
        assert dated or page.suffix == ".html"


_HEADLINE_GAPS = {
    # A hard-wrapped short copy whose headline is as wide as its wrapped lines: the
    # widths cannot tell it from the lede's first line, and it is merged into the lede.
    "gu_short_lavrov.txt": "headline as wide as the hard-wrapped lede",
}


@pytest.mark.parametrize(
    "page",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=_HEADLINE_GAPS[p.name])) if p.name in _HEADLINE_GAPS else p for p in ALL_PAGES],
    ids=lambda p: p.name,
)
def test_pages_headline(page: Path) -> None:
    """The headline is the title, counted once, and never merged into the lede."""
    gold = gold_of(page)
    doc = read_document(str(page))
    title = doc.metadata.title
    assert (_collapse(title) if title else None) == (_collapse(gold["headline"]) if gold["headline"] else None)
    if title:
        blocks = [_collapse(doc.analysis_text[b.start : b.end]) for b in doc.blocks]
        assert blocks.count(_collapse(title)) <= 1
        assert not any(b != _collapse(title) and b.startswith(_collapse(title)) for b in blocks)


def test_pages_article_sources() -> None:
    """Article-level sources from Source: lines and wire credits, on most pages.

    When written: 22 of 24 pages exactly as the gold lists them; the two misses are in
    the held-out half (a credit the rules do not know, and a generic agency credit).
    """
    right = [p.name for p in ALL_PAGES if list(read_document(str(p)).metadata.sources) == gold_of(p)["article_sources"]]
    print(f"article sources right on {len(right)} of {len(ALL_PAGES)} pages")
    assert len(right) >= 22


def test_pages_source_line_is_metadata_not_text() -> None:
    doc = read_document(str(PAGES / "en_pk_daily_lavrov.html"))
    assert doc.metadata.sources == ("Reuters", "KCNA")
    assert "Source: Reuters; KCNA" not in kept_lines(doc)
    assert any(r.reason == "source" for r in doc.removed)


@pytest.mark.parametrize(
    "line,iso",
    [
        ("date 2025-07-13", "2025-07-13"),
        ("13-07-2025 | 05:18", "2025-07-13"),
        ("July 14, 2025, 8:21 a.m.", "2025-07-14"),
        ("Reuters | Published July 13, 2025 10:47am", "2025-07-13"),
        ("प्रकाशित: रवि, १३ जुलाई २०२५ ०६:०५ PM (IST)", "2025-07-13"),
        ("१३ जुलै २०२५, ०८:१५ PM", "2025-07-13"),
        ("અપડેટ: ૧૪ જુલાઈ, ૨૦૨૫ 10:32 AM", "2025-07-14"),
        ("۱۳ جولائی ۲۰۲۵", "2025-07-13"),
        ("جمعرات 12 جون 2025 / 15 ذوالحجہ 1446ھ", "2025-06-12"),
        ("12 جون 2025ء", "2025-06-12"),
        ("02:15", None),
    ],
)
def test_pages_date_line_formats(line: str, iso: str | None) -> None:
    date = read_date_line(line)
    assert date is not None and date.date == iso


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia Day is celebrated on June 12 every year.",
        "Friday, December 4, 2015.",
        "The two met on July 12, 2025 in Wonsan, the agency said on Sunday.",
    ],
)
def test_pages_sentences_with_dates_are_not_date_lines(sentence: str) -> None:
    assert read_date_line(sentence) is None


@pytest.mark.parametrize(
    "line,names",
    [
        ("- PTI", ["PTI"]),
        ("With inputs from AFP and Reuters", ["AFP", "Reuters"]),
        ("एजेंसी इनपुट के साथ", ["एजेंसी"]),
        ("(वृत्तसंस्था)", ["वृत्तसंस्था"]),
        ("(خبر ایجنسیاں)", ["خبر ایجنسیاں"]),
        ("Russia Day is celebrated on June 12 every year.", None),
    ],
)
def test_pages_wire_credit_lines(line: str, names: list[str] | None) -> None:
    assert credit_line(line) == names


@pytest.mark.parametrize(
    "text,code",
    [
        ("Der Bundeskanzler sagte am Montag, dass die Regierung die Steuern senken werde.", "de"),
        ("Le président a déclaré lundi que le gouvernement allait baisser les impôts.", "fr"),
        ("وزیر امور خارجه ایران روز دوشنبه گفت که کشورش آماده گفتگو با آمریکا است.", "fa"),
        # Urdu with Latin-script names, and short Urdu that the model alone calls pnb.
        ("شمالی کوریا کے رہنما Kim Jong Un نے روسی وزیر خارجہ Sergei Lavrov سے Wonsan میں ملاقات کی۔", "ur"),
        ("یاد رہے کہ رواں سال اپریل میں شمالی کوریا نے پہلی مرتبہ تسلیم کیا تھا", "ur"),
    ],
)
def test_pages_language_restricted_to_supported_unless_clearly_other(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_pages_breadcrumb_headline_dateline_credit_and_placed_date(tmp_path: Path) -> None:
    """A headline closing a breadcrumb line is the title (the breadcrumb is dropped), a
    dateline credit on its own line is the source, and a date line led by a place name
    ("नई दिल्ली, Updated: ...") is metadata."""
    page = tmp_path / "page.txt"
    page.write_text(
        "होम\nदेश\nदुनिया\nमनोरंजन\n"
        "Hindi News दुनिया North Korea: किम जोंग उन ने लावरोव से कहा, रूस का साथ देंगे\n"
        "किम जोंग उन ने लावरोव से कहा, रूस का साथ देंगे\n"
        "नई दिल्ली, Updated: 13 Jul 2025 09:12 PM (IST)\n"
        "नई दिल्ली, 13 जुलाई (भाषा)\n"
        "उत्तर कोरिया के सर्वोच्च नेता किम जोंग उन ने शनिवार को वोनसान में रूस के विदेश मंत्री सर्गेई लावरोव से मुलाकात की।\n"
        "केसीएनए के मुताबिक, दोनों नेताओं के बीच रणनीतिक मुद्दों पर पूरी सहमति बनी।\n"
        "Tags :\nNorth Korea\nRussia\n",
        encoding="utf-8",
    )
    doc = read_document(str(page))
    assert doc.metadata.title == "किम जोंग उन ने लावरोव से कहा, रूस का साथ देंगे"
    assert doc.metadata.published == "2025-07-13"
    assert doc.metadata.sources == ("भाषा",)
    assert len(doc.blocks) == 3
