"""PLOVER event types grouped into the four "quad" classes event analysts plot dyads with.

PLOVER orders its sixteen types from cooperation to conflict; the quad classes cut that order
into verbal and material cooperation and verbal and material conflict, as CAMEO's quad classes
did. CONCEDE (yielding: releasing, easing, accepting demands) is counted as material
cooperation, REQUEST (demands and appeals) as verbal conflict, following that order.

Kept here, outside veille.api, so that exporters can use it without loading the web stack.
"""
from __future__ import annotations

VERBAL_COOPERATION = "verbal-cooperation"
MATERIAL_COOPERATION = "material-cooperation"
VERBAL_CONFLICT = "verbal-conflict"
MATERIAL_CONFLICT = "material-conflict"

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

# CAMEO's (and GDELT's QuadClass column's) numbering of the four classes.
QUAD_NUMBER: dict[str, int] = {
    VERBAL_COOPERATION: 1,
    MATERIAL_COOPERATION: 2,
    VERBAL_CONFLICT: 3,
    MATERIAL_CONFLICT: 4,
}


def quad_of(event_type: str) -> str | None:
    """The quad class of a PLOVER type (None for a type PLOVER does not have)."""
    return QUAD_OF_TYPE.get(event_type.upper())


def quad_number(event_type: str) -> int | None:
    """The CAMEO quad class number (1-4) of a PLOVER type, or None for a type PLOVER does not have."""
    quad = quad_of(event_type)
    return QUAD_NUMBER[quad] if quad else None

# Types two parties do with each other: "X et Y ont signé un accord" is X with Y, not X and Y with nobody.
MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
