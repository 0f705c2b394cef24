"""After a round: one calm sentence that puts the player's round beside what research found.

The sentences (``research.*`` in ``game.core.homestrings``) quote only figures from the
project's design notes (/work/shared/design-notes.md, "2026 update"):
- a meta-analysis of 56 studies (N = 86,155): people are right about deepfakes 55.5 % of the
  time overall, 62 % on audio;
- Barrington, Cooper & Farid 2025: listeners take a voice clone for the same person about
  80 % of the time.
None of them ranks the player or counts what they got wrong.
"""
from __future__ import annotations

from game.core.scoring import Answer

GOOD_EYES = 0.75   # judged at least this share of the clips right: "good eyes still miss good fakes"


def research_key(answers: list[Answer]) -> str | None:
    """The key of the sentence for a round of ``answers``; None for an empty round.

    Mostly calls (a round about what to do): the cloned-voice sentence. Otherwise by how many
    clips were judged right: many → good eyes still miss good fakes; fewer → most people miss
    them too. Both end on checking, never on the player's eyes.
    """
    if not answers:
        return None
    calls = sum(1 for a in answers if a.call_outcome)
    if calls * 2 > len(answers):
        return "research.voices"
    clips = [a for a in answers if not a.call_outcome]
    right = sum(1 for a in clips if a.judgement == a.truth)
    return "research.good_eyes" if right >= GOOD_EYES * len(clips) else "research.most_miss"
