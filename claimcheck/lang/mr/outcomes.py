"""Marathi words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("मृत्यू", "मृत", "ठार", "जीव गमाव", "बळी गेल", "बळी घेतल", "जीव गेला", "प्राण गमाव"),
    "injured": ("जखमी",),
    "arrested": ("अटक",),
    "missing": ("बेपत्ता",),
}
"""Outcome -> its words, matched as word starts; phrases (with a space) as written."""

NOT_OUTCOMES: tuple[str, ...] = ("अटकळ", "अटकाव", "मृत्युदंड", "फाशीची शिक्षा")
"""Words and phrases that start like an outcome word, or hold one, in another sense
(matched like the outcome words; a phrase hides the outcome words inside it)."""
