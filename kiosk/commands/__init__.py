"""The ``kiosk`` sub-commands that run the kiosk or change the machine, one module each.

``kiosk.cli`` keeps the parser and the small read-only commands (check, snapshot,
schema); ``run``, ``install`` and ``set-pin`` live here so that each file holds one idea.
"""
