"""Classroom rounds in the pure core: team keys, timer, reveal, scores with no reward for speed."""
from __future__ import annotations

import pytest

from game.core.classroom import TeamRound, key_answer, make_teams
from game.core.packs import load_pack


@pytest.fixture
def scenarios(mini_pack, library):
    return load_pack(mini_pack, library).pack.scenarios   # still-fake, anim-real, voice-fake, video-real


def test_teams_get_a_colour_a_shape_their_own_keys_and_a_name():
    teams = make_teams(3, "en", ["Lions", "", "Owls"])
    assert [t.name for t in teams] == ["Lions", "Sky", "Owls"]
    assert len({t.shape for t in make_teams(8, "zh")}) == 8 and len({t.colour for t in make_teams(8, "zh")}) == 8
    assert key_answer(teams, "2") == (0, 1) and key_answer(teams, "e") == (2, 2) and key_answer(teams, "n") is None
    with pytest.raises(ValueError):
        make_teams(9, "en")


def test_a_scenario_from_watching_to_the_scoreboard(scenarios):
    game = TeamRound(make_teams(3, "en"), scenarios[:1])      # the fake advert: AI, and 'ask your doctor' is safe
    safe = next(i for i, o in enumerate(scenarios[0].actions[0].options) if o.safe)
    game.advance()
    assert game.phase == "judge" and game.options() == ["real", "manipulated"]
    game.choose(0, 1), game.choose(1, 0), game.choose(1, 1), game.choose(2, 0)   # team 2 changes its mind
    assert game.all_answered
    game.advance()
    assert game.phase == "action"
    game.choose(0, safe), game.choose(1, 1 - safe)
    game.advance()
    assert game.phase == "reveal"
    points = {a.team: a.points for a in game.scenario_answers()}
    assert points == {0: 10, 1: 4, 2: 0}                       # team 3 gave no action: nothing for it
    game.advance(), game.advance()
    assert game.finished and [(t.index, p) for t, p in game.totals()] == [(0, 10), (1, 4), (2, 0)]


def test_the_timer_locks_answers_and_can_be_paused_and_extended(scenarios):
    game = TeamRound(make_teams(2, "en"), scenarios[:1], timer_seconds=15)
    game.advance()
    game.choose(0, 1)
    game.tick(10)
    game.timer.toggle_pause()
    game.tick(30)                                              # paused: nothing runs out
    assert game.phase == "judge"
    game.timer.toggle_pause()
    game.timer.extend()
    game.tick(19)
    assert game.phase == "judge" and game.timer.left == pytest.approx(1)
    game.tick(1)
    assert game.phase == "action"                              # time up: on to the next question


def test_speed_earns_nothing(scenarios):
    fast, slow = TeamRound(make_teams(2, "en"), scenarios[:1]), TeamRound(make_teams(2, "en"), scenarios[:1])
    for game, wait in ((fast, 0.5), (slow, 50)):
        game.advance()
        game.tick(wait)
        game.choose(0, 1)
        game.advance()
        game.tick(wait)
        game.choose(0, 0)
        game.advance()
    assert fast.totals()[0][1] == slow.totals()[0][1]
    assert fast.scenario_answers()[0].seconds < slow.scenario_answers()[0].seconds


def test_the_timer_counts_only_while_teams_answer(scenarios):
    """Watching, the reveal and the scoreboard have no countdown: the timer neither runs there
    nor runs out, so those screens have nothing to redraw (issue 16)."""
    game = TeamRound(make_teams(2, "en"), scenarios[:1], timer_seconds=15)
    counting = {}
    for _ in range(5):
        counting[game.phase] = game.timer.running
        game.tick(3)
        if game.phase in ("watch", "reveal", "scoreboard"):
            assert not game.timer.expired and not game.timer.extend() and not game.timer.toggle_pause()
            assert game.timer.until_shown_change() is None
        game.advance()
    assert counting == {"watch": False, "judge": True, "action": True, "reveal": False, "scoreboard": False}
    assert game.finished


def test_the_countdown_says_when_its_shown_seconds_change(scenarios):
    game = TeamRound(make_teams(2, "en"), scenarios[:1], timer_seconds=15)
    game.advance()
    game.tick(0.25)
    assert game.timer.shown_seconds() == 15 and game.timer.until_shown_change() == pytest.approx(0.75)
    assert game.timer.extend() and game.timer.span == pytest.approx(29.75) and game.timer.shown_seconds() == 30
    game.timer.toggle_pause()
    assert game.timer.until_shown_change() is None             # paused: nothing moves
