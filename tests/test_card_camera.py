"""Answer cards from files standing in for the camera: sources, the reading thread, the probe."""
from __future__ import annotations

import threading
import time

import cv2
import numpy
import pytest

from game.cards.markers import dictionary
from game.cards.reader import CardReader, edge_on_top
from game.cards.sources import FileSource, FrameSource, SourceError, source_for, source_problem
from game.cards.worker import ScanWorker
from game.core.cards import CardScan

TURNS = {"A": 0, "B": 1, "C": 2, "D": 3}   # numpy.rot90 turns counter-clockwise: B comes on top


def room(cards: dict[int, str]) -> numpy.ndarray:
    """A grey 1280x720 room with each card's marker (100 px, white margin) turned to its edge."""
    canvas = numpy.full((720, 1280), 170, numpy.uint8)
    for slot, (card, edge) in enumerate(sorted(cards.items())):
        marker = numpy.full((140, 140), 255, numpy.uint8)
        marker[20:120, 20:120] = cv2.aruco.generateImageMarker(dictionary(), card - 1, 100)
        y, x = 40 + (slot // 7) * 170, 40 + (slot % 7) * 175
        canvas[y:y + 140, x:x + 140] = numpy.rot90(marker, TURNS[edge])
    return canvas


def wait_for(worker: ScanWorker, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while worker.running and time.monotonic() < deadline:
        time.sleep(0.01)


def test_the_edge_on_top_follows_the_turn_and_a_diagonal_gives_none():
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]            # printed top on top
    assert edge_on_top(square) == "A"
    assert edge_on_top(square[1:] + square[:1]) == "D"       # its top-right corner listed first: turned left
    diamond = [(5, 0), (10, 5), (5, 10), (0, 5)]             # 45 degrees: no edge is on top
    assert edge_on_top(diamond) is None


def test_every_card_and_edge_is_read_from_a_picture_file(tmp_path):
    answers = {1: "A", 2: "B", 3: "C", 4: "D", 17: "C", 30: "A"}
    path = tmp_path / "room.png"
    cv2.imwrite(str(path), room(answers))
    source = FileSource([path], repeat=1)
    readings = CardReader(30).read(source.frame())
    assert {r.card: r.edge for r in readings} == answers
    with pytest.raises(SourceError):
        source.frame()                                   # the end of the pictures


def test_a_card_number_above_those_printed_is_not_read():
    assert [r.card for r in CardReader(3).read(room({2: "A", 9: "A"}))] == [2]


def test_the_worker_reads_in_a_thread_and_a_turned_card_counts_where_it_ended():
    frames = [room({5: "A", 6: "A"}), room({5: "C", 6: "A"})]
    worker = ScanWorker(FrameSource(frames, repeat=3), cards=30, max_fps=200, preview=True)
    worker.start()
    wait_for(worker)
    scan = CardScan("judge", cards=30)
    for at, readings in worker.take():
        scan.add_frame(readings, at)
    assert {v.card: v.answer for v in scan.votes()} == {5: "manipulated", 6: "real"}
    assert worker.error == "end of the pictures" and worker.frames_read == 6
    pixels, width, height, seen = worker.preview()
    assert (width, height) == (640, 360) and len(pixels) == width * height * 3 and len(seen) == 2
    assert not any(t.name == "card-reader" for t in threading.enumerate())


def test_stop_ends_the_thread_on_a_looping_source(tmp_path):
    path = tmp_path / "room.jpg"
    cv2.imwrite(str(path), room({1: "A"}))
    worker = ScanWorker(source_for([path]), cards=10)
    worker.start()
    time.sleep(0.3)
    assert worker.running and worker.take()
    worker.stop()
    assert not worker.running and worker.error is None


def test_what_cannot_be_read_says_why(tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    assert "not a picture that can be read" in source_problem([broken])
    assert "No such file" in source_problem([tmp_path / "missing.png"]) or "missing.png" in source_problem(
        [tmp_path / "missing.png"])
    assert "not a picture or video" in source_problem([tmp_path / "notes.txt"])
    assert source_problem(99) == "no camera found (camera 99)"
    good = tmp_path / "room.png"
    cv2.imwrite(str(good), room({1: "A"}))
    assert source_problem([good]) is None
