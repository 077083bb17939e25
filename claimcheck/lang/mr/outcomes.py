"""Marathi words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("मृत्यू", "मृत", "ठार", "जीव गमाव", "बळी"),
    "injured": ("जखमी",),
    "arrested": ("अटक", "ताब्यात"),
    "missing": ("बेपत्ता",),
}
"""Outcome -> its words, matched as word starts; phrases (with a space) as written."""
