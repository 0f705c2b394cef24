"""Preparing a pack's voices before play, with a progress bar (never during a call)."""
from __future__ import annotations

import pygame

from game.prerender import pack_requests, scenario_requests
from game.ui.chrome import content_rect
from game.ui.scene import Scene


def with_voices(app, pack, next_scene):
    """``next_scene``, preceded by voice preparation when the pack has calls to speak."""
    return _prepared(app, pack_requests(pack), next_scene)


def with_voices_for(app, scenarios, next_scene):
    """The same for a list of scenarios from several packs (a community session plan)."""
    return _prepared(app, scenario_requests(scenarios, ["zh", "en"]), next_scene)


def _prepared(app, requests, next_scene):
    if not requests or app.ctx.speech is None:
        return next_scene
    return PrepareScene(app, requests, next_scene)


class PrepareScene(Scene):
    name = "prepare"

    def __init__(self, app, requests, next_scene):
        super().__init__(app)
        self.requests, self.next_scene = requests, next_scene
        self.done = 0

    def screen_key(self) -> str:
        return "prepare"

    def update(self, dt: float) -> None:
        speech = self.ctx.speech
        if not speech.available:
            self.ctx.notify("notice.no_speech")
            self.app.replace(self.next_scene)
            return
        if self.done < len(self.requests):
            speech.render(self.requests[self.done])   # one line a frame, so the bar moves
            self.done += 1
        else:
            self.app.replace(self.next_scene)

    def back(self) -> None:
        self.next_scene.leave()
        self.app.pop(None)

    def demo_choice(self, rng):
        return "wait"  # nothing to choose: the demo waits for the bar

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
