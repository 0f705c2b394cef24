"""A team's button for the teacher entering answers: the team's shape in its colour, its
name, and whether it has answered, so the teacher sees at a glance whom to ask next."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.teamdraw import draw_badge, name_in
from game.ui.widgets import PAD_X, Button

STRIPE = 10   # the team's colour down the button's left edge


@dataclass
class TeamButton(Button):
    """``team``: a ``game.core.classroom.Team``; ``status``: the words on the right
    (answered / waiting); ``answered`` draws them with a tick in the theme's good colour."""

    team: object = None
    status: str = ""
    answered: bool = False
    floor: int = 0   # a long name gets smaller down to this size (0: never), after wrapping

    def draw(self, surface: pygame.Surface, text, theme, focused: bool, hovered: bool) -> None:
        rect = self.rect
        pygame.draw.rect(surface, theme.panel_hover if hovered else theme.panel, rect, border_radius=10)
        pygame.draw.rect(surface, self.team.colour, (rect.left, rect.top, STRIPE, rect.height),
                         border_top_left_radius=10, border_bottom_left_radius=10)
        pygame.draw.rect(surface, self.team.colour, rect, width=3, border_radius=10)
        if focused:
            pygame.draw.rect(surface, theme.focus, rect.inflate(8, 8), width=4, border_radius=13)
        radius = rect.height * 0.32
        draw_badge(surface, self.team, (rect.left + STRIPE + PAD_X + radius, rect.centery), radius)
        name_left = rect.left + STRIPE + 2 * PAD_X + 2 * radius
        colour = theme.good if self.answered else theme.muted
        small = self.floor or self.size
        status = text.line(self.status, small, colour, bold=self.answered)
        mark = self._tick(surface, theme, rect) if self.answered else rect.right - PAD_X
        status_left = mark - status.get_width() - (8 if self.answered else 0)
        box = pygame.Rect(status_left, rect.centery - status.get_height() // 2, status.get_width() + 2,
                          status.get_height())
        text.draw_block(surface, self.status, box, small, colour, bold=self.answered)
        width = max(10, status_left - name_left - 8)
        name_in(text, surface, self.label, pygame.Rect(name_left, rect.top + 2, width, rect.height - 4), self.size,
                self.floor or self.size, theme.text)

    def _tick(self, surface, theme, rect) -> int:
        """The answered mark at the right end; returns its left edge."""
        side = min(rect.height // 2, self.size + 6)
        left, mid = rect.right - PAD_X - side, rect.centery
        points = [(left, mid), (left + side * 0.4, mid + side * 0.4), (left + side, mid - side * 0.45)]
        pygame.draw.lines(surface, theme.good, False, points, width=max(3, side // 6))
        return left
