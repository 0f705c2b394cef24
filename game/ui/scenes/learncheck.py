"""The learning check: a short test before practice and a matched one after, no answers shown.

What is in each test and how scores are counted is in ``game.core.learningcheck``;
these screens introduce a test and show its result (before and after side by side).
"""
from __future__ import annotations

from enum import Enum

from game.core.learningcheck import CheckScore, check_test_items, latest_scores
from game.core.scoring import summarize
from game.ui.textpage import TextPageScene
from game.ui.sections import Section


class CheckIntroScene(TextPageScene):
    """What the test is; finishes with True (Start) or None (Not now)."""

    name = "checkintro"

    def __init__(self, app, pack, kind: str):
        super().__init__(app)
        self.pack, self.kind = pack, kind

    def sections(self) -> list[Section]:
        n = len(check_test_items(self.pack, self.kind))
        sections = [Section(self.t("check.title"), "heading", "focus", True, 16),
                    Section(self.t(f"check.intro.{self.kind}", n=n), "body", "text", False, 14)]
        if self.kind == "pre":
            sections.append(Section(self.t("check.intro.pre_more"), "body", "muted"))
        return sections

    def final_buttons(self):
        return [("not_now", self.t("check.not_now"), "quiet"), ("start", self.t("check.start"), "normal")]

    def choose_final(self, button_id: str) -> None:
        self.finish(True if button_id == "start" else None)


class CheckResultsChoice(Enum):
    PRACTISE = "practise"   # back to the list of packs
    MENU = "menu"


class CheckResultsScene(TextPageScene):
    """The score of the test just taken; after the second, both tests side by side."""

    name = "checkresults"

    def __init__(self, app, pack, round_):
        super().__init__(app)
        post_ids = [s.id for s in check_test_items(pack, "post")]
        self.pack, self.kind = pack, ("post" if [s.id for s in round_.scenarios] == post_ids else "pre")
        summary = summarize(round_.answers)
        self.score = CheckScore(summary.judged_right, summary.actions_safe, summary.played)
        self.before = latest_scores(self.ctx.store.attempts(self.ctx.profile), pack.info.id).get("pre")

    def sections(self) -> list[Section]:
        s = self.score
        sections = [Section(self.t("check.done"), "heading", "focus", True, 16)]
        if self.kind == "pre" or self.before is None:
            return sections + [
                Section(self.t("check.judged", right=s.judged_right, n=s.played), "body", "text", False, 4),
                Section(self.t("check.safe", safe=f"{s.actions_safe:g}", n=s.played), "body", "text", False, 16),
                Section(self.t("check.pre_next"), "body", "good", True)]
        return sections + [
            Section(self.t("check.before"), "body", "muted", True, 2),
            Section(self._compare(self.before), "body", "text", False, 12),
            Section(self.t("check.after"), "body", "focus", True, 2),
            Section(self._compare(s), "body", "text", False, 16),
            Section(self._change(), "body", "good", True, 12),
            Section(self.t("results.habit"), "body", "focus")]

    def _compare(self, score: CheckScore) -> str:
        return self.t("check.compare", right=score.judged_right, safe=f"{score.actions_safe:g}", n=score.played)

    def _change(self) -> str:
        delta = round(self.score.actions_safe - self.before.actions_safe, 2)
        if delta > 0:
            return self.t("check.better", d=f"{delta:g}")
        if delta < 0:
            return self.t("check.worse", d=f"{-delta:g}")
        return self.t("check.same")

    def final_buttons(self):
        return [("menu", self.t("nav.menu"), "quiet"), ("practise", self.t("check.practise"), "normal")]

    def choose_final(self, button_id: str) -> None:
        self.finish(CheckResultsChoice(button_id))

