"""The strategy audit: fixed strategies played through the real round and call engine.

A score must mean judgement. Each strategy here answers every scenario without looking at
what the clip shows — always the same key, always "AI", the most cautious action, a coin —
or by a rule about how scenarios are built ("it rang again, so it is real"). If one of them
scores well, the pack teaches the rule instead of the habit. ``audit_scenarios`` plays them
all and reports each one's share of the maximum score and how often it judged right.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from game.core.call import CallSession
from game.core.models import ActionQuestion, Option, Scenario, text_in
from game.core.order import in_display_order
from game.core.round import Round
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS
from game.core.vocab import REQUEST_FLAGS

SEEDS = 24              # player keys each strategy is averaged over (order and coin tosses)
MAX_CALL_STEPS = 40     # a strategy that walks a loop gives up: the call counts as lost
REAL, FAKE = "real", "manipulated"

# Words that describe a visible or audible glitch, in either language. A player who learns
# "a glitch means AI" is taught a rule that fails on good fakes and on bad phone lines.
GLITCH_WORDS = (
    "six finger", "extra finger", "手指", "garbled", "scribbl", "乱码", "字是乱的", "shadow", "影子", "阴影",
    "lip", "嘴型", "口型", "嘴唇", "flicker", "闪", "smear", "blur", "糊", "freez", "frozen", "卡住", "定格",
    "blocky", "blocks", "马赛克", "方块", "pale", "pasted", "肤色", "边缘", "edge", "lighting", "光线",
    "blink", "眨眼", "robotic", "flat voice", "机械", "生硬", "echo", "回声", "warp", "变形", "扭曲", "seam", "接缝",
)
# Options that refuse outright: over-cautious on a genuine item, ranked above verifying.
REFUSE_WORDS = ("110", "报警", "举报", "拉黑", "拒绝", "不理", "删除", "report", "block", "refuse", "ignore", "delete",
                "police")
VERIFY_WORDS = ("挂断", "回拨", "核实", "核对", "暗号", "官方", "hang up", "call back", "check", "verify", "secret word",
                "official")
CAUTIOUS_MOVES = ("refuse_report", "hang_up_call_back", "check_official", "ask_secret_word", "ask_question",
                  "delay", "ask_wave_hand", "ask_turn_head")
WAVE_MOVES = ("ask_wave_hand", "ask_turn_head")


# ---- what a player can see about how a scenario is built ---------------------------------

def _texts(scenario: Scenario) -> list[str]:
    """Every caption, spoken line and tell, in both languages."""
    texts = [scenario.clip.caption, *(t.text for t in scenario.tells)]
    if scenario.call:
        texts += [line.text for node in scenario.call.nodes.values() for line in node.say]
    return [text_in(t, lang) for t in texts if t is not None for lang in ("zh", "en")]


def has_glitch_words(texts: list[str]) -> bool:
    lowered = [t.lower() for t in texts]
    return any(word in text for text in lowered for word in GLITCH_WORDS)


def shows_glitch(scenario: Scenario) -> bool:
    """A call line with an effect, or a glitch word in a caption, a line or a tell."""
    if scenario.call and any(line.effect not in (None, "none")
                             for node in scenario.call.nodes.values() for line in node.say):
        return True
    return has_glitch_words(_texts(scenario))


def makes_request(scenario: Scenario) -> bool:
    """The item asks for money, a code, a screen, an app or personal details (its ``pattern``)."""
    return bool(REQUEST_FLAGS & set(scenario.pattern))


def rings_again(scenario: Scenario) -> bool:
    """A call that, declined, rings again (or the caller calls back)."""
    call = scenario.call
    return bool(call and call.decline and not call.nodes[call.decline].outcome)


# ---- playing one scenario ----------------------------------------------------------------

@dataclass
class Play:
    """What a strategy did on one scenario: the call's session (if any) and a coin."""

    scenario: Scenario
    rng: random.Random
    call: CallSession | None = None


@dataclass(frozen=True)
class Strategy:
    name: str
    judge: Callable[[Play], str | None]            # real | manipulated | None: the rule does not apply
    act: Callable[[ActionQuestion, Play], int]     # a display index
    call: Callable[[Play], None]                   # plays ``play.call`` to its end
    judges: bool = False                           # True for leak rules: measured by judgement accuracy


@dataclass
class Result:
    points: float = 0.0
    max_points: float = 0.0
    judged: int = 0            # items the rule applied to
    judged_right: int = 0
    safe_actions: float = 0.0  # sum of action fractions

    @property
    def share(self) -> float:
        return self.points / self.max_points if self.max_points else 0.0

    @property
    def accuracy(self) -> float | None:
        return self.judged_right / self.judged if self.judged else None


def play_scenario(scenario: Scenario, strategy: Strategy, key: str) -> tuple[float, bool | None, float]:
    """Points, whether the judgement was right (None: the rule had nothing to say), action fraction."""
    shown = in_display_order(scenario, key)
    play = Play(shown, random.Random(key))
    round_ = Round("audit", [shown])
    if shown.call:
        play.call = CallSession(shown.call)
        strategy.call(play)
        outcome = play.call.outcome   # not None once the call is finished
        finished = outcome is not None
        round_.end_call(outcome if outcome is not None else "", play.call.score if finished else 0.0)
    verdict = strategy.judge(play)
    round_.judge(verdict or play.rng.choice((REAL, FAKE)))
    answer = round_.set_confidence("guessing")
    while answer is None:
        question = shown.actions[round_.question_index]
        answer = round_.choose_action(strategy.act(question, play), 0.0)
    right = None if verdict is None else answer.judged_right
    return answer.points, right, answer.action_fraction


def run_strategy(scenarios: list[Scenario], strategy: Strategy, seeds: int = SEEDS) -> Result:
    result = Result()
    for seed in range(seeds):
        for scenario in scenarios:
            points, right, action = play_scenario(scenario, strategy, f"audit-{seed}")
            result.points += points / seeds
            result.max_points += (JUDGE_POINTS + ACTION_POINTS) / seeds
            result.safe_actions += action / seeds
            if right is not None and seed == 0:
                result.judged += 1
                result.judged_right += right
    return result


# ---- the pieces strategies are made of ---------------------------------------------------

def _always(verdict: str | None) -> Callable[[Play], str | None]:
    return lambda play: verdict


def _coin(play: Play) -> str:
    return play.rng.choice((REAL, FAKE))


def _option(n: int) -> Callable[[ActionQuestion, Play], int]:
    return lambda question, play: min(n, len(question.options)) - 1


def _random_option(question: ActionQuestion, play: Play) -> int:
    return play.rng.randrange(len(question.options))


def _caution(option: Option) -> int:
    text = " ".join(text_in(option.text, lang).lower() for lang in ("zh", "en"))
    return 2 * any(w in text for w in REFUSE_WORDS) + any(w in text for w in VERIFY_WORDS)


def _most_cautious(question: ActionQuestion, play: Play) -> int:
    scores = [_caution(o) for o in question.options]
    return scores.index(max(scores))


def _longest(question: ActionQuestion, play: Play) -> int:
    lengths = [len(text_in(o.text, "zh")) + len(text_in(o.text, "en")) / 3 for o in question.options]
    return lengths.index(max(lengths))


def _session(play: Play) -> CallSession:
    """The call being played: call strategies run only on scenarios that have a call."""
    if play.call is None:
        raise RuntimeError("this scenario has no call to play")
    return play.call


def _walk(call: CallSession, pick: Callable[[list], int]) -> None:
    """Take ``pick``'s choice at every node until the call ends (or gives up in a loop)."""
    for _ in range(MAX_CALL_STEPS):
        if call.finished:
            return
        node = call.node
        if node is None:
            raise RuntimeError("the call is still ringing: answer or decline it first")
        call.choose(pick(node.choices))


def _answer_then(pick: Callable[[Play, list], int]) -> Callable[[Play], None]:
    def play_call(play: Play) -> None:
        call = _session(play)
        call.answer()
        _walk(call, lambda choices: pick(play, choices))
    return play_call


def _nth_choice(n: int) -> Callable[[Play, list], int]:
    return lambda play, choices: min(n, len(choices)) - 1


def _cautious_choice(play: Play, choices: list) -> int:
    ranks = [CAUTIOUS_MOVES.index(c.move) if c.move in CAUTIOUS_MOVES else len(CAUTIOUS_MOVES) for c in choices]
    return ranks.index(min(ranks))


def _decline_then_cautious(play: Play) -> None:
    call = _session(play)
    call.decline()
    _walk(call, lambda choices: _cautious_choice(play, choices))


def _random_call(play: Play) -> None:
    call = _session(play)
    if play.rng.random() < 0.2:
        call.decline()
    else:
        call.answer()
    _walk(call, lambda choices: play.rng.randrange(len(choices)))


# ---- leak rules: judging by how the scenario is built -------------------------------------

def _rule_rings_again(play: Play) -> str | None:
    return (REAL if rings_again(play.scenario) else FAKE) if play.scenario.call else None


def _rule_request(play: Play) -> str:
    return FAKE if makes_request(play.scenario) else REAL


def _rule_glitch(play: Play) -> str:
    return FAKE if shows_glitch(play.scenario) else REAL


def _rule_wave(play: Play) -> str | None:
    """Every wave or turn-head test the call offers, as a player who tries them all would see it:
    any reply with an effect or a glitch word ⇒ AI, all clean ⇒ real."""
    script = play.scenario.call
    replies = [script.nodes[c.next] for node in script.nodes.values() for c in node.choices
               if c.move in WAVE_MOVES] if script else []
    if not replies:
        return None
    lines = [line for reply in replies for line in reply.say]
    glitch = any(line.effect not in (None, "none") for line in lines) or has_glitch_words(
        [text_in(line.text, lang) for line in lines for lang in ("zh", "en")])
    return FAKE if glitch else REAL


def strategies() -> list[Strategy]:
    """Every strategy the audit plays: first those that never judge, then the leak rules."""
    answer_first = _answer_then(lambda play, choices: 0)
    plays = [
        Strategy("always real", _always(REAL), _random_option, _random_call),
        Strategy("always AI", _always(FAKE), _random_option, _random_call),
    ]
    for n in range(1, 7):
        plays.append(Strategy(f"always option {n}", _always(REAL if n == 1 else FAKE), _option(n),
                              _answer_then(_nth_choice(n))))
    plays += [
        Strategy("most cautious action, always AI", _always(FAKE), _most_cautious, _decline_then_cautious),
        Strategy("longest option", _coin, _longest, answer_first),
        Strategy("random", _coin, _random_option, _random_call),
        Strategy("rings again => real", _rule_rings_again, _most_cautious, _decline_then_cautious, judges=True),
        Strategy("asks for something => AI", _rule_request, _most_cautious, _decline_then_cautious, judges=True),
        Strategy("any glitch => AI", _rule_glitch, _most_cautious, _decline_then_cautious, judges=True),
        Strategy("wave test shows nothing => real", _rule_wave, _most_cautious, _answer_then(_cautious_choice),
                 judges=True),
    ]
    return plays
