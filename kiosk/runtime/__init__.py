"""Running unattended: logs, the crash policy, one instance, systemd, the staff PIN.

Qt-free like the core (an import-linter contract checks it), so each piece is
tested with plain pytest; ``kiosk.ui`` adapts them to the event loop.
"""
