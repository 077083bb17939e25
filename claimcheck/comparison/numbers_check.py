"""Number checks: counts of the same thing; vague and bounded values as ranges."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from ..types import (
    Difference,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
)
from ._extracted import _quantities
from ._members import _difference, _Found, _Member, _span

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import Quantity


def _number_role(q: Quantity, tokens: list[tuple[int, int, str]], lang: str) -> str:
    """The slot a count fills beyond its unit: ``increment`` (16 more), ``total`` (10 in
    all), ``earlier`` (six arrested before), ``demand`` (sought 12 years), ``rate`` (25
    crore a day) or ``""``. A new count
    is not the running total, nor a total one of its parts, nor what was asked for what
    was given, nor a day's rate what was lost so far. ``tokens`` are
    the member's words (:func:`.lexicon.words`)."""
    from .lexicon import table

    before = [w for s, e, w in tokens if e <= q.start][-2:]
    # A verb of asking closes the clause in SOV languages ("10 साल की सज़ा की मांग"):
    # five words after the count, three for the other roles.
    following = [w for s, e, w in tokens if s >= q.end][:5]
    after = following[:3]
    if set(before + after) & table("increment", lang) or (after[:1] and after[0] in table("increment_next", lang)):
        return "increment"
    if set(before + after[:2]) & table("total", lang):
        return "total"
    if set(before + after) & table("earlier", lang):
        return "earlier"
    if set(before + following) & table("demand", lang):
        return "demand"
    # A rate's period may stand anywhere in its clause ("12,000 passengers use the
    # service on the route every day"): the whole claim is read.
    claim = f" {' '.join(w for _, _, w in tokens)} "
    if any(f" {phrase} " in claim and not _RATE_NOT_AFTER.match(claim[claim.index(f" {phrase} ") + len(phrase) + 2 :])
           for phrase in table("rate", lang)):
        return "rate"
    return ""


#: Words after "a day", "an hour" that make it a time, not a rate ("a day after the ceasefire").
_RATE_NOT_AFTER = re.compile(r"(?:after|before|later|earlier|ago)\b")


#: Words after a count of people that may still say what happened to them ("Twelve
#: people were killed", "14 लोगों की मौत हो गई"); two before it ("killed 12 people").
#: Postpositions written as words do not count ("9 پاکستانی ملاحوں کو گرفتار": the
#: arrest is the third word after the count, as in "8 પાકિસ્તાની ખલાસીઓની ધરપકડ").
_OUTCOME_AFTER, _OUTCOME_BEFORE = 3, 2


def _counted(
    q: Quantity, tokens: list[tuple[int, int, str]], found: dict[str, list[tuple[int, int]]], taken: set[tuple[int, int]],
    particles: frozenset[str] = frozenset(),
) -> str | None:
    """What a count counts: its unit, or for a count of people what happened to them
    (``found``: the member's outcome words, :func:`.outcome_words.outcomes`), so that "14
    लोगों की मौत ... और 23 लोग घायल" is 14 killed and 23 injured, to compare with
    "Twelve people were killed and at least 20 injured" slot by slot. An outcome word an
    earlier count took after it is not taken again before this one ("Two workers died
    and 23 others were hospitalised": the 23 did not die); ``taken`` collects them."""
    from ..quantities import PEOPLE_UNITS

    if q.unit is not None and q.unit not in PEOPLE_UNITS:
        return q.unit
    after = [(s, e) for s, e, w in tokens if s >= q.end and w not in particles][:_OUTCOME_AFTER]
    before = [(s, e) for s, e, _ in tokens if e <= q.start][-_OUTCOME_BEFORE:]
    for window in ([(q.start, q.end)], after, before):  # "20 injured" says it itself
        for s, e in window:
            hit = next(
                ((outcome, (x, y)) for outcome, spans in found.items() for x, y in spans
                 if x < e and s < y and not (window is before and (x, y) in taken)),
                None,
            )
            if hit is not None:
                taken.add(hit[1])
                return hit[0]
    return q.unit


def _slots(member: _Member, quantities: list[Quantity]) -> dict[int, tuple[str | None, str]]:
    """Per quantity (by ``id``), what it counts and its role: the member's words and
    outcome words are read once for all its quantities."""
    from .lexicon import table, words
    from .outcome_words import outcomes

    tokens = words(member.view)
    found = outcomes(member)
    lang = member.sentence.lang
    taken: set[tuple[int, int]] = set()
    particles = table("particle", lang)
    slots = {
        id(q): (_counted(q, tokens, found, taken, particles), _number_role(q, tokens, lang))
        for q in sorted(quantities, key=lambda q: q.start)
    }
    counted = [what for what, _ in slots.values()]
    # A total sets a count apart from its parts in the same sentence ("10 in all: 6 ...
    # and 4 ..."); a sentence with no other count of that thing gives just the count ("A
    # total of 42 patients were shifted" is "36 દર્દીઓને ખસેડવામાં આવ્યા"'s slot).
    return {
        key: (what, "" if role == "total" and what is not None and counted.count(what) == 1 else role)
        for key, (what, role) in slots.items()
    }


_UNBOUNDED = float("inf")


def _interval(q: Quantity) -> tuple[float, float]:
    """The values a stated quantity admits.

    "at least 14" admits 14 and more, "about 9 billion" 10% either way, a vague plural
    ("thousands", "several hundred", written without digits) anything from its lower end
    to ten times its upper end: "thousands" does not rule out 11,400.
    """
    low, high = q.low, q.high
    vague_word = not any(ch.isdigit() for ch in q.text) and low == high and low >= 100 and math.log10(low).is_integer()
    if vague_word or (q.qualifier == "about" and low < high):
        return low, high * 10
    if q.qualifier == "about":
        return low * 0.85, high * 1.15
    if q.qualifier in ("at_least", "more_than"):
        return low, _UNBOUNDED
    if q.qualifier in ("up_to", "less_than"):
        return 0.0, high
    if low == high and not float(low).is_integer():
        return math.floor(low), math.ceil(low)  # 61.3 may be given as 61
    if q.step:
        return low - q.step / 2, high + q.step / 2  # "3 लाख 48 हजार करोड़": to the thousand crore
    return low, high


def _compatible(x: Quantity, y: Quantity) -> bool:
    """Whether both quantities can be true of one count (their intervals meet)."""
    (lx, hx), (ly, hy) = _interval(x), _interval(y)
    return lx <= hy and ly <= hx


def _equal(x: Quantity, y: Quantity) -> bool:
    return math.isclose(x.low, y.low) and math.isclose(x.high, y.high)


def _both_bounds(x: Quantity, y: Quantity) -> bool:
    """Two different bounds the same way ("at least 100" and "at least 200")."""
    up, down = {"at_least", "more_than"}, {"up_to", "less_than"}
    same_way = ({x.qualifier, y.qualifier} <= up) or ({x.qualifier, y.qualifier} <= down)
    return same_way and not _equal(x, y)


def _countable(q: Quantity) -> bool:
    """Whether a quantity is a figure: "one"/"a"/"ایک" written as a word is mostly the
    article "a", and "the two leaders" with nothing counted names the parties."""
    in_words = not any(ch.isdigit() for ch in q.text)
    return not (in_words and q.low == q.high and (q.low == 1 or (q.low == 2 and q.unit is None)))


def _check_numbers(a: _Member, b: _Member) -> _Found | None:
    """Numbers compared slot by slot.

    A count is compared only with the count of the same thing: the same unit concept
    (troops with troops) and the same role (a new count with a new one, a total with a
    total). A value equal to one on the other side fills the same slot whatever the
    unit says (the "250" of "142 of the 250 seats" is the seats of "250 में से 142
    सीटें"). What remains differs when the intervals the two values admit do not meet;
    it is a conflict only when each side states one count of that kind, so that no other
    pairing could be meant.
    """
    qa = [q for q in _quantities(a.view, a.sentence.lang) if _countable(q)]
    qb = [q for q in _quantities(b.view, b.sentence.lang) if _countable(q)]
    if not qa or not qb:
        return None
    role_a, role_b = _slots(a, qa), _slots(b, qb)
    agreed: list[str] = []
    out: list[Difference] = []
    compared = False
    left_a, left_b = list(qa), list(qb)
    # 1. Equal values fill one slot (when the units do not say otherwise).
    for x in qa:
        for y in left_b:
            if _equal(x, y) and (x.unit == y.unit or x.unit is None or y.unit is None) and x in left_a:
                left_a.remove(x)
                left_b.remove(y)
                compared = True
                agreed.append(f"same number: {_quantity_value(x if x.unit else y)}")
                break
    # 2. The same thing counted: compatible values agree, a lone pair that is not differs.
    keys_b = {role_b[id(y)] for y in left_b}
    for key in dict.fromkeys(role_a[id(x)] for x in left_a if role_a[id(x)] in keys_b):
        unit, _ = key
        if unit is None:
            continue
        xs = [x for x in left_a if role_a[id(x)] == key]
        ys = [y for y in left_b if role_b[id(y)] == key]
        for x in list(xs):
            match = next((y for y in ys if _compatible(x, y)), None)
            if match is not None:
                y = match
                xs.remove(x)
                ys.remove(y)
                compared = True
                if _both_bounds(x, y):
                    # "at least 100" vs "at least 200": both can hold, yet the figures differ.
                    sides = (
                        DifferenceSide(a.ref, _quantity_value(x), (_span(a, x.start, x.end),)),
                        DifferenceSide(b.ref, _quantity_value(y), (_span(b, y.start, y.end),)),
                    )
                    detail = f"{sides[0].value} vs {sides[1].value} (different bounds, both can hold)"
                    out.append(
                        _difference(DifferenceKind.NUMBER, sides, detail, "number.different_bounds", 0.4, DifferenceCategory.ONE_SIDE)
                    )
                else:
                    agreed.append(f"compatible numbers: {_quantity_value(x)} / {_quantity_value(y)}")
        if not xs or not ys:
            continue
        compared = True
        alone = sum(1 for q in qa if role_a[id(q)][0] == unit) == 1 and sum(1 for q in qb if role_b[id(q)][0] == unit) == 1
        for x, y in zip(xs, ys, strict=False):
            out.append(_number_difference(a, b, x, y, alone, counted=unit))
    # 3. Counts of unknown things: one left on each side once equal values have paired
    # ("12 बजे" with "बारा वाजता"), so both can only mean one slot.
    loose_a = [x for x in left_a if role_a[id(x)][0] is None]
    loose_b = [y for y in left_b if role_b[id(y)][0] is None]
    if len(loose_a) == 1 and len(loose_b) == 1:
        x, y = loose_a[0], loose_b[0]
        if role_a[id(x)] == role_b[id(y)]:
            compared = True
            if _compatible(x, y):
                agreed.append(f"compatible numbers: {_quantity_value(x)} / {_quantity_value(y)}")
            else:
                alone = len(qa) == 1 and len(qb) == 1
                out.append(_number_difference(a, b, x, y, alone, unknown_unit=True))
    return (out, agreed) if compared else None


_HH_MM = re.compile(r"(?<![\d:])(\d{1,2})[:.](\d{2})(?![\d:])")


def _clock_times(member: _Member) -> frozenset[float]:
    """The clock times the sentence states ("12 बजे", "बारा वाजता", "7:45"), as hours."""
    from ..quantities import extract_clock_hours

    times = {int(m.group(1)) + int(m.group(2)) / 60 for m in _HH_MM.finditer(member.view)}
    return frozenset(times | extract_clock_hours(member.view, member.sentence.lang))


#: Tolls that rise through the day of a disaster: two outlets' figures this far apart
#: (the larger at least this many times the smaller, and by this many) were more likely
#: taken at two times than contradict each other (tuning half of fixtures/coverage: 58,
#: 140 and 212 injured through one day; 31 against 34 dead in one noon bulletin). Two
#: dead against four is a disagreement, not a day's rise.
_RUNNING_TOLLS = frozenset({"killed", "injured", "missing"})
_LATER_TOLL_RATIO = 1.5
_LATER_TOLL_RISE = 10


def _number_difference(
    a: _Member, b: _Member, x: Quantity, y: Quantity, alone: bool, *, unknown_unit: bool = False, counted: str | None = None
) -> Difference:
    sides = (
        DifferenceSide(a.ref, _quantity_value(x, counted), (_span(a, x.start, x.end),)),
        DifferenceSide(b.ref, _quantity_value(y, counted), (_span(b, y.start, y.end),)),
    )
    small, large = sorted((x.low, y.low))
    bounds = {x.qualifier, y.qualifier} & {"at_least", "more_than", "up_to", "less_than"}
    if not alone and unknown_unit:
        # Tuning half: a count of unknown things left over beside other counts is as often
        # a magnitude against a toll (6.3 vs 31) as the same count (31 vs 34).
        rule, confidence, why = "number.leftover", 0.5, " (counts of unknown things beside others; may be different things)"
    elif not alone:
        rule, confidence, why = "number.several_of_unit", 0.5, " (each side counts several; may be different things)"
    elif bounds:
        # "at least 47" against "31": a running count, stated at two times of the day.
        rule, confidence, why = "number.bound_vs_value", 0.5, " (a bound against a value: may be counted at another time)"
    elif counted in _RUNNING_TOLLS and small > 0 and large >= _LATER_TOLL_RATIO * small and large - small >= _LATER_TOLL_RISE:
        rule, confidence, why = "number.running_toll", 0.5, " (a toll that rises through the day: may be counted at another time)"
    elif _clock_times(a) != _clock_times(b):
        # "212 injured" against "140 injured at 12 o'clock": a count that rises through
        # the day, given at another hour (tuning half: the quake's injured).
        rule, confidence, why = "number.other_time", 0.5, " (given at another time of day)"
    elif unknown_unit:
        rule, confidence, why = "number.one_each", 0.7, ""
    else:
        rule, confidence, why = "number.same_unit", 0.9, ""
    return _difference(DifferenceKind.NUMBER, sides, f"{sides[0].value} vs {sides[1].value}{why}", rule, confidence)


def _quantity_value(q: Quantity, counted: str | None = None) -> str:
    """"at least 47 killed": the value, its qualifier and what it counts (``counted``
    when the number check found out more than the unit says: 14 लोगों की मौत counts the
    killed)."""
    low, high, qualifier, unit = q.low, q.high, q.qualifier, counted or q.unit

    def fmt(v: float) -> str:
        return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"

    value = fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"
    prefix = "" if qualifier == "exact" else qualifier.replace("_", " ") + " "
    return f"{prefix}{value}{' ' + unit if unit else ''}"
