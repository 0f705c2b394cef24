"""Make every media file of the built-in packs, deterministically, with a progress bar.

    .venv/bin/python tools/make_media.py                 # every pack
    .venv/bin/python tools/make_media.py --only starter  # one pack, or starter:doctor_ad for one job
    .venv/bin/python tools/make_media.py --only cast     # only the cast's portraits (assets/cast/)
    .venv/bin/python tools/make_media.py --notes         # also print where each tell is
    .venv/bin/python tools/make_media.py --out DIR       # write DIR/<pack>/ instead (the tests compare)
    .venv/bin/python tools/make_media.py --out /tmp/m --transcripts /tmp/m/said.json
                                        # also write the words said in each clip, with their times

Each pack's media are drawn (Pillow), voiced (pyttsx3 with the bundled
espeak-ng) and encoded (PyAV) by its module in ``tools/media/``; fixed seeds and
no timestamps make every run write the same bytes. The run fails if all media
together pass the budget in ``tools/media/spec.py``. Each pack's ``media/text_sizes.json``
lists the size of every text drawn into each picture (a test checks they read on screen).
The cast's portraits (``tools/media/cast.py``) go in ``assets/cast/``, or ``DIR/cast/`` with ``--out``.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run as a script from anywhere

from tools.media.cast import CAST as CAST_FOLDER  # noqa: E402
from tools.media.cast import ROOT, make_cast, make_sheet  # noqa: E402
from tools.media.output import Output  # noqa: E402
from tools.media.spec import BUDGET_BYTES, SCENARIOS  # noqa: E402
from tools.media.text import take_drawn  # noqa: E402

# pack id -> module with JOBS (name -> function(out)); the pack's media go in scenarios/<id>/media/.
PACKS = {
    "starter": "tools.media.starter",
    "family": "tools.media.family",
    "video": "tools.media.video",
    "news": "tools.media.news",
    "likeness": "tools.media.likeness",
    "check": "tools.media.check",
    "shopping": "tools.media.shopping",
}


CAST = "cast"   # not a pack: the portraits call faces are drawn from


def selected_jobs(only: list[str]) -> list[tuple[str, str, object]]:
    """(pack, job, function) for every job, or for those ``only`` names (``pack`` or ``pack:job``)."""
    jobs = []
    if only and all(name == CAST for name in only):
        return []   # the cast alone
    only = [name for name in only if name != CAST]
    for pack, module_name in PACKS.items():
        for name, function in importlib.import_module(module_name).JOBS.items():
            if not only or pack in only or f"{pack}:{name}" in only:
                jobs.append((pack, name, function))
    if only and not jobs:
        raise SystemExit(f"nothing matches {only}; packs: {', '.join(PACKS)}")
    return jobs


def progress(done: int, total: int, label: str, started: float) -> None:
    """One line, redrawn in place on a terminal (one line per job otherwise)."""
    width = 30
    filled = width * done // max(1, total)
    line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {time.monotonic() - started:5.0f} s  {label}"
    if sys.stdout.isatty():
        print(f"\r{line[:100]:100s}", end="" if done < total else "\n", flush=True)
    else:
        print(line, flush=True)


def media_bytes(root: Path) -> dict[str, int]:
    """Bytes of media in each pack's folder under ``root``."""
    return {pack: sum(p.stat().st_size for p in (root / pack / "media").glob("*") if p.is_file())
            for pack in PACKS if (root / pack / "media").is_dir()}


def transcripts(outputs: dict[str, Output]) -> dict[str, dict[str, list[dict]]]:
    """The words said in each clip, pack by pack: {pack: {file: [{zh, start, end}]}}, times in
    seconds from the clip's start, as a scenario's ``clip.transcript`` takes them."""
    return {pack: {f"media/{name}": [{"zh": words, "start": round(start, 2), "end": round(end, 2)}
                                     for words, start, end in lines]
                   for name, lines in sorted(output.spoken.items())}
            for pack, output in outputs.items() if output.spoken}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], metavar="PACK[:JOB]", help="make only these")
    parser.add_argument("--notes", action="store_true", help="print tell regions and moments")
    parser.add_argument("--out", type=Path, default=SCENARIOS, help="folder holding <pack>/media/")
    parser.add_argument("--transcripts", type=Path, metavar="FILE",
                        help="write the words said in each clip, with their times, to this JSON file")
    args = parser.parse_args(argv)
    jobs = selected_jobs(args.only)
    if not args.only or CAST in args.only:
        folder = CAST_FOLDER if args.out == SCENARIOS else args.out / CAST
        print(f"cast: {len(make_cast(folder)) // 2} portraits in {folder}", flush=True)
        make_sheet(ROOT / "docs" / "cast.png" if args.out == SCENARIOS else folder / "cast-sheet.png")
    outputs = {pack: Output(args.out / pack / "media") for pack in dict.fromkeys(p for p, _, _ in jobs)}
    started = time.monotonic()
    for done, (pack, name, function) in enumerate(jobs):
        progress(done, len(jobs), f"{pack}:{name}", started)
        take_drawn()                        # text a job drew but wrote no picture of is nobody's
        function(outputs[pack])
    progress(len(jobs), len(jobs), "done", started)
    if args.transcripts:
        args.transcripts.parent.mkdir(parents=True, exist_ok=True)
        args.transcripts.write_text(json.dumps(transcripts(outputs), ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    for output in outputs.values():
        output.write_text_sizes()
    if args.notes:
        for pack, output in outputs.items():
            print(f"[{pack}]", *output.notes, sep="\n    ")
    sizes = media_bytes(args.out)
    for pack, size in sizes.items():
        print(f"  {pack:24s} {size / 1_000_000:6.2f} MB")
    total = sum(sizes.values())
    print(f"all media: {total / 1_000_000:.2f} MB (budget {BUDGET_BYTES / 1_000_000:.0f} MB)")
    if total > BUDGET_BYTES:
        print("over budget!", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
