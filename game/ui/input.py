"""Raw pygame events in, intents out: the one place that knows about keys and mice."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

_NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)}
_NUMBER_KEYS.update({getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)})
_ARROWS = {pygame.K_UP: "up", pygame.K_DOWN: "down", pygame.K_LEFT: "left", pygame.K_RIGHT: "right"}


@dataclass(frozen=True)
class Intent:
    """What the player means: kind is one of choose, next, prev, confirm, back,
    replay, pause, transcript, undo, magnify, zoom_in, zoom_out, click, move, text, backspace,
    toggle_lang, help, settings, narrate, fullscreen, quit.

    An arrow key's next or prev carries its direction ("up", "down", "left", "right") as the
    value, for screens where arrows move a picture (the magnifier); Tab's carries None."""

    kind: str
    value: object = None


def to_intents(events, text_mode: bool = False, raw_keys: bool = False) -> list[Intent]:
    """Translate events; in ``text_mode`` letters and digits are typed, not commands; with
    ``raw_keys`` every printable key (space too) comes as ``key`` with its character, for
    screens where teams answer on their own keys."""
    intents: list[Intent] = []
    for event in events:
        intent = _one(event, text_mode, raw_keys)
        if intent is not None:
            intents.append(intent)
    return intents


def _one(event, text_mode: bool, raw_keys: bool = False) -> Intent | None:
    if event.type == pygame.QUIT:
        return Intent("quit")
    if event.type == pygame.KEYDOWN and raw_keys and _char(event):
        return Intent("key", _char(event))
    if event.type == pygame.KEYDOWN:
        return _key(event, text_mode)
    if event.type == pygame.TEXTINPUT and text_mode:
        return Intent("text", event.text)
    if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
        return Intent("click", event.pos)
    if event.type == pygame.MOUSEMOTION:
        return Intent("move", event.pos)
    if event.type == pygame.MOUSEWHEEL and event.y:
        return Intent("zoom_in" if event.y > 0 else "zoom_out")
    return None


def _key(event, text_mode: bool) -> Intent | None:
    key = event.key
    if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
        return Intent("confirm")
    if key == pygame.K_ESCAPE:
        return Intent("back")
    if key == pygame.K_F2:
        return Intent("toggle_lang")
    if key == pygame.K_F1:
        return Intent("help")
    if key == pygame.K_F3:
        return Intent("settings")
    if key == pygame.K_F11:
        return Intent("fullscreen")
    if key == pygame.K_TAB:
        return Intent("prev" if event.mod & pygame.KMOD_SHIFT else "next")
    if key in _ARROWS:
        return Intent("prev" if key in (pygame.K_UP, pygame.K_LEFT) else "next", _ARROWS[key])
    if text_mode:
        return Intent("backspace") if key == pygame.K_BACKSPACE else None
    if key in (pygame.K_BACKSPACE, pygame.K_DELETE):
        return Intent("undo")   # change my answer, also where its button has no room (200 % text)
    if key in _NUMBER_KEYS:
        return Intent("choose", _NUMBER_KEYS[key])
    if key == pygame.K_SPACE:
        return Intent("confirm")
    if key == pygame.K_r:
        return Intent("replay")
    if key == pygame.K_n:
        return Intent("narrate")
    if key == pygame.K_p:
        return Intent("pause")
    if key == pygame.K_t:
        return Intent("transcript")
    if key == pygame.K_z:
        return Intent("magnify")
    if key == pygame.K_j:
        return Intent("join")   # the phones' join screen in a classroom round
    if key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
        return Intent("zoom_in")
    if key in (pygame.K_MINUS, pygame.K_KP_MINUS):
        return Intent("zoom_out")
    return None


def _char(event) -> str:
    """The character a key press stands for ('' for Enter, Esc, arrows, F-keys...)."""
    name = event.unicode if event.unicode and event.unicode.isprintable() else pygame.key.name(event.key)
    if event.key == pygame.K_SPACE:
        return " "
    if event.key in _NUMBER_KEYS:
        return str(_NUMBER_KEYS[event.key])
    if event.key == pygame.K_0 or event.key == pygame.K_KP0:
        return "0"
    return name.lower() if len(name) == 1 and name.isprintable() else ""
