"""Reading screens aloud with the project's speech, without ever making the game wait.

Texts are sent to the speech worker and played when their WAV is ready, one after
another on a channel of their own. Nothing is read while a clip or a call speaks.
"""
from __future__ import annotations

import pygame

from game.core.speakable import spoken_form
from game.core.speechtext import SpeechRequest
from game.media.jobline import NARRATION

CHANNEL = 7   # a mixer channel kept for narration
SAID_KEPT = 2000   # texts read lately, kept for tests and the log


class Narrator:
    def __init__(self, ctx):
        self.ctx = ctx
        self.waiting: list[SpeechRequest] = []   # in reading order
        self.said: list[str] = []                # everything read, for tests and the log
        self.submitted: set[SpeechRequest] = set()   # sent to the engine already
        self.loading = None   # (request, SoundLoad) of the next line to play
        self.channel = None

    def read(self, texts: list[str]) -> None:
        """Read ``texts`` from the start, dropping whatever was being read."""
        self.stop()
        settings = self.ctx.effective
        can_play = self.ctx.sound.available and self.ctx.speech is not None
        for text in (t for t in texts if t.strip()):
            if can_play:   # with no sound card or engine nothing waits to be read
                self.waiting.append(SpeechRequest(spoken_form(text, self.ctx.lang), self.ctx.lang,
                                                   rate=settings.narration_rate))
            self.said.append(text)
        if len(self.said) > SAID_KEPT:   # an evening of play would keep every text ever read
            del self.said[: len(self.said) - SAID_KEPT // 2]
        self._submit()

    def _submit(self) -> None:
        """Send what is waiting to the engine once it has started (it starts in the background,
        so the first screen never waits for it)."""
        speech = self.ctx.speech
        if speech is None or not speech.started or not speech.ready:   # asking would start it
            return
        for request in self.waiting:
            if request not in self.submitted:
                self.submitted.add(request)
                speech.submit(request, NARRATION)   # after a round's voices

    def active(self) -> bool:
        """Something is being read, or waits to be read."""
        return bool(self.waiting) or (self.channel is not None and self.channel.get_busy())

    def stop(self) -> None:
        speech = self.ctx.speech
        if speech is not None and self.submitted:
            speech.withdraw(self.submitted)   # what was to be read of the screen left is not said
        self.waiting.clear()
        self.loading = None
        self.submitted.clear()
        if self.channel is not None:
            self.channel.stop()

    def update(self, busy: bool) -> None:
        """Play the next text whose sound is ready, unless a clip is ``busy`` speaking."""
        speech = self.ctx.speech
        if speech is not None and speech.error and not speech.engine:
            self.waiting.clear()   # no engine after all: captions only, nothing waits
        if self.waiting and len(self.submitted) < len(self.waiting):
            self._submit()
        if speech is not None and speech.engine:
            speech.collect()   # finished renders are in the cache now
        if not self.waiting or not self.ctx.sound.available:
            return
        request = self.waiting[0]
        if self.loading is None or self.loading[0] != request:
            # The next line is loaded as soon as its WAV exists, while the one before plays
            path = speech.cached(request) if speech is not None and speech.engine else None
            if path is None:
                return
            self.loading = (request, self.ctx.sound.load_soon(path))
        if busy or (self.channel is not None and self.channel.get_busy()) or not self.loading[1].done:
            return
        sound = self.loading[1].sound
        self.waiting.pop(0)
        self.loading = None
        if sound is not None:
            self.channel = pygame.mixer.Channel(CHANNEL)
            self.channel.set_volume(self.ctx.sound.volume)
            self.channel.play(sound)
