"""What each screen shows, in one language, as plain data for the QML views.

Pure Python, no Qt: every rule about what a patient sees is tested without a window.
"""
