"""Answer cards on the camera: the printed cards, the camera, and reading the room.

- ``markers``: the marker dictionary and each card's marker pattern.
- ``printing``: the card PDF (A4 or Letter, one or two per page) and the organiser's guide.
- ``reader``: every card in a frame, with the edge held on top (``game.core.cards.Reading``).
- ``sources``: frames from the webcam, or from picture and video files.
- ``worker``: reads frames in a thread, so the projector stays smooth.
- ``roomphoto``: synthetic photographs of a room holding up cards (tests, demo, benchmark).

What the readings mean (answers, stable readings, duplicates, teams) is pure Python in
``game.core.cards``. OpenCV and numpy are imported only here, and only when cards are used.
"""
