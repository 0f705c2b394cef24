"""The window: resizable, full screen on F11 or from Settings, and opened next time as it was left.

What the window should be comes from the settings in force (``window_width``,
``window_height``, ``window_maximized``, ``fullscreen``; ``--window`` and ``--fullscreen``
put theirs on top for one run). ``Context.apply`` hands every change of settings to
``GameWindow.apply``: choosing a returning player brings back their window.

When the player drags the window's edge or maximises it, the new size is written into
their settings once it has stayed the same for ``SAVE_AFTER`` seconds (and on quit), so a
drag is one write, not hundreds. Full screen never changes the remembered window size.

Text is never scaled with the window: the text size is the player's choice. The layouts
use the area the window gives them, so clips and pictures grow with it.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from typing import Callable

import pygame

from game.core.settings import Settings

DEFAULT_SIZE = (1280, 720)
# The smallest window the player can drag it to: the screens are laid out for 1024 wide
# (an XGA projector) and 720 high. A screen with less room than that (a 1366x768 laptop
# less its taskbar) gets a minimum as large as the screen leaves room for instead.
MIN_SIZE = (1024, 720)
SAVE_AFTER = 1.0            # seconds a new size must stay before it is saved
FRAME_ROOM = (0, 80)        # a window's title bar and the taskbar take about this much of a screen
SIZE_EVENTS = (pygame.VIDEORESIZE, pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED)
# Drivers without a real screen (tests, the demo on a server): no desktop to fit into.
HEADLESS_DRIVERS = ("dummy", "offscreen")
WINDOW_FIELDS = ("window_width", "window_height", "window_maximized")


@dataclass(frozen=True)
class WindowState:
    """What the window is: its size when it is an ordinary window, maximised, full screen."""

    size: tuple[int, int]
    maximized: bool = False
    fullscreen: bool = False


class GameWindow:
    """Opens the window and keeps ``ctx.size`` and the App's screen in step with it.

    ``on_resize(surface)`` is called whenever the drawing surface changes size.
    """

    def __init__(self, ctx, on_resize: Callable[[pygame.Surface], None] | None = None):
        self.ctx = ctx
        self.on_resize = on_resize
        self.shown = WindowState(DEFAULT_SIZE)   # what the window was last asked to be
        self.maximized = False                   # what the window says it is (its events)
        self.minimized = False
        self._save_in: float | None = None       # seconds until the new size is saved

    # --- opening and changing the window ---

    def open(self) -> pygame.Surface:
        """Open the window the settings in force ask for. On the first start it is maximised:
        it fits the screen, with the title bar and its close button still there."""
        effective = self.ctx.effective
        state = self.wanted(effective)
        if not effective.window_width and not effective.fullscreen and _desktop() is not None:
            state = replace(state, maximized=True)
        return self._show(state)

    def wanted(self, settings: Settings) -> WindowState:
        """The window ``settings`` ask for; a size larger than the screen is made to fit. With
        no size saved (a player from before sizes were kept), the window stays as it is."""
        if not (settings.window_width and settings.window_height):
            if pygame.display.get_surface() is None:
                return WindowState(self._fit(DEFAULT_SIZE), settings.window_maximized, settings.fullscreen)
            return replace(self.shown, fullscreen=settings.fullscreen)
        size = self._fit((settings.window_width, settings.window_height))
        return WindowState(size, settings.window_maximized, settings.fullscreen)

    def apply(self, settings: Settings) -> None:
        """Make the window what ``settings`` ask for (called by ``Context.apply``)."""
        if pygame.display.get_surface() is None:
            return   # not open yet: ``open`` reads the settings
        state = self.wanted(settings)
        if state != self.shown:
            self._show(state)

    def _show(self, state: WindowState) -> pygame.Surface:
        self.shown = state
        if state.fullscreen:
            # (0, 0): the desktop's own resolution, so a projector's mode is never changed
            surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            window = sdl_window()
            if window is not None and self.maximized:
                window.restore()   # a maximised window would not take its new size
            surface = pygame.display.set_mode(state.size, pygame.RESIZABLE)
            window = sdl_window()
            if window is not None:
                window.minimum_size = self.minimum_size()   # set_mode clears it
                if state.maximized:
                    window.maximize()   # the window says when it is (WINDOWMAXIMIZED)
        if not state.maximized:
            self.maximized = False
        self.adopt(surface)
        return surface

    def minimum_size(self) -> tuple[int, int]:
        """``MIN_SIZE``; smaller where the screen (or the size asked for on the command line) is."""
        width, height = self._fit(MIN_SIZE)
        return min(width, self.shown.size[0]), min(height, self.shown.size[1])

    def _fit(self, size: tuple[int, int]) -> tuple[int, int]:
        """``size`` made no larger than the screen leaves room for."""
        desktop = _desktop()
        if desktop is None:
            return size
        return min(size[0], desktop[0] - FRAME_ROOM[0]), min(size[1], desktop[1] - FRAME_ROOM[1])

    def set_fullscreen(self, on: bool) -> None:
        """Full screen on or off, kept in the player's settings (and this computer's, for the next start)."""
        ctx = self.ctx
        if self._save_in is not None:
            self.save()   # a size just dragged is the one to come back to
        ctx.overrides.pop("fullscreen", None)   # the player's choice wins over --fullscreen
        ctx.save_settings(replace(ctx.settings, fullscreen=on))
        self._remember_for_computer()

    @property
    def fullscreen(self) -> bool:
        return self.shown.fullscreen

    @property
    def save_in(self) -> float | None:
        """Seconds until a new size is saved (None: nothing waits to be saved)."""
        return self._save_in

    @property
    def settling(self) -> bool:
        """A new size waits to be saved (the game loop keeps time meanwhile)."""
        return self._save_in is not None

    # --- what the window tells us ---

    def handle(self, event) -> None:
        """A window event: a new size, maximised or restored."""
        if event.type == pygame.WINDOWMAXIMIZED:
            self.maximized, self.minimized = True, False
            self._save_in = SAVE_AFTER
        elif event.type == pygame.WINDOWMINIMIZED:
            self.minimized = True
        elif event.type == pygame.WINDOWRESTORED:
            if self.minimized:   # back from the taskbar: maximised or not, as before
                self.minimized = False
                return
            self.maximized = False
            self._save_in = SAVE_AFTER
        elif event.type in SIZE_EVENTS:
            surface = pygame.display.get_surface()
            if surface is not None and self.adopt(surface) and not self.shown.fullscreen:
                self._save_in = SAVE_AFTER

    def adopt(self, surface: pygame.Surface) -> bool:
        """Take the drawing surface's size as the screen's; whether it changed."""
        size = surface.get_size()
        if size == (self.ctx.size[0], self.ctx.size[1]):
            return False
        self.ctx.size = size
        if self.on_resize is not None:
            self.on_resize(surface)
        return True

    def update(self, dt: float) -> None:
        """Save a new size once it has stayed ``SAVE_AFTER`` seconds."""
        if self._save_in is None:
            return
        self._save_in -= dt
        if self._save_in <= 0:
            self.save()

    def save(self) -> None:
        """Keep the window's size (or that it is maximised) in the player's settings now (also on quit)."""
        self._save_in = None
        if self.shown.fullscreen:
            return   # full screen: the window's own size stays as it was
        state = replace(self.shown, maximized=self.maximized)
        if not self.maximized:   # maximised: the size to come back to stays the one before
            state = replace(state, size=(self.ctx.size[0], self.ctx.size[1]))
        if state == self.shown:
            return
        self.shown = state
        ctx = self.ctx
        for name in WINDOW_FIELDS:
            ctx.overrides.pop(name, None)   # a size the player made wins over --window
        ctx.settings = replace(ctx.settings, **_fields(state))   # already in force: nothing to apply
        ctx.store.save_settings(ctx.profile, ctx.settings)
        self._remember_for_computer()

    def _remember_for_computer(self) -> None:
        """The next start, before a player is chosen, opens the window as it was left."""
        ctx = self.ctx
        if ctx.profile is not None:
            computer = ctx.store.settings(None)
            ctx.store.save_settings(None, replace(computer, fullscreen=ctx.settings.fullscreen,
                                                  **{name: getattr(ctx.settings, name) for name in WINDOW_FIELDS}))


def _fields(state: WindowState) -> dict:
    return {"window_width": state.size[0], "window_height": state.size[1], "window_maximized": state.maximized}


def sdl_window():
    """The display's window object (for its minimum size and maximising), or None where this
    pygame-ce has none: the window then works, only without a minimum size."""
    try:
        with warnings.catch_warnings():   # pygame-ce 2.5 marks this way of getting it deprecated
            warnings.simplefilter("ignore", DeprecationWarning)
            return pygame.Window.from_display_module()
    except (AttributeError, pygame.error):
        return None


def _desktop() -> tuple[int, int] | None:
    """The screen's size, or None where there is no real screen (SDL's dummy driver)."""
    if pygame.display.get_driver() in HEADLESS_DRIVERS:
        return None
    sizes = pygame.display.get_desktop_sizes()
    return (sizes[0][0], sizes[0][1]) if sizes else None
