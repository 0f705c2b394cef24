"""What the classroom and community setups share for answers on phones: on or off, the
port, and the address the answer server will use on the room's network.

Phones are a way to answer beside hands, keys and cards (they add up). The address is
the laptop's on its local network (``game.phones.network``): with none (no Wi-Fi, no
hotspot) it is loopback, which phones cannot reach, and the setup says so.
"""
from __future__ import annotations

from dataclasses import dataclass

PORTS = (8765, 8766, 8080, 8000)


@dataclass
class PhoneConfig:
    on: bool = False
    port: int = PORTS[0]
    host: str = ""      # the address to serve on; "" finds the laptop's (tests give 127.0.0.1)
    per_address: int = 8   # phones from one network address (the demo's simulated phones share one)

    def saved(self) -> dict:
        return {"on": self.on, "port": self.port}

    def address(self) -> str:
        return self.host or local_address()

    def next_port(self) -> None:
        self.port = PORTS[(PORTS.index(self.port) + 1) % len(PORTS)] if self.port in PORTS else PORTS[0]


def phone_config_from(saved: object) -> PhoneConfig:
    """A phone setup read back; anything missing or out of range keeps its default."""
    config = PhoneConfig()
    if isinstance(saved, dict):
        config.on = saved.get("on") is True
        if saved.get("port") in PORTS:
            config.port = saved["port"]
    return config


def local_address() -> str:
    """The address phones can reach: the laptop's on its local network, else loopback."""
    from game.phones.network import best_address

    return best_address()[0]


def setup_rows(t, config: PhoneConfig) -> list[tuple[str, str]]:
    """The setup's rows for phones: on or off, and when on the port with the address."""
    if not config.on:
        return [("phones", t("phone.setup_off"))]
    from game.phones.network import phones_can_reach

    address = config.address()
    port = t("phone.port", port=config.port, address=address)
    if not phones_can_reach(address):
        port += " " + t("phone.no_network")
    return [("phones", t("phone.setup_on")), ("phone_port", port)]


def setup_choice(config: PhoneConfig, button_id: str) -> bool:
    """A phone row chosen: on/off or the next port; False for any other button."""
    if button_id == "phones":
        config.on = not config.on
    elif button_id == "phone_port":
        config.next_port()
    else:
        return False
    return True
