"""识破 SeeThrough — start here.

    python3 main.py          play (sets itself up on first start)
    python3 main.py test     run the whole test suite
    python3 main.py --help   every command

This file must run on old Pythons (3.6 and up) far enough to say which Python the game needs:
so no modern syntax here, and no game module is imported before the version check.
"""
import sys

# Keep in step with pyproject.toml's requires-python (tests/test_setup.py checks they agree).
NEEDED = (3, 11)


def python_too_old(version):
    """The message to show when ``version`` (a tuple like sys.version_info) is older than
    NEEDED, in Chinese and English with how to get a newer Python; None when it is new enough."""
    if tuple(version[:2]) >= NEEDED:
        return None
    needed = "%d.%d" % NEEDED
    have = ".".join(str(part) for part in version[:3])
    return "\n".join([
        "识破 SeeThrough 需要 Python %s 或更新的版本，这台电脑上运行的是 Python %s。" % (needed, have),
        "SeeThrough needs Python %s or newer; this is Python %s." % (needed, have),
        "",
        "Windows: 从 / from https://www.python.org/downloads/ 下载安装程序 / run the installer",
        "         (勾选 / tick \"Add python.exe to PATH\"), 或 / or:  winget install Python.Python.3.12",
        "         然后 / then:  py -3.12 main.py",
        "macOS:   python.org 的安装程序 / the installer from https://www.python.org/downloads/ ,",
        "         或 / or Homebrew:  brew install python@3.12   然后 / then:  python3.12 main.py",
        "Ubuntu:  sudo add-apt-repository ppa:deadsnakes/ppa && sudo apt update"
        " && sudo apt install python3.12 python3.12-venv",
        "         然后 / then:  python3.12 main.py",
        "         (Ubuntu 24.04 及以后 / and later, Debian 12 及以后 / and later 自带 / come with a new"
        " enough python3)",
    ])


def show(text):
    """Print to stderr in UTF-8 even where an old Python takes the terminal for ASCII (3.6 under
    LANG=C would print the Chinese as \\u escapes): today's terminals are UTF-8 anyway."""
    encoding = (getattr(sys.stderr, "encoding", None) or "").lower().replace("-", "")
    if encoding == "utf8" or not hasattr(sys.stderr, "buffer"):
        print(text, file=sys.stderr)
        return
    sys.stderr.flush()
    sys.stderr.buffer.write((text + "\n").encode("utf-8"))
    sys.stderr.flush()


def start():
    problem = python_too_old(sys.version_info)
    if problem:
        show(problem)
        return 1
    from game import bootstrap

    return bootstrap.start(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(start())
