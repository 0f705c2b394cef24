"""Synthetic photographs of a room holding up answer cards: for the tests, the demo and the
benchmark.

The cards are the game's own: ``printing.write_cards`` is rendered back with pypdfium2 and
each card cropped by ``printing.card_boxes``, so a change to the printout is what the
reader is tested on. A photo: a hall (gradient walls, windows, posters, striped jumpers,
people), the cards at random places not overlapping, markers 40 to 200 px across, each
turned so a chosen edge is on top (plus up to 20 degrees either way), tilted up to 45
degrees out of the picture, some partly hidden by a hand or a head (flagged ``occluded``),
then uneven light, blur, sensor noise and JPEG. Everything is drawn from one seeded
``random.Random``: the same seed gives the same photo.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import lru_cache

from game.core.cards import EDGES, MAX_CARDS

MARKER_PIXELS = 220          # the marker's side in the rendered card images (the largest drawn is 200)
SMALLEST, LARGEST = 40, 200  # marker sides in the photos, pixels
JITTER = 20.0                # degrees either way around the quarter turn
TILT = 45.0                  # the most a card leans out of the picture, degrees


@dataclass(frozen=True)
class CardTruth:
    """What is in a photo: card ``card`` with ``edge`` on top, its marker's centre (x, y) and
    side in pixels; ``occluded`` when something covers part of its marker."""

    card: int
    edge: str
    x: float
    y: float
    size: float
    occluded: bool = False


@dataclass(frozen=True)
class CardPose:
    """How one card is held: where its marker's centre is, how big, turned and tilted."""

    card: int
    edge: str
    x: float
    y: float
    size: float
    jitter: float          # degrees, clockwise as seen
    tilt: float            # degrees out of the picture
    tilt_axis: float       # degrees: the direction of the axis it leans about
    occluder: tuple | None = None   # (dx, dy, rx, ry) of a skin blob, in marker sides from its centre


# ---- the cards, rendered from the game's own PDF --------------------------------------------

@lru_cache(maxsize=2)
def card_pictures(count: int = MAX_CARDS) -> tuple:
    """Cards 1..``count`` as grey images (numpy, white paper 255), each with its marker's
    rectangle (x, y, side) in that image: ``((image, marker), ...)``, index card - 1. Rendered
    once per process: the PDF takes a second or two."""
    import tempfile
    from pathlib import Path

    import numpy
    import pypdfium2

    from game.cards.printing import card_boxes, write_cards

    boxes = card_boxes(count, "a4", 2, guide=False)
    scale = MARKER_PIXELS / boxes[0].marker_rect[2]
    pictures = []
    with tempfile.TemporaryDirectory() as folder:
        path = write_cards(Path(folder) / "cards.pdf", count, "a4", 2, guide=False)
        document = pypdfium2.PdfDocument(str(path))
        try:
            pages = {}
            for box in boxes:
                if box.page not in pages:
                    bitmap = document[box.page].render(scale=scale, grayscale=True)
                    pages[box.page] = numpy.array(bitmap.to_pil().convert("L"))
                page = pages[box.page]
                x, y, width, height = (round(v * scale) for v in box.card_rect)
                mx, my, side, _ = (v * scale for v in box.marker_rect)
                pictures.append((page[y:y + height, x:x + width].copy(), (mx - x, my - y, side)))
        finally:
            document.close()
    return tuple(pictures)


# ---- photos ---------------------------------------------------------------------------------

def room_photo(answers: dict[int, str], seed: int, size: tuple[int, int] = (1280, 720),
               occluded: float = 0.0, quality: tuple[int, int] = (60, 92)):
    """The room answering: each card of ``answers`` (card -> edge on top) held up somewhere.
    ``occluded``: the share of cards partly hidden. Returns (BGR image, [CardTruth]). Cards are
    made smaller until all fit; a card that still finds no room (45 to 50 fit in 1280 x 720,
    all 60 in 1920 x 1080) is left out of both (check the truth)."""
    for smaller in (1.0, 0.8, 0.65, 0.5):
        # A crowded room: smaller cards (people further back) until every card finds room.
        rng = random.Random(f"{seed}-{smaller}")
        poses = place_cards(answers, rng, size, occluded, sizes=smaller)
        if len(poses) == len(answers):
            break
    return _photo(poses, rng, size, quality), truth_of(poses)


def random_room(seed: int, size: tuple[int, int] = (1280, 720), cards: tuple[int, int] = (30, 60),
                occluded: float = 0.1, printed: int = MAX_CARDS, markers: tuple[float, float] = (SMALLEST, LARGEST)):
    """A room of ``cards`` (a range) people with random cards of 1..``printed`` and random
    edges, their markers ``markers`` (smallest, largest) pixels across; returns (BGR image,
    [CardTruth])."""
    rng = random.Random(seed)
    chosen = rng.sample(range(1, printed + 1), min(printed, rng.randint(*cards)))
    answers = {card: rng.choice(EDGES) for card in chosen}
    poses = place_cards(answers, rng, size, occluded, markers=markers)
    return _photo(poses, rng, size, (60, 92)), truth_of(poses)


def empty_room(seed: int, size: tuple[int, int] = (1280, 720)):
    """A room with people and no cards (BGR image): nothing in it may be read as a card."""
    rng = random.Random(seed)
    return _photo([], rng, size, (60, 92))


def room_sequence(seed: int, frames: int = 8, size: tuple[int, int] = (1280, 720),
                  cards: int = 20, turning: float = 0.4):
    """Frames of one room where the cards drift slowly and a share ``turning`` of them turn to
    a new edge half-way (one frame at the half-way angle, which mostly reads as nothing).
    Returns ([BGR images], [CardTruth] as the last frame shows them)."""
    rng = random.Random(seed)
    chosen = rng.sample(range(1, MAX_CARDS + 1), cards)
    # Far enough apart that two cards drifting towards each other never touch.
    poses = place_cards({card: rng.choice(EDGES) for card in chosen}, rng, size, 0.0, spacing=4)
    finals = []
    for pose in poses:
        if rng.random() < turning:
            finals.append(_replace(pose, edge=rng.choice([e for e in EDGES if e != pose.edge])))
        else:
            finals.append(pose)
    drifts = [(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in poses]   # pixels a frame
    background_seed = rng.random()
    images, shown = [], []
    for index in range(frames):
        shown = []
        for start, end, (drift_x, drift_y) in zip(poses, finals, drifts):
            if index < frames // 2 - 1:
                pose = start
            elif index == frames // 2 - 1 and start.edge != end.edge:
                pose = _replace(start, jitter=45.0 * _turn_direction(start.edge, end.edge))
            else:
                pose = end
            shown.append(_replace(pose, x=pose.x + drift_x * index, y=pose.y + drift_y * index))
        images.append(_photo(shown, random.Random(background_seed), size, (70, 92),
                             noise_rng=random.Random(f"{seed}-{index}")))
    return images, truth_of(shown and [_replace(end, x=s.x, y=s.y) for end, s in zip(finals, shown)])


def truth_of(poses: list[CardPose]) -> list[CardTruth]:
    return [CardTruth(p.card, p.edge, p.x, p.y, p.size, p.occluder is not None) for p in poses]


def place_cards(answers: dict[int, str], rng: random.Random, size: tuple[int, int], occluded: float,
                spacing: float = 1.0, sizes: float = 1.0,
                markers: tuple[float, float] = (SMALLEST, LARGEST)) -> list[CardPose]:
    """A pose for each card, none overlapping another (nor the picture's edge): nearer the top
    of the picture (further from the camera) smaller. Cards that find no place after many
    tries are left out."""
    width, height = size
    smallest, largest = markers
    taken: list[tuple[float, float, float, float]] = []   # the placed cards' boxes
    poses = []
    # Sizes the room has space for: most cards small (the back rows), a few big at the front.
    usual = min(largest, max(smallest * 1.5, 0.5 * sizes * math.sqrt(width * height / max(1, len(answers)))))
    gap = 4 * spacing
    wishes = []      # where each card would be and how big: the biggest are placed first
    for card, edge in answers.items():
        y = rng.uniform(0.12, 0.92) * height
        depth = (y / height - 0.12) / 0.8              # 0 at the back, 1 at the front
        if depth > 0.6 and rng.random() < 0.1:
            side = rng.uniform(usual, min(largest, usual * 1.8))
        else:
            side = smallest + (usual - smallest) * depth * rng.uniform(0.5, 1.2)
        wishes.append((max(smallest, min(largest, side)), y, card, edge))
    wishes.sort(key=lambda wish: -wish[0])
    for wanted, wanted_y, card, edge in wishes:
        tilt = rng.uniform(0, TILT) if rng.random() < 0.7 else 0.0
        jitter, axis = rng.uniform(-JITTER, JITTER), rng.uniform(0, 180)
        for attempt in range(400):
            # First near where it wanted to be; crowded, anywhere and smaller.
            y = wanted_y if attempt < 50 else rng.uniform(0.05, 0.95) * height
            side = max(smallest, wanted * max(0.2, 1.0 - max(0, attempt - 50) / 150))
            pose = CardPose(card, edge, rng.uniform(0, width), y, side, jitter, tilt, axis)
            box = _card_box(pose, gap)
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            if inside and not any(_overlap(box, other) for other in taken):
                break
        else:
            continue
        taken.append(box)
        if rng.random() < occluded:
            angle = rng.uniform(0, 2 * math.pi)
            reach = rng.uniform(0.25, 0.45)
            pose = _replace(pose, occluder=(math.cos(angle) * reach, math.sin(angle) * reach,
                                            rng.uniform(0.2, 0.35), rng.uniform(0.25, 0.4)))
        poses.append(pose)
    return poses


@lru_cache(maxsize=1)
def card_shape() -> tuple[float, float]:
    """The card's width and height in marker sides (the cards drawn are two-a-page A4 ones)."""
    from game.cards.printing import card_boxes

    box = card_boxes(1, "a4", 2)[0]
    return box.card_rect[2] / box.marker_rect[2], box.card_rect[3] / box.marker_rect[2]


def _card_box(pose: CardPose, gap: float) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) the card takes in the picture, ``gap`` pixels wider."""
    wide, tall = card_shape()
    corners = [(-wide / 2, -tall / 2), (wide / 2, -tall / 2), (wide / 2, tall / 2), (-wide / 2, tall / 2)]
    points = _pose_points(corners, pose, pose.size)
    return (pose.x + float(points[:, 0].min()) - gap, pose.y + float(points[:, 1].min()) - gap,
            pose.x + float(points[:, 0].max()) + gap, pose.y + float(points[:, 1].max()) + gap)


def _overlap(one, other) -> bool:
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


def _replace(pose: CardPose, **changes) -> CardPose:
    from dataclasses import replace

    return replace(pose, **changes)


def _turn_direction(start: str, end: str) -> int:
    """+1 to turn clockwise from ``start`` to ``end`` (the shorter way), -1 the other way."""
    steps = (EDGES.index(start) - EDGES.index(end)) % 4
    return 1 if steps in (1, 2) else -1


# ---- drawing --------------------------------------------------------------------------------

def _photo(poses: list[CardPose], rng: random.Random, size: tuple[int, int], quality: tuple[int, int],
           noise_rng: random.Random | None = None):
    import cv2
    import numpy

    width, height = size
    image = _hall(rng, width, height)
    _people(image, rng, max(8, len(poses)))
    pictures = card_pictures(MAX_CARDS) if poses else ()
    for pose in poses:
        _paste_card(image, pictures[pose.card - 1], pose)
        if pose.occluder is not None:
            _occlude(image, pose, rng)
    noise = noise_rng or rng
    image = _uneven_light(image, noise)
    sigma = noise.uniform(0.0, 1.3)
    if sigma > 0.3:
        image = cv2.GaussianBlur(image, (0, 0), sigma)
    grain = numpy.random.default_rng(noise.randrange(2 ** 32)).standard_normal(image.shape, numpy.float32)
    grain *= noise.uniform(2, 7)
    grain += image
    image = cv2.convertScaleAbs(grain)        # rounds and clips to 0..255
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, noise.randint(*quality)])
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


def _hall(rng: random.Random, width: int, height: int):
    """Walls with a gradient, a floor, windows, doors, posters and a striped banner."""
    import cv2
    import numpy

    top = numpy.array([rng.uniform(120, 220) for _ in range(3)], numpy.float32)
    bottom = top * rng.uniform(0.4, 0.8)
    rows = numpy.linspace(0, 1, height, dtype=numpy.float32)[:, None]
    column = (top * (1 - rows) + bottom * rows).astype(numpy.uint8)[:, None, :]
    image = numpy.ascontiguousarray(numpy.repeat(column, width, axis=1))
    floor = int(height * rng.uniform(0.55, 0.75))
    cv2.rectangle(image, (0, floor), (width, height), _colour(rng, 40, 120), -1)
    for _ in range(rng.randint(2, 5)):                       # windows and doors
        x, w = rng.randrange(width), rng.randint(width // 20, width // 6)
        y, h = rng.randint(0, height // 4), rng.randint(height // 6, height // 2)
        cv2.rectangle(image, (x, y), (x + w, y + h), _colour(rng, 170, 255), -1)
        cv2.rectangle(image, (x, y), (x + w, y + h), _colour(rng, 20, 90), max(2, w // 30))
        cv2.line(image, (x + w // 2, y), (x + w // 2, y + h), _colour(rng, 20, 90), max(2, w // 40))
    for _ in range(rng.randint(2, 6)):                       # posters with lines of "text"
        x, y = rng.randrange(width), rng.randrange(height // 2)
        w, h = rng.randint(40, 160), rng.randint(50, 200)
        cv2.rectangle(image, (x, y), (x + w, y + h), _colour(rng, 180, 250), -1)
        for line in range(y + 8, y + h - 6, 9):
            cv2.line(image, (x + 6, line), (x + rng.randint(w // 3, w - 6), line), _colour(rng, 0, 80), 3)
    for _ in range(rng.randint(0, 2)):                       # a chequered or striped banner
        x, y, cell = rng.randrange(width), rng.randrange(height // 2), rng.randint(6, 20)
        for row in range(rng.randint(3, 8)):
            for column in range(rng.randint(6, 20)):
                if (row + column) % 2 == 0:
                    cv2.rectangle(image, (x + column * cell, y + row * cell),
                                  (x + column * cell + cell, y + row * cell + cell), (20, 20, 20), -1)
    return image


def _people(image, rng: random.Random, count: int) -> None:
    """Heads and shoulders in rows, some in striped or chequered jumpers."""
    import cv2

    height, width = image.shape[:2]
    for _ in range(count):
        y = rng.uniform(0.25, 1.0) * height
        scale = 20 + 90 * (y / height) * rng.uniform(0.8, 1.2)
        x = rng.uniform(0, width)
        body = (int(x), int(y + scale * 1.3))
        cv2.ellipse(image, body, (int(scale * 1.1), int(scale * 1.0)), 0, 0, 360, _colour(rng, 10, 230), -1)
        if rng.random() < 0.3:                               # a striped jumper
            stripe = max(3, int(scale / 6))
            for row in range(body[1] - int(scale * 0.9), body[1] + int(scale), stripe * 2):
                cv2.line(image, (body[0] - int(scale), row), (body[0] + int(scale), row), _colour(rng, 0, 60), stripe)
        cv2.ellipse(image, (int(x), int(y)), (int(scale * 0.42), int(scale * 0.52)), 0, 0, 360, _skin(rng), -1)
        cv2.ellipse(image, (int(x), int(y - scale * 0.2)), (int(scale * 0.45), int(scale * 0.35)), 0, 180, 360,
                    _colour(rng, 10, 90), -1)


def _paste_card(image, picture, pose: CardPose) -> None:
    """Card ``picture`` (grey image and marker rectangle) warped into ``image`` as ``pose`` holds it."""
    import cv2
    import numpy

    card, (mx, my, side) = picture
    scale = pose.size / side
    # Shrink with area averaging first (a plain warp from 220 px to 40 px would alias).
    small = cv2.resize(card, None, fx=max(scale * 1.5, 0.02), fy=max(scale * 1.5, 0.02), interpolation=cv2.INTER_AREA) \
        if scale < 0.6 else card
    factor = small.shape[1] / card.shape[1]
    h, w = small.shape
    centre_x, centre_y = (mx + side / 2) * factor, (my + side / 2) * factor
    corners = numpy.array([[0, 0], [w, 0], [w, h], [0, h]], numpy.float32)
    placed = _pose_points(corners - [centre_x, centre_y], pose, pose.size / (side * factor))
    placed += [pose.x, pose.y]
    x0, y0 = numpy.floor(placed.min(axis=0)).astype(int)
    x1, y1 = numpy.ceil(placed.max(axis=0)).astype(int)
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, image.shape[1]), min(y1, image.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    matrix = cv2.getPerspectiveTransform(corners, (placed - [x0, y0]).astype(numpy.float32))
    region = (x1 - x0, y1 - y0)
    warped = cv2.warpPerspective(small, matrix, region, flags=cv2.INTER_LINEAR, borderValue=0)
    mask = cv2.warpPerspective(numpy.full_like(small, 255), matrix, region, flags=cv2.INTER_LINEAR, borderValue=0)
    # Paper is never pure white nor ink pure black under room light.
    paper, ink = _tones(pose)
    tones = ink + (warped.astype(numpy.float32) / 255) * (paper - ink)
    alpha = (mask.astype(numpy.float32) / 255)[:, :, None]
    target = image[y0:y1, x0:x1].astype(numpy.float32)
    image[y0:y1, x0:x1] = (target * (1 - alpha) + tones[:, :, None] * alpha).astype(numpy.uint8)


def _tones(pose: CardPose) -> tuple[float, float]:
    """The paper's and the ink's grey for a card: lit less when it leans away (no randomness:
    the pose says it)."""
    lean = math.cos(math.radians(pose.tilt))
    return 150 + 90 * lean, 25 + 15 * (1 - lean)


def _pose_points(points, pose: CardPose, scale: float):
    """Points of the card (pixels, from the marker's centre) turned, tilted and put in
    perspective as the pose holds the card; still centred on the marker."""
    import numpy

    points = numpy.asarray(points, numpy.float64) * scale
    # Turned so ``pose.edge`` is on top: edge B on top is the card turned a quarter
    # counter-clockwise as seen; the jitter turns it further clockwise.
    angle = math.radians(-90 * EDGES.index(pose.edge) + pose.jitter)
    cos, sin = math.cos(angle), math.sin(angle)
    turned = points @ numpy.array([[cos, sin], [-sin, cos]])
    # Leaning: the card turns about an axis in the picture; its far side shrinks in perspective.
    axis = math.radians(pose.tilt_axis)
    along = numpy.array([math.cos(axis), math.sin(axis)])
    across = numpy.array([-math.sin(axis), math.cos(axis)])
    a = turned @ along
    b = turned @ across
    tilt = math.radians(pose.tilt)
    depth = b * math.sin(tilt)
    distance = pose.size * 8          # the camera is far compared with the card: mild perspective
    factor = distance / (distance + depth)
    b = b * math.cos(tilt)
    return ((a[:, None] * along + b[:, None] * across) * factor[:, None]).astype(numpy.float32)


def _occlude(image, pose: CardPose, rng: random.Random) -> None:
    """A hand or head in front of part of the marker."""
    import cv2

    dx, dy, rx, ry = pose.occluder
    centre = (int(pose.x + dx * pose.size), int(pose.y + dy * pose.size))
    axes = (max(3, int(rx * pose.size)), max(3, int(ry * pose.size)))
    cv2.ellipse(image, centre, axes, rng.uniform(0, 180), 0, 360, _skin(rng), -1)


def _uneven_light(image, rng: random.Random):
    """Brighter and darker parts of the room: a smooth field from 0.55 to 1.15."""
    import cv2
    import numpy

    height, width = image.shape[:2]
    coarse = numpy.random.default_rng(rng.randrange(2 ** 32)).uniform(0.55, 1.15, (3, 4)).astype(numpy.float32)
    field = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC)
    return cv2.convertScaleAbs(image.astype(numpy.float32) * field[:, :, None])


def _colour(rng: random.Random, low: int, high: int) -> tuple[int, int, int]:
    return tuple(rng.randint(low, high) for _ in range(3))


def _skin(rng: random.Random) -> tuple[int, int, int]:
    tone = rng.uniform(0.55, 1.0)
    return (int(120 * tone), int(160 * tone), int(215 * tone))
