"""What every part of the content's schema is: frozen, strict, and no unknown keys."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from kiosk.content.field_docs import add_field_docs


class Model(BaseModel):
    """Frozen, strict, and no unknown keys.

    Unknown keys are errors, so a misspelt ``titel:`` is not a silently missing title.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, json_schema_extra=add_field_docs
    )
