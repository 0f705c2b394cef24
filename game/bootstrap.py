"""First-run set-up using only the standard library.

``python3 main.py`` on a fresh machine creates ``.venv`` beside main.py, installs the
dependencies listed in pyproject.toml one at a time (``[3/9] pygame-ce``), and runs itself
again inside it. Later starts find the environment ready and go straight on.

- A ``.venv`` whose pip or Python does not work (made while python3-venv was missing, or
  its Python was removed) is made again, with a message saying so.
- ``--wheels DIR`` installs from a folder of wheels (a USB stick) instead of the internet.
- Each set of requirements leaves its own stamp file, so playing after ``test`` (or the other
  way round) never installs again.

main.py has already checked the Python version, so this module may use modern Python.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

# hashlib, subprocess, tomllib and venv are imported where they are used: every start of the
# game passes through here, and only the first one installs anything.

ROOT = Path(__file__).resolve().parent.parent

# Words in pip's output that mean the internet could not be reached.
NETWORK_TROUBLE = ("NewConnectionError", "Failed to establish a new connection", "Name or service not known",
                   "Temporary failure in name resolution", "getaddrinfo failed", "Network is unreachable",
                   "ConnectTimeoutError", "ReadTimeoutError", "Max retries exceeded", "ProxyError")


def start(argv: list[str]) -> int:
    """main.py's work after the version check: set up ``.venv`` when needed, then run the tests
    or the game inside it. Returns the exit code."""
    wheels, argv = take_wheels(argv)
    venv = ROOT / ".venv"
    wants_tests = argv[:1] == ["test"]
    wanted = requirements(["test"] if wants_tests else [])
    if not inside_venv(venv):
        ensure(wanted, venv, wheels)
        return relaunch(venv, argv)
    if wants_tests:
        ensure(wanted, venv, wheels)
        from game.testrun import run_tests

        return run_tests(argv[1:])
    from game.cli import main

    return main(argv)


def take_wheels(argv: list[str]) -> tuple[Path | None, list[str]]:
    """Take ``--wheels DIR`` (or ``--wheels=DIR``) out of the arguments, wherever it is: only
    the set-up uses it, and the game's commands or pytest must not see it."""
    wheels, rest = None, []
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--wheels":
            value = next(arguments, None)
            if value is None:
                raise SystemExit("--wheels needs a folder: python3 main.py --wheels FOLDER")
            wheels = Path(value)
        elif argument.startswith("--wheels="):
            wheels = Path(argument.split("=", 1)[1])
        else:
            rest.append(argument)
    return wheels, rest


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def inside_venv(venv: Path) -> bool:
    return Path(sys.prefix).resolve() == venv.resolve()


def requirements(extras: list[str]) -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += [r for r in project.get("optional-dependencies", {}).get(extra, []) if r not in wanted]
    return wanted


def ensure(wanted: list[str], venv: Path, wheels: Path | None = None) -> None:
    """Make sure ``venv`` exists, its pip works and every requirement in ``wanted`` is installed
    (quick when a stamp says so). ``wheels``: install from that folder only, not the internet.
    Raises SystemExit with a message in both languages when that cannot be done."""
    stamp = stamp_path(venv, wanted)
    if stamp.exists() and venv_python(venv).exists():
        return
    python = working_venv(venv)
    install(python, wanted, wheels)
    stamp.touch()


def stamp_path(venv: Path, wanted: list[str]) -> Path:
    """One stamp per set of requirements; other sets' stamps are kept (play's set is part of
    test's, so both stay true once installed)."""
    import hashlib

    return venv / f".installed-{hashlib.sha256(' '.join(wanted).encode()).hexdigest()[:16]}"


def working_venv(venv: Path) -> Path:
    """The Python of ``venv``, made (or made again) so that it runs and has pip."""
    python = venv_python(venv)
    if python.exists() and pip_works(python):
        return python
    if venv.exists():
        say(f"{venv} 不完整（没有 pip，或其中的 Python 无法运行），正在重新创建 ...",
            f"{venv} is incomplete (no pip, or its Python does not run): making it again ...")
    else:
        say("第一次启动：正在 .venv 中创建专用的 Python 环境 ...",
            "First start: making a private Python environment in .venv ...")
    make_venv(venv)
    if not pip_works(python):
        raise SystemExit(venv_help(venv))
    return python


def pip_works(python: Path) -> bool:
    import subprocess

    try:
        return subprocess.run([str(python), "-m", "pip", "--version"], capture_output=True).returncode == 0
    except OSError:   # not executable, or its interpreter is gone
        return False


def make_venv(venv: Path) -> None:
    """Create ``venv`` with pip, emptying whatever half-made one is there."""
    import subprocess
    import venv as venv_module

    try:
        venv_module.EnvBuilder(with_pip=True, clear=True).create(venv)
    except (subprocess.CalledProcessError, OSError) as err:
        # Debian and Ubuntu leave out ensurepip until python3-venv is installed; the next
        # start makes the environment again, so nothing needs deleting by hand.
        raise SystemExit(f"{err}\n\n{venv_help(venv)}") from None


def venv_help(venv: Path) -> str:
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return "\n".join([
        f"无法在 {venv} 中创建带 pip 的 Python 环境。",
        f"Could not make a Python environment with pip in {venv}.",
        f"Ubuntu/Debian:  sudo apt install python3-venv python{version}-venv",
        "然后再运行一次 python3 main.py（不完整的 .venv 会自动重建）。",
        "Then run python3 main.py again (the incomplete .venv is made again by itself).",
    ])


def install(python: Path, wanted: list[str], wheels: Path | None) -> None:
    """pip-install each requirement in turn, with a ``[3/9] pygame-ce`` line before each, so a
    long download is seen to move; stop with a message in both languages on failure."""
    import subprocess

    say("正在安装游戏需要的程序库（只需一次）...", "Installing what the game needs (once) ...")
    source = ["--no-index", "--find-links", str(wheels)] if wheels else []
    for number, requirement in enumerate(wanted, 1):
        print(f"[{number}/{len(wanted)}] {requirement_name(requirement)}", flush=True)
        command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", *source, requirement]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr, flush=True)
            raise SystemExit(install_help(requirement, result.stdout + result.stderr, wheels))


def requirement_name(requirement: str) -> str:
    """``"pygame-ce>=2.5"`` -> ``"pygame-ce"``: the name, without versions or markers."""
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]


def install_help(requirement: str, pip_output: str, wheels: Path | None) -> str:
    """What to do after pip failed to install ``requirement``, in both languages."""
    name = requirement_name(requirement)
    here = f"Python {sys.version_info[0]}.{sys.version_info[1]}, {sys.platform}"
    download = "python3 -m pip download -d FOLDER \".[test]\""
    if wheels:
        return "\n".join([
            f"文件夹 {wheels} 里没有适合这台电脑（{here}）的 {name}。",
            f"The folder {wheels} has no {name} that fits this computer ({here}).",
            "请在系统和 Python 版本相同、能上网的电脑上，在游戏文件夹里运行：",
            "Make the folder on a computer with the same system and Python version, online, in the game folder:",
            f"    {download}",
        ])
    offline = any(word in pip_output for word in NETWORK_TROUBLE)
    first = (["连不上网络：第一次启动需要联网下载游戏用到的程序库。",
              "Could not reach the internet: the first start downloads the game's libraries."] if offline else
             [f"无法安装 {name}（见上面 pip 的信息）。", f"Could not install {name} (see pip's messages above)."])
    return "\n".join(first + [
        "连上网络后再运行一次；或者用 U 盘带来一个 wheel 文件夹：python3 main.py --wheels 文件夹",
        "Connect and run again, or bring a folder of wheels (a USB stick): python3 main.py --wheels FOLDER",
        f"（在系统和 Python 版本相同的另一台电脑上，在游戏文件夹里用 / made on another computer with the same"
        f" system and Python, in the game folder, with:  {download}）",
    ])


def say(chinese: str, english: str) -> None:
    print(f"{chinese}\n{english}", flush=True)


def relaunch(venv: Path, argv: list[str]) -> int:
    """Run main.py again with the environment's Python; return its exit code."""
    import subprocess

    return subprocess.call([str(venv_python(venv)), str(ROOT / "main.py"), *argv])
