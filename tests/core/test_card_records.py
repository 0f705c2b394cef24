"""Each card's answer is kept in the real progress file: cards handed out, votes per question."""
from __future__ import annotations

import sqlite3

from game.core.cards import CardRoom, CardVote
from game.core.models import Scenario
from game.core.progress import ProgressStore


def scenario():
    return Scenario.model_validate({
        "id": "boss-call", "category": "faceswap_video_call", "difficulty": 1, "truth": "manipulated", "title": "t",
        "clip": {"kind": "image", "file": "a.png"}, "tells": [{"text": "t"}],
        "actions": [{"prompt": "p", "options": [{"text": "pay", "safe": False, "why": "w"},
                                                {"text": "call back", "safe": True, "why": "w"}]}],
        "explanation": "e", "rights": ["civil-code-1019"]})


def test_cards_and_their_votes_read_back(tmp_path):
    store = ProgressStore(tmp_path / "progress.db", lambda: "2026-12-05T10:00:00")
    records = store.sessions
    session = records.start("community", "zh", plan_id="p20")
    records.cards(session, CardRoom(4, teams=2, names={2: "王阿姨"}))
    item = scenario()
    records.card_votes(session, 0, "pre", item, "judge", [CardVote(1, "manipulated", 2.5), CardVote(2, "real", 3.0)])
    records.card_votes(session, 0, "pre", item, "action", [CardVote(1, 1, 4.0), CardVote(3, 0, 4.5)])
    records.card_votes(session, 0, "pre", item, "judge", [CardVote(1, "manipulated", 6.0)])   # asked again: replaces
    store.close()
    with sqlite3.connect(tmp_path / "progress.db") as db:
        assert db.execute("SELECT COUNT(*) FROM card_votes").fetchone()[0] == 3
    store = ProgressStore(tmp_path / "progress.db", lambda: "2026-12-05T10:00:00")
    report = store.sessions.report(session)
    assert report.cards == [{"card": 1, "name": "", "team": 0}, {"card": 2, "name": "王阿姨", "team": 0},
                            {"card": 3, "name": "", "team": 1}, {"card": 4, "name": "", "team": 1}]
    rows = [(v["question"], v["card"], v["answer"], v["right"], v["seconds"]) for v in report.card_votes]
    assert rows == [("action", 1, "1", 1, 4.0), ("action", 3, "0", 0, 4.5), ("judge", 1, "manipulated", 1, 6.0)]
    store.close()
