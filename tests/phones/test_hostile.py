"""A hostile phone on the room's Wi-Fi: whatever it sends, nothing crashes, the server keeps
serving the other phones, and nothing of the attacker's reaches them."""
from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import pytest

from game.core.phones import MAX_MESSAGE, PhoneQuestion
from game.phones.server import MAX_REFUSED_FAST, PER_ADDRESS
from tests.phones.conftest import CODE, Phone, run

JUDGE = PhoneQuestion("0-judge", 0, "practice", "judge")
VICTIM, ATTACKER = "victim-device-0001", "attacker-device-666"
NICKNAME = "<script>go()</b>"   # 15 characters: within the nickname limit


def open_question(server):
    with server.lock:
        server.room.open(JUDGE, time.monotonic())
    server.changed()


async def victim_and_attacker(session, server):
    """The victim joined and seeing the open question; the attacker connected."""
    victim = await Phone(session, server.url, VICTIM).connect()
    await victim.join("Mei")
    open_question(server)
    assert (await victim.reply())["question"]["key"] == "0-judge"
    attacker = await Phone(session, server.url, ATTACKER).connect()
    return victim, attacker


async def still_served(session, server, victim):
    """The victim can still answer, and a new phone can still load the page and join."""
    state = await victim.answer("0-judge", "manipulated")
    assert state["question"]["mine"] == "manipulated"
    async with session.get(server.url) as page:
        assert page.status == 200
    newcomer = await Phone(session, server.url, "newcomer-device-01").connect()
    await newcomer.join("Ana")
    await newcomer.socket.close()


def assert_nothing_leaked(victim):
    for text in victim.received:
        assert ATTACKER not in text and "script" not in text and "Eve" not in text, text
        message = json.loads(text)
        assert message["type"] == "state" and message.get("nickname") == ("Mei" if message["joined"] else None)


def test_junk_wrong_types_and_deep_json_are_refused_and_the_socket_keeps_working(server):
    junk = ["not json", "", "[]", "null", '{"type": "join"}', '{"type": "nuke", "device": "attacker-device-666"}',
            json.dumps({"type": "join", "device": 12345678}),
            json.dumps({"type": "join", "device": ATTACKER, "code": CODE, "nickname": ["Eve"]}),
            json.dumps({"type": "join", "device": ATTACKER, "code": [CODE], "nickname": "Eve"}),
            json.dumps({"type": "answer", "device": ATTACKER, "question": "0-judge", "answer": "real"}),   # not joined
            '{"type": "hello", "device": "attacker-device-666", "x": ' + "[" * 200 + "]" * 200 + "}"]

    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim, attacker = await victim_and_attacker(session, server)
            for raw in junk:
                await attacker.socket.send_str(raw)
                reply = await attacker.reply()
                assert reply["type"] == "refused", (raw, reply)
            await asyncio.sleep(2.6)     # junk counts against the socket's rate too: let it refill
            await attacker.join("Eve")   # the same socket still works for a proper message
            for key, answer in (("5-judge", "real"), ("0-judge", "AI"), ("0-judge", True), ("0-judge", {"a": 1}),
                                ("0-judge", 0), (None, "real")):
                await attacker.send(type="answer", question=key, answer=answer)
                assert (await attacker.reply())["type"] == "refused"
            with server.lock:
                server.room.close()
            server.changed()
            assert "question" not in await victim.reply()
            await attacker.reply()
            await attacker.send(type="answer", question="0-judge", answer="real")   # closed now
            assert (await attacker.reply()) == {"type": "refused", "why": "closed"}
            open_question(server)
            await victim.reply()
            await still_served(session, server, victim)
            assert_nothing_leaked(victim)

    run(scenario())
    assert set(server.room.answers["0-judge"]) == {VICTIM}


def test_an_oversized_message_or_a_binary_frame_closes_that_socket_only(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim, attacker = await victim_and_attacker(session, server)
            await attacker.socket.send_str(json.dumps({"type": "hello", "device": ATTACKER, "pad": "x" * MAX_MESSAGE}))
            assert (await attacker.reply())["type"] in ("(close)", "(closed)")
            assert attacker.socket.closed and attacker.socket.close_code == 1009
            binary = await Phone(session, server.url, ATTACKER).connect()
            await binary.socket.send_bytes(b"\x00" * 100)
            assert (await binary.reply())["type"] in ("(close)", "(closed)")
            assert binary.socket.close_code == 1003
            await still_served(session, server, victim)
            assert_nothing_leaked(victim)

    run(scenario())


def test_a_flood_is_refused_then_closed_while_other_phones_are_served(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim, attacker = await victim_and_attacker(session, server)
            await attacker.join("Eve")
            started = time.monotonic()
            for _ in range(500):   # hundreds a second
                try:
                    await attacker.send(type="answer", question="0-judge", answer="real")
                except ConnectionError:
                    break
            replies = []
            while True:
                reply = await attacker.reply()
                replies.append(reply)
                if reply["type"].startswith("("):
                    break
            assert time.monotonic() - started < 5
            refused = [r for r in replies if r.get("why") == "too_fast"]
            assert len(refused) == MAX_REFUSED_FAST and attacker.socket.close_code == 1008
            answered = time.monotonic()
            await still_served(session, server, victim)
            assert time.monotonic() - answered < 1
            assert_nothing_leaked(victim)

    run(scenario())


def test_fresh_device_ids_on_one_socket_are_refused_one_socket_is_one_device(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim, attacker = await victim_and_attacker(session, server)
            await attacker.join("Eve")
            # the attacker guessed (or saw) the victim's id: its socket may not speak for it
            await attacker.socket.send_str(json.dumps({"type": "answer", "device": VICTIM, "question": "0-judge",
                                                       "answer": "real"}))
            assert (await attacker.reply()) == {"type": "refused", "why": "bad_device"}
            for n in range(5):
                await attacker.socket.send_str(json.dumps({"type": "join", "device": f"fresh-device-{n:04d}",
                                                           "code": CODE, "nickname": f"Bot{n}"}))
                assert (await attacker.reply()) == {"type": "refused", "why": "bad_device"}
            await victim.answer("0-judge", "manipulated")
            assert_nothing_leaked(victim)

    run(scenario())
    assert server.room.answers["0-judge"] == {VICTIM: (server.room.answers["0-judge"][VICTIM][0],
                                                         server.room.answers["0-judge"][VICTIM][1])}
    assert server.room.answers["0-judge"][VICTIM][0] == "manipulated"
    assert set(server.room.members) == {VICTIM, ATTACKER}


def test_many_sockets_from_one_address_are_capped(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim = await Phone(session, server.url, VICTIM).connect()
            await victim.join("Mei")
            opened, turned_away = [victim], 0
            tries = [Phone(session, server.url, f"sock-device-{n:04d}").connect() for n in range(3 * PER_ADDRESS)]
            for outcome in await asyncio.gather(*tries, return_exceptions=True):   # all at once
                if isinstance(outcome, Phone):
                    opened.append(outcome)
                else:
                    assert isinstance(outcome, aiohttp.WSServerHandshakeError) and outcome.status == 429, outcome
                    turned_away += 1
            assert len(opened) == PER_ADDRESS and turned_away == 3 * PER_ADDRESS - (PER_ADDRESS - 1)
            await opened[-1].socket.close()     # one closes: one more may come in
            await asyncio.sleep(0.1)
            opened[-1] = await Phone(session, server.url, "late-device-0001").connect()
            open_question(server)
            assert (await victim.reply())["question"]["key"] == "0-judge"
            assert (await victim.answer("0-judge", "real"))["question"]["mine"] == "real"
            for phone in opened:
                await phone.socket.close()

    run(scenario())


def test_a_script_nickname_is_kept_as_typed_and_never_reaches_another_phone_or_the_page(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim, attacker = await victim_and_attacker(session, server)
            state = await attacker.join(NICKNAME)
            assert state["nickname"] == NICKNAME   # its own view, as JSON text: the page shows it with textContent
            await attacker.answer("0-judge", "real")
            with server.lock:
                server.room.close()
            server.changed()
            await victim.reply()
            async with session.get(server.url) as page:
                assert "go()" not in await page.text()
            assert_nothing_leaked(victim)

    run(scenario())
    assert server.room.members[ATTACKER].nickname == NICKNAME


@pytest.mark.parametrize("message", [{"type": "hello"}, {"type": "join", "code": "0000", "nickname": "x"}])
def test_a_phone_that_goes_away_mid_message_leaves_the_server_serving(server, message):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim, attacker = await victim_and_attacker(session, server)
            await attacker.send(**message)
            await attacker.socket.close()
            await still_served(session, server, victim)

    run(scenario())


def test_opening_socket_after_socket_from_one_address_is_slowed_down(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            victim = await Phone(session, server.url, VICTIM).connect()
            await victim.join("Mei")
            opened, turned_away = 0, 0
            for n in range(6 * PER_ADDRESS):   # open and close at once, each a new made-up phone
                try:
                    phone = await Phone(session, server.url, f"churn-device-{n:04d}").connect()
                except aiohttp.WSServerHandshakeError as refused:
                    assert refused.status == 429
                    turned_away += 1
                    continue
                opened += 1
                await phone.socket.close()
            assert opened < 3 * PER_ADDRESS and turned_away > 2 * PER_ADDRESS
            assert (await victim.answer("0-judge", "real")) == {"type": "refused", "why": "closed"}

    run(scenario())
