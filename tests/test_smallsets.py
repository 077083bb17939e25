"""compare on the small blind-written sets (fixtures/smallsets): conflicts and shared claims."""

from __future__ import annotations

import importlib.util
import sys

from .conftest import FIXTURES

_SPEC = importlib.util.spec_from_file_location("smallsets", FIXTURES.parent / "benchmarks" / "smallsets.py")
assert _SPEC is not None and _SPEC.loader is not None
smallsets = importlib.util.module_from_spec(_SPEC)
sys.modules["smallsets"] = smallsets
_SPEC.loader.exec_module(smallsets)


def test_smallsets_conflicts_and_shared_claims() -> None:
    # Measured on all 116 sets: 97 of 156 planted conflicts found, 20 false; 872 of 957
    # shared-claim pairs grouped, 65 false. Each later batch was written blind and scored
    # once before the changes it led to: sets 1-12 7 of 14 found, 7 false (now 10, 1: set09's
    # two named speakers, reported as a name conflict where the gold says source); sets
    # 13-20 4 of 9, 2 false (now 4, 1); sets 21-28 3 of 9, 5 false (now 7, 0); sets 29-36
    # 7 of 12, 4 false (now 10, 2: two dams' discharges grouped as one); sets 37-44 8 of 13,
    # 5 false, 74 of 76 pairs, none false (now 9, 1); sets 45-52 8 of 11, 1 false, 68 of
    # 68 pairs, none false (now 9, 0); sets 53-60 7 of 12, 1 false, 53 of 61 pairs, none
    # false (now 9, 0); sets 61-68 4 of 11, 3 false, 56 of 61 pairs, 3 false (now 6, 3:
    # "three others" beside a named convict against "चार लोगों", a bowler's three wickets
    # against a team's seven, and two speakers reported as a source conflict where the
    # gold says name); sets 69-76 10 of 16, 10 false, 75 of 79 pairs, 7 false (now 10, 2:
    # a weekday of the announcement beside the effective day, a denial grouped with another
    # claim); sets 77-84 6 of 11, 1 false, 58 of 66 pairs, 3 false (the same); sets 85-92
    # 3 of 11, 5 false, 54 of 63 pairs, 8 false (now 4, 2); sets 93-100 (scored first
    # after the changes the sixth attribution batch led to, before any they led to) 2 of 9,
    # 1 false, 61 of 70 pairs, 5 false (now 4, 0); sets 101-108 3 of 9, 7 false, 63 of 72
    # pairs, 3 false (now 4, 2: an outflow against another dam's inflow, and "should not"
    # against an appeal worded without a negation); sets 109-116 5 of 9, 9 false, 80 of 86
    # pairs, 14 false (now 5, 5: mostly sentences grouped through a third article). A difference merged over three articles counts for each pair of
    # them the gold lists (set59's 22 against ۲۴).
    score = smallsets.score_all()["all"]
    assert score.gold == 156
    assert score.gold - len(score.missed) >= 97, score.missed
    assert len(score.wrong) <= 20, score.wrong
    assert score.pairs_gold == 957
    assert score.pairs_found >= 872
    assert score.pairs_false <= 65
