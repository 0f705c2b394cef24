"""One round of play: which scenario is up, which step it is at, what was answered.

Scenes call these methods and draw what they report; the round itself knows
nothing of screens. Time comes in as an argument, never from the wall clock.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.models import Scenario
from game.core.order import in_display_order
from game.core.scoring import Answer

STEPS = ("call", "judge", "confidence", "action", "feedback", "rights")  # "call" only for calls


@dataclass
class Round:
    """A sequence of scenarios from one pack, answered in order."""

    pack_id: str
    scenarios: list[Scenario]
    index: int = 0
    step: str = "judge"
    answers: list[Answer] = field(default_factory=list)
    with_feedback: bool = True   # False in the learning check: no answers shown until the end
    order_key: str = ""          # the player: options are shown in an order drawn from it (see order.py)
    _judgement: str = ""
    _confidence: str = ""
    _actions: list[int] = field(default_factory=list)
    _started_at: float = 0.0
    _call_outcome: str = ""
    _call_score: float | None = None

    def __post_init__(self):
        if self.order_key:
            self.scenarios = [in_display_order(s, self.order_key) for s in self.scenarios]
        self.step = self._first_step()

    def _first_step(self) -> str:
        if not self.finished and self.scenario.clip.kind == "call":
            return "call"
        return "judge"

    @property
    def finished(self) -> bool:
        return self.index >= len(self.scenarios)

    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.index]

    @property
    def question_index(self) -> int:
        """Which action question is being asked (during the 'action' step)."""
        return len(self._actions)

    @property
    def current_answer(self) -> Answer | None:
        """The answer to the scenario on screen, once all its questions are answered."""
        if self.answers and self.step in ("feedback", "rights"):
            return self.answers[-1]
        return None

    @property
    def chosen_options(self) -> list[int]:
        """Options picked so far for the scenario on screen (kept until ``next``)."""
        return list(self._actions)

    @property
    def chosen_safe(self) -> list[bool]:
        """Whether each option picked so far for the scenario on screen is a safe one."""
        return [q.options[i].safe for q, i in zip(self.scenario.actions, self._actions)]

    @property
    def judgement(self) -> str:
        return self._judgement

    @property
    def confidence(self) -> str:
        return self._confidence

    def elapsed(self, now: float) -> float:
        """Seconds since the scenario's clip came on screen."""
        return max(0.0, now - self._started_at)

    def begin(self, now: float) -> None:
        """The scenario's clip is on screen from ``now`` (seconds)."""
        self._started_at = now

    def end_call(self, outcome: str, score: float) -> None:
        """The call is over (hung up, money sent, checked...): now the real/fake question."""
        self._expect("call")
        self._call_outcome, self._call_score = outcome, score
        self.step = "judge"

    @property
    def call_outcome(self) -> str:
        return self._call_outcome

    def judge(self, judgement: str) -> None:
        self._expect("judge")
        if judgement not in ("real", "manipulated"):
            raise ValueError(judgement)
        self._judgement = judgement
        self.step = "confidence"

    def set_confidence(self, level: str, now: float = 0.0) -> Answer | None:
        """Record confidence; for a scenario with no action questions, its Answer."""
        self._expect("confidence")
        self._confidence = level
        self.step = "action"
        if not self.scenario.actions:
            return self._finish(now)
        return None

    def choose_action(self, option: int, now: float) -> Answer | None:
        """Record the option picked for the current question; the Answer when all are in."""
        self._expect("action")
        question = self.scenario.actions[self.question_index]
        if not 0 <= option < len(question.options):
            raise ValueError(option)
        self._actions.append(option)
        if self.question_index < len(self.scenario.actions):
            return None
        return self._finish(now)

    @property
    def can_go_back(self) -> bool:
        """Whether ``back`` may be called: a question of this scenario has been answered and its
        feedback is not shown yet (the first question after a call cannot go back into the call)."""
        return not self.finished and self.step in ("confidence", "action")

    def back(self) -> None:
        """Back to the previous question of this scenario, dropping its answer: the player changes
        their mind before the feedback (an answer given by accident is not final)."""
        if not self.can_go_back:
            raise RuntimeError(f"round is at step {self.step!r}: no answer to go back to")
        if self.step == "confidence":
            self._judgement, self.step = "", "judge"
        elif self._actions:
            self._actions.pop()              # the previous action question again
        else:
            self._confidence, self.step = "", "confidence"

    def _finish(self, now: float) -> Answer:
        safe = tuple(self.chosen_safe)
        answer = Answer(self.scenario.id, self.scenario.category, self.scenario.truth,
                        self._judgement, self._confidence, safe, max(0.0, now - self._started_at),
                        self._call_outcome, self._call_score)
        self.answers.append(answer)
        self.step = "feedback"
        return answer

    def show_rights(self) -> None:
        self._expect("feedback")
        self.step = "rights"

    def next(self, now: float) -> None:
        """Move on to the next scenario (or finish): after the rights cards, or straight after
        the answer when the round shows no feedback."""
        self._expect("rights" if self.with_feedback else "feedback")
        self.index += 1
        self.step = self._first_step()
        self._judgement, self._confidence, self._actions = "", "", []
        self._call_outcome, self._call_score = "", None
        self._started_at = now

    def _expect(self, step: str) -> None:
        if self.finished or self.step != step:
            raise RuntimeError(f"round is at step {self.step!r}, not {step!r}")
