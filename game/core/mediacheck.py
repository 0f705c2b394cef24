"""Checks on a pack's media files before anything decodes them for play.

Paths must stay inside the pack folder; types must match the clip kind; image
sizes are read from headers with Pillow before any pixels are decoded (pygame
has no decompression-bomb guard); audio and video are probed with PyAV.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

SUFFIXES = {
    "image": {".png", ".jpg", ".jpeg", ".webp"},
    "animation": {".gif", ".png", ".apng", ".webp"},
    "audio": {".wav", ".ogg"},
    "video": {".mp4", ".webm"},
}
MAX_MEDIA_BYTES = 60_000_000
MAX_SIDE = 4096
MAX_FRAMES = 1200
MAX_SECONDS = 600.0
MAX_VIDEO_SIDE = 1920
# Play decodes every frame of a picture into an RGBA surface and keeps them all (MediaCache),
# so 1200 frames of 4096x4096 would need 80 GB: the frames together may have at most this many
# pixels (400 MB as RGBA; the built-in packs' largest animation has 7 million).
MAX_TOTAL_PIXELS = 100_000_000
# Pillow picks a decoder by the file's content, not its name: a ".png" that is really EPS is
# handed to Ghostscript, and TIFF, PSD and the like bring large decoders. Only the formats the
# name promises are opened.
PICTURE_FORMATS = {".png": ["PNG"], ".apng": ["PNG"], ".jpg": ["JPEG"], ".jpeg": ["JPEG"],
                   ".webp": ["WEBP"], ".gif": ["GIF"]}


@dataclass(frozen=True)
class MediaInfo:
    """What play needs to know about a file: pixel size, frames, duration."""

    width: int = 0
    height: int = 0
    frames: int = 1
    seconds: float = 0.0


class MediaProblem(Exception):
    """A media file that must not be played; ``hint`` says how to fix it."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.hint = hint


def resolve_inside(pack_dir: Path, relative: str) -> Path:
    """The real path of ``relative`` if it stays inside ``pack_dir``."""
    if "\\" in relative or relative.startswith("/") or (len(relative) > 1 and relative[1] == ":"):
        raise MediaProblem(f"'{relative}' is not a relative path inside the pack",
                           "write it like media/clip.png, with forward slashes")
    if ".." in PurePosixPath(relative).parts:
        raise MediaProblem(f"'{relative}' leads out of the pack folder", "keep media inside the pack")
    try:
        root = pack_dir.resolve()
        target = (pack_dir / relative).resolve()
        if root not in target.parents:
            raise MediaProblem(f"'{relative}' links to a place outside the pack folder",
                               "copy the file into the pack instead of linking it")
        real_name = _as_named(pack_dir, relative)
        if real_name is not None and real_name != str(PurePosixPath(relative)):
            # Windows and macOS find 'Grandson-Voice.wav' for 'grandson-voice.wav'; Linux does
            # not: the pack must play everywhere, so a name must match the file's exactly.
            raise MediaProblem(f"media file '{relative}' is named '{real_name}' on disk: letter case differs",
                               f"did you mean '{real_name}'?")
        if not target.is_file():
            raise MediaProblem(f"media file '{relative}' does not exist", "check the file name and folder")
    except (OSError, ValueError, RuntimeError) as err:
        # OSError: a name too long for the file system; ValueError: a NUL byte ("\0" in YAML);
        # RuntimeError: a symlink loop (Python 3.11's resolve). None of these may escape.
        raise MediaProblem(f"'{relative[:80]}' cannot be used as a file name here", "use a short, plain file name") from err
    return target


def _as_named(pack_dir: Path, relative: str) -> str | None:
    """``relative`` spelt as the files and folders on disk are named (their letter case), or
    None when some part has no match even ignoring case."""
    folder = pack_dir
    parts = []
    for part in PurePosixPath(relative).parts:
        try:
            names = os.listdir(folder)
        except OSError:
            return None
        if part not in names:
            matches = [name for name in names if name.casefold() == part.casefold()]
            if not matches:
                return None
            part = matches[0]
        parts.append(part)
        folder = folder / part
    return "/".join(parts)


class MediaProbe:
    """Resolves and checks the media of one pack, each file once.

    Scenarios share files (one voice, one picture for several questions): opening a video to
    read its header costs milliseconds, so a pack of 1,000 scenarios probed each use anew
    spent most of its validation there. Answers (and refusals) are kept by name and kind.
    """

    def __init__(self, pack_dir: Path):
        self.pack_dir = pack_dir
        self._answers: dict[tuple[str, str], MediaInfo | MediaProblem] = {}

    def check(self, relative: str, kind: str) -> MediaInfo:
        """The file's MediaInfo, or MediaProblem raised, as resolve_inside and check_media say."""
        key = (relative, kind)
        if key not in self._answers:
            try:
                self._answers[key] = check_media(resolve_inside(self.pack_dir, relative), kind)
            except MediaProblem as err:
                self._answers[key] = err
        answer = self._answers[key]
        if isinstance(answer, MediaProblem):
            raise answer
        return answer


def check_media(path: Path, kind: str) -> MediaInfo:
    """Probe ``path`` as a clip of ``kind``; raise MediaProblem if it is unfit."""
    if path.suffix.lower() not in SUFFIXES[kind]:
        allowed = ", ".join(sorted(SUFFIXES[kind]))
        raise MediaProblem(f"a {kind} clip cannot be a {path.suffix or 'file without extension'}",
                           f"use one of {allowed}")
    size = os.path.getsize(path)
    if size == 0:
        raise MediaProblem("media file is empty", "export the file again")
    if size > MAX_MEDIA_BYTES:
        raise MediaProblem(f"media file is {size // 1_000_000} MB, over the {MAX_MEDIA_BYTES // 1_000_000} MB limit",
                           "shorten or compress it")
    if kind in ("image", "animation"):
        return _check_picture(path, kind)
    if path.suffix.lower() == ".wav":
        _check_wav_length(path, size)
    return _check_av(path, kind)


def check_picture_file(path: Path) -> MediaInfo:
    """Probe a still picture (for example an audio clip's picture)."""
    return _check_picture(path, "image")


def _check_picture(path: Path, kind: str) -> MediaInfo:
    from PIL import Image  # imported here: only validation needs it

    try:
        with Image.open(path, formats=PICTURE_FORMATS.get(path.suffix.lower(), ["PNG", "JPEG", "WEBP", "GIF"])) as img:
            width, height = img.size
            _check_side(width, height)
            # APNG and WebP read the count from a header; a GIF's n_frames walks the whole file
            if img.format != "GIF" and (count := getattr(img, "n_frames", 1)) > MAX_FRAMES:
                raise MediaProblem(f"animation has {count} frames, over {MAX_FRAMES}", "shorten it")
            seconds, frames, pixels = 0.0, 0, 0
            while True:
                # Frame by frame rather than range(n_frames): a GIF frame may be larger than the
                # first one (Pillow then grows the picture), so each is measured before decoding.
                try:
                    img.seek(frames)
                except EOFError:
                    break
                frames += 1
                if frames > MAX_FRAMES:
                    raise MediaProblem(f"animation has more than {MAX_FRAMES} frames", "shorten it")
                _check_side(*img.size)
                pixels += img.size[0] * img.size[1]
                if pixels > MAX_TOTAL_PIXELS:
                    raise MediaProblem(f"the frames hold more than {MAX_TOTAL_PIXELS // 1_000_000} million pixels "
                                       "together, too many to play", "use fewer or smaller frames")
                img.load()  # decodes: catches truncated files now rather than during play
                seconds += (img.info.get("duration") or 100) / 1000
            if kind == "animation" and frames < 2:
                raise MediaProblem("animation has only one frame", "use kind: image for a still picture")
    except MediaProblem:
        raise
    except Image.DecompressionBombError as err:
        raise MediaProblem("picture is far too large (decompression bomb)", "use a normal-sized picture") from err
    except Exception as err:
        # Pillow's decoders meet hostile bytes with whatever error they hit: a GIF cut inside a frame
        # header raises struct.error, others IndexError or TypeError. Any of them means the file cannot
        # be read; none may crash the loader.
        raise MediaProblem(f"picture cannot be read: {err}", "export the file again") from err
    return MediaInfo(width, height, frames, seconds if frames > 1 else 0.0)


def _check_side(width: int, height: int) -> None:
    if width > MAX_SIDE or height > MAX_SIDE or width < 1 or height < 1:
        raise MediaProblem(f"picture is {width}x{height} pixels, over {MAX_SIDE}x{MAX_SIDE}",
                           "scale it down before adding it")


def _check_wav_length(path: Path, size: int) -> None:
    """Refuse a WAV whose data chunk is cut short: FFmpeg decodes what is there without a word."""
    try:
        with open(path, "rb") as stream:
            _check_wav_chunks(stream, size)
    except OSError as err:
        raise MediaProblem(f"audio file cannot be read: {err.strerror}", "copy the file again") from err


def _check_wav_chunks(stream, size: int) -> None:
    import struct

    if stream.read(12)[8:12] != b"WAVE":
        return   # not RIFF/WAVE: PyAV judges it
    offset = 12
    for _ in range(64):   # a handful of chunks come before the sound; never walk millions
        header = stream.read(8)
        if len(header) < 8:
            return   # no data chunk: PyAV reports there is no sound
        name, length = header[:4], struct.unpack("<I", header[4:])[0]
        if name == b"data":
            if 0 < length < 0xFFFFFFFF and offset + 8 + length > size:
                raise MediaProblem(f"the sound file is cut short ({size - offset - 8:,} of {length:,} bytes of sound)",
                                   "copy or export the file again")
            return
        offset += 8 + length + (length & 1)
        stream.seek(offset)


def _check_av(path: Path, kind: str) -> MediaInfo:
    import av  # imported here: only validation and playback need it

    try:
        with av.open(str(path)) as container:
            audio = container.streams.audio
            video = container.streams.video
            if kind == "audio" and not audio:
                raise MediaProblem("audio file has no sound stream", "export it as WAV or OGG")
            if kind == "video" and not video:
                raise MediaProblem("video file has no picture stream", "export it as MP4 or WebM")
            seconds = _duration(container)
            width = height = 0
            if video:
                width, height = video[0].codec_context.width, video[0].codec_context.height
                if width > MAX_VIDEO_SIDE or height > MAX_VIDEO_SIDE:
                    raise MediaProblem(f"video is {width}x{height}, over {MAX_VIDEO_SIDE} pixels wide",
                                       "scale it to 1280x720 or less")
            _decode_first(container, video[0] if video else audio[0])
    except MediaProblem:
        raise
    except (av.FFmpegError, OSError, ValueError, IndexError) as err:
        raise MediaProblem(f"{kind} file cannot be decoded: {err}", "export the file again") from err
    if seconds > MAX_SECONDS:
        raise MediaProblem(f"{kind} lasts {seconds:.0f} s, over {MAX_SECONDS:.0f} s", "cut it shorter")
    return MediaInfo(width, height, 1, seconds)


def _duration(container) -> float:
    if container.duration:
        return container.duration / 1_000_000
    stream = (container.streams.video or container.streams.audio)[0]
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return 0.0


def _decode_first(container, stream) -> None:
    for _frame in container.decode(stream):
        return
    raise MediaProblem("file contains no decodable frames", "export the file again")
