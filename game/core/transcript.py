"""What is being said in a clip at a moment, from its ``clip.transcript`` (pure: no pygame).

A transcript is a list of lines in the order they are said, each with ``start`` and ``end``
in seconds of the clip's own time (game.core.models.TranscriptLine). The round screen asks
``lines_at`` for the captions to show while the clip plays, and ``said_by`` for everything
said so far (the whole transcript once the clip has ended), so a player who cannot hear the
clip — no sound card, poor hearing — can still read every word.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from game.core.models import text_in
from game.core.strings import t


class Timed(Protocol):
    """Anything with a start and an end in seconds, such as a TranscriptLine."""

    @property
    def start(self) -> float: ...

    @property
    def end(self) -> float: ...


Line = TypeVar("Line", bound=Timed)


def lines_at(transcript: Sequence[Line] | None, seconds: float, hold: float = 0.0) -> list[Line]:
    """The lines being spoken at ``seconds``: each from its start until its end, in order.

    ``hold`` keeps a line up to that many seconds longer, for slow readers, but never past the
    start of the next line, so a held caption gives way as soon as someone speaks again; lines
    that really overlap (two voices at once) are both returned. A line's end is exclusive: at
    exactly ``end`` (with no hold) it is over. No transcript, or a moment before the first
    line or in a pause, gives [].
    """
    if not transcript:
        return []
    shown = []
    for index, line in enumerate(transcript):
        if line.start > seconds:
            break   # the lines are in the order they are said: none later has begun
        if seconds < _shown_until(transcript, index, hold):
            shown.append(line)
    return shown


def next_change(transcript: Sequence[Line] | None, seconds: float, hold: float = 0.0) -> float | None:
    """Seconds from ``seconds`` until ``lines_at`` (with the same ``hold``) gives other lines:
    the next line begins or a line shown goes. None when nothing changes any more.

    The game loop draws only when the picture changes (``Scene.next_change``): a clip's
    captions say here when they change, so that a line appears when it is said and not at
    the clip's next picture, which for a recording may be its end.
    """
    if not transcript:
        return None
    moments = []
    for index, line in enumerate(transcript):
        moments += [line.start, _shown_until(transcript, index, hold)]
    later = [moment - seconds for moment in moments if moment > seconds]
    return min(later, default=None)


def _shown_until(transcript: Sequence[Line], index: int, hold: float) -> float:
    """When line ``index`` goes from the screen: its end, or up to ``hold`` later unless the next
    line begins first (see ``lines_at``)."""
    line = transcript[index]
    if hold <= 0:
        return line.end
    later = transcript[index + 1].start if index + 1 < len(transcript) else float("inf")
    return max(line.end, min(line.end + hold, later))


def said_by(transcript: Sequence[Line] | None, seconds: float) -> list[Line]:
    """Every line that has begun by ``seconds``, in order: what the player has heard so far,
    the line being spoken included. At or after the clip's end this is the whole transcript."""
    if not transcript:
        return []
    said = []
    for line in transcript:
        if line.start > seconds:
            break
        said.append(line)
    return said


def line_in(line, lang: str, live: bool = False) -> str:
    """One line as shown in ``lang`` (the other language where one is missing), after its
    speaker's name when it has one: "记者：阿姨，今天菜贵吗？", "Reporter: Madam, ...".

    Words lost in a drop-out of the sound (the line's ``unclear``) are never written as if
    heard: ``live`` (the caption while the clip plays) puts "[听不清]" / "[unclear]" in their
    place; otherwise (the full transcript, read afterwards) they are given marked as unclear,
    "（听不清：二哥）" / "(unclear: second brother)"."""
    words = words_of(line, lang, live)
    speaker = text_in(getattr(line, "speaker", None), lang)
    if words and speaker:
        return f"{speaker}{'：' if lang == 'zh' else ': '}{words}"
    return words


def words_of(line, lang: str, live: bool = False) -> str:
    """A line's words alone (no speaker) in ``lang`` or the other language, lost words marked
    as ``line_in`` says."""
    shown = lang if getattr(line, lang, None) else ("en" if lang == "zh" else "zh")
    words = getattr(line, shown, None) or ""
    return mark_unclear(words, [getattr(lost, shown, None) for lost in getattr(line, "unclear", None) or ()],
                        lang, live)


def mark_unclear(words: str, lost: Sequence[str | None], lang: str, live: bool) -> str:
    """``words`` with each of the ``lost`` parts (the first place each occurs, from the left)
    replaced by the unclear mark in ``lang``; a part not found is left alone (``validate``
    reports it)."""
    start = 0
    for part in lost:
        if not part:
            continue
        at = words.find(part, start)
        if at < 0:
            continue
        mark = t("transcript.unclear_live", lang) if live else t("transcript.unclear", lang, words=part)
        words = words[:at] + mark + words[at + len(part):]
        start = at + len(mark)
    return words


def unclear_missing(line) -> list[str]:
    """The ``unclear`` parts of ``line`` that are not in its words (what ``validate`` reports)."""
    missing = []
    for lost in getattr(line, "unclear", None) or ():
        for lang in ("zh", "en"):
            part, words = getattr(lost, lang, None), getattr(line, lang, None)
            if part and words and part not in words:
                missing.append(f"{lang}: {part!r}")
            elif words and not part:
                missing.append(f"{lang}: (none given)")
    return missing


def full_text(transcript: Sequence, lang: str, sep: str | None = None) -> str:
    """The whole transcript as running text in ``lang`` (the other language where one is
    missing), lines joined by a space in English and with nothing in Chinese."""
    sep = ("" if lang == "zh" else " ") if sep is None else sep
    return sep.join(words for words in (line_in(line, lang) for line in transcript or ()) if words)
