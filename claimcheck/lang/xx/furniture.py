"""Page furniture that is not tied to one language: URLs, icons, breadcrumbs, timestamps."""

from __future__ import annotations

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_ZONE = r"(?:IST|PKT|GMT|UTC|KST|EST|EDT|PST|[A-Z]{2,4})"

FURNITURE_PATTERNS: tuple[str, ...] = (
    # A bare URL or domain on its own line ("https://m.revoi.in").
    r"(?:https?://|www\.)\S+",
    r"[\w.-]+\.(?:com|in|org|net|co\.in|pk|co\.uk|news)(?:/\S*)?",
    # Icon placeholders and image alt text left by scrapers.
    r"(?:icon|image|photo|file photo|representative image|logo)",
    # A line that repeats one short phrase, as button rows do ("Play Store     Play Store").
    r"(.{2,30}?)(?:\s+\1)+",
    # Breadcrumbs: "Home / World : ...", "Home > India > Politics", "होम / देश". A single
    # separator is a breadcrumb only after a home link ("Covid/flu: cases rise" is a headline).
    r"(?:home|होम|હોમ|ہوم|मुखपृष्ठ|मुख्य पृष्ठ)\s*(?:/|>|»|›)\s*\S.{0,200}",
    r"\S{2,15}\s*(?:/|>|»|›)\s*\S{2,20}(?:\s*(?:/|>|»|›)\s*\S+)+\s*(?::.*)?",
    # Lines with no letters at all (separators, "* * *", "| | |").
    r"[\W_]+",
)

BYLINE_PATTERNS: tuple[str, ...] = (
    # "12:44 PM Jul 14, 2025 IST | revoi editor"
    rf"{_TIME}\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:\s+{_ZONE})?(?:\s*[|•·,-]\s*.{{0,60}})?",
    # "Jul 14, 2025 12:44 PM IST", "14 July 2025, 10:32 AM"
    rf"(?:\w+,?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}(?:,?\s+{_TIME})?(?:\s+{_ZONE})?(?:\s*[|•·-]\s*.{{0,60}})?",
    # ISO-like dates with optional time: "2025-07-14 12:44", "14/07/2025"
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?:\s*[|•·-]\s*.{0,60})?",
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?(?:\s*[|•·-]\s*.{0,60})?",
)
