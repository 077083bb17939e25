"""CI checks over corpora: manifests of article sets, golden comparisons, policies.

``claimcheck check`` reads a corpus manifest, compares each article set and tells whether
its expectations hold. The manifest is ``claimcheck.toml`` in a folder, the
``[tool.claimcheck]`` table of ``pyproject.toml``, or any ``.toml`` file named directly.
Paths inside it are relative to the manifest's folder::

    model = "multilingual-e5-small"          # optional: default model of every set

    [[set]]
    name = "seeds"                           # required, unique
    articles = ["seeds/000.txt", "seeds/003.txt"]   # required: at least two files
    golden = "seeds/expected.json"           # optional: the expected comparison JSON
    model = "multilingual-e5-small"          # optional: this set's model
    [set.policy]                             # optional, every key optional
    max_unattributed = 10                    # most unattributed claims allowed
    fail_on = ["source", "number"]           # difference kinds that fail the set
    require_claims = [                       # sentences that must be found
      { article = "seeds/000.txt", contains = "...", kind = "attributed", source = "kcna" },
    ]
    require_differences = [                  # differences that must be reported
      { kind = "number", values = ["100", "200"] },
      { kind = "source", values = ["kcna", "yonhap"], xfail = "why it is not found yet" },
    ]

``require_claims``: some sentence of ``article`` contains ``contains`` (and, when given,
has claim ``kind`` and the canonical source id ``source`` somewhere in a chain).
``require_differences``: some difference has ``kind`` and, when ``values`` is given, its
n-th side's value contains the n-th string (case-insensitive; ``""`` matches any value).
Either kind of requirement may carry ``xfail = "reason"``: a known gap. It is reported
but does not fail the set while it fails, and fails the set once it holds (so that the
marker is removed and the expectation guards from then on), as pytest's strict xfail.

A golden file holds the comparison's JSON data (that of ``claimcheck compare --format
json``, :func:`claimcheck.json_form.comparison_document`) with article paths made
relative to the manifest, plus the sha256 of every input (sqlfluff keeps such a hash in
its parse fixtures), so that a changed input is told apart from changed behaviour.
Goldens are written only by ``claimcheck check --update-golden``, never by hand.

The package: :mod:`.manifest` reads and validates manifests (with pydantic, over its
dataclasses), :mod:`.runner` compares each set, :mod:`.golden` holds the golden form and
tells readable differences, :mod:`.policy` checks policies.
"""

from __future__ import annotations

from .golden import FLOAT_TOLERANCE, diff_json, golden_data
from .manifest import (
    MANIFEST_NAME,
    ArticleSet,
    Manifest,
    Policy,
    RequiredClaim,
    RequiredDifference,
    display_path,
    find_manifest,
    load_manifest,
)
from .policy import policy_failures
from .runner import CheckReport, SetResult, check_set, run_check

__all__ = [
    "FLOAT_TOLERANCE",
    "MANIFEST_NAME",
    "ArticleSet",
    "CheckReport",
    "Manifest",
    "Policy",
    "RequiredClaim",
    "RequiredDifference",
    "SetResult",
    "check_set",
    "diff_json",
    "display_path",
    "find_manifest",
    "golden_data",
    "load_manifest",
    "policy_failures",
    "run_check",
]
