"""Marking a clip's tells: an outline round each tell's region and its number in a badge.

Badges never cover each other or a marked region (issue 15: on the flood picture and the
police chat they did). ``place_badges`` is the pure rect logic: each badge tries places around
its own region — outside its edges and corners, kept inside the picture — and takes the first
that covers no region and no badge placed before it; where none is free, the one that covers
least. The numbers match the numbered list of tells under or beside the clip.
"""
from __future__ import annotations

import pygame

GAP = 3           # between a region's outline and its badge
PAD = (12, 4)     # a badge is its number plus this much room
OUTLINE = 4       # the outline's width


def numbered_regions(tells) -> list[tuple[int, tuple[int, int, int, int]]]:
    """(number, region) of each tell that marks a region; numbers count every tell, as the list does."""
    return [(number, tuple(tell.region)) for number, tell in enumerate(tells, 1) if tell.region]


def on_picture(region, media_size: tuple[int, int], picture: pygame.Rect) -> pygame.Rect:
    """``region`` (in the media's pixels) where ``picture`` shows the media."""
    x, y, w, h = region
    scale_x, scale_y = picture.width / media_size[0], picture.height / media_size[1]
    return pygame.Rect(round(picture.left + x * scale_x), round(picture.top + y * scale_y),
                       max(1, round(w * scale_x)), max(1, round(h * scale_y)))


def candidates(region: pygame.Rect, size: tuple[int, int], bounds: pygame.Rect) -> list[pygame.Rect]:
    """Places for a badge of ``size`` around ``region``, best first, each moved inside ``bounds``:
    outside the top-left corner first (where the number reads as the region's label), then the
    other corners and the middles of the edges, and last inside the region's corners."""
    w, h = size
    r, g = region, GAP
    left_out, right_out = r.left - w - g, r.right + g
    above, below = r.top - h - g, r.bottom + g
    spots = [
        (r.left, above), (left_out, r.top), (left_out, above),            # round the top-left corner
        (r.right - w, above), (right_out, r.top), (right_out, above),      # the top-right corner
        (r.left, below), (left_out, r.bottom - h), (left_out, below),      # the bottom-left corner
        (r.right - w, below), (right_out, r.bottom - h), (right_out, below),   # the bottom-right corner
        (r.centerx - w // 2, above), (r.centerx - w // 2, below),          # the middles of the edges
        (left_out, r.centery - h // 2), (right_out, r.centery - h // 2),
        (r.left + g, r.top + g), (r.right - w - g, r.top + g),             # inside, as a last resort
        (r.left + g, r.bottom - h - g), (r.right - w - g, r.bottom - h - g),
    ]
    found: list[pygame.Rect] = []
    for x, y in spots:
        rect = pygame.Rect(x, y, w, h).clamp(bounds)
        if rect not in found:
            found.append(rect)
    return found


def covered(rect: pygame.Rect, others: list[pygame.Rect]) -> int:
    """How many pixels of ``others`` ``rect`` covers (overlaps counted once per other rect)."""
    total = 0
    for other in others:
        clip = rect.clip(other)
        total += clip.width * clip.height
    return total


def hidden(rect: pygame.Rect, others: list[pygame.Rect]) -> float:
    """How much of ``others`` ``rect`` hides, as the sum of the share of each it covers: a
    corner of a region that fills half the picture matters less than half of a small one."""
    total = 0.0
    for other in others:
        clip = rect.clip(other)
        if clip.width and clip.height:
            total += clip.width * clip.height / max(1, other.width * other.height)
    return total


def place_badges(regions: list[pygame.Rect], sizes: list[tuple[int, int]], bounds: pygame.Rect) -> list[pygame.Rect]:
    """Where each region's badge goes (``sizes[i]`` is badge i's size), inside ``bounds``:
    the first candidate place that covers no region and no earlier badge, else the one that
    hides least of them (see ``hidden``; a badge over another badge counts double)."""
    marked = [region.clip(bounds) for region in regions]
    placed: list[pygame.Rect] = []
    for region, size in zip(regions, sizes):
        best, best_cost = None, None
        for spot in candidates(region, size, bounds):
            cost = hidden(spot, marked) + 2 * hidden(spot, placed)
            if best_cost is None or cost < best_cost:
                best, best_cost = spot, cost
                if cost == 0:
                    break
        placed.append(best if best is not None else pygame.Rect(bounds.topleft, size))
    return placed


BADGE_LINE = (24, 48)   # a number's line is this tall at least and at most, whatever the text size


def badge_text_size(ctx, picture: pygame.Rect) -> int:
    """The numbers' text size: the body size, smaller on a small picture (and at large text)
    so that they cover little of it."""
    size = ctx.theme.body
    tallest = max(BADGE_LINE[0], min(BADGE_LINE[1], picture.height // 9))
    while size > 10 and ctx.text.line_height(size, True) > tallest:
        size -= 2
    return size


def draw_tells(surface: pygame.Surface, ctx, regions, media_size: tuple[int, int], picture: pygame.Rect,
               bounds: pygame.Rect | None = None, size: int | None = None) -> list[pygame.Rect]:
    """Outline each of ``regions`` ((number, region in media pixels)) on ``picture`` and put its
    number beside it, inside ``bounds`` (the picture, or the part of it on screen when magnified).
    ``size``: the numbers' text size where it must be read from afar (a room), else as
    ``badge_text_size`` finds. Returns where the badges went."""
    if not regions:
        return []
    theme = ctx.theme
    bounds = picture.clip(bounds) if bounds is not None else picture
    rects = [on_picture(region, media_size, picture) for _, region in regions]
    for rect in rects:
        pygame.draw.rect(surface, theme.tell, rect, width=OUTLINE, border_radius=6)
    # Magnified, a region out of view has no badge, and one partly in view has it by that part
    shown = [(number, rect.clip(bounds)) for (number, _), rect in zip(regions, rects) if rect.colliderect(bounds)]
    size = size or badge_text_size(ctx, picture)
    images = [ctx.text.line(str(number), size, (0, 0, 0), bold=True) for number, _ in shown]
    sizes = [(image.get_width() + PAD[0], image.get_height() + PAD[1]) for image in images]
    places = place_badges([rect for _, rect in shown], sizes, bounds)
    for (number, rect), image, place in zip(shown, images, places):
        # noted for the overlap check (game.core.overlap): a badge must cover no region, no badge
        ctx.text.note_box("region", rect, f"tell {number}")
        ctx.text.note_box("badge", place, f"tell {number}")
        pygame.draw.rect(surface, theme.tell, place, border_radius=6)
        pygame.draw.rect(surface, (0, 0, 0), place, width=2, border_radius=6)   # stands out on a yellow picture
        surface.blit(image, image.get_rect(center=place.center))
    return places
