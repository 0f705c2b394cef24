"""Sound output that degrades to silence when there is no sound card."""
from __future__ import annotations

from pathlib import Path

import pygame

FREQUENCY = 44100
CHANNELS = 2
CUE_CHANNEL = 0   # kept for the interface sounds (game.media.cues): Sound.play() never picks it


class SoundOutput:
    """Wraps pygame.mixer; ``available`` is False when no audio device could be opened."""

    def __init__(self):
        self.available = False
        self.error = ""
        self.volume = 1.0

    def start(self) -> None:
        from game.media.quietalsa import quiet_alsa

        try:
            with quiet_alsa():   # the failure is reported once, in self.error
                pygame.mixer.init(frequency=FREQUENCY, size=-16, channels=CHANNELS, buffer=1024)
            self.available = pygame.mixer.get_init() is not None
            if self.available:
                pygame.mixer.set_reserved(CUE_CHANNEL + 1)
        except pygame.error as err:
            self.available, self.error = False, str(err)

    def load(self, path: Path):
        """A Sound for a WAV or OGG file, or None when silent or unreadable."""
        if not self.available:
            return None
        try:
            return pygame.mixer.Sound(str(path))
        except (pygame.error, OSError):
            return None

    def load_soon(self, path: Path) -> "SoundLoad":
        """Start loading ``path`` in a thread; the SoundLoad says when it is done."""
        return SoundLoad(self, path)

    def from_pcm(self, pcm: bytes):
        """A Sound from 16-bit stereo PCM at the mixer's rate, or None when silent."""
        if not self.available or not pcm:
            return None
        return pygame.mixer.Sound(buffer=pcm)

    def play(self, sound, loops: int = 0):
        """Play a voice or a clip's sound (``loops``: -1 for ever) at ``volume``; an interface
        sound still sounding stops (speech is never played under one)."""
        if sound is None:
            return None
        self.hush_cue()
        channel = sound.play(loops=loops)
        if channel is not None:
            channel.set_volume(self.volume)
        return channel

    def cue_channel(self):
        """The mixer channel of the interface sounds, or None when silent."""
        return pygame.mixer.Channel(CUE_CHANNEL) if self.available else None

    def hush_cue(self) -> None:
        channel = self.cue_channel()
        if channel is not None:
            channel.stop()

    def others_busy(self) -> bool:
        """A channel other than the interface sounds' is sounding: a voice, a clip, a ringtone."""
        if not self.available:
            return False
        return any(pygame.mixer.Channel(i).get_busy() for i in range(pygame.mixer.get_num_channels())
                   if i != CUE_CHANNEL)

    def stop_all(self) -> None:
        if self.available:
            pygame.mixer.stop()

    def pause_all(self, paused: bool) -> None:
        if self.available:
            pygame.mixer.pause() if paused else pygame.mixer.unpause()


class SoundLoad:
    """A sound file loading in a thread. pygame releases the GIL while it reads and converts a
    WAV to the mixer's format (4 ms for a two-second line), so frames go on being drawn."""

    def __init__(self, output: SoundOutput, path: Path):
        import threading

        self.sound = None
        self.done = False
        threading.Thread(target=self._load, args=(output, path), name="sound-load", daemon=True).start()

    def _load(self, output: SoundOutput, path: Path) -> None:
        self.sound = output.load(path)
        self.done = True
