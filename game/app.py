"""The App: window, scene stack, and ``step(events, dt)`` — one frame.

The game loop, the self-playing demo and the tests all drive the game through
``step``, so what tests see is what players get.
"""
from __future__ import annotations

import logging
import math
import os
import sys
import time
from datetime import datetime
from pathlib import Path

from game.context import Context
from game.core.install import InstallPaths
from game.core.progress import ProgressStore

RETRY_SECONDS = 5.0   # how often writes that were refused are tried again
CHOOSING = ("click", "confirm", "choose", "undo")   # intents that choose something: they wait for a new screen to settle
DOUBLE_CLICK_SECONDS = 0.5   # a second click this soon, this near the first, is the same double click
DOUBLE_CLICK_PIXELS = 24
# The loop aims this long past a change: each clock on screen (a clip's position, the ring's
# time, game time) sums its frame times apart, so at the very moment one of them may still be
# a rounding error short of the change, and the old picture would be drawn again. A turn that
# comes at least half of it past the moment draws.
PAST_DUE = 0.0005
PACKS_POLL = 0.1      # while the packs load in the background, look this often whether they are ready
LOADER_SHARE = 0.001   # seconds each frame gives the pack-loading thread while it runs
TRIM_SECONDS = 30.0   # at most this often, a new screen gives freed memory back (game/tuning.py)


class App:
    """Owns the scene stack and draws the top scene each frame."""

    def __init__(self, ctx: Context):
        """Opens the window the settings in force ask for (see game/ui/window.py)."""
        from game.ui.window import GameWindow

        self.ctx = ctx
        self.scenes: list = []
        self.window = GameWindow(ctx, self._resized)
        self.screen = self.window.open()
        ctx.on_window = self.window.apply   # a returning player's settings bring back their window
        self.running = True
        self.frame = 0
        self.journey = None        # game.ui.flows.Journey: which scene follows which (set by it)
        from game.ui.narrator import Narrator

        self.narrator = Narrator(ctx)
        ctx.on_wait = self.show_wait
        self._screen = None        # the screen last read aloud
        self._store_problem = ""   # what last stopped progress being saved
        self._retry_in = 0.0
        self._clock = 0.0          # seconds passed as the player felt them (dt is capped, this is not)
        self._shown = None         # (scene, screen key, list page) on screen
        self._shown_at = None      # since when (``_clock``); None: it reaches the display this frame
        self._last_click = None    # (``_clock``, position) of the last click
        self._due = 0.0            # ctx.time at which the screen next changes by itself
        self._drawn = None         # which screen and notice the last frame drawn showed
        self._trimmed = 0.0        # ctx.time when freed memory was last given back

    @property
    def top(self):
        return self.scenes[-1]

    # --- the scene stack (which scene follows which is decided in game/ui/flows.py) ---

    def push(self, scene, on_result=None, menu: bool = False) -> None:
        """Show ``scene`` on top. When it finishes, ``on_result(result)`` is called.

        A ``menu`` stays under what it opens: its results are passed on while it stays on the
        stack, and only finishing with ``None`` (back) closes it. Any other scene is closed
        when it finishes.

        A scene that lists the packs (``needs_packs``) waits behind a "one moment" screen while
        they are still loading, so the game keeps drawing instead of stopping on this frame."""
        if getattr(scene, "needs_packs", False) and not self.ctx.packs_loaded:
            from game.ui.scenes.packswait import PacksWaitScene

            scene, menu = PacksWaitScene(self, scene, on_result, menu), False   # Esc on it: on_result(None)
        scene.on_result, scene.is_menu = on_result, menu
        self.scenes.append(scene)
        if not scene.entered:      # media and records start when a scene is first shown
            scene.entered = True
            scene.enter()
        scene.layout()

    def finish(self, scene, result=None) -> None:
        """``scene`` is done with ``result`` (None: the player went back)."""
        if not self.scenes or scene is not self.top:
            return   # a double press: the scene already finished
        if result is None or not scene.is_menu:
            self._leave(self.scenes.pop())
        below = self.top if self.scenes else None
        if scene.on_result is not None:
            scene.on_result(result)
        if not self.scenes:
            self.running = False
        elif self.top is below:    # nothing new was shown: the scene below is back on top
            below.resume()

    def replace(self, scene, on_result=None, menu: bool = False) -> None:
        """Close the top scene and show ``scene`` in its place (its result goes to ``on_result``)."""
        if self.scenes:
            self._leave(self.scenes.pop())
        self.push(scene, on_result, menu)

    def close(self, scene) -> None:
        """Take ``scene`` (and whatever is above it) off the stack, giving no result."""
        while scene in self.scenes:
            self._leave(self.scenes.pop())
        if self.scenes:
            self.top.resume()
        else:
            self.running = False

    def reset_to(self, scene, on_result=None, menu: bool = False) -> None:
        while self.scenes:
            self._leave(self.scenes.pop())
        self.push(scene, on_result, menu)

    def ask(self, question_key: str, yes_key: str, no_key: str, on_answer) -> None:
        """A yes/no question on its own screen; ``on_answer(True or False)``. Esc is No."""
        from game.ui.confirm import ConfirmDialog

        self.push(ConfirmDialog(self, question_key, yes_key, no_key), lambda yes: on_answer(bool(yes)))

    def _leave(self, scene) -> None:
        if scene.entered:
            scene.leave()

    def step(self, events, dt: float, draw: bool | None = True, elapsed: float | None = None) -> bool:
        """Handle ``events``, advance by ``dt`` seconds, draw one frame; return whether it drew.

        ``draw=None`` (the game loop) draws only when the picture would differ: input came, a
        change the screen announced fell due (``next_change``), or another screen or notice is
        showing. Otherwise time, narration and saving go on without drawing. ``elapsed``: the
        real seconds since the last frame, where the game loop caps ``dt`` (the wait before
        answers count is real time, also while the loop sleeps; tests and the demo leave it out).
        """
        from game.ui import chrome
        from game.ui.input import to_intents

        if self._packs_loading():
            # A loop that never waits (a busy animation, a video, the benchmark) kept the GIL
            # from the loading thread: the packs took 0.5 s or 5 s. A frame gives it this much.
            time.sleep(LOADER_SHARE)
        if self.frame == 1:
            # The first frame is on screen: now the speech engine and the packs, in the
            # background. Started earlier, the engine's own start-up took CPU the first frame
            # needed on a 2-core laptop.
            if self.ctx.speech is not None:
                self.ctx.speech.ready
            self.ctx.start_loading()
        self.ctx.time += dt
        self._clock += dt if elapsed is None else max(dt, elapsed)
        if self._shown_at is None:
            # The screen that changed last frame is on the display from about now. Counting from
            # the change itself would count the seconds a slow page took to lay out and draw, and a
            # second Enter pressed meanwhile would answer a question the player never saw.
            self._shown_at = self._clock
        self._watch_screen()
        for event in events:
            self.window.handle(event)   # a new size: the screen is laid out again
        focus = (id(self.top), self.top.focus)
        for intent in to_intents(events, self.top.text_mode, self.top.raw_keys):
            kind = intent.kind
            if kind == "click":   # the top-right buttons work like their keys
                kind = {"lang": "toggle_lang"}.get(chrome.top_button_hit(self, intent.value),
                                                   chrome.top_button_hit(self, intent.value)) or kind
            if kind in CHOOSING and not self._counts(intent):
                continue
            if kind == "quit":
                self.running = False
            elif kind == "toggle_lang":
                self.toggle_language()
            elif kind in ("help", "settings"):
                self._notice(kind)
                self.show_overlay(kind)
            elif kind == "narrate":
                self.narrator.read(list(self.ctx.text.blocks))
                self._notice(kind)
            elif kind == "fullscreen":
                self.set_fullscreen(not self.window.fullscreen)
            elif self.scenes:
                self.top.handle(intent)
            if not self.running or not self.scenes:
                return False
            self._watch_screen()
        self.top.update(dt)
        self._count_down_notice(dt)
        if draw is None:
            draw = bool(events) or self.ctx.time >= self._due - PAST_DUE / 2 or self._showing() != self._drawn
        draw = draw or self.frame < 2
        if draw:
            self.ctx.text.new_frame()
            self.top.draw(self.screen)
            chrome.draw(self, self.screen, dt)
            shown, self._drawn = self._drawn, self._showing()
            if shown is not None and shown[:2] != self._drawn[:2]:
                self._give_back_memory()
        self._watch_screen()
        self._narrate(focus)
        self._watch_store(dt)
        self.window.update(dt)
        self.frame += 1
        change = self._next_picture_change()   # the turn that starts the answer wait draws nothing
        self._due = math.inf if change is None else self.ctx.time + change
        return draw

    # --- input that chooses waits for a new screen to settle ---

    def _watch_screen(self) -> None:
        """Note when what the screen shows changes: another scene on top, or the same scene
        showing something else (its ``screen_key``: a new question, page or card; or another
        page of its list, where a double click on Next must not land on what replaced it)."""
        shown = (id(self.top), self.top.screen_key(), self.top.list_page) if self.scenes else None
        if shown != self._shown:
            self._shown, self._shown_at = shown, None

    def settle_left(self, click: bool = False) -> float:
        """Seconds before a click, Enter, Space, Backspace or a number key counts on the screen
        showing. A new screen ignores them for a moment (the player's "time before answers
        count"), so a double click, a second Enter or a key held through the last screen answers
        nothing the player has not seen. Arrows, Esc, F1-F3, N, R, P, T and the keys teams answer
        on in a classroom always work. With ``click``:
        also until a click near the last one can no longer be its double click."""
        wait = self.ctx.effective.answer_wait
        if self._shown_at is None:   # not on the display yet
            return wait
        left = self._shown_at + wait - self._clock
        if click and self._last_click is not None and self._shown_at >= self._last_click[0]:
            left = max(left, self._last_click[0] + DOUBLE_CLICK_SECONDS - self._clock)
        return max(0.0, left)

    def _counts(self, intent) -> bool:
        """Whether a choosing ``intent`` is taken now (see ``settle_left``). The second click
        of a double click never reaches a screen that the first one brought up."""
        if intent.kind == "click":
            last, self._last_click = self._last_click, (self._clock, intent.value)
            if last is not None and self._double_click(last, intent.value):
                return False
        return self.settle_left() <= 1e-9

    def _double_click(self, last, pos) -> bool:
        """Whether a click at ``pos`` is the second click of the ``last`` one (soon after it, near
        it) and the screen changed in between: the player meant it for the screen that is gone."""
        then, (x, y) = last
        changed = self._shown_at is None or self._shown_at >= then
        return (changed and self._clock - then < DOUBLE_CLICK_SECONDS
                and abs(pos[0] - x) <= DOUBLE_CLICK_PIXELS and abs(pos[1] - y) <= DOUBLE_CLICK_PIXELS)

    def show_wait(self, text_key: str = "notice.loading_packs") -> None:
        """A "one moment" panel over the screen, shown at once, before work that makes the game
        wait: the packs finishing their validation on a first start, a PDF being written (a
        second or more on an old laptop). Without it the screen would look frozen."""
        import pygame

        ctx, theme = self.ctx, self.ctx.theme
        width, height = self.screen.get_size()
        box = pygame.Rect(0, 0, min(width - 2 * theme.margin, 760), 0)
        text = ctx.t(text_key)
        inner = box.width - 2 * theme.margin
        box.height = ctx.text.block_height(text, theme.heading, inner) + 2 * theme.margin
        box.center = (width // 2, height // 2)
        shade = pygame.Surface((width, height), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 150))   # the screen behind is dimmed: it does not answer now
        self.screen.blit(shade, (0, 0))
        pygame.draw.rect(self.screen, theme.panel, box, border_radius=12)
        pygame.draw.rect(self.screen, theme.focus, box, width=3, border_radius=12)
        ctx.text.draw_block(self.screen, text, box.inflate(-2 * theme.margin, -2 * theme.margin), theme.heading,
                            theme.text, align="center")
        pygame.display.flip()

    def _watch_store(self, dt: float) -> None:
        """Tell the player once when answers cannot be saved, retry every few seconds, and say
        when they are saved again."""
        store = self.ctx.store
        problem = store.problem
        if problem != self._store_problem:
            if problem:
                from game.logsetup import log_place

                self.ctx.notify(f"notice.store_{problem}", log=log_place())
            else:
                self.ctx.notices = [n for n in self.ctx.notices if not n.text_key.startswith("notice.store_")]
                self.ctx.notify("notice.store_saved")
            self._store_problem, self._retry_in = problem, RETRY_SECONDS
        elif problem:   # a failed write, or a file that could not be written from the start
            self._retry_in -= dt
            if self._retry_in <= 0:
                self._retry_in = RETRY_SECONDS
                store.retry()

    def next_change(self) -> float | None:
        """Seconds until the game loop must take its next turn: the picture's next change
        (``_next_picture_change``), or at once after a new screen was drawn, so that the wait
        before answers count starts when the screen is on the display. None: only input."""
        changes = [self._next_picture_change(), 0.0 if self.scenes and self._shown_at is None else None]
        return min((c for c in changes if c is not None), default=None)

    def _next_picture_change(self) -> float | None:
        """Seconds until the picture changes by itself: the top scene's next change (see
        ``Scene.next_change``), the notice showing running out, a new window size to keep, the
        packs coming in. 0: every frame; None: only input changes it. The loop sleeps until
        then (``wait_seconds``), and a little past it (``PAST_DUE``)."""
        if not self.scenes:
            return None
        notice = self._notice_showing()
        changes = [self.top.next_change(), notice.seconds_left if notice is not None else None,
                   self.window.save_in,                                   # a new window size to keep
                   PACKS_POLL if self._packs_loading() else None]        # their notices come when ready
        change = min((c for c in changes if c is not None), default=None)
        return None if change is None else change + PAST_DUE

    def _packs_loading(self) -> bool:
        """The packs are being loaded in the background now."""
        return not self.ctx.packs_loaded and self.ctx.loader.thread_alive()

    def idle(self) -> bool:
        """Nothing on screen changes until the player acts (a question about a still picture,
        a menu, a paused clip)."""
        return self.next_change() is None

    def _give_back_memory(self) -> None:
        """On a new screen, now and then: the clips and pages left behind were freed, and glibc
        would keep their pages (see ``game.tuning.release_freed_memory``)."""
        from game.tuning import release_freed_memory

        if self.ctx.time - self._trimmed >= TRIM_SECONDS:
            self._trimmed = self.ctx.time
            release_freed_memory()

    def _notice_showing(self):
        """The notice on screen: the first one with time left (they are shown one at a time)."""
        return next((n for n in self.ctx.notices if n.seconds_left > 0), None)

    def _count_down_notice(self, dt: float) -> None:
        """The notice showing counts down whether or not a frame is drawn."""
        notice = self._notice_showing()
        if notice is not None:
            notice.seconds_left -= dt

    def _showing(self) -> tuple:
        """What a frame shows apart from changes over time: the screen and the notice."""
        return id(self.top), self.top.screen_key(), self.ctx.lang, id(self._notice_showing())

    def _notice(self, kind: str) -> None:
        """Tell the scene on top that a key for every screen was used (the tour teaches them)."""
        noticed = getattr(self.top, "noticed", None)
        if noticed:
            noticed(kind)

    def _narrate(self, focus_before) -> None:
        """Read a new screen on arrival, and the focused item when focus moves."""
        scene = self.top
        key = (id(scene), scene.screen_key(), self.ctx.lang)
        automatic = self.ctx.effective.narration   # off: only N or the Read button reads
        if key != self._screen:
            self._screen = key
            if automatic:
                self.narrator.read(list(self.ctx.text.blocks))
            else:
                self.narrator.stop()
        elif (automatic and focus_before[0] == id(scene) and focus_before[1] != scene.focus and scene.buttons
              and 0 <= scene.focus < len(scene.buttons)):
            self.narrator.read([scene.buttons[scene.focus].label])
        clip = getattr(scene, "clip", None)
        view = getattr(scene, "callview", None)
        busy = bool((clip is not None and clip.playing and clip.seconds) or (view is not None and view.speaking))
        cues = self.ctx.cues
        if cues is not None:   # an interface sound waiting for the last screen's reading to stop
            cues.update(self.ctx.time)
            busy = busy or cues.playing()   # and the new screen's reading waits for it
        self.narrator.update(busy)

    def show_overlay(self, name: str) -> None:
        """The help or settings screen on top of whatever is showing (never twice)."""
        if self.journey is None or not self.scenes:
            return
        if self.top.name in ("help", "settings"):
            if self.top.name == name:
                return
            self.close(self.top)
        pause = getattr(self.top, "pause_for_overlay", None)
        if pause:
            pause()
        self.journey.overlay(name)

    def set_fullscreen(self, on: bool) -> None:
        """Full screen on or off (F11, or Settings), kept in the player's settings."""
        self.window.set_fullscreen(on)

    def _resized(self, surface) -> None:
        """The window has a new size: draw into its surface, and lay the screen out for it.
        (The scenes under the top one are laid out again when they are back on top.)"""
        self.screen = surface
        if self.scenes:
            self.top.layout()

    def toggle_language(self) -> None:
        from dataclasses import replace

        self.ctx.save_settings(replace(self.ctx.settings, lang="en" if self.ctx.lang == "zh" else "zh"))
        self.top.layout()


def run(args, install: InstallPaths, session=None) -> int:
    """Open the game from parsed command-line arguments and run ``session(app, args)`` in it:
    the game loop by default (the command line passes the self-playing demo instead)."""
    if args.command == "demo" and not _has_display():
        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    data_dir = args.data_dir or _user_dir("data")
    cache_dir = (args.data_dir / "cache") if args.data_dir else _user_dir("cache")
    from game.logsetup import start_log

    start_log([data_dir, cache_dir, _user_dir("cache")])
    app = create_app(install, data_dir, cache_dir, lang=getattr(args, "lang", None),
                     size=_parse_size(args.window) if args.window else None,
                     extra_packs=list(args.packs or []), fullscreen=args.fullscreen, overrides=_overrides(args))
    app.ctx.camera = camera_choice(getattr(args, "camera", None))
    import pygame

    try:
        return (session or play)(app, args)
    finally:
        app.window.save()   # a size still being settled is kept too
        app.ctx.store.close()
        app.ctx.speech.close()
        pygame.quit()


def camera_choice(given: list[str] | None) -> int | list[Path]:
    """``--camera``: a webcam number (0 when not given), or the pictures and videos that stand in for it."""
    if not given:
        return 0
    if len(given) == 1 and given[0].isdigit():
        return int(given[0])
    return [Path(value) for value in given]


def _overrides(args) -> dict:
    """Settings given on the command line, for this run only."""
    found = {}
    if getattr(args, "text_scale", None):
        found["text_scale"] = float(args.text_scale)
    if getattr(args, "theme", None):
        found["theme"] = args.theme.replace("-", "_")
    if getattr(args, "high_contrast", False):
        found["theme"] = "high_contrast"
    if getattr(args, "reduced_motion", False):
        found["reduced_motion"] = True
    return found


def create_app(install: InstallPaths, data_dir: Path, cache_dir: Path | None, lang: str | None = None,
               size: tuple[int, int] | None = None, extra_packs: list | None = None,
               fullscreen: bool = False, overrides: dict | None = None) -> App:
    """Open the window, sound, packs and progress store; return the App (no scene yet).

    The window opens as this computer's settings last left it (maximised on the first
    start); ``size`` and ``fullscreen`` (the command line's) win for this run."""
    import pygame

    from game.media.cues import Cues
    from game.media.sound import SoundOutput
    from game.media.speech import Speech
    from game.tuning import tune_interpreter
    from game.ui.text import TextRenderer
    from game.ui.theme import DEFAULT_THEME

    tune_interpreter()   # before SDL starts its audio thread: see game/tuning.py
    from game.media.quietalsa import quiet_alsa

    with quiet_alsa():   # pygame.init() opens audio too: no "ALSA lib" lines with no sound card
        pygame.init()
    pygame.display.set_caption("识破 SeeThrough")
    sound = SoundOutput()
    sound.start()
    store = ProgressStore(data_dir / "progress.db", now=lambda: datetime.now().isoformat(timespec="seconds"))
    # Started after the first frame, in the first of these folders that can be written.
    speech = Speech((cache_dir or data_dir / "cache") / "speech", fallbacks=_speech_fallbacks)
    ctx = Context(lang=lang or "zh", theme=DEFAULT_THEME, text=TextRenderer(install.font(), install.font(bold=True)),
                  store=store, sound=sound, install=install,
                  speech=speech, pack_folders=[install.scenarios] + list(extra_packs or []), cache_dir=cache_dir,
                  cues=Cues(sound, install.assets / "sounds"))
    from dataclasses import replace

    ctx.overrides = dict(overrides or {})
    if size:
        ctx.overrides.update(window_width=size[0], window_height=size[1], window_maximized=False)
    if fullscreen:
        ctx.overrides["fullscreen"] = True
    # The player who played last is remembered: the title is in their language and text size,
    # and Start greets them (game/ui/flows.py); "Someone else" goes back to this computer's own.
    ctx.profile = store.last_profile()
    settings = store.settings(ctx.profile if ctx.profile and store.has_settings(ctx.profile) else None)
    ctx.apply(replace(settings, lang=lang) if lang else settings)
    _startup_notices(ctx, sound, store)
    return App(ctx)   # opens the window


def _startup_notices(ctx, sound, store) -> None:
    if not sound.available:
        logging.getLogger("seethrough.start").warning("no sound card: playing silently (%s)",
                                                      getattr(sound, "error", ""))
        ctx.notify("notice.no_sound")
    from game.logsetup import log_place

    if store.notice:
        ctx.notify("notice.db_moved", log=log_place())
    if not ctx.text.check(ctx.theme.body):   # the bundled font is missing or damaged: a system font draws
        ctx.notify("notice.font_fallback", log=log_place())


def play(app: App, args=None) -> int:
    """The game loop: the title screen, then frames until the player quits."""
    import pygame

    from game.ui.flows import Journey

    Journey(app).start()
    clock = pygame.time.Clock()
    while app.running:
        play_frame(app, clock)
    return 0


def play_frame(app, clock) -> bool:
    """One turn of the game loop: sleep until input comes or the screen's next change is due,
    handle input, and draw and show a frame only if the picture changed. Returns whether a
    frame was drawn."""
    import pygame

    wait = wait_seconds(app)
    events = wait_for_input(app, wait)
    # No frame-rate wait before the first frame: a new Clock would hold it back 16 ms
    dt = clock.tick(FRAME_RATE if app.frame else 0) / 1000
    events += pygame.event.get()
    # Game time follows the sleep; a longer stall (a PDF being written) is not played catch-up.
    # The wait before answers count is real time (``elapsed``).
    drawn = app.step(events, min(dt, wait + MAX_STEP), draw=None, elapsed=dt)
    if drawn:
        pygame.display.flip()
    return drawn


FRAME_RATE = 60          # at most, while something changes every frame (a video plays)
MAX_STEP = 0.1           # seconds of game time a turn adds beyond its planned sleep
IDLE_WAIT = 0.25         # idle, the loop still wakes 4 times a second (saving retries, narration)
READING_WAIT = 0.1       # while the screen is read aloud: the next line starts within this
LOADING_WAIT = 0.005     # while a line's sound loads (a few ms)
INPUT_LOOK = 0.02        # while sleeping, input is looked for this often: a key answers within 20 ms


def wait_seconds(app) -> float:
    """How long the loop may sleep before its next turn: until the screen's next change
    (``App.next_change``), or the narrator's next look, whichever comes first."""
    narrator = app.narrator
    if narrator.loading is not None and not narrator.loading[1].done:
        wait = LOADING_WAIT   # a line is loading: play it the moment it is in
    else:
        wait = READING_WAIT if narrator.active() else IDLE_WAIT
    change = app.next_change()
    return wait if change is None else max(0.0, min(wait, change))


def wait_for_input(app, wait: float | None = None) -> list:
    """Sleep ``wait`` seconds (``wait_seconds``) or until a key or click comes; return the events.

    A question waiting for an answer costs almost no CPU (an old laptop's fan stays quiet).
    It sleeps in short naps and looks for input between them: pygame's ``event.wait(timeout)``
    looks every millisecond, which alone cost 2 % of a core here. One millisecond is added
    because the frame clock counts whole milliseconds: the turn after the sleep must see the
    change it waited for as due.
    """
    import pygame

    wait = wait_seconds(app) if wait is None else wait
    if wait <= 0:
        return []
    deadline = time.perf_counter() + wait + 0.001
    while True:
        events = pygame.event.get()
        left = deadline - time.perf_counter()
        if events or left <= 0:
            return events
        time.sleep(min(left, INPUT_LOOK))


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _user_dir(kind: str) -> Path:
    import platformdirs

    if kind == "data":
        return Path(platformdirs.user_data_dir("SeeThrough", appauthor=False))
    return Path(platformdirs.user_cache_dir("SeeThrough", appauthor=False))


def _speech_fallbacks() -> tuple[Path, ...]:
    """Where the speech cache goes when the cache folder given cannot be written."""
    import tempfile

    return _user_dir("cache") / "speech", Path(tempfile.gettempdir()) / "seethrough-speech"


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
        return max(640, width), max(480, height)
    except ValueError:
        return 1280, 720
