"""The ``kiosk`` sub-commands, one module each; ``kiosk.cli`` holds the command line's grammar."""
