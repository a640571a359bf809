"""PLOVER event types grouped into the four "quad" classes event analysts plot dyads with.

PLOVER orders its sixteen types from cooperation to conflict; the quad classes cut that order
into verbal and material cooperation and verbal and material conflict, as CAMEO's quad classes
did. CONCEDE (yielding: releasing, easing, accepting demands) is counted as material
cooperation, REQUEST (demands and appeals) as verbal conflict, following that order.
"""
from __future__ import annotations

VERBAL_COOPERATION = "verbal-cooperation"
MATERIAL_COOPERATION = "material-cooperation"
VERBAL_CONFLICT = "verbal-conflict"
MATERIAL_CONFLICT = "material-conflict"

# The four classes in display order, with the label and colour the pages and charts use.
QUADS: dict[str, dict[str, str]] = {
    VERBAL_COOPERATION: {"label": "verbal cooperation", "colour": "#5aa9e6"},
    MATERIAL_COOPERATION: {"label": "material cooperation", "colour": "#1f5f99"},
    VERBAL_CONFLICT: {"label": "verbal conflict", "colour": "#f4a259"},
    MATERIAL_CONFLICT: {"label": "material conflict", "colour": "#c0392b"},
}

QUAD_OF_TYPE: dict[str, str] = {
    "AGREE": VERBAL_COOPERATION,
    "CONSULT": VERBAL_COOPERATION,
    "SUPPORT": VERBAL_COOPERATION,
    "CONCEDE": MATERIAL_COOPERATION,
    "COOPERATE": MATERIAL_COOPERATION,
    "AID": MATERIAL_COOPERATION,
    "RETREAT": MATERIAL_COOPERATION,
    "REQUEST": VERBAL_CONFLICT,
    "ACCUSE": VERBAL_CONFLICT,
    "REJECT": VERBAL_CONFLICT,
    "THREATEN": VERBAL_CONFLICT,
    "PROTEST": MATERIAL_CONFLICT,
    "SANCTION": MATERIAL_CONFLICT,
    "MOBILIZE": MATERIAL_CONFLICT,
    "COERCE": MATERIAL_CONFLICT,
    "ASSAULT": MATERIAL_CONFLICT,
}


def quad_of(event_type: str) -> str | None:
    """The quad class of a PLOVER type (None for a type PLOVER does not have)."""
    return QUAD_OF_TYPE.get(event_type.upper())
