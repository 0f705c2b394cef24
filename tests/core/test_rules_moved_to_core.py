"""Rules the screens used to hold, now in the core: which learning-check test is next and what is
in it, which scenarios a review round plays, which voice lines a pack needs, which picks were safe."""
from types import SimpleNamespace

from game.core.callspeech import pack_requests, scenario_requests
from game.core.learningcheck import check_test_items, next_test
from game.core.library import load_all
from game.core.review import review_selection
from game.core.round import Round
from tests.conftest import DATA
from tests.core.test_order import scenario


def finished(kind, round_id=1):
    return {"pack_id": "check", "kind": kind, "complete": 1, "round_id": round_id, "round_finished": "x",
            "judgement": "real", "truth": "real", "actions_safe": [True], "call_outcome": ""}


def test_the_check_before_practice_comes_first_then_the_one_after():
    assert next_test([], "check") == "pre"
    unfinished = dict(finished("pre"), round_finished=None)
    assert next_test([unfinished], "check") == "pre"
    assert next_test([finished("pre")], "check") == "post"
    assert next_test([finished("pre")], "other") == "pre"


def test_test_items_follow_the_pack_lists():
    pack = SimpleNamespace(scenarios=[scenario("a"), scenario("b"), scenario("c")],
                           info=SimpleNamespace(pre=["c", "a"], post=["b"]))
    assert [s.id for s in check_test_items(pack, "pre")] == ["c", "a"]
    assert [s.id for s in check_test_items(pack, "post")] == ["b"]


def test_review_plays_the_missed_scenarios_of_the_first_pack_that_has_any(library):
    [mini] = [s.pack for s in load_all([DATA / "packs" / "mini"], library)]
    pack, scenarios = review_selection([("mini", "video-real"), ("mini", "still-fake"), ("gone", "x")], [mini])
    assert pack is mini and [s.id for s in scenarios] == ["still-fake", "video-real"]   # in pack order
    assert review_selection([("gone", "x")], [mini]) is None


def test_a_pack_needs_each_voice_line_once(library):
    [calls] = [s.pack for s in load_all([DATA / "packs" / "calls"], library)]
    requests = pack_requests(calls)
    assert requests and len(requests) == len(set(requests))
    assert {r.lang for r in requests} == {"zh", "en"}
    assert scenario_requests(calls.scenarios, ["en"]) == [r for r in requests if r.lang == "en"]


def test_the_round_knows_which_picks_were_safe():
    round_ = Round("p", [scenario(options=3)])
    round_.judge("manipulated")
    round_.set_confidence("certain")
    safe_at = [o.safe for o in round_.scenario.actions[0].options].index(True)
    round_.choose_action(safe_at, 1.0)
    assert round_.chosen_safe == [True]
