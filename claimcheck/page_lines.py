"""Deciding, line by line, what of a page is article text.

Three kinds of evidence, in order of certainty:

1. Lines that say what they are: each language's furniture and byline phrases
   (``lang/<code>/furniture.py``), "Source:" and wire-credit lines (kept as the article's
   sources), date and time lines (kept as the publication date), captions, link rows,
   copyright notices, repeats.
2. The headline: the line the page repeats (printed twice, or closing the breadcrumb),
   else the longest unpunctuated line before the first paragraph.
3. Shape: on a page (a text where step 1 found furniture), a line without
   sentence-final punctuation that is short beside the article's paragraphs is
   furniture: navigation, related headlines, "0min", "2 hours ago". Clean text (no
   furniture found) keeps such lines: they are its titles and crossheads.

Hard-wrapped lines are recognised before step 3 by their widths (the next word would
not have fitted on the line), so a wrapped paragraph is never mistaken for furniture.
"""

from __future__ import annotations

import itertools
import re
import statistics
from functools import lru_cache

from . import furniture as shape
from .datelines import read_date_line
from .lang import all_defaults
from .types import ArticleMetadata

#: Certain furniture lines a text needs before the shape rule applies to it.
PAGE_EVIDENCE = 2
#: On a page, an unpunctuated line shorter than this share of the article's typical
#: paragraph (median display width) is furniture.
SHORT_SHARE = 0.8
#: Lines at least this wide are never dropped for their shape.
LONG_LINE = 200
#: On a page, a line of fewer words is no sentence, stop or not ("U.S.", "World.").
MIN_SENTENCE_WORDS = 3
#: Lines narrower than this never count as hard-wrapped.
MIN_WRAP_WIDTH = 30
#: A break is a wrap when the line plus the next word reach this share of the widest
#: line nearby (editors wrap raggedly, and widths in Indic scripts are uneven).
WRAP_SLACK = 0.85


@lru_cache(maxsize=1)
def line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every language's furniture and byline patterns, compiled into two regexes.

    All languages' furniture applies to every article: scraped pages mix English
    furniture ("Advertisement") into Gujarati text and vice versa.
    """
    furniture: list[str] = []
    bylines: list[str] = []
    for defaults in all_defaults():
        furniture.extend(defaults.furniture_patterns)
        bylines.extend(defaults.byline_patterns)
    join = lambda ps: re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE)  # noqa: E731
    return join(furniture), join(bylines)


def _ends_sentence(line: str) -> bool:
    """Whether the line ends with sentence-final punctuation (closing quotes allowed)."""
    stripped = line.rstrip("\"'”’»)] ")
    return bool(stripped) and stripped[-1] in shape.SENTENCE_END


def _inner_sentence_end(line: str) -> bool:
    """Whether a sentence ends inside the line and another of some length follows (so
    the line is running text; "... on our App. Download Now" is not)."""
    parts = re.split(rf"(?<=[{re.escape(shape.SENTENCE_END)}])[\"'”’»)]*\s+(?=\S)", line)
    return len(parts) > 1 and len(parts[-1].split()) >= 4


class PageLines:
    """The decisions about one text's non-empty lines (built by :meth:`classify`)."""

    def __init__(self, text: str, lines: list[tuple[int, int, int]], metadata: ArticleMetadata) -> None:
        self.text = text
        self.lines = lines
        self.strings = [text[s:e] for s, e, _ in lines]
        self.metadata = metadata
        self.reasons: dict[int, str] = {}
        """Index of a dropped line -> why."""
        self.joins: frozenset[int] = frozenset()
        """Start offsets of lines that continue (hard-wrapped) on the next kept line."""
        self.title = metadata.title
        self.headline: int | None = None
        """Index of the headline line, when one is kept."""
        self.byline = metadata.byline
        self._dates: list[tuple[str, bool]] = []
        self._sources: list[str] = []

    # -- step 1 ---------------------------------------------------------------------

    def classify(self) -> None:
        """Decide every line: certain furniture, headline, wrapping, then shape."""
        furniture, byline = line_patterns()
        seen: set[str] = set()
        times: list[int] = []
        for i, line in enumerate(self.strings):
            reason = self._certain(line, furniture, byline, times, i)
            if reason is None and line in seen:
                # A headline (or any line) repeated by the page template counts once.
                reason = "duplicate"
            if reason:
                self.reasons[i] = reason
            else:
                seen.add(line)
        # Evidence that the text was copied from a page: furniture with words in it (a
        # row of underscores or a repeated photo credit is found in clean text too).
        evidence = sum(
            1 for i, r in self.reasons.items() if r != "duplicate" and re.search(r"[^\W\d_]", self.strings[i])
        )
        is_page = evidence >= PAGE_EVIDENCE
        if is_page:
            for i in times:
                self.reasons[i] = "date"
        else:
            # Clean text repeats sentences on purpose (a live blog's running tally); only
            # a repeated unpunctuated line (a headline printed twice) is dropped there.
            for i in [i for i, r in self.reasons.items() if r == "duplicate"]:
                if _ends_sentence(self.strings[i]):
                    del self.reasons[i]
        self._find_trailing_credits()
        self.joins = self._wrapped()
        headline = self.headline = self._headline()
        if headline is not None:
            self.title = self.strings[headline] if self.metadata.title is None else self.metadata.title
        if is_page:
            self._drop_by_shape(headline)

    def _certain(self, line: str, furniture: re.Pattern[str], byline: re.Pattern[str], times: list[int], i: int) -> str | None:
        names = shape.source_line(line)
        if names is not None:
            self._sources.extend(names)
            return "source"
        if furniture.fullmatch(line):
            return "furniture"
        if byline.fullmatch(line):
            self.byline = self.byline or line
            date = read_date_line(line)
            if date and date.date:
                self._dates.append((date.date, date.updated))
            self._sources.extend(shape.agencies_in(line))
            return "byline"
        names = shape.credit_line(line)
        if names is not None:
            self._sources.extend(names)
            return "credit"
        date = read_date_line(line)
        if date is not None:
            if date.date is None:
                times.append(i)  # a bare time: furniture only on a page
                return None
            self._dates.append((date.date, date.updated))
            self._sources.extend(shape.agencies_in(date.rest))
            return "date"
        if shape.is_caption(line):
            return "caption"
        if shape.is_navigation(line) or shape.is_copyright(line):
            return "navigation"
        return None

    def _find_trailing_credits(self) -> None:
        """Credits inside kept lines: at a paragraph's end ("... (Reuters)"), and in the
        dateline of the lede or on its own line above it ("SEOUL (AP) —", "नई दिल्ली, 13
        जुलाई (भाषा)")."""
        for i in range(len(self.lines)):
            if i not in self.reasons:
                self._sources.extend(shape.trailing_credit(self.strings[i]))
                self._sources.extend(shape.dateline_credit(self.strings[i]))

    # -- wrapping -------------------------------------------------------------------

    def _wrapped(self) -> frozenset[int]:
        """Lines whose break was made by wrapping.

        A break is a wrap when the next line's first word would hardly have fitted on the
        line (within :data:`WRAP_SLACK` of the widest line around it), and the run of
        such lines ends a sentence (related-story lists never do). Before the article's
        first sentence ends, the run's first line must pass the test strictly: that is
        where a headline of about the body's width sits.
        """
        kept = [i for i in range(len(self.lines)) if i not in self.reasons]
        widths = {i: len(self.strings[i]) for i in kept}
        fits: dict[int, tuple[bool, bool]] = {}  # a -> (wraps loosely, wraps strictly)
        for a, b in itertools.pairwise(kept):
            if b != a + 1 or self.lines[a][2] != self.lines[b][2]:
                continue
            near = [i for i in kept if self.lines[i][2] == self.lines[a][2] and abs(i - a) <= 4]
            widest = max(widths[i] for i in near)
            if widest > 130 or widths[a] < MIN_WRAP_WIDTH or _ends_sentence(self.strings[a]):
                continue
            need = widths[a] + 1 + len(self.strings[b].split()[0])
            if need > WRAP_SLACK * widest:
                fits[a] = (True, need > widest - 2 or _inner_sentence_end(self.strings[a]))
        joins: set[int] = set()
        body_started = False
        i_pos = 0
        while i_pos < len(kept):
            i = kept[i_pos]
            if i not in fits:
                body_started = body_started or _ends_sentence(self.strings[i])
                i_pos += 1
                continue
            chain = [i]
            while chain[-1] in fits and i_pos + len(chain) < len(kept):
                chain.append(kept[i_pos + len(chain)])
            if _ends_sentence(self.strings[chain[-1]]):
                if not body_started and not fits[chain[0]][1]:
                    chain = chain[1:]
                joins.update(chain[:-1])
                body_started = True
            i_pos += max(1, len(chain))
        return frozenset(self.lines[i][0] for i in joins)

    def _is_wrapped(self, i: int) -> bool:
        start = self.lines[i][0]
        prev = self.lines[i - 1][0] if i > 0 else None
        return start in self.joins or (prev is not None and prev in self.joins and i - 1 not in self.reasons)

    # -- headline -------------------------------------------------------------------

    def _body_width(self) -> float:
        """The typical width of the article's paragraphs (terminated lines and wrapped runs)."""
        kept = [i for i in range(len(self.lines)) if i not in self.reasons]
        units: list[int] = []
        run = 0
        for i in kept:
            run += shape.display_width(self.strings[i]) + 1
            if self.lines[i][0] in self.joins:
                continue
            if _ends_sentence(self.strings[i]) or run > shape.display_width(self.strings[i]) + 1:
                units.append(run)
            run = 0
        return statistics.median(units) if units else 0.0

    def _headline(self) -> int | None:
        kept = [i for i in range(len(self.lines)) if i not in self.reasons]
        if not kept:
            return None
        if self.metadata.title:
            for i in kept:
                if " ".join(self.strings[i].split()) == " ".join(self.metadata.title.split()):
                    return i
            return None
        body = self._body_width()
        first_body = next(
            (i for i in kept if self._is_wrapped(i) or (_ends_sentence(self.strings[i]) and shape.display_width(self.strings[i]) >= 0.5 * body)),
            kept[-1] + 1,
        )
        candidates = [
            i for i in kept
            if i < first_body and not shape.is_terminated(self.strings[i]) and len(self.strings[i].split()) >= 3
            and len(self.strings[i]) <= 250
        ]
        if not candidates:
            return None
        # The page repeats its headline: printed twice, or closing a breadcrumb
        # ("Home | World | <headline>", "Hindi News दुनिया ...: <headline>").
        others = [self.strings[i] for i in self.reasons] + [self.strings[i] for i in candidates]
        repeated = [
            i for i in candidates
            if any(o != self.strings[i] and o.endswith(self.strings[i]) for o in others)
            or any(self.strings[j] == self.strings[i] for j in self.reasons)
        ]
        headline = max(repeated or candidates, key=lambda i: shape.display_width(self.strings[i]))
        for i in candidates:
            if i != headline and self.strings[i].endswith(self.strings[headline]):
                self.reasons[i] = "duplicate"
        return headline

    # -- step 3 ---------------------------------------------------------------------

    def _drop_by_shape(self, headline: int | None) -> None:
        """Drop short unpunctuated lines; inside the article, only those beside other
        furniture (a link list, a label): a crosshead between two paragraphs stays."""
        body = self._body_width()
        short: set[int] = set()
        for i, line in enumerate(self.strings):
            if i in self.reasons or i == headline or self._is_wrapped(i):
                continue
            width = shape.display_width(line)
            if len(line.split()) < MIN_SENTENCE_WORDS and not _inner_sentence_end(line):
                short.add(i)  # "U.S.", "Getty.": a stop does not make a sentence
                continue
            if width >= LONG_LINE or shape.is_terminated(line) or _inner_sentence_end(line):
                continue  # a sentence ends inside: running text that lost its last stop
            if width < SHORT_SHARE * body:
                short.add(i)
        paragraphs = [
            i for i in range(len(self.lines))
            if i not in self.reasons and i not in short and i != headline
            and (self._is_wrapped(i) or _ends_sentence(self.strings[i]) or _inner_sentence_end(self.strings[i]))
        ]
        first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (len(self.lines), -1)
        body_lines = set(paragraphs)
        if not body_lines and headline is None:
            return  # nothing reads as article text: shape alone must not empty the page
        for i in sorted(short):
            inside = first < i < last
            beside = any(j in self.reasons or j in short for j in (i - 1, i + 1) if 0 <= j < len(self.lines))
            # A crosshead sits right on top of its paragraph (no blank line between).
            # (the last item of a link list also sits above a paragraph, but under
            # another item or label).
            crosshead = (
                i + 1 in body_lines
                and self.lines[i + 1][2] == self.lines[i][2]
                and not (i > 0 and self.lines[i - 1][2] == self.lines[i][2] and (i - 1 in self.reasons or i - 1 in short))
            )
            if not crosshead and (not inside or beside):
                self.reasons[i] = "shape"

    # -- metadata -------------------------------------------------------------------

    def published(self) -> str | None:
        """The first publication date shown, else the page's metadata date, else an update date."""
        shown = next((d for d, updated in self._dates if not updated), None)
        return shown or self.metadata.published or next((d for d, _ in self._dates), None)

    def article_sources(self) -> tuple[str, ...]:
        """Credited sources in page order, once each; a generic "agencies" credit only
        when nothing more specific is named."""
        out: list[str] = []
        for name in self._sources:
            if name.casefold() not in {o.casefold() for o in out}:
                out.append(name)
        specific = [n for n in out if not shape.is_generic_agency(n)]
        return tuple(specific or out)
