"""Classroom rounds with answer cards, in the pure core: a team's points are the mean of its
present cards' points (fair to teams of any size, nothing for speed), its shown answer its
majority, and holding every card the same way does not pay."""
from __future__ import annotations

import pytest

from game.core.cards import CardRoom, CardVote
from game.core.classroom import TeamRound, card_points, majority, make_teams
from game.core.library import load_all
from game.core.packs import load_pack
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS
from tests.conftest import ROOT


@pytest.fixture
def scenarios(mini_pack, library):
    return load_pack(mini_pack, library).pack.scenarios   # still-fake, anim-real, voice-fake, video-real


def card_round(scenarios, cards: int = 12, teams: int = 3, **kwargs) -> TeamRound:
    return TeamRound(make_teams(teams, "en"), list(scenarios), cards=CardRoom(cards, teams), **kwargs)


def votes(answers: dict[int, str | int], at: float = 1.0) -> list[CardVote]:
    return [CardVote(card, answer, at) for card, answer in sorted(answers.items())]


def safe_index(scenario) -> int:
    return next(i for i, o in enumerate(scenario.actions[0].options) if o.safe)


def unsafe_index(scenario) -> int:
    return next(i for i, o in enumerate(scenario.actions[0].options) if not o.safe)


def test_a_card_round_cuts_every_question_to_four_options(scenarios):
    game = card_round(scenarios, order_key="room-x")
    assert all(len(s.actions[0].options) <= 4 for s in game.scenarios if s.actions)
    assert game.option_limit == 4
    game.advance(), game.advance()
    if game.scenario.actions:
        assert len(game.options()) <= 4


def test_a_teams_points_are_the_mean_of_its_present_cards(scenarios):
    """12 cards, 3 teams (1-4, 5-8, 9-12). Team 1: all four right on both; team 2: two of four
    right on the call, one safe; team 3: only card 9 held up, right on both (cards 10-12 are
    never seen, so they are not present: the team scores as card 9)."""
    game = card_round(scenarios[:1])                # the fake advert, with an action question
    scenario = game.scenario
    safe, unsafe = safe_index(scenario), unsafe_index(scenario)
    game.advance()
    game.take_cards(votes({1: "manipulated", 2: "manipulated", 3: "manipulated", 4: "manipulated",
                           5: "manipulated", 6: "manipulated", 7: "real", 8: "real", 9: "manipulated"}))
    assert game.choices == {0: 1, 2: 1}             # team 2 is split two and two: no majority
    game.advance()
    game.take_cards(votes({1: safe, 2: safe, 3: safe, 4: safe, 5: safe, 6: unsafe, 7: unsafe, 8: unsafe, 9: safe}))
    game.advance()
    points = {a.team: a.points for a in game.scenario_answers()}
    assert points == {0: 10, 1: (2 * JUDGE_POINTS + ACTION_POINTS) / 4, 2: 10}   # 3.5 for team 2
    answers = {a.team: a for a in game.scenario_answers()}
    assert answers[1].judgement == "" and answers[0].judgement == "manipulated" and answers[1].safe is False
    tally = game.tally(1)
    assert (tally.present, tally.judged_right, tally.acted_safe, tally.points) == (4, 2, 1, 3.5)
    assert game.card_counts("judge") == [2, 7] and sum(game.card_counts("action")) == 9
    assert [(t.index, p) for t, p in game.totals()] == [(0, 10), (2, 10), (1, 3.5)]


def test_a_card_seen_once_counts_for_the_rest_of_the_session(scenarios):
    """Card 10 answered the first scenario and then held up nothing: it counts as not right,
    so team 3 (cards 9-12) scores half of what card 9 alone scores on the second."""
    game = card_round(scenarios[1:2] + scenarios[3:4])   # the two real items
    for scenario_votes in ({9: "real", 10: "real"}, {9: "real"}):
        game.advance()
        game.take_cards(votes(scenario_votes))
        while game.phase in ("judge", "action"):
            game.advance()
        while game.phase in ("playout", "reveal", "scoreboard"):
            game.advance()
    third = [a.points for a in game.answers if a.team == 2]
    assert third == [JUDGE_POINTS, JUDGE_POINTS / 2]


def test_speed_earns_nothing_with_cards(scenarios):
    fast, slow = card_round(scenarios[:1]), card_round(scenarios[:1])
    for game, at in ((fast, 0.5), (slow, 40.0)):
        game.advance()
        game.take_cards(votes({1: "manipulated", 5: "real"}, at))
        game.advance()
        game.take_cards(votes({1: safe_index(game.scenario)}, at))
        game.advance()
    assert fast.totals() == slow.totals()


def test_points_and_majority_rules():
    assert card_points([], {}, {}, "real", None) == 0
    assert card_points([1, 2, 3], {1: "real", 2: "real"}, {}, "real", None) == pytest.approx(2.7)
    assert card_points([1], {1: "real"}, {1: 1}, "real", [False, True]) == 10
    assert majority([0, 0, 1]) == 0 and majority([0, 1]) is None and majority([]) is None


def test_turning_the_camera_off_keeps_what_was_scored(scenarios):
    game = card_round(scenarios[:2])
    game.advance()
    game.take_cards(votes({1: "manipulated"}))
    game.advance()
    game.take_cards(votes({1: safe_index(game.scenario)}))
    game.advance()
    while game.phase != "watch":
        game.advance()
    game.stop_cards()                                   # the teacher types from here on
    game.advance()
    game.choose(0, 0)
    game.advance()
    while not game.finished and game.phase in ("action", "playout", "reveal", "scoreboard"):
        game.advance()
    first, second = [a for a in game.answers if a.team == 0]
    assert first.points == 10 and second.card_points is None and second.points == JUDGE_POINTS


def all_a_total(scenarios, judge_only: bool, key: str) -> tuple[float, int, int]:
    """Every card on A (real) every time: (points of team 1, the real items, the items whose
    option A is safe)."""
    game = card_round(scenarios, cards=8, teams=2, order_key=key)
    a_safe = 0
    while not game.finished:
        if game.phase in ("judge", "action"):
            answer = "real" if game.phase == "judge" else 0
            if game.phase == "action":
                a_safe += game.scenario.actions[0].options[0].safe
            if game.phase == "judge" or not judge_only:
                game.take_cards(votes({card: answer for card in range(1, 9)}))
        game.advance()
    real = sum(s.truth == "real" for s in game.scenarios)
    return game.totals()[0][1], real, a_safe


def test_an_all_a_room_gets_the_judge_points_of_the_real_items_and_no_more(scenarios, library):
    built_in = [s for status in load_all([ROOT / "scenarios"], library) for s in status.pack.scenarios]
    for pack in (list(scenarios), built_in):
        points, real, _ = all_a_total(pack, judge_only=True, key="audit")
        assert points == JUDGE_POINTS * real
        most = sum(JUDGE_POINTS + (ACTION_POINTS if s.actions else 0) for s in pack)
        assert points <= most * 0.6                     # a fair pack: about half its items are real
        for key in ("audit-1", "audit-2", "audit-3"):
            points, real, a_safe = all_a_total(pack, judge_only=False, key=key)
            assert points == JUDGE_POINTS * real + ACTION_POINTS * a_safe
            assert points < most * 0.65, (key, points, most)   # A on every action: the shuffle, not a rule


def test_always_ai_does_not_score_well_either(library):
    built_in = [s for status in load_all([ROOT / "scenarios"], library) for s in status.pack.scenarios]
    game = card_round(built_in, cards=4, teams=2, order_key="audit")
    while not game.finished:
        if game.phase == "judge":
            game.take_cards(votes({card: "manipulated" for card in range(1, 5)}))
        game.advance()
    fakes = sum(s.truth != "real" for s in game.scenarios)
    assert game.totals()[0][1] == JUDGE_POINTS * fakes
    assert fakes < 0.6 * len(built_in)
