"""The card PDF: pages and sizes, the guide in both languages, nothing off the page or over the
marker's quiet zone, and every card read back by the game's own reader with each edge on top."""
from __future__ import annotations

import math

import pytest

from game.cards.printing import CM, PAPERS, card_boxes, write_cards
from game.core.cards import EDGES


def pdf_pages(path):
    import pypdfium2

    return pypdfium2.PdfDocument(str(path))


def page_text(page) -> str:
    text = page.get_textpage()
    return text.get_text_range()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("per_page", [1, 2])
@pytest.mark.parametrize("count", [1, 60])
def test_pages_and_page_sizes(tmp_path, paper, per_page, count):
    path = write_cards(tmp_path / "cards.pdf", count, paper, per_page)
    document = pdf_pages(path)
    assert len(document) == 1 + math.ceil(count / per_page)
    width, height = PAPERS[paper]
    assert document[0].get_size() == pytest.approx((width, height), abs=0.5)          # the guide: portrait
    card_page = (width, height) if per_page == 1 else (height, width)                   # two a page: landscape
    assert all(document[i].get_size() == pytest.approx(card_page, abs=0.5) for i in range(1, len(document)))
    assert not list(tmp_path.glob("*.part"))
    document.close()


@pytest.mark.parametrize("count", [0, 61, -3])
def test_a_card_count_outside_1_to_60_is_refused_and_nothing_written(tmp_path, count):
    with pytest.raises(ValueError, match=str(count)):
        write_cards(tmp_path / "cards.pdf", count)
    assert not list(tmp_path.iterdir())


def test_paper_and_cards_a_page_are_checked(tmp_path):
    with pytest.raises(ValueError, match="paper"):
        write_cards(tmp_path / "cards.pdf", 3, paper="a5")
    with pytest.raises(ValueError, match="1 or 2"):
        card_boxes(3, "a4", 3)


def test_the_guide_page_says_how_to_hold_the_card_and_where_the_camera_goes_in_both_languages(tmp_path):
    document = pdf_pages(write_cards(tmp_path / "cards.pdf", 2))
    lines = page_text(document[0]).split()
    chinese, english = "".join(lines), " ".join(lines)     # Chinese lines wrap mid-phrase
    for words in ("答题卡使用说明", "怎样举卡", "正面", "朝上", "不要挡住", "摄像头放在房间前面", "房间多大", "米"):
        assert words in chinese, words
    for words in ("How to hold the card", "your answer's edge is on top", "must not cover", "front of the room",
                  "higher than people's heads", "How big a room", "metres", "main.py cards read"):
        assert words in english, words
    assert "答题卡" not in page_text(document[1])        # the guide is one page, the cards come after
    document.close()


def test_a_file_without_the_guide_starts_with_card_1(tmp_path):
    document = pdf_pages(write_cards(tmp_path / "cards.pdf", 3, guide=False))
    assert len(document) == 3 and "真的" in page_text(document[0])
    document.close()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("per_page", [1, 2])
def test_no_letter_runs_off_its_page_or_card(tmp_path, paper, per_page):
    count = 4
    document = pdf_pages(write_cards(tmp_path / "cards.pdf", count, paper, per_page))
    boxes = card_boxes(count, paper, per_page)
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        text = page.get_textpage()
        cards = [b for b in boxes if b.page == index]
        assert text.count_chars() > 0
        for char in range(text.count_chars()):
            if page_text_char_is_space(text, char):
                continue
            left, bottom, right, top = text.get_charbox(char)
            assert 0 <= left and right <= width and 0 <= bottom and top <= height, (index, char)
            if cards:   # a card's text stays inside one card (PDF y runs upwards)
                assert any(x - 1 <= left and right <= x + w + 1 and y - 1 <= height - top and height - bottom <= y + h + 1
                           for x, y, w, h in (b.card_rect for b in cards)), (index, char)
    document.close()


def page_text_char_is_space(text, index: int) -> bool:
    return text.get_text_range(index, 1).isspace()


def test_marker_sizes_are_what_the_docstring_promises():
    assert card_boxes(1, "a4", 1)[0].marker_rect[2] >= 14 * CM - 0.01
    assert card_boxes(1, "letter", 1)[0].marker_rect[2] >= 14 * CM - 0.01
    assert card_boxes(1, "a4", 2)[0].marker_rect[2] >= 10 * CM - 0.01
    assert card_boxes(1, "letter", 2)[0].marker_rect[2] >= 9.4 * CM - 0.1
    assert card_boxes(1, "a3", 1)[0].marker_rect[2] >= 19.7 * CM      # for halls deeper than an A4 card reaches
    assert card_boxes(1, "a3", 2)[0].marker_rect[2] >= 14 * CM - 0.01
    for paper in PAPERS:
        for per_page in (1, 2):
            for box in card_boxes(4, paper, per_page):
                x, y, w, h = box.card_rect
                mx, my, side, _ = box.marker_rect
                quiet = side / 6
                assert x < mx - quiet and mx + side + quiet < x + w and y < my - quiet and my + side + quiet < y + h


def rendered_pages(path, scale):
    """Each page as a grey numpy image, at ``scale`` pixels a point."""
    import numpy

    document = pdf_pages(path)
    pages = [numpy.array(document[i].render(scale=scale, grayscale=True).to_pil().convert("L"))
             for i in range(len(document))]
    document.close()
    return pages


@pytest.mark.parametrize("per_page", [1, 2])
def test_the_quiet_zone_around_each_marker_is_blank_paper(tmp_path, per_page):
    scale = 0.5
    pages = rendered_pages(write_cards(tmp_path / "cards.pdf", 4, "a4", per_page), scale)
    for box in card_boxes(4, "a4", per_page):
        image = pages[box.page]
        mx, my, side, _ = (v * scale for v in box.marker_rect)
        quiet = side / 6
        outer = image[int(my - quiet) + 1:int(my + side + quiet) - 1, int(mx - quiet) + 1:int(mx + side + quiet) - 1].copy()
        inner = (slice(int(quiet) - 1, int(quiet + side) + 2), slice(int(quiet) - 1, int(quiet + side) + 2))
        assert (image[int(my) + 2:int(my + side) - 2, int(mx) + 2:int(mx + side) - 2] < 128).any()   # a marker is there
        outer[inner] = 255
        assert outer.min() > 200, box.card


@pytest.mark.parametrize("paper,per_page", [("a4", 2), ("letter", 1)])
def test_every_card_printed_is_read_back_with_each_edge_on_top(tmp_path, paper, per_page):
    import numpy

    from game.cards.reader import CardReader

    count = 60
    path = write_cards(tmp_path / "cards.pdf", count, paper, per_page)
    pages = rendered_pages(path, 0.4)
    reader = CardReader(count)
    boxes = card_boxes(count, paper, per_page)
    assert reader.read(pages[0]) == []                      # the guide page has no card
    for quarter, edge in enumerate(EDGES):
        found = {}
        for index, page in enumerate(pages[1:], start=1):
            # numpy turns counter-clockwise: a quarter turn brings edge B to the top.
            for reading in reader.read(numpy.ascontiguousarray(numpy.rot90(page, quarter))):
                found.setdefault(reading.card, []).append((reading.edge, index))
        expected = {box.card: [(edge, box.page)] for box in boxes}
        assert found == expected, edge


@pytest.mark.parametrize("per_page", [1, 2])
def test_each_label_reads_upright_with_its_own_edge_on_top(tmp_path, per_page):
    """Every letter on a card is turned for one edge (pdfium gives each character's angle): it
    sits in the half of the card by that edge, 真的 is on A, 伪造 on C, and each card has text
    for all four edges."""
    import pypdfium2.raw

    count = 3
    document = pdf_pages(write_cards(tmp_path / "cards.pdf", count, "a4", per_page, guide=False))
    boxes = card_boxes(count, "a4", per_page, guide=False)
    edges_seen = {box.card: set() for box in boxes}
    for index in range(len(document)):
        page = document[index]
        height = page.get_height()
        text = page.get_textpage()
        for char in range(text.count_chars()):
            letter = text.get_text_range(char, 1)
            if letter.isspace():
                continue
            quarter = round(math.degrees(pypdfium2.raw.FPDFText_GetCharAngle(text.raw, char)) / 90) % 4
            edge = EDGES[quarter]          # pdfium turns counter-clockwise: 90 degrees reads with B on top
            left, bottom, right, top = text.get_charbox(char)
            x, y = (left + right) / 2, height - (bottom + top) / 2
            box = next(b for b in boxes if b.page == index and b.card_rect[0] <= x <= b.card_rect[0] + b.card_rect[2])
            cx, cy = box.card_rect[0] + box.card_rect[2] / 2, box.card_rect[1] + box.card_rect[3] / 2
            by_its_edge = {"A": y < cy, "B": x > cx, "C": y > cy, "D": x < cx}[edge]
            assert by_its_edge, (box.card, letter, edge, x, y)
            if letter in "真的":
                assert edge == "A"
            if letter in "伪造":
                assert edge == "C"
            edges_seen[box.card].add(edge)
    assert all(seen == set(EDGES) for seen in edges_seen.values())
    document.close()
