"""Speech through a small interface: every line rendered once to a WAV file in a cache.

pyttsx3 runs in a child process (``speech_worker``) so that a hung engine can be
stopped after a time-out instead of freezing the game. With no engine at all,
``available`` is False and the game shows captions only.

The cache is the first of its folders that can be written (the game gives the user cache
folder, then a temporary one): one that cannot is never waited on. It is kept under
``CACHE_LIMIT`` bytes, the least recently used lines going first, once per start in the
background (``trim_cache``).
"""
from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from game.core.lru import LRUCache
from game.core.speechtext import SpeechRequest, split_by_script
from game.media.jobline import ROUND, WAITED_FOR, JobLine

START_TIMEOUT = 30.0   # first start imports pyttsx3 and loads the voices
# The worker speaks up while it works (after each word espeak produces, and each part), so
# this much silence with a job outstanding means it is stuck: it is replaced and the jobs
# sent again. A job that stalls a second worker too is given up (it plays as captions).
STALL_TIMEOUT = 3.0
POLL = 0.1
CACHE_LIMIT = 300_000_000   # bytes of rendered speech kept (all packs at every speed: 32-83 MB)

log = logging.getLogger("seethrough.speech")


class Speech:
    """Renders SpeechRequests to cached WAV files. Call ``close`` when done."""

    def __init__(self, cache_dir: Path, timeout: float = STALL_TIMEOUT,
                 fallbacks: Sequence[Path] | Callable[[], Sequence[Path]] = (), limit: int = CACHE_LIMIT):
        self.cache_dir = cache_dir
        # Where the cache goes when ``cache_dir`` cannot be written (a function: asked only then).
        self.fallbacks = fallbacks
        self.limit = limit
        self._cache_chosen = False
        self.timeout = timeout
        self.engine = ""          # the engine's name once started; part of every cache key
        self.error = ""           # why speech is unavailable
        self._process = None
        self._conn = None
        self._started = False
        self._waiting_for_ready = False   # started, its "ready" not read yet
        self._pending: dict[str, list] = {}   # path -> render job submitted, not answered yet
        self._stalls: dict[str, int] = {}     # path -> workers it stalled
        self._heard = 0.0                     # when the worker last said anything (monotonic)
        self._outbox: JobLine | None = None   # jobs for the writer thread, one at a time
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
        wanted = str(self._path(request))
        reply = self._ask(self._job(request, wanted), expect=wanted)
        return Path(reply) if reply else None

    def submit(self, request: SpeechRequest, priority: int = ROUND) -> Path | None:
        """Start rendering ``request`` without waiting; its path if it is already cached.

        Answers are picked up by ``collect``; use either this pair or ``render``, not both at once.
        ``priority``: ROUND (a round's voices) goes before NARRATION (screens read aloud).
        """
        path = self.cached(request)
        if path is not None or self._process is None:
            return path
        wanted = str(self._path(request))
        if wanted in self._pending or self._stalls.get(wanted, 0) >= 2:   # on its way, or given up
            return None
        job = self._job(request, wanted)
        if not self._pending:
            self._heard = time.monotonic()   # the silence that counts starts with the first job
        self._pending[wanted] = job
        self._send(job, priority)
        return None

    def withdraw(self, requests) -> None:
        """Forget ``requests`` submitted and not yet started (narration of a screen now gone)."""
        outs = {str(self._path(r)) for r in requests}
        if self._outbox is not None:
            self._outbox.withdraw(outs)
        in_hand = self._outbox.current if self._outbox is not None else None
        for out in outs:
            if not (in_hand and in_hand[0] == "render" and in_hand[3] == out):
                self._pending.pop(out, None)

    @staticmethod
    def _job(request: SpeechRequest, out: str) -> list:
        return ["render", split_by_script(request.text, request.lang), {**request.settings(), "lang": request.lang}, out]

    def _send(self, job, priority: int = ROUND) -> None:
        """Hand a job to the writer thread (it never blocks the game; see jobline.py)."""
        self._outbox.put(list(job), priority)

    @staticmethod
    def _write_jobs(process, outbox: JobLine) -> None:
        """Runs in a thread: write each job to the worker when it is free, most urgent first."""
        while True:
            job = outbox.next()
            if job is None:
                return
            try:
                process.stdin.write(json.dumps(job, ensure_ascii=False) + "\n")
                process.stdin.flush()
            except (OSError, ValueError):   # the worker is gone; the game restarts it when it asks
                return

    def collect(self) -> list[str]:
        """Paths of submitted renders that have finished since the last call (never waits).

        A worker silent for ``timeout`` seconds with renders outstanding is replaced here, and
        what it had not finished is sent to the new one."""
        done = []
        while True:
            try:
                answer = self._answers.get_nowait()
            except (queue.Empty, AttributeError):
                break
            if answer is None:   # the worker ended; the stall check below replaces it
                continue
            if answer[0] == "ready" or answer[0] == "failed":
                self._on_start(answer)
            elif answer[0] == "ok":
                self._finished(answer)
                done.append(answer[1])
            elif answer[0] == "error":
                self._pending.clear()   # an error names no path: let every missing line be asked again
        self._replace_if_stalled()
        return done

    def _finished(self, answer: list) -> None:
        """An "ok" answer: the render is no longer pending; its warnings go to the log."""
        self._pending.pop(answer[1], None)
        for warning in answer[2] if len(answer) > 2 else []:
            log.warning("speech said at a wrong speed, twice: %s", warning)

    def _replace_if_stalled(self) -> None:
        if not self._pending or self._waiting_for_ready or not self.engine:
            return
        silence = time.monotonic() - self._heard
        if silence < self.timeout:
            return
        jobs = list(self._pending.values())
        in_hand = self._outbox.current if self._outbox is not None else None
        if in_hand and in_hand[0] == "render":   # the job the silent worker was on
            self._stalls[in_hand[3]] = self._stalls.get(in_hand[3], 0) + 1
        log.warning("speech engine silent for %.1f s on a line: replaced (%d lines sent again)", silence, len(jobs))
        self._kill()
        self._started = False
        self._spawn()
        self._pending = {}
        for job in jobs:
            if self._stalls.get(job[3], 0) < 2:
                self._pending[job[3]] = job
                self._send(job)
        self._heard = time.monotonic()

    def phonemes(self, text: str, lang: str) -> str:
        """espeak's phonemes for ``text`` (empty where the engine is not espeak)."""
        return self._ask(("phonemes", text, lang)) or "" if self.available else ""

    def voice(self, lang: str, gender: str | None = None, age: str | None = None) -> str:
        """The voice (id and variant) that speaks ``lang`` for someone of ``gender`` and ``age``
        when no person names one ('' without speech)."""
        return self._ask(("voice", lang, {"gender": gender, "age": age})) or "" if self.available else ""

    def close(self) -> None:
        if self._process is not None:
            self._outbox.close()   # the writer stops
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
        if not self._choose_cache():
            return
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
        self._outbox = JobLine()
        self._pending = {}
        threading.Thread(target=self._read_answers, args=(self._process, self._answers), daemon=True).start()
        threading.Thread(target=self._write_jobs, args=(self._process, self._outbox), daemon=True).start()
        self._waiting_for_ready = True

    def _choose_cache(self) -> bool:
        """Settle on the first cache folder that can be written (and trim it in the background,
        once); False, with speech off, when none can: better captions now than a wait."""
        if self._cache_chosen:   # a restart keeps its folder
            return True
        folder = self.cache_dir if _writable(self.cache_dir) else None
        if folder is None:
            others = self.fallbacks() if callable(self.fallbacks) else self.fallbacks
            folder = next((f for f in others if _writable(f)), None)
        if folder is None:
            self.error = f"no folder for the speech cache can be written ({self.cache_dir})"
            log.warning("no speech: %s; captions only", self.error)
            return False
        self._cache_chosen = True
        if folder != self.cache_dir:
            log.warning("speech cache %s cannot be written: using %s", self.cache_dir, folder)
            self.cache_dir = folder
        threading.Thread(target=trim_cache, args=(folder, self.limit), daemon=True).start()
        return True

    def _on_start(self, answer) -> None:
        """The worker's first answer: its engine's name, or why it has none."""
        self._waiting_for_ready = False
        if answer and answer[0] == "ready":
            self.engine = answer[1]
            return
        self.error = answer[1] if answer else "the speech engine did not start in time"
        log.warning("no speech engine: %s; captions only", self.error)
        self._kill()

    def _read_answers(self, process, answers) -> None:
        """Runs in a thread: pass each answer line on, so waiting can time out on every system.
        "working" lines only say the worker is alive: they set when it was last heard."""
        for line in process.stdout:
            if process is not self._process:
                return   # a replaced worker's last words
            self._heard = time.monotonic()
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            if answer and answer[0] in ("ok", "error"):
                self._outbox.answered()   # the worker is free for the next job
            if answer and answer[0] != "working":
                answers.put(answer)
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
        self._send(list(job), WAITED_FOR)
        self._heard = time.monotonic()
        while True:
            answer = self._wait(POLL)
            if answer is None and time.monotonic() - self._heard < self.timeout and self._process.poll() is None:
                continue
            if answer is None:
                self.error = "the speech engine stopped answering"
                log.warning("speech engine silent for %.1f s on %s: killed and restarted", self.timeout, job[0])
                self._restart()
                return None
            if answer[0] == "ok":
                self._finished(answer)
            else:
                self._pending.clear()
            if expect is None or answer[0] != "ok" or answer[1] == expect:
                return answer[1] if answer[0] == "ok" else None

    def _kill(self) -> None:
        if self._outbox is not None:
            self._outbox.close()
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


def _writable(folder: Path) -> bool:
    """Whether ``folder`` can be made and a file written in it."""
    probe = folder / f".probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"RIFF")
        probe.unlink()
        return True
    except OSError:
        return False


def trim_cache(folder: Path, limit: int = CACHE_LIMIT) -> int:
    """Delete the least recently used WAV files of the speech cache ``folder`` until it holds at
    most ``limit`` bytes; return how many bytes went. Files that vanish or resist are skipped."""
    found = []
    for path in folder.glob("*/*.wav"):
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((max(info.st_atime, info.st_mtime), info.st_size, path))
    total = sum(size for _, size, _ in found)
    freed = 0
    for _, size, path in sorted(found):
        if total - freed <= limit:
            break
        try:
            path.unlink()
            freed += size
        except OSError:
            continue
    if freed:
        log.info("speech cache %s trimmed by %d bytes to stay under %d", folder, freed, limit)
    return freed
