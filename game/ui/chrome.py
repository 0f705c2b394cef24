"""What every screen shares: the top bar with the language switch, the key hint, notices."""
from __future__ import annotations

import pygame

from game.ui.teamdraw import room_size

TOP_BAR = 60
FOOTER = 40
CHROME_SCALE_CAP = 1.25   # the bars stay in their place; larger text is for the content


def chrome_size(ctx, base: int) -> int:
    """A size for the top bar and footer: grows with the text size only up to 125 %."""
    scale = ctx.text.scale
    return max(8, round(base * min(scale, CHROME_SCALE_CAP) / scale))


def _fitting_line(ctx, text: str, base: int, width: int, colour, bold: bool = False):
    """``text`` as one line no wider than ``width``, shrinking the size if it must."""
    size = chrome_size(ctx, base)
    while True:
        image = ctx.text.line(text, size, colour, bold)
        if image.get_width() <= width or size <= 10:
            return image
        size -= 1


def content_rect(ctx, top: int = TOP_BAR, footer: int = FOOTER) -> pygame.Rect:
    """The part of the window scenes draw into, between the top bar and the footer (a room
    screen's bars are taller: ``room_bars``)."""
    width, height = ctx.size
    margin = ctx.theme.margin
    return pygame.Rect(margin, top + 12, width - 2 * margin, height - top - footer - 24)


# --- a room screen's bars: read from the back of a hall (36 px at 1080 px high) ---

ROOM_BAR_TEXT = 24   # room size (game.ui.teamdraw.room_size) of the status and the key hint


def room_bar_size(ctx) -> int:
    return room_size(ctx, ROOM_BAR_TEXT)


def _status_room(ctx) -> int:
    """How wide the status may be on a room screen: from the margin to the top-right buttons
    (the game's name gives its place to the status there)."""
    return min(r.left for r in top_button_rects(ctx).values()) - 16 - ctx.theme.margin


def room_bars(ctx, status: str, hint: str) -> tuple[int, int]:
    """(top bar, footer) heights of a room screen showing ``status`` and the key ``hint``, each
    wrapped at room size (a long hint takes two lines rather than shrink)."""
    text, size = ctx.text, room_bar_size(ctx)
    hint_lines = len(text.wrap(hint or ctx.t("keys.hint"), size, ctx.size[0] - 2 * ctx.theme.margin))
    return _status_box(ctx, status)[1], max(FOOTER, hint_lines * text.line_height(size) + 8)


def _status_box(ctx, status: str) -> tuple[pygame.Rect, int]:
    """Where a room screen's status goes, and the top bar's height: beside the top-right buttons
    where it fits on one line, else on its own lines under them (large text on a small window)."""
    text, size, margin = ctx.text, room_bar_size(ctx), ctx.theme.margin
    line_h = text.line_height(size, True)
    beside = max(1, _status_room(ctx))
    if not status or text.font(size, True).size(status)[0] <= beside:
        bar = max(TOP_BAR, line_h + 8)
        return pygame.Rect(margin, (bar - line_h) // 2, beside, line_h), bar
    width = ctx.size[0] - 2 * margin
    lines_h = text.block_height(status, size, width, True)
    return pygame.Rect(margin, TOP_BAR, width, lines_h), TOP_BAR + lines_h + 8


def room_content_rect(ctx, status: str, hint: str) -> pygame.Rect:
    """``content_rect`` between a room screen's taller bars."""
    return content_rect(ctx, *room_bars(ctx, status, hint))


# The buttons at the top right, from the right: (name, string key, function key).
TOP_BUTTONS = (("lang", "lang.toggle", "F2"), ("settings", "settings.button", "F3"), ("narrate", "narrate.button", "N"),
               ("help", "help.button", "F1"))


def top_button_rects(ctx) -> dict[str, pygame.Rect]:
    """Where each top-right button is, laid out from the right edge."""
    rects, right = {}, ctx.size[0] - ctx.theme.margin
    for name, key, fkey in TOP_BUTTONS:
        width = ctx.text.font(chrome_size(ctx, ctx.theme.small)).size(f"{ctx.t(key)} ({fkey})")[0]
        rect = pygame.Rect(0, 6, max(110, width + 36), TOP_BAR - 12)
        rect.right = right
        rects[name] = rect
        right = rect.left - 12
    return rects


def top_button_hit(app, pos) -> str | None:
    """The name of the top-right button at ``pos``, if any."""
    return next((name for name, rect in top_button_rects(app.ctx).items() if rect.collidepoint(pos)), None)


def draw(app, surface: pygame.Surface, dt: float) -> None:
    if getattr(app.top, "room_chrome", False):
        _draw_room(app, surface)
        return
    ctx = app.ctx
    theme = ctx.theme
    width, height = ctx.size
    pygame.draw.rect(surface, theme.panel, (0, 0, width, TOP_BAR))
    rects = top_button_rects(ctx)
    # The name, smaller where a narrow window leaves it less room than the buttons take
    name_room = min(r.left for r in rects.values()) - 16 - theme.margin
    name = _fitting_line(ctx, ctx.t("app.name"), theme.heading - 6, max(0, name_room), theme.focus, bold=True)
    left = theme.margin
    if name.get_width() <= name_room:
        surface.blit(name, (theme.margin, (TOP_BAR - name.get_height()) // 2))
        left += name.get_width() + 28
    status = getattr(app.top, "status_line", lambda: "")()
    room = min(r.left for r in rects.values()) - 16 - left
    if status and room > 40:   # where the buttons leave no room, the round shows its place elsewhere
        image = _fitting_line(ctx, status, theme.small, room, theme.muted)
        if image.get_width() <= room:
            surface.blit(image, (left, (TOP_BAR - image.get_height()) // 2))
    for name, key, fkey in TOP_BUTTONS:
        colour = theme.button_bad if name == "help" else theme.button
        _top_button(ctx, surface, rects[name], ctx.t(key), fkey, colour)
    words = getattr(app.top, "footer_hint", lambda: "")() or ctx.t("keys.hint")   # a screen with keys of its own names them
    hint = _fitting_line(ctx, words, theme.small, width - 2 * theme.margin, theme.muted)
    surface.blit(hint, ((width - hint.get_width()) // 2, height - FOOTER + (FOOTER - hint.get_height()) // 2))
    _draw_notices(ctx, surface, app.top.buttons)


def _draw_room(app, surface: pygame.Surface) -> None:
    """A room screen's bars: the status (where the game's name was) and the keys at room size,
    wrapped rather than shrunk; the top-right buttons as on every screen (they are the teacher's)."""
    ctx = app.ctx
    theme, text, size = ctx.theme, ctx.text, room_bar_size(ctx)
    width, height = ctx.size
    status = app.top.status_line()
    hint = app.top.footer_hint() or ctx.t("keys.hint")
    top, footer = room_bars(ctx, status, hint)
    pygame.draw.rect(surface, theme.panel, (0, 0, width, top))
    if status:
        text.draw_block(surface, status, _status_box(ctx, status)[0], size, theme.text, bold=True)
    rects = top_button_rects(ctx)
    for name, key, fkey in TOP_BUTTONS:
        colour = theme.button_bad if name == "help" else theme.button
        _top_button(ctx, surface, rects[name], ctx.t(key), fkey, colour)
    lines_h = text.block_height(hint, size, width - 2 * theme.margin)
    text.draw_block(surface, hint, pygame.Rect(theme.margin, height - footer + (footer - lines_h) // 2,
                                               width - 2 * theme.margin, lines_h), size, theme.muted, align="center")
    _draw_notices(ctx, surface, app.top.buttons)


def _top_button(ctx, surface, rect, label_text: str, key: str, colour) -> None:
    theme = ctx.theme
    pygame.draw.rect(surface, colour, rect, border_radius=8)
    if theme.border:
        pygame.draw.rect(surface, theme.border, rect, width=2, border_radius=8)
    label = _fitting_line(ctx, f"{label_text} ({key})", theme.small, rect.width - 12, theme.button_text)
    surface.blit(label, label.get_rect(center=rect.center))


def _draw_notices(ctx, surface, buttons=()) -> None:
    active = [n for n in ctx.notices if n.seconds_left > 0]
    if not active:
        return
    notice = active[0]   # counted down by the App, drawn or not (see App.next_change)
    theme, text = ctx.theme, ctx.text
    message = ctx.t(notice.text_key, **notice.values)
    box = notice_box(ctx, text.block_height(message, theme.body, ctx.size[0] - 2 * theme.margin - 40),
                     [b.rect for b in buttons])
    pygame.draw.rect(surface, theme.notice, box, border_radius=10)
    pygame.draw.rect(surface, theme.focus, box, width=3, border_radius=10)
    text.draw_block(surface, message, box.inflate(-40, -24), theme.body, theme.text)


def notice_box(ctx, lines_h: int, controls: list[pygame.Rect]) -> pygame.Rect:
    """Where a notice of ``lines_h`` pixels of text goes: above the footer, else beside a button
    (from the bottom up), else under the top bar (over the heading, the last choice): the first
    place that covers none of ``controls`` (a notice over a row of answers hid them from a player
    who then could not answer). Where every place covers one, the place covering the least."""
    theme = ctx.theme
    width, height = ctx.size
    box_h = lines_h + 24
    places = [height - FOOTER - box_h - 16]
    for rect in sorted(controls, key=lambda r: -r.bottom):   # just below and just above each button
        places += [rect.bottom + 8, rect.top - box_h - 8]
    places.append(TOP_BAR + 8)
    low, high = TOP_BAR + 8, height - FOOTER - box_h - 8
    boxes = [pygame.Rect(theme.margin, min(max(y, low), max(low, high)), width - 2 * theme.margin, box_h)
             for y in places]

    def covered(box: pygame.Rect) -> int:
        return sum(box.clip(r).width * box.clip(r).height for r in controls)

    return next((box for box in boxes if covered(box) == 0), min(boxes, key=covered))
