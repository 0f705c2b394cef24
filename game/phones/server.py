"""The answer server: a small web page and a WebSocket on the room's own network.

aiohttp serves both the page and the WebSocket from one asyncio loop, in a thread of its
own beside the game loop (the standard library has no WebSocket server; the ``websockets``
package has no web pages). Phones talk to ``game.core.phones.PhoneRoom``, under one lock the
game shares. A phone's message that was taken is answered with that phone's own view; when
the game changes the room (``changed``) every connected phone is sent its own view. A view
never holds another phone's nickname or answers.

Nothing leaves the room's network: the server binds one local address and port, serves
only its own page (no files from elsewhere, no text a phone sent), and stops with the session.

Safe by default: at most ``max_sockets`` WebSockets, ``per_address`` from one address;
messages of at most ``MAX_MESSAGE`` bytes of JSON text (binary frames close the socket);
one socket speaks for one device (its first message's); each socket is rate-limited as each
device is, and a socket that keeps sending too fast is closed.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

from game.core.phones import MAX_MEMBERS, MAX_MESSAGE, PhoneRoom, RateLimit, Refused, parse_message

PAGE = Path(__file__).with_name("page.html")
DEFAULT_PORT = 8765
MAX_SOCKETS = MAX_MEMBERS * 2   # every phone twice over (a reconnecting phone's old socket may linger)
PER_ADDRESS = 8                 # sockets from one address (one phone, a few tabs and reconnects)
MAX_REFUSED_FAST = 20           # "too fast" replies a socket gets before it is closed
CLOSE_TIMEOUT = 2.0             # seconds a phone has to answer our closing handshake
SEND_TIMEOUT = 3.0              # seconds a phone may take to read its view before it is closed
CONNECTS_PER_SECOND = 0.5       # new WebSockets an address may open a second, beyond a burst of per_address * 2
POLICY_VIOLATION, UNSUPPORTED = 1008, 1003   # WebSocket close codes
HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY",
           "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; "
                                      "script-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'"}


class Link:
    """One phone's WebSocket: the device it speaks for and how fast it sends."""

    def __init__(self, socket, address: str):
        self.socket, self.address = socket, address
        self.device: str | None = None       # set by its first well-formed message, never changed
        self.limit = RateLimit(last=time.monotonic())
        self.too_fast = 0


class PhoneServer:
    """Serves ``room`` on ``host``:``port`` from a thread; ``start`` returns once it listens
    (or raises OSError, e.g. the port is taken). ``per_address``: WebSockets allowed from one
    address (raise it for simulated phones that all come from 127.0.0.1)."""

    def __init__(self, room: PhoneRoom, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                 per_address: int = PER_ADDRESS, max_sockets: int = MAX_SOCKETS):
        self.room, self.host, self.port = room, host, port
        self.per_address, self.max_sockets = per_address, max_sockets
        self.lock = threading.Lock()                  # the room is shared with the game loop
        self.links: dict[object, Link] = {}           # WebSocket -> its link (only the server's thread touches it)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._broadcast_due = False
        self._connects: dict[str, list[float]] = {}   # address -> [tokens, last]: how fast it opens sockets

    @property
    def sockets(self) -> dict[object, str | None]:
        """WebSocket -> its phone's device id (None until it says)."""
        return {socket: link.device for socket, link in list(self.links.items())}

    # --- from the game's thread ---

    def start(self) -> None:
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(target=self._run, name="phone-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise OSError(f"the answer server did not start on {self.host}:{self.port} within 10 s")
        if self._error is not None:
            thread, self._thread = self._thread, None
            thread.join(timeout=5)
            error = self._error
            if isinstance(error, OSError):
                raise OSError(error.errno, f"the answer server cannot listen on {self.host}:{self.port}: "
                                           f"{error.strerror or error} (is another copy of the game running? "
                                           f"choose another port)") from error
            raise OSError(f"the answer server cannot start on {self.host}:{self.port}: {error}") from error

    def stop(self) -> None:
        """Close every phone's socket, stop listening and end the thread (the port is free again)."""
        thread, loop = self._thread, self.loop
        if thread is not None and loop is not None and thread.is_alive():
            try:
                asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            except RuntimeError:   # the loop closed already
                pass
            thread.join(timeout=10)
        self._thread = None

    def changed(self) -> None:
        """The game changed the room (a question opened, closed, revealed): tell every phone."""
        loop = self.loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._schedule_broadcast)
            except RuntimeError:   # stopping
                pass

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- in the server's thread ---

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._listen())
        except BaseException as err:   # the port taken, no such address: told to start()
            self._error = err
            loop.run_until_complete(self._cleanup())
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    async def _listen(self) -> None:
        from aiohttp import web

        app = web.Application(client_max_size=MAX_MESSAGE)
        app.router.add_get("/", self._page)
        app.router.add_get("/ws", self._socket)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port, backlog=64).start()

    async def _cleanup(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _shutdown(self) -> None:
        closing = [link.socket.close(code=1001, message=b"session over") for link in list(self.links.values())]
        await asyncio.gather(*closing, return_exceptions=True)
        await self._cleanup()
        asyncio.get_running_loop().stop()

    async def _page(self, request):
        from aiohttp import web

        return web.Response(text=PAGE.read_text(encoding="utf-8"), content_type="text/html", charset="utf-8",
                            headers=HEADERS)

    def _refuse_connection(self, address: str) -> str | None:
        """Why a new WebSocket from ``address`` is not taken, or None."""
        if len(self.links) >= self.max_sockets:
            return "server_full"
        if sum(1 for link in self.links.values() if link.address == address) >= self.per_address:
            return "too_many_sockets"
        if not self._connect_allowed(address, time.monotonic()):
            return "too_fast"
        return None

    def _connect_allowed(self, address: str, now: float) -> bool:
        """A token bucket per address for new sockets: a phone reconnecting is fine, a script
        opening socket after socket (each a new made-up phone) is slowed down."""
        burst = self.per_address * 2
        if address not in self._connects and len(self._connects) >= self.max_sockets * 4:
            self._connects = {known: bucket for known, bucket in self._connects.items()
                              if bucket[0] + (now - bucket[1]) * CONNECTS_PER_SECOND < burst}
        tokens, last = self._connects.get(address, (burst, now))
        tokens = min(burst, tokens + (now - last) * CONNECTS_PER_SECOND)
        if tokens < 1:
            self._connects[address] = [tokens, now]
            return False
        self._connects[address] = [tokens - 1, now]
        return True

    async def _socket(self, request):
        from aiohttp import WSMsgType, web

        address = request.remote or "?"
        why = self._refuse_connection(address)
        if why is not None:
            return web.Response(status=429, text=why, headers={"Cache-Control": "no-store"})
        socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE, heartbeat=20, timeout=CLOSE_TIMEOUT,
                                       autoping=True)
        link = Link(socket, address)
        self.links[socket] = link   # counted before the handshake: sockets opened together are capped too
        try:
            await socket.prepare(request)
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    if not await self._receive(link, message.data):
                        await socket.close(code=POLICY_VIOLATION, message=b"too fast")
                        break
                elif message.type == WSMsgType.BINARY:
                    await socket.close(code=UNSUPPORTED, message=b"text only")
                    break
                else:   # an error (e.g. a message over the size cap: aiohttp closes it)
                    break
        finally:
            self.links.pop(socket, None)
            device = link.device
            if device is not None and all(other.device != device for other in self.links.values()):
                with self.lock:
                    self.room.left(device)
        return socket

    async def _receive(self, link: Link, data: str) -> bool:
        """Take one message; False when the socket should be closed (it keeps flooding)."""
        try:
            if not link.limit.allow(time.monotonic()):
                raise Refused("too_fast")
            device = parse_message(data)["device"]
            if link.device is None:
                link.device = device
            elif device != link.device:   # one socket, one device
                raise Refused("bad_device")
            with self.lock:
                self.room.receive(data, time.monotonic())
                view = json.dumps(self.room.view(device), ensure_ascii=False)
        except Refused as refused:
            if refused.code == "too_fast":
                link.too_fast += 1
                if link.too_fast > MAX_REFUSED_FAST:
                    return False
            await self._send(link.socket, json.dumps({"type": "refused", "why": refused.code}))
            return True
        for other in list(self.links.values()):   # the same phone may have a second socket open
            if other.device == device:
                await self._send(other.socket, view)
        return True

    def _schedule_broadcast(self) -> None:
        """One broadcast for any number of changes that came together."""
        if not self._broadcast_due:
            self._broadcast_due = True
            asyncio.ensure_future(self._broadcast())

    async def _broadcast(self) -> None:
        """Each connected phone its own view (never another phone's answers)."""
        self._broadcast_due = False
        links = list(self.links.values())
        with self.lock:
            views = {device: json.dumps(self.room.view(device), ensure_ascii=False)
                     for device in {link.device for link in links} if device is not None}
        await asyncio.gather(*(self._send(link.socket, views[link.device]) for link in links if link.device in views))

    @staticmethod
    async def _send(socket, text: str) -> None:
        """Send ``text``; a phone that does not read it in time is closed (it would hold others up)."""
        if socket.closed:
            return
        try:
            await asyncio.wait_for(socket.send_str(text), SEND_TIMEOUT)
        except asyncio.TimeoutError:
            asyncio.ensure_future(socket.close(code=POLICY_VIOLATION, message=b"not reading"))
        except (ConnectionError, RuntimeError):   # the phone went away meanwhile
            pass
