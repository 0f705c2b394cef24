"""Interpreter-wide settings, made once at start-up (``create_app``, before ``pygame.init()``).

They change the whole process, so they are kept here, each with its reason, rather than
set and reset by whichever part of the game first needed them.
"""
from __future__ import annotations

import sys

# How often (seconds) a thread running Python code hands the GIL to one waiting for it;
# Python's default is 0.005. The packs load in a background thread while the title is on
# screen, and with the default the loader kept the GIL 5 ms at a time, so the title's frames
# stuttered. Speech pipes, sound loading and clip decoding are background threads too. With
# one thread busy nothing is handed over, so the shorter interval costs nothing then.
SWITCH_SECONDS = 0.0005

# mallopt's parameter number for M_ARENA_MAX in glibc's malloc.h.
M_ARENA_MAX = -8


def tune_interpreter() -> None:
    """Put the process-wide settings above in force. Safe to call again (tests make many apps)."""
    # Before SDL starts its audio thread, so every thread shares the one arena.
    limit_arenas()
    sys.setswitchinterval(SWITCH_SECONDS)


def limit_arenas(count: int = 1) -> bool:
    """Ask glibc for at most ``count`` malloc arenas; whether it agreed (False elsewhere).

    Why: glibc gives each new thread a malloc arena of its own (up to eight per core). The
    game's threads come and go (pack loading, the speech pipes, sound loading, FFmpeg's
    decoders), and memory freed in one arena is not reused by another: in a 100,000-frame
    soak the resident memory crept up 45 MB with no Python object left behind (tracemalloc
    was level). With one arena it stayed level within a megabyte. Other systems' allocators
    are left as they are.
    """
    libc = _glibc()
    return bool(libc.mallopt(M_ARENA_MAX, count)) if libc is not None else False


def release_freed_memory() -> bool:
    """Give memory freed inside the heap back to the system (glibc's ``malloc_trim``); whether
    it could be asked (False elsewhere).

    Why: pictures, rendered lines, decoded video and sounds are big blocks, freed as caches let
    them go and clips close. glibc keeps the freed pages of the heap's middle resident, for
    reuse: over a solo session through every practice pack, that was 30 to 40 MB. The App asks
    now and then on a new screen (a few milliseconds, by the screen change where a frame takes
    longer anyway). Setting a low fixed mmap threshold instead gave the memory back too, but
    every decoded video picture then cost fresh pages: its p90 frame time went from 1.5 to 5 ms.
    """
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def _glibc():
    """glibc, on Linux; None elsewhere (musl and other C libraries included)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:   # musl or another C library: nothing to ask
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
