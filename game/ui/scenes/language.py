"""Choose 中文 or English; either can be switched later with F2 or the top-right button."""
from __future__ import annotations

from game.ui.chrome import content_rect
from game.ui.scene import Scene


class LanguageScene(Scene):
    name = "language"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = min(520, area.width)
        self.set_buttons(self.column_buttons([("zh", "中文"), ("en", "English")],
                                             area.centerx - width // 2, area.top + 160, width))
        if self.ctx.lang == "en":
            self.focus = 1

    def activate(self, button_id: str) -> None:
        from game.ui.scenes.player import PlayerScene

        from dataclasses import replace

        self.ctx.save_settings(replace(self.ctx.settings, lang=button_id))
        self.app.replace(PlayerScene(self.app))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme = self.ctx.theme
        heading = self.ctx.text.line("请选择语言 / Choose your language", theme.heading, theme.text, bold=True)
        surface.blit(heading, heading.get_rect(midtop=(area.centerx, area.top + 60)))

    def demo_choice(self, rng):
        return self.ctx.lang
