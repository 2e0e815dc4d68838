"""A WebP picture's size and completeness, read from its RIFF chunks without decoding it.

Pillow can only decode a WebP picture whole, as RGBA, through buffers of its own: an
8192 x 8192 one took the check to a 1 GB peak. The container says all we need: the RIFF
length proves the file complete (a cut-off copy is shorter), the chunks must fill it
exactly, and the VP8X, VP8L or VP8 header gives the size (WebP container specification,
developers.google.com/speed/webp/docs/riff_container).
"""

from __future__ import annotations

import struct
from typing import BinaryIO

#: A WebP picture is at most 16383 x 16383; no chunk of a real one comes near this.
_MAX_CHUNK_BYTES = 1 << 31


class WebpError(ValueError):
    """The file is not a complete WebP picture."""


def webp_size(stream: BinaryIO, file_bytes: int) -> tuple[int, int]:
    """``(width, height)`` of the WebP picture in ``stream``, or :class:`WebpError`."""
    riff, length, webp = struct.unpack("<4sI4s", _read(stream, 12))
    if riff != b"RIFF" or webp != b"WEBP":
        raise WebpError("not a WebP file")
    if length + 8 != file_bytes:
        raise WebpError("the file is cut off" if length + 8 > file_bytes else "bytes after its end")
    size: tuple[int, int] | None = None
    at = 12
    while at < file_bytes:
        kind, chunk_bytes = struct.unpack("<4sI", _read(stream, 8))
        if chunk_bytes >= _MAX_CHUNK_BYTES:
            raise WebpError("a chunk is too long")
        head = _read(stream, min(chunk_bytes, 10))
        if size is None:
            size = _chunk_size(kind, head)
        stream.seek(chunk_bytes + (chunk_bytes & 1) - len(head), 1)
        at += 8 + chunk_bytes + (chunk_bytes & 1)
    if at != file_bytes:
        raise WebpError("the last chunk is cut off")
    if size is None:
        raise WebpError("no picture in it")
    return size


def _chunk_size(kind: bytes, head: bytes) -> tuple[int, int] | None:
    """The picture's size from the first chunk that gives it, else None."""
    if kind == b"VP8X" and len(head) >= 10:
        width = int.from_bytes(head[4:7], "little") + 1
        return width, int.from_bytes(head[7:10], "little") + 1
    if kind == b"VP8L" and len(head) >= 5:
        if head[0] != 0x2F:
            raise WebpError("a lossless picture without its signature")
        bits = int.from_bytes(head[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8 " and len(head) >= 10:
        if head[3:6] != b"\x9d\x01\x2a":
            raise WebpError("a lossy picture without its start code")
        width, height = struct.unpack("<HH", head[6:10])
        return width & 0x3FFF, height & 0x3FFF
    return None


def _read(stream: BinaryIO, count: int) -> bytes:
    data = stream.read(count)
    if len(data) != count:
        raise WebpError("the file is cut off")
    return data
