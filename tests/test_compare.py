"""Compare: alignment against the gold, every planted difference, and the reports."""

from __future__ import annotations

import itertools
import json
from functools import cache

import pytest

from claimcheck.api import analyze, read_article
from claimcheck.api import compare as compare_articles
from claimcheck.types import Article, ClaimGroup, ClaimKind, Comparison

from .conftest import FIXTURES, SEEDS, run_cli

GOLD = json.loads((FIXTURES / "crosslingual" / "alignment.gold.json").read_text(encoding="utf-8"))
PLANTED = json.loads((FIXTURES / "crosslingual" / "planted.json").read_text(encoding="utf-8"))
#: The gold articles report two events (Lavrov's visit: seed 000 and its translations;
#: the Russia Day message: seed 003 and its translation). claimcheck compares coverage
#: of one event, so alignment is scored on article pairs about the same event.
EVENTS = [
    [
        "seeds/000_753f1a494d41d2ce.txt",
        "crosslingual/en_000.txt",
        "crosslingual/hi_000.txt",
        "crosslingual/mr_000.txt",
        "crosslingual/ur_000.txt",
    ],
    ["seeds/003_b8cf7308b83d3685.txt", "crosslingual/hi_003.txt"],
]
#: Independent reports of seed 000's event: reworded, reordered, merged and split.
PARAPHRASE = json.loads((FIXTURES / "paraphrase" / "alignment.gold.json").read_text(encoding="utf-8"))
#: The same in Marathi and Urdu, written after the thresholds were set (a held-out check).
PARAPHRASE_MR_UR = json.loads((FIXTURES / "paraphrase" / "alignment_mr_ur.gold.json").read_text(encoding="utf-8"))


#: The kinds of sentence that take part in alignment.
CLAIMS = (ClaimKind.ATTRIBUTED, ClaimKind.UNATTRIBUTED)


@cache
def _analysed(path: str) -> Article:
    (article,) = analyze([read_article(str(FIXTURES / path))])
    return article


@cache
def _compare(*paths: str) -> Comparison:
    return compare_articles([_analysed(p) for p in paths])


def _sentence_of(article: Article, quote: str) -> int:
    position = article.text.find(quote)
    assert position >= 0, quote
    return next(s.index for s in article.sentences if s.start <= position < s.end)


def _gold_pairs(paths: list[str], gold: dict = GOLD) -> set[frozenset[tuple[str, int]]]:  # type: ignore[type-arg]
    pairs = set()
    for group in gold["groups"]:
        members = [
            (_analysed(m["article"]).id, _sentence_of(_analysed(m["article"]), m["quote"]))
            for m in group["members"]
            if m["article"] in paths
        ]
        pairs |= {frozenset(p) for p in itertools.combinations(members, 2) if p[0][0] != p[1][0]}
    return pairs


def test_compare_alignment_precision_and_recall_against_gold() -> None:
    gold: set[frozenset[tuple[str, int]]] = set()
    found: set[frozenset[tuple[str, int]]] = set()
    for paths in EVENTS:
        gold |= _gold_pairs(paths)
        for group in _compare(*paths).groups:
            members = [(m.article, m.sentence) for m in group.members]
            found |= {frozenset(p) for p in itertools.combinations(members, 2) if p[0][0] != p[1][0]}
    true = len(gold & found)
    assert len(gold) == 141
    assert true / len(found) >= 0.9, f"precision {true}/{len(found)}"
    assert true / len(gold) >= 0.9, f"recall {true}/{len(gold)}"


def _pairs_of(comparison: Comparison) -> set[frozenset[tuple[str, int]]]:
    found: set[frozenset[tuple[str, int]]] = set()
    for group in comparison.groups:
        members = [(m.article, m.sentence) for m in group.members]
        found |= {frozenset(p) for p in itertools.combinations(members, 2) if p[0][0] != p[1][0]}
    return found


@pytest.mark.parametrize(
    "gold_file",
    # Measured: en/hi precision 0.90, recall 0.90 (28 of the 31 pairs of claims; without
    # the lower threshold for same-event article pairs recall was 0.68); mr/ur precision
    # 0.91, recall 0.97 (29 of 30).
    [PARAPHRASE, PARAPHRASE_MR_UR],
    ids=["en-hi", "mr-ur"],
)
def test_compare_alignment_on_independent_reports_of_one_event(gold_file: dict) -> None:  # type: ignore[type-arg]
    paths = gold_file["articles"]
    gold = _gold_pairs(paths, gold_file)
    assert len(gold) == 33
    # Headlines are no claims and take no part in alignment (issue 12: a group holding
    # one is wrong), so the gold's headline pairs are not asked for.
    claims = {(_analysed(p).id, s.index) for p in paths for s in _analysed(p).sentences if s.kind in CLAIMS}
    gold = {pair for pair in gold if pair <= claims}
    comparison = _compare(*paths)
    assert all(g.same_event for g in comparison.groups)
    kinds = {d.kind.value for g in comparison.groups for d in g.differences}
    assert not kinds & {"number", "date", "weekday", "negation"}  # none was planted
    found = _pairs_of(comparison)
    true = len(gold & found)
    assert true / len(found) >= 0.85, f"precision {true}/{len(found)}"
    assert true / len(gold) >= 0.85, f"recall {true}/{len(gold)}"


@pytest.mark.parametrize("plant", PLANTED, ids=[p["name"] for p in PLANTED])
def test_compare_reports_every_planted_difference(plant: dict[str, str]) -> None:
    comparison = _compare(plant["base"], plant["variant"])
    base, variant = _analysed(plant["base"]), _analysed(plant["variant"])
    b = _sentence_of(base, plant["base_quote"])
    v = _sentence_of(variant, plant["variant_quote"])
    groups = [
        g
        for g in comparison.groups
        if any((m.article, m.sentence) == (base.id, b) for m in g.members)
        and any((m.article, m.sentence) == (variant.id, v) for m in g.members)
    ]
    assert len(groups) == 1, "the planted sentences are not aligned"
    assert plant["kind"] in {d.kind.value for d in groups[0].differences}


def test_compare_faithful_translation_has_no_number_date_or_negation_difference() -> None:
    comparison = _compare("seeds/003_b8cf7308b83d3685.txt", "crosslingual/hi_003.txt")
    kinds = {d.kind.value for g in comparison.groups for d in g.differences}
    assert not kinds & {"number", "date", "weekday", "negation"}
    assert len(comparison.groups) >= 10


def test_compare_seeds_report() -> None:
    # Two meetings: they share one claim (unconditional support, KCNA -> Kim, tested
    # below); "state media reported this on Sunday" / "on Thursday" report different
    # things, and "ways to strengthen the partnership were discussed" is not "the two
    # countries agreed to raise ties to a strategic partnership".
    comparison = _compare(*(f"seeds/{p.name}" for p in SEEDS))
    assert len(comparison.articles) == 2
    assert len(comparison.groups) == 1
    assert [d for g in comparison.groups for d in g.differences] == []
    assert len(comparison.only_in) == 30
    # Few of their claims pair up: the report says they may cover different events.
    assert [g.same_event for g in comparison.groups] == [False]


HARD_NEGATIVES = json.loads((FIXTURES / "crosslingual" / "hard_negatives.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("negative", HARD_NEGATIVES, ids=[str(n) for n in range(len(HARD_NEGATIVES))])
def test_compare_hard_negatives_are_not_grouped(negative: dict[str, dict[str, str]]) -> None:
    a, b = _analysed(negative["a"]["article"]), _analysed(negative["b"]["article"])
    index_a, index_b = _sentence_of(a, negative["a"]["quote"]), _sentence_of(b, negative["b"]["quote"])
    comparison = _compare(negative["a"]["article"], negative["b"]["article"])
    assert (b.id, index_b) not in _group_of(comparison, a, index_a), negative["why"]


def _group_of(comparison: Comparison, article: Article, index: int) -> set[tuple[str, int]]:
    for group in comparison.groups:
        members = {(m.article, m.sentence) for m in group.members}
        if (article.id, index) in members:
            return members
    return set()


def test_compare_seeds_share_unconditional_support_attributed_to_kcna_in_both() -> None:
    # Two meetings (Lavrov in July, Shoigu in June), one claim: North Korea supports
    # Russia unconditionally, as KCNA reports Kim. Seed 000 names KCNA at the head of the
    # paragraph; the margin alone (1.004) falls short, the shared chain keeps the pair.
    paths = [f"seeds/{p.name}" for p in SEEDS]
    lavrov, shoigu = (_analysed(p) for p in paths)
    a = _sentence_of(lavrov, "શરતવિહિન સમર્થન આપે છે")
    b = _sentence_of(shoigu, "બિનશરતી સમર્થન આપશે")
    comparison = _compare(*paths)
    assert _group_of(comparison, lavrov, a) == {(lavrov.id, a), (shoigu.id, b)}
    for article, index in ((lavrov, a), (shoigu, b)):
        (relation,) = article.sentences[index].sourced_attributions()
        assert relation.chain[0].source.id == "kcna"
        assert relation.chain[-1].source.id.startswith("x:kim")
    (group,) = [g for g in comparison.groups if (lavrov.id, a) in {(m.article, m.sentence) for m in g.members}]
    assert "source" in group.agreements


def test_compare_shared_chain_does_not_join_different_statements() -> None:
    # KCNA -> Kim in both, but Kim praising the ties as "a true relationship between two
    # comrades" is not Kim saying the two countries agree on every strategic issue.
    message, meeting = _analysed("seeds/003_b8cf7308b83d3685.txt"), _analysed("crosslingual/hi_000.txt")
    praise = _sentence_of(message, "તેમણે ઉત્તર કોરિયા અને રશિયા")
    agree = _sentence_of(meeting, "दोनों देश सभी रणनीतिक मुद्दों पर एकमत हैं")
    comparison = _compare("seeds/003_b8cf7308b83d3685.txt", "crosslingual/hi_000.txt")
    assert (meeting.id, agree) not in _group_of(comparison, message, praise)


def test_compare_cli_formats(tmp_path) -> None:  # type: ignore[no-untyped-def]
    seeds = [str(p) for p in SEEDS]
    terminal = run_cli("compare", *seeds)
    assert terminal.returncode == 0, terminal.stderr
    assert "shared claims" in terminal.stdout and "Korean Central News Agency (from paragraph)" in terminal.stdout
    out = tmp_path / "report.md"
    markdown = run_cli("compare", "--format", "markdown", "--output", str(out), *seeds)
    assert markdown.returncode == 0 and markdown.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# claimcheck: 2 articles compared")
    data = json.loads(run_cli("compare", "--format", "json", *seeds).stdout)
    assert data["kind"] == "comparison" and data["summary"]["groups"] == len(data["groups"])


def test_compare_needs_two_articles() -> None:
    result = run_cli("compare", str(SEEDS[0]))
    assert result.returncode == 2
    assert result.stderr.strip() == "claimcheck: error: compare needs at least two readable articles (got 1)"


def test_compare_every_output_format_has_a_renderer() -> None:
    from claimcheck.render import COMPARISON_RENDERERS, OutputFormat

    assert set(COMPARISON_RENDERERS) == set(OutputFormat)


def test_compare_inputs_with_one_file_name_stay_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.api import analyze_inputs

    for folder, source in (("a", SEEDS[0]), ("b", FIXTURES / "crosslingual" / "en_000.txt")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(source.read_bytes())
    paths = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), str(tmp_path / "b" / "x.txt")]
    articles, _ = analyze_inputs(paths)
    assert [a.id for a in articles] == [paths[0], paths[1], paths[1] + "#2"]


def test_compare_grouping_keeps_one_sentence_per_article() -> None:
    """A pair refused because it would put two sentences of one article in a group
    leaves that sentence out of every group (it stays "only in one article")."""
    from claimcheck.alignment import AlignedPair, group_pairs
    from claimcheck.types import ClaimRef

    a1, a2, b1, c1 = ClaimRef("A", 0), ClaimRef("A", 1), ClaimRef("B", 0), ClaimRef("C", 0)
    pairs = [AlignedPair(a1, b1, 0.95, 1.1), AlignedPair(b1, c1, 0.94, 1.1), AlignedPair(a2, c1, 0.93, 1.1)]
    assert group_pairs(pairs, [a1, a2, b1, c1]) == [((a1, b1, c1), 0.94)]


def test_compare_markdown_spans_index_the_original_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.md"
    path.write_text("# Talks\n\nKim **strongly** backed Russia, KCNA said on Sunday.\n", encoding="utf-8")
    (article,) = analyze([read_article(str(path))])
    sentence = article.sentences[1]
    (relation,) = sentence.attributions
    assert relation.source is not None and article.text[relation.source.start : relation.source.end] == "KCNA"
    assert relation.content is not None and relation.content.text == "Kim **strongly** backed Russia"


def _analysed_text(tmp_path, name: str, text: str) -> Article:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (article,) = analyze([read_article(str(path))])
    return article


#: Sentences on other matters, so that the sentence under test has neighbours to stand out from.
OTHER_NEWS_EN = "The monsoon reached the coast of Kerala on Monday. Oil prices rose for a third day on Tuesday.\n"
OTHER_NEWS_HI = "दिल्ली में मंगलवार को भारी बारिश हुई। शेयर बाज़ार में लगातार तीसरे दिन गिरावट रही।\n"


#: The Hindi sentence both tests below compare with an English one: KCNA says it.
KCNA_MEETING_HI = "केसीएनए ने कहा कि किम जोंग उन ने शनिवार को वोनसान में सर्गेई लावरोव से मुलाकात की। "


def _first_sentences_group(tmp_path, english: str, hindi: str) -> ClaimGroup:  # type: ignore[no-untyped-def]
    """The group of the two articles' first sentences, each followed by other news."""
    a = _analysed_text(tmp_path, "a.txt", english + OTHER_NEWS_EN)
    b = _analysed_text(tmp_path, "b.txt", hindi + OTHER_NEWS_HI)
    (group,) = [g for g in compare_articles([a, b]).groups if (a.id, 0) in {(m.article, m.sentence) for m in g.members}]
    assert [(m.article, m.sentence) for m in group.members] == [(a.id, 0), (b.id, 0)]
    return group


def test_compare_collective_state_media_agrees_with_the_outlet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "North Korean state media" covers KCNA: no source difference between them.
    english = "North Korea's state media said Kim Jong Un met Sergei Lavrov in Wonsan on Saturday. "
    group = _first_sentences_group(tmp_path, english, KCNA_MEETING_HI)
    assert "source" in group.agreements
    assert [d.kind.value for d in group.differences] == []


def test_compare_a_relay_in_front_of_one_source_is_a_chain_difference(tmp_path) -> None:  # type: ignore[no-untyped-def]
    english = "Yonhap, citing KCNA, said Kim Jong Un met Sergei Lavrov in Wonsan on Saturday. "
    group = _first_sentences_group(tmp_path, english, KCNA_MEETING_HI)
    assert [(d.kind.value, [s.value for s in d.sides]) for d in group.differences] == [
        ("chain", ["Yonhap News Agency → Korean Central News Agency", "Korean Central News Agency"])
    ]


def test_compare_a_one_sentence_claim_aligns_with_an_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A claim pasted alone finds its sentence in a longer article (margin against that
    # article's other sentences).
    claim = _analysed_text(
        tmp_path, "claim.txt", "योनहाप ने केसीएनए के हवाले से बताया कि किम और लावरोव के बीच बैठक शनिवार को हुई थी।\n"
    )
    article = _analysed("crosslingual/en_000.txt")
    (group,) = compare_articles([claim, article]).groups
    meeting = _sentence_of(article, "the meeting between Kim and Lavrov took place on Saturday")
    assert [(m.article, m.sentence) for m in group.members] == [(claim.id, 0), (article.id, meeting)]
    # Two single sentences: the margin is 1 by definition, so only a shared source chain
    # with close contents joins them.
    same = _analysed_text(tmp_path, "same.txt", "Yonhap, citing KCNA, said Kim and Lavrov met on Saturday.\n")
    assert len(compare_articles([claim, same]).groups) == 1
    bare = _analysed_text(tmp_path, "bare.txt", "Kim and Lavrov met on Saturday in Wonsan.\n")
    assert compare_articles([claim, bare]).groups == ()


def test_compare_report_of_two_sentences_still_anchors_its_weekday(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "State media reported this on Saturday" after a claim split over two sentences:
    # "this" is anchored two sentences back, and the weekday difference is reported.
    text = (FIXTURES / "crosslingual" / "en_000.txt").read_text(encoding="utf-8")
    one = (
        "North Korean leader Kim Jong Un reiterated during a meeting with Russian Foreign Minister Sergei Lavrov "
        "that North Korea fully supports all of Russia's actions in the ongoing war against Ukraine."
    )
    two = (
        "North Korean leader Kim Jong Un reiterated that North Korea fully supports all of Russia's actions in the "
        "ongoing war against Ukraine. He said so at a meeting with Russian Foreign Minister Sergei Lavrov."
    )
    assert one in text and "reported this on Sunday" in text
    variant = _analysed_text(tmp_path, "split.txt", text.replace(one, two).replace("reported this on Sunday", "reported this on Saturday"))
    comparison = compare_articles([_analysed("crosslingual/en_000.txt"), variant])
    weekdays = [[s.value for s in d.sides] for g in comparison.groups for d in g.differences if d.kind.value == "weekday"]
    assert weekdays == [["Sunday", "Saturday"]]


def test_compare_flags_groups_across_articles_on_different_events() -> None:
    # Two court stories (a bail order, a pothole ruling) pair up by chance ("the bench
    # said"); that group is flagged, the two reports of one event are not.
    paths = (
        "seeds/000_753f1a494d41d2ce.txt",
        "paraphrase/en_wire_000.txt",
        "languages/en/court_bail.txt",
        "languages/mr/khadde_uchcha_nyayalay.txt",
    )
    comparison = _compare(*paths)
    courts = {_analysed(p).id for p in paths[2:]}
    flags = [(g.same_event, bool({m.article for m in g.members} & courts)) for g in comparison.groups]
    assert (False, True) in flags and (True, False) in flags
    assert all(same_event is not court for same_event, court in flags)
