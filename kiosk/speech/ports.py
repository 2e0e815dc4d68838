"""Are headphones in? Read from the audio server's list of outputs (``pactl --format=json
list sinks``), the same server the voice plays through.

Two ways headphones arrive. A jack: the sound card's headphone port becomes "available"
when the kernel's jack detection sees a plug (PulseAudio and PipeWire both report it, and
switch the card's output to it). A USB or Bluetooth headset: a new output appears, whose
form factor says headset or headphone. Either way the answer names the output to play to.
A port whose plug the card cannot sense ("availability unknown") is not taken for
headphones: speech mode would then never end. Anything unreadable means no headphones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_WORN = frozenset({"headset", "headphone", "hands-free"})


@dataclass(frozen=True, slots=True)
class Headphones:
    """Headphones are in: ``output`` is the sink to play to."""

    output: str


def headphones_in(listing: str) -> Headphones | None:
    """The headphones ``pactl --format=json list sinks`` shows plugged in, if any."""
    try:
        sinks = json.loads(listing)
    except ValueError:
        return None
    if not isinstance(sinks, list):
        return None
    for sink in sinks:
        named = isinstance(sink, dict) and isinstance(sink.get("name"), str)
        if named and (_worn_device(sink) or _plugged_jack(sink)):
            return Headphones(sink["name"])
    return None


def _worn_device(sink: dict[str, Any]) -> bool:
    properties = sink.get("properties")
    if not isinstance(properties, dict):
        return False
    return str(properties.get("device.form_factor", "")).lower() in _WORN


def _plugged_jack(sink: dict[str, Any]) -> bool:
    ports = sink.get("ports")
    if not isinstance(ports, list):
        return False
    return any(
        isinstance(port, dict)
        and port.get("availability") == "available"
        and _is_headphone_port(port)
        for port in ports
    )


def _is_headphone_port(port: dict[str, Any]) -> bool:
    # PulseAudio's own ports are named analog-output-headphones; ALSA UCM's "[Out] Headphones";
    # pactl 16 also gives the type ("Headphones", "Headset").
    kind = str(port.get("type", "")).lower()
    name = str(port.get("name", "")).lower()
    return kind in {"headphones", "headset"} or "headphone" in name
