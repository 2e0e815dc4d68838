"""The kiosk's own words (buttons, badges, prompts), built in for English and Spanish.

Plain data, free of pydantic: the kiosk's first frame needs them before the content's
models load (``kiosk.runtime.start_view``). A clinic gives them for another language, or
changes these, under ``words:`` in content.yaml (:mod:`kiosk.content.kiosk_words`).
"""

from __future__ import annotations

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
        "resetting_one": "This screen will go back to the start in {seconds} second.",
        "continue": "Yes, keep reading",
        "language": "Language",
        "updating": "This screen is being updated. Please ask at the desk.",
        "listen": "Listen",
        "pause": "Pause",
        "resume": "Play",
        "repeat": "Start again",
        "stop_listening": "Stop",
        "louder": "Louder",
        "quieter": "Quieter",
        "touch_to_stay": "Touch the screen or press a key to keep reading.",
        "plug_in_headphones": "To listen, plug headphones into the jack below the screen.",
        "button": "Button",
        "position": "{number} of {total}",
        "you_are_on": "You are on {page}.",
        "keys_help": (
            "Arrows move, Enter chooses, Backspace goes back, plus and minus change the volume."
        ),
        "high_contrast": "High contrast",
        "normal_contrast": "Normal contrast",
        "sign_title": "This screen can read to you",
        "sign_or_listen": (
            "Or touch Listen at the bottom of the screen. The clinic's staff can help."
        ),
        "sign_keys": "With the keypad or keyboard:",
        "sign_keys_move": "Arrows or Tab: move to the next thing on the screen.",
        "sign_keys_choose": "Enter: choose it.",
        "sign_keys_back": "Backspace: go back.",
        "sign_keys_volume": "+ and \u2212: louder and quieter.",
        "sign_keys_help": "? or F1: hear where you are.",
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
        "resetting_one": "Esta pantalla volverá al inicio en {seconds} segundo.",
        "continue": "Sí, seguir leyendo",
        "language": "Idioma",
        "updating": "Esta pantalla se está actualizando. Por favor, pregunte en recepción.",
        "listen": "Escuchar",
        "pause": "Pausa",
        "resume": "Seguir",
        "repeat": "Desde el inicio",
        "stop_listening": "Parar",
        "louder": "Más alto",
        "quieter": "Más bajo",
        "touch_to_stay": "Toque la pantalla o pulse una tecla para seguir leyendo.",
        "plug_in_headphones": (
            "Para escuchar, conecte unos audífonos en la entrada debajo de la pantalla."
        ),
        "button": "Botón",
        "position": "{number} de {total}",
        "you_are_on": "Está en {page}.",
        "keys_help": (
            "Las flechas mueven, Intro elige, Retroceso vuelve atrás, "
            "más y menos cambian el volumen."
        ),
        "high_contrast": "Alto contraste",
        "normal_contrast": "Contraste normal",
        "sign_title": "Esta pantalla puede leerle",
        "sign_or_listen": (
            "O toque Escuchar, abajo en la pantalla. El personal de la clínica puede ayudarle."
        ),
        "sign_keys": "Con el teclado:",
        "sign_keys_move": "Flechas o Tab: ir a lo siguiente de la pantalla.",
        "sign_keys_choose": "Intro: elegirlo.",
        "sign_keys_back": "Retroceso: volver atrás.",
        "sign_keys_volume": "+ y \u2212: más alto y más bajo.",
        "sign_keys_help": "? o F1: oír dónde está.",
    },
}
#: The languages the kiosk has its own words for.
BUILT_IN_LANGUAGES = frozenset(WORDS)

#: Each word's blanks, which the kiosk fills in: a clinic's own words must keep them.
BLANKS = {
    "reviewed": ("{reviewer}", "{date}"),
    "call_with_problems": ("{phone}",),
    "call_with_questions": ("{phone}",),
    "resetting": ("{seconds}",),
    "position": ("{number}", "{total}"),
    "you_are_on": ("{page}",),
}
#: The countdown's plural forms besides "resetting" (CLDR's "other"), for languages with them.
PLURAL_FORMS = ("zero", "one", "two", "few", "many")
#: The words a language needs (the plural forms are optional: not every language has them).
KIOSK_WORDS = tuple(key for key in WORDS["en"] if not key.startswith("resetting_"))
