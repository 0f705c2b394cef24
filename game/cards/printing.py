"""The answer cards as a PDF to print, with the organiser's one-page guide in front.

Each card: its marker in the middle (vector black squares from ``markers.marker_cells``,
a white quiet zone of one cell around it), the answer on each edge (A on top as printed,
then B, C, D clockwise; A also says 真的 Real and C AI伪造 AI-made; B and D, in the narrow
bands beside the marker, are printed large again at both ends of their edge), and the card
number in the four corners, each corner's number upright when its edge is on top (so the
number is always at the top left as seen). Every label reads upright with its edge on top. Marker sides (the camera needs them large):

- one card a page: 14.0 cm on A4 and on Letter;
- two cards a page (the page turned landscape, the cards side by side): 10.0 cm on A4,
  9.4 cm on Letter (Letter is 1.8 cm shorter; the card's letters B and D need room);
- on A3, 19.8 cm one a page and 14.0 cm two a page.

How far away a card is read: the reader reads 99 % of markers 28 px across in the synthetic
rooms (tests/cards/test_rooms.py). A usual webcam sees about 70 degrees across, so at d metres
a 1280-pixel-wide picture has 1280 / (1.4 d) pixels a metre: a 14 cm marker is 28 px at
4.6 m (6.9 m in 1920 x 1080), a 10 cm one at 3.3 m (4.9 m), an A3 card's 19.8 cm one at
6.5 m (9.8 m). The guide says 4.5 and 7 m, 3 and 5 m, 6.5 and 9.5 m. Reading at 8 m with a
720p webcam would need a 25 cm marker, more than an A4 or Letter page holds: in a hall that
deep, A3 cards and a 1080p webcam (the game asks the camera for 1920 x 1080), or the camera
nearer the middle of the room.

All lengths here are PDF points (1/72 inch), as ``card_boxes`` gives them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.cards.markers import CELLS, QUIET_CELLS, marker_cells
from game.core.cards import EDGES, MAX_CARDS

CM = 72 / 2.54
# Portrait width and height. A3 (a copy shop's or an office copier's largest) is for halls
# deeper than an A4 card reaches: the marker grows with the page.
PAPERS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0), "a3": (841.89, 1190.55)}
PAGE_MARGIN = 12.0             # printers leave about 4 mm unprinted
SIDE_BAND_MIN = 14.0           # room for the letters B and D beside the marker's quiet zone
MARKER_AIM = {1: 14.0 * CM, 2: 10.0 * CM}   # on A4; on A3, as much larger as its page
EDGE_WORDS = {"A": ("真的", "Real"), "C": ("AI伪造", "AI-made")}
CUT_GREY = (190, 190, 190)
INK = (0, 0, 0)


@dataclass(frozen=True)
class CardBox:
    """Where card ``card`` is: ``page`` (0 = the first page of the file), the card's and its
    marker's rectangles (x, y, width, height, PDF points from the page's top left). Edge A
    faces the top of the page."""

    card: int
    page: int
    card_rect: tuple[float, float, float, float]
    marker_rect: tuple[float, float, float, float]


def check_layout(count: int, paper: str, per_page: int) -> None:
    if not 1 <= count <= MAX_CARDS:
        raise ValueError(f"cards: {count} is not between 1 and {MAX_CARDS}")
    if paper not in PAPERS:
        raise ValueError(f"paper: {paper!r} is not one of {', '.join(PAPERS)}")
    if per_page not in (1, 2):
        raise ValueError(f"cards a page: {per_page} is not 1 or 2")


def page_size(paper: str, per_page: int) -> tuple[float, float]:
    """A card page's width and height in points: portrait for one card, landscape for two."""
    width, height = PAPERS[paper]
    return (width, height) if per_page == 1 else (height, width)


def card_boxes(count: int, paper: str = "a4", per_page: int = 1, guide: bool = True) -> list[CardBox]:
    """Where each of cards 1..``count`` and its marker sit in ``write_cards``'s file (the guide,
    when there is one, is page 0 and the cards start on page 1)."""
    check_layout(count, paper, per_page)
    page_width, page_height = page_size(paper, per_page)
    card_width = (page_width - 2 * PAGE_MARGIN) / per_page
    card_height = page_height - 2 * PAGE_MARGIN
    # The marker with its quiet zone must leave the side bands for B and D.
    fits = (card_width - 2 * SIDE_BAND_MIN) * CELLS / (CELLS + 2 * QUIET_CELLS)
    side = min(MARKER_AIM[per_page] * max(1.0, PAPERS[paper][0] / PAPERS["a4"][0]), fits)
    boxes = []
    for index in range(count):
        page, slot = divmod(index, per_page)
        x = PAGE_MARGIN + slot * card_width
        y = PAGE_MARGIN
        marker = (x + (card_width - side) / 2, y + (card_height - side) / 2, side, side)
        boxes.append(CardBox(index + 1, page + (1 if guide else 0), (x, y, card_width, card_height), marker))
    return boxes


def write_cards(path: Path, count: int = 30, paper: str = "a4", per_page: int = 1,
                fonts: tuple[Path, Path] | None = None, guide: bool = True) -> Path:
    """Write cards 1..``count`` (1 to 60, ValueError otherwise) on ``paper`` ('a4', 'letter' or 'a3'),
    ``per_page`` (1 or 2) to a page, after the organiser's guide (``guide``). ``fonts``: the
    regular and bold Noto Sans SC (default: the game's own). Written beside ``path`` and
    renamed, so a half-written file never replaces a good one."""
    boxes = card_boxes(count, paper, per_page, guide)
    pdf = _new_pdf(fonts)
    if guide:
        write_guide_page(pdf, paper)
    for box in boxes:
        if box.card % per_page == 1 or per_page == 1:
            pdf.add_page(orientation="P" if per_page == 1 else "L", format=PAPERS[paper])
        draw_card(pdf, box)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    pdf.output(str(temporary))
    temporary.replace(path)
    return path


def _new_pdf(fonts: tuple[Path, Path] | None):
    from fpdf import FPDF

    if fonts is None:
        from game.core.install import InstallPaths

        install = InstallPaths(Path(__file__).resolve().parent.parent.parent)
        fonts = (install.font(), install.font(bold=True))
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_font("noto", "", str(fonts[0]))
    pdf.add_font("noto", "B", str(fonts[1]))
    pdf.set_title("SeeThrough answer cards / 识破 答题卡")
    pdf.set_creator("SeeThrough")
    return pdf


# ---- one card -----------------------------------------------------------------------------

def draw_card(pdf, box: CardBox) -> None:
    """Card ``box.card``: a thin grey cut line, the marker, the four edges' labels, the numbers."""
    x, y, width, height = box.card_rect
    pdf.set_draw_color(*CUT_GREY)
    pdf.set_line_width(0.5)
    pdf.set_dash_pattern(dash=4, gap=4)
    pdf.rect(x, y, width, height)
    pdf.set_dash_pattern()
    _draw_marker(pdf, box.card, box.marker_rect)
    centre = (x + width / 2, y + height / 2)
    quiet = box.marker_rect[2] / CELLS * QUIET_CELLS
    clear = box.marker_rect[2] + 2 * quiet   # the marker and its quiet zone: nothing printed there
    corner = (height - clear) / 4            # the numbers' squares, in the deep bands' corners
    for turn, edge in enumerate(EDGES):
        # Seen with ``edge`` on top, the card is ``turn`` quarters turned: draw that edge's
        # band as the top band of the card so turned, rotated back onto the page.
        along, across = (width, height) if turn % 2 == 0 else (height, width)
        with pdf.rotation(-90 * turn, *centre):    # fpdf2's angles go counter-clockwise
            top = centre[1] - across / 2
            left = centre[0] - along / 2
            _draw_edge(pdf, edge, left, top, along, (across - clear) / 2, (along - clear) / 2, corner, box.card)


def _draw_marker(pdf, card: int, rect: tuple[float, float, float, float]) -> None:
    """One black square, then the white cells in runs: no seam shows inside the black border."""
    x, y, side, _ = rect
    cell = side / CELLS
    pdf.set_fill_color(*INK)
    pdf.rect(x, y, side, side, style="F")
    pdf.set_fill_color(255, 255, 255)
    for row, cells in enumerate(marker_cells(card)):
        column = 0
        while column < CELLS:
            if cells[column]:
                column += 1
                continue
            start = column
            while column < CELLS and not cells[column]:
                column += 1
            # Slightly taller than a cell: no hairline of black between two white rows.
            pdf.rect(x + start * cell, y + row * cell, (column - start) * cell, cell + 0.3, style="F")


def _draw_edge(pdf, edge: str, left: float, top: float, along: float, depth: float, beside: float,
               corner: float, number: int) -> None:
    """The top band of a card seen with ``edge`` on top: ``along`` wide, ``depth`` deep, with
    bands ``beside`` wide running down its sides. The card number in a ``corner`` square at the
    top left; the letter (and the words on A and C) in the middle. B and D, beside the marker,
    have their letter at both ends of the edge too, where the bands above and below the
    marker leave room."""
    pdf.set_text_color(*INK)
    pad = corner * 0.08
    _fit_text(pdf, str(number), left + pad, top + pad, corner - 2 * pad, corner - 2 * pad, bold=True, align="L")
    words = EDGE_WORDS.get(edge)
    if depth > corner:
        # A deep band (above or below the marker): the corners hold numbers, the middle the answer.
        middle, width = left + corner * 1.2, along - 2.4 * corner     # clear of the corners
        if words:
            _fit_text(pdf, edge, middle, top + depth * 0.06, width, depth * 0.42, bold=True)
            _fit_text(pdf, f"{words[0]}  {words[1]}", middle, top + depth * 0.52, width, depth * 0.36, bold=True)
        else:
            _fit_text(pdf, edge, middle, top + depth * 0.15, width, depth * 0.55, bold=True)
    else:
        # A narrow band beside the marker: the letter as large as it fits there, and large
        # again at both ends of the edge, in the deep bands beside the corner numbers.
        _fit_text(pdf, edge, left + beside, top + 1, along - 2 * beside, depth - 2, bold=True, fill=0.74)
        if beside > corner * 1.4:
            size = min(beside - corner, corner) - 2 * pad
            _fit_text(pdf, edge, left + corner, top + pad, size, size, bold=True, fill=0.74)
            _fit_text(pdf, edge, left + along - corner - size, top + pad, size, size, bold=True, fill=0.74)


def _fit_text(pdf, text: str, x: float, y: float, width: float, height: float, bold: bool = False,
              align: str = "C", fill: float = 0.88) -> None:
    """``text`` on one line in the box (x, y, width, height), as large as fits both ways.
    Placed with ``pdf.text`` at absolute points: a turned band's box may start left of the
    page, and ``set_xy`` takes a negative x as counted from the right edge."""
    style = "B" if bold else ""
    size = height / fill          # Noto's ideographs take about 0.88 of its size, capitals 0.74
    pdf.set_font("noto", style, size)
    wide = pdf.get_string_width(text)
    if wide > width:
        size *= width / wide
        pdf.set_font("noto", style, size)
        wide = pdf.get_string_width(text)
    left = x if align == "L" else x + (width - wide) / 2
    pdf.text(left, y + height / 2 + size * 0.36, text)   # the baseline: capitals centred in the box


# ---- the organiser's guide ----------------------------------------------------------------

GUIDE_TITLE = ("答题卡使用说明", "Answer cards: a guide for the organiser")
GUIDE = [
    ("打印和分发", "Print and hand out",
     "每人一张卡，卡上没有名字，只有号码。沿灰色虚线剪开。不要折叠卡片，中间的黑白方块要保持平整干净。",
     "One card for each person. Cards have no names, only numbers. Cut along the grey dashed lines. "
     "Do not fold the cards; keep the black and white square in the middle flat and clean."),
    ("怎样举卡", "How to hold the card",
     "先看卡的正面，找到写着你的答案的那条边，把这条边朝上。真假题：“真的”朝上是真的，“AI伪造”朝上是AI伪造的。"
     "然后把卡举高，正面平平地对着摄像头。手指捏住卡的边缘，不要挡住中间的黑白方块。看到屏幕上自己的号码亮了，就可以放下。",
     "Look at the front of the card, find the edge with your answer, and turn the card so that your "
     "answer's edge is on top. Real or AI: \"真的 Real\" on top means real, \"AI伪造 AI-made\" on top means "
     "made by AI. Then hold the card up, flat, with the front facing the camera. Hold it by the edge: fingers must not cover the black and white square. When "
     "your number lights up on the screen, you can put the card down."),
    ("摄像头放在哪里", "Where to put the camera",
     "摄像头放在房间前面，比大家的头高一些（放在投影幕下方或架子上），能看到整个房间。"
     "房间要亮，灯光不要直接照进镜头，窗户不要在大家身后。开始前先让大家一起举卡试一次。",
     "Put the camera at the front of the room, higher than people's heads (under the screen or on a "
     "shelf), with the whole room in view. The room should be well lit: no lamp shining into the "
     "camera, no bright window behind the people. Before you start, have everyone hold up a card once "
     "to try."),
    ("房间多大", "How big a room",
     "一页一张的大卡：一般的720p摄像头大约能看清4.5米以内的卡，1080p摄像头大约7米。"
     "一页两张的卡：大约3米和5米。A3纸的大卡：大约6.5米和9.5米。坐得远的人用大卡，或者请他们往前坐。"
     "如果有人的号码一直不亮，请他把卡举高一点、正一点。",
     "Big cards (one a page): a usual 720p webcam reads them up to about 4.5 metres away, a 1080p webcam "
     "about 7 metres. Two-a-page cards: about 3 and 5 metres. Big cards on A3 paper: about 6.5 and 9.5 metres. "
     "Give the big cards to people at the back, or ask them "
     "to sit closer. If someone's number never lights up, ask them to hold the card higher and straighter."),
    ("检查房间照片", "Check a photo of the room",
     "可以先拍一张大家举卡的照片，用下面的命令检查能读到哪些卡：",
     "You can take a photo of everyone holding up cards and check which cards are read:"),
]
GUIDE_COMMAND = "python3 main.py cards read PHOTO.jpg --cards 30"


def write_guide_page(pdf, paper: str) -> None:
    """The organiser's one-page guide, Chinese then English in each part. ValueError if it
    would not fit on one page (a longer text must be cut, never run off the paper)."""
    from game.core.linebreak import wrap

    width, height = PAPERS[paper]
    margin = 1.6 * CM
    text_width = width - 2 * margin
    pdf.add_page(orientation="P", format=PAPERS[paper])
    y = margin

    def paragraph(text: str, size: float, bold: bool = False, colour=INK, after: float = 4) -> None:
        nonlocal y
        pdf.set_font("noto", "B" if bold else "", size)
        pdf.set_text_color(*colour)
        for line in wrap(text, text_width - 1, pdf.get_string_width):
            pdf.set_xy(margin, y)
            pdf.cell(text_width, size * 1.3, line)
            y += size * 1.3
        y += after

    paragraph(GUIDE_TITLE[0], 20, bold=True, after=0)
    paragraph(GUIDE_TITLE[1], 15, bold=True, after=10)
    for zh_head, en_head, zh, en in GUIDE:
        paragraph(f"{zh_head}  {en_head}", 13.5, bold=True, after=2)
        paragraph(zh, 12, after=2)
        paragraph(en, 10.5, colour=(60, 60, 60), after=9)
    paragraph(GUIDE_COMMAND, 11, bold=True, after=0)
    if y > height - margin:
        raise ValueError(f"the guide is {y - (height - margin):.0f} pt too long for one {paper} page")
