"""``main.py say``: what the voice will say for a line, so an author can check it.

Prints the spoken form (numbers and polyphones; see game/core/speakable.py), the voice
chosen for the language, and espeak-ng's phonemes for the spoken form.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from game.core.speakable import spoken_form
from game.core.speechtext import split_by_script


def run_say(text: str, lang: str, as_json: bool) -> int:
    """Print the check for ``text``; 0 when the engine answered, 1 when there is no speech."""
    # imported here: it starts a worker process, needed by this command only
    from game.media.speech import Speech

    spoken = spoken_form(text, lang)
    with tempfile.TemporaryDirectory() as cache:
        speech = Speech(Path(cache))
        try:
            report = {"text": text, "lang": lang, "spoken": spoken,
                      "parts": [[part_lang, part] for part_lang, part in split_by_script(spoken, lang)],
                      "voice": speech.voice(lang), "phonemes": speech.phonemes(spoken, lang),
                      "engine": speech.engine, "error": speech.error}
        finally:
            speech.close()
    print(json.dumps(report, ensure_ascii=False) if as_json else _as_lines(report))
    return 0 if report["engine"] else 1


def _as_lines(report: dict) -> str:
    lines = [f"spoken:   {report['spoken']}", f"voice:    {report['voice'] or '(none)'}",
             f"phonemes: {report['phonemes']}"]
    if not report["engine"]:
        lines.append(f"no speech engine: {report['error']}")
    return "\n".join(lines)
