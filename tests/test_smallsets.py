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
    # Measured: 10 of 14 planted conflicts found, 1 false (set09's two named speakers,
    # reported as a name conflict where the gold says source: the same disagreement
    # under another kind); 83 of 85 shared-claim pairs grouped, 2 false. Missed: two
    # officials without a name the other article gives (set04), a different first name
    # inside a sentence that states two winners (set07), "rejected" vs "approved"
    # (set10), and set09's speakers under the gold's kind. Before the fixes these sets
    # led to: 7 found, 7 false.
    score = smallsets.score_all()["all"]
    assert score.gold == 14
    assert score.gold - len(score.missed) >= 10, score.missed
    assert len(score.wrong) <= 1, score.wrong
    assert score.pairs_gold == 85
    assert score.pairs_found >= 83
    assert score.pairs_false <= 2
