"""Gujarati words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("મોત", "મૃત્યુ", "મૃતક", "મૃત", "માર્યા ગયા", "માર્યા ગયાં", "જીવ ગુમાવ્યો", "જીવ ગુમાવ્યા", "મોતને ભેટ", "મૃતદેહ",
               "જીવ ગયો", "જીવ ગયા"),
    "injured": ("ઘાયલ", "ઈજાગ્રસ્ત", "ઇજાગ્રસ્ત", "ઈજા", "ઇજા"),
    "arrested": ("ધરપકડ", "અટકાયત"),
    "missing": ("લાપતા", "ગુમ થયા", "ગુમ થયેલ", "ગુમ છે"),
}
"""Outcome -> its words, matched as word starts; phrases (with a space) as written."""

NOT_OUTCOMES: tuple[str, ...] = ("મોતી", "ઈજારો", "ઇજારો", "મોતની સજા", "મૃત્યુદંડ")
"""Words and phrases that start like an outcome word, or hold one, in another sense
(matched like the outcome words; a phrase hides the outcome words inside it)."""
