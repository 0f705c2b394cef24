"""Clip players: still images, animations, audio and video, drawn into a box.

Every player has the same small interface so the scenes need not care which
kind they show: ``update(dt)``, ``draw(surface, box) -> picture rect``,
``replay()``, ``toggle_pause()``, ``stop()``, ``seconds`` (length, 0 for stills) and
``next_change()``: seconds until the picture next differs (an animation's next frame, a
video's next picture), or None while nothing moves (a still, a paused clip). The game loop
redraws only then and sleeps in between.
Pictures are decoded once with Pillow and cached; video frames are decoded as
they are shown (a whole clip would not fit in memory) and sound is decoded once.
"""
from __future__ import annotations

import weakref
from pathlib import Path

import pygame
from PIL import Image, ImageSequence

from game.core.lru import LRUCache
from game.media.sound import CHANNELS, FREQUENCY, SoundOutput


def pil_to_surface(image: Image.Image) -> pygame.Surface:
    image = image.convert("RGBA")
    return pygame.image.frombytes(image.tobytes(), image.size, "RGBA").convert_alpha()


def fit_rect(size: tuple[int, int], box: pygame.Rect) -> pygame.Rect:
    """The largest rect of ``size``'s shape centred in ``box``."""
    width, height = size
    scale = min(box.width / width, box.height / height)
    rect = pygame.Rect(0, 0, max(1, int(width * scale)), max(1, int(height * scale)))
    rect.center = box.center
    return rect


PICTURE_BYTES = 24_000_000   # decoded pictures kept for clips opened again (a review, a replay)
SCALED_BYTES = 24_000_000    # one loop of the largest animation at its size on screen, so that
                             # a looping animation is not scaled again on every frame it shows


class MediaCache:
    """Decoded pictures and animation frames by path, shared by every clip.

    Decoded frames are large (a 40-frame 640x360 GIF is 37 MB), so the cache keeps
    the most recently used ones up to ``limit_bytes`` and lets older ones go: an
    evening of play does not grow without end. A clip on screen holds its own frames, so
    the cache only serves a picture opened again; the newest entry stays, however large.
    """

    def __init__(self, limit_bytes: int = PICTURE_BYTES):
        self._pictures = LRUCache(limit_bytes)   # path -> (frames, durations)
        self._scaled = LRUCache(SCALED_BYTES)    # pictures scaled to the box they are shown in

    def frames(self, path: Path) -> tuple[list[pygame.Surface], list[float]]:
        """All frames of a picture or animation, with each frame's seconds."""
        key = str(path)
        found = self._pictures.get(key)
        if found is None:
            with Image.open(path) as image:
                frames, durations = [], []
                for frame in ImageSequence.Iterator(image):
                    frames.append(pil_to_surface(frame))
                    durations.append(max(0.02, (frame.info.get("duration") or 100) / 1000))
            found = (frames, durations)
            self._pictures.put(key, found, sum(f.get_width() * f.get_height() * f.get_bytesize() for f in frames))
        return found

    @property
    def bytes(self) -> int:
        return self._pictures.weight

    def scaled(self, surface: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
        key = (id(surface), size)
        found = self._scaled.get(key)
        # The source is held weakly with its copy: a freed surface's id may be reused by
        # another picture, and a strong hold would keep dropped pictures in memory.
        if found is not None and found[0]() is surface:
            return found[1]
        scaled = pygame.transform.smoothscale(surface, size)
        self._scaled.put(key, (weakref.ref(surface), scaled), size[0] * size[1] * scaled.get_bytesize())
        return scaled


class StillClip:
    seconds = 0.0
    playing = False
    position = 0.0

    def __init__(self, picture: pygame.Surface, cache: MediaCache):
        self.picture, self.cache = picture, cache
        self.size = picture.get_size()

    def update(self, dt: float) -> None:
        pass

    def next_change(self) -> float | None:
        """Seconds until what ``draw`` shows next differs; None: not until the player acts."""
        return None

    def draw(self, surface: pygame.Surface, box: pygame.Rect) -> pygame.Rect:
        rect = fit_rect(self.size, box)
        same = rect.size == self.picture.get_size()   # at its own size (the magnifier): no scaling
        surface.blit(self.picture if same else self.cache.scaled(self.picture, rect.size), rect)
        return rect

    def replay(self) -> None:
        pass

    def toggle_pause(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def show_moment(self, seconds: float) -> None:
        pass


class AnimationClip(StillClip):
    def __init__(self, frames: list[pygame.Surface], durations: list[float], cache: MediaCache):
        super().__init__(frames[0], cache)
        self.frames, self.durations = frames, durations
        self.seconds = sum(durations)
        self.position = 0.0
        self.playing = True

    def update(self, dt: float) -> None:
        if self.playing:
            self.position = (self.position + dt) % self.seconds

    def next_change(self) -> float | None:
        """The time left on the frame showing: a looping animation of 8 frames a second is
        drawn 8 times a second, not 60; a paused one not at all."""
        if not self.playing:
            return None
        elapsed = 0.0
        for duration in self.durations:
            elapsed += duration
            if self.position < elapsed:
                return elapsed - self.position
        return 0.0

    def _frame(self) -> pygame.Surface:
        elapsed = 0.0
        for frame, duration in zip(self.frames, self.durations):
            elapsed += duration
            if self.position < elapsed:
                return frame
        return self.frames[-1]

    def draw(self, surface, box):
        self.picture = self._frame()
        return super().draw(surface, box)

    def replay(self) -> None:
        self.position, self.playing = 0.0, True

    def toggle_pause(self) -> None:
        self.playing = not self.playing

    def show_moment(self, seconds: float) -> None:
        self.position, self.playing = min(seconds, self.seconds - 0.001), False


BAR_STEP = 0.1   # seconds: an audio clip's progress bar moves ten times a second


class SoundClip(StillClip):
    """A clip with a length and a sound track: play, pause, replay, jump to a moment."""

    def __init__(self, picture, cache: MediaCache, output: SoundOutput, sound, seconds: float):
        super().__init__(picture, cache)
        self.output, self.sound = output, sound
        self.seconds = max(0.1, seconds)
        self.position, self.playing, self.channel = 0.0, False, None

    def start(self) -> None:
        self.replay()

    def update(self, dt: float) -> None:
        if self.playing:
            self.position = min(self.seconds, self.position + dt)
            if self.position >= self.seconds:
                self.playing = False

    def next_change(self) -> float | None:
        """Playing: its end (the picture stays; the Pause button turns into Play)."""
        return self.seconds - self.position if self.playing else None

    def rewind(self, seconds: float) -> None:
        """Put the picture at ``seconds`` (videos decode to it)."""
        self.position = min(seconds, self.seconds)

    def replay(self) -> None:
        self.stop()
        self.rewind(0.0)
        self.playing = True
        self.channel = self.output.play(self.sound)

    def toggle_pause(self) -> None:
        if self.position >= self.seconds:
            self.replay()
            return
        self.playing = not self.playing
        if self.channel is not None:
            self.channel.unpause() if self.playing else self.channel.pause()

    def stop(self) -> None:
        if self.channel is not None:
            self.channel.stop()
            self.channel = None
        self.playing = False

    def show_moment(self, seconds: float) -> None:
        self.stop()
        self.rewind(seconds)


class AudioClip(SoundClip):
    """A recording with a picture (or a drawn phone) and a progress bar."""

    bar_room = 2 * (10 + 8)   # the box is this much taller than the picture: the bar and its gaps

    def next_change(self) -> float | None:
        """The progress bar moves on in steps of ``BAR_STEP`` seconds while it plays."""
        end = super().next_change()
        return None if end is None else min(end, BAR_STEP - self.position % BAR_STEP)

    def draw(self, surface, box):
        bar_h = 10
        rect = super().draw(surface, box.inflate(0, -self.bar_room))
        bar = pygame.Rect(box.left, box.bottom - bar_h, box.width, bar_h)
        pygame.draw.rect(surface, (60, 70, 90), bar, border_radius=5)
        done = bar.copy()
        shown = self.position - self.position % BAR_STEP if self.position < self.seconds else self.seconds
        done.width = int(bar.width * shown / self.seconds)
        pygame.draw.rect(surface, (255, 204, 64), done, border_radius=5)
        return rect


class VideoClip(SoundClip):
    """A video file played with its sound; frames decoded as they fall due.

    Frames are not all decoded up front: ten seconds at 640x360 would take over
    80 MB. Decoding one 640x360 frame when it falls due costs a few milliseconds.
    """

    def __init__(self, path: Path, cache: MediaCache, output: SoundOutput):
        import av

        self._frames, self._next, self._scaled = None, None, None
        self._ended = False   # the last picture has been decoded
        self.container = av.open(str(path))
        self.stream = self.container.streams.video[0]
        self.stream.thread_type = "AUTO"
        first = self._decode_next()
        sound = output.from_pcm(_decode_audio(path)) if output.available else None
        super().__init__(first[1] if first else pygame.Surface((16, 9)), cache, output, sound,
                         _video_seconds(self.container))
        self.size = (self.stream.codec_context.width, self.stream.codec_context.height)

    def _decode_next(self):
        """(seconds, surface) of the next frame, or None at the end."""
        if self._frames is None:
            self._frames = self.container.decode(self.stream)
        try:
            frame = next(self._frames)
        except (StopIteration, Exception):  # a damaged tail ends the clip, not the game
            return None
        return (float(frame.time or 0.0), _frame_surface(frame))

    def update(self, dt: float) -> None:
        if not self.playing:
            return
        super().update(dt)
        while True:
            if self._next is None:
                self._next = self._decode_next()
                if self._next is None:
                    self._ended = True
                    return
            if self._next[0] > self.position:
                return
            self.picture = self._next[1]
            self._next = None

    def next_change(self) -> float | None:
        """Playing: when the next picture falls due (12 a second in the built-in packs), or the end."""
        if not self.playing:
            return None
        if self._next is not None:
            return max(0.0, min(self._next[0], self.seconds) - self.position)
        return self.seconds - self.position if self._ended else 0.0   # 0: not decoded yet

    def draw(self, surface, box):
        rect = fit_rect(self.size, box)
        # Each picture is scaled once, not again on every frame drawn while it stays on
        # screen (a key pressed, a notice, the call's voice meter).
        if self._scaled is None or self._scaled[0] is not self.picture or self._scaled[1].get_size() != rect.size:
            self._scaled = (self.picture, pygame.transform.scale(self.picture, rect.size))
        surface.blit(self._scaled[1], rect)
        return rect

    def rewind(self, seconds: float) -> None:
        self.container.seek(int(seconds * 1_000_000), any_frame=False, backward=True)
        self._frames, self._next, self._ended = None, None, False
        while True:  # decode forward to the wanted moment
            item = self._decode_next()
            if item is None:
                break
            self.picture = item[1]
            if item[0] >= seconds - 0.04:
                break
        self.position = seconds

    def close(self) -> None:
        """Stop and free the decoder: the frame generator first (it holds the codec and its
        threads), then the file; a clip opened and closed a thousand times costs nothing."""
        self.stop()
        if self._frames is not None:
            self._frames.close()
        self._frames = self._next = self.sound = None
        self.container.close()


def _frame_surface(frame) -> pygame.Surface:
    """A decoded video frame as a surface. FFmpeg converts it straight to the display's BGRA
    layout: by way of a PIL image, RGB and convert() it cost 2.5 ms a frame, now 0.5 ms."""
    bgra = frame.reformat(format="bgra")
    plane, width, height = bgra.planes[0], bgra.width, bgra.height
    row = width * 4
    if plane.line_size == row:
        data = bytes(plane)
    else:   # rows padded for alignment: take each row's pixels only
        view = memoryview(plane)
        data = b"".join(view[y * plane.line_size: y * plane.line_size + row] for y in range(height))
    return pygame.image.frombytes(data, (width, height), "BGRA")


def _video_seconds(container) -> float:
    if container.duration:
        return container.duration / 1_000_000
    stream = container.streams.video[0]
    return float(stream.duration * stream.time_base) if stream.duration else 0.0


def _decode_audio(path: Path) -> bytes:
    """The whole sound track as 16-bit stereo PCM at the mixer rate ('' if none)."""
    import av

    pcm = bytearray()
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return b""
        resampler = av.AudioResampler(format="s16", layout="stereo" if CHANNELS == 2 else "mono", rate=FREQUENCY)
        for frame in container.decode(container.streams.audio[0]):
            for out in resampler.resample(frame):
                pcm += _packed_bytes(out)
        for out in resampler.resample(None):
            pcm += _packed_bytes(out)
    return bytes(pcm)


def _packed_bytes(frame) -> bytes:
    """The samples of a packed 16-bit frame, without the plane's padding."""
    return bytes(frame.planes[0])[: frame.samples * CHANNELS * 2]


def speaker_picture(size=(640, 360)) -> pygame.Surface:
    """A plain drawing of a phone for audio clips that bring no picture."""
    surface = pygame.Surface(size)
    surface.fill((30, 40, 60))
    w, h = size
    phone = pygame.Rect(0, 0, h * 0.42, h * 0.8)
    phone.center = (w // 2, h // 2)
    pygame.draw.rect(surface, (220, 226, 236), phone, border_radius=18)
    pygame.draw.rect(surface, (40, 52, 74), phone.inflate(-16, -40), border_radius=6)
    for radius in (40, 70, 100):
        pygame.draw.arc(surface, (255, 204, 64), pygame.Rect(phone.right - radius + 20, h // 2 - radius,
                        2 * radius, 2 * radius), -0.7, 0.7, 6)
    return surface


def open_clip(folder: Path, clip, cache: MediaCache, output: SoundOutput):
    """The player for a scenario's clip (file paths were checked by validation)."""
    path = folder / clip.file
    if clip.kind == "video":
        return VideoClip(path, cache, output)
    if clip.kind == "audio":
        picture = cache.frames(folder / clip.picture)[0][0] if clip.picture else speaker_picture()
        seconds = _audio_seconds(path)
        return AudioClip(picture, cache, output, output.load(path), seconds)
    frames, durations = cache.frames(path)
    if clip.kind == "animation" and len(frames) > 1:
        return AnimationClip(frames, durations, cache)
    return StillClip(frames[0], cache)


def _audio_seconds(path: Path) -> float:
    import av

    with av.open(str(path)) as container:
        if container.duration:
            return container.duration / 1_000_000
        stream = container.streams.audio[0]
        return float(stream.duration * stream.time_base) if stream.duration else 0.0
