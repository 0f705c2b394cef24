"""Settings, from every screen (F3): each choice steps to the next value and is saved at once."""
from __future__ import annotations

from game.ui.chrome import content_rect
from game.ui.scene import Scene

NAMES = ("text_scale", "high_contrast", "narration", "narration_rate", "volume", "lang", "reduced_motion", "fullscreen")


class SettingsScene(Scene):
    name = "settings"

    def _value(self, name: str) -> str:
        value = getattr(self.ctx.settings, name)
        if name in ("text_scale", "volume"):
            return f"{value:.0%}"
        if name == "narration_rate":
            return self.t(f"settings.rate.{value}")
        if name == "lang":
            return "中文" if value == "zh" else "English"
        return self.t("settings.on" if value else "settings.off")

    def layout(self) -> None:
        area = content_rect(self.ctx)
        gap = self.ctx.theme.gap
        top = area.top + self.ctx.text.line_height(self.ctx.theme.heading, True) * 2 + 10
        width = (area.width - gap) // 2
        items = [(name, self.t(f"settings.{name}", value=self._value(name))) for name in NAMES]
        half = (len(items) + 1) // 2
        buttons = self.column_buttons(items[:half], area.left, top, width)
        buttons += self.column_buttons(items[half:], area.left + width + gap, top, width)
        for number, button in enumerate(buttons, 1):
            button.number = number
        back = self.column_buttons([("back", self.t("nav.back"))], area.right - min(420, width),
                                   area.bottom - self.ctx.theme.button_min_height, min(420, width), numbered=False)
        self.set_buttons(buttons + back)
        lowest = max(b.rect.bottom for b in buttons)
        if lowest > back[0].rect.top:
            self.ctx.text.note_overflow("settings buttons run into the back button")

    def activate(self, button_id: str) -> None:
        if button_id == "back":
            self.app.pop(None)
            return
        settings = self.ctx.settings.cycle(button_id)
        self.ctx.save_settings(settings)
        if button_id == "fullscreen":
            self.app.set_fullscreen(settings.fullscreen)
        self.layout()

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        self.ctx.text.draw_block(surface, self.t("settings.title"), area, self.ctx.theme.heading,
                                 self.ctx.theme.text, bold=True)

    def resume(self, result) -> None:
        self.layout()

    def demo_choice(self, rng):
        return "back"
