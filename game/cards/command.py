"""``main.py cards``: print the answer cards, or check which cards a photo or video of the room shows."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_cards_command(commands) -> None:
    """The ``cards print`` and ``cards read`` subcommands, on ``commands`` (argparse subparsers)."""
    cards = commands.add_parser("cards", help="answer cards: print them, or check a photo of the room holding them")
    actions = cards.add_subparsers(dest="cards_action", metavar="ACTION", required=True)
    printing = actions.add_parser("print", help="write the cards (and the organiser's guide) as a PDF")
    printing.add_argument("--count", type=int, default=30, help="how many cards, 1-60 (default 30)")
    printing.add_argument("--paper", choices=["a4", "letter", "a3"], default="a4",
                          help="a3 for halls deeper than about 5 m: its marker is 19.8 cm")
    printing.add_argument("--per-page", type=int, choices=[1, 2], default=1,
                          help="1: big cards (marker 14 cm, for big rooms); 2: two a page (marker about 10 cm)")
    printing.add_argument("--no-guide", action="store_true", help="leave out the organiser's guide page")
    printing.add_argument("--out", type=Path, required=True, help="the PDF to write")
    reading = actions.add_parser("read", help="list the cards, and the edge on top, seen in photos or videos")
    reading.add_argument("paths", nargs="+", type=Path, help="pictures (.jpg, .png, ...) or videos (.mp4, ...)")
    reading.add_argument("--cards", type=int, default=60, help="how many cards were printed (default 60)")
    reading.add_argument("--json", action="store_true", help="print one JSON object")


def run_cards(args, fonts: tuple[Path, Path]) -> int:
    if args.cards_action == "print":
        return run_print(args.out, args.count, args.paper, args.per_page, fonts, not args.no_guide)
    return run_read(args.paths, args.cards, args.json)


def run_print(out: Path, count: int, paper: str, per_page: int, fonts: tuple[Path, Path], guide: bool) -> int:
    from game.cards.printing import write_cards

    try:
        print(write_cards(out, count, paper, per_page, fonts, guide))
    except ValueError as err:
        print(f"cards print: {err}", file=sys.stderr)
        return 2
    return 0


def run_read(paths: list[Path], cards: int, as_json: bool) -> int:
    """Every frame of each file read; per file, each card seen with the edges it showed (most
    frames first) and the edge it showed last (a video's answer). 1 if a file cannot be read."""
    from game.cards.reader import CardReader
    from game.cards.sources import PICTURES, VIDEOS, FileSource, SourceError

    reader = CardReader(cards)
    found: dict[str, dict[int, dict[str, int]]] = {}
    lasts: dict[str, dict[int, str]] = {}
    failed = False
    for path in paths:
        if path.suffix.lower() not in PICTURES + VIDEOS:
            print(f"{path}: not a picture or video this game reads", file=sys.stderr)
            failed = True
            continue
        source = FileSource([path], repeat=1)
        seen: dict[int, dict[str, int]] = {}
        last: dict[int, str] = {}
        frames = 0
        try:
            while True:
                image = source.frame()
                frames += 1
                for reading in reader.read(image):
                    edges = seen.setdefault(reading.card, {})
                    edges[reading.edge] = edges.get(reading.edge, 0) + 1
                    last[reading.card] = reading.edge
        except SourceError as err:
            if frames == 0:
                print(str(err) if str(path) in str(err) else f"{path}: {err}", file=sys.stderr)
                failed = True
                continue
        finally:
            source.close()
        found[str(path)] = {card: dict(sorted(edges.items(), key=lambda kv: -kv[1])) for card, edges in sorted(seen.items())}
        lasts[str(path)] = {card: last[card] for card in sorted(last)}
        if not as_json:
            _print_found(path, frames, found[str(path)], lasts[str(path)])
    if as_json:
        print(json.dumps({"cards": cards,
                          "files": {name: {str(card): edges for card, edges in seen.items()} for name, seen in found.items()},
                          "last": {name: {str(card): edge for card, edge in last.items()} for name, last in lasts.items()}},
                         ensure_ascii=False))
    return 1 if failed else 0


def _print_found(path: Path, frames: int, seen: dict[int, dict[str, int]], last: dict[int, str]) -> None:
    print(f"{path}: {_counted(len(seen), 'card')} in {_counted(frames, 'frame')}")
    for card, edges in seen.items():
        if frames == 1:
            print(f"  card {card}: {last[card]} on top")
            continue
        shown = ", ".join(f"{edge} on top ({_counted(count, 'frame')})" for edge, count in edges.items())
        print(f"  card {card}: {shown}; last {last[card]}")


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
