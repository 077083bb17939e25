"""Conflicts only where the same slot differs (issue 12, items 4 and 6).

Sentence pairs in several languages for each rule of :mod:`claimcheck.comparison`, then
the conflicts found between the gold-aligned members of ``fixtures/coverage/`` scored
against its gold: alignment is taken from the gold, so these figures measure the
comparison alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from claimcheck.api import analyze, analyze_inputs, article_from_text
from claimcheck.comparison import compare_members
from claimcheck.comparison._members import _Member
from claimcheck.comparison.names_check import _name_words, _whole_names
from claimcheck.render.markdown import comparison_markdown
from claimcheck.types import (
    Article,
    ClaimGroup,
    ClaimRef,
    Comparison,
    Difference,
    DifferenceCategory,
    DifferenceKind,
)

from .conftest import FIXTURES

COVERAGE = FIXTURES / "coverage"


@cache
def _article(text: str, lang: str, name: str) -> Article:
    (article,) = analyze([article_from_text(text, name=name, lang=lang)])
    return article


def _member(text: str, lang: str, name: str, quote: str | None = None) -> _Member:
    article = _article(text, lang, name)
    if quote is None:
        sentence = article.sentences[-1]
    else:
        position = article.text.find(quote)
        assert position >= 0, quote
        sentence = next(s for s in article.sentences if s.start <= position < s.end)
    return _Member(ClaimRef(article.id, sentence.index), article, sentence)


def _differences(a: tuple[str, str], b: tuple[str, str]) -> tuple[Difference, ...]:
    _, differences, _ = compare_members([_member(*a, "a.txt"), _member(*b, "b.txt")])
    return differences


def _conflicts(a: tuple[str, str], b: tuple[str, str], kind: DifferenceKind) -> list[Difference]:
    return [d for d in _differences(a, b) if d.kind is kind and d.category is DifferenceCategory.CONFLICT]


# -- values that fill another slot are no conflict -----------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            (
                "Ardenian President Nikolai Brandt and his Qazmiri counterpart Rustam Ismailov signed six agreements "
                "at talks in the port city of Koreva, state news agency ARNA said on Sunday.",
                "en",
            ),
            ("दोनों राष्ट्रपतियों ने शनिवार को कोरेवा में मुलाकात की और छह समझौतों पर हस्ताक्षर किए।", "hi"),
            id="en-hi-report-sunday-meeting-saturday",
        ),
        pytest.param(
            (
                "Ardenian President Nikolai Brandt and his Qazmiri counterpart Rustam Ismailov signed six agreements "
                "at talks in the port city of Koreva, state news agency ARNA said on Sunday.",
                "en",
            ),
            ("બંને રાષ્ટ્રપતિઓએ શનિવારે કોરેવા ખાતે મુલાકાત કરી હતી અને છ કરારો પર હસ્તાક્ષર કર્યા હતા.", "gu"),
            id="en-gu-report-sunday-meeting-saturday",
        ),
        pytest.param(
            ("The vote was held on Sunday, the Central Election Commission said on Tuesday.", "en"),
            ("केंद्रीय चुनाव आयोग ने मंगलवार को बताया कि मतदान रविवार को हुआ था।", "hi"),
            id="en-hi-same-roles",
        ),
        pytest.param(
            ("पड़ोसी देश से भेजे गए 9 ड्रोन बुधवार रात मार गिराए गए।", "hi"),
            ("ہمسایہ ملک سے داغے گئے 9 ڈرون جمعرات کی صبح مار گرائے گئے۔", "ur"),
            id="hi-ur-wednesday-night-is-thursday-morning",
        ),
        pytest.param(  # the day the exam was due describes the exam; the other, its cancelling
            ("विश्वविद्यालय ने मंगलवार को परीक्षा रद्द करने की घोषणा की।", "hi"),
            ("یونیورسٹی کا اتوار کو ہونے والا داخلہ امتحان منسوخ کر دیا گیا ہے۔", "ur"),
            id="hi-ur-the-exam-due-on-sunday",
        ),
        pytest.param(  # a day one side adds is no conflict
            ("The cyclone intensified on Tuesday night and may hit the coast on Thursday.", "en"),
            ("चक्रवात मंगलवार रात और तेज़ हो गया।", "hi"),
            id="en-hi-a-day-one-side-adds",
        ),
    ],
)
def test_conflicts_weekday_of_the_report_is_not_the_event_s(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _conflicts(a, b, DifferenceKind.WEEKDAY) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            ("Kalmora's High Court sentenced Reiner to seven years in prison on Tuesday.", "en"),
            ("काल्मोरा की हाईकोर्ट ने बुधवार को रेनर को सात साल कैद की सजा सुनाई।", "hi"),
            ("Tuesday", "Wednesday"),
            id="en-hi-ruling",
        ),
        pytest.param(
            ("Voters went to the polls in Lorvand on Sunday.", "en"),
            ("લોરવાન્ડમાં શનિવારે મતદાન યોજાયું હતું.", "gu"),
            ("Sunday", "Saturday"),
            id="en-gu-vote",
        ),
        pytest.param(  # a night runs into the next morning, not into its afternoon
            ("Authorities opened 15 gates of the Ukai dam on Sunday afternoon.", "en"),
            ("ઉકાઈ ડેમના ૧૫ દરવાજા શનિવારે રાત્રે ખોલવામાં આવ્યા.", "gu"),
            ("Sunday", "Saturday"),
            id="en-gu-night-and-next-afternoon",
        ),
        pytest.param(  # two nights; the day both name later does not pair them
            ("ચક્રવાત મંગળવારે રાત્રે અતિ તીવ્ર બન્યું છે અને ગુરુવારે દરિયાકાંઠે ટકરાય તેવી શક્યતા છે.", "gu"),
            ("سمندری طوفان بدھ کی رات انتہائی شدید ہو گیا اور جمعرات کو ساحل سے ٹکرانے کا امکان ہے۔", "ur"),
            ("Tuesday", "Wednesday"),
            id="gu-ur-two-nights",
        ),
        pytest.param(  # "होने वाला है" is the predicate: the vote's own day
            ("चुनाव रविवार को होने वाला है।", "hi"),
            ("انتخابات جمعہ کو ہوں گے۔", "ur"),
            ("Sunday", "Friday"),
            id="hi-ur-due-as-predicate",
        ),
    ],
)
def test_conflicts_weekday_of_the_same_event_differs(
    a: tuple[str, str], b: tuple[str, str], values: tuple[str, str]
) -> None:
    (conflict,) = _conflicts(a, b, DifferenceKind.WEEKDAY)
    assert tuple(side.value for side in conflict.sides) == values
    assert conflict.rule == "weekday.event"
    assert conflict.confidence >= 0.8
    assert all(side.spans for side in conflict.sides)


def test_conflicts_a_dateline_gives_no_date_of_the_claim() -> None:
    a = ("LISDEN, Nov 24 (Reuters) - The court will hear the appeal in January.", "en")
    b = ("The court will hear the appeal in January, his lawyer said on 23 November.", "en")
    assert [d for d in _differences(a, b) if d.kind is DifferenceKind.DATE] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("Thousands of troops took part in the exercise.", "en"),
            ("11,000 troops took part in the exercise.", "en"),
            id="en-thousands-11000",
        ),
        pytest.param(
            ("हज़ारों सैनिकों ने अभ्यास में हिस्सा लिया।", "hi"),
            ("11,000 troops took part in the exercise.", "en"),
            id="hi-en-thousands-11000",
        ),
        pytest.param(
            ("More than 10,000 troops took part in the exercise.", "en"),
            ("અભ્યાસમાં 11,000 સૈનિકોએ ભાગ લીધો હતો.", "gu"),
            id="en-gu-more-than-10000-11000",
        ),
        pytest.param(
            ("At least 14 people were killed in the attack.", "en"),
            ("حملے میں کم از کم 16 افراد ہلاک ہوئے۔", "ur"),
            id="en-ur-two-lower-bounds",
        ),
        pytest.param(
            ("Turnout was 61.3 percent.", "en"),
            ("मतदान करीब 61 प्रतिशत रहा।", "hi"),
            id="en-hi-about-61-percent",
        ),
        pytest.param(
            ("Democratic Renewal won 142 of the 250 seats.", "en"),
            ("डेमोक्रेटिक रिन्यूअल ने 250 में से 142 सीटें जीतीं।", "hi"),
            id="en-hi-142-of-250",
        ),
        pytest.param(
            ("Rescuers recovered 16 more bodies from the rubble.", "en"),
            ("बचावकर्मियों ने मलबे से कुल 47 शव निकाले।", "hi"),
            id="en-hi-new-vs-total",
        ),
        pytest.param(
            ("A drone hit a fuel depot in Belin province, injuring three soldiers.", "en"),
            ("خبر رساں ادارے رائٹرز نے بتایا کہ ایک ڈرون بیلن صوبے میں ایندھن کے ڈپو پر گرا جس سے تین فوجی زخمی ہوئے۔", "ur"),
            id="en-ur-a-drone-is-no-count",
        ),
        pytest.param(  # a toll that rises through the day
            ("The agency said 58 people were injured.", "en"),
            ("At least 47 people have been killed and 212 injured, the agency said.", "en"),
            id="en-running-toll",
        ),
        pytest.param(  # what was asked for is not what was given
            ("Prosecutors had sought 12 years.", "en"),
            ("عدالت نے انہیں دس سال قید کی سزا سنائی۔", "ur"),
            id="en-ur-sought-vs-sentenced",
        ),
        pytest.param(
            ("सरकारी पक्षाने 12 वर्षांच्या शिक्षेची मागणी केली होती.", "mr"),
            ("The court sentenced him to 10 years.", "en"),
            id="mr-en-demanded-vs-sentenced",
        ),
        pytest.param(  # a sum of money is no count of people
            ("Kesaria introduced a minimum wage of 1,000 dinars in 2024.", "en"),
            ("केसारिया में करीब नौ लाख भारतीय काम करते हैं।", "hi"),
            id="en-hi-dinars-vs-people",
        ),
    ],
)
def test_conflicts_vague_bounded_and_other_counts_are_compatible(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _conflicts(a, b, DifferenceKind.NUMBER) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            ("The two presidents signed six agreements.", "en"),
            ("दोनों राष्ट्रपतियों ने आठ समझौतों पर हस्ताक्षर किए।", "hi"),
            ("6 agreement", "8 agreement"),
            id="en-hi-six-eight-agreements",
        ),
        pytest.param(
            ("Democratic Renewal won 71 seats.", "en"),
            ("डेमोक्रेटिक रिन्यूअल को 74 सीटें मिलीं।", "hi"),
            ("71 seat", "74 seat"),
            id="en-hi-71-74-seats",
        ),
        pytest.param(  # people counted by what happened to them, slot by slot
            ("Twelve people were killed and at least 20 injured when the bus fell into a gorge.", "en"),
            ("बस के खाई में गिर जाने से 14 लोगों की मौत हो गई और 23 लोग घायल हो गए।", "hi"),
            ("12 killed", "14 killed"),
            id="en-hi-killed-and-injured",
        ),
        pytest.param(  # too few to be a day's rise
            ("Two people were killed in the blast.", "en"),
            ("धमाके में चार लोगों की मौत हो गई।", "hi"),
            ("2 killed", "4 killed"),
            id="en-hi-two-vs-four-dead",
        ),
        pytest.param(  # two demands compare with each other
            ("Prosecutors had sought 12 years.", "en"),
            ("अभियोजन पक्ष ने 10 साल की सज़ा की मांग की थी।", "hi"),
            ("12 year", "10 year"),
            id="en-hi-two-demands",
        ),
        pytest.param(  # "injuring seven" says what happened to them, as "زخمی" does
            ("A tanker overturned near Pabbi on Sunday, injuring seven people.", "en"),
            ("پبی کے قریب ایک ٹینکر الٹ گیا جس کے نتیجے میں نو افراد زخمی ہو گئے۔", "ur"),
            ("7 injured", "9 injured"),
            id="en-ur-injuring",
        ),
        pytest.param(  # "died" is the two workers', not the 23 others'
            ("Two workers died and 23 others were hospitalised after a chlorine leak.", "en"),
            ("ક્લોરિન ગેસ લીક થતાં ૨ કામદારોનાં મોત નીપજ્યાં હતાં, જ્યારે ૨૮ લોકોને સારવાર માટે હોસ્પિટલમાં ખસેડવા પડ્યા હતા.", "gu"),
            ("23 person", "28 person"),
            id="en-gu-others",
        ),
        pytest.param(  # "a total of" with no parts beside it is just the count
            ("A total of 42 patients were shifted to nearby hospitals.", "en"),
            ("આગ દરમિયાન હોસ્પિટલમાંથી 36 દર્દીઓને નજીકની અન્ય હોસ્પિટલોમાં ખસેડવામાં આવ્યા હતા.", "gu"),
            ("42 patient", "36 patient"),
            id="en-gu-a-total-of",
        ),
        pytest.param(  # "drowned" says what happened to them, as "मौत" does
            ("Eleven people drowned after the boat capsized.", "en"),
            ("नाव पलट गई, जिसमें नौ लोगों की डूबकर मौत हो गई।", "hi"),
            ("11 killed", "9 killed"),
            id="en-hi-drowned",
        ),
        pytest.param(
            # The arrest is the fourth word after the count in Urdu, the third after
            # dropping the postposition "کو" (as in Gujarati, which fuses its own).
            ("ساحل کے قریب 12 بھارتی ملاحوں کو گرفتار کر لیا گیا۔", "ur"),
            ("દરિયાકાંઠે 11 ભારતીય ખલાસીઓની ધરપકડ કરવામાં આવી.", "gu"),
            ("12 arrested", "11 arrested"),
            id="ur-gu-arrested-after-a-postposition",
        ),
        pytest.param(
            # Lives lost, in the words of each language ("जान जा चुकी", "बळी गेला").
            ("બાઢમાં અત્યાર સુધીમાં ૨૬ લોકોનાં મોત થયાં છે.", "gu"),
            ("बाढ़ से जुड़े हादसों में अब तक 31 लोगों की जान जा चुकी है।", "hi"),
            ("26 killed", "31 killed"),
            id="gu-hi-lives-lost",
        ),
        pytest.param(
            ("पुरात आतापर्यंत २६ जणांचा बळी गेला आहे.", "mr"),
            ("سیلاب میں اب تک 31 افراد کی جان جا چکی ہے۔", "ur"),
            ("26 killed", "31 killed"),
            id="mr-ur-lives-lost",
        ),
        pytest.param(
            ("The minimum wage was set at 1,000 dinars.", "en"),
            ("किमान वेतन 1,200 दिनार ठरवण्यात आले.", "mr"),
            ("1,000 dinar", "1,200 dinar"),
            id="en-mr-dinars",
        ),
    ],
)
def test_conflicts_counts_of_the_same_thing_differ(
    a: tuple[str, str], b: tuple[str, str], values: tuple[str, str]
) -> None:
    (conflict,) = _conflicts(a, b, DifferenceKind.NUMBER)
    assert tuple(side.value for side in conflict.sides) == values
    assert conflict.rule == "number.same_unit"
    assert all(side.spans for side in conflict.sides)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(  # a figure written in parts is stated to its last part's multiplier
            ("The minister presented a ₹3,48,210 crore budget on Wednesday.", "en"),
            ("નાણામંત્રીએ બુધવારે ૩ લાખ ૪૮ હજાર કરોડ રૂપિયાનું બજેટ રજૂ કર્યું.", "gu"),
            id="compound-crore",
        ),
        pytest.param(  # the rise is not the total
            ("The minister presented a ₹3,48,210 crore budget on Wednesday.", "en"),
            ("ગયા વર્ષની સરખામણીએ બજેટમાં ₹૩૭,૩૧૦ કરોડનો વધારો થયો છે.", "gu"),
            id="increase-noun",
        ),
        pytest.param(  # six arrested earlier against seven in all
            ("या प्रकरणात यापूर्वी सहा जणांना अटक करण्यात आली होती.", "mr"),
            ("આ કેસમાં અત્યાર સુધીમાં કુલ સાત આરોપીઓની ધરપકડ થઈ છે.", "gu"),
            id="earlier-count",
        ),
    ],
)
def test_conflicts_figures_of_other_slots_or_precision_do_not_conflict(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _conflicts(a, b, DifferenceKind.NUMBER) == []


def test_conflicts_a_day_within_a_period_from_the_other_is_no_conflict() -> None:
    # "on strike since Tuesday" holds on Wednesday; "began on Monday" does not fit it.
    since = ("ینگ ڈاکٹرز منگل سے ہڑتال پر ہیں۔", "ur")
    later = ("Hospital outpatient departments remained shut on Wednesday as doctors pressed on with the strike.", "en")
    before = ("Young doctors began their strike on Monday.", "en")
    assert _conflicts(later, since, DifferenceKind.WEEKDAY) == []
    (conflict,) = _conflicts(before, since, DifferenceKind.WEEKDAY)
    assert conflict.rule == "weekday.event"


def test_conflicts_a_denial_word_written_as_two_words() -> None:
    from claimcheck.comparison.negation_check import _mentions_denial

    assert _mentions_denial(_member("سیکریٹری صحت نے نجکاری کی خبروں کو بے بنیاد قرار دیا۔", "ur", "a.txt"))


def test_conflicts_an_office_alone_is_no_named_speaker() -> None:
    # "Parmar" against "the finance minister" (a compound office with its ergative) may
    # be one person: no source conflict.
    a = ("Finance Minister Harshad Parmar presented the budget. Parmar announced that 14,000 teacher posts would be filled.", "en")
    b = ("નાણામંત્રી હર્ષદ પરમારે બજેટ રજૂ કર્યું. શિક્ષકોની ચૌદ હજાર જગ્યાઓ ભરવામાં આવશે, એમ નાણામંત્રીએ જણાવ્યું હતું.", "gu")
    assert _conflicts(a, b, DifferenceKind.SOURCE) == []


def test_conflicts_two_different_bounds_are_a_detail_not_a_conflict() -> None:
    a = ("North Korea has sent at least 100 ballistic missiles.", "en")
    b = ("North Korea has sent at least 200 ballistic missiles.", "en")
    (difference,) = [d for d in _differences(a, b) if d.kind is DifferenceKind.NUMBER]
    assert difference.category is DifferenceCategory.ONE_SIDE
    assert difference.rule == "number.different_bounds"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("The agreements cover not only energy but also transport.", "en"),
            ("આ કરારો માત્ર ઊર્જા જ નહીં, પરંતુ પરિવહનને પણ આવરી લે છે.", "gu"),
            id="en-gu",
        ),
        pytest.param(
            ("The agreements cover energy and transport.", "en"),
            ("ये समझौते न केवल ऊर्जा बल्कि परिवहन को भी कवर करते हैं।", "hi"),
            id="en-hi",
        ),
        pytest.param(
            ("The agreements cover energy and transport.", "en"),
            ("یہ معاہدے نہ صرف توانائی بلکہ نقل و حمل کا بھی احاطہ کرتے ہیں۔", "ur"),
            id="en-ur",
        ),
        pytest.param(  # negation inside the word, which Gujarati writes as two
            ("Property tax rates for residential buildings will remain unchanged.", "en"),
            ("રહેણાક મિલકતોના પ્રોપર્ટી ટેક્સના દરમાં કોઈ ફેરફાર કરાયો નથી.", "gu"),
            id="en-gu-unchanged",
        ),
        pytest.param(  # an attributive participle describes the well: no predicate negated
            ("Forest officials rescued a leopard that had fallen into an open well on March 3.", "en"),
            ("कठडे नसलेल्या विहिरीत पडलेल्या बिबट्याला वन विभागाने ३ मार्च रोजी सुखरूप बाहेर काढले.", "mr"),
            id="en-mr-well-without-walls",
        ),
        pytest.param(  # a cause given as a converb on both sides
            ("बिजली न होने से शहर के कई चौराहों पर ट्रैफिक सिग्नल बंद हो गए।", "hi"),
            ("वीज नसल्याने शहरातील अनेक चौकांतील सिग्नल बंद पडले.", "mr"),
            id="hi-mr-for-want-of-power",
        ),
        pytest.param(  # negation inside the word, which Marathi writes as two
            ("The trial is unlikely to begin soon, the court observed.", "en"),
            ("खटला लवकर सुरू होण्याची शक्यता नाही, असे निरीक्षण न्यायालयाने नोंदवले.", "mr"),
            id="en-mr-unlikely",
        ),
        pytest.param(  # "not only" over a whole clause, its "but" far after
            ("The administration advised people to stay indoors from noon to 4 pm and set up heatstroke wards.", "en"),
            ("जिला प्रशासन ने न केवल लोगों को दोपहर 12 से 4 बजे तक घर से बाहर न निकलने की सलाह दी है, बल्कि "
             "सरकारी अस्पतालों में लू के मरीजों के लिए अलग वार्ड भी तैयार किए हैं।", "hi"),
            id="en-hi-not-only-long",
        ),
    ],
)
def test_conflicts_not_only_but_also_is_no_negation(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert [d for d in _differences(a, b) if d.kind is DifferenceKind.NEGATION] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("Brandt and Ismailov did not hold a joint news conference after the talks.", "en"),
            ("برانٹ اور اسماعیلوف نے مذاکرات کے بعد مشترکہ پریس کانفرنس سے خطاب کیا۔", "ur"),
            id="en-ur",
        ),
        pytest.param(
            ("Zarin City's airport was not damaged.", "en"),
            ("ज़रीन सिटी के हवाई अड्डे को भी नुकसान पहुंचा है।", "hi"),
            id="en-hi",
        ),
    ],
)
def test_conflicts_the_same_predicate_negated_on_one_side(a: tuple[str, str], b: tuple[str, str]) -> None:
    (conflict,) = _conflicts(a, b, DifferenceKind.NEGATION)
    assert conflict.rule == "negation.one_side"
    assert [side.value for side in conflict.sides] == ["negated", "affirmed"]
    assert conflict.sides[0].spans


def test_conflicts_a_day_after_is_no_rate() -> None:
    a = ("Twelve people were killed in the blast, a day after the ceasefire, police said.", "en")
    b = ("संघर्षविराम के अगले दिन हुए धमाके में 14 लोगों की मौत हो गई।", "hi")
    (conflict,) = _conflicts(a, b, DifferenceKind.NUMBER)
    assert {side.value for side in conflict.sides} == {"12 killed", "14 killed"}


def test_conflicts_a_negative_word_is_no_denial() -> None:
    from claimcheck.comparison.negation_check import _mentions_denial

    assert not _mentions_denial(_member("बाजार में नकारात्मक रुझान देखा गया।", "hi", "a.txt"))
    assert _mentions_denial(_member("अधिकारियों ने इस खबर से इनकार किया।", "hi", "a.txt"))


def test_conflicts_an_office_is_a_word_or_a_word_with_a_case_ending() -> None:
    from claimcheck.comparison.speakers_check import _after_title
    from claimcheck.names import keyed_words

    def words(text: str, lang: str):  # type: ignore[no-untyped-def]
        return [w for w in keyed_words(text, lang)]

    assert _after_title(words("پولیس کے ترجمان وزیر شاہد حسین", "ur"), "ur")
    assert not _after_title(words("شمالی وزیرستان پولیس ترجمان", "ur"), "ur")


def test_conflicts_a_negation_inside_a_word_alone_is_a_detail() -> None:
    a = ("The boy was rescued unharmed from a house in Barabanki district early on Tuesday, police said.", "en")
    b = ("पुलिस ने मंगलवार तड़के बाराबंकी जिले के एक मकान से बच्चे को सकुशल बरामद कर लिया।", "hi")
    (negation,) = [d for d in _differences(a, b) if d.kind is DifferenceKind.NEGATION]
    assert negation.rule == "negation.inner_word"
    assert negation.category is DifferenceCategory.ONE_SIDE


def test_conflicts_a_place_one_script_writes_as_two_words() -> None:
    a = ("The boy was rescued from a house in Barabanki district on Tuesday.", "en")
    b = ("بچے کو منگل کی صبح بارہ بنکی ضلع کے ایک مکان سے بازیاب کرا لیا گیا۔", "ur")
    assert [d for d in _differences(a, b) if d.rule == "name.different_place"] == []


def test_conflicts_a_rate_is_compared_with_a_rate_only() -> None:
    daily = ("यंत्रमाग बंद असल्याने दररोज सुमारे २५ कोटी रुपयांचे नुकसान होत होते, असे व्यापाऱ्यांनी सांगितले.", "mr")
    so_far = ("تاجروں کے مطابق ہڑتال سے اب تک تقریباً 300 کروڑ روپے کا نقصان ہو چکا ہے۔", "ur")
    assert _conflicts(daily, so_far, DifferenceKind.NUMBER) == []
    # Two rates, the period far from the count on one side: still one slot.
    a = ("Around 12,000 passengers use the catamaran and launch services on the route every day, operators said.", "en")
    b = ("या मार्गावर दररोज सुमारे आठ हजार प्रवासी कॅटामरान आणि लाँचने प्रवास करतात, अशी माहिती बोटचालकांनी दिली.", "mr")
    (conflict,) = _conflicts(a, b, DifferenceKind.NUMBER)
    assert {side.value for side in conflict.sides} == {"about 12,000", "about 8,000"}


def test_conflicts_a_denied_statement_against_the_same_statement_affirmed() -> None:
    # The spokesman denies, with a clause after "کہ", what the other article states.
    a = (
        "ایس بی سی اے کے ترجمان نے ان خبروں کی تردید کی کہ عمارت کو پہلے ہی خطرناک قرار دیا جا چکا تھا۔",
        "ur",
    )
    b = ("The building authority had declared the structure dangerous last year, an official said.", "en")
    (conflict,) = _conflicts(a, b, DifferenceKind.NEGATION)
    assert [side.value for side in conflict.sides] == ["negated", "affirmed"]
    assert [span.text for span in conflict.sides[0].spans] == ["تردید کی"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(  # a noun phrase denied names a claim; the other side names none
            ("सरकार ने इस मामले में किसी भी तरह की भूमिका से इनकार किया है।", "hi"),
            ("The government has denied any role in the case.", "en"),
            id="hi-noun-phrase-denied",
        ),
        pytest.param(
            ("The Pakistan Army denied the allegation.", "en"),
            ("پاکستانی فوج نے ان الزامات کی تردید کی ہے۔", "ur"),
            id="en-ur-allegation-denied",
        ),
        pytest.param(  # both deny the same statement
            ("The company denied that its plant had been sealed by the drug regulator.", "en"),
            ("कंपनी ने इस बात का खंडन किया कि उसके संयंत्र को दवा नियामक ने सील कर दिया था।", "hi"),
            id="en-hi-both-deny",
        ),
        pytest.param(  # a court rejects a plea: an act, not a denial
            ("The trader's earlier bail plea had been rejected by a sessions court in May.", "en"),
            ("यापूर्वी मे महिन्यात सत्र न्यायालयाने त्यांचा जामीन अर्ज फेटाळला होता.", "mr"),
            id="en-mr-plea-rejected",
        ),
        pytest.param(  # "baseless" is a word of denial
            ("Officials denied that cracks had been found in the bridge deck.", "en"),
            ("पुलाच्या स्लॅबला तडे गेल्याच्या समाजमाध्यमांवरील चर्चा निराधार असल्याचे अधिकाऱ्यांनी स्पष्ट केले.", "mr"),
            id="en-mr-baseless",
        ),
        pytest.param(  # one denial: a clause denied on one side, a noun phrase on the other
            ("Pakistan's military denied that its troops had opened fire in the Kotli sector.", "en"),
            ("پاکستانی فوج نے اپنے دستوں کی جانب سے فائرنگ کی تردید کی۔", "ur"),
            id="en-ur-clause-and-noun-phrase-denied",
        ),
    ],
)
def test_conflicts_no_negation_from_a_denial_both_report_or_a_noun_phrase(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _conflicts(a, b, DifferenceKind.NEGATION) == []


@pytest.fixture(scope="module")
def encode() -> Callable[[list[str]], np.ndarray]:
    from claimcheck.embedding import get_embedder

    return get_embedder(None).encode


@pytest.mark.parametrize(
    ("a", "b", "category"),
    [
        pytest.param(  # "not hurt" is said of a part the other does not state
            ("Khade said the leopard was not hurt and would be released into the wild after a medical examination.", "en"),
            ("वैद्यकीय तपासणीनंतर बिबट्याला नैसर्गिक अधिवासात सोडण्यात येणार आहे.", "mr"),
            DifferenceCategory.ONE_SIDE,
            id="other-part",
        ),
        pytest.param(  # "though" joins two clauses; the negated one is not the other's
            ("The exam was not cancelled at any centre, though 14 candidates were caught using unfair means.", "en"),
            ("अनुचित साधनों का प्रयोग करते हुए चौदह अभ्यर्थी पकड़े गए।", "hi"),
            DifferenceCategory.ONE_SIDE,
            id="though",
        ),
        pytest.param(  # the negated clause is as close as the other: the same claim
            ("Domestic workers are not covered by the job-change rule, which applies only to workers under the labour law.", "en"),
            ("यह नियम घरेलू कामगारों पर भी लागू होगा।", "hi"),
            DifferenceCategory.CONFLICT,
            id="same-part",
        ),
        pytest.param(  # the negated clause names the outcome the other states: the same claim
            ("Police said an FIR had been lodged against the bank manager under the cheating act, but no arrests have been made yet.", "en"),
            ("पुलिस ने बैंक मैनेजर के खिलाफ धोखाधड़ी का मामला दर्ज कर दो लोगों को गिरफ्तार किया है।", "hi"),
            DifferenceCategory.CONFLICT,
            id="negated-outcome",
        ),
    ],
)
def test_conflicts_negation_in_a_part_the_other_does_not_state(
    a: tuple[str, str], b: tuple[str, str], category: DifferenceCategory, encode: Callable[[list[str]], np.ndarray]
) -> None:
    _, differences, _ = compare_members([_member(*a, "a.txt"), _member(*b, "b.txt")], encode=encode)
    (negation,) = [d for d in differences if d.kind is DifferenceKind.NEGATION]
    assert negation.category is category


def test_conflicts_a_given_name_spelt_loosely_is_no_shared_name() -> None:
    # "Prashant" loosely matches पहाटे ("pahate", at dawn); the word after it is no surname.
    a = (
        "Khade said the leopard would be released. "
        "The leopard was spotted by farm workers early in the morning, range forest officer Prashant Khade said.",
        "en",
    )
    b = ("वनक्षेत्रपाल प्रशांत खाडे यांनी माहिती दिली. शेतातील विहिरीत पहाटे मजुरांना हा बिबट्या दिसला.", "mr")
    assert [d for d in _differences(a, b) if d.rule == "name.different_ending"] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(  # an office before the names: "Tomar" and "पींचा" are persons' surnames
            (
                '"Rescue teams worked through the night to pull out the injured," District Magistrate Vineet Tomar said.',
                "en",
            ),
            ('"बचाव दलों ने रातभर अभियान चलाकर घायलों को बाहर निकाला," पुलिस अधीक्षक देवेंद्र पींचा ने बताया।', "hi"),
            id="en-hi-offices",
        ),
        pytest.param(
            ('"The shelling damaged houses in two villages," Deputy Commissioner Vikas Sharma said.', "en"),
            ('"شیلنگ سے دو دیہات میں مکانات کو نقصان پہنچا،" ایس ایس پی پونچھ سنجیو کمار نے کہا۔', "ur"),
            id="en-ur-offices-and-a-district",
        ),
    ],
)
def test_conflicts_one_quote_two_speakers_with_offices(a: tuple[str, str], b: tuple[str, str]) -> None:
    (conflict,) = _conflicts(a, b, DifferenceKind.SOURCE)
    assert conflict.rule == "source.different_named_speaker"


def test_conflicts_two_people_named_as_the_speaker() -> None:
    a = ("His lawyer, Mila Koren, said he would appeal to the Supreme Court within 30 days.", "en")
    b = ("राइनर की वकील मिला कोवाच ने कहा कि वे 30 दिन के भीतर सुप्रीम कोर्ट में अपील करेंगे।", "hi")
    (conflict,) = _conflicts(a, b, DifferenceKind.NAME)
    assert conflict.rule == "name.different_speaker"
    assert "Mila Koren" in conflict.sides[0].value
    assert "मिला कोवाच" in conflict.sides[1].value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("Rescuers are still searching for survivors in the village of Tarnok, where a school building collapsed.", "en"),
            ("બેલ્કા ગામમાં શાળાની ઇમારત ધરાશાયી થઈ છે, જ્યાં બચાવ ટુકડીઓ હજુ પણ શોધ કરી રહી છે.", "gu"),
            id="en-gu",
        ),
        pytest.param(  # the district named first is no village
            ("बनासकांठा जिले के जसरा गांव में दूषित पानी पीने से उल्टी-दस्त फैल गया है।", "hi"),
            ("બનાસકાંઠા જિલ્લાના રામપુરા ગામમાં દૂષિત પાણી પીવાથી ઝાડા-ઊલટીનો રોગચાળો ફાટી નીકળ્યો છે.", "gu"),
            id="hi-gu-village-after-district",
        ),
        pytest.param(
            ("तारनोक गांव में एक स्कूल की इमारत ढह गई।", "hi"),
            ("بیلکا گاؤں میں ایک اسکول کی عمارت گر گئی۔", "ur"),
            id="hi-ur",
        ),
    ],
)
def test_conflicts_two_names_for_one_place(a: tuple[str, str], b: tuple[str, str]) -> None:
    (conflict,) = _conflicts(a, b, DifferenceKind.NAME)
    assert conflict.rule == "name.different_place"
    assert "village" in conflict.detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(  # one place, spelt in two scripts
            ("The quake hit near the town of Dolmac at 4:12 a.m.", "en"),
            ("डोलमाक कस्बे के पास सुबह 4 बजकर 12 मिनट पर भूकंप आया।", "hi"),
            id="one-place",
        ),
        pytest.param(  # a name belongs to the nearest kind word: Rasulpur is the village
            ("बाराबंकी जिले के रसूलपुर गांव में धमाका हुआ।", "hi"),
            ("بارہ بنکی: ضلع کے رسول پور گاؤں میں دھماکہ ہوا۔", "ur"),
            id="hi-ur-district-and-village",
        ),
        pytest.param(  # the other article knows Tarnok: a detail left out, not another answer
            (
                "Tarnok lies in the hills above Dolmac. Rescuers are searching the village of Tarnok, "
                "where a school collapsed.",
                "en",
            ),
            ("તારનોક ડોલમાક પાસે આવેલું છે. બેલ્કા ગામમાં શાળાની ઇમારત ધરાશાયી થઈ છે.", "gu"),
            id="known-elsewhere",
        ),
    ],
)
def test_conflicts_no_two_places_without_two_names(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert [d for d in _differences(a, b) if d.rule == "name.different_place"] == []


def test_conflicts_one_claim_credited_to_two_named_people() -> None:
    # The Urdu report names Brandt elsewhere, and credits this claim to someone else.
    a = ('Brandt met Ismailov in Koreva on Saturday. "Qazmir is our most reliable partner," Brandt told reporters.', "en")
    b = (
        "برانٹ نے ہفتے کے روز کوریوا میں اسماعیلوف سے ملاقات کی۔ "
        "آرڈینیا کے وزیر خارجہ وکٹر لانگ نے کہا کہ قازمیر ہمارا سب سے قابل اعتماد شراکت دار ہے۔",
        "ur",
    )
    (conflict,) = _conflicts(a, b, DifferenceKind.SOURCE)
    assert conflict.rule == "source.different_named_speaker"
    assert [side.spans[0].text for side in conflict.sides] == ["Brandt", "لانگ"]


def test_conflicts_one_claim_credited_to_two_persons() -> None:
    # Neither name is in the other article; both read as persons (a surname that is no
    # English word after a given name, against two rare Devanagari words).
    a = ("A short circuit in the ICU is the likely cause, chief fire officer Ilesh Kher said.", "en")
    b = ("जिला कलेक्टर नीरज व्यास ने कहा कि प्रथम दृष्टया आग आईसीयू में शॉर्ट सर्किट से लगी।", "hi")
    (conflict,) = _conflicts(a, b, DifferenceKind.SOURCE)
    assert conflict.rule == "source.different_named_speaker"
    assert [side.spans[0].text for side in conflict.sides] == ["Kher", "व्यास"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(  # an organisation: its last word is translated, not transliterated
            ("The USGS recorded the quake. The quake was 10 km deep, the U.S. Geological Survey said.", "en"),
            ("USGS એ ભૂકંપ નોંધ્યો. અમેરિકી ભૂસ્તરશાસ્ત્રીય સર્વેક્ષણ (USGS)ના જણાવ્યા અનુસાર ભૂકંપ 10 કિમી ઊંડો હતો.", "gu"),
            id="organisation",
        ),
        pytest.param(  # a body of people ("the zoo's authorities"), however rare its words
            ("The cubs were born on Tuesday night, zoo director Abhishek Kumar said.", "en"),
            ("ઝૂના નિયામક અભિષેક કુમારે માહિતી આપી. ઝૂના સત્તાવાળાઓના જણાવ્યા મુજબ, બચ્ચાંનો જન્મ મંગળવારે રાત્રે થયો હતો.", "gu"),
            id="authorities",
        ),
        pytest.param(  # an organisation named in full in each language, nowhere else
            ("Relief camps were set up in 12 villages, the National Disaster Management Authority said.", "en"),
            ("राष्ट्रीय आपदा प्रबंधन प्राधिकरण ने बताया कि 12 गांवों में राहत शिविर लगाए गए।", "hi"),
            id="organisation-in-full",
        ),
        pytest.param(  # a title names nobody in particular
            ("Brandt met Ismailov on Saturday. The pipeline will be built by 2030, Brandt said.", "en"),
            ("ब्रांट ने शनिवार को इस्माइलोव से मुलाकात की। राष्ट्रपति ने कहा कि पाइपलाइन 2030 तक बनेगी।", "hi"),
            id="title",
        ),
        pytest.param(  # a news agency's acronym spelt in Devanagari is no surname
            ("Labour Minister Yusuf Al-Marri spoke on Monday. The rules take effect next year, Al-Marri said.", "en"),
            ("अल-मर्री ने सोमवार को बात की। केएनए ने बताया कि नियम अगले साल से लागू होंगे।", "hi"),
            id="acronym",
        ),
        pytest.param(  # plural descriptions, the same word in two Indic languages
            ("બંને દેશો વચ્ચે વાતચીત થઈ. બંને દેશોએ સહયોગ વધારવા સંમતિ આપી હોવાનું જણાવ્યું.", "gu"),
            ("दोन्ही देशांमध्ये चर्चा झाली. दोन्ही देशांनी सहकार्य वाढवण्यास सहमती दिल्याचे सांगितले.", "mr"),
            id="plural-description",
        ),
    ],
)
def test_conflicts_no_two_speakers_without_two_names(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert [d for d in _differences(a, b) if d.rule == "source.different_named_speaker"] == []


@pytest.mark.parametrize(
    ("a", "b", "not_names"),
    [
        pytest.param(
            ("Leader Kim Jong Un said North Korea fully supports Russia.", "en"),
            ("किम ने कहा कि उत्तर कोरिया रूस का पूरा समर्थन करता है।", "hi"),
            {"North", "Korea", "Jong", "Un", "Kim Jong Un", "North Korea"},
            id="en-hi-split-names",
        ),
        pytest.param(
            ("ઉત્તર કોરિયા રશિયાને સંપૂર્ણ સમર્થન આપે છે, કિમે કહ્યું.", "gu"),
            ("North Korea fully supports Russia, Kim said.", "en"),
            {"સમર્થન"},
            id="gu-en-samarthan-is-a-common-noun",
        ),
    ],
)
def test_conflicts_names_are_whole_proper_names(a: tuple[str, str], b: tuple[str, str], not_names: set[str]) -> None:
    names = {side.value for d in _differences(a, b) if d.kind is DifferenceKind.NAME for side in d.sides}
    assert not names & not_names


@pytest.mark.parametrize(
    ("word", "lang", "name"),
    [
        ("Monday", "en", False),  # a weekday is the date checks' business
        ("May", "en", True),  # ... but not an ambiguous one (Theresa May)
        ("November", "en", False),
        ("Dolmac", "en", True),
        ("સોમવારે", "gu", False),  # Monday, with its case ending
        ("ભૂકંપમાં", "gu", False),  # "in the earthquake": 5 pieces as written, भूकंप is one
        ("સમર્થન", "gu", False),  # support
        ("રાષ્ટ્રપતિ", "gu", False),  # president
        ("ડોલમાકની", "gu", True),  # Dolmac's
        ("લાવરૉવે", "gu", True),  # Lavrov (ergative)
        ("ઇસ્માઇલોવે", "gu", True),
        ("सोमवार", "hi", False),
        ("दोलमाक", "hi", True),
    ],
)
def test_conflicts_what_looks_like_a_name(word: str, lang: str, name: bool) -> None:
    from claimcheck.names import _looks_like_name

    assert _looks_like_name(word, 5, lang) is name


def test_conflicts_a_possessive_ends_a_name() -> None:
    member = _member("The quake struck Kestovia's Zarin province, O'Neill said.", "en", "possessive.txt")
    assert [[w[2] for w in name] for name in _whole_names(member, _name_words(member))] == [
        ["Kestovia"],
        ["Zarin"],
        ["O", "Neill"],
    ]


def test_conflicts_one_difference_however_many_members_show_it() -> None:
    # Four reports; one says eight agreements, three say six: one conflict, not three.
    six = "The two presidents signed six agreements on Saturday."
    members = [
        _member(six, "en", "a.txt"),
        _member("दोनों राष्ट्रपतियों ने शनिवार को आठ समझौतों पर हस्ताक्षर किए।", "hi", "b.txt"),
        _member(six, "en", "c.txt"),
        _member(six, "en", "d.txt"),
    ]
    _, differences, _ = compare_members(members)
    (conflict,) = [d for d in differences if d.category is DifferenceCategory.CONFLICT]
    assert [(s.claim.article, s.value) for s in conflict.sides] == [
        ("a.txt", "6 agreement"), ("b.txt", "8 agreement"), ("c.txt", "6 agreement"), ("d.txt", "6 agreement")
    ]
    assert conflict.detail == "6 agreement (a.txt, c.txt, d.txt) vs 8 agreement (b.txt)"


def test_conflicts_whole_names_join_capitalised_words() -> None:
    member = _member("Talks between Kim Jong Un and Sergei Lavrov were held in North Korea.", "en", "names.txt")
    assert [[w[2] for w in name] for name in _whole_names(member, _name_words(member))] == [
        ["Kim", "Jong", "Un"],
        ["Sergei", "Lavrov"],
        ["North", "Korea"],
    ]


def test_conflicts_every_difference_carries_its_evidence() -> None:
    a = ("The two presidents signed six agreements on Saturday, ARNA said.", "en")
    b = ("दोनों राष्ट्रपतियों ने रविवार को आठ समझौतों पर हस्ताक्षर किए।", "hi")
    differences = _differences(a, b)
    assert {d.kind for d in differences} >= {DifferenceKind.NUMBER, DifferenceKind.WEEKDAY, DifferenceKind.ATTRIBUTION}
    for d in differences:
        assert d.rule
        assert 0 <= d.confidence <= 1
    (attribution,) = [d for d in differences if d.kind is DifferenceKind.ATTRIBUTION]
    assert attribution.category is DifferenceCategory.ATTRIBUTION


def test_conflicts_agreements_say_what_was_checked() -> None:
    a = ("The two presidents signed six agreements on Saturday, ARNA said.", "en")
    b = ("आरना ने कहा कि दोनों राष्ट्रपतियों ने शनिवार को छह समझौतों पर हस्ताक्षर किए।", "hi")
    _, differences, checked = compare_members([_member(*a, "a.txt"), _member(*b, "b.txt")])
    assert differences == ()
    assert "same number: 6 agreement" in checked
    assert "same weekday: Saturday" in checked


def test_conflicts_markdown_separates_conflicts_and_says_when_nothing_disagrees() -> None:
    a = _member("The two presidents signed six agreements.", "en", "a.txt")
    b = _member("दोनों राष्ट्रपतियों ने आठ समझौतों पर हस्ताक्षर किए।", "hi", "b.txt")
    c = _member("The two presidents signed six agreements.", "en", "c.txt")
    groups = []
    for n, (x, y) in enumerate(((a, b), (a, c)), start=1):
        agreements, differences, checked = compare_members([x, y])
        groups.append(ClaimGroup(n, (x.ref, y.ref), 0.9, agreements, differences, True, checked))
    comparison = Comparison((a.article, b.article, c.article), tuple(groups), (), "test")
    text = comparison_markdown(comparison)
    assert "## Claim 1: conflicts (number)" in text
    # The rule's name is escaped like all text in Markdown output (issue 14).
    assert "- **conflict · number:** 6 agreement vs 8 agreement _(number.same\\_unit, 0.90)_" in text
    assert "## Claim 2: agrees" in text
    assert "- nothing disagrees" in text
    assert "same number: 6 agreement" in text.split("## Claim 2")[1]
    assert comparison.summary.conflicts == 1
    assert comparison.summary.groups_with_conflicts == 1


# -- gold-aligned conflicts on fixtures/coverage ---------------------------------------------


@dataclass(frozen=True)
class ConflictScore:
    """Conflicts found between gold-aligned members, scored against the gold."""

    right: int
    wrong: int
    found: int
    gold: int

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with runs of white space as one space, and where each character came from."""
    out, where = [], []
    for n, ch in enumerate(text):
        if ch.isspace() and out and out[-1] == " ":
            continue
        out.append(" " if ch.isspace() else ch)
        where.append(n)
    return "".join(out), where


def _gold_sentence(article: Article, quote: str) -> int | None:
    """The sentence of ``article`` that holds most of the gold member ``quote`` (HTML
    gold is written in the whitespace-collapsed visible text)."""
    text, where = _collapsed(article.text)
    quote = " ".join(quote.split())
    at = text.find(quote)
    if at < 0:
        return None
    start, end = where[at], where[at + len(quote) - 1] + 1
    overlaps = [(min(end, s.end) - max(start, s.start), s.index) for s in article.sentences]
    best = max(overlaps)
    return best[1] if best[0] > 0 else None


def score_conflicts(half: str) -> ConflictScore:
    """Compare the members of every gold group of one half of ``fixtures/coverage/`` and
    score the conflicts reported.

    A reported conflict is right when both its sentences are members of a group with a
    gold conflict of its kind, one holds the differing value and the other does not, and
    (for values with a place: numbers, dates, weekdays, names) a span of the side that
    holds it covers it; anything else (a non-conflict, a conflict of no gold) is wrong.
    """
    right = wrong = gold_total = 0
    found: set[tuple[str, int]] = set()
    for folder in sorted(p for p in COVERAGE.iterdir() if p.is_dir()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        if gold["half"] != half:
            continue
        articles, failures = analyze_inputs([str(folder / name) for name in gold["articles"]], cache=False)
        assert not failures
        by_file = {Path(a.path).name: a for a in articles}
        by_id = {a.id: a for a in articles}
        members: dict[str, list[tuple[ClaimRef, str]]] = {}
        for group in gold["groups"]:
            for m in group["members"]:
                article = by_file[m["file"]]
                index = _gold_sentence(article, m["sentence"])
                assert index is not None, (folder.name, m["file"], m["sentence"])
                ref = ClaimRef(article.id, index)
                if ref not in [r for r, _ in members.get(group["id"], [])]:
                    members.setdefault(group["id"], []).append((ref, m["sentence"]))
        conflicts = gold["conflicts"]
        gold_total += len(conflicts)
        for group in gold["groups"]:
            quoted = dict(members[group["id"]])
            resolved = [_Member(ref, by_id[ref.article], by_id[ref.article].sentences[ref.sentence]) for ref in quoted]
            _, differences, _ = compare_members(resolved)
            for d in differences:
                if d.category is not DifferenceCategory.CONFLICT:
                    continue
                refs = {side.claim for side in d.sides}
                texts = [quoted[side.claim] for side in d.sides]
                match = None
                for n, c in enumerate(conflicts):
                    in_group = {r for r, _ in members[c["group"]]}
                    if c["kind"] != d.kind.value or not refs <= in_group:
                        continue
                    value = c["values"][1]
                    holds = [value in t for t in texts]
                    if not any(holds) or all(holds):
                        continue
                    side = d.sides[holds.index(True)]
                    article = by_id[side.claim.article]
                    sentence = article.sentences[side.claim.sentence]
                    at = article.text.find(value, max(0, sentence.start - 5))
                    placed = c["kind"] in ("negation", "source") or any(
                        s.start < at + len(value) and at < s.end for s in side.spans
                    )
                    if at >= 0 and placed:
                        match = n
                if match is None:
                    wrong += 1
                else:
                    right += 1
                    found.add((folder.name, match))
    return ConflictScore(right, wrong, len(found), gold_total)


@pytest.fixture(scope="module")
def heldout_score() -> ConflictScore:
    return score_conflicts("heldout")


def test_conflicts_gold_aligned_heldout_precision_and_recall(heldout_score: ConflictScore) -> None:
    # Measured when the rules were set on the tuning half (tuning: P 0.94, R 0.70, 16
    # right, 1 wrong, 7 of 10 gold conflicts; held-out: P 1.00, R 0.80, 18 right, 0
    # wrong, 8 of 10). Since a difference stands for all the pairs that show it: tuning
    # 9 right, 0 wrong, 7 of 10; held-out 9 right, 0 wrong, 8 of 10. The wrong one on the tuning half is "$9.2 billion last year" read
    # as years by the quantities step. With the speaker and place rules, tuning 11 right,
    # 0 wrong, 9 of 10 (Tarnok / બેલ્કા and Brandt / وکٹر لانگ found); held-out the same.
    # Missed: 31 vs 34 dead beside other counts of unknown things (roles the rules
    # cannot see); two speakers of one quotation where one side's speech is not read as
    # attribution (defence / foreign ministry); "was present" against
    # "موجود نہیں تھے" where the affirming side holds a "no" of its own ("showed no reaction").
    assert heldout_score.gold == 10
    assert heldout_score.precision >= 0.9, heldout_score
    assert heldout_score.recall >= 0.8, heldout_score


def test_conflicts_none_between_articles_judged_different_events() -> None:
    # The same leaders met on Saturday (this report) and on Tuesday (a report of their
    # earlier meeting): with the articles judged different events, the weekday is a detail.
    a = _member("Brandt and Ismailov met in Koreva on Saturday.", "en", "a.txt")
    b = _member("Brandt and Ismailov met in Saryk on Tuesday.", "en", "b.txt")
    _, same_event, _ = compare_members([a, b])
    assert [d.category for d in same_event if d.kind is DifferenceKind.WEEKDAY] == [DifferenceCategory.CONFLICT]
    _, apart, _ = compare_members([a, b], {frozenset(("a.txt", "b.txt"))})
    weekdays = [d for d in apart if d.kind is DifferenceKind.WEEKDAY]
    assert weekdays and all(d.category is DifferenceCategory.ONE_SIDE for d in weekdays)


def test_conflicts_word_lists_come_from_each_language_data() -> None:
    from claimcheck.comparison.lexicon import table
    from claimcheck.lang import get_defaults

    assert table("clock", "hi") == frozenset(get_defaults("hi").dates.clock_words)
    assert "और" in table("increment_next", "hi")
    assert "बल्कि" in table("contrast", "hi")
    assert table("total", "xx") == frozenset()  # a language without the data gets none


# -- what happened to the people counted ---------------------------------------------------

_ARRESTED_EN = ("Police said on Monday that 14 people were arrested after clashes in Dhaka.", "en")


@pytest.mark.parametrize(
    ("other", "outcomes"),
    [
        pytest.param(("पुलिस ने सोमवार को बताया कि ढाका में झड़पों के बाद 14 लोग मारे गए।", "hi"), "killed", id="hi-killed"),
        pytest.param(("પોલીસે સોમવારે જણાવ્યું કે ઢાકામાં અથડામણ બાદ 14 લોકો ઘાયલ થયા.", "gu"), "injured", id="gu-injured"),
        pytest.param(("पोलिसांनी सोमवारी सांगितले की ढाक्यातील चकमकींनंतर 14 जण ठार झाले.", "mr"), "killed", id="mr-killed"),
        pytest.param(("پولیس نے پیر کو بتایا کہ ڈھاکہ میں جھڑپوں کے بعد 14 افراد لاپتہ ہیں۔", "ur"), "missing", id="ur-missing"),
    ],
)
def test_conflicts_the_same_count_with_another_outcome(other: tuple[str, str], outcomes: str) -> None:
    (conflict,) = _conflicts(_ARRESTED_EN, other, DifferenceKind.OUTCOME)
    assert [side.value for side in conflict.sides] == ["arrested", outcomes]
    assert conflict.rule == "outcome.same_count"
    assert all(side.spans for side in conflict.sides)


def test_conflicts_outcomes_without_a_common_count_are_a_detail() -> None:
    other = ("ढाका में झड़पों के बाद तीन लोग घायल हो गए।", "hi")
    (detail,) = [d for d in _differences(_ARRESTED_EN, other) if d.kind is DifferenceKind.OUTCOME]
    assert detail.category is DifferenceCategory.ONE_SIDE


def test_conflicts_the_same_outcome_is_checked() -> None:
    other = ("पुलिस ने सोमवार को बताया कि ढाका में झड़पों के बाद 14 लोगों को गिरफ्तार किया गया।", "hi")
    _, differences, checked = compare_members([_member(*_ARRESTED_EN, "a.txt"), _member(*other, "b.txt")])
    assert not [d for d in differences if d.kind is DifferenceKind.OUTCOME]
    assert "same outcome: arrested" in checked


def test_conflicts_a_deadline_is_no_death() -> None:
    # English outcome words are whole words: "deadline" is not "dead".
    a = ("The deadline for 14 people to register passed on Monday.", "en")
    b = ("सोमवार को 14 लोगों को गिरफ्तार किया गया।", "hi")
    assert not [d for d in _differences(a, b) if d.kind is DifferenceKind.OUTCOME]


def test_conflicts_one_same_source_line_per_source() -> None:
    members = [
        _member(*_ARRESTED_EN, "a.txt"),
        _member("पुलिस ने सोमवार को बताया कि ढाका में झड़पों के बाद 14 लोगों को गिरफ्तार किया गया।", "hi", "b.txt"),
        _member("પોલીસે સોમવારે જણાવ્યું કે ઢાકામાં અથડામણ બાદ 14 લોકોની ધરપકડ કરવામાં આવી છે.", "gu", "c.txt"),
    ]
    _, _, checked = compare_members(members)
    (line,) = [x for x in checked if x.startswith("same source:")]
    assert line == "same source: Police = પોલીસ = पुलिस"


def test_conflicts_two_unknown_sources_in_other_words_are_not_checked() -> None:
    # "Both leaders" and "બંને નેતાઓ" may be one source, but nothing showed it: no
    # "same source" (and no difference either).
    a = ("Both leaders said the talks were a success.", "en")
    b = ("બંને નેતાઓએ જણાવ્યું કે વાટાઘાટો સફળ રહી.", "gu")
    agreements, differences, checked = compare_members([_member(*a, "a.txt"), _member(*b, "b.txt")])
    assert "source" not in agreements
    assert not [x for x in checked if x.startswith("same source")]
    assert not [d for d in differences if d.kind in (DifferenceKind.SOURCE, DifferenceKind.CHAIN)]


def test_conflicts_attributed_in_one_bare_in_two_is_one_difference() -> None:
    members = [
        _member("ARNA said the two presidents signed six agreements.", "en", "a.txt"),
        _member("The two presidents signed six agreements.", "en", "b.txt"),
        _member("दोनों राष्ट्रपतियों ने छह समझौतों पर हस्ताक्षर किए।", "hi", "c.txt"),
    ]
    _, differences, _ = compare_members(members)
    (bare,) = [d for d in differences if d.kind is DifferenceKind.ATTRIBUTION]
    assert bare.detail == "attributed to ARNA in a.txt, stated bare in b.txt, c.txt"
    assert [s.claim.article for s in bare.sides] == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("He was treated for cardiac arrest after the court issued an arrest warrant.", "en", id="en-cardiac-arrest"),
        pytest.param("The court handed down two death sentences.", "en", id="en-death-sentence"),
        pytest.param("अटकळ लावली जात आहे.", "mr", id="mr-atkal-speculation"),
        pytest.param("મોતી અને ઈજારો.", "gu", id="gu-pearl-monopoly"),
        pytest.param("ملک مشکلات میں گرفتار ہے۔", "ur", id="ur-caught-in-difficulties"),
    ],
)
def test_conflicts_outcome_words_in_another_sense(text: str, lang: str) -> None:
    from claimcheck.comparison.outcome_words import outcomes

    assert outcomes(_member(text, lang, f"sense-{lang}.txt")) == {}


def test_conflicts_any_count_of_people_makes_the_outcomes_conflict() -> None:
    a = ("Police said 14 workers were arrested at the site.", "en")
    b = ("पुलिस ने बताया कि स्थल पर 14 मजदूर मारे गए।", "hi")
    (conflict,) = _conflicts(a, b, DifferenceKind.OUTCOME)
    assert conflict.rule == "outcome.same_count"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("The suspension will remain in force till August 31, officials said.", "en"),
            ("ही सेवा १ सप्टेंबरपासून पुन्हा सुरू होईल, असे मंडळाकडून सांगण्यात आले.", "mr"),
            id="en-mr-till-and-from",
        ),
        pytest.param(
            ("सेवा 28 फरवरी तक बंद रहेगी।", "hi"),
            ("સેવા 1 માર્ચથી ફરી શરૂ થશે.", "gu"),
            id="hi-gu-month-seam",
        ),
    ],
)
def test_conflicts_one_period_ends_the_day_before_the_next_starts(a: tuple[str, str], b: tuple[str, str]) -> None:
    differences = _differences(a, b)
    assert [d for d in differences if d.kind is DifferenceKind.DATE] == []


def test_conflicts_two_starts_a_day_apart_still_differ() -> None:
    a = ("The service will resume from September 1.", "en")
    b = ("ही सेवा २ सप्टेंबरपासून पुन्हा सुरू होईल.", "mr")
    (conflict,) = _conflicts(a, b, DifferenceKind.DATE)
    assert conflict.rule == "date.event"



def test_conflicts_one_surname_after_two_given_names() -> None:
    a = ("Police arrested the bank's former chairman Rajesh Deshmukh from his Kothrud home on Friday.", "en")
    b = ("बँकेचे माजी अध्यक्ष राजेंद्र देशमुख यांना पोलिसांनी शुक्रवारी कोथरूड येथील घरातून अटक केली.", "mr")
    (conflict,) = _conflicts(a, b, DifferenceKind.NAME)
    assert conflict.rule == "name.different_given_name"
    assert [side.value for side in conflict.sides] == ["Rajesh Deshmukh", "राजेंद्र देशमुख"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(  # one name in two scripts
            ("Congress leader Imran Qureshi alleged that funds were diverted.", "en"),
            ("کانگریس رہنما عمران قریشی نے الزام لگایا کہ فنڈز کا رخ موڑا گیا۔", "ur"),
            id="transliterated",
        ),
        pytest.param(  # a party's last word is an English word: the sources' business
            ("The Unity Party won 40 seats.", "en"),
            ("रिन्यूअल पार्टी ने 40 सीटें जीतीं।", "hi"),
            id="party",
        ),
    ],
)
def test_conflicts_no_two_given_names_without_two_names(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert [d for d in _differences(a, b) if d.rule == "name.different_given_name"] == []
