"""Speech through a small interface: every line rendered once to a WAV file in a cache.

pyttsx3 runs in a child process (``speech_worker``) so that a hung engine can be
stopped after a time-out instead of freezing the game. With no engine at all,
``available`` is False and the game shows captions only.
"""
from __future__ import annotations

import json
import logging
import queue
import subprocess
import sys
import threading
from pathlib import Path

from game.core.lru import LRUCache
from game.core.speechtext import SpeechRequest, split_by_script

START_TIMEOUT = 30.0   # first start imports pyttsx3 and loads the voices
JOB_TIMEOUT = 15.0

log = logging.getLogger("seethrough.speech")


class Speech:
    """Renders SpeechRequests to cached WAV files. Call ``close`` when done."""

    def __init__(self, cache_dir: Path, timeout: float = JOB_TIMEOUT):
        self.cache_dir = cache_dir
        self.timeout = timeout
        self.engine = ""          # the engine's name once started; part of every cache key
        self.error = ""           # why speech is unavailable
        self._process = None
        self._conn = None
        self._started = False
        self._waiting_for_ready = False   # started, its "ready" not read yet
        self._pending: set[str] = set()   # paths submitted, not answered yet
        self._outbox = None               # lines for the writer thread
        self._paths = LRUCache(4096)      # (request, engine) -> cache path (a hash each time was too slow)

    @property
    def available(self) -> bool:
        """Whether speech works; the first call waits for the engine to start."""
        self._start()
        return bool(self.engine)

    @property
    def started(self) -> bool:
        """Whether the engine has been asked to start (the game does so after its first frame)."""
        return self._started

    @property
    def ready(self) -> bool:
        """Whether the engine has started; never waits (it is started in the background)."""
        self._spawn()
        if not self.engine and self._waiting_for_ready:
            try:
                self._on_start(self._answers.get_nowait())
            except queue.Empty:
                return False
        return bool(self.engine)

    def cached(self, request: SpeechRequest) -> Path | None:
        """The WAV for ``request`` if it is already in the cache (never waits for the engine)."""
        if not self.ready:
            return None
        path = self._path(request)
        return path if path.is_file() else None

    def render(self, request: SpeechRequest) -> Path | None:
        """The WAV for ``request``, rendering it if needed; None if speech failed."""
        if not self.available:   # waits for the engine to start
            return None
        path = self.cached(request)
        if path is not None:
            return path
        parts = split_by_script(request.text, request.lang)
        settings = {"voice": request.voice, "rate": request.rate, "pitch": request.pitch}
        wanted = str(self._path(request))
        reply = self._ask(("render", parts, settings, wanted), expect=wanted)
        return Path(reply) if reply else None

    def submit(self, request: SpeechRequest) -> Path | None:
        """Start rendering ``request`` without waiting; its path if it is already cached.

        Answers are picked up by ``collect``; use either this pair or ``render``, not both at once.
        """
        path = self.cached(request)
        if path is not None or self._process is None:
            return path
        wanted = str(self._path(request))
        if wanted in self._pending:   # asked for already: its answer is on the way
            return None
        self._pending.add(wanted)
        parts = split_by_script(request.text, request.lang)
        settings = {"voice": request.voice, "rate": request.rate, "pitch": request.pitch}
        self._send(["render", parts, settings, wanted])
        return None

    def _send(self, job) -> None:
        """Hand a job to the writer thread: a busy worker's full pipe never blocks the game."""
        self._outbox.put(json.dumps(job, ensure_ascii=False) + "\n")

    @staticmethod
    def _write_jobs(process, outbox) -> None:
        """Runs in a thread: write each job to the worker, in order, waiting as long as it must."""
        while True:
            line = outbox.get()
            if line is None:
                return
            try:
                process.stdin.write(line)
                process.stdin.flush()
            except (OSError, ValueError):   # the worker is gone; the game restarts it when it asks
                return

    def collect(self) -> list[str]:
        """Paths of submitted renders that have finished since the last call (never waits)."""
        done = []
        while True:
            try:
                answer = self._answers.get_nowait()
            except (queue.Empty, AttributeError):
                return done
            if answer and answer[0] == "ok":
                done.append(answer[1])
                self._pending.discard(answer[1])
            elif answer and answer[0] == "error":
                self._pending.clear()   # an error names no path: let every missing line be asked again

    def phonemes(self, text: str, lang: str) -> str:
        """espeak's phonemes for ``text`` (empty where the engine is not espeak)."""
        return self._ask(("phonemes", text, lang)) or "" if self.available else ""

    def voice(self, lang: str) -> str:
        """The id of the voice that speaks ``lang`` when no person names one ('' without speech)."""
        return self._ask(("voice", lang)) or "" if self.available else ""

    def close(self) -> None:
        if self._process is not None:
            self._outbox.put(None)   # the writer stops after what it has
            try:
                self._process.stdin.close()
                self._process.wait(timeout=2)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                self._process.kill()
        self._process = None

    def _path(self, request: SpeechRequest) -> Path:
        path = self._paths.get((request, self.engine))
        if path is None:
            key = request.key(self.engine)
            path = self.cache_dir / key[:2] / f"{key}.wav"
            self._paths.put((request, self.engine), path, 1)
        return path

    def _start(self) -> None:
        """Start the worker (if it is not started) and wait until it says it is ready."""
        self._spawn()
        if self._waiting_for_ready:
            self._on_start(self._wait(START_TIMEOUT))

    def _spawn(self) -> None:
        """Start the worker process without waiting for it (its first answer says ready)."""
        if self._started:
            return
        self._started = True
        root = Path(__file__).resolve().parent.parent.parent
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "game.media.speech_worker"], cwd=root, stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
        except OSError as err:
            self.error = str(err)
            log.warning("no speech engine: the worker could not start (%s); captions only", err)
            return
        self._answers = queue.Queue()
        self._outbox = queue.Queue()
        self._pending = set()
        threading.Thread(target=self._read_answers, args=(self._process, self._answers), daemon=True).start()
        threading.Thread(target=self._write_jobs, args=(self._process, self._outbox), daemon=True).start()
        self._waiting_for_ready = True

    def _on_start(self, answer) -> None:
        """The worker's first answer: its engine's name, or why it has none."""
        self._waiting_for_ready = False
        if answer and answer[0] == "ready":
            self.engine = answer[1]
            return
        self.error = answer[1] if answer else "the speech engine did not start in time"
        log.warning("no speech engine: %s; captions only", self.error)
        self._kill()

    @staticmethod
    def _read_answers(process, answers) -> None:
        """Runs in a thread: pass each answer line on, so waiting can time out on every system."""
        for line in process.stdout:
            try:
                answers.put(json.loads(line))
            except ValueError:
                continue
        answers.put(None)

    def _wait(self, seconds: float):
        try:
            return self._answers.get(timeout=seconds)
        except queue.Empty:
            return None

    def _ask(self, job, expect: str | None = None):
        """Send a job and wait; a job that times out kills the worker, which restarts next time.

        With ``expect``, answers to earlier submitted jobs are skipped until that one comes.
        """
        if self._process is None or self._process.poll() is not None:
            self._restart()
            if self._process is None:
                return None
        self._send(list(job))
        while True:
            answer = self._wait(self.timeout)
            if answer is None:
                self.error = "the speech engine stopped answering"
                log.warning("speech engine hung on %s for %.0f s: killed and restarted", job[0], self.timeout)
                self._restart()
                return None
            if answer[0] == "ok":
                self._pending.discard(answer[1])
            else:
                self._pending.clear()
            if expect is None or answer[0] != "ok" or answer[1] == expect:
                return answer[1] if answer[0] == "ok" else None

    def _kill(self) -> None:
        if self._outbox is not None:
            self._outbox.put(None)
        if self._process is not None:
            self._process.kill()
            self._process.wait()
        self._process = None

    def _restart(self) -> None:
        engine = self.engine
        self._kill()
        self._started = False
        self._start()
        if self.engine and engine:
            self.engine = engine  # keep cache keys stable
