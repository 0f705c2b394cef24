"""Draw the answer cards' pictures for the docs: docs/cards/card.png (card 1 of the printed PDF,
rendered back with pypdfium2) and docs/cards/room-read.png (a synthetic room photo with what
the reader found drawn on it: green, read with the right edge; red, missed; orange, a card
partly hidden; magenta, a wrong reading).

    .venv/bin/python tools/make_card_pictures.py

Deterministic: the same files every run.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run as a script from anywhere

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cards"
ROOM_SEED = 9


def card_picture(path: Path) -> None:
    import pypdfium2

    from game.cards.printing import write_cards

    with tempfile.TemporaryDirectory() as folder:
        pdf = write_cards(Path(folder) / "cards.pdf", 1, "a4", 1)
        document = pypdfium2.PdfDocument(str(pdf))
        document[1].render(scale=1.2).to_pil().save(path, optimize=True)
        document.close()


def room_picture(path: Path) -> str:
    import cv2

    from game.cards.reader import CardReader
    from game.cards.roomphoto import random_room

    image, truth = random_room(ROOM_SEED, (1280, 720))
    readings = CardReader(60).read(image)
    edges = {t.card: t.edge for t in truth}
    read = {r.card: r for r in readings}
    for card in truth:
        colour = (0, 140, 255) if card.occluded else (0, 0, 255)
        if card.card in read and read[card.card].edge == card.edge:
            continue
        half = int(card.size * 0.7)
        cv2.rectangle(image, (int(card.x) - half, int(card.y) - half), (int(card.x) + half, int(card.y) + half), colour, 3)
    for reading in readings:
        colour = (0, 200, 0) if edges.get(reading.card) == reading.edge else (255, 0, 255)
        half = int(reading.size * 0.6)
        x, y = int(reading.x), int(reading.y)
        cv2.rectangle(image, (x - half, y - half), (x + half, y + half), colour, 2)
        label = f"{reading.card} {reading.edge}"
        cv2.putText(image, label, (x - half, y - half - 4), cv2.FONT_HERSHEY_SIMPLEX, 0.55, (0, 0, 0), 4, cv2.LINE_AA)
        cv2.putText(image, label, (x - half, y - half - 4), cv2.FONT_HERSHEY_SIMPLEX, 0.55, colour, 2, cv2.LINE_AA)
    from PIL import Image

    # 256 colours: the photo's sensor noise would make a full-colour PNG about 1 MB.
    Image.fromarray(image[:, :, ::-1]).quantize(256).save(path, optimize=True)
    right = sum(1 for r in readings if edges.get(r.card) == r.edge)
    return f"{right} of {len(truth)} cards read right ({sum(t.occluded for t in truth)} partly hidden), " \
           f"{len(readings) - right} wrong"


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    card_picture(DOCS / "card.png")
    print(DOCS / "card.png")
    print(DOCS / "room-read.png", room_picture(DOCS / "room-read.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
