"""``main.py cards print`` writes the PDF; ``main.py cards read`` lists the cards a photo shows."""
from __future__ import annotations

import json

from game.cli import main


def test_cards_print_writes_the_pdf_it_is_asked_for(tmp_path, capsys):
    import pypdfium2

    out = tmp_path / "print" / "cards.pdf"
    assert main(["cards", "print", "--count", "5", "--paper", "letter", "--per-page", "2", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    document = pypdfium2.PdfDocument(str(out))
    assert len(document) == 1 + 3 and document[1].get_size() == (792, 612)
    document.close()


def test_cards_print_refuses_61_cards(tmp_path, capsys):
    assert main(["cards", "print", "--count", "61", "--out", str(tmp_path / "cards.pdf")]) == 2
    assert "61" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_cards_read_lists_each_card_and_its_edge(tmp_path, capsys):
    import cv2

    from game.cards.roomphoto import room_photo

    image, truth = room_photo({3: "A", 17: "C", 42: "B"}, seed=4)
    photo = tmp_path / "房间.jpg"                 # a Chinese file name, as a presenter's photo may have
    assert cv2.imencode(".jpg", image)[1].tofile(str(photo)) is None
    assert main(["cards", "read", str(photo), "--cards", "60", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["files"][str(photo)]
    assert found == {"3": {"A": 1}, "17": {"C": 1}, "42": {"B": 1}}
    assert main(["cards", "read", str(photo), "--cards", "20"]) == 0   # 42 was not printed: a misreading
    text = capsys.readouterr().out
    assert "2 cards in 1 frame" in text and "card 17: C on top" in text and "card 42" not in text


def test_cards_read_says_which_file_it_cannot_read(tmp_path, capsys):
    broken = tmp_path / "room.jpg"
    broken.write_bytes(b"not a picture")
    assert main(["cards", "read", str(broken), str(tmp_path / "notes.txt")]) == 1
    err = capsys.readouterr().err
    assert "room.jpg" in err and "notes.txt" in err


def test_cards_read_gives_each_cards_last_edge_in_a_video(tmp_path, capsys):
    import cv2

    from game.cards.roomphoto import room_sequence

    images, truth = room_sequence(seed=2, frames=8, cards=12)
    video = tmp_path / "room.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 5, (1280, 720))
    assert writer.isOpened()          # MJPG in .avi is built into every OpenCV
    for image in images:
        writer.write(image)
    writer.release()
    assert main(["cards", "read", str(video), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["last"][str(video)] == {str(t.card): t.edge for t in truth}
    assert any(len(edges) > 1 for edges in report["files"][str(video)].values())    # some cards turned
