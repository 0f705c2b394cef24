"""What the camera sees, to aim it before a session with answer cards: the live picture as
large as fits, each card read outlined with its number and the edge on top (only here: no
question is open), how many cards were read, and why the camera cannot be used when it
cannot. The picture is drawn again only when the reading thread has a new one. Esc or Enter
goes back; leaving stops the thread."""
from __future__ import annotations

import pygame

from game.ui.cardsetup import short_reason
from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.widgets import above, button_row


class CameraPreviewScene(Scene):
    name = "camerapreview"

    def __init__(self, app, cards: int):
        super().__init__(app)
        self.cards = cards
        self.worker = None
        self.shown = None          # the preview drawn last (the worker's tuple)
        self.picture: pygame.Surface | None = None
        self.failed = False        # the worker stopped with a reason (drawn once more, then still)

    def enter(self) -> None:
        from game.cards.sources import source_for
        from game.cards.worker import ScanWorker

        self.worker = ScanWorker(source_for(self.ctx.camera), self.cards, preview=True)
        self.worker.start()

    def leave(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    # --- what the thread read ---

    def next_change(self) -> float | None:
        """As often as the camera is read, until it stops."""
        from game.cards.worker import MAX_FPS

        if self.worker is None or self.failed:
            return None
        return 1 / MAX_FPS

    def update(self, dt: float) -> None:
        if self.worker is None:
            return
        self.worker.take()   # the readings are drawn from the preview; the queue is emptied
        if self.worker.error and not self.worker.running:
            self.failed = True
        preview = self.worker.preview()
        if preview is not None and preview is not self.shown:
            self.shown = preview
            data, width, height, _ = preview
            self.picture = pygame.image.frombuffer(data, (width, height), "RGB").copy()

    def readings(self) -> list[tuple]:
        """(card, edge, x, y, size) of the cards in the newest picture, in its pixels."""
        return list(self.shown[3]) if self.shown is not None else []

    def cards_read(self) -> list[int]:
        return sorted({card for card, *_ in self.readings()})

    # --- screen ---

    def footer_hint(self) -> str:
        return self.t("card.preview_keys")

    def layout(self) -> None:
        area = content_rect(self.ctx)
        self.set_buttons(button_row(self.ctx, area, [("back", self.t("nav.back"), "normal")]), "back")

    def activate(self, button_id: str) -> None:
        self.finish(None)

    def status(self) -> tuple[str, str]:
        """(words, colour name) under the picture: why the camera fails, or how many cards were read."""
        if self.failed:
            return self.t("card.preview_failed", why=short_reason(self.t, self.worker.error or "")), "bad"
        if self.shown is None:
            return self.t("card.preview_starting"), "muted"
        return self.t("card.preview_read", n=len(self.cards_read())), "good"

    def draw_content(self, surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        used = ctx.text.draw_block(surface, self.t("card.preview_title"), area, theme.body, theme.text, bold=True)
        words, colour = self.status()
        status_h = ctx.text.block_height(words, theme.body, area.width, True)
        bottom = above(self.buttons, area, theme.gap)
        ctx.text.draw_block(surface, words, pygame.Rect(area.left, bottom - status_h, area.width, status_h),
                            theme.body, getattr(theme, colour), bold=True)
        box = pygame.Rect(area.left, area.top + used + 8, area.width, bottom - status_h - 8 - (area.top + used + 8))
        if self.picture is not None and box.height > 20:
            self._draw_picture(surface, box)

    def _draw_picture(self, surface, box: pygame.Rect) -> None:
        """The picture as large as fits ``box``, each card read outlined with its number and edge."""
        ctx, theme = self.ctx, self.ctx.theme
        width, height = self.picture.get_size()
        scale = min(box.width / width, box.height / height)
        shown = pygame.Rect(0, 0, int(width * scale), int(height * scale))
        shown.midtop = box.midtop
        surface.blit(pygame.transform.smoothscale(self.picture, shown.size), shown)
        ctx.text.note_box("picture", shown, "camera")
        for card, edge, x, y, size in self.readings():
            side = max(12, int(size * scale))
            outline = pygame.Rect(0, 0, side, side)
            outline.center = (shown.left + int(x * scale), shown.top + int(y * scale))
            pygame.draw.rect(surface, theme.good, outline, width=max(3, side // 14))
            size = max(10, int(side * 0.3 / ctx.text.scale))   # in proportion to the card (the renderer scales text)
            label = ctx.text.line(f"{card} · {edge}", size, theme.background, bold=True)
            plate = label.get_rect(midbottom=(outline.centerx, outline.top - 2)).inflate(10, 2)
            plate.clamp_ip(shown)
            pygame.draw.rect(surface, theme.good, plate, border_radius=6)
            surface.blit(label, label.get_rect(center=plate.center))
