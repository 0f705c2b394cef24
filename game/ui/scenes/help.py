"""Who to call now: the numbers that matter, in large print, from any screen (F1)."""
from __future__ import annotations

from game.ui.textpage import TextPageScene
from game.ui.sections import Section

NUMBERS = ("help.110", "help.96110", "help.bank", "help.family")


class HelpScene(TextPageScene):
    name = "help"

    def sections(self) -> list[Section]:
        sections = [Section(self.t("help.title"), "heading", "focus", True, 16)]
        role = "heading" if self.ctx.text.scale < 1.5 else "body"   # large text is large print already
        return sections + [Section(self.t(key), role, "text", False, 14) for key in NUMBERS]
