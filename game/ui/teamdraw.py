"""Drawing teams for a room: each team's shape in its colour, so no team depends on colour alone;
each team's result on a reveal (a tick or a cross, drawn, beside words); and sizes for a
projector, taken from the window's height (legible from the back of a room)."""
from __future__ import annotations

import math

import pygame

from game.core.classroom import CardTally

BASE_HEIGHT = 720


ROOM_SCALE_CAP = 1.25   # room screens are large print already: the text-size setting counts up to 125 %


def room_size(ctx, base: int) -> int:
    """A text size for the room: ``base`` at 720 px high, growing with the window (1.5× at 1080).

    The renderer multiplies sizes by the player's text scale; room screens take that
    only up to 125 %, so a projector layout still fits when the setting is 200 %.
    """
    scale = ctx.text.scale
    return max(8, round(base * max(1.0, ctx.size[1] / BASE_HEIGHT) * min(scale, ROOM_SCALE_CAP) / scale))


def room_floor(ctx, base: int) -> int:
    """The least a room size may shrink to when text must fit: ``base`` at 720 px high, growing
    with the window, whatever the text-size setting (36 px at 1080 for a base of 24). Above
    100 % the room's text starts larger (``room_size``) and may come back down to this."""
    return max(8, round(base * max(1.0, ctx.size[1] / BASE_HEIGHT) / ctx.text.scale))


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


def fit_name(text, name: str, width: int, height: int, start: int, floor: int) -> int:
    """The largest size from ``start`` down to ``floor`` at which ``name`` wraps (``text``: the
    renderer) into ``width`` and ``height``: a long team name wraps, then shrinks, but never
    below the room's least size (``floor``; drawn too large there, the renderer notes it)."""
    for size in range(start, floor - 1, -1):
        if text.block_height(name, size, width, True) <= height:
            return size
    return floor


def draw_name(ctx, surface, name: str, box: pygame.Rect, start: int, floor: int, colour=None,
              align: str = "left") -> None:
    """A team's name, wrapped (and smaller if it must) to fit ``box``, centred up and down."""
    name_in(ctx.text, surface, name, box, start, floor, colour or ctx.theme.text, align)


def name_in(text, surface, name: str, box: pygame.Rect, start: int, floor: int, colour, align: str = "left") -> None:
    """``draw_name`` with the renderer ``text`` and a colour (for a button, which has no ctx)."""
    size = fit_name(text, name, box.width, box.height, start, floor)
    lines = _cut(text, text.wrap(name, size, box.width, True), size, box)
    used = len(lines) * text.line_height(size, True)
    text.draw_lines(surface, name, lines, pygame.Rect(box.left, box.centery - used // 2, box.width, used), size,
                    colour, bold=True, align=align)


def _cut(text, lines: list[str], size: int, box: pygame.Rect) -> list[str]:
    """The lines that fit ``box``, the last ending in "…" when some are left out (a name longer
    than the setup allows, 16 characters, still never runs over what is under it)."""
    room = max(1, box.height // text.line_height(size, True))
    if len(lines) <= room:
        return lines
    last = lines[room - 1]
    while last and text.font(size, True).size(last + "…")[0] > box.width:
        last = last[:-1]
    return lines[:room - 1] + [last.rstrip() + "…"]


def points_label(points: float) -> str:
    """Points as the room reads them: whole, or to a tenth (a team's mean over its cards)."""
    return f"{round(points, 1):g}"


def draw_scoreboard(surface, ctx, totals, box: pygame.Rect, most: float, size: int, floor: int | None = None,
                    bars: bool = True) -> None:
    """One row per team, best first: badge, name (wrapped to two lines if it must), a bar and
    the points. Rows share ``box``'s height, up to two lines of ``size`` each; without ``bars``
    (a narrow list beside a podium) only badge, name (up to three lines) and points."""
    theme, text = ctx.theme, ctx.text
    floor = floor or size
    line_h = text.line_height(size, True)
    rows = max(1, len(totals))
    row_h = min(box.height // rows, line_h * (2 if bars else 3) + 16)   # (a narrow list beside a podium: 3 lines)
    # Wide enough for the longest points: cards give tenths (a team's mean, "93.4")
    score_w = max(text.font(size, True).size(label)[0] for label in ["888"] + [points_label(p) for _, p in totals]) + 8
    name_w = round(box.width * (0.38 if bars else 1.0)) - row_h - 12 - (0 if bars else score_w + 16)
    for row, (team, points) in enumerate(totals):
        top = box.top + row * row_h
        middle = top + row_h // 2
        badge = min(row_h, line_h)
        draw_badge(surface, team, (box.left + badge // 2, middle), badge * 0.4)
        ctx.text.note_box("shape", pygame.Rect(box.left, middle - badge // 2, badge, badge), f"badge {team.name}")
        name = pygame.Rect(box.left + badge + 12, top + 4, name_w + row_h - badge, row_h - 8)
        draw_name(ctx, surface, team.name, name, size, floor)
        score = pygame.Rect(box.right - score_w, middle - line_h // 2, score_w, line_h)
        text.draw_block(surface, points_label(points), score, size, theme.text, bold=True, align="right")
        if bars:
            bar = pygame.Rect(name.right + 16, middle - row_h // 5, score.left - 16 - name.right - 16, row_h * 2 // 5)
            pygame.draw.rect(surface, theme.panel_hover, bar, border_radius=6)
            share = points / most if most else 0
            pygame.draw.rect(surface, team.colour, (bar.left, bar.top, int(bar.width * share), bar.height),
                             border_radius=6)


PODIUM_STEPS = {1: 1.0, 2: 0.72, 3: 0.5}   # each place's block, as a share of the first's


def podium_rest(totals) -> list[tuple[object, float]]:
    """The teams not on the podium's three blocks (listed beside it)."""
    return [(team, points) for _, team, points in _places(totals)[3:]]


def draw_podium(surface, ctx, totals, box: pygame.Rect, size: int, floor: int | None = None) -> None:
    """The best three teams on blocks (ties share a step), each with its badge, its name
    (wrapped, or smaller down to ``floor``) and its points above it."""
    theme, text = ctx.theme, ctx.text
    floor = floor or size
    places = _places(totals)[:3]
    order = [p for p in places if p[0] == 2] + [p for p in places if p[0] == 1] + [p for p in places if p[0] == 3]
    width = box.width // max(3, len(order))
    size, names, above = _podium_size(text, order, width - 24, box.height, size, floor)
    line_h = badge = text.line_height(size, True)
    tallest = max(line_h * 2, box.height - above)
    for slot, (place, team, points) in enumerate(order):
        left = box.left + slot * width + (box.width - width * len(order)) // 2
        block_h = int(tallest * PODIUM_STEPS[place])
        block = pygame.Rect(left + 12, box.bottom - block_h, width - 24, block_h)
        pygame.draw.rect(surface, team.colour, block, border_radius=10)
        pygame.draw.rect(surface, (0, 0, 0), block, width=3, border_radius=10)
        number = text.line(str(place), size * 2, (0, 0, 0), bold=True)
        surface.blit(number, number.get_rect(center=(block.centerx, block.top + min(block_h // 2, number.get_height()))))
        score = pygame.Rect(block.left, block.top - line_h - 4, block.width, line_h)
        text.draw_block(surface, points_label(points), score, size, theme.text, bold=True, align="center")
        name = pygame.Rect(block.left, score.top - names[team.index], block.width, names[team.index])
        draw_name(ctx, surface, team.name, name, size, floor, align="center")
        centre = (block.centerx, name.top - 8 - badge // 2)
        draw_badge(surface, team, centre, badge * 0.45)
        ctx.text.note_box("shape", pygame.Rect(centre[0] - badge // 2, centre[1] - badge // 2, badge, badge),
                          f"badge {team.name}")


def _podium_size(text, order, block_w: int, height: int, size: int, floor: int) -> tuple[int, dict, int]:
    """(size, {team index: its name's height}, height above the blocks) for the podium: ``size``,
    or smaller down to ``floor`` until the badges, names and points leave the blocks two lines."""
    for size in range(size, floor - 1, -1):
        line_h = text.line_height(size, True)
        names = {team.index: text.block_height(team.name, fit_name(text, team.name, block_w, 2 * line_h, size, floor),
                                               block_w, True) for _, team, _ in order}
        above = line_h + 8 + max(names.values(), default=0) + line_h + 8   # the badge, the longest name, the points
        if height - above >= 2 * line_h:
            break
    return size, names, above


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
    if isinstance(answer, CardTally):
        return pieces + _card_pieces(ctx, answer)
    judged = t("class.no_answer") if not answer.judgement else \
        t("class.judged_right" if answer.judged_right else "class.judged_wrong")
    pieces.append((answer.judged_right, judged, "good" if answer.judged_right else "bad", False))
    if answer.safe is not None:
        action = t("class.no_action") if answer.action is None else \
            t("class.action_safe" if answer.safe else "class.action_risky")
        pieces.append((bool(answer.safe), action, "good" if answer.safe else "bad", False))
    pieces.append((None, t("reveal.points", n=answer.points), "text", True))
    return pieces


def _card_pieces(ctx, tally: CardTally) -> list[tuple[bool | None, str, str, bool]]:
    """A team on cards: how many of its cards judged right and chose a safe action, its points."""
    t = ctx.t
    if not tally.present:
        return [(None, t("class.cards.team_none"), "muted", False), (None, t("reveal.points", n=0), "text", True)]
    pieces = [(None, t("class.cards.team_judged", n=tally.judged_right, total=tally.present), "text", False)]
    if tally.acted_safe is not None:
        pieces.append((None, t("class.cards.team_safe", n=tally.acted_safe, total=tally.present), "text", False))
    return pieces + [(None, t("reveal.points", n=f"{tally.points:g}"), "text", True)]


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
