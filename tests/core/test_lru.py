"""The size-bounded cache behind rendered text and scaled pictures."""
from game.core.lru import LRUCache


def test_oldest_entries_leave_once_the_budget_is_passed():
    cache = LRUCache(budget=10)
    for key in "abcd":
        cache.put(key, key.upper(), 3)
    assert cache.get("a") is None and [cache.get(k) for k in "bcd"] == ["B", "C", "D"]
    assert cache.weight == 9


def test_a_used_entry_stays_and_a_replaced_one_is_weighed_once():
    cache = LRUCache(budget=10)
    cache.put("a", 1, 4)
    cache.put("b", 2, 4)
    cache.get("a")                 # a is now the newest
    cache.put("c", 3, 4)           # b, the least recently used, goes
    assert cache.get("b") is None and cache.get("a") == 1
    cache.put("a", 5, 2)
    assert cache.weight == 6 and cache.get("a") == 5


def test_an_entry_heavier_than_the_budget_is_kept_alone():
    cache = LRUCache(budget=10)
    cache.put("small", 1, 2)
    cache.put("huge", 2, 50)
    assert len(cache) == 1 and cache.get("huge") == 2
