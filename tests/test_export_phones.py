"""Sessions answered on phones exported: the phone CSV files read back against the answers, the
formula rule on every typed text cell, the report's phone section in both languages (odd
nicknames included), and sessions with neither cards nor phones exported as before."""
from __future__ import annotations

import csv

from game.core.cards import CardRoom, CardVote
from game.core.classroom import make_teams
from game.core.community import CommunitySession, PlanItem
from game.export.session import export_session
from game.export.tables import safe_cell
from tests.test_export import (FONTS, assert_no_near_empty_page, flat, pack, page_texts,  # noqa: F401
                               play_classroom, store)

LONG = "WWWWWWWWWWWWWWWW"            # 16 characters, the most a phone may type, with no space to break at
NICKNAMES = {1: "王阿姨", 2: "=SUM(A1:A9)", 3: "Tom, the cook", 4: "🙂小明🙂", 5: "@ann", 6: LONG, 7: "never"}


def phone_community_session(store, pack, group: str = "幸福社区") -> int:
    """Seven phones join; 1-4 and 6 answer before practice, 1-5 in it, 1-3, 5 and 6 after; 7 never answers.
    The mini pack: anim-real (real; option 1 safe), still-fake (AI; option 2 safe), video-real (real; option 1 safe)."""
    items = [PlanItem(pack.scenarios[1], "mini", "pre"), PlanItem(pack.scenarios[0], "mini", "practice"),
             PlanItem(pack.scenarios[3], "mini", "post")]
    records = store.sessions
    session_id = records.start("community", "zh", plan_id="mini", group=group)
    for person, nickname in NICKNAMES.items():
        records.phone_person(session_id, person, nickname, None)
    answers = {0: ([(1, "real"), (2, "manipulated"), (3, "real"), (4, "real"), (6, "manipulated")],
                   [(1, 0), (2, 1), (3, 0), (4, 1)]),
               1: ([(p, "manipulated") for p in (1, 2, 4, 5)] + [(3, "real")], [(1, 1), (2, 1), (3, 0)]),
               2: ([(1, "real"), (2, "real"), (3, "manipulated"), (5, "real"), (6, "real")],
                   [(1, 0), (2, 0), (3, 1), (5, 0)])}
    session = CommunitySession(items)
    while not session.finished:
        judge, action = answers[session.index]
        item = session.item
        records.phone_votes(session_id, session.index, item.part, item.scenario, "judge",
                            [(p, a, 3.0 + p / 10) for p, a in judge])
        records.phone_votes(session_id, session.index, item.part, item.scenario, "action",
                            [(p, a, 6.0 + p / 10) for p, a in action])
        tally = session.tally()                    # the show-of-hands tallies, filled from the phones
        tally.real = sum(a == "real" for _, a in judge)
        tally.manipulated = sum(a == "manipulated" for _, a in judge)
        tally.actions = [sum(a == i for _, a in action) for i in range(len(tally.actions))]
        records.votes(session_id, session.index, item, tally)
        session.skip()
    records.finish(session_id)
    return session_id


def read_csv(path):
    with open(path, encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def report_text(paths, lang):
    return flat("\n".join(page_texts(next(p for p in paths if p.name.endswith(f"report-{lang}.pdf")))))


def test_a_phone_session_exports_a_row_per_person_per_question_and_each_person_before_and_after(store, pack, tmp_path):
    session = phone_community_session(store, pack)
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    names = {p.name for p in paths}
    assert {f"session-{session}-phones.csv", f"session-{session}-phone-before-after.csv"} <= names
    assert not any("card-before-after" in name or name.endswith("-cards.csv") for name in names)
    rows = read_csv(tmp_path / f"session-{session}-phones.csv")
    assert len(rows) == 5 + 4 + 5 + 3 + 5 + 4
    assert list(rows[0])[:8] == ["session", "date", "time", "mode", "pack_or_plan", "pack_or_plan_title", "group",
                                 "language"]
    assert list(rows[0])[8:] == ["person", "nickname", "team", "team_name", "position", "part", "question",
                                 "scenario", "title", "answer", "right", "seconds"]
    two = [r for r in rows if r["person"] == "2"]
    assert [(r["position"], r["part"], r["question"], r["answer"], r["right"]) for r in two] == [
        ("1", "pre", "judge", "manipulated", "0"), ("1", "pre", "action", "2", "0"),
        ("2", "practice", "judge", "manipulated", "1"), ("2", "practice", "action", "2", "1"),
        ("3", "post", "judge", "real", "1"), ("3", "post", "action", "1", "1")]
    assert {r["nickname"] for r in two} == {"'=SUM(A1:A9)"}                        # shown, never run
    nicknames = {r["person"]: r["nickname"] for r in rows}
    assert nicknames == {"1": "王阿姨", "2": "'=SUM(A1:A9)", "3": "Tom, the cook", "4": "🙂小明🙂", "5": "'@ann",
                         "6": LONG}                                              # as typed; 7 never answered
    assert two[0]["title"] == pack.scenarios[1].title.zh and two[0]["seconds"] == "3.2"
    assert {r["team"] for r in rows} == {""} and {r["group"] for r in rows} == {"幸福社区"}
    pre_judge = [r for r in rows if r["position"] == "1" and r["question"] == "judge"]
    assert sum(int(r["right"]) for r in pre_judge) / len(pre_judge) == 0.6
    both = {r["person"]: r for r in read_csv(tmp_path / f"session-{session}-phone-before-after.csv")}
    assert list(both) == ["1", "2", "3", "4", "5", "6"]
    assert list(both["1"])[8:11] == ["person", "nickname", "team"]
    assert [both[p]["counted_in_both"] for p in both] == ["1", "1", "1", "0", "0", "1"]
    assert [(both[p]["pre_right"], both[p]["pre_safe"], both[p]["post_right"], both[p]["post_safe"]) for p in both] == [
        ("1", "1", "1", "1"), ("0", "0", "1", "1"), ("1", "1", "0", "0"), ("1", "0", "0", "0"), ("0", "0", "1", "1"),
        ("0", "0", "1", "0")]
    assert both["6"]["pre_actions"] == "0" and both["6"]["share_pre_right"] == "0.0"
    assert both["4"]["share_post_right"] == "" and both["2"]["nickname"] == "'=SUM(A1:A9)"


def test_every_typed_text_cell_starting_like_a_formula_is_quoted_in_every_csv(store, pack, tmp_path):
    session = phone_community_session(store, pack, group="=HYPERLINK(\"http://x\")")
    store.sessions.cards(session, CardRoom(3, names={1: "+1 王", 2: "-dash", 3: "plain"}))
    store.sessions.card_votes(session, 1, "practice", pack.scenarios[0], "judge",
                              [CardVote(card, "manipulated", 2.0) for card in (1, 2, 3)])
    export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    files = sorted(tmp_path.glob("*.csv"))
    assert {f.name.split("-", 2)[2] for f in files} == {"questions.csv", "phones.csv", "phone-before-after.csv",
                                                        "cards.csv", "card-before-after.csv"}
    for path in files:
        assert {r["group"] for r in read_csv(path)} == {"'=HYPERLINK(\"http://x\")"}, path.name
    assert [r["name"] for r in read_csv(tmp_path / f"session-{session}-card-before-after.csv")] == [
        "'+1 王", "'-dash", "plain"]
    classroom = store.sessions.start("classroom", "en", pack_id=pack.info.id,
                                     teams=make_teams(2, "en", ["-Lions", "@Tigers"]), group="+group")
    store.sessions.phone_person(classroom, 1, "-me", 1)
    store.sessions.phone_votes(classroom, 0, "practice", pack.scenarios[1], "judge", [(1, "real", 2.0)])
    export_session(store.sessions.report(classroom), [pack], FONTS, tmp_path / "classroom")
    rows = read_csv(tmp_path / "classroom" / f"session-{classroom}-phones.csv")
    assert [(r["nickname"], r["team"], r["team_name"], r["group"]) for r in rows] == [("'-me", "2", "'@Tigers", "'+group")]
    assert safe_cell(-3) == -3 and safe_cell("\tx") == "'\tx" and safe_cell("a=b") == "a=b"


def test_the_report_has_the_phone_section_in_both_languages(store, pack, tmp_path):
    session = phone_community_session(store, pack)
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    zh = report_text(paths, "zh")
    for words in ("手机作答", "6 人用手机作答（共 7 部手机加入）", f"1. {pack.scenarios[1].title.zh}：60% 判断对，50% 选了安全做法（5 人）",
                  "练习前后对比（手机，4 人前后都作答）", "练习前：50% 判断对，67% 选了安全做法",
                  "练习后：75% 判断对，67% 选了安全做法", "每个人", "编号", "昵称", "练习前判断对", "王阿姨",
                  "=SUM(A1:A9)", "?小明?", "0 / 1"):
        assert words in zh, words
    en = report_text(paths, "en")
    for words in ("Answers on phones", "6 people answered on their phones (7 joined)",
                  f"1. {pack.scenarios[1].title.en}: 60% judged right, 50% chose a safe action (5 people)",
                  "Before and after practice (phones: 4 answered both)",
                  "Before: 50% judged right, 67% chose a safe action",
                  "After: 75% judged right, 67% chose a safe action",
                  "Person by person", "Nickname", "Before: judged right", "王阿姨", "Tom, the cook", "?小明?", "0 of 1"):
        assert words in en, words
    for text in (zh, en):
        assert "🙂" not in text and "答题卡" not in text and "Answer cards" not in text
        assert LONG in text.replace(" ", "")                                    # the long nickname, whole
    for lang in ("zh", "en"):
        assert_no_near_empty_page(next(p for p in paths if p.name.endswith(f"report-{lang}.pdf")), min_depth=0.3)


def test_a_classroom_phone_report_shows_each_person_with_their_team(store, pack, tmp_path):
    records = store.sessions
    session = records.start("classroom", "en", pack_id=pack.info.id, teams=make_teams(2, "en", ["Lions", "Tigers"]))
    for person, nickname, team in ((1, "Ann", 0), (2, "", 1), (3, "李雷", 1)):
        records.phone_person(session, person, nickname, team)
    records.phone_votes(session, 0, "practice", pack.scenarios[1], "judge",
                        [(1, "real", 2.0), (2, "real", 2.0), (3, "manipulated", 2.0)])
    paths = export_session(records.report(session), [pack], FONTS, tmp_path)
    rows = read_csv(tmp_path / f"session-{session}-phones.csv")
    assert [(r["person"], r["nickname"], r["team"], r["team_name"], r["right"]) for r in rows] == [
        ("1", "Ann", "1", "Lions", "1"), ("2", "", "2", "Tigers", "1"), ("3", "李雷", "2", "Tigers", "0")]
    en = report_text(paths, "en")
    assert "3 people answered on their phones (3 joined)" in en and "Team" in en and "Tigers" in en
    assert "phone 2" in en                                                     # no nickname: named by number
    assert "Before and after" not in en.split("Answers on phones")[1]         # no learning check in a classroom round
    assert "手机 2" in report_text(paths, "zh")


def test_cards_and_phones_in_one_session_each_get_their_section(store, pack, tmp_path):
    session = phone_community_session(store, pack)
    store.sessions.cards(session, CardRoom(2))
    store.sessions.card_votes(session, 1, "practice", pack.scenarios[0], "judge",
                              [CardVote(card, "manipulated", 2.0) for card in (1, 2)])
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    zh, en = report_text(paths, "zh"), report_text(paths, "en")
    assert zh.index("答题卡") < zh.index("手机作答") and en.index("Answer cards") < en.index("Answers on phones")
    assert "2 张答题卡作答（共发出 2 张）" in zh and "6 people answered on their phones (7 joined)" in en


def test_a_session_with_neither_cards_nor_phones_exports_as_before(store, pack, tmp_path):
    session, _ = play_classroom(store, pack)
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    assert sorted(p.name for p in paths) == [f"session-{session}-{n}" for n in (
        "answers.csv", "card-en.pdf", "card-zh.pdf", "questions.csv", "report-en.pdf", "report-zh.pdf",
        "slides-en.pdf", "slides-zh.pdf", "teams.csv")]
    for lang, words in (("zh", ("手机作答", "答题卡")), ("en", ("Answers on phones", "Answer cards"))):
        text = report_text(paths, lang)
        assert not any(word in text for word in words)


def test_forty_phones_with_long_nicknames_run_over_pages_with_everyone_shown(store, pack, tmp_path):
    records = store.sessions
    session = records.start("community", "en", plan_id="mini", group="")
    for person in range(1, 41):
        records.phone_person(session, person, "长长的昵称十六个字真的好长啊" + f"{person:02d}", None)
    for position, (part, scenario) in enumerate((("pre", pack.scenarios[1]), ("post", pack.scenarios[3]))):
        records.phone_votes(session, position, part, scenario, "judge",
                            [(p, "real" if (p + position) % 3 else "manipulated", 2.0) for p in range(1, 41)])
    paths = export_session(records.report(session), [pack], FONTS, tmp_path)
    for lang in ("zh", "en"):
        path = next(p for p in paths if p.name.endswith(f"report-{lang}.pdf"))
        text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
        assert all(f"真的好长啊{p:02d}" in text for p in range(1, 41))
        assert_no_near_empty_page(path, min_depth=0.3)


def test_characters_the_font_cannot_draw_become_one_question_mark_each():
    from game.core.charset import Charset
    from game.export.cardsection import drawable
    from game.export.session import font_charset

    charset = font_charset(FONTS)
    assert isinstance(charset, Charset)
    assert drawable("🙂小明🙂", charset) == "?小明?" and drawable("👍🏽 Tom", charset) == "? Tom"
    assert drawable("👨‍👩‍👧", charset) == "???" and drawable("王阿姨 Ann, =1", charset) == "王阿姨 Ann, =1"
    assert drawable("🙂", None) == "🙂"
