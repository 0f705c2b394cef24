"""The magnifier: a round's clip (or a call's pane) over the whole window, to look closer.

Pushed by the round scene (a click on the clip, or Z) with ``app.push``; it finishes with None
on Esc, Z or Close. It starts with the whole clip fitted to the window; + and - (the buttons,
or the mouse wheel) zoom from 1x to 4x, the arrows move about, and a click on the picture
zooms in on that spot. An animation, a video or a call keeps playing: the magnifier advances
it while it is on top (R and P work as in the round). Opened after the answer, the tells are
marked on the magnified picture; during the question nothing is marked.

The clip is drawn once a frame at its own size (a call's pane at the window's size) and the
part in view is scaled to the window: zooming costs one scaling of at most the window's
pixels, never a 4x copy of the whole picture.
"""
from __future__ import annotations

import pygame

from game.ui.chrome import FOOTER, TOP_BAR
from game.ui.roundlayout import fit
from game.ui.scene import Scene
from game.ui.tells import draw_tells
from game.ui.widgets import PAD_X, QUIET_SIZE, Button, fit_height

ZOOMS = (1.0, 1.5, 2.0, 3.0, 4.0)   # times the fitted size
PAN_STEP = 0.25                     # an arrow moves the picture by this share of the view
ARROWS = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}


class Magnifier(Scene):
    name = "magnifier"

    def __init__(self, app, shape: tuple[int, int], clip=None, callview=None,
                 tells: list | None = None, media_size: tuple[int, int] | None = None):
        """``clip`` (a clip player) or ``callview`` (a call's view) is shown, in a box of
        ``shape``'s proportions; ``tells`` ((number, region) in ``media_size`` pixels) are marked."""
        super().__init__(app)
        self.clip, self.callview = clip, callview
        self.shape = shape
        self.tells = list(tells or [])
        self.media_size = media_size or shape
        self.zoom = 0                 # index into ZOOMS
        self.centre = (0.5, 0.5)      # the point of the picture in the middle of the view (as shares)
        self.view = pygame.Rect(0, 0, 1, 1)
        self.hint_rect = pygame.Rect(0, 0, 0, 0)
        self.picture: pygame.Rect | None = None   # where the clip's picture is on screen (tests)
        self.badges: list[pygame.Rect] = []       # where the tells' numbers are (tests)
        self._canvas: pygame.Surface | None = None
        self._last: tuple | None = None   # (what was scaled, the scaled view)
        self.clear_focus()   # Enter pressed by accident closes nothing; Tab brings the focus ring

    # --- layout: the picture, and the controls under it or (a tall picture) beside it ---

    def layout(self) -> None:
        ctx, theme, t = self.ctx, self.ctx.theme, self.t
        width, height = ctx.size
        quiet = theme.small + QUIET_SIZE
        items = [("zoom_in", t("magnifier.zoom_in"), "quiet", quiet),
                 ("zoom_out", t("magnifier.zoom_out"), "quiet", quiet),
                 ("close", t("magnifier.close"), "normal", theme.body)]
        widths = [ctx.text.font(size).size(label)[0] + 2 * PAD_X + 8 for _, label, _, size in items]
        full = pygame.Rect(0, TOP_BAR, width, height - FOOTER - 8 - TOP_BAR)
        arrangements = [self._under(full, items, widths), self._beside(full, items, max(widths))]
        picture = [fit(self.shape, view).width for view, _, _ in arrangements]
        self.view, self.hint_rect, buttons = arrangements[picture.index(max(picture))]
        self.set_buttons(buttons)

    def _hint_height(self, width: int) -> int:
        return self.ctx.text.block_height(self.t("magnifier.hint"), self.ctx.theme.small, width, True)

    def _under(self, full: pygame.Rect, items, widths):
        """(view, hint rect, buttons) with the controls in a row under the picture: the zoom
        buttons on the left, Close on the right, the hint between them (or above them)."""
        ctx, theme = self.ctx, self.ctx.theme
        left, right = theme.margin, full.right - theme.margin
        row_h = max(fit_height(ctx.text, label, w, size, False, theme.button_min_height)
                    for (_, label, _, size), w in zip(items, widths))
        middle = right - left - sum(widths) - 4 * theme.gap
        hint_h = self._hint_height(middle) if middle > 0 else 0
        if middle >= full.width // 4 and hint_h <= 2 * row_h:
            row_h = max(row_h, hint_h)
            row_top = full.bottom - row_h
            hint = pygame.Rect(left + widths[0] + widths[1] + 2 * theme.gap, row_top + (row_h - hint_h) // 2,
                               middle, hint_h)
            top = row_top
        else:                         # no room between the buttons: the hint goes above them
            row_top = full.bottom - row_h
            hint_h = self._hint_height(right - left)
            hint = pygame.Rect(left, row_top - theme.gap - hint_h, right - left, hint_h)
            top = hint.top
        x, buttons = left, []
        for (button_id, label, style, size), w in zip(items, widths):
            if button_id == "close":
                x = right - w
            buttons.append(Button(button_id, label, pygame.Rect(x, row_top, w, row_h), None, style, size))
            x += w + theme.gap
        return pygame.Rect(full.left, full.top, full.width, top - 8 - full.top), hint, buttons

    def _beside(self, full: pygame.Rect, items, column: int):
        """(view, hint rect, buttons) with the controls in a column on the right: the hint, the
        zoom buttons, and Close at the bottom. Better for a tall picture (a phone's screen)."""
        ctx, theme = self.ctx, self.ctx.theme
        left = full.right - theme.margin - column
        hint = pygame.Rect(left, full.top + theme.gap, column, self._hint_height(column))
        y, buttons = hint.bottom + 2 * theme.gap, []
        for button_id, label, style, size in items:
            button_h = fit_height(ctx.text, label, column, size, False, theme.button_min_height)
            top = full.bottom - button_h if button_id == "close" else y
            buttons.append(Button(button_id, label, pygame.Rect(left, top, column, button_h), None, style, size))
            y += button_h + theme.gap
        if buttons[-2].rect.bottom + theme.gap > buttons[-1].rect.top:   # too tall for the window: no good
            return pygame.Rect(full.left, full.top, 1, 1), hint, buttons
        return pygame.Rect(full.left, full.top, left - theme.margin - full.left, full.height), hint, buttons

    # --- what the player does ---

    def handle(self, intent) -> None:
        kind = intent.kind
        if kind in ("next", "prev") and intent.value in ARROWS:
            self.pan(*ARROWS[intent.value])
        elif kind == "zoom_in":
            self.set_zoom(self.zoom + 1)
        elif kind == "zoom_out":
            self.set_zoom(self.zoom - 1)
        elif kind == "magnify":
            self.finish(None)
        elif kind == "click" and self.view.collidepoint(intent.value) and \
                not any(b.rect.collidepoint(intent.value) for b in self.buttons):
            self.look_at(intent.value)
        else:
            super().handle(intent)

    def activate(self, button_id: str) -> None:
        if button_id == "close":
            self.finish(None)
        elif button_id == "zoom_in":
            self.set_zoom(self.zoom + 1)
        elif button_id == "zoom_out":
            self.set_zoom(self.zoom - 1)

    def set_zoom(self, index: int) -> None:
        self.zoom = max(0, min(len(ZOOMS) - 1, index))

    def pan(self, dx: int, dy: int) -> None:
        """Move the view by a step (a share of what is in view), never past the picture's edge."""
        zoom = ZOOMS[self.zoom]
        fitted = fit(self.shape, self.view)
        share_x = PAN_STEP * self.view.width / (fitted.width * zoom)
        share_y = PAN_STEP * self.view.height / (fitted.height * zoom)
        self.centre = (self.centre[0] + dx * share_x, self.centre[1] + dy * share_y)

    def look_at(self, pos) -> None:
        """A click on the picture: that spot to the middle, one step closer."""
        shown = self._shown()
        if shown is None:
            return
        source, dest = shown
        x = source.left + (pos[0] - dest.left) * source.width / max(1, dest.width)
        y = source.top + (pos[1] - dest.top) * source.height / max(1, dest.height)
        size = self._canvas_size()
        self.centre = (x / size[0], y / size[1])
        self.set_zoom(self.zoom + 1)

    def replay(self) -> None:
        source = self.callview or self.clip
        if source is not None:
            source.replay()

    def pause(self) -> None:
        if self.clip is not None:
            self.clip.toggle_pause()

    def pause_for_overlay(self) -> None:
        """Help or settings opened over the magnifier: quiet, as the round would be."""
        if self.clip is not None and self.clip.playing:
            self.clip.toggle_pause()
        if self.callview is not None:
            self.callview.stop_sounds()

    # --- time ---

    def animating(self) -> bool:
        if self.callview is not None:
            return not self.callview.call.finished
        return self.clip is not None and self.clip.playing and bool(self.clip.seconds)

    def update(self, dt: float) -> None:
        """The round under the magnifier is not updated: the clip or call goes on here."""
        source = self.callview or self.clip
        if source is not None:
            source.update(dt)

    # --- drawing ---

    def _canvas_size(self) -> tuple[int, int]:
        """The clip at its own size; a call's pane (drawn, not a picture) at the view's size."""
        if self.clip is not None:
            return max(1, self.shape[0]), max(1, self.shape[1])
        return fit(self.shape, self.view).size

    def _shown(self) -> tuple[pygame.Rect, pygame.Rect] | None:
        """(part of the canvas in view, where it goes on screen), with the centre kept so the
        picture never leaves part of the view empty when it could fill it."""
        width, height = self._canvas_size()
        scale = fit((width, height), self.view).width / width * ZOOMS[self.zoom]
        seen_w, seen_h = self.view.width / scale, self.view.height / scale
        cx = _within(self.centre[0] * width, seen_w / 2, width - seen_w / 2, width / 2)
        cy = _within(self.centre[1] * height, seen_h / 2, height - seen_h / 2, height / 2)
        self.centre = (cx / width, cy / height)
        source = pygame.Rect(round(cx - seen_w / 2), round(cy - seen_h / 2), round(seen_w), round(seen_h))
        source = source.clip(pygame.Rect(0, 0, width, height))
        if source.width <= 0 or source.height <= 0:
            return None
        dest = pygame.Rect(round(self.view.centerx + (source.left - cx) * scale),
                           round(self.view.centery + (source.top - cy) * scale),
                           max(1, round(source.width * scale)), max(1, round(source.height * scale)))
        return source, dest

    def draw_content(self, surface: pygame.Surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        pygame.draw.rect(surface, (0, 0, 0), self.view)
        ctx.text.note_box("picture", self.view, "magnified clip")   # the overlap check: no text half over it
        size = self._canvas_size()
        if self._canvas is None or self._canvas.get_size() != size:
            self._canvas = pygame.Surface(size, 0, 32)
        canvas = self._canvas
        canvas.fill((0, 0, 0))
        source = self.callview or self.clip
        landed = source.draw(canvas, canvas.get_rect()) if source is not None else None
        shown = self._shown()
        self.picture, self.badges = None, []
        if shown is not None:
            part, dest = shown
            scale = dest.width / part.width
            surface.set_clip(self.view)
            surface.blit(self._scaled(canvas, part, dest), dest)
            if landed is not None:
                self.picture = pygame.Rect(round(dest.left + (landed.left - part.left) * scale),
                                           round(dest.top + (landed.top - part.top) * scale),
                                           round(landed.width * scale), round(landed.height * scale))
                if self.tells:
                    self.badges = draw_tells(surface, ctx, self.tells, self.media_size, self.picture, self.view)
            surface.set_clip(None)
        ctx.text.draw_block(surface, self.t("magnifier.hint"), self.hint_rect, theme.small, theme.text, bold=True)

    def _scaled(self, canvas: pygame.Surface, part: pygame.Rect, dest: pygame.Rect) -> pygame.Surface:
        """The part of the canvas in view, scaled to the view. An animation's frame stays on
        screen for several of the game's frames: the same frame is scaled once."""
        key = None
        if self.clip is not None and self.callview is None:
            bar = getattr(self.clip, "bar_room", 0) and round(self.clip.position, 1)   # an audio clip's bar moves
            key = (id(self.clip.picture), bar, tuple(part), dest.size)
        if key is None or self._last is None or self._last[0] != key:
            self._last = (key, pygame.transform.smoothscale(canvas.subsurface(part), dest.size))
        return self._last[1]

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        # Read aloud on arrival: the one short line, not the buttons' labels as well.
        self.ctx.text.blocks[:] = [self.t("magnifier.hint")]


def _within(value: float, low: float, high: float, middle: float) -> float:
    """``value`` kept between ``low`` and ``high``; ``middle`` when the range is empty (the
    picture is smaller than the view that way: it stays centred)."""
    if low > high:
        return middle
    return max(low, min(high, value))
