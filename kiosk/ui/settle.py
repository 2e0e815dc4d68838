"""Wait until a window is at rest: nothing sliding, fading or loading, and a frame shows it.

For ``kiosk snapshot`` and for tests that look at a screen. A fixed pause (600 ms a
screen) was both too long, 57 s of the test suite, and no proof: a slow machine could
still be mid-fade. Here each thing that moves or loads is asked whether it is done:

- a ``StackView`` is not ``busy`` (its page slid in or out);
- every ``Image`` and ``Loader`` is no longer ``Loading`` (a topic's body is built
  asynchronously, over several frames);
- every ``Behavior`` has reached its target (the "more below" hint fades in once
  the page knows its height).

Then one frame is rendered, and the questions are asked again: that frame's layout may
start something new (the hint's fade starts when the body is laid out).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer
from PySide6.QtQml import QQmlEngine, qmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

#: Past this, the screen is taken as it is: a picture that never loads must not hang a
#: snapshot. Far longer than anything here takes (a topic settles within about 300 ms).
GIVE_UP_MS = 5000
#: How often to look again while waiting, about a frame: a picture decoded on a thread
#: or a body built bit by bit finishes between frames, and no frame may follow.
_LOOK_MS = 16
#: ``Image.Loading`` and ``Loader.Loading`` (QML enums that PySide6 cannot read itself).
_LOADING = 2


def settle(window: QQuickWindow, give_up_ms: int = GIVE_UP_MS) -> bool:
    """Return once ``window`` is at rest and one frame has been rendered at rest.

    ``False`` if it gave up after ``give_up_ms``: the window is then as it is.
    """
    deadline = QDeadlineTimer(give_up_ms)
    engine = qmlEngine(window)
    while not deadline.hasExpired():
        if not at_rest(window, engine):
            _wait(window, min(_LOOK_MS, deadline.remainingTime()), frame=False)
            continue
        _wait(window, deadline.remainingTime(), frame=True)
        if at_rest(window, engine):
            return True
    return False


def at_rest(window: QQuickWindow, engine: QQmlEngine | None = None) -> bool:
    """Whether nothing in ``window`` is sliding, fading or loading right now."""
    engine = engine or qmlEngine(window)
    return not any(_moving(each, engine) for each in _objects(window.contentItem()))


def _moving(each: QObject, engine: QQmlEngine | None) -> bool:
    if each.inherits("QQuickStackView"):
        return bool(each.property("busy"))
    if each.inherits("QQuickImage") or each.inherits("QQuickLoader"):
        return engine is not None and _status(each, engine) == _LOADING
    if each.inherits("QQuickBehavior") and each.property("enabled"):
        target = each.property("targetValue")  # None until the Behavior first animates
        watched = each.property("targetProperty")
        return target is not None and watched.isValid() and watched.read() != target
    return False


def _status(each: QObject, engine: QQmlEngine) -> int:
    # Read through JavaScript, where an enum is a number: PySide6 has no converter for
    # QQuickImage::Status or QQuickLoader::Status.
    return engine.toScriptValue(each).property("status").toInt()


def _objects(item: QQuickItem) -> Iterator[QObject]:
    """``item``, the plain objects it owns (Behaviors), and so on down the visual tree.

    The visual tree rather than ``findChildren``: items made by a Repeater or a view
    (topic tiles) are not QObject children of the window.
    """
    yield item
    for child in item.children():
        if not isinstance(child, QQuickItem):
            yield child
    for child in item.childItems():
        yield from _objects(child)


def _wait(window: QQuickWindow, milliseconds: int, *, frame: bool) -> None:
    """Run the event loop for ``milliseconds``, or until a frame is shown if ``frame``."""
    loop = QEventLoop()
    # The loop as the timer's context: PySide6 6.11 keeps about 60 bytes at each call of
    # the two-argument QTimer.singleShot(ms, loop.quit).
    QTimer.singleShot(max(0, milliseconds), loop, loop.quit)
    if frame:
        window.frameSwapped.connect(loop.quit)
        window.update()
    loop.exec()
    if frame:
        window.frameSwapped.disconnect(loop.quit)
