"""Where a sentence speaks of the report rather than the claim ("ARNA said on
Sunday"): the checks leave these stretches out of the claim."""

from __future__ import annotations

import re

from ._extracted import _dates
from ._members import _Member


def _wrapper_ranges(member: _Member) -> list[tuple[int, int]]:
    """Where the sentence speaks of the report rather than the claim, in offsets of its
    view: each attribution's source and cue, a few words between them, and what follows
    the cue up to the next punctuation or the content ("ARNA said on Sunday", "એજન્સીએ
    મંગળવારે જણાવ્યું"); all of the sentence
    when it only attributes the sentence before ("This was given by X on Sunday.")."""
    s = member.sentence
    view = member.view
    ranges = []
    for a in s.attributions:
        if a.reports_elsewhere(s):
            if not any(x.content is not None and s.start <= x.content.start < s.end for x in s.attributions):
                return [(0, len(view))]
            continue
        parts = sorted(
            (x.start - s.start, x.end - s.start) for x in (a.source, a.cue) if x is not None and s.start <= x.start < s.end
        )
        if a.content is None or not parts:
            continue
        content = (a.content.start - s.start, a.content.end - s.start)
        ranges.extend(parts)
        if len(parts) == 2 and _few_words(member, parts[0][1], parts[1][0]):
            ranges.append((parts[0][1], parts[1][0]))  # "KCNA એ બુધવારે (11 જૂન) જણાવ્યું", "ने रविवार को बताया"
        end = parts[-1][1]
        tail = re.match(r"[^,.;:!?।۔\"“”]{0,30}", view[end:])
        stop = end + (tail.end() if tail else 0)
        if content[0] >= end:
            stop = min(stop, content[0])
        ranges.append((end, stop))
    return ranges


def _few_words(member: _Member, start: int, end: int) -> bool:
    """Whether the stretch holds at most three words besides its dates: a postposition
    and a day, not a clause of its own."""
    from .lexicon import words

    dates = [(d.start, d.end) for d in _dates(member.view, member.sentence.lang)]
    loose = [
        w for w in words(member.view[start:end]) if not any(ds <= start + w[0] < de for ds, de in dates)
    ]
    return len(loose) <= 3
