"""The words of an audio or video clip on screen: the line being said, in time with the clip,
and every line once the clip has ended or is paused.

The clip's time is its ``position`` (game.media.clips), which runs by the frame clock whether
or not there is a sound card, so the captions follow a silent clip just the same. A line stays
up ``HOLD`` seconds after it is said, for slow readers, unless the next line begins first.
Used under the clip in a round (game.ui.roundquestion, roundclip, roundpages) and in the rooms
(game.ui.roomscene).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.models import text_in
from game.core.transcript import line_in, lines_at, words_of
from game.core.transcript import next_change as transcript_change
from game.ui.sections import MIN_BODY, Section, paginate, role_size, section_height, sections_height

HOLD = 1.5   # seconds a line stays on screen after it is said (less if the next line begins)


def transcript_of(scenario) -> list | None:
    """The clip's lines; [] when nothing is said, None when the clip has no sound (a picture)."""
    return scenario.clip.transcript if scenario.clip.kind in ("audio", "video") else None


def is_playing(clip) -> bool:
    return clip is not None and bool(clip.playing) and bool(clip.seconds)


def live_lines(clip, transcript, lang: str) -> list[str]:
    """The lines being said now (with their speaker), in ``lang``; [] between lines."""
    if clip is None or not transcript:
        return []
    return [line_in(line, lang, live=True) for line in lines_at(transcript, clip.position, HOLD)]


def next_change(clip, transcript) -> float | None:
    """Seconds until the line under a playing clip changes (a line begins, or one goes after its
    ``HOLD``); None while the clip is not playing (its words then stand still). The game loop
    redraws only when a screen says its picture changes (``Scene.next_change``): the scenes
    that show live captions add this to their clip's own next change."""
    if not is_playing(clip) or not transcript:
        return None
    return transcript_change(transcript, clip.position, HOLD)


def all_lines(transcript, lang: str) -> list[str]:
    return [words for words in (line_in(line, lang) for line in transcript or ()) if words]


def running_text(transcript, lang: str) -> list[str]:
    """The whole transcript as few paragraphs as it takes: one per speaker's turn, the speaker
    named once at its start (the most words in the least room, under a clip)."""
    turns: list[tuple[object, list[str]]] = []
    for line in transcript or ():
        speaker = text_in(line.speaker, lang) if line.speaker else None
        words = line_in(line, lang) if not turns or turns[-1][0] != speaker else words_of(line, lang)
        if turns and turns[-1][0] == speaker:
            turns[-1][1].append(words)
        else:
            turns.append((speaker, [words]))
    return [("" if lang == "zh" else " ").join(parts) for _, parts in turns]


@dataclass
class Words:
    """What goes under a clip: ``lines`` now (the line said, or all of them), and ``reserve``,
    the room to keep for them so the picture does not jump as lines come and go."""

    lines: list[Section] = field(default_factory=list)
    reserve: list[Section] = field(default_factory=list)
    more_key: str = ""    # when all the words are shown: the note that more is in the transcript (T)
    steady: list[Section] = field(default_factory=list)   # the room a page lays out for, playing or not

    def fitted(self, ctx, width: int, height: int, body: int | None = None) -> list[Section]:
        """``lines`` as far as they fit in ``height`` at the chosen size (never smaller); when
        they do not all fit, the last line is a note that the transcript (T) has every word."""
        if not self.more_key:
            return self.lines
        body = body or ctx.theme.body
        if sections_height(ctx.text, self.lines, width, body) <= height:
            return self.lines
        note = Section(ctx.t(self.more_key), "small", "focus", False, 0)
        room = height - section_height(ctx.text, note, width, body)
        if room < ctx.text.line_height(role_size("small", body)):   # no line fits: only where to read them
            note = Section(ctx.t("transcript.see_all"), "small", "focus", False, 0)
            return [note] if section_height(ctx.text, note, width, body) <= height else []
        return paginate(ctx.text, self.lines, width, room, body)[0] + [note]


def under(ctx, top: list[Section], words: Words, width: int, height: int) -> list[Section]:
    """``top`` (what the clip is) and then ``words``, fitted in ``height``; when even the smallest
    text would not hold both, the words alone: the description is in the transcript (T) too."""
    body = ctx.theme.body
    fitted = words.fitted(ctx, width, height - sections_height(ctx.text, top, width, body), body)
    if (fitted or not words.lines) and sections_height(ctx.text, top + fitted, width, MIN_BODY) <= height:
        return top + fitted
    return words.fitted(ctx, width, height, body)


def clip_words(ctx, scenario, clip, live_role: str = "body") -> Words:
    """Under an audio or video clip: while it plays, the line being said (room kept for the
    longest); once it has ended, is paused or cannot be opened, every line. Nothing for pictures."""
    transcript, lang = transcript_of(scenario), ctx.lang
    if transcript is None:
        return Words()
    longest = max(all_lines(transcript, lang), key=len, default="")
    steady = [Section(longest, live_role, "text", False, 4)] if longest else []
    if is_playing(clip):
        live = [Section(words, live_role, "text", False, 4) for words in live_lines(clip, transcript, lang)]
        return Words(live, steady, steady=steady)
    if not transcript:
        note = [Section(ctx.t("transcript.no_words"), "small", "muted", False, 4)]
        return Words(note, steady=note)
    lines = [Section(words, "small", "text", False, 4) for words in running_text(transcript, lang)]
    return Words(lines, lines, "transcript.more", steady)


def description(ctx, scenario, role: str = "small") -> Section:
    """The clip's own caption: what the clip is (kept above its words)."""
    return Section(text_in(scenario.clip.caption, ctx.lang), role, "muted", False, 6)


def words_sections(ctx, scenario, heading: bool = True) -> list[Section]:
    """Every line of the clip as paragraphs (for the feedback pages); [] for pictures."""
    transcript = transcript_of(scenario)
    if transcript is None:
        return []
    lines = all_lines(transcript, ctx.lang) or [ctx.t("transcript.no_words")]
    title = [Section(ctx.t("transcript.said"), "body", "focus", True, 4)] if heading else []
    return title + [Section(words, "body", "text", False, 4) for words in lines]


def live_sections(ctx, scenario, clip) -> list[Section]:
    """The line said now, while the clip plays (on the feedback pages, after R); [] otherwise."""
    if not is_playing(clip):
        return []
    return [Section(words, "body", "text", False, 6) for words in live_lines(clip, transcript_of(scenario), ctx.lang)]
