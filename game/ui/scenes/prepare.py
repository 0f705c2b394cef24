"""Preparing a round's voices before play, with a progress bar (never during a call).

Finishes with True when every line is ready, or when speech cannot help (no engine, a
stuck one): the round then plays with captions. Esc finishes with None.
"""
from __future__ import annotations

import logging
import time

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene


START_WAIT = 30.0   # seconds to wait for the speech engine to start
LINE_WAIT = 5.0     # and for each line after that, before going on with captions
SWEEP_SECONDS = 0.5  # how often every missing line is looked for again
STALL_SECONDS = 15.0  # no new line for this long: the engine is stuck; go on with captions
LOOK_SECONDS = 0.1    # how often finished lines are counted (and the bar redrawn)


class PrepareScene(Scene):
    """Every voice line of the round rendered before it starts: sent to the speech worker all at
    once, and counted as they arrive, so the screen (and its progress bar) never waits."""

    name = "prepare"

    def __init__(self, app, requests, clock=time.monotonic):
        super().__init__(app)
        self.requests = requests
        self.done = 0
        self.missing = list(requests)
        self.sent = False
        # The waits are in real time, not in frames: the self-playing demo runs its frames faster
        # than the clock, and a frame-time wait told it the engine was stuck when it was not.
        self.clock = clock
        self.started_at = clock()
        self.progress_at = self.started_at
        self.since_sweep = 0.0

    def screen_key(self) -> str:
        return "prepare"

    def next_change(self) -> float | None:
        return LOOK_SECONDS   # the bar moves as lines arrive: looked for ten times a second

    def update(self, dt: float) -> None:
        speech = self.ctx.speech
        now = self.clock()
        waited = now - self.started_at
        if speech.error and not speech.engine:
            self._no_speech()
            return
        if not speech.ready:
            if waited > START_WAIT:
                self._no_speech()
            return
        if not self.sent:
            for request in self.requests:
                speech.submit(request)
            self.sent = True
        speech.collect()
        # The worker renders in the order asked, so each frame looks only at the next line
        # missing (a stat each for 300 lines took 4 ms a frame); a full look twice a second
        # catches any that came out of order or failed.
        while self.missing and speech.cached(self.missing[0]) is not None:
            self.missing.pop(0)
        self.since_sweep += dt
        if self.since_sweep >= SWEEP_SECONDS:
            self.since_sweep = 0.0
            self.missing = [r for r in self.missing if speech.cached(r) is None]
        done = len(self.requests) - len(self.missing)
        if done > self.done:
            self.progress_at = now
        self.done = done
        silent = now - self.progress_at
        if self.done >= len(self.requests):
            self.finish(True)
        elif silent > STALL_SECONDS or waited > START_WAIT + LINE_WAIT * len(self.requests):
            # A stuck engine would otherwise hold the player here for minutes (5 s a line); the
            # speech worker is replaced after 3 s of silence, so this is the last resort
            logging.getLogger("seethrough.speech").warning(
                "speech engine gave no line for %.0f s (%d of %d ready): going on with captions",
                silent, self.done, len(self.requests))
            self.ctx.notify("notice.speech_stalled")
            self.finish(True)   # lines still missing play as captions

    def _no_speech(self) -> None:
        self.ctx.notify("notice.no_speech")
        self.finish(True)

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme = self.ctx.theme
        label = self.t("call.preparing", done=self.done, total=len(self.requests))
        height = self.ctx.text.block_height(label, theme.heading, area.width)
        self.ctx.text.draw_block(surface, label, pygame.Rect(area.left, area.centery - 20 - height, area.width, height),
                                 theme.heading, theme.text, align="center")
        bar = pygame.Rect(area.centerx - 300, area.centery, 600, 28)
        pygame.draw.rect(surface, theme.panel, bar, border_radius=8)
        filled = bar.copy()
        filled.width = int(bar.width * self.done / max(1, len(self.requests)))
        pygame.draw.rect(surface, theme.good, filled, border_radius=8)
