"""Hindi words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("मारे गए", "मारे गये", "मौत", "मौतें", "मृत", "मृतक", "मृत्यु", "जान गई", "जान गंवा", "जान गँवा", "शव",
               "जान जा चुकी", "जान चली गई", "जानें गई", "जानें जा चुकी"),
    "injured": ("घायल", "जख्मी", "ज़ख्मी", "चोटिल"),
    "arrested": ("गिरफ्तार", "गिरफ़्तार", "गिरफ्तारी", "गिरफ़्तारी", "हिरासत"),
    "missing": ("लापता",),
}
"""Outcome -> its words, matched as word starts; phrases (with a space) as written."""

NOT_OUTCOMES: tuple[str, ...] = ("मौत की सजा", "मौत की सज़ा", "मृत्युदंड", "मृत्यु दंड", "मृत्युदण्ड")
"""Words and phrases that start like an outcome word, or hold one, in another sense
(matched like the outcome words; a phrase hides the outcome words inside it)."""
