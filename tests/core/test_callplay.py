"""A room's call: played to its point of decision, then played out after the vote (issue 16)."""
from __future__ import annotations

import shutil

import pytest

from game.core.call import CallSession
from game.core.callplay import (
    PlayOut,
    at_decision,
    decision_path,
    decision_point,
    has_playout,
    is_safe,
    next_safe_choice,
    rewound,
    safe_route,
    watch_moves,
)
from game.core.classroom import TeamRound, make_teams
from game.core.community import CommunitySession, PlanItem
from game.core.library import load_all
from game.core.packs import load_pack
from tests.conftest import DATA, ROOT


@pytest.fixture
def calls(tmp_path, library):
    shutil.copytree(DATA / "packs" / "calls", tmp_path / "calls")
    status = load_pack(tmp_path / "calls", library)
    assert status.problems == []
    return {s.id: s for s in status.pack.scenarios}


def _built_in_calls(library):
    statuses = load_all([ROOT / "scenarios"], library)
    return [s for status in statuses for s in status.pack.scenarios if s.clip.kind == "call"]


def test_the_decision_is_where_a_real_move_is_offered(calls):
    script = calls["grandson-call"].call
    assert decision_path(script) == ["hello"] and decision_point(script) == "hello"
    call = CallSession(script)
    assert watch_moves(call) is None                 # ringing: answer only, declining is the room's to vote on
    call.answer()
    assert at_decision(call) and watch_moves(call) == []


def test_a_call_that_only_listens_first_is_played_on_to_its_decision(calls):
    script = calls["grandson-call"].call
    first = script.nodes["hello"]
    intro = first.model_copy(update={"choices": [first.choices[0].model_copy(update={"move": "listen", "next": "hello"})]})
    script = script.model_copy(update={"start": "intro", "nodes": {**script.nodes, "intro": intro}})
    assert decision_path(script) == ["intro", "hello"]
    call = CallSession(script)
    call.answer()
    assert not at_decision(call) and watch_moves(call) == [0]
    call.choose(0)
    assert at_decision(call) and watch_moves(call) == []


def test_the_safe_way_is_the_shortest_to_a_safe_ending(calls):
    script = calls["grandson-call"].call
    call = rewound(script)
    assert call.node_id == "hello" and call.moves == ["answer"]
    hang_up = next(i for i, c in enumerate(script.nodes["hello"].choices) if c.move == "hang_up_call_back")
    assert safe_route(script, "hello") == [hang_up, 0]
    while not call.finished:
        call.choose(next_safe_choice(call))
    assert call.outcome == "safe" and next_safe_choice(call) is None
    assert is_safe("safe") and is_safe("verified") and not is_safe("money_lost") and not is_safe("declined")


def test_the_play_out_offers_the_safe_way_only_after_an_unsafe_ending(calls):
    script = calls["grandson-call"].call
    play = PlayOut()
    call = rewound(script)
    assert play.way_on(call) is None
    call.choose(next(i for i, c in enumerate(call.node.choices) if c.move == "send_money"))
    assert play.way_on(call) == "safe_way"
    play.to_safe_way()
    call = rewound(script)
    while not call.finished:
        call.choose(next_safe_choice(call))
    assert play.way_on(call) == "reveal"
    room_safe = rewound(script)                       # the room chose the safe way itself
    while not room_safe.finished:
        room_safe.choose(next_safe_choice(room_safe))
    assert PlayOut().way_on(room_safe) == "reveal"


def test_every_built_in_call_has_a_decision_and_a_safe_way(library):
    scenarios = _built_in_calls(library)
    assert len(scenarios) >= 20
    for scenario in scenarios:
        script = scenario.call
        point = decision_point(script)
        assert point is not None, scenario.id
        call = rewound(script)
        assert call.node_id == point and not call.finished, scenario.id
        while not call.finished:
            choice = next_safe_choice(call)
            assert choice is not None, (scenario.id, call.node_id)
            call.choose(choice)
        assert is_safe(call.outcome), (scenario.id, call.outcome)


def test_rooms_play_a_call_out_after_the_answers_and_before_the_reveal(calls):
    scenario = calls["grandson-call"]
    assert has_playout(scenario)
    game = TeamRound(make_teams(2, "en"), [scenario])
    game.advance()
    game.choose(0, 1)
    game.advance()
    if scenario.actions:
        game.choose(0, 0)
        game.advance()
    assert game.phase == "playout" and game.scenario_answers()     # the answers are in first
    game.advance()
    assert game.phase == "reveal"
    session = CommunitySession([PlanItem(scenario, "calls", "practice"), PlanItem(scenario, "calls", "post")])
    assert session.steps().index("playout") == session.steps().index("reveal") - 1
    assert session.steps()[session.steps().index("playout") - 1].startswith("vote_")
    session.reveal()                                                # the presenter's Space, watching:
    assert session.step == "playout"                                # the call's endings come first
    session.reveal()
    assert session.step == "reveal"
    session.index, session.step = 1, "watch"
    assert "playout" not in session.steps()                         # a check item shows no answer
    session.reveal()
    assert session.step == "watch"                                  # ... and no reveal


def _problems(scenario, script) -> list[str]:
    from game.core.callcheck import check_call

    found = []
    check_call(scenario.model_copy(update={"call": script}), lambda where, message, hint: found.append(message))
    return found


def test_the_validator_asks_for_a_decision_and_a_safe_way(calls):
    scenario = calls["grandson-call"]
    assert _problems(scenario, scenario.call) == []
    nodes = dict(scenario.call.nodes)
    nodes["safe"] = nodes["safe"].model_copy(update={"outcome": "money_lost"})    # every way loses the money
    assert any("no safe ending can be reached from 'hello'" in p for p in _problems(
        scenario, scenario.call.model_copy(update={"nodes": nodes})))
    hello = scenario.call.nodes["hello"]
    listening = hello.model_copy(update={"choices": [c.model_copy(update={"move": "listen"}) for c in hello.choices]})
    nodes = {**scenario.call.nodes, "hello": listening,
             "dodge": scenario.call.nodes["dodge"].model_copy(update={"choices": [
                 c.model_copy(update={"move": "listen"}) for c in scenario.call.nodes["dodge"].choices]}),
             "callback": scenario.call.nodes["callback"].model_copy(update={"choices": [
                 c.model_copy(update={"move": "listen"}) for c in scenario.call.nodes["callback"].choices]})}
    assert any("never offers a move to decide on" in p for p in _problems(
        scenario, scenario.call.model_copy(update={"nodes": nodes})))
