"""The content core: schema, loading and checking of ``content.yaml``. Imports no Qt.

Each name is imported from its own module (``kiosk.content.loader.load_content``,
``kiosk.content.model.Content``): this package imports nothing itself, so that a light
module such as ``locate`` or ``fingerprint`` comes without pydantic and the models, which
a start from a start view draws its first frame without (``kiosk.ui.deferred_core``).
"""
