"""Speech: what a screen says, the engine that says it and where its sound is kept. No Qt.

The Qt side (playing, stopping on a touch, headphones) is ``kiosk.ui.speech``.
"""
