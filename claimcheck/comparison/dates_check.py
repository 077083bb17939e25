"""Date and weekday checks: the event's against the event's, the report's against the report's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..types import (
    Difference,
    DifferenceKind,
    DifferenceSide,
)
from ._extracted import _dates
from ._members import _MONTHS, _WEEKDAYS, _difference, _Found, _Member, _span
from ._wrappers import _wrapper_ranges

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import DateMention


_DATELINE = re.compile(r"^[^\n]{0,80}?(?:\)|[A-Z]{3,}[^\n]{0,40}?)\s*[-–—]\s")


def _dateline_end(member: _Member) -> int:
    """Where a wire dateline ("LISDEN, Nov 24 (Reuters) - ") ends in the sentence, or 0.
    Its date is the story's, never the claim's."""
    m = _DATELINE.match(member.view)
    return m.end() if m else 0


def _time_role(member: _Member, start: int, end: int) -> str | None:
    """Which time a date or weekday gives: ``event`` (the claim's: the meeting, the
    vote), ``report`` (the wrapper's: "ARNA said on Sunday"), or ``None`` for a
    dateline. Only values of one role are compared."""
    if start < _dateline_end(member):
        return None
    if any(ws <= start and end <= we for ws, we in _wrapper_ranges(member)):
        return "report"
    return "event"


def _weekdays(member: _Member, d: DateMention) -> set[int]:
    """The days a weekday mention covers: a night runs into the next morning."""
    from .lexicon import table, words

    assert d.weekday is not None
    after = [w for s, e, w in words(member.view) if s >= d.end][:2]
    if set(after) & table("night", member.sentence.lang):
        return {d.weekday, (d.weekday + 1) % 7}
    return {d.weekday}


def _check_dates(a: _Member, b: _Member) -> _Found | None:
    """Weekdays and dates compared role by role: the event's with the event's, the
    report's with the report's; a dateline's never."""
    da = [(d, _time_role(a, d.start, d.end)) for d in _dates(a.view, a.sentence.lang)]
    db = [(d, _time_role(b, d.start, d.end)) for d in _dates(b.view, b.sentence.lang)]
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
            wa = set().union(*(_weekdays(a, d) for d in wa_mentions))
            wb = set().union(*(_weekdays(b, d) for d in wb_mentions))
            if wa & wb:
                agreed.append(f"same weekday{' of the report' if role == 'report' else ''}: {_WEEKDAYS[min(wa & wb)]}")
            else:
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
                if every_a & every_b:
                    # The other side's day is in this sentence in the other role ("the
                    # commission said on Tuesday" / "announced the results on Tuesday"):
                    # the roles may be read wrong.
                    confidence = 0.5
                what = "the event" if role == "event" else "the report"
                out.append(
                    _difference(
                        DifferenceKind.WEEKDAY, sides, f"{sides[0].value} vs {sides[1].value} ({what})", f"weekday.{role}", confidence
                    )
                )
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
