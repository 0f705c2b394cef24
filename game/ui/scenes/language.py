"""Choose 中文 or English; either can be switched later with F2 or the top-right button."""
from __future__ import annotations

from dataclasses import dataclass, replace

from game.ui.chrome import content_rect
from game.ui.scene import Scene


HEADING = "请选择语言 / Choose your language"


@dataclass(frozen=True)
class LanguageChosen:
    lang: str   # "zh" or "en", already saved in the settings


class LanguageScene(Scene):
    name = "language"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(520, area)
        top = area.top + 40 + self._heading_height(area) + 40
        self.set_buttons(self.column_buttons([("zh", "中文"), ("en", "English")], area.centerx - width // 2, top, width))
        if self.ctx.lang == "en":
            self.focus = 1

    def activate(self, button_id: str) -> None:
        self.ctx.save_settings(replace(self.ctx.settings, lang=button_id))
        self.finish(LanguageChosen(button_id))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        box = area.inflate(0, -80)
        self.ctx.text.draw_block(surface, HEADING, box.move(0, 40 - box.top + area.top), self.ctx.theme.heading,
                                 self.ctx.theme.text, bold=True, align="center")

    def _heading_height(self, area) -> int:
        return self.ctx.text.block_height(HEADING, self.ctx.theme.heading, area.width, True)
