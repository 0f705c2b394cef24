"""The plain grey figure a phone shows for a number that is not a saved contact: no photo,
the same for everyone, so it tells nothing about who is really calling."""
from __future__ import annotations

import pygame

BACKGROUND = (118, 122, 130)
FIGURE = (196, 199, 205)


def draw_silhouette(surface: pygame.Surface, box: pygame.Rect, round_: bool = False) -> None:
    """A generic head and shoulders in ``box``; ``round_``: in a circle, as a phone's contact picture."""
    if box.width < 2 or box.height < 2:
        return
    pane = pygame.Surface(box.size, pygame.SRCALPHA)
    pane.fill(BACKGROUND)
    side = min(box.size)
    centre_x = box.width // 2
    head = int(side * 0.19)
    head_y = box.height // 2 - int(side * 0.1)
    pygame.draw.circle(pane, FIGURE, (centre_x, head_y), head)
    shoulders = pygame.Rect(0, 0, int(side * 0.72), int(side * 0.56))
    shoulders.midtop = (centre_x, head_y + int(head * 1.25))
    pygame.draw.ellipse(pane, FIGURE, shoulders)
    if round_:
        circle = pygame.Surface(box.size, pygame.SRCALPHA)
        pygame.draw.ellipse(circle, (255, 255, 255, 255), circle.get_rect())
        pane.blit(circle, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    surface.blit(pane, box)
