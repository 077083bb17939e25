"""English page furniture and bylines, as Indian and international news sites print them.

Every pattern is matched with ``re.fullmatch(p, line.strip(), re.IGNORECASE)`` against
one whole line, so a pattern only has to say what a furniture line looks like from its
first character to its last. Patterns stay anchored on words that do not open real
sentences ("Also Read:", "Tags :", "Share on ...") or on a date/name shape, because a
sentence wrongly taken for furniture is lost from the analysis without a trace.
"""

from __future__ import annotations

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,4}\)?)?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?:,?\s+(?:at\s+)?{_TIME})?"
)
# A capitalised name word; case-sensitive even though the reader ignores case, so that
# "By Friday, the toll had risen" is not read as a byline.
_NAME = r"(?-i:[A-Z][\w'’.-]*)"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,4}}"
_AGENCY = (
    r"(?:pti|ani|ians|uni|afp|ap|reuters|agencies|agency|tnn|bloomberg|press trust of india"
    r"|associated press|agence france-presse)"
)
_SOCIAL = (
    r"(?:share|facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|print|copy\s+link|reddit"
    r"|koo|pinterest|instagram|youtube|threads|comments?)"
)

FURNITURE_PATTERNS: tuple[str, ...] = (
    # Ad slots.
    r"(?:advertisement|advertisements|ad|ads|sponsored(?:\s+content)?|promoted(?:\s+content)?)",
    r"(?:story\s+continues\s+below\s+(?:this\s+)?ad(?:vertisement)?|continue\s+reading\s+below"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|advertisement\s*[-–—]\s*scroll\s+to\s+continue)",
    # Mobile interstitials ("For the best experience, open / URL / on your mobile browser.").
    r"for\s+the\s+best\s+experience,?\s+open",
    r"on\s+your\s+mobile\s+browser\.?",
    r"(?:open|read|continue)\s+in\s+(?:the\s+)?app",
    # App banners: "Download the NewsNow app for the latest updates", "Play Store | App Store".
    r"(?:download|get|install)\s+(?:the\s+|our\s+)?[^.!?]{0,40}?\s*app\b[^.!?]{0,60}",
    r"(?:get\s+it\s+on\s+|download\s+on\s+the\s+)?(?:google\s+)?play\s*store(?:\s*[|/&,]\s*(?:apple\s+)?app\s+store)?",
    r"(?:download\s+on\s+the\s+)?(?:apple\s+)?app\s+store",
    # "Also Read: ...", "READ | ...", "Must Read - ...", and the bare link labels.
    r"(?:also\s+read|read\s+also|read\s+more|also\s+see|also\s+watch|must\s+read|must\s+watch"
    r"|don'?t\s+miss|do\s+not\s+miss|read|watch|listen|related)\s*[:：|\-–—»]\s*.{1,250}",
    r"(?:also\s+read|read\s+also|read\s+more|read\s+full\s+(?:story|article)|continue\s+reading"
    r"|click\s+here\b.{0,100}|tap\s+here\b.{0,100}|listen\s+to\s+(?:this\s+)?(?:article|story))",
    # Related / trending boxes.
    r"(?:related|more|latest|top|trending|recommended|popular|editor'?s\s+picks?|you\s+may\s+also\s+like"
    r"|most\s+read|most\s+popular|in\s+case\s+you\s+missed\s+it|more\s+from\s+\w+(?:\s+\w+)?)"
    r"(?:\s+(?:news|stories|articles|posts|videos|topics|now|for\s+you|headlines|reads))?\s*:?",
    # Tags and topic lists ("Tags :", "Tags: Assam floods, NDRF").
    r"(?:tags?|topics|keywords|filed\s+under)\s*[:：](?:\s*.{0,300})?",
    r"(?:tags?|topics|keywords)",
    # Share bars and follow prompts.
    r"(?:share|tweet|post)(?:\s+this)?(?:\s+(?:article|story|news))?(?:\s+(?:on|via)\s+\w+(?:\s+\w+)?)?\s*:?",
    rf"{_SOCIAL}(?:\s*[|•·,/]?\s*{_SOCIAL})*",
    r"follow\s+us(?:\s+on\s+.{1,40})?\s*:?",
    r"join\s+(?:our|us\s+on)\s+(?:whatsapp|telegram).{0,60}",
    r"(?:subscribe|sign\s+up)(?:\s+(?:to|for)\s+(?:our\s+)?(?:newsletter|channel|updates|alerts).{0,40})?",
    r"(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|\d+\s+comments?|view\s+comments)",
    # Image credits and captions labels.
    r"(?:photo|image|picture|video|file\s+photo|image\s+source|photo\s+credit|pic)\s*[:：|].{0,120}",
    r"\(?(?:representational|representative|file)\s+(?:image|photo|picture|pic)\)?(?:\s*[:：|].{0,100})?",
    # Reading-time badges.
    r"\d{1,2}\s*min(?:ute)?s?\s+read",
    # Syndication notes (NDTV, Business Standard) that are not part of the story.
    r"\(?(?:this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\s+by|(?:only\s+)?the\s+headline"
    r"\s+and\s+picture\s+of\s+this\s+report\s+may\s+have\s+been\s+reworked\s+by).{0,250}",
    # Breadcrumbs: "Home / India / Assam Floods", "Home > News > World".
    r"home\s*(?:/|>|»|›|\|).{0,200}",
)

BYLINE_PATTERNS: tuple[str, ...] = (
    # "By Priya Sharma", "By Reuters Staff", "By Business Desk | Updated: 6 Aug 2025, 11:15 AM IST"
    rf"(?-i:By|BY|Written\s+by|Edited\s+by|Reported\s+by|Compiled\s+by|Posted\s+by)\s+{_NAMES}"
    rf"(?:\s*(?:,|&|\band\b)\s*{_NAMES})*(?:\s*[|•·]\s*.{{0,80}})?",
    # "Edited By: Ramesh Kumar", "Author: ...", "Reporter: ..."
    r"(?:edited|written|reported|curated|compiled|posted)\s+by\s*[:：]\s*.{1,80}",
    r"(?:author|authors|reporter|writer|correspondent|byline)\s*[:：]\s*.{1,80}",
    # "Updated: 14 Jul 2025, 10:32 AM IST", "Updated Thu, 10 Jul 2025 08:15 AM (IST)",
    # "First published on: July 11, 2025 19:05 IST", "Published 3 hours ago"
    rf"(?:last\s+)?(?:updated|published|posted|first\s+published|modified|edited)(?:\s+(?:on|at))?\s*[:：-]?\s*"
    rf"(?:{_WEEKDAY},?\s+|{_MONTH}\s|\d).{{0,80}}(?<![.!?])",
    # A dateline on its own line: "New Delhi | July 14, 2025", "Monday, 14 July 2025 10:32 AM"
    rf"(?:[^|,:\d.!?]{{2,30}}\s*[|,•]\s*)?{_DATE}(?:\s*[|,•]\s*.{{0,60}})?",
    # Agencies and desks: "PTI", "(Reuters)", "Express News Service", "HT Correspondent".
    rf"\(?{_AGENCY}\)?(?:\s*[,|]\s*{_NAME}(?:\s+{_NAME}){{0,2}})?",
    rf"(?:[\w.&'’-]+\s+){{0,3}}(?:desk|correspondent|staff\s+reporter|news\s+service|news\s+network)"
    rf"(?:\s*[,|]\s*{_NAME}(?:\s+{_NAME}){{0,2}})?",
    r"(?-i:[A-Z]{2,5})\s+(?i:bureau)",
)

# --- Shape evidence and article-level sources (claimcheck.furniture) -----------------

PHOTO_WORDS: tuple[str, ...] = ("photo", "photos", "image", "picture", "pic", "file", "graphic", "video grab", "screengrab")
"""Words that make a parenthetical or a trailing credit a picture credit."""

SOURCE_LABELS: tuple[str, ...] = ("source", "sources")
"""Labels of a "Source: Reuters; KCNA" line (the article's sources, not furniture)."""

AGENCIES: tuple[str, ...] = (
    "PTI", "ANI", "IANS", "UNI", "AFP", "AP", "Reuters", "Yonhap", "KCNA", "TASS", "Xinhua",
    "Bloomberg", "Associated Press", "The Associated Press", "Press Trust of India",
    "Agence France-Presse", "RIA Novosti", "Interfax", "APP", "NNI", "Kyodo", "dpa", "EFE",
)
"""Agencies as a credit line names them ("- PTI", "(Reuters)", "By The Associated Press")."""

GENERIC_AGENCIES: tuple[str, ...] = ("Agencies", "Agency", "Wire", "Wires", "News agencies")
"""Credits that name no agency: the source only when nothing more specific is given."""

CREDIT_PATTERNS: tuple[str, ...] = (
    r"(?:\(|\[)?with\s+(?:inputs?|agency\s+inputs?)\s+from\s+(?P<src>[^()\[\]]{2,80}?)(?:\)|\])?\.?",
    r"(?:\(|\[)?inputs?\s+from\s+(?P<src>[^()\[\]]{2,80}?)(?:\)|\])?\.?",
    r"(?:\(|\[)?(?:agency|agencies|wire)\s+inputs?(?:\)|\])?\.?",
)
"""A whole line crediting the story (``src`` names the sources, if the line names them)."""

CAPTION_PATTERNS: tuple[str, ...] = (
    r"(?:in\s+this\s+(?:\w+\s+)?(?:photo|image|picture)|this\s+(?:\w+\s+)?(?:photo|image|picture)\s+(?:provided|released|taken|distributed)"
    r"|file\s*[-–—:]|file\s+photo\s*[-–—:]|photo\s+(?:provided|released|distributed)\s+by)",
    # "... — Image: KCNA via Reuters", "(Photo: KCNA via AFP)": a credit closes the line.
    r"[^.!?]{0,150}\s(?:via|courtesy(?:\s+of)?)\s+(?-i:AP|AFP|Reuters|Getty\s+Images|KCNA|Yonhap|EPA|Xinhua|TASS|Sputnik)\s*\)?\s*$",
)
"""Caption shapes, searched from the line's start (``re.match``)."""

DATE_LABELS: tuple[str, ...] = (
    "date", "dated", "published", "posted", "first published", "published on", "on", "at", "last",
    "created", "ist", "pkt", "gmt", "utc", "kst", "am", "pm", "a.m.", "p.m.", "hrs",
)
"""Words a date line may carry besides the date itself."""

UPDATED_LABELS: tuple[str, ...] = ("updated", "last updated", "modified", "edited")
"""Labels of a date that is not the publication date (used only when it is the only one)."""
