"""The answer server: a small web page and a WebSocket on the room's own network.

aiohttp serves both the page and the WebSocket from one asyncio loop, in a thread of its
own beside the game loop (the standard library has no WebSocket server; the ``websockets``
package has no web pages). Phones talk to ``game.core.phones.PhoneRoom``, under one lock the
game shares; after each change every connected phone is sent its own view.

Nothing leaves the room's network: the server binds one local address and port, serves
only its own page (no files from elsewhere), and stops with the session.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

from game.core.phones import MAX_MESSAGE, PhoneRoom, Refused

PAGE = Path(__file__).with_name("page.html")
DEFAULT_PORT = 8765


class PhoneServer:
    """Serves ``room`` on ``host``:``port`` from a thread; ``start`` returns once it listens
    (or raises OSError, e.g. the port is taken)."""

    def __init__(self, room: PhoneRoom, host: str = "127.0.0.1", port: int = DEFAULT_PORT):
        self.room, self.host, self.port = room, host, port
        self.lock = threading.Lock()                  # the room is shared with the game loop
        self.sockets: dict[object, str | None] = {}   # WebSocket -> its phone's device id (None until it says)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # --- from the game's thread ---

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="phone-server", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        if self.loop is not None and self._thread is not None:
            asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop)
            self._thread.join(timeout=5)
        self._thread = None

    def changed(self) -> None:
        """The game changed the room (a question opened, closed, revealed): tell every phone."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._broadcast()))

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    # --- in the server's thread ---

    def _run(self) -> None:
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self._listen())
        except BaseException as err:   # the port taken, no such address: told to start()
            self._error = err
            self._ready.set()
            return
        self._ready.set()
        self.loop.run_forever()
        self.loop.close()

    async def _listen(self) -> None:
        from aiohttp import web

        app = web.Application(client_max_size=MAX_MESSAGE)
        app.router.add_get("/", self._page)
        app.router.add_get("/ws", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()

    async def _shutdown(self) -> None:
        for socket in list(self.sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()
        self.loop.stop()

    async def _page(self, request):
        from aiohttp import web

        return web.Response(text=PAGE.read_text(encoding="utf-8"), content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
                                     "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; "
                                                                "script-src 'unsafe-inline'; connect-src 'self'"})

    async def _socket(self, request):
        from aiohttp import WSMsgType, web

        socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE, heartbeat=20)
        await socket.prepare(request)
        self.sockets[socket] = None
        try:
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    await self._receive(socket, message.data)
                elif message.type in (WSMsgType.BINARY, WSMsgType.ERROR):
                    break
        finally:
            device = self.sockets.pop(socket, None)
            if device is not None and device not in self.sockets.values():
                with self.lock:
                    self.room.left(device)
        return socket

    async def _receive(self, socket, data: str) -> None:
        try:
            with self.lock:
                device = self.room.receive(data, time.monotonic())
        except Refused as refused:
            await socket.send_str(json.dumps({"type": "refused", "why": refused.code}))
            return
        self.sockets[socket] = device
        await self._broadcast()

    async def _broadcast(self) -> None:
        """Each connected phone its own view (never another phone's answers)."""
        with self.lock:
            views = {device: json.dumps(self.room.view(device), ensure_ascii=False)
                     for device in set(self.sockets.values()) if device is not None}
        for socket, device in list(self.sockets.items()):
            if device in views and not socket.closed:
                try:
                    await socket.send_str(views[device])
                except ConnectionError:
                    pass
