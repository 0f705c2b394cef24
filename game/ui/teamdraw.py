"""Drawing teams for a room: each team's shape in its colour, so no team depends on colour alone;
and sizes for a projector, taken from the window's height (legible from the back of a room)."""
from __future__ import annotations

import math

import pygame

BASE_HEIGHT = 720


ROOM_SCALE_CAP = 1.25   # room screens are large print already: the text-size setting counts up to 125 %


def room_size(ctx, base: int) -> int:
    """A text size for the room: ``base`` at 720 px high, growing with the window (1.5× at 1080).

    The renderer multiplies sizes by the player's text scale; room screens take that
    only up to 125 %, so a projector layout still fits when the setting is 200 %.
    """
    scale = ctx.text.scale
    return max(8, round(base * max(1.0, ctx.size[1] / BASE_HEIGHT) * min(scale, ROOM_SCALE_CAP) / scale))


def _points(shape: str, centre, radius: float) -> list[tuple[float, float]]:
    cx, cy = centre
    if shape == "square":
        r = radius * 0.85
        return [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r), (cx - r, cy + r)]
    if shape == "triangle":
        return [(cx + radius * math.cos(a), cy + radius * math.sin(a))
                for a in (-math.pi / 2, math.pi / 6, 5 * math.pi / 6)]
    if shape == "diamond":
        return [(cx, cy - radius), (cx + radius, cy), (cx, cy + radius), (cx - radius, cy)]
    if shape == "hexagon":
        return [(cx + radius * math.cos(a), cy + radius * math.sin(a)) for a in (i * math.pi / 3 for i in range(6))]
    if shape == "star":
        return [(cx + (radius if i % 2 == 0 else radius * 0.45) * math.cos(-math.pi / 2 + i * math.pi / 5),
                 cy + (radius if i % 2 == 0 else radius * 0.45) * math.sin(-math.pi / 2 + i * math.pi / 5))
                for i in range(10)]
    if shape == "cross":
        a, b = radius, radius * 0.35
        return [(cx - b, cy - a), (cx + b, cy - a), (cx + b, cy - b), (cx + a, cy - b), (cx + a, cy + b),
                (cx + b, cy + b), (cx + b, cy + a), (cx - b, cy + a), (cx - b, cy + b), (cx - a, cy + b),
                (cx - a, cy - b), (cx - b, cy - b)]
    return []


def draw_badge(surface: pygame.Surface, team, centre, radius: float, outline=(0, 0, 0)) -> None:
    """The team's shape, filled with its colour and outlined so it stands out on any background."""
    radius = max(4.0, radius)
    if team.shape in ("circle", "ring"):
        pygame.draw.circle(surface, team.colour, centre, radius)
        pygame.draw.circle(surface, outline, centre, radius, width=max(2, int(radius / 8)))
        if team.shape == "ring":
            pygame.draw.circle(surface, outline, centre, radius * 0.45)
        return
    points = _points(team.shape, centre, radius)
    pygame.draw.polygon(surface, team.colour, points)
    pygame.draw.polygon(surface, outline, points, width=max(2, int(radius / 8)))


def draw_scoreboard(surface, ctx, totals, box: pygame.Rect, most: float, size: int) -> None:
    """One row per team, best first: badge, name, a bar and the points."""
    theme = ctx.theme
    rows = max(1, len(totals))
    row_h = min(box.height // rows, size * 2)
    for row, (team, points) in enumerate(totals):
        top = box.top + row * row_h
        middle = top + row_h // 2
        draw_badge(surface, team, (box.left + row_h // 2, middle), row_h * 0.38)
        name = ctx.text.line(team.name, size, theme.text, bold=True)
        surface.blit(name, (box.left + row_h + 8, middle - name.get_height() // 2))
        bar_left = box.left + row_h + 16 + round(box.width * 0.28)
        bar = pygame.Rect(bar_left, middle - row_h // 4, box.right - bar_left - size * 3, row_h // 2)
        pygame.draw.rect(surface, (50, 62, 84), bar, border_radius=6)
        share = points / most if most else 0
        pygame.draw.rect(surface, team.colour, (bar.left, bar.top, int(bar.width * share), bar.height), border_radius=6)
        score = ctx.text.line(f"{points:g}", size, theme.text, bold=True)
        surface.blit(score, (bar.right + 12, middle - score.get_height() // 2))


def draw_podium(surface, ctx, totals, box: pygame.Rect, size: int) -> None:
    """The best three teams on blocks (ties share a step), with their points."""
    theme = ctx.theme
    places = _places(totals)[:3]
    heights = {1: 0.62, 2: 0.45, 3: 0.32}
    order = [p for p in places if p[0] == 2] + [p for p in places if p[0] == 1] + [p for p in places if p[0] == 3]
    width = box.width // max(3, len(order))
    for slot, (place, team, points) in enumerate(order):
        left = box.left + slot * width + (box.width - width * len(order)) // 2
        block_h = int(box.height * heights[place])
        block = pygame.Rect(left + 12, box.bottom - block_h, width - 24, block_h)
        pygame.draw.rect(surface, team.colour, block, border_radius=10)
        pygame.draw.rect(surface, (0, 0, 0), block, width=3, border_radius=10)
        number = ctx.text.line(str(place), size * 2, (0, 0, 0), bold=True)
        surface.blit(number, number.get_rect(center=(block.centerx, block.top + block_h // 3)))
        score = ctx.text.line(f"{points:g}", size, theme.text)
        score_rect = score.get_rect(midbottom=(block.centerx, block.top - 4))
        surface.blit(score, score_rect)
        name = ctx.text.line(team.name, size, theme.text, bold=True)
        name_rect = name.get_rect(midbottom=(block.centerx, score_rect.top))
        surface.blit(name, name_rect)
        draw_badge(surface, team, (block.centerx, name_rect.top - size), size * 0.8)


def _places(totals) -> list[tuple[int, object, float]]:
    """(place, team, points); teams with equal points share a place."""
    places, last, place = [], None, 0
    for rank, (team, points) in enumerate(totals, 1):
        if points != last:
            place, last = rank, points
        places.append((place, team, points))
    return places
