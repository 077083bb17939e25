"""Date and weekday checks: the event's against the event's, the report's against the report's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..types import (
    Difference,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
)
from ._extracted import _dates
from ._members import _MONTHS, _WEEKDAYS, _difference, _Found, _Member, _span
from ._wrappers import _wrapper_ranges

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import DateMention

    _Words = list[tuple[int, int, str]]
    """A member's words, as :func:`.lexicon.words` reads them."""
    _Keyed = list[tuple[DateMention, tuple[int, str]]]
    """Weekday mentions with (weekday, part of the day: :func:`_day_part`)."""


_DATELINE = re.compile(r"^[^\n]{0,80}?(?:\)|[A-Z]{3,}[^\n]{0,40}?)\s*[-–—]\s")


def _dateline_end(member: _Member) -> int:
    """Where a wire dateline ("LISDEN, Nov 24 (Reuters) - ") ends in the sentence, or 0.
    Its date is the story's, never the claim's."""
    m = _DATELINE.match(member.view)
    return m.end() if m else 0


def _time_role(member: _Member, start: int, end: int, tokens: _Words) -> str | None:
    """Which time a date or weekday gives: ``event`` (the claim's: the meeting, the
    vote), ``report`` (the wrapper's: "ARNA said on Sunday"), or ``None`` for a
    dateline or a time that describes a noun ("रविवार को होने वाली परीक्षा", the exam due
    on Sunday, against the day it was cancelled). Only values of one role are compared.
    ``tokens`` are the member's words (:func:`.lexicon.words`)."""
    if start < _dateline_end(member):
        return None
    if any(ws <= start and end <= we for ws, we in _wrapper_ranges(member)):
        return "report"
    if _describes_a_noun(member, end, tokens):
        return None
    return "event"


#: Words after a time within which a participle that makes it describe a noun comes
#: ("اتوار کو ہونے والا امتحان": the time, a case marker, the verb, the participle).
_ATTRIBUTIVE_SPAN = 4


def _describes_a_noun(member: _Member, end: int, tokens: _Words) -> bool:
    from .lexicon import fused, table

    markers = table("attributive", member.sentence.lang)
    after = [w for s, e, w in tokens if s >= end][: _ATTRIBUTIVE_SPAN + 1]
    for n, w in enumerate(after[:_ATTRIBUTIVE_SPAN]):
        # Gujarati and Marathi fuse the participle's ending onto the verb ("યોજાનારી", "होणारी").
        if w in markers or fused(w, markers):
            # "चुनाव रविवार को होने वाला है": an auxiliary after it makes it the predicate.
            return not set(after[n + 1 : n + 2]) & table("predicate_auxiliary", member.sentence.lang)
    return False


def _day_part(member: _Member, d: DateMention, tokens: _Words) -> str:
    """Which part of its day a weekday names: ``night`` ("Tuesday night", "بدھ کی رات"),
    ``late`` (its afternoon or evening: "Sunday afternoon", "રવિવારે સાંજે") or ``""``."""
    from .lexicon import table

    after = set([w for s, e, w in tokens if s >= d.end][:2])
    lang = member.sentence.lang
    if after & table("night", lang):
        return "night"
    return "late" if after & table("late_day", lang) else ""


def _same_day(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether two weekday mentions ``(weekday, part of the day)`` may name one time: a
    night runs into the next morning ("Tuesday night" / "early Wednesday"), not into its
    afternoon ("Saturday night" / "Sunday afternoon"); two nights are one night only on
    the same weekday."""
    (day_a, part_a), (day_b, part_b) = a, b
    if part_a == "night" and part_b == "night":
        return day_a == day_b
    if day_a == day_b:
        return True
    night, other = (a, b) if part_a == "night" else (b, a) if part_b == "night" else (None, None)
    return night is not None and other is not None and other[0] == (night[0] + 1) % 7 and other[1] != "late"


def _match_weekdays(ka: _Keyed, kb: _Keyed) -> tuple[list[DateMention], list[DateMention], list[int]]:
    """Weekday mentions matched one to one, the same day first, then a night with the
    next day (:func:`_same_day`): the mentions left on each side, and the weekdays
    matched. A night is not taken for the next day while that day is named itself."""
    left_a, left_b = list(ka), list(kb)
    matched: list[int] = []
    for same in (lambda x, y: x[0] == y[0], _same_day):
        for item in list(left_a):
            partner = next((other for other in left_b if same(item[1], other[1])), None)
            if partner is not None:
                left_a.remove(item)
                left_b.remove(partner)
                matched.append(item[1][0])
    return [d for d, _ in left_a], [d for d, _ in left_b], sorted(matched)


def _check_dates(a: _Member, b: _Member) -> _Found | None:
    """Weekdays and dates compared role by role: the event's with the event's, the
    report's with the report's; a dateline's never."""
    from .lexicon import words

    # Each member's words are read once for all its dates.
    ta, tb = words(a.view), words(b.view)
    da = [(d, _time_role(a, d.start, d.end, ta)) for d in _dates(a.view, a.sentence.lang)]
    db = [(d, _time_role(b, d.start, d.end, tb)) for d in _dates(b.view, b.sentence.lang)]
    if not da or not db:
        return None
    out: list[Difference] = []
    agreed: list[str] = []
    compared = False
    for role in ("event", "report"):
        ra = [d for d, r in da if r == role]
        rb = [d for d, r in db if r == role]
        wa_mentions = [d for d in ra if d.weekday is not None]
        wb_mentions = [d for d in rb if d.weekday is not None]
        if wa_mentions and wb_mentions:
            compared = True
            # Each weekday is matched with one the other side may mean by it; a day
            # left unmatched on both sides is a conflict ("Tuesday night ..., landfall
            # on Thursday" against "Wednesday night ..., landfall on Thursday"), a day
            # only one side adds is not.
            left_a, left_b, matched = _match_weekdays(
                [(d, (d.weekday, _day_part(a, d, ta))) for d in wa_mentions if d.weekday is not None],
                [(d, (d.weekday, _day_part(b, d, tb))) for d in wb_mentions if d.weekday is not None],
            )
            if matched and not (left_a and left_b):
                agreed.append(f"same weekday{' of the report' if role == 'report' else ''}: {_WEEKDAYS[matched[0]]}")
            if left_a and left_b:
                wa_mentions, wb_mentions = left_a, left_b
                names_a = sorted({d.weekday for d in wa_mentions if d.weekday is not None})
                names_b = sorted({d.weekday for d in wb_mentions if d.weekday is not None})
                sides = (
                    DifferenceSide(a.ref, ", ".join(_WEEKDAYS[w] for w in names_a), tuple(_span(a, d.start, d.end) for d in wa_mentions)),
                    DifferenceSide(b.ref, ", ".join(_WEEKDAYS[w] for w in names_b), tuple(_span(b, d.start, d.end) for d in wb_mentions)),
                )
                one_each = len(names_a) == 1 and len(names_b) == 1
                confidence = (0.85 if one_each else 0.6) - (0.1 if role == "report" else 0.0)
                every_a = {d.weekday for d, _ in da if d.weekday is not None}
                every_b = {d.weekday for d, _ in db if d.weekday is not None}
                if set(names_b) & every_a or set(names_a) & every_b:
                    # The other side's day is in this sentence in the other role ("the
                    # commission said on Tuesday" / "announced the results on Tuesday"):
                    # the roles may be read wrong.
                    confidence = 0.5
                what, rule = ("the event" if role == "event" else "the report"), f"weekday.{role}"
                category: DifferenceCategory | None = None  # a conflict if sure enough
                if one_each and _within_period(a, wa_mentions[0], ta, b, wb_mentions[0], tb):
                    what, rule, confidence = "a day within a period from the other", "weekday.within_period", 0.4
                    category = DifferenceCategory.ONE_SIDE
                out.append(
                    _difference(DifferenceKind.WEEKDAY, sides, f"{sides[0].value} vs {sides[1].value} ({what})", rule, confidence, category)
                )
        seam = _period_seam(a, ra, ta, b, rb, tb)
        if seam:
            compared = True
            agreed.append(seam)
            continue
        for field in ("day", "month", "year"):
            va = {getattr(d, field) for d in ra if getattr(d, field) is not None}
            vb = {getattr(d, field) for d in rb if getattr(d, field) is not None}
            if va and vb:
                compared = True
                if not va & vb:
                    sides = (
                        DifferenceSide(a.ref, _date_value(ra), tuple(_span(a, d.start, d.end) for d in ra if getattr(d, field) is not None)),
                        DifferenceSide(b.ref, _date_value(rb), tuple(_span(b, d.start, d.end) for d in rb if getattr(d, field) is not None)),
                    )
                    detail = f"{field}: {sides[0].value} vs {sides[1].value}"
                    out.append(_difference(DifferenceKind.DATE, sides, detail, f"date.{role}", 0.8))
                    break
        else:
            shown = _date_value([d for d in ra if d.day is not None or d.month is not None or d.year is not None])
            if shown and any(d.day is not None or d.month is not None or d.year is not None for d in rb):
                agreed.append(f"same date: {shown}")
    return (out, agreed) if compared else None


def _bound(member: _Member, d: DateMention, tokens: _Words) -> str:
    """Whether a date ends a period ("till August 31", "31 अगस्त तक") or starts one ("from
    September 1", "१ सप्टेंबरपासून", fused in Marathi and Gujarati): ``until``, ``from``
    or ``""``."""
    from .lexicon import fused, table

    lang = member.sentence.lang
    following = [w for s, e, w in tokens if s >= d.end][:1]
    last = next((w[: d.end - s] for s, e, w in reversed(tokens) if d.start <= s < d.end), "")  # the date's last word
    before = [w for s, e, w in tokens if e <= d.start][-1:]
    for bound in ("until", "from"):
        markers = table(bound, lang)
        if set(following + before) & markers or fused(last, markers):
            return bound
    return ""


#: Most days a period started on one weekday ("on strike since Tuesday") is taken to
#: run on to a later weekday the other side names ("remained shut on Wednesday").
_PERIOD_DAYS = 3


def _within_period(a: _Member, x: DateMention, ta: _Words, b: _Member, y: DateMention, tb: _Words) -> bool:
    """Whether one side's weekday starts a period ("منگل سے ہڑتال پر ہیں", since Tuesday)
    and the other's plain weekday falls later in it ("remained shut on Wednesday"): both
    hold. A day before the start ("began on Monday") still conflicts."""
    bound_x, bound_y = _bound(a, x, ta), _bound(b, y, tb)
    if {bound_x, bound_y} != {"from", ""} or x.weekday is None or y.weekday is None:
        return False
    start, later = (x.weekday, y.weekday) if bound_x == "from" else (y.weekday, x.weekday)
    return 0 < (later - start) % 7 <= _PERIOD_DAYS


def _period_seam(a: _Member, ra: list[DateMention], ta: _Words, b: _Member, rb: list[DateMention], tb: _Words) -> str:
    """"Suspended till August 31" against "resumes from September 1": one side's only
    date ends a period the day before the other side's only date starts the next. Not a
    conflict: the agreement it makes, or ``""``."""
    import datetime

    if len(ra) != 1 or len(rb) != 1:
        return ""
    (x, y) = ra[0], rb[0]
    if None in (x.day, x.month, y.day, y.month):
        return ""
    bound_x, bound_y = _bound(a, x, ta), _bound(b, y, tb)
    if {bound_x, bound_y} != {"until", "from"}:
        return ""
    end, start = (x, y) if bound_x == "until" else (y, x)
    assert end.month is not None and end.day is not None
    try:
        # Any year without 29 February: the seam of February and March is the 28th.
        day_after = datetime.date(2001, end.month, end.day) + datetime.timedelta(days=1)
    except ValueError:
        return ""
    if (day_after.month, day_after.day) != (start.month, start.day):
        return ""
    return f"one period ends {_date_value([end])}, the next starts {_date_value([start])}"


def _date_value(dates: Sequence[DateMention]) -> str:
    parts = []
    for d in dates:
        bits = []
        if d.weekday is not None:
            bits.append(_WEEKDAYS[d.weekday])
        day, month, year = d.day, d.month, d.year
        if day is not None or month is not None:
            bits.append(" ".join(str(x) for x in (day, _MONTHS[month - 1] if month else None) if x is not None))
        if year is not None:
            bits.append(str(year))
        if d.relative and not bits:
            bits.append(str(d.relative).replace("_", " "))
        if bits:
            parts.append(" ".join(bits))
    return ", ".join(parts)
