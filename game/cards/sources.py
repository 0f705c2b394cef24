"""Where frames come from: the laptop's webcam, or picture and video files.

The webcam is opened through OpenCV's ``VideoCapture``: it uses Media Foundation or
DirectShow on Windows, AVFoundation on macOS and V4L2 on Linux, all in the one wheel
(pygame-ce's camera module has only V4L2 natively and falls back to OpenCV elsewhere).
Files stand in for the camera in tests, the demo and for checking a photo of the room.
"""
from __future__ import annotations

from pathlib import Path

PICTURES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
VIDEOS = (".mp4", ".webm", ".avi", ".mov", ".mkv")
# What the camera is asked for: a webcam that has 1080p reads a card half as far again as at
# 720p (7 m against 4.5 m for an A4 card); one that has not gives its nearest, often 720p.
WIDTH, HEIGHT = 1920, 1080


class SourceError(Exception):
    """The frames cannot be had; the message says why, for the presenter."""


class CameraSource:
    """The webcam number ``index`` (0: the built-in one)."""

    def __init__(self, index: int = 0, width: int = WIDTH, height: int = HEIGHT):
        self.index, self.width, self.height = index, width, height
        self.capture = None

    def open(self) -> None:
        import cv2

        # OpenCV's own warnings ("can't open camera by index") go to the terminal; the
        # presenter gets one clear reason instead (SourceError).
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        capture = cv2.VideoCapture(self.index)
        if not capture.isOpened():
            capture.release()
            raise SourceError(f"no camera found (camera {self.index})")
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)   # the newest frame, not one from a second ago
        self.capture = capture

    def frame(self):
        """The next frame (a BGR numpy image); SourceError when the camera stops giving them."""
        if self.capture is None:
            self.open()
        ok, image = self.capture.read()
        if not ok or image is None:
            raise SourceError("the camera stopped sending pictures")
        return image

    def close(self) -> None:
        if self.capture is not None:
            self.capture.release()
            self.capture = None


class FileSource:
    """Frames from pictures and videos, in order. A picture is given ``repeat`` times (a still
    room, seen over several frames as a camera would see it); ``loop`` starts again at the end."""

    def __init__(self, paths: list[Path], repeat: int = 3, loop: bool = False):
        if not paths:
            raise SourceError("no picture or video given")
        for path in paths:
            if Path(path).suffix.lower() not in PICTURES + VIDEOS:
                raise SourceError(f"{path}: not a picture or video this game reads ({', '.join(PICTURES + VIDEOS)})")
        self.paths, self.repeat, self.loop = [Path(p) for p in paths], repeat, loop
        self._frames = None

    def open(self) -> None:
        self._frames = self._all_frames()

    def frame(self):
        """The next frame; SourceError("end") after the last (unless looping)."""
        if self._frames is None:
            self.open()
        image = next(self._frames, None)
        if image is None and self.loop:
            self._frames = self._all_frames()
            image = next(self._frames, None)
        if image is None:
            raise SourceError("end of the pictures")
        return image

    def close(self) -> None:
        self._frames = None

    def _all_frames(self):
        for path in self.paths:
            if path.suffix.lower() in VIDEOS:
                yield from _video_frames(path)
            else:
                image = read_picture(path)
                for _ in range(self.repeat):
                    yield image


def read_picture(path: Path):
    """A picture file as a BGR image; SourceError naming the file if it cannot be read."""
    import cv2
    import numpy

    try:
        data = numpy.fromfile(str(path), dtype=numpy.uint8)   # works with non-ASCII paths on Windows
    except OSError as err:
        raise SourceError(f"{path}: {err.strerror or err}") from err
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        raise SourceError(f"{path}: not a picture that can be read")
    return image


def _video_frames(path: Path):
    import cv2

    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        raise SourceError(f"{path}: this video cannot be opened")
    try:
        while True:
            ok, image = capture.read()
            if not ok:
                return
            yield image
    finally:
        capture.release()


class FrameSource:
    """Frames already in memory (numpy images): the demo's generated room photos."""

    def __init__(self, frames: list, repeat: int = 3):
        self.frames, self.repeat, self._position = list(frames), repeat, 0

    def open(self) -> None:
        self._position = 0

    def frame(self):
        index = self._position // self.repeat
        if index >= len(self.frames):
            raise SourceError("end of the pictures")
        self._position += 1
        return self.frames[index]

    def close(self) -> None:
        pass


def source_for(camera):
    """The frames for answer cards: webcam ``camera``, the given files over and over, or an
    object's own ``source()`` (the demo's generated room)."""
    if hasattr(camera, "source"):
        return camera.source()
    if isinstance(camera, int):
        return CameraSource(camera)
    return FileSource(list(camera), loop=True)


def source_problem(camera: int | list[Path] = 0) -> str | None:
    """Why card answers cannot be read from ``camera`` (no OpenCV, no camera, no picture from
    it, a file that cannot be read); None when one frame came through. Opening a webcam takes
    up to a few seconds: call it off the game loop."""
    try:
        import cv2  # noqa: F401
    except ImportError:
        return "OpenCV is not installed (python3 main.py installs it)"
    try:
        source = source_for(camera)
    except SourceError as err:
        return str(err)
    try:
        source.frame()
    except SourceError as err:
        return str(err)
    except Exception as err:   # a driver's own error: say it, do not crash the setup
        return f"{type(err).__name__}: {err}"
    finally:
        source.close()
    return None
