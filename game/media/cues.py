"""Playing the interface sounds (``game.core.cues`` names them) on a mixer channel of their own.

The rule, never under speech: a cue asked for while a voice (narration or a call's), a clip's
sound or a ringtone is sounding waits until they are quiet, for at most ``LATE`` seconds, and is
then dropped (it would no longer answer what the player did); narration waits for a cue to end
before it reads (``App._narrate``); and a voice or clip that starts stops a cue still sounding
(``SoundOutput.play``). Cues last under 0.7 s. With no sound card, or at volume 0 (the switch
off), nothing is loaded or played.
"""
from __future__ import annotations

from pathlib import Path

from game.core.cues import LATE
from game.media.sound import SoundOutput


class Cues:
    def __init__(self, output: SoundOutput, folder: Path):
        self.output, self.folder = output, folder
        self.volume = 0.0   # Settings.cue_volume: 0 when the interface sounds are off
        self.pending: tuple[str, float] | None = None   # (cue, when it was asked for)
        self._sounds: dict = {}

    def cue(self, name: str, now: float) -> None:
        """Play cue ``name`` now, or as soon as no voice sounds (within ``LATE`` seconds).
        A newer cue takes the place of one still waiting, and of one still sounding."""
        if self.volume <= 0 or not self.output.available:
            return
        self.pending = (name, now)
        self.update(now)

    def update(self, now: float) -> None:
        """Play the waiting cue if nothing else sounds (each frame: ``App._narrate``)."""
        if self.pending is None:
            return
        name, asked = self.pending
        if now - asked > LATE or self.volume <= 0:
            self.pending = None
            return
        if self.output.others_busy():
            return
        self.pending = None
        sound, channel = self._sound(name), self.output.cue_channel()
        if sound is not None and channel is not None:
            channel.set_volume(self.volume)
            channel.play(sound)

    def playing(self) -> bool:
        """A cue is sounding, or waiting to (narration waits for it)."""
        channel = self.output.cue_channel()
        return self.pending is not None or (channel is not None and channel.get_busy())

    def _sound(self, name: str):
        """The cue's Sound, loaded once (None if its file is missing or unreadable)."""
        if name not in self._sounds:
            self._sounds[name] = self.output.load(self.folder / f"{name}.wav")
        return self._sounds[name]
