"""Answer cards in a room scene: the camera read while the room answers, and the grid of
card numbers the projector lights as each card is read (never what it says, until the
reveal).

A scene holds one ``RoomCards`` for its session: ``begin`` when an answer step opens,
``poll`` every frame (True when the grid changed), ``end`` when the step closes, which
gives each card's answer; ``close`` when the scene goes.
"""
from __future__ import annotations

import time

import pygame

from game.core.cards import CardRoom, CardScan, CardVote
from game.cards.worker import MAX_FPS

GRID_GAP = 6   # pixels between the number boxes


class RoomCards:
    def __init__(self, ctx, room: CardRoom):
        self.ctx, self.room = ctx, room
        self.scan: CardScan | None = None
        self.worker = None
        self.started = 0.0
        self.error: str | None = None      # why the camera stopped, for the presenter
        self._shown_duplicates: set[int] = set()
        self._still_up: dict[int, str] = {}   # cards up at the end of the last step (see CardScan.carried)

    @property
    def scanning(self) -> bool:
        return self.worker is not None

    def begin(self, question: str, options: int = 0) -> None:
        """A new answer step: 'judge', or 'action' with ``options`` options shown."""
        from game.cards.sources import source_for
        from game.cards.worker import ScanWorker

        carried = self.scan.still_up() if self.scan is not None else self._still_up
        self.stop()
        self.scan = CardScan(question, options, self.room.count, carried=carried)
        self.error = None
        self.worker = ScanWorker(source_for(self.ctx.camera), self.room.count)
        self.started = time.monotonic()
        self.worker.start()

    def poll(self) -> bool:
        """Take what the camera read since the last frame; True when the grid should be drawn again."""
        if self.worker is None or self.scan is None:
            return False
        before = (len(self.scan.answers), len(self.scan.duplicates), self.error)
        changed = False
        for at, readings in self.worker.take():
            changed |= bool(self.scan.add_frame(readings, at - self.started))
        if self.worker.error and not self.worker.running:
            self.error = self.worker.error
        return changed or before != (len(self.scan.answers), len(self.scan.duplicates), self.error)

    def end(self) -> list[CardVote]:
        """Close the step: each card's answer (its last stable reading)."""
        self.poll()
        self.stop()
        if self.scan is None:
            return []
        self._still_up = self.scan.still_up()
        return self.scan.votes()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    close = stop

    def next_change(self) -> float | None:
        """While the room answers, look at the camera's readings as often as it reads."""
        return 1 / MAX_FPS if self.worker is not None else None

    def new_duplicates(self) -> list[int]:
        """Card numbers seen twice at once since the last call (to tell the presenter once)."""
        if self.scan is None:
            return []
        new = sorted(self.scan.duplicates - self._shown_duplicates)
        self._shown_duplicates |= set(new)
        return new


def grid_shape(count: int, box: pygame.Rect) -> tuple[int, int]:
    """(columns, rows) for ``count`` numbers in ``box``: the largest squares that fit."""
    best = (count, 1, 0.0)
    for columns in range(1, count + 1):
        rows = -(-count // columns)
        side = min(box.width / columns, box.height / rows)
        if side > best[2]:
            best = (columns, rows, side)
    return best[0], best[1]


def draw_grid(surface, ctx, box: pygame.Rect, room: CardRoom, scan: CardScan | None) -> None:
    """Every card number in ``box``: lit (filled) once read, marked when two cards show it."""
    theme = ctx.theme
    columns, rows = grid_shape(room.count, box)
    side = int(min(box.width / columns, box.height / rows)) - GRID_GAP
    left = box.left + (box.width - columns * (side + GRID_GAP)) // 2
    read = set(scan.answers) if scan else set()
    doubled = scan.duplicates if scan else set()
    size = max(8, int(side * 0.42 / ctx.text.scale))   # the renderer multiplies by the text size setting
    for card in range(1, room.count + 1):
        column, row = (card - 1) % columns, (card - 1) // columns
        cell = pygame.Rect(left + column * (side + GRID_GAP), box.top + row * (side + GRID_GAP), side, side)
        if card in read:
            pygame.draw.rect(surface, theme.good, cell, border_radius=side // 6)
            colour = theme.background
        else:
            pygame.draw.rect(surface, theme.muted, cell, width=max(2, side // 24), border_radius=side // 6)
            colour = theme.muted
        if card in doubled:
            pygame.draw.rect(surface, theme.focus, cell.inflate(6, 6), width=max(3, side // 16),
                             border_radius=side // 5)
        label = ctx.text.line(str(card) + ("!" if card in doubled else ""), size, colour, bold=card in read)
        surface.blit(label, label.get_rect(center=cell.center))
