"""Which scene-graph renderer draws the kiosk: the GPU where there is one, else Qt's software one.

Measured on a real display path without a usable GPU (Xvfb here; cage on a PC whose GPU Mesa
does not drive): Qt Quick over OpenGL runs on Mesa's llvmpipe, which draws on the CPU, and
the kiosk then held 242-255 MB; Qt's own software renderer, on the same display, 131 MB and
no slower a tap. So OpenGL is used only where it is a real GPU's. Asking Mesa which renderer
it is costs about 75 ms (a context made and dropped), so a machine with no GPU render node
in ``/dev/dri`` is not asked: its OpenGL can only be llvmpipe.

The clinic overrides the choice with ``--renderer software|gpu`` (``kiosk setup-pc`` writes
it into the unit), and ``QT_QUICK_BACKEND``, Qt's own switch, is obeyed as always.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

log = logging.getLogger("kiosk")

CHOICES = ("auto", "software", "gpu")
_CPU_RENDERERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer")
_GL_RENDERER = 0x1F01


def choose(
    requested: str,
    platform: str,
    environ: Mapping[str, str],
    has_render_node: Callable[[], bool],
    gl_renderer: Callable[[], str | None],
) -> tuple[bool, str]:
    """(software?, why), for ``requested`` (one of CHOICES) on this machine."""
    if environ.get("QT_QUICK_BACKEND"):
        backend = environ["QT_QUICK_BACKEND"]
        return backend == "software", f"QT_QUICK_BACKEND={backend}, set where the kiosk starts"
    if requested != "auto":
        return requested == "software", f"--renderer {requested}"
    if platform in ("offscreen", "minimal"):
        return True, f"the {platform} platform has no GPU to draw with"
    if not has_render_node():
        return True, "no GPU render node in /dev/dri: OpenGL would be Mesa's llvmpipe, on the CPU"
    started = time.perf_counter()
    name = gl_renderer()
    asked = f"(asked in {(time.perf_counter() - started) * 1000:.0f} ms)"
    if name is None:
        return True, f"OpenGL cannot be started here {asked}"
    if any(word in name.lower() for word in _CPU_RENDERERS):
        return True, f"OpenGL here is {name}, which draws on the CPU {asked}"
    return False, f"OpenGL on {name} {asked}"


def use_renderer(requested: str = "auto") -> bool:
    """Choose and set the renderer (before the window exists); log which and why."""
    software, why = choose(
        requested,
        QGuiApplication.platformName(),
        os.environ,
        lambda: any(Path("/dev/dri").glob("renderD*")),
        _ask_opengl,
    )
    if software:
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    log.info("renderer: %s: %s", "software" if software else "GPU (OpenGL)", why)
    return software


def _ask_opengl() -> str | None:
    context = QOpenGLContext()
    if not context.create():
        return None
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return None
        name = context.functions().glGetString(_GL_RENDERER)
        context.doneCurrent()
        return str(name) if name else None
    finally:
        surface.destroy()
