"""Keep libasound's error messages off the terminal while SDL looks for a sound card.

With no sound card, SDL's ALSA probe makes libasound print eight ``ALSA lib ...`` lines to
stderr each time audio is opened (pygame.init() and mixer.init(): sixteen in all). They say
nothing the game's own "no sound card" notice does not, and frighten people. libasound lets a
program replace that printer (``snd_lib_error_set_handler``); SDL opens the same
``libasound.so.2`` by name, so a handler set here is the one it meets.
"""
from __future__ import annotations

import ctypes
import sys
from contextlib import contextmanager


@contextmanager
def quiet_alsa():
    """Within the block, libasound reports nothing; afterwards its usual printer is back, so a
    sound card failing later is still heard of. Does nothing where there is no libasound."""
    library = _libasound()
    if library is None:
        yield
        return
    library.snd_lib_error_set_handler.argtypes = [ctypes.c_void_p]
    library.snd_lib_error_set_handler(_c_function_doing_nothing())
    try:
        yield
    finally:
        library.snd_lib_error_set_handler(None)


def _c_function_doing_nothing() -> int:
    """The address of a C function with no effect, to stand as the error handler.

    Not a Python (ctypes) callback: SDL reports from its own thread while the thread in
    mixer.init() holds the GIL and waits for it, so a callback needing the GIL hung the game
    (measured). getpid() only returns a number; the arguments libasound passes are ignored, as
    the C calling conventions of Linux allow."""
    return ctypes.cast(ctypes.CDLL(None).getpid, ctypes.c_void_p).value


def _libasound():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libasound.so.2")
    except OSError:
        return None
