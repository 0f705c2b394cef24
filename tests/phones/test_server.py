"""The answer server itself: it serves the page, answers a phone with its own view, tells
every phone when the game changes the room, stops cleanly and frees its port."""
from __future__ import annotations

import socket
import time

import aiohttp
import pytest

from game.core.phones import PhoneQuestion, PhoneRoom
from game.phones.network import free_port, join_url, local_addresses, order_addresses, phones_can_reach, port_free
from game.phones.server import PhoneServer
from tests.phones.conftest import Phone, run, server_threads

JUDGE = PhoneQuestion("0-judge", 0, "practice", "judge")


def test_the_page_is_served_with_strict_headers(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            async with session.get(server.url) as page:
                assert page.status == 200 and "text/html" in page.headers["Content-Type"]
                assert "connect-src 'self'" in page.headers["Content-Security-Policy"]
                assert page.headers["X-Content-Type-Options"] == "nosniff"
            async with session.get(server.url + "etc/passwd") as other:
                assert other.status == 404
            async with session.get(server.url + "<script>alert(1)</script>") as other:
                assert other.status == 404 and "<script>" not in await other.text()

    run(scenario())


def test_a_phone_joins_answers_and_is_told_when_the_question_opens_and_closes(server):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            phone = await Phone(session, server.url, "phone-aaaa-1111").connect()
            await phone.join("王阿姨")
            with server.lock:
                server.room.open(JUDGE, time.monotonic())
            server.changed()
            state = await phone.reply()
            assert state["question"]["key"] == "0-judge" and state["question"]["mine"] is None
            assert (await phone.answer("0-judge", "manipulated"))["question"]["mine"] == "manipulated"
            with server.lock:
                votes = server.room.close()
            server.changed()
            assert "question" not in await phone.reply()
            assert [(v.nickname, v.answer) for v in votes] == [("王阿姨", "manipulated")]
            await phone.socket.close()

    run(scenario())
    deadline = time.monotonic() + 3
    while server.room.members["phone-aaaa-1111"].connected and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not server.room.members["phone-aaaa-1111"].connected   # gone, still a member


def test_stop_ends_the_thread_and_frees_the_port_even_with_phones_connected():
    port = free_port()
    server = PhoneServer(PhoneRoom("4821"), "127.0.0.1", port)
    server.start()
    assert server.running and not port_free("127.0.0.1", port)

    async def connect_and_leave_open():
        session = aiohttp.ClientSession()
        phone = await Phone(session, server.url, "phone-aaaa-1111").connect()
        await phone.join()
        return session

    session = run(connect_and_leave_open())
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 5
    assert server_threads() == [] and port_free("127.0.0.1", port)
    again = PhoneServer(PhoneRoom("4821"), "127.0.0.1", port)   # the next session on the same port
    again.start()
    again.stop()
    assert server_threads() == []
    run(session.close())


def test_a_taken_port_is_a_clear_oserror():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert not port_free("127.0.0.1", port)
        server = PhoneServer(PhoneRoom("4821"), "127.0.0.1", port)
        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1:{port}"):
            server.start()
        server.stop()
    assert server_threads() == []


def test_the_server_binds_only_the_address_it_is_given(server):
    addresses = [a for a in local_addresses() if phones_can_reach(a)]
    if not addresses:
        pytest.skip("no local network address on this machine")
    with pytest.raises(OSError):
        socket.create_connection((addresses[0], server.port), timeout=1).close()


def test_addresses_private_first_loopback_only_as_a_last_resort():
    assert order_addresses(["8.8.8.8", "127.0.0.1", "169.254.3.4", "172.20.0.5", "10.0.0.7", "192.168.1.20",
                            "10.0.0.7", "::1", "nonsense"]) == \
        ["192.168.1.20", "10.0.0.7", "172.20.0.5", "8.8.8.8", "169.254.3.4"]
    found = local_addresses()
    assert found and all(address.count(".") == 3 for address in found)
    assert found == ["127.0.0.1"] or all(phones_can_reach(address) for address in found)
    assert not phones_can_reach("127.0.0.1") and phones_can_reach("192.168.1.20")
    assert join_url("192.168.1.20", 8765) == "http://192.168.1.20:8765/"
