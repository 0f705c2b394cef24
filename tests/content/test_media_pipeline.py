"""The media pipeline: one command remakes every built-in pack's media, the same as the committed
files (compared as each format is made: tests/content/mediacompare.py), within budget."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.content.mediacompare import difference


@pytest.mark.slow
def test_every_media_file_is_remade_the_same_and_the_total_is_within_budget(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "make_media.py"), "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
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
