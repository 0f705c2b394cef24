"""The reader on synthetic room photos made from the game's own card PDF: nearly every card
that is not hidden is read with the right edge, no card is ever read with a wrong edge or a
wrong number, empty rooms give nothing, and a moving, turning room ends on each card's last edge."""
from __future__ import annotations

import pytest

from game.cards.roomphoto import empty_room, random_room, room_photo, room_sequence
from game.core.cards import EDGES, CardScan


@pytest.fixture(scope="module")
def reader():
    from game.cards.reader import CardReader

    return CardReader(60)


def score_rooms(reader, seeds, size):
    """(unhidden cards, those read right, wrong readings as (seed, card, edges, truth))."""
    shown = right = 0
    wrong = []
    for seed in seeds:
        image, truth = random_room(seed, size)
        by_card = {}
        for reading in reader.read(image):
            by_card.setdefault(reading.card, []).append(reading.edge)
        edges = {t.card: t.edge for t in truth}
        wrong += [(seed, card, seen, edges.get(card)) for card, seen in by_card.items()
                  if card not in edges or set(seen) != {edges[card]}]
        for card in truth:
            if not card.occluded:
                shown += 1
                right += by_card.get(card.card) == [card.edge]
    return shown, right, wrong


def test_a_few_rooms_are_read_right(reader):
    shown, right, wrong = score_rooms(reader, range(4), (1280, 720))
    assert shown >= 100
    assert right / shown >= 0.99, (right, shown)
    assert wrong == []


@pytest.mark.slow
def test_a_thousand_cards_in_rooms_of_both_sizes_are_read_right(reader):
    shown_720, right_720, wrong_720 = score_rooms(reader, range(100, 124), (1280, 720))
    shown_1080, right_1080, wrong_1080 = score_rooms(reader, range(200, 216), (1920, 1080))
    shown, right = shown_720 + shown_1080, right_720 + right_1080
    assert shown >= 1000, shown
    assert right / shown >= 0.99, (right_720, shown_720, right_1080, shown_1080)
    assert wrong_720 + wrong_1080 == []


def test_rooms_have_the_cards_sizes_and_hidden_cards_asked_for():
    image, truth = random_room(7, (1280, 720), cards=(30, 60), occluded=0.2)
    assert image.shape == (720, 1280, 3)
    assert len(truth) >= 30 and len({t.card for t in truth}) == len(truth)
    assert all(40 <= t.size <= 200 for t in truth)
    assert 0 < sum(t.occluded for t in truth) < len(truth)
    sizes = [t.size for s in range(6) for t in random_room(s, (1920, 1080))[1]]
    assert min(sizes) < 50 and max(sizes) > 150          # from the back row to the front


def test_the_same_seed_gives_the_same_photo_and_another_seed_another():
    first, truth = room_photo({1: "A", 2: "B", 3: "C"}, seed=5)
    again, truth_again = room_photo({1: "A", 2: "B", 3: "C"}, seed=5)
    other, _ = room_photo({1: "A", 2: "B", 3: "C"}, seed=6)
    assert (first == again).all() and truth == truth_again
    assert (first != other).any()


def test_the_room_answering_shows_each_card_with_its_answer(reader):
    answers = {card: EDGES[card % 4] for card in range(1, 41)}
    image, truth = room_photo(answers, seed=3, size=(1280, 720))
    assert image.shape == (720, 1280, 3)
    assert {t.card: t.edge for t in truth} == answers                # all 40 found room
    assert not any(t.occluded for t in truth)
    read = {r.card: r.edge for r in reader.read(image)}
    assert read == answers


def test_hidden_markers_are_never_read_wrong(reader):
    for seed in range(3):
        image, truth = room_photo({card: EDGES[(card + seed) % 4] for card in range(1, 31)}, seed, occluded=1.0)
        assert all(t.occluded for t in truth)
        edges = {t.card: t.edge for t in truth}
        assert all(edges.get(r.card) == r.edge for r in reader.read(image))


def test_empty_rooms_give_no_reading(reader):
    for seed in range(12):
        assert reader.read(empty_room(seed)) == [], seed


@pytest.mark.slow
def test_fifty_empty_rooms_give_no_reading(reader):
    for seed in range(1000, 1050):
        assert reader.read(empty_room(seed, (1920, 1080) if seed % 2 else (1280, 720))) == [], seed


def scan_to_the_end(source, reader) -> CardScan:
    from game.cards.sources import SourceError

    scan = CardScan("action", options=4, cards=60)
    frame = 0
    while True:
        try:
            image = source.frame()
        except SourceError:
            return scan
        scan.add_frame(reader.read(image), at=frame / 10)
        frame += 1


def test_moving_and_turning_cards_end_on_their_last_edge_from_files(reader, tmp_path):
    import cv2

    from game.cards.sources import FileSource

    images, truth = room_sequence(seed=2, frames=8, cards=20)
    paths = []
    for index, image in enumerate(images):
        path = tmp_path / f"frame-{index:02d}.jpg"
        assert cv2.imwrite(str(path), image)
        paths.append(path)
    scan = scan_to_the_end(FileSource(paths, repeat=1), reader)
    assert scan.frames == 8
    final = {t.card: EDGES.index(t.edge) for t in truth}
    assert {v.card: v.answer for v in scan.votes()} == final
    first = scan_to_the_end(FileSource(paths[:3], repeat=1), reader)       # before the turn
    turned = [card for card, vote in ((v.card, v.answer) for v in first.votes()) if vote != final[card]]
    assert turned, "some cards turn half-way in this sequence"


def test_a_room_in_memory_ends_on_each_cards_last_edge(reader):
    from game.cards.sources import FrameSource

    images, truth = room_sequence(seed=9, frames=6, cards=25, turning=0.5)
    scan = scan_to_the_end(FrameSource(images, repeat=2), reader)
    assert {v.card: v.answer for v in scan.votes()} == {t.card: EDGES.index(t.edge) for t in truth}
    assert not scan.duplicates


def test_markers_28_pixels_across_are_read_as_the_guide_promises(reader):
    """The guide's room sizes (game/cards/printing.py) rest on this: 99 % of 28 px markers read."""
    shown = right = 0
    for seed in range(3):
        image, truth = random_room(seed, (1280, 720), occluded=0.0, markers=(28, 28))
        by_card = {}
        for reading in reader.read(image):
            by_card.setdefault(reading.card, []).append(reading.edge)
        edges = {t.card: t.edge for t in truth}
        assert all(card in edges and set(seen) == {edges[card]} for card, seen in by_card.items())
        shown += len(truth)
        right += sum(by_card.get(t.card) == [t.edge] for t in truth)
    assert shown >= 100 and right / shown >= 0.99, (right, shown)
