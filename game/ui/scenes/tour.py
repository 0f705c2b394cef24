"""The first-run tour: one control per screen, tried out on a practice picture.

The steps and what completes them are in ``game.core.tour``. Every step can be
done with the keyboard or with the mouse (each key has a button next to it).
"""
from __future__ import annotations

from dataclasses import replace

import pygame

from game.core.tour import Tour
from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.widgets import above, button_row, id_value

# Steps taught with a key also get a button that does the same, for mouse and touch.
KEY_BUTTONS = {"replay": ("do:replay", "round.play_again"), "narrate": ("do:narrate", "tour.read_button"),
               "help": ("do:help", "tour.help_button"), "settings": ("do:settings", "tour.settings_button"),
               "back": ("do:back", "tour.back_button")}
PICTURE_STEPS = ("welcome", "number", "arrows", "replay")


class TourScene(Scene):
    name = "tour"

    def __init__(self, app):
        super().__init__(app)
        self.tour = Tour()
        self.overlay = ""        # the help or settings screen opened from this step
        self.flash = 0.0         # seconds the picture shows it was replayed
        path = self.ctx.install.assets / "tutorial" / "practice.png"
        self.picture = pygame.image.load(str(path)).convert() if path.exists() else None
        self._scaled = None      # (size, picture at that size)

    def status_line(self) -> str:
        return self.t("tour.step", i=self.tour.index + 1, n=len(self.tour.steps))

    def screen_key(self) -> str:
        return f"tour-{self.tour.index + 1:02d}-{self.tour.step.id}{'-done' if self.tour.step_done else ''}"

    # --- layout ---

    def _large(self) -> bool:
        return self.ctx.text.scale >= 1.5

    def _sections(self) -> list[Section]:
        step = self.tour.step
        sections = [Section(self.t(f"tour.{step.id}"), "body", "text", False, 12)]
        if self.tour.step_done:
            sections.append(Section(self.t("tour.well_done"), "heading", "good", True))
        elif step.choices:
            sections.append(Section(self.t("tour.question"), "body", "focus", True))
        return sections

    def _text_height(self, width: int) -> int:
        return sections_height(self.ctx.text, self._sections(), width, self.ctx.theme.body)

    def layout(self) -> None:
        area = content_rect(self.ctx)
        step, t = self.tour.step, self.t
        row = [("skip", t("tour.skip"), "quiet")] if not self.tour.last else []
        if step.id in KEY_BUTTONS and not self.tour.step_done:
            button_id, key = KEY_BUTTONS[step.id]
            row.append((button_id, t(key), "normal"))
        if step.id in ("welcome", "done") or self.tour.step_done:
            row.append(("next", t("tour.start" if self.tour.last else "tour.next"), "normal"))
        buttons = button_row(self.ctx, area, row)
        if step.choices and not self.tour.step_done:
            buttons = self._answer_buttons(area, above(buttons, area, self.ctx.theme.gap)) + buttons
        focus = "next" if any(b.id == "next" for b in buttons) else None
        if step.id == "arrows":
            focus = "real"   # the ring starts on the first answer; the arrow moves it
        self.set_buttons(buttons, focus)

    def _answer_buttons(self, area, bottom: int) -> list:
        """The practice answers under the text: a column beside the picture, or at large
        text side by side across the screen (a column would not fit above the row below)."""
        answers = [("real", self.t("tour.real")), ("fake", self.t("tour.fake"))]
        if not self._large():
            width = area.width * 55 // 100
            top = area.top + self._text_height(width) + 8
            return self.fitted_column(answers, area.left, top, width, bottom)
        top = area.top + self._text_height(area.width) + 8
        room = pygame.Rect(area.left, top, area.width, max(0, bottom - top))
        return button_row(self.ctx, room, [(i, label, "normal") for i, label in answers], numbered=True)

    # --- what the player does ---

    def handle(self, intent) -> None:
        kind = intent.kind
        if kind in ("next", "prev"):
            self._did("moved")
        elif kind == "replay":
            self._replay()
            return
        elif kind == "confirm" and self.buttons and self.buttons[self.focus].id in ("real", "fake"):
            self._did("enter")
            return
        elif kind == "choose" and any(b.number == intent.value for b in self.buttons):
            self._did("number")
            return
        elif kind == "click" and any(b.rect.collidepoint(intent.value) and b.id in ("real", "fake")
                                     for b in self.buttons):
            self._did("click")
            return
        super().handle(intent)

    def noticed(self, kind: str) -> None:
        """A key the app handles for every screen (N, F1, F3) was used."""
        if kind == "narrate":
            self._did("narrate")
        elif kind in ("help", "settings"):
            self.overlay = kind

    def activate(self, button_id: str) -> None:
        if button_id == "next":
            self._next()
        elif button_id == "skip":
            self._finish()
        elif button_id == "do:replay":
            self._replay()
        elif button_id == "do:narrate":
            self.app.narrator.read(list(self.ctx.text.blocks))
            self._did("narrate")
        elif button_id in ("do:help", "do:settings"):
            self.overlay = id_value(button_id, "do") or ""
            self.app.show_overlay(self.overlay)
        elif button_id == "do:back":
            self.back()

    def _replay(self) -> None:
        self.flash = 1.0
        self._did("replay")

    def _did(self, what: str) -> None:
        if self.tour.did(what):
            self.layout()

    def _next(self) -> None:
        if self.tour.last:
            self._finish()
            return
        self.tour.advance()
        self.layout()

    def _finish(self) -> None:
        """Finished or skipped: this player is not shown the tour again."""
        self.ctx.save_settings(replace(self.ctx.settings, tour_seen=True))
        self.finish(None)

    def back(self) -> None:
        self.app.ask("tour.leave", "tour.yes_leave", "confirm.no_stay", self._leave_if)

    def _leave_if(self, yes: bool) -> None:
        if yes:
            self._finish()
        else:
            self._did("stayed")

    def resume(self) -> None:
        if self.overlay:
            self._did(f"{self.overlay}_closed")
            self.overlay = ""
        self.layout()

    def next_change(self) -> float | None:
        return self.flash if self.flash > 0 else None   # the replay outline goes then

    def update(self, dt: float) -> None:
        self.flash = max(0.0, self.flash - dt)

    # --- drawing ---

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        step = self.tour.step
        large = self._large()
        text_width = area.width if large or step.id not in PICTURE_STEPS else area.width * 55 // 100
        bottom = above(self.buttons, area, self.ctx.theme.gap)
        if step.choices and not self.tour.step_done:
            bottom = min(b.rect.top for b in self.buttons if b.id in ("real", "fake")) - 8
        # The words at the chosen size; only where a small window leaves no room for them at
        # large text do they get smaller (the tour has no pages), rather than run under the buttons.
        used = draw_sections(surface, self.ctx, self._sections(), pygame.Rect(area.left, area.top, text_width,
                                                                              bottom - area.top), shrink=True)
        if self.picture is not None and step.id in PICTURE_STEPS:
            self._draw_picture(surface, area, used, large)

    def _draw_picture(self, surface, area, used: int, large: bool) -> None:
        """Beside the text, or under it at large text where there is room."""
        bottom = min((b.rect.top for b in self.buttons), default=area.bottom) - self.ctx.theme.gap
        if large:
            if any(b.id in ("real", "fake") for b in self.buttons):
                return   # no room beside the answers at this size; the words carry the step
            box = pygame.Rect(area.left, area.top + used + 8, area.width, bottom - area.top - used - 8)
        else:
            box = pygame.Rect(area.left + area.width * 58 // 100, area.top, area.width * 42 // 100,
                              bottom - area.top)
        if box.height < 60:
            return
        scale = min(box.width / self.picture.get_width(), box.height / self.picture.get_height())
        size = (int(self.picture.get_width() * scale), int(self.picture.get_height() * scale))
        if self._scaled is None or self._scaled[0] != size:
            self._scaled = (size, pygame.transform.smoothscale(self.picture, size))
        image = self._scaled[1]
        rect = image.get_rect(midtop=(box.centerx, box.top))
        surface.blit(image, rect)
        if self.flash > 0:   # a replayed clip starts again: show that it did
            pygame.draw.rect(surface, self.ctx.theme.focus, rect, width=6)
