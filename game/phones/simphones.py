"""Simulated phones: aiohttp clients that behave as the phone page does, for the load test,
the benchmark and the demo.

Each phone opens the server's WebSocket, says hello (again after every reconnect), joins with
the room code, a nickname and (in a classroom) a team, and answers the open question once it
sees it in its state; ``choose(phone, question, rng)`` picks the answer. A phone can be
dropped (``drop``): it reconnects shortly after, as a phone waking up does.

    phones = SimPhones(server.url, room.code, 40, teams=3, choose=always_real, seed=1)
    phones.start()          # in a thread of its own
    ...
    phones.stop()
    phones.answers()        # (sent, acknowledged) per phone
"""
from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

Choose = Callable[[int, dict, random.Random], object]
RECONNECT_AFTER = 0.3    # seconds a dropped phone waits before it comes back


def random_answer(phone: int, question: dict, rng: random.Random) -> object:
    """Any valid answer: real or manipulated, or one of the options."""
    if question.get("kind") == "judge":
        return rng.choice(("real", "manipulated"))
    return rng.randrange(max(1, len(question.get("options", ()))))


@dataclass
class Sent:
    answer: object
    at: float             # time.perf_counter() when sent
    connect: int          # which of the phone's connections sent it
    acked: bool = False


@dataclass
class SimPhone:
    index: int
    device: str
    nickname: str
    team: int | None
    sent: int = 0                 # answers sent
    acked: int = 0                # answers its own state then showed as its answer
    refused: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)   # seconds from sending an answer to its state showing it
    connects: int = 0
    joined: bool = False
    answered: dict = field(default_factory=dict)           # question key -> Sent
    socket: object = None


class SimPhones:
    """``count`` phones on the answer server at ``url`` (its page's address), in a thread."""

    def __init__(self, url: str, code: str, count: int, teams: int = 0, choose: Choose = random_answer,
                 seed: int = 0, *, think: float = 0.0):
        self.url = url.rstrip("/") + "/ws"
        self.think = think          # each phone waits up to this many seconds before it answers
        self.code, self.teams, self.choose = code, teams, choose
        self.rng = random.Random(seed)
        self.phones = [SimPhone(i, f"sim-{seed}-{i:03d}-{self.rng.getrandbits(48):012x}", f"Phone {i + 1}",
                                i % teams if teams else None) for i in range(count)]
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._started = threading.Event()

    # --- from any thread ---

    def start(self) -> "SimPhones":
        self._thread = threading.Thread(target=self._run, name="sim-phones", daemon=True)
        self._thread.start()
        self._started.wait(10)
        return self

    def stop(self) -> None:
        if self.loop is not None and self._thread is not None and self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stopping.set)
            self._thread.join(timeout=10)
        self._thread = None

    def drop(self, index: int) -> None:
        """Close phone ``index``'s connection (it comes back by itself)."""
        phone = self.phones[index]
        if self.loop is not None and phone.socket is not None:
            self.loop.call_soon_threadsafe(lambda: asyncio.ensure_future(phone.socket.close()))

    def joined(self) -> int:
        return sum(phone.joined for phone in self.phones)

    def answers(self) -> list[tuple[int, int]]:
        """(answers sent, answers acknowledged) for each phone."""
        return [(phone.sent, phone.acked) for phone in self.phones]

    def latencies(self) -> list[float]:
        return [seconds for phone in self.phones for seconds in phone.latencies]

    # --- in the phones' thread ---

    def _run(self) -> None:
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self._main())
        finally:
            self.loop.close()

    async def _main(self) -> None:
        import aiohttp

        self._stopping = asyncio.Event()
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            tasks = [asyncio.ensure_future(self._phone(session, phone)) for phone in self.phones]
            self._started.set()
            await self._stopping.wait()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _phone(self, session, phone: SimPhone) -> None:
        """One phone: connect, say hello, join, answer; come back after every drop."""
        import aiohttp

        while not self._stopping.is_set():
            try:
                async with session.ws_connect(self.url, heartbeat=None) as socket:
                    phone.socket, phone.connects = socket, phone.connects + 1
                    await self._send(socket, phone, type="hello")
                    async for message in socket:
                        if message.type != aiohttp.WSMsgType.TEXT:
                            break
                        await self._on(socket, phone, json.loads(message.data))
            except (aiohttp.ClientError, ConnectionError, asyncio.TimeoutError):
                pass
            phone.socket = None
            try:
                await asyncio.wait_for(self._stopping.wait(), RECONNECT_AFTER)
            except asyncio.TimeoutError:
                pass

    async def _on(self, socket, phone: SimPhone, message: dict) -> None:
        if message.get("type") == "refused":
            phone.refused.append(message.get("why", ""))
            return
        if message.get("type") != "state":
            return
        phone.joined = bool(message.get("joined"))
        if not phone.joined:
            await self._send(socket, phone, type="join", code=self.code, nickname=phone.nickname, team=phone.team)
            return
        question = message.get("question")
        if not question:
            return
        key, mine = question["key"], question.get("mine")
        sent = phone.answered.get(key)
        if sent is None:
            answer = self.choose(phone.index, question, self.rng)
            if self.think:   # a person reading the question (this phone's messages wait meanwhile)
                await asyncio.sleep(self.rng.uniform(0, self.think))
        elif sent.acked or mine == sent.answer:
            if not sent.acked:
                sent.acked = True
                phone.acked += 1
                phone.latencies.append(time.perf_counter() - sent.at)
            return
        elif sent.connect == phone.connects:   # sent on this connection: its state is on the way
            return
        else:                                  # sent before a drop and lost: send it again
            answer = sent.answer
        phone.answered[key] = Sent(answer, time.perf_counter(), phone.connects)
        phone.sent += 1
        await self._send(socket, phone, type="answer", question=key, answer=answer)

    @staticmethod
    async def _send(socket, phone: SimPhone, **message) -> None:
        await socket.send_str(json.dumps({**message, "device": phone.device}))


def results(phones: SimPhones) -> dict:
    """What the phones saw, as plain JSON values."""
    return {"joined": phones.joined(), "answers": phones.answers(), "latencies": phones.latencies(),
            "refused": [why for phone in phones.phones for why in phone.refused],
            "connects": [phone.connects for phone in phones.phones]}


def main(argv: list[str] | None = None) -> int:
    """``python -m game.phones.simphones URL CODE COUNT [--teams N] [--seed S] [--think T]``:
    phones in a process of their own (as real phones are other devices) until standard input
    closes; then one JSON line of ``results``."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="simulated phones on an answer server")
    parser.add_argument("url")
    parser.add_argument("code")
    parser.add_argument("count", type=int)
    parser.add_argument("--teams", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--think", type=float, default=0.0)
    args = parser.parse_args(argv)
    phones = SimPhones(args.url, args.code, args.count, args.teams, random_answer, args.seed, think=args.think).start()
    print(json.dumps({"started": args.count}), flush=True)
    sys.stdin.read()
    phones.stop()
    print(json.dumps(results(phones)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
