"""The kiosk's own words (buttons, badges, prompts) in the languages it ships with.

Content words come from content.yaml; these are the few that belong to the
kiosk itself. A language without its own words here gets the English ones.
"""

from __future__ import annotations

import datetime

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "back": "Back",
        "larger_text": "Larger text",
        "smaller_text": "Smaller text",
        "approved": "Approved use",
        "research": "Research only: not an approved use",
        "safety": "Safety information",
        "sources": "Sources",
        "reviewed": "Checked by {reviewer} on {date}.",
        "call_with_problems": "For any other problem after a treatment, call us: {phone}",
        "call_with_questions": "Questions? Call us: {phone}",
        "more_below": "More below",
        "still_reading": "Still reading?",
        "resetting": "This screen will go back to the start in {seconds} seconds.",
        "resetting_one": "This screen will go back to the start in 1 second.",
        "continue": "Yes, keep reading",
        "language": "Language",
        "updating": "This screen is being updated. Please ask at the desk.",
    },
    "es": {
        "home": "Inicio",
        "back": "Atrás",
        "larger_text": "Letra más grande",
        "smaller_text": "Letra más pequeña",
        "approved": "Uso aprobado",
        "research": "Solo en estudio: no es un uso aprobado",
        "safety": "Información de seguridad",
        "sources": "Fuentes",
        "reviewed": "Revisado por {reviewer} el {date}.",
        "call_with_problems": "Si tiene otro problema después de un tratamiento, llámenos: {phone}",
        "call_with_questions": "¿Tiene preguntas? Llámenos: {phone}",
        "more_below": "Hay más abajo",
        "still_reading": "¿Sigue leyendo?",
        "resetting": "Esta pantalla volverá al inicio en {seconds} segundos.",
        "resetting_one": "Esta pantalla volverá al inicio en 1 segundo.",
        "continue": "Sí, seguir leyendo",
        "language": "Idioma",
        "updating": "Esta pantalla se está actualizando. Por favor, pregunte en recepción.",
    },
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def words(language: str) -> dict[str, str]:
    """The kiosk's words in ``language``, English where it has none."""
    return {**WORDS["en"], **WORDS.get(language, {})}


def in_every_language(key: str) -> list[str]:
    """The kiosk's words for ``key`` in each language it has words for, English first."""
    return [WORDS[code][key] for code in WORDS]


def long_date(day: datetime.date, language: str) -> str:
    """``November 20, 2026`` / ``20 de noviembre de 2026``; ISO for other languages."""
    if language == "es":
        return f"{day.day} de {_MONTHS['es'][day.month - 1]} de {day.year}"
    if language == "en":
        return f"{_MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
    return day.isoformat()
