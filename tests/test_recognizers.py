"""The recognizer families: one sentence each, and the name, source, cue and content it yields.

Each recognizer is called directly on one sentence: the token rules on the language's
tokenizer output (so English here is the rule reading, whether or not the parser is
installed), the dependency rules on the English parser's output.
"""

from __future__ import annotations

import inspect
from functools import cache
from typing import TYPE_CHECKING

import pytest

from claimcheck.attribution import recognizers
from claimcheck.attribution.component import NO_PARSER_ENV, load_data, load_parser
from claimcheck.attribution.recognizers import (
    RULE_FAMILIES,
    RuleRecognizer,
    according,
    citing,
    dependency,
    families_for,
    information,
    passive,
    speech_sov,
    speech_svo,
)
from claimcheck.attribution.relations import TokenRelation
from claimcheck.pipeline import get_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: (lang, sentence, recognizer, source, cue, content); ``None`` for "no such span".
Case = tuple[str, str, str, str | None, str, str | None]


@cache
def rule_recognizer(lang: str) -> RuleRecognizer:
    data = load_data(lang)
    assert data is not None
    return RuleRecognizer(get_pipeline(lang), lang, data)


def spans(doc: Doc, rel: TokenRelation) -> tuple[str, str | None, str, str | None, list[str]]:
    def text(pair: tuple[int, int] | None) -> str | None:
        return None if pair is None else doc[pair[0] : pair[1]].text

    cue = text(rel.cue)
    assert cue is not None
    return rel.recognizer, text(rel.source), cue, text(rel.content), [t for c in rel.cited if (t := text(c))]


def only_relation(lang: str, text: str) -> tuple[str, str | None, str, str | None, list[str]]:
    doc = get_pipeline(lang).make_doc(text)
    relations = rule_recognizer(lang)(doc)
    assert len(relations) == 1, relations
    return spans(doc, relations[0])


ACCORDING_TO: list[Case] = [
    ("hi", "पुलिस के अनुसार, हादसे में 12 लोगों की मौत हो गई और 27 अन्य घायल हो गए।", "rules.according_to",
     "पुलिस", "के अनुसार", "हादसे में 12 लोगों की मौत हो गई और 27 अन्य घायल हो गए"),
    ("gu", "નિષ્ણાતોના મતે, સોનાના ભાવમાં આગામી દિવસોમાં વધુ ઘટાડો થઈ શકે છે.", "rules.according_to.genitive",
     "નિષ્ણાતોના", "મતે", "સોનાના ભાવમાં આગામી દિવસોમાં વધુ ઘટાડો થઈ શકે છે"),
    ("mr", "अहवालानुसार या अपघातात पाच जणांचा मृत्यू झाला.", "rules.according_to.fused",
     "अहवालानुसार", "अहवालानुसार", "या अपघातात पाच जणांचा मृत्यू झाला"),
    ("en", "According to the police, 12 people died in the crash.", "rules.according_to",
     "the police", "According to", "12 people died in the crash"),
]

SPEECH_SOV: list[Case] = [
    ("hi", "पुलिस ने कहा कि हादसे में 12 लोगों की मौत हो गई।", "rules.speech_sov",
     "पुलिस", "कहा", "हादसे में 12 लोगों की मौत हो गई"),
    ("gu", "KCNA એ જણાવ્યું કે બંને દેશો સહમત છે.", "rules.speech_sov", "KCNA", "જણાવ્યું", "બંને દેશો સહમત છે"),
    ("mr", "या अपघातात पाच जणांचा मृत्यू झाला, असे पोलिसांनी सांगितले.", "rules.speech_sov.quotative",
     "पोलिसांनी", "सांगितले", "या अपघातात पाच जणांचा मृत्यू झाला"),
    ("gu", "અમે તૈયાર છીએ, એમ તેમણે કહ્યું.", "rules.speech_sov.quotative", "તેમણે", "કહ્યું", "અમે તૈયાર છીએ"),
    ("mr", "केंद्रीय कृषिमंत्र्यांनी कांदा निर्यातीवरील शुल्क लवकरच हटवले जाईल, अशी ग्वाही दिली.",
     "rules.speech_sov.opening", "केंद्रीय कृषिमंत्र्यांनी", "ग्वाही दिली", "कांदा निर्यातीवरील शुल्क लवकरच हटवले जाईल"),
    ("hi", "हादसे में 12 लोगों की मौत हो गई, पुलिस ने बताया।", "rules.speech_sov.postposed",
     "पुलिस", "बताया", "हादसे में 12 लोगों की मौत हो गई"),
    ("ur", "ماہرین کا کہنا ہے کہ گلیشیئر تیزی سے پگھل رہے ہیں۔", "rules.speech_sov.genitive",
     "ماہرین", "کا کہنا ہے", "گلیشیئر تیزی سے پگھل رہے ہیں"),
    ("mr", "या अपघातात पाच जणांचा मृत्यू झाला, अशी माहिती पोलिसांनी दिली.", "rules.speech_sov.split",
     "पोलिसांनी", "दिली", "या अपघातात पाच जणांचा मृत्यू झाला"),
]

SPEECH_SVO: list[Case] = [
    ("en", "The ministry said that prices would rise next year.", "rules.speech_svo",
     "The ministry", "said", "prices would rise next year"),
    ("en", "Prices will rise next year, the ministry said.", "rules.speech_svo.postposed",
     "the ministry", "said", "Prices will rise next year"),
    ("en", '"Prices will rise," said John Smith, a spokesman.', "rules.speech_svo.inverted",
     "John Smith", "said", "Prices will rise"),
]

PASSIVE: list[Case] = [
    ("hi", "रिपोर्ट में कहा गया कि नई दरें एक अप्रैल से लागू होंगी।", "rules.passive",
     "रिपोर्ट में", "कहा गया", "नई दरें एक अप्रैल से लागू होंगी"),
    ("gu", "કિમને ટાંકીને કહેવામાં આવ્યું હતું કે બંને દેશો સહમત છે.", "rules.passive.cited",
     "કિમને", "કહેવામાં આવ્યું હતું", "બંને દેશો સહમત છે"),
    ("en", "It was reported that at least 14 people were killed.", "rules.passive",
     None, "It was reported", "at least 14 people were killed"),
]

INFORMATION_GIVEN: list[Case] = [
    ("mr", "ही माहिती महामार्ग पोलिसांनी दिली.", "rules.information_given", "महामार्ग पोलिसांनी", "दिली", None),
    ("ur", "یہ بات محکمہ صحت کے ترجمان نے بتائی۔", "rules.information_given", "محکمہ صحت کے ترجمان", "بتائی", None),
    ("hi", "हादसे में 12 लोगों की मौत हो गई, यह जानकारी पुलिस ने दी।", "rules.information_given.inline",
     "पुलिस", "दी", "हादसे में 12 लोगों की मौत हो गई"),
]


@pytest.mark.parametrize(
    ("lang", "text", "name", "source", "cue", "content"),
    ACCORDING_TO + SPEECH_SOV + SPEECH_SVO + PASSIVE + INFORMATION_GIVEN,
)
def test_recognizers_rule_family_names_its_relation(
    lang: str, text: str, name: str, source: str | None, cue: str, content: str | None
) -> None:
    assert only_relation(lang, text)[:4] == (name, source, cue, content)


def test_recognizers_information_given_points_at_the_previous_sentence() -> None:
    doc = get_pipeline("mr").make_doc("ही माहिती महामार्ग पोलिसांनी दिली.")
    (rel,) = rule_recognizer("mr")(doc)
    assert rel.content is None and rel.content_outside


@pytest.mark.parametrize(
    ("lang", "text", "name", "source", "cited"),
    [
        ("hi", "किम के हवाले से केसीएनए ने कहा कि दोनों देश सभी मुद्दों पर सहमत हैं।", "rules.speech_sov", "केसीएनए", ["किम"]),
        ("en", "KCNA, citing Kim, said that the two countries agree on all issues.", "rules.speech_svo", "KCNA", ["Kim"]),
    ],
)
def test_recognizers_citing_chain_adds_the_inner_source(
    lang: str, text: str, name: str, source: str, cited: list[str]
) -> None:
    got = only_relation(lang, text)
    assert (got[0], got[1], got[4]) == (name, source, cited)


@pytest.mark.parametrize(
    ("text", "name", "source", "cue", "content"),
    [
        ("The ministry said that prices would rise next year.", "dependency.speech",
         "The ministry", "said", "prices would rise next year"),
        ("It was reported that at least 14 people were killed.", "dependency.speech.passive",
         None, "was reported", "at least 14 people were killed"),
        ("According to the police, 12 people died in the crash.", "dependency.according_to",
         "the police", "According to", "12 people died in the crash"),
        ("This was stated by the army.", "dependency.information_given", "the army", "was stated", None),
    ],
)
def test_recognizers_english_dependency_rules(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str, source: str | None, cue: str, content: str | None
) -> None:
    monkeypatch.delenv(NO_PARSER_ENV, raising=False)
    nlp = load_parser("en")
    assert nlp is not None  # the test command installs the english-parser extra
    data = load_data("en")
    assert data is not None
    doc = nlp(text)
    (rel,) = dependency.DependencyRecognizer(data)(doc)
    assert spans(doc, rel)[:4] == (name, source, cue, content)


def test_recognizers_each_name_is_documented() -> None:
    docs = "".join(
        inspect.getdoc(m) or ""
        for m in (according, citing, speech_sov, speech_svo, passive, information, dependency)
    )
    names = {case[2] for case in ACCORDING_TO + SPEECH_SOV + SPEECH_SVO + PASSIVE + INFORMATION_GIVEN}
    for name in names | {"dependency.speech", "dependency.according_to", "dependency.information_given"}:
        assert f"``{name}``" in docs, name
    assert recognizers.__doc__ is not None and "speech_sov" in recognizers.__doc__


@pytest.mark.parametrize("word_order", ["SOV", "SVO"])
def test_recognizers_registry_has_one_family_per_cue_label(word_order: str) -> None:
    labels = {
        "speech", "stance", "light", "according", "according_genitive", "according_fused",
        "citing", "citing_genitive", "passive", "info_verb",
    }
    by_label = families_for(word_order)
    # "info_subject" opens nothing: the information-given family reads it beside its verb.
    assert set(by_label) == labels
    speech = "rules.speech_sov" if word_order == "SOV" else "rules.speech_svo"
    assert by_label["speech"].name == speech
    assert {f.name for f in RULE_FAMILIES} == {
        "rules.according_to", "rules.citing", "rules.speech_sov", "rules.speech_svo", "rules.passive",
        "rules.information_given",
    }


def test_recognizers_keep_no_state_between_sentences() -> None:
    # One recognizer serves many docs: a sentence reads the same before and after another.
    first = "या अपघातात पाच जणांचा मृत्यू झाला, असे पोलिसांनी सांगितले."
    before = only_relation("mr", first)
    only_relation("mr", "अहवालानुसार या अपघातात पाच जणांचा मृत्यू झाला.")
    assert only_relation("mr", first) == before
    assert not vars(rule_recognizer("mr")).keys() - {"lang", "data", "grammar", "cues", "families"}
