"""Every answer card in one camera frame: its number and the edge held on top.

OpenCV's ArUco detector finds the markers and gives each one's corners in the marker's own
order (its top-left, top-right, bottom-right, bottom-left as printed). The printed top is
edge A; the edge now nearest the top of the picture is the answer. A card held near 45
degrees, where two edges are equally "on top", gives no reading rather than a guess.
"""
from __future__ import annotations

import math

from game.core.cards import EDGES, Reading
from game.cards.markers import card_of, dictionary

AMBIGUOUS_DEGREES = 8.0   # within this of the half-way angle between two edges: no reading
SMALLEST_SIDE = 14.0      # pixels: a "marker" smaller than this is a misreading (a card number's
                          # strokes read as a 10 px marker in a synthetic room); real ones this
                          # small are read only some of the time anyway (16 px: 3 in 4)


class CardReader:
    """Reads frames; made once (the detector is costly to set up) and used from one thread."""

    def __init__(self, cards: int):
        import cv2

        self.cards = cards
        parameters = cv2.aruco.DetectorParameters()
        # Subpixel corners: the printed top is found from the corners, and a small card's
        # corners are only a few pixels apart.
        parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
        # Markers down to about 40 px across in a 1280-wide frame (the back of a hall).
        parameters.minMarkerPerimeterRate = 0.02
        # Each cell sampled from 8 x 8 pixels of the unwarped marker, not 4 x 4: a 20 px
        # marker's bits come out right far more often (tested on synthetic rooms with blur
        # and JPEG: 16 px 64 % -> 75 %, 20 px 79 % -> 92 %, 24 px 98 % -> 100 %, no wrong
        # reading either way, same speed). A lower threshold constant keeps the grey ink
        # of a dim, leaning card black.
        parameters.perspectiveRemovePixelPerCell = 8
        parameters.adaptiveThreshConstant = 5
        self.detector = cv2.aruco.ArucoDetector(dictionary(), parameters)

    def read(self, frame) -> list[Reading]:
        """The cards in ``frame`` (a numpy image: grey, or BGR as OpenCV gives it)."""
        import cv2

        grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        corners, ids, _ = self.detector.detectMarkers(grey)
        if ids is None:
            return []
        readings = []
        for quad, marker_id in zip(corners, ids.flatten()):
            card = card_of(int(marker_id))
            points = [(float(x), float(y)) for x, y in quad.reshape(4, 2)]
            edge = edge_on_top(points)
            if 1 <= card <= self.cards and edge is not None and _side(points) >= SMALLEST_SIDE:
                x = sum(p[0] for p in points) / 4
                y = sum(p[1] for p in points) / 4
                readings.append(Reading(card, edge, x, y, _side(points)))
        return readings


def edge_on_top(corners: list[tuple[float, float]]) -> str | None:
    """The card edge nearest the top of the picture, from the marker's corners in its own order
    (top-left, top-right, bottom-right, bottom-left as printed); None near a diagonal."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners
    # The printed "up": from the middle of the printed bottom edge to the middle of the top.
    up_x, up_y = (x0 + x1 - x2 - x3) / 2, (y0 + y1 - y2 - y3) / 2
    # Angle of the printed up, clockwise from the picture's up (y grows downwards).
    angle = math.degrees(math.atan2(up_x, -up_y)) % 360
    turn = round(angle / 90) % 4
    if abs(angle - 90 * round(angle / 90)) > 45 - AMBIGUOUS_DEGREES:
        return None
    # Turned clockwise by ``turn`` quarters, the edge on top is the one ``turn`` places
    # counter-clockwise of A: A, then D (turned a quarter right), C, B.
    return EDGES[(-turn) % 4]


def _side(corners: list[tuple[float, float]]) -> float:
    """The marker's mean side in pixels."""
    return sum(math.dist(corners[i], corners[(i + 1) % 4]) for i in range(4)) / 4
