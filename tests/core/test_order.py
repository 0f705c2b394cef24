"""Options are shown in an order that carries no information, stable for one player or room."""
from collections import Counter

from game.core.classroom import TeamRound
from game.core.models import Scenario
from game.core.order import at_most, in_display_order, shuffled_indexes
from game.core.round import Round


def scenario(sid="s", options=4, pinned=()):
    return Scenario.model_validate({
        "id": sid, "category": "faceswap_video_call", "difficulty": 1, "truth": "manipulated", "title": "t",
        "clip": {"kind": "image", "file": "a.png"}, "tells": [{"text": "t"}],
        "actions": [{"prompt": "p", "options": [
            {"text": f"option {i}", "safe": i == 0, "why": "w", "pin": i in pinned} for i in range(options)]}],
        "explanation": "e", "rights": ["civil-code-1019"]})


def shown(s, key):
    return [o.text for o in in_display_order(s, key).actions[0].options]


def test_the_same_key_gives_the_same_order_and_other_keys_spread_the_safe_option():
    s = scenario()
    assert shown(s, "player-1") == shown(s, "player-1")
    positions = Counter(shown(s, f"player-{n}").index("option 0") for n in range(400))
    assert set(positions) == {0, 1, 2, 3}
    assert max(positions.values()) < 140          # about 100 each; never mostly in one place


def test_each_scenario_has_its_own_order_for_one_player():
    orders = {tuple(shown(scenario(f"s{n}"), "player-1")) for n in range(30)}
    assert len(orders) > 5


def test_pinned_options_keep_their_place():
    s = scenario(pinned=(0, 3))
    for n in range(50):
        order = shown(s, f"k{n}")
        assert order[0] == "option 0" and order[3] == "option 3"


def test_shuffled_indexes_is_a_permutation():
    for n in range(20):
        assert sorted(shuffled_indexes(6, {2}, f"k{n}")) == list(range(6))


def test_a_round_scores_the_option_the_player_saw():
    s = scenario()
    round_ = Round("p", [s], order_key="player-7")
    safe_at = [o.safe for o in round_.scenario.actions[0].options].index(True)
    round_.judge("manipulated")
    round_.set_confidence("certain")
    answer = round_.choose_action(safe_at, 1.0)
    assert answer.actions_safe == (True,)


def test_a_classroom_sees_one_order_and_a_cut_list_keeps_the_safe_option():
    s = scenario(options=6)
    one = TeamRound([], [s], order_key="room-3").scenarios[0]
    two = TeamRound([], [s], order_key="room-3").scenarios[0]
    assert one == two and len(one.actions[0].options) == 5
    assert any(o.safe for o in one.actions[0].options)
    assert at_most(s, 2).actions[0].options[0].safe
