"""Attribution: the gold in fixtures/gold/attribution, both English paths, and the spaCy component."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.api import read_article
from claimcheck.attribution import COMPONENT_NAME, NO_PARSER_ENV, attribute_article, attribution_pipeline, uses_parser
from claimcheck.evaluation import evaluate, load_gold
from claimcheck.types import AttributionMode, ClaimKind

from .conftest import FIXTURES, SEEDS, run_cli

GOLD = FIXTURES / "gold" / "attribution"


def _score(name: str):  # type: ignore[no-untyped-def]
    return evaluate(load_gold(GOLD / f"{name}.jsonl"), name)


def test_attribution_seeds_meet_the_bar() -> None:
    report = _score("seeds")
    assert report.exact["source"].f1 >= 0.95
    assert report.overlap["content"].f1 >= 0.9


@pytest.mark.parametrize("lang", ["gu", "hi", "mr", "ur", "en"])
def test_attribution_gold_source_f1_per_language(lang: str) -> None:
    report = _score(lang)
    assert report.passages >= 40
    assert report.exact["source"].f1 >= 0.85
    assert report.overlap["source"].f1 >= 0.9
    assert report.overlap["cue"].f1 >= 0.85


#: Source F1 exact measured on the sentences written blind (fixtures/gold/attribution-blind;
#: 0.78 / 0.75 / 0.87 / 0.91 / 0.78 before the fixes they led to).
_BLIND_SOURCE_F1 = {"en": 0.83, "gu": 0.87, "hi": 1.00, "mr": 0.91, "ur": 0.91}


@pytest.mark.parametrize("lang", sorted(_BLIND_SOURCE_F1))
def test_attribution_blind_gold_source_f1(lang: str) -> None:
    report = evaluate(load_gold(FIXTURES / "gold" / "attribution-blind" / f"{lang}.jsonl"), lang)
    assert report.passages == 16
    assert report.exact["source"].f1 >= _BLIND_SOURCE_F1[lang] - 0.005, report.exact["source"]


#: Source F1 (exact, overlap) on the later batches written blind, each scored once before
#: the fixes it led to. fixtures/gold/attribution-blind-2 first: exact en 0.81, gu 0.22, hi
#: 1.00, mr 0.80, ur 0.83; its Gujarati gold leaves the fused ergative ending out of the
#: source ("કંપની" of "કંપનીએ"), which claimcheck's gold and the first batch keep in: hence
#: gu's exact figure, and its overlap one. fixtures/gold/attribution-blind-3 first: exact
#: en 0.68, gu 0.78, hi 0.81, mr 0.67, ur 0.71; overlap 0.84, 0.98, 0.97, 0.91, 0.71.
#: fixtures/gold/attribution-blind-4 first: exact en 0.56, gu 0.64, hi 0.87, mr 0.71, ur
#: 0.71; overlap 0.89, 0.83, 0.91, 0.90, 0.82 (its gold drops a leading "the", which
#: claimcheck keeps: English's exact figure). fixtures/gold/attribution-blind-5 first:
#: exact en 0.81, gu 0.83, hi 0.80, mr 0.81, ur 0.77.
_LATER_BLIND_SOURCE_F1 = {
    "attribution-blind-2": {
        "en": (0.8571, 0.9286), "gu": (0.2222, 0.963), "hi": (1.0, 1.0), "mr": (0.7692, 1.0), "ur": (0.8667, 0.9333),
    },
    "attribution-blind-3": {
        "en": (0.7179, 0.8718), "gu": (0.8293, 0.9756), "hi": (0.8108, 0.973), "mr": (0.8, 0.9714), "ur": (0.7778, 0.7778),
    },
    "attribution-blind-4": {
        "en": (0.5806, 0.9032), "gu": (0.7547, 0.8302), "hi": (0.9091, 0.9091), "mr": (0.7692, 0.9231), "ur": (0.7547, 0.8302),
    },
    "attribution-blind-5": {
        "en": (0.8148, 0.8889), "gu": (0.8276, 0.8966), "hi": (0.8667, 0.9333), "mr": (0.8571, 0.9286), "ur": (0.7742, 0.9032),
    },
    # Its Gujarati gold cuts a fused ergative off the source ("...દવે" of "...દવેએ"), which
    # claimcheck keeps with the word: exact 0.26, overlap 0.97. So does its Marathi gold
    # for a giver before a citing phrase ("वृत्तसंस्था पीटीआयने ... च्या हवाल्याने दिलेल्या
    # वृत्तानुसार"), which claimcheck now finds (overlap 0.97 -> 1.00, exact 0.76 -> 0.73).
    "attribution-blind-6": {
        "en": (0.963, 0.963), "gu": (0.2581, 0.9677), "hi": (0.9655, 0.9655), "mr": (0.7333, 1.0), "ur": (0.9032, 0.9032),
    },
    # Scored first: en 0.88, gu 0.84, hi 0.92, mr 0.74, ur 0.86. Hindi's 0.89 now is the
    # scorer's: the gold "यूनियन" of a second speaker is located at its first occurrence,
    # inside the first speaker's "भारतीय किसान यूनियन".
    "attribution-blind-7": {
        "en": (0.878, 0.9268), "gu": (0.8718, 0.9231), "hi": (0.8947, 0.9474), "mr": (0.7692, 0.8718), "ur": (0.8571, 0.8571),
    },
}


@pytest.mark.parametrize(
    ("batch", "lang"), [(batch, lang) for batch, table in _LATER_BLIND_SOURCE_F1.items() for lang in sorted(table)]
)
def test_attribution_later_blind_gold_source_f1(batch: str, lang: str) -> None:
    report = evaluate(load_gold(FIXTURES / "gold" / batch / f"{lang}.jsonl"), lang)
    exact, overlap = _LATER_BLIND_SOURCE_F1[batch][lang]
    assert report.passages == 16
    assert report.exact["source"].f1 >= exact - 0.005, report.exact["source"]
    assert report.overlap["source"].f1 >= overlap - 0.005, report.overlap["source"]


@pytest.mark.parametrize("line", ["पुणे, 15 जुलाई।", "जुन्नर, ता. 15 (वार्ताहर)", "DEHRADUN, Oct 14."])
def test_attribution_a_dateline_on_its_own_line_is_no_claim(tmp_path: Path, line: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{line}\n\nबस खाई में गिर गई और 14 लोगों की मौत हो गई।\n", encoding="utf-8")
    kinds = [s.kind for s in attribute_article(read_article(str(path))).sentences]
    assert kinds[0] is ClaimKind.NOT_A_CLAIM
    assert kinds[-1] is ClaimKind.UNATTRIBUTED


def test_attribution_english_without_a_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_PARSER_ENV, "1")
    attribution_pipeline.cache_clear()
    try:
        assert not uses_parser("en")
        report = _score("en")
        assert report.overlap["source"].f1 >= 0.85
    finally:
        monkeypatch.delenv(NO_PARSER_ENV)
        attribution_pipeline.cache_clear()


def test_attribution_english_with_the_parser_extra() -> None:
    # The test command installs the english-parser extra (en_core_web_sm 3.8.0).
    assert uses_parser("en")
    report = _score("en")
    assert report.exact["source"].f1 >= 0.85


def _attributed(path: Path, needle: str):  # type: ignore[no-untyped-def]
    article = attribute_article(read_article(str(path)))
    sentence = next(s for s in article.sentences if needle in s.text)
    return sentence


def _attributed_text(tmp_path: Path, text: str, name: str = "article.txt"):  # type: ignore[no-untyped-def]
    """``text`` saved as ``name`` (its suffix picks the format), read and attributed."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return attribute_article(read_article(str(path)))


def test_attribution_seed_chain_yonhap_citing_kcna() -> None:
    sentence = _attributed(SEEDS[0], "યોનહાપ સમાચાર એજન્સીએ")
    assert sentence.kind is ClaimKind.ATTRIBUTED
    (relation,) = sentence.attributions
    assert [link.source.id for link in relation.chain] == ["yonhap", "kcna"]
    assert relation.cue is not None and relation.cue.text == "જણાવ્યું"
    assert relation.content is not None and relation.content.text == "શનિવારે કિમ અને લાવરૉવ વચ્ચે બેઠક થઈ હતી"


def test_attribution_seed_chain_bloomberg_citing_the_report() -> None:
    sentence = _attributed(SEEDS[1], "બ્લૂમબર્ગ ન્યૂઝે")
    (relation,) = sentence.attributions
    assert relation.chain[0].source.id == "bloomberg"
    assert len(relation.chain) == 2
    assert relation.chain[1].span is not None and "11 દેશોના અહેવાલ" in relation.chain[1].span.text


def test_attribution_information_given_attributes_the_previous_sentence() -> None:
    article = attribute_article(read_article(str(SEEDS[0])))
    info = next(s for s in article.sentences if s.text.startswith("આ માહિતી"))
    before = article.sentences[info.index - 1]
    given = [a for a in before.attributions if a.mode is AttributionMode.INFORMATION_GIVEN]
    assert len(given) == 1
    assert given[0].source is not None and given[0].source.text == "ઉત્તર કોરિયાની સરકારી મીડિયાએ"
    assert given[0].content is not None and given[0].content.start == before.start


def test_attribution_kcna_misspelled_full_name_resolves() -> None:
    sentence = _attributed(SEEDS[0], "(KCNA)ના હવાલાથી")
    assert sentence.attributions[0].chain[1].source.name == "Korean Central News Agency"


def test_attribution_pronoun_resolves_to_the_earlier_speaker() -> None:
    sentence = _attributed(SEEDS[1], "તેમણે ઉત્તર કોરિયા અને રશિયા")
    relation = sentence.attributions[0]
    assert relation.resolved_from == "તેમણે"
    assert relation.chain[-1].source.id == "x:kim"
    # The paragraph opened with "KCNA ના અહેવાલ મુજબ": he speaks in KCNA's report.
    assert [(link.source.id, link.from_paragraph) for link in relation.chain] == [("kcna", True), ("x:kim", False)]


def test_attribution_paragraph_outlet_carries_to_a_speaker_its_report_names() -> None:
    sentence = _attributed(SEEDS[0], "કિમ જોંગ ઉને જણાવ્યું કે ઉત્તર કોરિયા")
    (relation,) = sentence.attributions
    outlet, speaker = relation.chain
    assert outlet.source.id == "kcna" and outlet.from_paragraph
    # The carried link points at where the paragraph names the outlet, two sentences up.
    assert outlet.span is not None and outlet.span.text == "KCNA" and outlet.span.end < sentence.start
    assert speaker.source.id == "x:kim-jong-un" and not speaker.from_paragraph
    assert speaker.span is not None and sentence.start <= speaker.span.start


def test_attribution_paragraph_outlet_not_carried_to_a_speaker_its_report_does_not_name() -> None:
    # "KCNA said Kim sent greetings. Earlier this year, Pyongyang confirmed ...": background.
    sentence = _attributed(SEEDS[1], "પ્યોંગયાંગે પ્રથમ વખત")
    assert [[link.source.id for link in a.chain] for a in sentence.attributions] == [["x:pyongayang"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A blank line ends the paragraph, and with it the outlet.
        (
            "According to Reuters, police arrested Ahmed Khan on Monday. Khan said he was innocent.\n\n"
            "Khan said he would appeal.\n",
            [[], [("reuters", True), ("x:khan", False)], [("x:khan", False)]],
        ),
        # Hard-wrapped text: single line breaks do not end a paragraph.
        (
            "According to Reuters, police arrested Ahmed Khan\nand two others on Monday. Khan said he was\n"
            "innocent, and his lawyer agreed.\n\nKhan said he would appeal to the high court.\n",
            [[], [("reuters", True), ("x:khan", False)], [("x:khan", False)]],
        ),
        # Hindi, one line per paragraph.
        (
            "रॉयटर्स के अनुसार, पुलिस ने सोमवार को अहमद ख़ान को गिरफ़्तार किया। ख़ान ने कहा कि वह निर्दोष है।\n"
            "ख़ान ने कहा कि वह अपील करेंगे।\n",
            [[], [("reuters", True), ("x:khan", False)], [("x:khan", False)]],
        ),
        # A bare sentence stays bare; a person the report does not name is not carried.
        (
            "According to Reuters, police arrested Ahmed Khan on Monday. The arrest came late. "
            "The mayor said the city was safe.\n",
            [[], [], [("x:mayor", False)]],
        ),
        # A short word of the report ("and") does not name a longer name (Anderson).
        (
            "According to KCNA, the leaders discussed trade and security. Anderson, a US analyst, said the talks "
            "would fail.\n",
            [[], [("x:anderson-a-us-analyst", False)]],
        ),
    ],
    ids=["blank-line", "hard-wrapped", "hindi", "bare-and-unnamed", "no-prefix-of-a-short-word"],
)
def test_attribution_paragraph_outlet_scope(tmp_path: Path, text: str, expected: list[list[tuple[str, bool]]]) -> None:
    article = _attributed_text(tmp_path, text)
    carried = [
        [(link.source.id, link.from_paragraph) for a in s.attributions for link in a.chain if len(a.chain) > 1 or s.index]
        for s in article.sentences
    ]
    assert carried == expected


def test_attribution_markdown_paragraph_runs_over_single_line_breaks(tmp_path: Path) -> None:
    text = "**According to KCNA**, Kim met Lavrov in Wonsan.\nKim said the alliance would last.\n"
    sentence = _attributed_text(tmp_path, text, "article.md").sentences[1]
    assert [(link.source.id, link.from_paragraph) for link in sentence.attributions[0].chain] == [("kcna", True), ("x:kim", False)]


def test_attribution_an_auxiliary_is_no_cue(tmp_path: Path) -> None:
    # "was quoted as saying" is a cue phrase; "was" alone is not (the parser may make it
    # the head of "The mayor said the city was safe").
    (sentence,) = _attributed_text(tmp_path, "The mayor said the city was safe.\n").sentences
    assert [(a.source.text if a.source else None, a.cue.text if a.cue else None) for a in sentence.attributions] == [
        ("The mayor", "said")
    ]


def test_attribution_component_in_a_users_pipeline() -> None:
    """A fresh process adds the component by name, found through its spaCy entry point."""
    import subprocess
    import sys

    code = (
        "import spacy\n"
        "nlp = spacy.blank('hi')\n"
        "nlp.add_pipe('sentencizer')\n"
        f"nlp.add_pipe({COMPONENT_NAME!r})\n"
        "doc = nlp('पीटीआई के अनुसार, बाढ़ में 12 लोगों की मौत हो गई। मौसम साफ रहा।')\n"
        "(source,) = doc.spans['claimcheck_source']\n"
        "(cue,) = doc.spans['claimcheck_cue']\n"
        "print(source.text, '|', cue.text)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "पीटीआई | के अनुसार"


def test_attribution_cli_claims_json_and_table() -> None:
    import json

    result = run_cli("claims", "--format", "json", str(SEEDS[0]))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    kinds = [s["kind"] for s in data["articles"][0]["sentences"]]
    assert kinds.count("attributed") >= 10 and "not_claim" in kinds
    table = run_cli("claims", str(SEEDS[1]))
    assert table.returncode == 0
    assert "Bloomberg" in table.stdout and "attributed" in table.stdout


def test_attribution_cli_eval_prints_scores_per_role() -> None:
    result = run_cli("eval", "attribution", "--format", "json", str(GOLD / "seeds.jsonl"))
    assert result.returncode == 0, result.stderr
    import json

    (report,) = json.loads(result.stdout)["reports"]
    assert set(report["exact"]) == {"source", "cue", "content"}
    assert report["exact"]["source"]["f1"] >= 0.95


def test_attribution_cli_eval_malformed_gold(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "A said B.", "attributions": [{"source": "Z"}]}\n', encoding="utf-8")
    result = run_cli("eval", "attribution", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip() == f"claimcheck: error: {bad}:1: 'Z' (occurrence 1) is not in the passage text"


def _relations(tmp_path: Path, text: str, index: int) -> list[tuple[str | None, str | None, list[str]]]:
    """(source text, cue text, chain ids) of every relation of sentence ``index``."""
    sentence = _attributed_text(tmp_path, text).sentences[index]
    return [
        (a.source.text if a.source else None, a.cue.text if a.cue else None, [link.source.id for link in a.chain])
        for a in sentence.attributions
    ]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        # "the agency" / "एजेंसी" point back to the last outlet named.
        (
            "KCNA said Kim met Lavrov on Saturday.\n\nLavrov arrived on Friday. The talks went on for hours. "
            "The two sides also discussed trade, the agency said.\n",
            3,
            [("the agency", "said", ["kcna"])],
        ),
        (
            "केसीएनए ने बताया कि किम ने लावरोव से मुलाकात की। एजेंसी ने कहा कि दोनों देश मिलकर काम करेंगे।\n",
            1,
            [("एजेंसी", "कहा", ["kcna"])],
        ),
        # A noun of belief or intent makes "expressed" a stance, whatever follows it.
        (
            "Both leaders expressed hope for direct contact in the near future.\n",
            0,
            [("Both leaders", "expressed hope", ["x:both-leaders"])],
        ),
        (
            "He praised the dialogue and expressed a desire to strengthen cooperation.\n",
            0,
            [("He", "expressed a desire", ["x:he"])],
        ),
        (
            "Choe Son Hui also held talks with Lavrov, in which both sides expressed confidence in a lasting partnership.\n",
            0,
            [("both sides", "expressed confidence", ["x:both-sides"])],
        ),
        # A postposition of time or a locative ends the phrase before the subject.
        (
            "प्योंगयांग में शोइगु के साथ एक बैठक के दौरान किम ने कहा कि उत्तर कोरिया रूस का समर्थन करेगा।\n",
            0,
            [("किम", "कहा", ["x:kim"])],
        ),
        (
            "شمالی کوریا اور روس کے درمیان بات چیت ہوئی جس میں دونوں فریقوں نے شراکت داری پر اعتماد ظاہر کیا۔\n",
            0,
            [("دونوں فریقوں", "اعتماد ظاہر کیا", ["x:donon-frikon"])],
        ),
        # "expressed support" is an act, not a report: only nouns of belief make a cue.
        ("روس نے شمالی کوریا کی قومی سلامتی کے لیے حمایت کا اظہار کیا۔\n", 0, []),
        # A citing marker after an acronym in brackets.
        (
            "योनहाप वृत्तसंस्थेने कोरियन सेंट्रल न्यूज एजन्सीच्या (केसीएनए) हवाल्याने सांगितले की, किम आणि लावरोव्ह "
            "यांच्यात शनिवारी बैठक झाली होती.\n",
            0,
            [("योनहाप वृत्तसंस्थेने", "सांगितले", ["yonhap", "kcna"])],
        ),
        # Relative clauses that describe a noun report nothing, and lend no subject.
        (
            "The missile was launched at dawn. The policy that the minister announced last week was cancelled.\n",
            1,
            [],
        ),
        ("Kim, who met Lavrov on Saturday and said the war would end soon, left Wonsan on Sunday.\n", 0, []),
        # "the agency" is an outlet, not the ministry named since; "the report" looks back
        # six sentences, not into an earlier story; "Reporters" is no report.
        (
            "Yonhap reported that the talks ended on Friday. The Russian Foreign Ministry said the visit was a success. "
            "The agency said the next round would be in Moscow.\n",
            2,
            [("The agency", "said", ["yonhap"])],
        ),
        (
            "KCNA said Kim would visit Moscow.\n\nGrowth slowed in the third quarter, officials said. Exports fell "
            "sharply in May. Imports rose again in June. Prices climbed all year. Wages stalled in most sectors. "
            "Investment dipped after the floods. The report said growth would recover next year.\n",
            7,
            [("The report", "said", ["x:report"])],
        ),
        ("KCNA said Kim would visit Moscow. Reporters said the mood was tense.\n", 1, [("Reporters", "said", ["x:reporters"])]),
        # "ज्यानुसार" (under which) looks like "X-नुसार" (according to X) but names no one.
        ("गेल्या वर्षी दोन्ही देशांत संरक्षण करार झाला, ज्यानुसार दोन्ही देश एकमेकांना मदत करतील.\n", 0, []),
        # "..., अशी माहिती X ने दिली" / "..., એવી માહિતી X એ આપી": a split cue after the claim.
        ("पुलाचे काम पुढील महिन्यात पूर्ण होईल, अशी माहिती महापालिकेने दिली.\n", 0, [("महापालिकेने", "दिली", ["x:mahapalike"])]),
        ("પુલનું કામ આવતા મહિને પૂર્ણ થશે, એવી માહિતી મહાનગરપાલિકાએ આપી.\n", 0, [("મહાનગરપાલિકાએ", "આપી", ["x:mahangarpalika"])]),
    ],
    ids=["agency-en", "agency-hi", "hope-for", "conj-desire", "relative-clause", "hi-during", "ur-locative",
         "ur-expressed-support", "mr-bracketed-citation", "relative-describes-a-noun", "relative-who-and-said",
         "agency-is-an-outlet", "report-lookback", "reporters-is-no-report", "mr-under-which", "mr-such-information",
         "gu-such-information"],
)
def test_attribution_cases(tmp_path: Path, text: str, index: int, expected: list[tuple[str | None, str | None, list[str]]]) -> None:
    assert _relations(tmp_path, text, index) == expected


def test_attribution_information_given_in_a_coordinated_clause_reports_its_own_sentence(tmp_path: Path) -> None:
    # "..., and state media reported this on Saturday": "this" is the clause before, not
    # the previous sentence (here the headline).
    text = (
        "Kim arrives in Moscow\n\nKim Jong Un arrived in Moscow for talks with Vladimir Putin, and state media "
        "reported this on Saturday.\n"
    )
    headline, sentence = _attributed_text(tmp_path, text).sentences
    assert headline.attributions == ()
    (relation,) = sentence.attributions
    assert relation.mode is AttributionMode.INFORMATION_GIVEN
    assert relation.content is not None and relation.content.text == "Kim Jong Un arrived in Moscow for talks with Vladimir Putin"


def test_attribution_this_information_after_a_clause_reports_that_clause(tmp_path: Path) -> None:
    # "X, यह जानकारी पुलिस ने दी": "this information" is the clause before the comma; alone
    # in its sentence it is the previous sentence.
    text = "पुल का काम अगले महीने पूरा होगा, यह जानकारी नगर निगम ने दी।\n\nपुल गिर गया। यह जानकारी पुलिस ने दी।\n"
    first, fell, holder = _attributed_text(tmp_path, text).sentences
    assert [(a.source.text if a.source else None, a.content.text if a.content else None) for a in first.attributions] == [
        ("नगर निगम", "पुल का काम अगले महीने पूरा होगा")
    ]
    assert [a.content.text if a.content else None for a in holder.attributions] == ["पुल गिर गया"]
    assert [a.source.text if a.source else None for a in fell.attributions] == ["पुलिस"]


def test_attribution_every_relation_names_its_recognizer() -> None:
    result = run_cli("claims", "--format", "json", str(SEEDS[1]))
    assert result.returncode == 0, result.stderr
    import json

    names = [
        a["recognizer"] for s in json.loads(result.stdout)["articles"][0]["sentences"] for a in s["attributions"]
    ]
    assert names and all(n and n.startswith(("rules.", "dependency.")) for n in names)
    explained = run_cli("claims", "--explain", str(SEEDS[1]))
    assert "rules.according_to" in explained.stdout


def _split_quotes() -> list[tuple[str, str, str]]:
    import json

    cases = []
    for gold in sorted((FIXTURES / "pages" / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        cases += [(data["file"], q["text"], q["source"]) for q in data.get("split_quotes", [])]
    return cases


@pytest.mark.parametrize(("name", "quoted", "source"), _split_quotes(), ids=lambda v: str(v)[:30])
def test_attribution_a_quotation_keeps_its_speaker_across_sentences(name: str, quoted: str, source: str) -> None:
    """The pages gold (written without the tool's output) lists sentences of quotations
    that run past their attribution: each gets the quotation's speaker."""
    from claimcheck.api import analyze_inputs

    (article,), _ = analyze_inputs([str(FIXTURES / "pages" / name)], cache=False)
    (sentence,) = [s for s in article.sentences if quoted in s.text]
    speakers = [a.source.text for a in sentence.attributions if a.source is not None]
    assert any(source.split()[0] in speaker or speaker.startswith(source.split()[0][:3]) for speaker in speakers)
