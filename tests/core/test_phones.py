"""Answers on phones, what the room keeps: joining, one answer per phone, what each phone sees."""
import json

import pytest

from game.core.phones import (MAX_MESSAGE, PhoneQuestion, PhoneRoom, Refused, Reveal, clean_nickname)

DEVICE, OTHER = "phone-aaaa-1111", "phone-bbbb-2222"


def send(room, now=0.0, **message):
    return room.receive(json.dumps(message), now)


def joined_room(teams=()):
    room = PhoneRoom("4821", list(teams))
    send(room, type="join", device=DEVICE, code="4821", nickname="王阿姨", team=0 if teams else None)
    return room


def judge(key="0-judge"):
    return PhoneQuestion(key, 0, "practice", "judge", ({"zh": "真的", "en": "Real"}, {"zh": "AI", "en": "AI"}))


def test_a_phone_joins_with_the_code_and_a_nickname():
    room = joined_room()
    assert room.counts() == (1, 0) and room.view(DEVICE)["nickname"] == "王阿姨"
    for code, nickname, why in (("1234", "Li", "wrong_code"), ("4821", "   ", "no_nickname"), (4821, "Li", "wrong_code")):
        with pytest.raises(Refused) as refused:
            send(room, type="join", device=OTHER, code=code, nickname=nickname)
        assert refused.value.code == why
    assert room.counts() == (1, 0)


def test_the_last_answer_counts_until_the_question_closes_and_only_for_the_open_one():
    room = joined_room()
    room.open(judge(), now=10.0)
    send(room, 11.0, type="answer", device=DEVICE, question="0-judge", answer="real")
    send(room, 12.5, type="answer", device=DEVICE, question="0-judge", answer="manipulated")
    assert room.counts() == (1, 1) and room.view(DEVICE)["question"]["mine"] == "manipulated"
    with pytest.raises(Refused):
        send(room, 13.0, type="answer", device=DEVICE, question="5-judge", answer="real")
    votes = room.close()
    assert [(v.nickname, v.answer, v.at) for v in votes] == [("王阿姨", "manipulated", 2.5)]
    with pytest.raises(Refused) as refused:
        send(room, 14.0, type="answer", device=DEVICE, question="0-judge", answer="real")
    assert refused.value.code == "closed"


@pytest.mark.parametrize("raw", ["", "null", "[]", "{}", '{"type": "answer"}', '{"type": "x", "device": "phone-aaaa-1111"}',
                                 '{"type": "join", "device": 5}', '{"type": "join", "device": "short"}',
                                 "x" * (MAX_MESSAGE + 1), '{"type": "join", "device": "' + "d" * 100 + '"}', "\udcff"])
def test_malformed_messages_are_refused_not_crashing(raw):
    room = joined_room()
    with pytest.raises(Refused):
        room.receive(raw, 0.0)
    assert room.counts() == (1, 0)


@pytest.mark.parametrize("answer", ["AI", 0, True, None, [0], {"a": 1}, 2, -1, 1.0])
def test_an_answer_not_among_the_questions_is_refused(answer):
    room = joined_room()
    room.open(judge(), 0.0)
    with pytest.raises(Refused):
        send(room, type="answer", device=DEVICE, question="0-judge", answer=answer)
    action = PhoneQuestion("0-action", 0, "practice", "action", ({"en": "a"}, {"en": "b"}))
    room.open(action, 0.0)
    if answer in (0,) and not isinstance(answer, bool):
        send(room, type="answer", device=DEVICE, question="0-action", answer=answer)
    else:
        with pytest.raises(Refused):
            send(room, type="answer", device=DEVICE, question="0-action", answer=answer)


def test_a_flood_is_cut_off_and_the_phone_may_send_again_later():
    room = joined_room()
    room.open(judge(), 0.0)
    refused = 0
    for _ in range(100):
        try:
            send(room, 1.0, type="answer", device=DEVICE, question="0-judge", answer="real")
        except Refused as err:
            refused += err.code == "too_fast"
    assert refused >= 80
    send(room, 5.0, type="answer", device=DEVICE, question="0-judge", answer="manipulated")
    assert room.view(DEVICE)["question"]["mine"] == "manipulated"


def test_nicknames_lose_control_characters_and_are_cut_but_keep_what_was_typed():
    assert clean_nickname("  <script>alert(1)</script>  ") == "<script>alert(1)"   # escaped where shown
    assert clean_nickname("王\u0000阿\u202e姨\n") == "王阿姨"
    assert clean_nickname("\u200b\t") is None and clean_nickname(42) is None


def test_a_team_must_be_chosen_in_a_classroom():
    with pytest.raises(Refused) as refused:
        joined_room(teams=[])   # (no teams: fine)
        room = PhoneRoom("4821", ["Orange", "Sky"])
        send(room, type="join", device=DEVICE, code="4821", nickname="Li", team=2)
    assert refused.value.code == "no_team"


def test_each_phone_sees_its_own_result_and_never_anothers():
    room = joined_room()
    send(room, type="join", device=OTHER, code="4821", nickname="Bob")
    room.open(judge(), 0.0)
    send(room, type="answer", device=DEVICE, question="0-judge", answer="manipulated")
    send(room, type="answer", device=OTHER, question="0-judge", answer="real")
    room.close()
    room.reveal(Reveal("0-judge", 0, "judge", truth="manipulated"))
    mine, theirs = room.view(DEVICE), room.view(OTHER)
    assert mine["reveal"] == [{"key": "0-judge", "kind": "judge", "truth": "manipulated", "answered": True,
                               "mine": "manipulated", "right": True}]
    assert theirs["reveal"][0]["right"] is False and "王阿姨" not in json.dumps(theirs, ensure_ascii=False)


def test_a_phone_that_comes_back_keeps_its_answers():
    room = joined_room()
    room.open(judge(), 0.0)
    send(room, type="answer", device=DEVICE, question="0-judge", answer="real")
    room.left(DEVICE)
    assert not room.members[DEVICE].connected
    send(room, 3.0, type="hello", device=DEVICE)
    assert room.members[DEVICE].connected and room.view(DEVICE)["question"]["mine"] == "real"


def test_a_new_page_says_hello_and_is_shown_the_join_form_with_the_teams():
    room = PhoneRoom("4821", ["Orange", "Sky"])
    send(room, type="hello", device=OTHER)
    assert room.view(OTHER) == {"type": "state", "version": 0, "teams": ["Orange", "Sky"], "joined": False}
    with pytest.raises(Refused) as refused:
        send(room, type="answer", device=OTHER, question="0-judge", answer="real")
    assert refused.value.code == "not_joined"


def test_nested_json_is_refused_a_plain_answer_object_is_not():
    from game.core.phones import depth

    assert depth("x") == 0 and depth({"a": 1}) == 1 and depth({"a": [1, {"b": []}]}) == 4
    room = joined_room()
    deep = '{"type": "hello", "device": "phone-aaaa-1111", "x": ' + "[" * 50 + "]" * 50 + "}"
    with pytest.raises(Refused) as refused:
        room.receive(deep, 0.0)
    assert refused.value.code == "bad_message"
    assert room.receive('{"type": "hello", "device": "phone-aaaa-1111", "x": [[1]]}', 0.0) == DEVICE


def test_made_up_device_ids_cannot_fill_the_room_for_real_phones():
    from game.core.phones import MAX_MEMBERS

    room = joined_room()
    for n in range(MAX_MEMBERS * 4 + 50):   # hello from ever new made-up ids: rate limits kept for each
        send(room, type="hello", device=f"made-up-{n:06d}")
    assert send(room, type="join", device=OTHER, code="4821", nickname="Li") == OTHER
    assert room.counts() == (2, 0)
