"""The built-in library as a whole: enough scenarios, balanced, bilingual, every call ending,
every rights card cited and every citation a card, and a matched learning check."""
from __future__ import annotations

from collections import Counter

import pytest

from game.core.call import all_endings, play_path
from game.core.library import load_all
from game.core.vocab import CATEGORIES
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def packs():
    from game.core.library import InstallPaths, open_library

    library, problems = open_library(InstallPaths(ROOT), cache_dir=None)
    assert problems == []
    statuses = load_all([ROOT / "scenarios"], library)
    assert [str(p) for s in statuses for p in s.problems] == []
    return [s.pack for s in statuses], library


def practice(packs):
    return [p for p in packs[0] if p.info.purpose == "practice"]


def scenarios(packs):
    return [s for p in practice(packs) for s in p.scenarios]


def test_at_least_48_scenarios_in_at_least_4_packs_each_from_easy_to_hard(packs):
    assert len(practice(packs)) >= 4 and len(scenarios(packs)) >= 48
    for pack in practice(packs):
        difficulties = [s.difficulty for s in pack.scenarios]
        assert difficulties == sorted(difficulties), pack.info.id
        assert set(pack.info.languages) == {"zh", "en"}, pack.info.id


def test_balance_real_share_calls_and_every_category(packs):
    items = scenarios(packs)
    real = sum(s.truth == "real" for s in items)
    assert real >= 0.4 * len(items), f"{real} of {len(items)} real"
    assert sum(s.clip.kind == "call" for s in items) >= 12
    counts = Counter(s.category for s in items)
    assert {c: counts[c] for c in CATEGORIES if counts[c] < 4} == {}
    for pack in practice(packs):       # every pack teaches both sides
        assert {s.truth for s in pack.scenarios} == {"real", "manipulated"}, pack.info.id


def test_every_scenario_is_complete_in_both_languages(packs):
    from game.core.models import LangText

    for pack in packs[0]:
        for s in pack.scenarios:
            assert s.tells and s.rights and s.sources, s.id
            assert s.actions or s.clip.kind == "call", s.id
            for text in (s.title, s.explanation, *[t.text for t in s.tells]):
                assert isinstance(text, LangText) and text.zh and text.en, s.id
            for question in s.actions:
                assert any(o.safe for o in question.options) and any(not o.safe for o in question.options), s.id
            if s.truth == "manipulated" and s.category != "labelled_ai_content":
                assert s.pattern, f"{s.id}: a fake with no red flags named"


def test_every_cited_card_exists_and_every_card_is_cited(packs):
    pack_list, library = packs
    cited = {card for pack in pack_list for s in pack.scenarios for card in s.rights}
    assert cited <= set(library.rights)
    assert set(library.rights) - cited == set()


def test_every_call_path_ends_and_the_script_reacts(packs):
    calls = [s for pack in packs[0] for s in pack.scenarios if s.clip.kind == "call"]
    assert {s.call.channel for s in calls} == {"phone", "video", "conference"}
    for scenario in calls:
        endings = all_endings(scenario.call)
        assert len({outcome for _, outcome in endings}) >= 2, scenario.id
        for path, outcome in endings:
            call = play_path(scenario.call, path)
            assert call.finished and call.outcome == outcome, (scenario.id, path)


def test_the_learning_check_has_ten_matched_pairs_kept_out_of_practice(packs):
    checks = [p for p in packs[0] if p.info.purpose == "check"]
    assert len(checks) == 1
    check = checks[0]
    assert len(check.info.pre) == len(check.info.post) == 10
    by_id = {s.id: s for s in check.scenarios}
    pre, post = [by_id[i] for i in check.info.pre], [by_id[i] for i in check.info.post]
    assert [(s.category, s.truth, s.clip.kind) for s in pre] == [(s.category, s.truth, s.clip.kind) for s in post]
    assert len({s.category for s in pre}) >= 8
    practice_ids = {s.id for s in scenarios(packs)}
    assert practice_ids.isdisjoint(by_id)


def test_the_session_plans_name_real_scenarios_and_fit_20_and_45_minutes(packs):
    from game.core.plans import load_plans, plan_items

    pack_list, _ = packs
    check = next(p for p in pack_list if p.info.purpose == "check")
    plans, problems = load_plans(ROOT / "assets" / "session-plans.yaml", practice(packs), check)
    assert problems == [] and [p.minutes for p in plans] == [20, 45]
    for plan in plans:
        items = plan_items(plan, practice(packs), check)
        minutes = 3 + sum((4 if item.scenario.clip.kind == "call" else 2.5) if item.part == "practice" else 1
                          for item in items)      # the rule of thumb written in the plans file
        assert abs(minutes - plan.minutes) <= plan.minutes * 0.15, (plan.id, minutes)
    long = plans[1]
    assert long.check_pairs and [i.part for i in plan_items(long, practice(packs), check)].count("pre") == long.check_pairs
