"""Reading screens aloud with the project's speech, without ever making the game wait.

Texts are sent to the speech worker and played when their WAV is ready, one after
another on a channel of their own. Nothing is read while a clip or a call speaks.
"""
from __future__ import annotations

import pygame

from game.core.speechtext import SpeechRequest

CHANNEL = 7   # a mixer channel kept for narration


class Narrator:
    def __init__(self, ctx):
        self.ctx = ctx
        self.waiting: list[SpeechRequest] = []   # in reading order
        self.said: list[str] = []                # everything read, for tests and the log
        self.channel = None

    def read(self, texts: list[str]) -> None:
        """Read ``texts`` from the start, dropping whatever was being read."""
        self.stop()
        speech = self.ctx.speech
        settings = self.ctx.effective
        for text in (t for t in texts if t.strip()):
            request = SpeechRequest(text, self.ctx.lang, rate=settings.narration_rate)
            self.waiting.append(request)
            self.said.append(text)
            if speech is not None and speech.available:
                speech.submit(request)

    def stop(self) -> None:
        self.waiting.clear()
        if self.channel is not None:
            self.channel.stop()

    def update(self, busy: bool) -> None:
        """Play the next text whose sound is ready, unless a clip is ``busy`` speaking."""
        speech = self.ctx.speech
        if speech is not None and speech.engine:
            speech.collect()   # finished renders are in the cache now
        if busy or not self.waiting or not self.ctx.sound.available:
            return
        if self.channel is not None and self.channel.get_busy():
            return
        request = self.waiting[0]
        path = speech.cached(request) if speech is not None and speech.engine else None
        if path is None:
            return
        self.waiting.pop(0)
        sound = self.ctx.sound.load(path)
        if sound is not None:
            self.channel = pygame.mixer.Channel(CHANNEL)
            self.channel.set_volume(self.ctx.sound.volume)
            self.channel.play(sound)
