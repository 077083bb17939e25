"""Number words 0-100 in every language: each spelling the tables list is read as its value."""

from __future__ import annotations

import importlib

import pytest

from claimcheck.lang import generate_numbers
from claimcheck.quantities import extract_quantities
from claimcheck.quantities.lexicon import lexicon_for

LANGUAGES = ("en", "hi", "mr", "gu", "ur")

# "<number> people were killed", with a counted noun the language's data knows (so that
# words that count only beside a unit, such as एक or ایک, count too).
SENTENCES: dict[str, str] = {
    "en": "{} people were killed",
    "hi": "{} लोग मारे गए",
    "mr": "{} लोक ठार झाले",
    "gu": "{} લોકો માર્યા ગયા",
    "ur": "{} افراد ہلاک ہوئے",
}


def _numbers(lang: str):  # the language's numbers module
    return importlib.import_module(f"claimcheck.lang.{lang}.numbers")


def _cardinals(lang: str) -> dict[int, str]:
    return importlib.import_module(f"claimcheck.lang.{lang}.cardinals").CARDINALS


def _read(lang: str, words: str) -> list[tuple[str, float, float, str, str | None]]:
    return [(q.text, q.low, q.high, q.qualifier, q.unit) for q in extract_quantities(SENTENCES[lang].format(words), lang)]


def _counted(lang: str, words: str, value: float) -> list[tuple[str, float, float, str, str | None]]:
    """What :func:`_read` returns when ``words`` are read as ``value`` people."""
    noun = SENTENCES[lang].split()[1]
    return [(f"{words} {noun}", value, value, "exact", "person")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_generated_tables_cover_0_to_100_and_the_hundreds(lang: str) -> None:
    assert list(_cardinals(lang)) == [*range(101), *range(200, 1000, 100)]


@pytest.mark.parametrize(("lang", "n"), [(lang, n) for lang in LANGUAGES for n in range(200, 1000, 100)])
def test_numbers_every_hundred_is_read_in_words(lang: str, n: int) -> None:
    # One word ("सहाशे", "બસો") from the number words, two ("छः सौ") composed with the multiplier.
    word = _cardinals(lang)[n]
    assert _read(lang, word) == _counted(lang, word, n)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("hi", "साढ़े तीन लाख रुपये", 350_000), ("hi", "सवा लाख लोग", 125_000), ("hi", "पौने दो लाख", 175_000),
        ("ur", "ساڑھے تین لاکھ روپے", 350_000), ("mr", "सव्वा लाख", 125_000), ("mr", "साडे नऊशे", 950),
        ("gu", "સાડા નવસો મીટર", 950), ("gu", "આશરે છસો કરોડ રૂપિયા", 6_000_000_000), ("hi", "साढ़े तीन घंटे", 3.5),
        # The fraction goes with the first number, under every multiplier after it.
        ("hi", "साढ़े तीन सौ करोड़ रुपये", 3_500_000_000), ("hi", "सवा दो सौ करोड़", 2_250_000_000),
    ],
)
def test_numbers_a_fraction_before_a_number_and_fused_hundreds(lang: str, text: str, value: float) -> None:
    (quantity,) = extract_quantities(text, lang)
    assert quantity.low == quantity.high == value


@pytest.mark.parametrize(("lang", "n"), [(lang, n) for lang in LANGUAGES for n in range(101)])
def test_numbers_every_number_0_to_100_is_read_in_words(lang: str, n: int) -> None:
    word = _cardinals(lang)[n]
    if word in getattr(_numbers(lang), "LEFT_OUT", {}):
        # A homograph of a commoner word (Urdu اسی "that same", بہتر "better"): not a
        # number even before a noun; news writes these numbers in digits.
        assert _read(lang, word) == []
        assert _read(lang, str(n)) == _counted(lang, str(n), n)
    else:
        assert _read(lang, word) == _counted(lang, word, n)


@pytest.mark.parametrize(
    ("lang", "word", "value"),
    [
        (lang, word, value)
        for lang in ("hi", "mr", "gu", "ur")
        for word, value in (_numbers(lang).CARDINAL_VARIANTS | _numbers(lang).FRACTIONS).items()
    ],
)
def test_numbers_spelling_variants_and_fractions_are_read(lang: str, word: str, value: float) -> None:
    assert _read(lang, word) == _counted(lang, word, value)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The words the issue found unread.
        ("hi", "बाईस लोग मारे गए", [("बाईस लोग", 22, 22, "exact", "person")]),
        ("hi", "सैंतालीस सैनिक", [("सैंतालीस सैनिक", 47, 47, "exact", "soldier")]),
        ("gu", "બાવીસ લોકો", [("બાવીસ લોકો", 22, 22, "exact", "person")]),
        ("ur", "بائیس افراد", [("بائیس افراد", 22, 22, "exact", "person")]),
        # Before multipliers, with qualifiers, as ranges, in folded spellings.
        ("hi", "पच्चीस हज़ार लोग", [("पच्चीस हज़ार लोग", 25_000, 25_000, "exact", "person")]),
        ("hi", "बावन", [("बावन", 52, 52, "exact", None)]),
        ("hi", "लगभग सत्तावन सौ सैनिक", [("लगभग सत्तावन सौ सैनिक", 5_700, 5_700, "about", "soldier")]),
        ("hi", "ढाई लाख लोग", [("ढाई लाख लोग", 250_000, 250_000, "exact", "person")]),
        ("mr", "बावन्न हजार लोक", [("बावन्न हजार लोक", 52_000, 52_000, "exact", "person")]),
        ("mr", "चौऱ्याहत्तर सैनिक", [("चौऱ्याहत्तर सैनिक", 74, 74, "exact", "soldier")]),
        ("mr", "चौर्\u200dयाहत्तर सैनिक", [("चौर्\u200dयाहत्तर सैनिक", 74, 74, "exact", "soldier")]),
        ("gu", "સત્તાવીસ લાખ રૂપિયા", [("સત્તાવીસ લાખ રૂપિયા", 2_700_000, 2_700_000, "exact", "rupee")]),
        ("gu", "ચાળીસ થી પચાસ લોકો", [("ચાળીસ થી પચાસ લોકો", 40, 50, "exact", "person")]),
        # Fused onto the number word where the language fuses postpositions, as onto digits.
        ("gu", "ચાળીસથી પચાસ લોકો", [("ચાળીસથી પચાસ લોકો", 40, 50, "exact", "person")]),
        ("gu", "ત્રીસથી વધુ લોકોના મોત", [("ત્રીસથી વધુ લોકોના", 30, 30, "more_than", "person")]),
        ("mr", "तीसहून अधिक लोक", [("तीसहून अधिक लोक", 30, 30, "more_than", "person")]),
        ("mr", "पन्नासपेक्षा जास्त जखमी", [("पन्नासपेक्षा जास्त जखमी", 50, 50, "more_than", "injured")]),
        ("en", "the tenor and the tenth", []),
        ("ur", "کم از کم اڑتیس افراد", [("کم از کم اڑتیس افراد", 38, 38, "at_least", "person")]),
        ("ur", "بائيس ہزار", [("بائيس ہزار", 22_000, 22_000, "exact", None)]),
        ("en", "twenty-five thousand troops", [("twenty-five thousand troops", 25_000, 25_000, "exact", "soldier")]),
        # A match's figures, fused case endings included.
        ("hi", "पाकिस्तान को 34 रन से हराया", [("34 रन", 34, 34, "exact", "run")]),
        ("ur", "پاکستان کو ۴۳ رنز سے شکست دی", [("۴۳ رنز", 43, 43, "exact", "run")]),
        ("gu", "ભારતે 34 રનથી જીત મેળવી", [("34 રનથી", 34, 34, "exact", "run")]),
        ("mr", "भारताने ३४ धावांनी विजय मिळवला", [("३४ धावांनी", 34, 34, "exact", "run")]),
        ("en", "won by 34 runs with four wickets in hand", [("34 runs", 34, 34, "exact", "run"), ("four wickets", 4, 4, "exact", "wicket")]),
        # A number word ends the gap before a unit: 17 trains, five hours late.
        ("gu", "17 ટ્રેનો પાંચ કલાક મોડી પડી", [("17 ટ્રેનો", 17, 17, "exact", "train"), ("પાંચ કલાક", 5, 5, "exact", "hour")]),
        ("hi", "12 ट्रेनें पांच घंटे लेट रहीं", [("12 ट्रेनें", 12, 12, "exact", "train"), ("पांच घंटे", 5, 5, "exact", "hour")]),
        # Homographs: Urdu اسی "that same", بہتر "better", چون (54) only beside a unit.
        ("ur", "اسی دن بہتر تعلقات پر بات ہوئی", []),
        ("ur", "بغیر چون و چرا", []),
        ("ur", "چون افراد", [("چون افراد", 54, 54, "exact", "person")]),
    ],
)
def test_numbers_in_context(lang: str, text: str, expected: list[tuple[str, float, float, str, str | None]]) -> None:
    assert [(q.text, q.low, q.high, q.qualifier, q.unit) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize("lang", ("hi", "mr", "gu", "ur"))
def test_numbers_variants_add_spellings_and_never_disagree(lang: str) -> None:
    module, lex = _numbers(lang), lexicon_for(lang)
    generated = {lex.folder.fold(word) for word in _cardinals(lang).values()}
    assert not [w for w in module.CARDINAL_VARIANTS if lex.folder.fold(w) in generated]
    values: dict[str, float] = {}
    for word, value in module.NUMBER_WORDS.items():
        assert values.setdefault(lex.folder.fold(word), value) == value, word


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_generated_tables_match_their_library(lang: str) -> None:
    # The libraries are development dependencies (the ``dev`` extra): where they are
    # installed, the committed tables must be exactly what the generator writes.
    pytest.importorskip("indic_numtowords")
    pytest.importorskip("num2words")
    assert generate_numbers.target(lang).read_text(encoding="utf-8") == generate_numbers.render(lang)


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("gu", "50 બસો દોડાવાઈ", [50]),  # બસો is also "buses"
        ("gu", "બસો લોકો", [200]),
        ("ur", "اس کے سوا 5 افراد زخمی ہوئے", [5]),  # "کے سوا": except, no "and a quarter"
    ],
)
def test_numbers_words_in_another_sense(lang: str, text: str, values: list[float]) -> None:
    assert [q.low for q in extract_quantities(text, lang)] == values
