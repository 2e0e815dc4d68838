"""A full-screen patient-education kiosk for a clinic waiting room."""
