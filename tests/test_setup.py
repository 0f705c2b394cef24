"""Set-up that explains and recovers (issue 18 item 1): main.py on too old a Python, a .venv with
no pip, installing from a wheel folder or with no internet, one stamp per requirement set,
global options after the command, and no "ALSA lib" lines with no sound card.

Venvs are real (``python -m venv``), pip is real, and each test's files live in tmp_path.
pip's own configuration on this machine (a local mirror) is switched off so "no internet" is real.
"""
from __future__ import annotations

import ctypes.util
import glob
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from game import bootstrap
from game.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
NO_SUCH_PACKAGE = "seethrough-no-such-package"


def load_main_py():
    """main.py as a module (it does nothing on import: start() runs only as a script)."""
    spec = importlib.util.spec_from_file_location("seethrough_main", ROOT / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_check_message_names_the_python_needed_and_how_to_get_it():
    main_py = load_main_py()
    message = main_py.python_too_old((3, 9, 18, "final", 0))
    assert "需要 Python 3.11" in message and "needs Python 3.11" in message and "3.9.18" in message
    for how in ("winget install Python.Python.3.12", "python.org", "brew install python@3.12",
                "sudo add-apt-repository ppa:deadsnakes/ppa", "sudo apt install python3.12 python3.12-venv"):
        assert how in message
    assert main_py.python_too_old((3, 11, 0)) is None and main_py.python_too_old((3, 13, 1)) is None


def test_main_py_needs_the_python_pyproject_requires():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert requires == ">=%d.%d" % load_main_py().NEEDED


def old_pythons() -> list[str]:
    """Python 3.6-3.10 interpreters that really run, from PATH, /usr/bin, /opt and pyenv."""
    names = [shutil.which(f"python3.{minor}") for minor in range(6, 11)]
    names += glob.glob("/usr/bin/python3.*") + glob.glob("/opt/*/bin/python3.*")
    names += glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3.*"))
    found = {}
    for name in filter(None, names):
        if name.endswith("-config") or not os.access(name, os.X_OK):
            continue
        try:
            run = subprocess.run([name, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            continue
        version = run.stdout.strip()
        if run.returncode == 0 and version in {f"3.{minor}" for minor in range(6, 11)}:
            found.setdefault(version, name)   # pyenv's shims fail to run and are left out above
    return sorted(found.values())


def test_main_py_on_an_old_python_prints_the_bilingual_message(tmp_path):
    pythons = old_pythons()
    if not pythons:
        pytest.skip("no Python 3.6-3.10 on this machine")
    for python in pythons:
        run = subprocess.run([python, str(ROOT / "main.py")], capture_output=True, text=True, encoding="utf-8",
                             cwd=tmp_path, timeout=60)
        assert run.returncode == 1, (python, run.stderr)
        assert "需要 Python 3.11" in run.stderr and "needs Python 3.11" in run.stderr, (python, run.stderr)
        assert "Traceback" not in run.stderr and "deadsnakes" in run.stderr


def pip_without_its_config(**extra) -> dict:
    """The environment for a set-up run with this machine's pip settings (a local mirror) off."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PYTHONPATH=str(ROOT), **extra)
    return env


def run_ensure(venv: Path, wanted: list[str], wheels: Path | None = None, env: dict | None = None):
    """bootstrap.ensure in a fresh interpreter, as main.py would call it."""
    code = ("import sys; from pathlib import Path; from game import bootstrap\n"
            "bootstrap.ensure(sys.argv[3:], Path(sys.argv[1]), Path(sys.argv[2]) if sys.argv[2] else None)")
    return subprocess.run([sys.executable, "-c", code, str(venv), str(wheels or ""), *wanted],
                          capture_output=True, text=True, env=env or pip_without_its_config(), timeout=300)


def bundled_wheels() -> Path:
    """The pip and setuptools wheels Python ships for ensurepip: a real wheel folder, offline."""
    import ensurepip

    return Path(ensurepip.__file__).parent / "_bundled"


def installed(venv: Path, module: str) -> bool:
    python = bootstrap.venv_python(venv)
    return subprocess.run([str(python), "-c", f"import {module}"], capture_output=True).returncode == 0


@pytest.mark.slow
def test_a_venv_without_pip_is_made_again_and_installs_from_a_wheel_folder(tmp_path):
    venv = tmp_path / "venv"
    # What Ubuntu leaves when python3-venv is missing: a Python, no pip.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    assert not bootstrap.pip_works(bootstrap.venv_python(venv))

    run = run_ensure(venv, ["setuptools"], bundled_wheels())

    assert run.returncode == 0, run.stderr
    assert "making it again" in run.stdout and "重新创建" in run.stdout
    assert "[1/1] setuptools" in run.stdout
    assert bootstrap.pip_works(bootstrap.venv_python(venv)) and installed(venv, "setuptools")
    assert bootstrap.stamp_path(venv, ["setuptools"]).exists()


@pytest.mark.slow
def test_each_requirement_set_keeps_its_stamp_so_switching_never_reinstalls(tmp_path):
    venv, wheels = tmp_path / "venv", bundled_wheels()
    play, test = ["setuptools"], ["setuptools", "pip"]
    assert run_ensure(venv, play, wheels).returncode == 0
    second = run_ensure(venv, test, wheels)
    assert second.returncode == 0 and "[2/2] pip" in second.stdout, second.stderr

    for wanted in (play, test, play):   # as alternating play and `main.py test` does
        again = run_ensure(venv, wanted, wheels)
        assert again.returncode == 0 and again.stdout == "", again.stdout
    assert sorted(p.name for p in venv.glob(".installed-*")) == sorted(
        [bootstrap.stamp_path(venv, play).name, bootstrap.stamp_path(venv, test).name])


@pytest.mark.slow
def test_no_internet_or_a_wheel_folder_without_the_package_is_explained(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    # Nothing listens on port 9: pip fails to connect, as on a computer with no internet.
    offline = pip_without_its_config(PIP_INDEX_URL="http://127.0.0.1:9/simple", PIP_RETRIES="1",
                                     PIP_TIMEOUT="3")
    run = run_ensure(venv, [NO_SUCH_PACKAGE], env=offline)
    assert run.returncode != 0
    assert "连不上网络" in run.stderr and "Could not reach the internet" in run.stderr, run.stderr
    assert "--wheels" in run.stderr and "pip download" in run.stderr
    assert f"[1/1] {NO_SUCH_PACKAGE}" in run.stdout
    assert not bootstrap.stamp_path(venv, [NO_SUCH_PACKAGE]).exists()

    empty = tmp_path / "wheels"
    empty.mkdir()
    from_folder = run_ensure(venv, [NO_SUCH_PACKAGE], empty, env=offline)
    assert from_folder.returncode != 0
    assert f"The folder {empty} has no {NO_SUCH_PACKAGE}" in from_folder.stderr, from_folder.stderr
    assert "127.0.0.1" not in from_folder.stderr   # --no-index: the internet is not tried


def test_wheels_option_is_taken_out_wherever_it_is():
    assert bootstrap.take_wheels(["play", "--wheels", "/usb/w", "--data-dir", "d"]) == (
        Path("/usb/w"), ["play", "--data-dir", "d"])
    assert bootstrap.take_wheels(["--wheels=/usb/w", "test", "-k", "flow"]) == (Path("/usb/w"), ["test", "-k", "flow"])
    assert bootstrap.take_wheels(["demo"]) == (None, ["demo"])
    with pytest.raises(SystemExit):
        bootstrap.take_wheels(["--wheels"])


def test_requirement_names_for_the_progress_lines():
    assert bootstrap.requirement_name("pygame-ce>=2.5") == "pygame-ce"
    assert bootstrap.requirement_name("espeakng-loader>=0.2.4; sys_platform == 'linux'") == "espeakng-loader"
    assert bootstrap.requirement_name("PyYAML") == "PyYAML"


@pytest.mark.parametrize("argv", [["--data-dir", "D", "play"], ["play", "--data-dir", "D"],
                                  ["--data-dir", "X", "demo", "--data-dir", "D"], ["validate", "p", "--data-dir", "D"]])
def test_global_options_work_before_or_after_the_command(argv):
    assert build_parser().parse_args(argv).data_dir == Path("D")


def test_data_dir_after_the_command_reaches_the_command(tmp_path):
    data = tmp_path / "data"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "--session", "last",
                          "--out", str(tmp_path / "out"), "--data-dir", str(data)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and f"no session 'last' in {data}" in run.stderr, run.stderr


STARTUP = """
import sys
from pathlib import Path
import pygame
from game.app import create_app
from game.core.install import InstallPaths
folder = Path(sys.argv[1])
app = create_app(InstallPaths(Path(sys.argv[2])), folder / "data", folder / "cache")
print("sound available:", app.ctx.sound.available, flush=True)
app.ctx.store.close()
app.ctx.speech.close()
pygame.quit()
"""


def test_no_alsa_lines_when_there_is_no_sound_card(tmp_path):
    if ctypes.util.find_library("asound") is None:
        pytest.skip("no libasound here")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="alsa", PYGAME_HIDE_SUPPORT_PROMPT="1",
               PYTHONPATH=str(ROOT))
    plain = subprocess.run([sys.executable, "-c", "import pygame; pygame.init()"], capture_output=True,
                           text=True, env=env, timeout=60)
    if "ALSA lib" not in plain.stderr:
        pytest.skip("SDL's ALSA probe prints nothing here (a sound card is present): nothing to silence")

    run = subprocess.run([sys.executable, "-c", STARTUP, str(tmp_path), str(ROOT)], capture_output=True,
                         text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "sound available: False" in run.stdout
    assert "ALSA lib" not in run.stderr, run.stderr
    assert run.stderr.count("no sound card") == 1, run.stderr   # the game's own notice stays


def test_a_venv_that_cannot_be_made_says_what_to_do(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    run = run_ensure(blocker / "venv", ["setuptools"])
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "Could not make a Python environment with pip" in run.stderr and "无法" in run.stderr, run.stderr
    assert "sudo apt install python3-venv" in run.stderr


def test_the_suite_runs_on_every_core_unless_told_otherwise():
    from game.testrun import MAX_WORKERS, workers

    assert workers(["-m", "not slow"], cores=2) == ["-n", "2", "--dist", "worksteal"]
    assert workers([], cores=64)[:2] == ["-n", str(MAX_WORKERS)]
    assert workers(["-p", "no:cacheprovider"], cores=1) == []     # one core: one process
    assert workers(["-n", "0", "-k", "flow"], cores=2) == []        # the caller chose
    assert workers(["-p", "no:xdist"], cores=2) == []


def test_the_frame_timing_tests_are_selected_apart_from_the_others():
    from game.testrun import with_marker

    assert with_marker(["-m", "not slow", "-q"], "alone") == ["-m", "(not slow) and alone", "-q"]
    assert with_marker(["-mslow"], "not alone") == ["-m(slow) and not alone"]
    assert with_marker(["-k", "flow"], "not alone") == ["-k", "flow", "-m", "not alone"]
