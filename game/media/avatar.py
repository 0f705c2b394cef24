"""Drawn faces for call participants, with a mouth that moves with the speech, and call effects.

The face is drawn, never a photo: no real person is imitated. Effects show what
a face-swap can look like; none of them flashes more than three times a second.
"""
from __future__ import annotations

import array
import hashlib
import math
import wave
from pathlib import Path

import pygame

SKIN = [(241, 204, 170), (224, 180, 140), (198, 150, 110), (236, 196, 160)]
HAIR = [(40, 30, 25), (90, 70, 50), (200, 200, 205), (60, 45, 35)]
SHIRT = [(60, 90, 150), (150, 70, 60), (70, 120, 90), (90, 90, 100)]
STEP = 1 / 30
EFFECT_HZ = 2.0   # shimmer speed: well under the three-flashes-a-second limit


def envelope(path: Path) -> list[float]:
    """Loudness (0..1) of a 16-bit WAV every 1/30 s, for the mouth."""
    with wave.open(str(path)) as sound:
        rate, channels = sound.getframerate(), sound.getnchannels()
        samples = array.array("h", sound.readframes(sound.getnframes()))
    window = max(1, int(rate * STEP)) * channels
    levels = []
    for start in range(0, len(samples), window):
        chunk = samples[start:start + window]
        levels.append((sum(s * s for s in chunk[::4]) / max(1, len(chunk[::4]))) ** 0.5)
    top = max(levels, default=1) or 1
    return [min(1.0, level / top * 1.2) for level in levels]


def mouth_at(levels: list[float], seconds: float) -> float:
    index = int(seconds / STEP)
    return levels[index] if 0 <= index < len(levels) else 0.0


def _pick(palette, person_id: str, salt: str):
    digest = hashlib.sha256((person_id + salt).encode()).digest()
    return palette[digest[0] % len(palette)]


GREY = (205, 205, 210)


def _shape(person_id: str) -> tuple[float, float, float, float, bool]:
    """Features that follow the id: face width and height, how low the hair comes, how far apart
    the eyes are, and glasses."""
    digest = hashlib.sha256((person_id + "shape").encode()).digest()
    return (0.9 + digest[0] / 255 * 0.2, 0.92 + digest[1] / 255 * 0.14, 0.36 + digest[2] / 255 * 0.12,
            0.17 + digest[3] / 255 * 0.07, digest[4] % 3 == 0)
LONG_HAIR = ("woman", "older_woman", "girl")
CHILD = ("girl", "boy")


def draw_face(surface: pygame.Surface, box: pygame.Rect, person_id: str, mouth: float,
              effect: str | None = None, time: float = 0.0, look: str | None = None) -> None:
    """A person in ``box``: background, shoulders, face, hair, eyes and a talking mouth.

    ``look`` (woman, man, older_woman, older_man, girl, boy) sets long or short hair,
    grey hair and a child's smaller face; without it the look comes from the id.
    """
    pane = pygame.Surface(box.size)
    pane.fill((52, 60, 76))
    w, h = box.size
    small = 0.85 if look in CHILD else 1.0
    shape = _shape(person_id)   # two people in one conference never share a face
    face = pygame.Rect(0, 0, int(w * 0.34 * small * shape[0]), int(h * 0.52 * small * shape[1]))
    face.center = (w // 2, int(h * (0.47 if look in CHILD else 0.45)))
    skin, hair, shirt = _pick(SKIN, person_id, "s"), _pick(HAIR, person_id, "h"), _pick(SHIRT, person_id, "c")
    if look in ("older_woman", "older_man"):
        hair = GREY
    elif look is not None and hair == HAIR[2]:
        hair = HAIR[0]   # grey is kept for older people when the look is given
    if look in LONG_HAIR:   # long hair falls behind the shoulders
        pygame.draw.ellipse(pane, hair, (face.left - face.width * 0.18, face.top - 6, face.width * 1.36, face.height * 1.25))
    pygame.draw.ellipse(pane, shirt, (w * 0.18, h * 0.78, w * 0.64, h * 0.5))
    pygame.draw.rect(pane, skin, (face.centerx - face.width * 0.15, face.bottom - 10, face.width * 0.3, h * 0.14))
    pygame.draw.ellipse(pane, skin, face)
    pygame.draw.ellipse(pane, hair, (face.left - 4, face.top - 6, face.width + 8, face.height * shape[2]))
    eye_y = face.top + face.height * 0.48
    for side in (-1, 1):
        eye = (int(face.centerx + side * face.width * shape[3]), int(eye_y))
        pygame.draw.circle(pane, (255, 255, 255), eye, max(3, face.width // 12))
        pygame.draw.circle(pane, (30, 30, 40), eye, max(2, face.width // 24))
        if shape[4]:   # glasses
            pygame.draw.circle(pane, (40, 40, 48), eye, max(5, face.width // 7), width=max(1, face.width // 40))
        brow = pygame.Rect(0, 0, face.width // 5, max(2, face.height // 30))
        brow.center = (eye[0], int(eye_y - face.height * 0.1))
        pygame.draw.rect(pane, hair if hair != GREY else (150, 150, 155), brow)
    mouth_w = face.width * 0.34
    mouth_h = max(3, face.height * 0.02 + face.height * 0.16 * mouth)
    pygame.draw.ellipse(pane, (150, 50, 60), (face.centerx - mouth_w / 2, face.top + face.height * 0.72, mouth_w, mouth_h))
    apply_effect(pane, face, effect, time)
    surface.blit(pane, box)


def draw_picture_face(surface: pygame.Surface, box: pygame.Rect, picture: pygame.Surface,
                      effect: str | None = None, time: float = 0.0) -> None:
    """A face from the pack (a picture or the current video frame), filling ``box``, with effects."""
    pane = pygame.transform.smoothscale(picture, box.size)
    w, h = box.size
    face = pygame.Rect(0, 0, int(w * 0.34), int(h * 0.52))
    face.center = (w // 2, int(h * 0.45))
    apply_effect(pane, face, effect, time)
    surface.blit(pane, box)


def apply_effect(pane: pygame.Surface, face: pygame.Rect, effect: str | None, time: float) -> None:
    if effect == "shimmer":  # the blended edge of a swapped face, slowly pulsing
        level = int(90 + 80 * (0.5 + 0.5 * math.sin(2 * math.pi * EFFECT_HZ * time)))
        ring = pygame.Surface(pane.get_size(), pygame.SRCALPHA)
        pygame.draw.ellipse(ring, (255, 240, 220, level), face.inflate(10, 10), width=8)
        pane.blit(ring, (0, 0))
    elif effect == "blocky":  # a "bad signal": coarse blocks, steady
        small = pygame.transform.scale(pane, (max(1, pane.get_width() // 14), max(1, pane.get_height() // 14)))
        pane.blit(pygame.transform.scale(small, pane.get_size()), (0, 0))
    elif effect == "smear":  # a hand crosses the face, which smears where it passes
        progress = (time % 2.0) / 2.0
        hand = pygame.Rect(0, 0, face.width // 2, int(face.height * 0.7))
        hand.center = (int(face.left - hand.width + progress * (face.width + 2 * hand.width)), face.centery)
        region = face.clip(hand.inflate(hand.width, 0))
        if region.width > 2 and region.height > 2:
            part = pane.subsurface(region).copy()
            blurred = pygame.transform.smoothscale(
                pygame.transform.smoothscale(part, (max(1, region.width // 8), max(1, region.height // 8))), region.size)
            pane.blit(blurred, region)
        pygame.draw.rect(pane, (230, 190, 160), hand, border_radius=hand.width // 3)
