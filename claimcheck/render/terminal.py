"""Terminal output with rich: tables and panels people enjoy reading.

Plain (no colour, no box-drawing tricks beyond ASCII-safe ones) when stdout is not a
terminal or ``NO_COLOR`` is set; rich decides that from the console it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..lang import LANGUAGES
from ..types import Article

#: Colours per role, used consistently in every view.
STYLE_SOURCE = "bold cyan"
STYLE_CUE = "bold magenta"
STYLE_CONTENT = "green"
STYLE_DIFF = "bold black on yellow"
STYLE_DIM = "dim"


def language_label(code: str) -> str:
    """``gu (Gujarati)``, or the bare code for languages claimcheck does not know."""
    name = LANGUAGES.get(code)
    return f"{code} ({name})" if name else code


def article_header(article: Article, extra: str = "") -> Text:
    """One line naming the article: id, title, language, counts."""
    header = Text()
    header.append(article.id, style="bold")
    if article.metadata.title:
        header.append(f"  {article.metadata.title}", style="italic")
    header.append("\n")
    facts = [language_label(article.lang), f"{len(article.sentences)} sentences"]
    if article.metadata.outlet:
        facts.insert(0, article.metadata.outlet)
    if article.metadata.byline:
        facts.append(article.metadata.byline)
    removed = len(article.removed)
    if removed:
        facts.append(f"{removed} furniture line{'s' if removed != 1 else ''} dropped")
    if extra:
        facts.append(extra)
    header.append(" · ".join(facts), style=STYLE_DIM)
    return header


def print_warnings(console: Console, article: Article) -> None:
    for warning in article.warnings:
        console.print(Text(f"warning: {article.id}: {warning}", style="yellow"))


def print_sentences(console: Console, articles: Sequence[Article]) -> None:
    """``claimcheck sentences``: a table per article (index, language, sentence)."""
    for article in articles:
        print_warnings(console, article)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False)
        table.add_column("#", justify="right", style=STYLE_DIM, no_wrap=True)
        table.add_column("lang", no_wrap=True)
        table.add_column("sentence", ratio=1, overflow="fold")
        for sentence in article.sentences:
            lang = sentence.lang if sentence.lang == article.lang else f"[yellow]{sentence.lang}[/]"
            table.add_row(str(sentence.index + 1), lang, Text(sentence.text))
        # No box around the article: rich cannot measure the width of Indic vowel signs
        # the way every terminal draws them, and a right border would zig-zag.
        console.rule(style=STYLE_DIM)
        console.print(article_header(article))
        console.print(table)
