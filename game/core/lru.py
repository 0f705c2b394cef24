"""A least-recently-used cache with a size budget (bytes, or any other measure of weight).

Rendered text and scaled pictures are cached so frames stay fast; a budget keeps an
evening of play from filling the memory of an old laptop.
"""
from __future__ import annotations

from collections import OrderedDict


class LRUCache:
    """``put(key, value, weight)``; the oldest entries go once the weights pass ``budget``
    (the newest entry always stays, however heavy)."""

    def __init__(self, budget: int):
        self.budget = budget
        self.weight = 0
        self._items: OrderedDict = OrderedDict()   # key -> (value, weight)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key):
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def put(self, key, value, weight: int) -> None:
        if key in self._items:
            self.weight -= self._items.pop(key)[1]
        self._items[key] = (value, weight)
        self.weight += weight
        while self.weight > self.budget and len(self._items) > 1:
            self.weight -= self._items.popitem(last=False)[1][1]

    def clear(self) -> None:
        self._items.clear()
        self.weight = 0
