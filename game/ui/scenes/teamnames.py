"""Naming the teams, one after another (type, Enter for the next; finishes with the list of names),
and the class or group a session is for (one line, optional)."""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.teamdraw import draw_badge
from game.ui.widgets import button_row

MAX_NAME = 16
MAX_GROUP = 24   # a class or group name
BLINK = 0.5   # seconds the text cursor shows, then hides


class TeamNamesScene(Scene):
    name = "teamnames"
    text_mode = True

    def next_change(self) -> float | None:
        return BLINK - self.ctx.time % BLINK   # the text cursor blinks

    def __init__(self, app, teams):
        super().__init__(app)
        self.teams = teams
        self.names = [team.name for team in teams]
        self.index = 0
        self.fresh = True      # the first key typed replaces the suggested name
        pygame.key.start_text_input()

    def leave(self) -> None:
        pygame.key.stop_text_input()

    def layout(self) -> None:
        area = content_rect(self.ctx)
        self.set_buttons(button_row(self.ctx, area, [("cancel", self.t("nav.back"), "quiet"),
                                                     ("next", self.t("tour.next"), "normal")]), "next")

    def handle(self, intent) -> None:
        if intent.kind == "text":
            current = "" if self.fresh else self.names[self.index]
            self.names[self.index] = (current + intent.value)[:MAX_NAME]
            self.fresh = False
        elif intent.kind == "backspace":
            self.names[self.index] = self.names[self.index][:-1]
            self.fresh = False
        else:
            super().handle(intent)

    def activate(self, button_id: str) -> None:
        if button_id == "cancel":
            self.finish(None)
            return
        if not self.names[self.index].strip():
            self.names[self.index] = self.teams[self.index].name
        self.index += 1
        self.fresh = True
        if self.index >= len(self.teams):
            self.finish(list(self.names))

    def draw_content(self, surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        used = ctx.text.draw_block(surface, self.t("class.name_prompt", i=self.index + 1), area, theme.heading,
                                   theme.text, bold=True)
        row_h = ctx.text.line_height(theme.body) + 16
        for i, team in enumerate(self.teams):
            top = area.top + used + 24 + i * (row_h + 4)
            if top + row_h > min(b.rect.top for b in self.buttons):
                break
            box = pygame.Rect(area.left + row_h + 12, top, area.width // 2, row_h)
            draw_badge(surface, team, (area.left + row_h // 2, box.centery), row_h * 0.4)
            pygame.draw.rect(surface, theme.panel, box, border_radius=8)
            if i == self.index:
                pygame.draw.rect(surface, theme.focus, box, width=4, border_radius=8)
            shown = self.names[i] + ("|" if i == self.index and int(ctx.time / BLINK) % 2 == 0 else "")
            image = ctx.text.line(shown, theme.body, theme.text)
            surface.blit(image, (box.left + 12, box.centery - image.get_height() // 2))


class GroupNameScene(Scene):
    """The class or group name, typed on one line (optional): finishes with the text ('' for
    none), or None when left with Back."""

    name = "groupname"
    text_mode = True

    def __init__(self, app, name: str = ""):
        super().__init__(app)
        self.text = name
        self.fresh = bool(name)   # the first key typed replaces the name kept from last time
        pygame.key.start_text_input()

    def next_change(self) -> float | None:
        return BLINK - self.ctx.time % BLINK

    def leave(self) -> None:
        pygame.key.stop_text_input()

    def layout(self) -> None:
        area = content_rect(self.ctx)
        self.set_buttons(button_row(self.ctx, area, [("cancel", self.t("nav.back"), "quiet"),
                                                     ("done", self.t("tour.next"), "normal")]), "done")

    def handle(self, intent) -> None:
        if intent.kind == "text":
            self.text = (("" if self.fresh else self.text) + intent.value)[:MAX_GROUP]
            self.fresh = False
        elif intent.kind == "backspace":
            self.text = "" if self.fresh else self.text[:-1]
            self.fresh = False
        else:
            super().handle(intent)

    def activate(self, button_id: str) -> None:
        self.finish(None if button_id == "cancel" else self.text.strip())

    def draw_content(self, surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        used = ctx.text.draw_block(surface, self.t("class.group_prompt"), area, theme.heading, theme.text, bold=True)
        row_h = ctx.text.line_height(theme.body) + 16
        box = pygame.Rect(area.left, area.top + used + 24, min(area.width, row_h * 12), row_h)
        pygame.draw.rect(surface, theme.panel, box, border_radius=8)
        pygame.draw.rect(surface, theme.focus, box, width=4, border_radius=8)
        shown = self.text + ("|" if int(ctx.time / BLINK) % 2 == 0 else "")
        image = ctx.text.line(shown, theme.body, theme.text)
        surface.blit(image, (box.left + 12, box.centery - image.get_height() // 2))
