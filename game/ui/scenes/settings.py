"""Settings, from every screen (F3): each choice steps to the next value and is saved at once."""
from __future__ import annotations

from dataclasses import replace

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.widgets import button_row

# The most needed first: at large text the list is paged, and these stay on the first page.
# The interface sounds come last, so the settings before them keep the numbers (keys 1-9) they
# have always had; 10 and 11 are chosen with the arrows or the mouse.
NAMES = ("text_scale", "fullscreen", "theme", "narration", "narration_rate", "volume", "lang", "reduced_motion",
         "answer_wait", "ui_sounds", "ui_sounds_volume")
LABELS = {"volume": "settings.voice_volume"}   # the text of a setting, where it is not settings.<name>


class SettingsScene(Scene):
    name = "settings"
    hint_shown = False   # the hint under the title (left out where it would push settings to a second page)

    def _value(self, name: str) -> str:
        value = getattr(self.ctx.effective, name)
        if name in ("text_scale", "volume", "ui_sounds_volume"):
            return f"{value:.0%}"
        if name == "theme":
            return self.t(f"settings.theme.{value}")
        if name == "narration_rate":
            return self.t(f"settings.rate.{value}")
        if name == "answer_wait":
            return self.t("settings.seconds", n=f"{value:g}")
        if name == "lang":
            return "中文" if value == "zh" else "English"
        return self.t("settings.on" if value else "settings.off")

    def _title_height(self, area, hint: bool) -> int:
        theme, text = self.ctx.theme, self.ctx.text
        height = text.block_height(self.t("settings.title"), theme.heading, area.width, True) + 12
        if hint:
            height += text.block_height(self.t("settings.hint"), theme.small, area.width) + 12
        return height

    def _large(self) -> bool:
        return self.ctx.text.scale >= 1.5

    def layout(self) -> None:
        area = content_rect(self.ctx)
        gap = self.ctx.theme.gap
        items = [(name, self.t(LABELS.get(name, f"settings.{name}"), value=self._value(name))) for name in NAMES]
        back = ("back", self.t("nav.back"), "normal")
        # Two columns where the window is tall enough for them, with the hint above if it fits
        # too: every setting on one page matters more than the hint.
        for hint in ((True, False) if not self._large() else ()):
            top = area.top + self._title_height(area, hint)
            row = button_row(self.ctx, area, [back])
            width = (area.width - gap) // 2
            half = (len(items) + 1) // 2
            buttons = self.column_buttons(items[:half], area.left, top, width)
            buttons += self.column_buttons(items[half:], area.left + width + gap, top, width)
            for number, button in enumerate(buttons, 1):
                button.number = number
            if max(b.rect.bottom for b in buttons) <= row[0].rect.top - gap:
                self.hint_shown = hint
                self.set_buttons(buttons + row)
                return
        self.hint_shown = False
        top = area.top + self._title_height(area, False)
        # Large text, or a short window: one column, in pages (the first settings on the first page)
        self.set_buttons(self.paged_column(items, area.left, top, area.width, area.bottom, extra=[back]))

    def activate(self, button_id: str) -> None:
        if button_id == "back":
            self.finish(None)
            return
        shown = getattr(self.ctx.effective, button_id)
        if button_id == "fullscreen":   # as F11: the window changes, and the next start remembers it
            self.app.set_fullscreen(not shown)
        else:
            self.ctx.overrides.pop(button_id, None)   # a choice made here wins over a command-line option
            settings = replace(self.ctx.settings, **{button_id: shown}).cycle(button_id)
            self.ctx.save_settings(settings)
            if button_id == "narration" and not settings.narration:
                self.app.narrator.stop()
            if button_id in ("ui_sounds", "ui_sounds_volume"):
                self.ctx.cue("correct")   # heard at the volume just chosen (nothing when off)
        self.layout()
        ids = [b.id for b in self.buttons]
        self.focus = ids.index(button_id) if button_id in ids else 0   # stay on the setting just changed

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme, text = self.ctx.theme, self.ctx.text
        used = text.draw_block(surface, self.t("settings.title"), area, theme.heading, theme.text, bold=True)
        if self.hint_shown:
            hint = pygame.Rect(area.left, area.top + used + 12, area.width, area.height)
            text.draw_block(surface, self.t("settings.hint"), hint, theme.small, theme.muted)

