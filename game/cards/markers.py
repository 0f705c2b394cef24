"""The marker on each card: OpenCV's ArUco 4x4 dictionary, card n carrying marker n - 1.

4x4 markers have the largest cells of any ArUco or AprilTag family (6 x 6 cells with the
black border), so they are still read when a card is 40 pixels across at the back of a
hall; 100 codes are more than the 60 cards, and readings above the number of cards
printed are thrown away, which keeps misreadings of a patterned jumper out.
"""
from __future__ import annotations

DICTIONARY = "DICT_4X4_100"
CELLS = 6            # marker cells across, with the black border
QUIET_CELLS = 1      # white margin around the marker the detector needs, in cells


def dictionary():
    import cv2

    return cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, DICTIONARY))


def marker_cells(card: int) -> list[list[bool]]:
    """Card ``card``'s marker as rows of cells, True for black, border included."""
    import cv2

    image = cv2.aruco.generateImageMarker(dictionary(), card - 1, CELLS)
    return [[bool(value < 128) for value in row] for row in image]


def card_of(marker_id: int) -> int:
    return marker_id + 1
