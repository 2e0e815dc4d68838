"""Headphones in or not, from the audio server's list of outputs (pactl's JSON).

The lists below are shaped as pactl 16 prints them (its fields: ``name``, ``ports`` with
``name``, ``type`` and ``availability``, ``active_port``, ``properties``), with the port
names PulseAudio's ALSA mixer paths give (``analog-output-headphones``) and ALSA UCM's
(``[Out] Headphones``), and the properties a USB headset's output carries.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.speech.ports import Headphones, headphones_in
from tests.pulse_server import installed, pulse_server


def card(headphones: str, *, ucm: bool = False) -> dict[str, Any]:
    """A laptop's or a PC's built-in card: speakers and a headphone jack."""
    jack = "[Out] Headphones" if ucm else "analog-output-headphones"
    return {
        "name": "alsa_output.pci-0000_00_1f.3.analog-stereo",
        "properties": {"device.form_factor": "internal", "device.bus": "pci"},
        "ports": [
            {
                "name": "analog-output-speaker",
                "type": "Speaker",
                "availability": "availability unknown",
            },
            {"name": jack, "type": "Headphones", "availability": headphones},
        ],
        "active_port": jack if headphones == "available" else "analog-output-speaker",
    }


def usb_headset() -> dict[str, Any]:
    return {
        "name": "alsa_output.usb-Logitech_USB_Headset-00.analog-stereo",
        "properties": {"device.form_factor": "headset", "device.bus": "usb"},
        "ports": [
            {"name": "analog-output", "type": "Unknown", "availability": "availability unknown"}
        ],
        "active_port": "analog-output",
    }


def listed(*sinks: dict[str, Any]) -> str:
    return json.dumps(list(sinks))


def test_a_plug_in_the_jack_is_headphones_on_that_card() -> None:
    assert headphones_in(listed(card("not available"))) is None
    plugged = headphones_in(listed(card("available")))
    assert plugged == Headphones("alsa_output.pci-0000_00_1f.3.analog-stereo")
    assert headphones_in(listed(card("available", ucm=True))) == plugged


def test_a_jack_that_cannot_sense_a_plug_is_not_headphones() -> None:
    assert headphones_in(listed(card("availability unknown"))) is None


def test_a_usb_headset_is_headphones_and_named_as_the_output() -> None:
    found = headphones_in(listed(card("not available"), usb_headset()))
    assert found == Headphones("alsa_output.usb-Logitech_USB_Headset-00.analog-stereo")


def test_what_cannot_be_read_is_no_headphones() -> None:
    for listing in ["", "not json", "{}", "[1, 2]", '[{"name": 3}]', '[{"name": "x", "ports": 5}]']:
        assert headphones_in(listing) is None


_KEYS = st.sampled_from(
    ["name", "ports", "properties", "availability", "type", "device.form_factor", "active_port"]
)
_SHAPES = st.recursive(
    st.none()
    | st.booleans()
    | st.sampled_from(["available", "headset", "Headphones"])
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=20,
)


@given(_SHAPES)
def test_any_shape_of_list_gives_an_answer_and_never_an_error(value: object) -> None:
    found = headphones_in(json.dumps(value))
    if found is not None:  # then it names one of the outputs listed
        assert isinstance(value, list)
        assert found.output in [sink.get("name") for sink in value if isinstance(sink, dict)]


@pytest.mark.skipif(not installed(), reason="PulseAudio is installed by .ci/run")
def test_the_real_servers_list_is_read() -> None:
    """pactl's own JSON from a real server: a null output is not headphones; one that says
    it is a USB headset is."""
    with pulse_server() as server:
        assert headphones_in(server.pactl("--format=json", "list", "sinks")) is None
        server.load_headset()
        assert headphones_in(server.pactl("--format=json", "list", "sinks")) == Headphones(
            "usb_headset"
        )
