"""The first-run tour: a few short steps, each teaching one control on a practice item.

Each step is done when the player does the thing it teaches (or clicks, for
mouse and touch users). Nothing is timed; any step can be skipped.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TourStep:
    id: str
    done_by: frozenset      # what the player does that completes the step
    choices: bool = False   # the practice question's answers are on screen


STEPS = (
    TourStep("welcome", frozenset({"next"})),
    TourStep("number", frozenset({"number", "click"}), choices=True),
    TourStep("arrows", frozenset({"enter_after_move", "click"}), choices=True),
    TourStep("replay", frozenset({"replay"})),
    TourStep("narrate", frozenset({"narrate"})),
    TourStep("help", frozenset({"help_closed"})),
    TourStep("settings", frozenset({"settings_closed"})),
    TourStep("back", frozenset({"stayed"})),
    TourStep("done", frozenset({"next"})),
)


class Tour:
    """Where the player is in the tour, and whether the current step is done."""

    def __init__(self, steps: tuple = STEPS):
        self.steps = steps
        self.index = 0
        self.step_done = False
        self.moved = False   # the focus ring was moved in this step

    @property
    def step(self) -> TourStep:
        return self.steps[self.index]

    @property
    def last(self) -> bool:
        return self.index + 1 >= len(self.steps)

    def did(self, what: str) -> bool:
        """The player did ``what``; return True if that completed the step just now."""
        if what == "moved":
            self.moved = True
            return False
        if what == "enter" and self.moved:
            what = "enter_after_move"
        if self.step_done or what not in self.step.done_by:
            return False
        self.step_done = True
        return True

    def advance(self) -> None:
        """On to the next step (the welcome and the last step need only Next)."""
        if not self.last:
            self.index += 1
        self.step_done, self.moved = False, False
