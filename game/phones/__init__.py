"""Answers on phones over the room's own Wi-Fi: the answer server and the phone's page.

- ``server``: aiohttp, in a thread: the page and a WebSocket per phone (capped, rate-limited,
  one socket one phone).
- ``network``: the laptop's addresses on the room's network, a free port, the join address.
- ``simphones``: simulated phones (aiohttp clients) for the load test, the benchmark and the demo.
- ``page.html``: the one page a phone loads (HTML, CSS and a little JavaScript, no files
  from elsewhere), in Chinese and English.

Who joined and what each phone answered is pure Python in ``game.core.phones``.
"""
