"""Tests of claimcheck.sources: canonical source identity across scripts."""

from __future__ import annotations

import importlib
import json
from importlib import resources

import pytest

from claimcheck import sources
from claimcheck.sources import SourceRef, known_sources, resolve_source, source_by_id, transliterate_to_latin
from claimcheck.sources.resolve import _ambiguous_aliases

LANGS = ("en", "gu", "hi", "mr", "ur")


def _data() -> dict:
    return json.loads(resources.files("claimcheck.data").joinpath("sources.json").read_text("utf-8"))


# --------------------------------------------------------------------------- data file


def test_sources_data_parses_every_entry() -> None:
    data = _data()
    parsed = known_sources()
    assert len(parsed) == len(data["sources"])
    assert len(parsed) >= 130
    assert [s.id for s in parsed] == [e["id"] for e in data["sources"]]
    assert len({s.id for s in parsed}) == len(parsed)
    assert known_sources() is known_sources()  # parsed once, cached


@pytest.mark.parametrize(
    "source_id",
    [
        "kcna", "rodong_sinmun", "kctv", "kp_state_media", "yonhap", "reuters", "ap", "afp", "bloomberg",
        "tass", "ria_novosti", "interfax", "xinhua", "global_times", "pti", "ani", "ians", "uni", "bbc",
        "cnn", "nhk", "kbs", "kyodo", "al_jazeera", "dawn", "geo_news", "app_pk", "ispr", "the_hindu",
        "times_of_india", "hindustan_times", "indian_express", "ndtv", "doordarshan", "all_india_radio",
        "abp", "aaj_tak", "gstv", "divya_bhaskar", "sandesh", "lokmat", "loksatta", "maharashtra_times",
        "jang", "express_tribune", "nyt", "washington_post", "wsj", "ft", "guardian", "kremlin",
        "white_house", "pentagon", "us_state_department", "un", "iaea", "nato", "who", "mea_india",
        "pak_foreign_office", "kr_jcs", "kr_unification_ministry", "ru_foreign_ministry",
        "ru_defence_ministry", "ua_general_staff",
    ],
)
def test_sources_data_has_required_source(source_id: str) -> None:
    source = source_by_id(source_id)
    assert source is not None
    assert source.type in sources.SOURCE_TYPES
    assert source.aliases["en"]


def test_sources_data_major_sources_have_every_script() -> None:
    complete = [s.id for s in known_sources() if all(s.aliases.get(lang) for lang in LANGS)]
    assert len(complete) >= 40
    for source_id in ("kcna", "yonhap", "reuters", "ap", "afp", "bloomberg", "pti", "xinhua", "tass", "bbc"):
        assert source_id in complete


def test_sources_data_descriptors_cover_every_language() -> None:
    descriptors = _data()["descriptors"]
    assert set(descriptors) == set(LANGS)
    assert "समाचार एजेंसी" in descriptors["hi"]
    assert "સમાચાર એજન્સી" in descriptors["gu"]
    assert "वृत्तसंस्था" in descriptors["mr"]
    assert "خبر رساں ادارہ" in descriptors["ur"]
    assert "news agency" in descriptors["en"]


def test_sources_data_no_alias_shared_by_two_sources() -> None:
    assert _ambiguous_aliases() == {}


def test_sources_data_every_alias_resolves_to_its_source() -> None:
    wrong = []
    for source in known_sources():
        for lang, aliases in source.aliases.items():
            for alias in aliases:
                ref = resolve_source(alias, lang)
                if (ref.id, ref.score) != (source.id, 1.0):
                    wrong.append((lang, alias, source.id, ref.id))
    assert wrong == []


# --------------------------------------------------------------------------- case markers


@pytest.mark.parametrize("lang", LANGS)
def test_sources_case_markers_are_ordered_longest_first(lang: str) -> None:
    module = importlib.import_module(f"claimcheck.lang.{lang}.case_markers")
    lengths = [len(s) for s in module.CASE_SUFFIXES]
    assert lengths == sorted(lengths, reverse=True)
    assert len(set(module.CASE_SUFFIXES)) == len(module.CASE_SUFFIXES)
    assert module.CASE_PARTICLES
    assert all(" " not in p for p in module.CASE_PARTICLES)


# --------------------------------------------------------------------------- resolution

KNOWN_CASES = [
    # English
    ("KCNA", "en", "kcna"),
    ("Korean Central News Agency", "en", "kcna"),
    ("the state-run KCNA news agency", "en", "kcna"),
    ("state news agency KCNA", "en", "kcna"),
    ("Korean Central News Agency (KCNA)", "en", "kcna"),
    ("Yonhap news agency", "en", "yonhap"),
    ("yonhap", "en", "yonhap"),
    ("Reuters'", "en", "reuters"),
    ("Reuter's", "en", "reuters"),
    ("  “Reuters”, ", "en", "reuters"),
    ("the Associated Press", "en", "ap"),
    ("Associated Press of Pakistan", "en", "app_pk"),
    ("Agence France-Presse", "en", "afp"),
    ("U.S. State Department", "en", "us_state_department"),
    ("South Korea's Joint Chiefs of Staff", "en", "kr_jcs"),
    ("Ukraine's General Staff", "en", "ua_general_staff"),
    ("Russia's defence ministry", "en", "ru_defence_ministry"),
    ("Pakistan's Foreign Office", "en", "pak_foreign_office"),
    ("North Korea's state media", "en", "kp_state_media"),
    ("the Kremlin", "en", "kremlin"),
    ("WHO", "en", "who"),
    ("Korean Central TV", "en", "kctv"),
    # Gujarati
    ("રિયન સેન્ટ્રલ ન્યૂઝ એજન્સી (KCNA)", "gu", "kcna"),
    ("રિયન સેન્ટ્રલ ન્યૂઝ એજન્સી (KCNA)ના", "gu", "kcna"),
    ("KCNAના", "gu", "kcna"),
    ("(KCNA)ના", "gu", "kcna"),
    ("KCNA એ", "gu", "kcna"),
    ("KCNAએ", "gu", "kcna"),
    ("કેસીએનએના", "gu", "kcna"),
    ("યોનહાપ સમાચાર એજન્સીએ", "gu", "yonhap"),
    ("યોનહાપે", "gu", "yonhap"),
    ("રૉયટર્સે", "gu", "reuters"),
    ("બ્લૂમબર્ગ ન્યૂઝે", "gu", "bloomberg"),
    ("GSTVની", "gu", "gstv"),
    ("ઉત્તર કોરિયાની સરકારી મીડિયાએ", "gu", "kp_state_media"),
    ("ઉત્તર કોરિયાના રાજ્ય મીડિયાએ", "gu", "kp_state_media"),
    ("રશિયાના વિદેશ મંત્રાલયે", "gu", "ru_foreign_ministry"),
    ("દક્ષિણ કોરિયાના જોઈન્ટ ચીફ્સ ઓફ સ્ટાફે", "gu", "kr_jcs"),
    ("ક્રેમલિને", "gu", "kremlin"),
    ("નાટોએ", "gu", "nato"),
    ("IAEAએ", "gu", "iaea"),
    # Hindi
    ("रॉयटर्स के", "hi", "reuters"),
    ("समाचार एजेंसी रॉयटर्स", "hi", "reuters"),
    ("योनहाप", "hi", "yonhap"),
    ("न्यूज एजेंसी एएनआई", "hi", "ani"),
    ("आईएएनएस", "hi", "ians"),
    ("यूएनआई", "hi", "uni"),
    ("एएफपी", "hi", "afp"),
    ("एपी", "hi", "ap"),
    ("पीटीआई-भाषा", "hi", "pti"),
    ("उत्तर कोरिया के सरकारी मीडिया ने", "hi", "kp_state_media"),
    ("रूस के विदेश मंत्रालय ने", "hi", "ru_foreign_ministry"),
    ("कोरियन सेंट्रल न्यूज़ एजेंसी", "hi", "kcna"),
    ("ऱॉयटर्स", "hi", "reuters"),
    # Marathi
    ("योनहाप वृत्तसंस्थेने", "mr", "yonhap"),
    ("रॉयटर्सने", "mr", "reuters"),
    ("केसीएनएच्या मते", "mr", "kcna"),
    ("रॉयटर्सच्या वृत्तानुसार", "mr", "reuters"),
    ("एएफपी वृत्तसंस्थेने", "mr", "afp"),
    ("पीटीआयच्या", "mr", "pti"),
    ("उत्तर कोरियाच्या सरकारी माध्यमांनी", "mr", "kp_state_media"),
    ("रशियाच्या परराष्ट्र मंत्रालयाने", "mr", "ru_foreign_ministry"),
    ("युक्रेनच्या जनरल स्टाफने", "mr", "ua_general_staff"),
    # Urdu
    ("پی ٹی آئی کے", "ur", "pti"),
    ("خبر رساں ادارے رائٹرز", "ur", "reuters"),
    ("خبر رساں ادارے رائٹرز کے مطابق", "ur", "reuters"),
    ("رائٹرز نے", "ur", "reuters"),
    ("رائٹرزنے", "ur", "reuters"),
    ("یونہاپ نیوز ایجنسی نے", "ur", "yonhap"),
    ("بلومبرگ کے مطابق", "ur", "bloomberg"),
    ("اے پی پی کے مطابق", "ur", "app_pk"),
    ("آئی ایس پی آر", "ur", "ispr"),
    ("شمالی کوریا کے سرکاری میڈیا نے", "ur", "kp_state_media"),
    ("اقوام متحدہ کے", "ur", "un"),
    # a language without case-marker data still resolves plain aliases
    ("Reuters", "fr", "reuters"),
]


@pytest.mark.parametrize(("surface", "lang", "expected"), KNOWN_CASES)
def test_sources_resolve_known_surface(surface: str, lang: str, expected: str) -> None:
    ref = resolve_source(surface, lang)
    source = source_by_id(expected)
    assert source is not None
    assert ref == SourceRef(id=expected, name=source.name, known=True, score=1.0)


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        ("બલૂમબર્ગ", "gu", "bloomberg"),
        ("बलूमबर्ग", "hi", "bloomberg"),
        ("Bloombergs", "en", "bloomberg"),
        ("Ruters", "en", "reuters"),
        ("Interfacs", "en", "interfax"),
        ("Al Jazira", "en", "al_jazeera"),
        ("દક્ષિણ કોરિયાના સરક્ષણ મંત્રાલય", "gu", "kr_defence_ministry"),
        ("दक्षिण कोरियाच्या लष्कराने", "mr", "kr_jcs"),
    ],
)
def test_sources_resolve_misspelling_fuzzily(surface: str, lang: str, expected: str) -> None:
    ref = resolve_source(surface, lang)
    assert ref.id == expected
    assert ref.known
    assert 0.8 <= ref.score < 1.0


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        ("યોનહાપ", "gu", "yonhap"),
        ("योनहाप", "hi", "yonhap"),
        ("یونہاپ", "ur", "yonhap"),
        ("Yonhap", "en", "yonhap"),
        ("રોઇટર્સ", "gu", "reuters"),
        ("रॉयटर्स", "hi", "reuters"),
        ("رائٹرز", "ur", "reuters"),
        ("બ્લૂમબર્ગ", "gu", "bloomberg"),
        ("ब्लूमबर्ग", "mr", "bloomberg"),
        ("بلومبرگ", "ur", "bloomberg"),
    ],
)
def test_sources_resolve_one_source_in_every_script(surface: str, lang: str, expected: str) -> None:
    assert resolve_source(surface, lang).id == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("AP", "en"), ("AFP", "en")),
        (("ANI", "en"), ("IANS", "en")),
        (("એએનઆઈ", "gu"), ("આઈએએનએસ", "gu")),
        (("एपी", "hi"), ("एएफपी", "hi")),
        (("UN", "en"), ("UNI", "en")),
        (("AP", "en"), ("APP", "en")),
        (("پی ٹی آئی", "ur"), ("پی ٹی وی", "ur")),
        (("Korean Central News Agency", "en"), ("Korean Central Television", "en")),
        (("North Korean Defence Ministry", "en"), ("South Korean Defence Ministry", "en")),
        (("Chinese Foreign Ministry", "en"), ("Russian Foreign Ministry", "en")),
        (("Global Times", "en"), ("Times of India", "en")),
        (("Gujarat Samachar", "en"), ("GSTV", "en")),
        (("Dainik Bhaskar", "en"), ("Divya Bhaskar", "en")),
    ],
)
def test_sources_resolve_keeps_near_misses_apart(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = resolve_source(*first), resolve_source(*second)
    assert a.known and b.known
    assert a.id != b.id


@pytest.mark.parametrize(
    ("surface", "lang"),
    [
        ("Iranian Foreign Ministry", "en"),
        ("Pakistani Defence Ministry", "en"),
        ("Russian Interior Ministry", "en"),
        ("Times of Oman", "en"),
        ("Press Trust of Pakistan", "en"),
        ("Yonhap TV", "en"),
        ("ईरानी विदेश मंत्रालय", "hi"),
        ("ચીનના વિદેશ ખાતા", "gu"),
        ("ایرانی وزارت خارجہ", "ur"),
        ("who", "en"),
        ("સંદેશ", "gu"),
        ("جنگ", "ur"),
    ],
)
def test_sources_resolve_never_merges_an_unknown_into_a_known(surface: str, lang: str) -> None:
    ref = resolve_source(surface, lang)
    assert not ref.known
    assert ref.id.startswith("x:")
    assert ref.score == 0.0


@pytest.mark.parametrize(
    ("expected", "surfaces"),
    [
        ("x:kim-jong-un", [("કિમ જોંગ ઉને", "gu"), ("किम जोंग उन ने", "hi"), ("किम जोंग उन यांनी", "mr"), ("Kim Jong Un's", "en")]),
        ("x:vladimir-putin", [("વ્લાદિમીર પુતિને", "gu"), ("व्लादिमीर पुतिन ने", "hi"), ("व्लादिमीर पुतिन यांनी", "mr")]),
        ("x:sargei-lavrov", [("સર્ગેઈ લાવરૉવે", "gu"), ("सर्गेई लावरोव ने", "hi"), ("सर्गेई लावरोव्ह यांनी", "mr")]),
        ("x:narendra-modi", [("નરેન્દ્ર મોદીએ", "gu"), ("नरेंद्र मोदी ने", "hi"), ("नरेंद्र मोदी यांनी", "mr")]),
        ("x:volodimir-jelenski", [("વોલોદિમીર ઝેલેન્સ્કીએ", "gu"), ("वोलोदिमीर ज़ेलेंस्की ने", "hi")]),
        ("x:shi-jinping", [("શી જિનપિંગે", "gu"), ("शी जिनपिंग ने", "hi"), ("शी जिनपिंग यांनी", "mr")]),
        ("x:donald-tramp", [("ડોનાલ્ડ ટ્રમ્પે", "gu"), ("डोनाल्ड ट्रंप ने", "hi"), ("डोनाल्ड ट्रम्प यांनी", "mr")]),
        ("x:benjamin-netanyahu", [("બેન્જામિન નેતન્યાહૂએ", "gu"), ("बेंजामिन नेतन्याहू ने", "hi")]),
        ("x:choi-son-hui", [("ચોઈ સોન હુઈએ", "gu"), ("चोई सोन हुई ने", "hi")]),
        ("x:pyongayang", [("પ્યોંગયાંગે", "gu"), ("प्योंगयांग ने", "hi"), ("प्योंगयांगने", "mr")]),
        ("x:yukren", [("યુક્રેને", "gu"), ("यूक्रेन ने", "hi"), ("युक्रेनने", "mr")]),
        ("x:pakistan", [("પાકિસ્તાને", "gu"), ("पाकिस्तान ने", "hi"), ("पाकिस्तानने", "mr")]),
        ("x:dimitri-peskov", [("દિમિત્રી પેસ્કોવે", "gu"), ("दिमित्री पेस्कोव ने", "hi"), ("दिमित्री पेस्कोव्ह यांनी", "mr")]),
        ("x:yun-suk-yol", [("યુન સુક યોલે", "gu"), ("यून सुक योल ने", "hi")]),
        ("x:taliban", [("તાલિબાને", "gu"), ("तालिबान ने", "hi"), ("तालिबानने", "mr")]),
        ("x:jayshankar", [("જયશંકરે", "gu"), ("जयशंकर ने", "hi"), ("जयशंकर यांनी", "mr")]),
    ],
)
def test_sources_unknown_id_is_the_same_across_scripts(expected: str, surfaces: list[tuple[str, str]]) -> None:
    assert [resolve_source(s, lang).id for s, lang in surfaces] == [expected] * len(surfaces)


def test_sources_unknown_keeps_cleaned_surface_as_name() -> None:
    assert resolve_source("કિમ જોંગ ઉને", "gu") == SourceRef(
        id="x:kim-jong-un", name="કિમ જોંગ ઉન", known=False, score=0.0
    )
    assert resolve_source("किम जोंग उन ने", "hi").name == "किम जोंग उन"
    assert resolve_source("“Kim Jong Un's”", "en").name == "Kim Jong Un"


def test_sources_unknown_untransliterable_script_gets_stable_hash_id() -> None:
    first = resolve_source("조선중앙통신", "ko")
    assert first.id.startswith("x:h") and len(first.id) == len("x:h") + 10
    assert resolve_source(" 조선중앙통신 ", "ko").id == first.id
    assert resolve_source("연합뉴스", "ko").id != first.id


def test_sources_empty_surface_is_unknown() -> None:
    assert resolve_source("  “” ", "gu") == SourceRef(id="x:", name="", known=False, score=0.0)


# --------------------------------------------------------------------------- transliteration


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("કિમ જોંગ ઉન", "gu", "kim jong un"),
        ("किम जोंग उन", "hi", "kim jong un"),
        ("યોનહાપ", "gu", "yonhap"),
        ("योनहाप", "mr", "yonhap"),
        ("یونہاپ", "ur", "yonhap"),
        ("लावरोव्ह", "mr", "lavrov"),
        ("લાવરૉવ", "gu", "lavrov"),
        ("નરેન્દ્ર મોદી", "gu", "narendra modi"),
        ("कमला", "hi", "kamla"),
        ("ज्ञान", "hi", "gyan"),
        ("KCNAના", "gu", "KCNAna"),
        ("Reuters", "en", "Reuters"),
    ],
)
def test_sources_transliterate_to_latin(text: str, lang: str, expected: str) -> None:
    assert transliterate_to_latin(text, lang) == expected


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("x:kim", "x:kim-jong-un", True),  # a surname for the full name
        ("x:km-jong-an", "x:kim-jong-un", True),  # Urdu writes no short vowels
        ("x:lavrof", "x:lavrov", True),  # spelt a little differently by another script
        ("x:kim-yo-jong", "x:kim-jong-un", False),  # two people who share names
        ("x:ban-desho", "x:both-countries", False),
        ("kcna", "x:kcna", False),
    ],
)
def test_sources_same_person(x: str, y: str, same: bool) -> None:
    from claimcheck.sources import same_person

    assert same_person(x, y) is same


def test_sources_names_unknown_source_needs_the_name_not_a_prefix_of_it() -> None:
    from claimcheck.sources import latin_words, names_unknown_source

    assert names_unknown_source("x:kim", latin_words("કિમે કહ્યું", "gu"))  # Kim + ergative
    assert not names_unknown_source("x:anderson", latin_words("trade and security", "en"))
    assert not names_unknown_source("x:theresa-may", latin_words("the talks", "en"))
    assert not names_unknown_source("x:minister", latin_words("the ministry", "en"))  # fuzzy only across scripts
    assert names_unknown_source("x:lavrov", latin_words("لاوروف نے کہا", "ur"), fuzzy=True)


def test_sources_collective_name_covers_its_members() -> None:
    from claimcheck.sources import covers

    assert covers("kp_state_media", "kcna") and covers("kcna", "kp_state_media")
    assert not covers("kcna", "yonhap")
