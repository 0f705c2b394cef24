"""Drawing teams for a room: each team's shape in its colour, so no team depends on colour alone;
each team's result on a reveal (a tick or a cross, drawn, beside words); and sizes for a
projector, taken from the window's height (legible from the back of a room)."""
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


def draw_mark(ctx, surface, right: bool, rect: pygame.Rect, owner: str) -> None:
    """A tick (right) or a cross (wrong), drawn: the font has neither, and a shape reads from afar."""
    theme = ctx.theme
    width = max(3, rect.height // 7)
    r = rect.inflate(-rect.width // 5, -rect.height // 5)
    if right:
        points = [(r.left, r.top + r.height * 0.55), (r.left + r.width * 0.38, r.bottom), (r.right, r.top)]
        pygame.draw.lines(surface, theme.good, False, points, width + 1)
    else:
        pygame.draw.line(surface, theme.bad, r.topleft, r.bottomright, width + 1)
        pygame.draw.line(surface, theme.bad, r.bottomleft, r.topright, width + 1)
    ctx.text.note_box("shape", rect, f"{'✓' if right else '✗'} {owner}")


# --- a team's result: its badge, name, a tick or cross with words for each answer, points ---

def _pieces(ctx, team, answer) -> list[tuple[bool | None, str, str, bool]]:
    """(mark: True tick / False cross / None, words, colour, bold) of a team's line."""
    t = ctx.t
    pieces = [(None, team.name, "text", True)]
    if answer is None:
        return pieces
    judged = t("class.no_answer") if not answer.judgement else \
        t("class.judged_right" if answer.judged_right else "class.judged_wrong")
    pieces.append((answer.judged_right, judged, "good" if answer.judged_right else "bad", False))
    if answer.safe is not None:
        action = t("class.no_action") if answer.action is None else \
            t("class.action_safe" if answer.safe else "class.action_risky")
        pieces.append((bool(answer.safe), action, "good" if answer.safe else "bad", False))
    pieces.append((None, t("reveal.points", n=answer.points), "text", True))
    return pieces


def _inline(ctx, pieces, width: int, body: int) -> tuple[list[tuple[int, int, int, tuple]], int]:
    """Pieces left to right, on a new line when one does not fit the rest of the line (a piece
    wider than ``width`` wraps): ([(x, y, text width, piece)], height)."""
    text, line_h = ctx.text, ctx.text.line_height(body, True)
    mark_w, space = line_h * 3 // 4 + 6, body
    placed, x, y = [], 0, 0
    for piece in pieces:
        mark, words, _, bold = piece
        own = mark_w if mark is not None else 0   # (room for its tick or cross)
        wide = text.font(body, bold).size(words)[0] + 2
        if x and x + own + wide > width:
            x, y = 0, y + line_h
        wide = min(wide, width - x - own)
        placed.append((x, y, wide, piece))
        lines = len(text.wrap(words, body, wide, bold))
        x, y = (0, y + lines * line_h) if lines > 1 else (x + own + wide + space, y)
    return placed, y + (line_h if x else 0)


def team_result_height(ctx, team, answer, width: int, body: int) -> int:
    """How tall a team's result line is in ``width`` at text size ``body`` (it wraps if it must)."""
    line_h = ctx.text.line_height(body, True)
    return _inline(ctx, _pieces(ctx, team, answer), width - line_h - 12, body)[1]


def draw_team_result(ctx, surface, row: pygame.Rect, body: int, team, answer) -> None:
    """A team's result in ``row``: its badge (colour and shape), its name, a tick or a cross with
    words for its call and for its action (``answer``: ``game.core.classroom.TeamAnswer``), its points."""
    line_h = ctx.text.line_height(body, True)
    draw_badge(surface, team, (row.left + line_h // 2, row.top + line_h // 2), line_h * 0.44)
    ctx.text.note_box("shape", pygame.Rect(row.left, row.top, line_h, line_h), f"badge {team.name}")
    left = row.left + line_h + 12
    placed, _ = _inline(ctx, _pieces(ctx, team, answer), row.right - left, body)
    for x, y, wide, (mark, words, colour, bold) in placed:
        x += left
        if mark is not None:
            side = line_h * 3 // 4
            draw_mark(ctx, surface, mark, pygame.Rect(x, row.top + y + (line_h - side) // 2, side, side), team.name)
            x += side + 6
        ctx.text.draw_block(surface, words, pygame.Rect(x, row.top + y, wide, row.bottom - row.top - y), body,
                            getattr(ctx.theme, colour), bold)
