"""The jobs waiting for the speech worker, handed over one at a time.

The next job is written only when the worker has answered the last, so the jobs still
waiting stay here, where they can be put in order of need (a line the game waits for, then a
round's voices, then screen narration) or withdrawn (the narration of a screen already left).
Written straight into the pipe, hundreds of narration lines of screens long gone were said
before a round's voices: the round waited 15 s for its first line.
"""
from __future__ import annotations

import threading

WAITED_FOR, ROUND, NARRATION = 0, 1, 2   # priorities, most urgent first


class JobLine:
    def __init__(self):
        self._changed = threading.Condition()
        self._jobs: list[list[list]] = [[], [], []]   # one list per priority, each in order
        self._busy = False      # a job is with the worker, not answered yet
        self._closed = False
        self.current: list | None = None   # the job with the worker

    def put(self, job: list, priority: int = ROUND) -> None:
        with self._changed:
            self._jobs[priority].append(job)
            self._changed.notify_all()

    def withdraw(self, outs: set[str]) -> None:
        """Drop the waiting render jobs that would write one of ``outs`` (not the one in hand)."""
        with self._changed:
            for jobs in self._jobs:
                jobs[:] = [job for job in jobs if not (job[0] == "render" and job[3] in outs)]

    def answered(self) -> None:
        """The worker answered the job in hand: the next may go."""
        with self._changed:
            self._busy, self.current = False, None
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def next(self) -> list | None:
        """The next job to write, once the worker is free (waits); None once closed."""
        with self._changed:
            while not self._closed and (self._busy or not any(self._jobs)):
                self._changed.wait()
            if self._closed:
                return None
            job = next(jobs for jobs in self._jobs if jobs).pop(0)
            self._busy, self.current = True, job
            return job
