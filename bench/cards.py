"""Answer cards: how many cards the reader gets right in synthetic room photos, and how many
frames a second it reads on one thread (the webcam's 1280x720, and 1920x1080)."""
from __future__ import annotations

import time


def card_figures(quick: bool) -> dict:
    """``cards_read_share`` (unhidden cards read with the right edge), ``cards_wrong_readings``
    (a card read with another edge, or a number not in the photo), frames a second at 720p
    and 1080p; with the counts behind them."""
    import cv2

    from game.cards.reader import CardReader
    from game.cards.roomphoto import card_pictures, random_room

    card_pictures()                     # rendering the PDF once is not the reader's time
    reader = CardReader(60)
    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)                # one thread: the other core draws the game
    try:
        rooms_720 = [random_room(seed, (1280, 720)) for seed in range(4 if quick else 30)]
        rooms_1080 = [random_room(seed, (1920, 1080)) for seed in range(100, 102 if quick else 115)]
        shown = right = wrong = 0
        for image, truth in rooms_720 + rooms_1080:
            counts = _score(reader.read(image), truth)
            shown, right, wrong = shown + counts[0], right + counts[1], wrong + counts[2]
        fps_720 = _frames_a_second(reader, [image for image, _ in rooms_720], 1.0 if quick else 4.0)
        fps_1080 = _frames_a_second(reader, [image for image, _ in rooms_1080], 1.0 if quick else 4.0)
    finally:
        cv2.setNumThreads(threads)
    return {"cards_read_share": right / shown, "cards_wrong_readings": wrong, "cards_shown": shown,
            "cards_rooms": len(rooms_720) + len(rooms_1080), "cards_fps_720p": fps_720, "cards_fps_1080p": fps_1080}


def _score(readings, truth) -> tuple[int, int, int]:
    """(unhidden cards, those read once with the right edge, wrong readings)."""
    edges = {t.card: t.edge for t in truth}
    seen: dict[int, list[str]] = {}
    for reading in readings:
        seen.setdefault(reading.card, []).append(reading.edge)
    wrong = sum(1 for card, got in seen.items() for edge in got if edges.get(card) != edge)
    unhidden = [t for t in truth if not t.occluded]
    return len(unhidden), sum(seen.get(t.card) == [t.edge] for t in unhidden), wrong


def _frames_a_second(reader, images: list, seconds: float) -> float:
    """Frames read a second, over the photos in turn for about ``seconds``."""
    reader.read(images[0])              # the first call sets up buffers
    frames, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        reader.read(images[frames % len(images)])
        frames += 1
    return frames / (time.perf_counter() - started)
