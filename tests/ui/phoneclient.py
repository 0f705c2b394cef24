"""A phone for the tests: plain aiohttp WebSocket clients over loopback, one short connection
for each thing a phone does (the answer server keeps a phone that went as a member)."""
from __future__ import annotations

import asyncio
import json
import socket


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _talk(url: str, messages: list[dict]) -> dict:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(url.rstrip("/") + "/ws") as ws:
            reply: dict = {}
            for message in messages:
                await ws.send_str(json.dumps(message))
                reply = json.loads((await ws.receive(timeout=5)).data)
            return reply


class Phone:
    def __init__(self, url: str, device: str):
        self.url, self.device = url, device

    def send(self, **message) -> dict:
        return asyncio.run(_talk(self.url, [{"device": self.device, **message}]))

    def join(self, code: str, nickname: str, team: int | None = None) -> dict:
        return self.send(type="join", code=code, nickname=nickname, team=team)

    def view(self) -> dict:
        return self.send(type="hello")

    def answer(self, answer) -> dict:
        """Answer the question open now (its key read from the phone's own view)."""
        key = self.view()["question"]["key"]
        return asyncio.run(_talk(self.url, [{"device": self.device, "type": "answer", "question": key,
                                             "answer": answer}]))
