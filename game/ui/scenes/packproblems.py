"""Every problem of every pack that cannot be played, in large text, page by page: an educator
shows it to the pack's author. Reached from the packs screen."""
from __future__ import annotations

from game.core.problems import printable
from game.core.problemtext import MAX_SHOWN_PER_PACK, describe
from game.ui.sections import Section
from game.ui.textpage import TextPageScene


class PackProblemsScene(TextPageScene):
    name = "packproblems"

    def enter(self) -> None:
        super().enter()
        # the notice that sets are unavailable would cover the very problems it points to
        for notice in self.ctx.notices:
            if notice.text_key == "notice.bad_packs":
                notice.seconds_left = 0

    def sections(self) -> list[Section]:
        lang = self.ctx.lang
        sections = [Section(self.t("problems.title"), "heading", "focus", True, 12),
                    Section(self.t("problems.intro"), "body", "text", False, 16)]
        for status in self.ctx.statuses:
            if status.ok:
                continue
            problems = status.problems
            sections.append(Section(self.t("problems.pack", folder=printable(status.folder.name), n=len(problems)),
                                    "body", "focus", True, 8))
            sections += [Section(describe(problem, lang), "body", "text", False, 8)
                         for problem in problems[:MAX_SHOWN_PER_PACK]]
            if len(problems) > MAX_SHOWN_PER_PACK:
                sections.append(Section(self.t("problems.more", n=len(problems) - MAX_SHOWN_PER_PACK), "body", "bad", False, 8))
        return sections
