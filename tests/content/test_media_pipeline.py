"""The media pipeline: one command remakes every built-in pack's media, the same as the committed
files (compared as each format is made: tests/content/mediacompare.py), within budget."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.content.mediacompare import difference


@pytest.mark.slow
def test_every_media_file_is_remade_the_same_and_the_total_is_within_budget(tmp_path):
    said = tmp_path / "said.json"
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "make_media.py"), "--out", str(tmp_path),
                          "--transcripts", str(said)], capture_output=True, text=True, cwd=ROOT, timeout=1800)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert_transcripts_match(json.loads(said.read_text(encoding="utf-8")))
    assert "all media:" in run.stdout and "] " in run.stdout          # the progress bar and the total
    from tools.make_media import PACKS
    from tools.media.spec import BUDGET_BYTES

    total, differ = 0, []
    for pack in PACKS:
        made_folder, kept_folder = tmp_path / pack / "media", ROOT / "scenarios" / pack / "media"
        made = sorted(p.name for p in made_folder.iterdir() if p.is_file())
        kept = sorted(p.name for p in kept_folder.iterdir() if p.is_file())
        assert made == kept, f"{pack}: remade {sorted(set(made) - set(kept))}, not remade {sorted(set(kept) - set(made))}"
        for name in kept:
            problem = difference(made_folder / name, kept_folder / name)
            if problem:
                differ.append(f"{pack}/{name}: {problem}")
        total += sum((kept_folder / name).stat().st_size for name in kept)
    differ = still_differ(differ, tmp_path / "again")
    assert differ == [], "remade media differ from the committed files:\n" + "\n".join(differ)
    assert total <= BUDGET_BYTES


SLACK = 0.25   # seconds a transcript's times may differ from a remake's


def assert_transcripts_match(said: dict) -> None:
    """Each clip's transcript in the scenario files holds the words the media tools speak, in
    their order and at their times, and no voiced clip lacks one. The times may differ by a
    quarter of a second: the speech engine now and then gives a line a take a few hundredths
    longer (see still_differ), and a caption that early or late still reads with the voice."""
    from game.core.library import InstallPaths, load_all, open_library

    library, _ = open_library(InstallPaths(ROOT), None)
    written = {}
    for status in load_all([ROOT / "scenarios"], library):
        for scenario in status.pack.scenarios:
            if scenario.clip.kind in ("audio", "video"):
                written[(status.pack.info.id, scenario.clip.file)] = scenario.clip.transcript or []
    spoken = {(pack, file): lines for pack, files in said.items() for file, lines in files.items()}
    assert set(spoken) <= set(written), f"voiced clips no scenario uses: {sorted(set(spoken) - set(written))}"
    wrong = []
    for key, transcript in sorted(written.items()):
        lines = spoken.get(key, [])
        if [line.zh for line in transcript] != [line["zh"] for line in lines]:
            wrong.append(f"{key}: the words differ: {[line.zh for line in transcript]} != {[line['zh'] for line in lines]}")
            continue
        for line, tool in zip(transcript, lines):
            if abs(line.start - tool["start"]) > SLACK or abs(line.end - tool["end"]) > SLACK:
                wrong.append(f"{key}: {line.zh} at [{line.start}, {line.end}], said at [{tool['start']}, {tool['end']}]")
    assert wrong == [], "transcripts out of step with the media tools:\n" + "\n".join(wrong)


def still_differ(differ: list[str], folder) -> list[str]:
    """The files that differ again when their packs are remade a second time. The speech engine
    now and then gives a line a slightly different length (seen once in a fresh-clone CI run, on a
    file unchanged for months), which a second remake does not repeat; a real change to a drawing
    or a voice line differs every time."""
    if not differ:
        return []
    packs = sorted({line.split("/", 1)[0] for line in differ})
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "make_media.py"), "--out", str(folder),
                          "--only", *packs], capture_output=True, text=True, cwd=ROOT, timeout=1800)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    again = []
    for line in differ:
        name = line.split(":", 1)[0]
        pack, file = name.split("/", 1)
        problem = difference(folder / pack / "media" / file, ROOT / "scenarios" / pack / "media" / file)
        if problem:
            again.append(f"{line} (and again: {problem})")
    return again
