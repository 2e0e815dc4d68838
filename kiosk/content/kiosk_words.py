"""The kiosk's own words (buttons, badges, prompts): built in for English and Spanish, and
for any language as a clinic writes them under ``words:`` in content.yaml."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kiosk.content.model_base import Model
from kiosk.content.text import MAX_TEXT_CHARACTERS, NOT_BLANK

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
}
#: The countdown's plural forms besides "resetting" (CLDR's "other"), for languages with them.
PLURAL_FORMS = ("zero", "one", "two", "few", "many")
#: The words a language needs (the plural forms are optional: not every language has them).
KIOSK_WORDS = tuple(key for key in WORDS["en"] if not key.startswith("resetting_"))

Words = Annotated[str, Field(pattern=NOT_BLANK, max_length=MAX_TEXT_CHARACTERS)] | None


class KioskWords(Model):
    """The kiosk's own words in one language. Each one left out is shown in the built-in
    words of that language if there are some (English and Spanish), else in English."""

    home: Words = None
    """The button that goes to the home screen."""
    back: Words = None
    """The button that goes back one page."""
    larger_text: Words = None
    """What the A+ button says to a screen reader."""
    smaller_text: Words = None
    """What the A- button says to a screen reader."""
    approved: Words = None
    """The badge of an approved use."""
    research: Words = None
    """The badge of a research topic, which is not an approved use."""
    safety: Words = None
    """The name of the safety information."""
    sources: Words = None
    """The heading over a page's sources."""
    reviewed: Words = None
    """The last line of a page: keep {reviewer} and {date}, which the kiosk fills in."""
    call_with_problems: Words = None
    """The last line of the safety box: keep {phone}."""
    call_with_questions: Words = None
    """The last line of a page's last box: keep {phone}."""
    more_below: Words = None
    """The hint that a page goes on below."""
    still_reading: Words = None
    """The title of the prompt before the screen goes back to the start."""
    resetting: Words = None
    """The prompt's countdown: keep {seconds}. Give resetting_one (and resetting_two,
    resetting_few, resetting_many, resetting_zero where the language has them) for
    other numbers of seconds."""
    resetting_zero: Words = None
    resetting_one: Words = None
    resetting_two: Words = None
    resetting_few: Words = None
    resetting_many: Words = None
    continue_: Words = Field(
        None, alias="continue", description="The prompt's button that keeps the page."
    )
    language: Words = None
    """The name of the language choice, for a screen reader."""
    updating: Words = None
    """What the screen says while no good content has been loaded."""

    @model_validator(mode="after")
    def _keeps_its_blanks(self) -> KioskWords:
        for key, blanks in BLANKS.items():
            said = getattr(self, key)
            missing = [blank for blank in blanks if said is not None and blank not in said]
            if missing:
                raise PydanticCustomError(
                    "blank_missing",
                    "`{key}` must keep {missing}, where the kiosk puts its part",
                    {"key": key, "missing": " and ".join(missing)},
                )
        return self

    def given(self) -> dict[str, str]:
        """The words given, by the kiosk's name for each (``continue``, not ``continue_``)."""
        return self.model_dump(by_alias=True, exclude_none=True)
