"""A full-screen patient-education kiosk for a clinic waiting room."""

#: The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"
