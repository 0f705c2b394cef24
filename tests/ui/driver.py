"""Drive the real App with real pygame events, the way a player would.

A new screen ignores clicks, Enter and number keys for a moment (the player's "time before
answers count", see ``App.settle_left``). The Driver waits that moment out before each of
them, as a player who looks at the screen first does; tests of the wait itself send events
with ``app.step`` directly.
"""
from __future__ import annotations

import time

import pygame

from game.ui.window import sdl_window

FRAME = 1 / 30
KEYS = {"enter": pygame.K_RETURN, "esc": pygame.K_ESCAPE, "up": pygame.K_UP, "down": pygame.K_DOWN,
        "tab": pygame.K_TAB, "f1": pygame.K_F1, "f2": pygame.K_F2, "f3": pygame.K_F3, "f11": pygame.K_F11, "backspace": pygame.K_BACKSPACE, "r": pygame.K_r,
        "p": pygame.K_p, "space": pygame.K_SPACE}


class Driver:
    def __init__(self, app):
        self.app = app
        self.app.step([], FRAME)

    @property
    def scene(self):
        """The screen on top, once past a "one moment" wait for the packs (a player waits too)."""
        deadline = time.monotonic() + 60
        while self.app.top.name == "packs_wait" and time.monotonic() < deadline:
            self.app.step([], FRAME)
            time.sleep(0.005)
        return self.app.top

    def settle(self, click: bool = False) -> None:
        """Let game time pass (in frames, drawing nothing) until a choice (a ``click``) counts,
        on the screen past any "one moment" wait for the packs (a key pressed there was lost)."""
        self.scene
        for _ in range(600):   # a screen that changed by itself starts its wait again (20 s at most)
            left = self.app.settle_left(click)
            if left <= 0:
                return
            self.app.step([], min(FRAME, left + 1e-6), draw=False)

    def press(self, key: str) -> None:
        code = KEYS.get(key) or getattr(pygame, f"K_{key}")
        if key in ("enter", "space") or key.isdigit():
            self.settle()
        self.app.step([pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)], FRAME)

    def option_key(self, safe: bool) -> str:
        """The number key of the first safe (or unsafe) option of the action question on screen:
        options are shown in a shuffled order, so tests choose by meaning, not by position."""
        round_ = self.scene.round
        options = round_.scenario.actions[round_.question_index].options
        return str(next(i for i, o in enumerate(options) if o.safe == safe) + 1)

    def choice_key(self, move: str) -> str:
        """The number key of the call choice with ``move`` (call choices are shuffled too)."""
        choices = self.scene.callview.call.node.choices
        return str(next(i for i, c in enumerate(choices) if c.move == move) + 1)

    def type(self, text: str) -> None:
        self.app.step([pygame.event.Event(pygame.TEXTINPUT, text=text)], FRAME)

    def press_typing(self, char: str) -> None:
        """A key pressed while a text box takes text: SDL sends the key, then the text it types
        (a digit on the name screen, say), both in the same frame."""
        code = getattr(pygame, f"K_{char.lower()}")
        self.app.step([pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=char, scancode=0),
                       pygame.event.Event(pygame.TEXTINPUT, text=char)], FRAME)

    def click(self, button_id: str) -> None:
        self.settle(click=True)
        button = self.button(button_id)
        self.app.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=button.rect.center)], FRAME)

    def click_listed(self, button_id: str) -> None:
        """Click ``button_id`` in a paged list, turning pages until it shows: back to the first
        (Previous page), then on (Next page)."""
        while any(b.id == "list:prev" for b in self.scene.buttons) and not self.button_shown(button_id):
            self.click("list:prev")
        for _ in range(20):
            if self.button_shown(button_id):
                self.click(button_id)
                return
            self.click("list:next")
        raise AssertionError(f"{button_id!r} is on no page of {self.scene.name}")

    def button_shown(self, button_id: str) -> bool:
        return any(b.id == button_id for b in self.scene.buttons)

    def click_at(self, pos) -> None:
        self.settle(click=True)
        self.app.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=pos)], FRAME)

    def button(self, button_id: str):
        for button in self.scene.buttons:
            if button.id == button_id:
                return button
        raise AssertionError(f"no button {button_id!r} on {self.scene.name}: {[b.id for b in self.scene.buttons]}")

    def resize(self, width: int, height: int) -> list:
        """Make the window ``width`` × ``height`` as a player dragging its edge would: SDL resizes
        it and sends its own events (VIDEORESIZE, WINDOWRESIZED, WINDOWSIZECHANGED), which go
        to the App. Returns those events."""
        window = sdl_window()
        window.size = (width, height)
        events = pygame.event.get()
        self.app.step(events, FRAME)
        return events

    def wait_for(self, scene_name: str, limit: float = 120) -> None:
        """Play on until ``scene_name`` is on top: the voices of a pack with calls are prepared
        first, in real time (a loaded machine takes longer; game frames alone never end it)."""
        deadline = time.monotonic() + limit
        while self.scene.name != scene_name:
            if time.monotonic() > deadline:
                raise AssertionError(f"still on {self.scene.name}, not {scene_name}")
            self.advance(0.1)
            time.sleep(0.01)

    def advance(self, seconds: float) -> None:
        for _ in range(max(1, int(seconds / FRAME))):
            self.app.step([], FRAME)

    def visible_text(self) -> str:
        self.scene   # past a wait for the packs, as a player would be
        self.app.step([], FRAME)
        return "\n".join(self.app.ctx.text.drawn)

    def sees(self, phrase: str) -> bool:
        """Whether ``phrase`` is on screen, wherever lines were wrapped."""
        text = self.visible_text()
        return phrase in text.replace("\n", " ") or phrase in text.replace("\n", "")

    def new_player(self, language_key: str, nickname: str) -> None:
        """Start, choose the language (1 中文, 2 English), give a nickname; skip the first-run tour."""
        self.press("1")
        self.press(language_key)
        self.type(nickname)
        self.press("enter")
        if self.scene.name == "tour":
            self.click("skip")    # the tour has its own tests

    def to_round(self, pack_id: str = "mini", nickname: str = "Ann") -> None:
        """From the title screen to the first scenario of ``pack_id``."""
        self.new_player("2", nickname)
        self.click_listed(f"pack:{pack_id}")
        assert self.scene.name == "round"


# The first-run tour, by keys alone: what each step asks for, then Enter for Next.
TOUR_KEYS = {"welcome": (), "number": ("2",), "arrows": ("down", "enter"), "replay": ("r",), "narrate": ("n",),
             "help": ("f1", "esc"), "settings": ("f3", "esc"), "back": ("esc", "enter"), "done": ()}


def tour_by_keys(driver: Driver) -> list[str]:
    """Do every step of the tour with the keyboard; return the step ids seen."""
    seen = []
    while driver.scene.name == "tour":
        step = driver.scene.tour.step.id
        seen.append(step)
        for key in TOUR_KEYS[step]:
            driver.press(key)
        assert driver.scene.name == "tour" and (driver.scene.tour.step_done or step in ("welcome", "done")), step
        driver.press("enter")
    return seen
