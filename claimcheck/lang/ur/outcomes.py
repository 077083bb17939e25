"""Urdu words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("ہلاک", "ہلاکت", "جاں بحق", "جان بحق", "موت", "اموات", "مارے گئے", "جان گنوا", "لاش",
               "جان جا چکی", "جان چلی گئی", "جانیں گئیں", "جانیں جا چکی"),
    "injured": ("زخمی",),
    "arrested": ("گرفتار", "گرفتاری", "حراست"),
    "missing": ("لاپتہ",),
}
"""Outcome -> its words, matched as word starts; phrases (with a space) as written."""

NOT_OUTCOMES: tuple[str, ...] = ("موتی", "سزائے موت", "موت کی سزا", "مشکلات میں گرفتار", "مشکل میں گرفتار")
"""Words and phrases that start like an outcome word, or hold one, in another sense
(matched like the outcome words; a phrase hides the outcome words inside it)."""
