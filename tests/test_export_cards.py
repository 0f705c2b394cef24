"""Answer-card sessions exported: the card CSV files read back against the cards' answers, the
report's card section in both languages, and sessions without cards exported as before."""
from __future__ import annotations

import csv

from game.core.cards import CardRoom, CardVote
from game.core.classroom import make_teams
from game.core.community import CommunitySession, PlanItem
from game.export.session import export_session
from tests.test_export import (FONTS, assert_no_near_empty_page, flat, pack, page_texts,  # noqa: F401
                               play_classroom, store)


def votes(*pairs):
    return [CardVote(card, answer, 2.0 + card / 10) for card, answer in pairs]


def card_community_session(store, pack) -> int:
    """Five cards (card 2 named 王阿姨): 1-4 answer before practice, all five in it, 1-3 and 5 after.
    The mini pack: anim-real (real; option 1 safe), still-fake (AI), video-real (real; option 1 safe)."""
    real_before, fake, real_after = pack.scenarios[1], pack.scenarios[0], pack.scenarios[3]
    items = [PlanItem(real_before, "mini", "pre"), PlanItem(fake, "mini", "practice"),
             PlanItem(real_after, "mini", "post")]
    records = store.sessions
    session_id = records.start("community", "zh", plan_id="mini", group="幸福社区")
    records.cards(session_id, CardRoom(5, names={2: "王阿姨"}))
    cards = {0: [votes((1, "real"), (2, "manipulated"), (3, "real"), (4, "real")),
                 votes((1, 0), (2, 1), (3, 0), (4, 1))],
             1: [votes(*[(c, "manipulated") for c in range(1, 6)]), votes(*[(c, 1) for c in range(1, 6)])],
             2: [votes((1, "real"), (2, "real"), (3, "real"), (5, "real")), votes((1, 0), (2, 0), (3, 1), (5, 0))]}
    session = CommunitySession(items)
    while not session.finished:
        judge, action = cards[session.index]
        item = session.item
        records.card_votes(session_id, session.index, item.part, item.scenario, "judge", judge)
        records.card_votes(session_id, session.index, item.part, item.scenario, "action", action)
        tally = session.tally()                    # the show-of-hands tallies, filled from the cards
        tally.real = sum(v.answer == "real" for v in judge)
        tally.manipulated = sum(v.answer == "manipulated" for v in judge)
        tally.actions = [sum(v.answer == i for v in action) for i in range(len(tally.actions))]
        records.votes(session_id, session.index, item, tally)
        session.skip()
    records.finish(session_id)
    return session_id


def read_csv(path):
    with open(path, encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_a_card_session_exports_a_row_per_card_per_question_and_each_card_before_and_after(store, pack, tmp_path):
    session = card_community_session(store, pack)
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    names = {p.name for p in paths}
    assert {f"session-{session}-cards.csv", f"session-{session}-card-before-after.csv"} <= names
    rows = read_csv(tmp_path / f"session-{session}-cards.csv")
    assert len(rows) == 8 + 10 + 8
    assert list(rows[0])[:8] == ["session", "date", "time", "mode", "pack_or_plan", "pack_or_plan_title", "group",
                                 "language"]
    assert list(rows[0])[8:] == ["card", "name", "team", "team_name", "position", "part", "question", "scenario",
                                 "title", "answer", "right", "seconds"]
    two = [r for r in rows if r["card"] == "2"]
    assert [(r["position"], r["part"], r["question"], r["answer"], r["right"]) for r in two] == [
        ("1", "pre", "judge", "manipulated", "0"), ("1", "pre", "action", "2", "0"),
        ("2", "practice", "judge", "manipulated", "1"), ("2", "practice", "action", "2", "1"),
        ("3", "post", "judge", "real", "1"), ("3", "post", "action", "1", "1")]
    assert {r["name"] for r in two} == {"王阿姨"} and {r["name"] for r in rows if r["card"] != "2"} == {""}
    assert two[0]["title"] == pack.scenarios[1].title.zh and two[0]["seconds"] == "2.2"
    assert {r["group"] for r in rows} == {"幸福社区"}
    pre_judge = [r for r in rows if r["position"] == "1" and r["question"] == "judge"]
    assert sum(int(r["right"]) for r in pre_judge) / len(pre_judge) == 0.75
    both = {r["card"]: r for r in read_csv(tmp_path / f"session-{session}-card-before-after.csv")}
    assert list(both) == ["1", "2", "3", "4", "5"]
    assert [both[c]["counted_in_both"] for c in both] == ["1", "1", "1", "0", "0"]
    assert [(both[c]["pre_right"], both[c]["pre_safe"], both[c]["post_right"], both[c]["post_safe"]) for c in both] == [
        ("1", "1", "1", "1"), ("0", "0", "1", "1"), ("1", "1", "1", "0"), ("1", "0", "0", "0"), ("0", "0", "1", "1")]
    assert both["4"]["share_post_right"] == "" and both["2"]["share_pre_right"] == "0.0"
    questions = read_csv(tmp_path / f"session-{session}-questions.csv")   # the tallies, from the cards
    assert [q["share_judged_right"] for q in questions] == ["0.75", "1.0", "1.0"]


def test_the_report_has_the_card_section_in_both_languages(store, pack, tmp_path):
    session = card_community_session(store, pack)
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    zh = flat("\n".join(page_texts(tmp_path / f"session-{session}-report-zh.pdf")))
    for words in ("答题卡", "5 张答题卡作答（共发出 5 张）", f"1. {pack.scenarios[1].title.zh}：75% 判断对，50% 选了安全做法（4 张卡）",
                  "练习前后对比（答题卡，3 张卡前后都作答）", "练习前：67% 判断对，67% 选了安全做法",
                  "练习后：100% 判断对，67% 选了安全做法", "每张卡", "卡号", "名字", "练习前判断对", "王阿姨", "0 / 1"):
        assert words in zh, words
    en = flat("\n".join(page_texts(tmp_path / f"session-{session}-report-en.pdf")))
    for words in ("Answer cards", "5 answer cards took part (5 handed out)",
                  f"1. {pack.scenarios[1].title.en}: 75% judged right, 50% chose a safe action (4 cards)",
                  "Before and after practice (answer cards: 3 answered both)",
                  "Before: 67% judged right, 67% chose a safe action",
                  "After: 100% judged right, 67% chose a safe action",
                  "Card by card", "Before: judged right", "王阿姨", "0 of 1"):
        assert words in en, words
    for lang in ("zh", "en"):   # the habits and numbers may go over whole: a page of their own, never of four lines
        assert_no_near_empty_page(next(p for p in paths if p.name.endswith(f"report-{lang}.pdf")), min_depth=0.3)


def test_a_classroom_card_report_shows_each_card_with_its_team(store, pack, tmp_path):
    records = store.sessions
    session = records.start("classroom", "en", pack_id=pack.info.id, teams=make_teams(2, "en", ["Lions", "Tigers"]))
    records.cards(session, CardRoom(4, teams=2))
    scenario = pack.scenarios[1]                                      # real, option 1 safe
    records.card_votes(session, 0, "practice", scenario, "judge", votes((1, "real"), (2, "real"), (3, "manipulated")))
    paths = export_session(records.report(session), [pack], FONTS, tmp_path)
    rows = read_csv(tmp_path / f"session-{session}-cards.csv")
    assert [(r["card"], r["team"], r["team_name"], r["right"]) for r in rows] == [
        ("1", "1", "Lions", "1"), ("2", "1", "Lions", "1"), ("3", "2", "Tigers", "0")]
    en = flat("\n".join(page_texts(next(p for p in paths if p.name.endswith("report-en.pdf")))))
    assert "3 answer cards took part (4 handed out)" in en and "Team" in en and "Tigers" in en
    assert "Before and after" not in en.split("Answer cards")[1]      # no learning check in a classroom round


def test_a_session_without_cards_exports_as_before(store, pack, tmp_path):
    play_classroom(store, pack)
    paths = export_session(store.sessions.report(store.sessions.latest()), [pack], FONTS, tmp_path)
    assert not any("cards" in p.name or "before-after" in p.name for p in paths)
    for lang, word in (("zh", "答题卡"), ("en", "Answer cards")):
        text = flat("\n".join(page_texts(next(p for p in paths if p.name.endswith(f"report-{lang}.pdf")))))
        assert word not in text


def test_sixty_named_cards_run_over_pages_with_every_card_shown_and_none_alone(store, pack, tmp_path):
    """The most cards, each with a long typed name: every card's row is in the report (the table
    carries on under its headings), and no page holds only a row or two."""
    records = store.sessions
    session = records.start("community", "en", plan_id="mini", group="")
    names = {card: f"王阿姨住在七号楼 Mrs Wang {card:02d}" for card in range(1, 61)}
    records.cards(session, CardRoom(60, names=names))
    for position, (part, scenario) in enumerate((("pre", pack.scenarios[1]), ("post", pack.scenarios[3]))):
        records.card_votes(session, position, part, scenario, "judge",
                           votes(*[(card, "real" if (card + position) % 3 else "manipulated") for card in range(1, 61)]))
    paths = export_session(records.report(session), [pack], FONTS, tmp_path)
    for lang in ("zh", "en"):
        path = next(p for p in paths if p.name.endswith(f"report-{lang}.pdf"))
        text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
        assert all(f"MrsWang{card:02d}" in text for card in range(1, 61))
        assert_no_near_empty_page(path, min_depth=0.3)
