"""A real answer server on 127.0.0.1 (a free port) and a plain aiohttp phone to talk to it."""
from __future__ import annotations

import asyncio
import json
import threading

import pytest

from game.core.phones import PhoneRoom
from game.phones.network import free_port
from game.phones.server import PhoneServer

CODE = "4821"


def server_threads() -> list[str]:
    return [thread.name for thread in threading.enumerate() if thread.name == "phone-server"]


@pytest.fixture
def server():
    """A started server on a free port; stopped afterwards, its thread gone."""
    room = PhoneRoom(CODE, [])
    running = PhoneServer(room, "127.0.0.1", free_port())
    running.start()
    yield running
    running.stop()
    assert server_threads() == []


class Phone:
    """One WebSocket as a phone page would use it; keeps every message it was sent."""

    def __init__(self, session, url: str, device: str):
        self.session, self.url, self.device = session, url.rstrip("/") + "/ws", device
        self.socket = None
        self.received: list[str] = []

    async def connect(self) -> "Phone":
        self.socket = await self.session.ws_connect(self.url, heartbeat=None)
        return self

    async def send(self, **message) -> None:
        await self.socket.send_str(json.dumps({"device": self.device, **message}))

    async def reply(self, timeout: float = 3.0) -> dict:
        """The next message, parsed."""
        message = await self.socket.receive(timeout)
        if message.type.name != "TEXT":
            return {"type": "(" + message.type.name.lower() + ")", "code": self.socket.close_code}
        self.received.append(message.data)
        return json.loads(message.data)

    async def join(self, nickname: str = "Li") -> dict:
        await self.send(type="hello")
        assert (await self.reply())["joined"] is False
        await self.send(type="join", code=CODE, nickname=nickname)
        state = await self.reply()
        assert state["joined"] is True, state
        return state

    async def answer(self, key: str, answer) -> dict:
        """Answer and read until this phone's state shows it (or a refusal)."""
        await self.send(type="answer", question=key, answer=answer)
        while True:
            state = await self.reply()
            if state["type"] != "state" or (state.get("question") or {}).get("mine") == answer:
                return state


def run(coroutine):
    return asyncio.run(coroutine)


class PhonesProcess:
    """``game.phones.simphones`` in a process of its own: ``finish()`` stops it, its results."""

    def __init__(self, url: str, code: str, count: int, *args: str):
        import subprocess
        import sys

        from tests.conftest import ROOT

        self.process = subprocess.Popen([sys.executable, "-m", "game.phones.simphones", url, code, str(count), *args],
                                        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert json.loads(self.process.stdout.readline())["started"] == count

    def finish(self) -> dict:
        out, _ = self.process.communicate("", timeout=30)
        return json.loads(out.strip().splitlines()[-1])

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
