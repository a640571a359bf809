"""The four PLOVER quad classes as the pages and charts show them (label and colour).

The PLOVER type -> quad class table lives in veille.model.plover (exporters use it too);
its names are re-exported here for the API, the pages and their tests.
"""
from __future__ import annotations

from ..model.plover import (
    MATERIAL_CONFLICT,
    MATERIAL_COOPERATION,
    QUAD_OF_TYPE,
    VERBAL_CONFLICT,
    VERBAL_COOPERATION,
    quad_of,
)

__all__ = ["MATERIAL_CONFLICT", "MATERIAL_COOPERATION", "QUADS", "QUAD_OF_TYPE", "VERBAL_CONFLICT",
           "VERBAL_COOPERATION", "quad_of"]

# The four classes in display order, with the label and colour the pages and charts use.
QUADS: dict[str, dict[str, str]] = {
    VERBAL_COOPERATION: {"label": "verbal cooperation", "colour": "#5aa9e6"},
    MATERIAL_COOPERATION: {"label": "material cooperation", "colour": "#1f5f99"},
    VERBAL_CONFLICT: {"label": "verbal conflict", "colour": "#f4a259"},
    MATERIAL_CONFLICT: {"label": "material conflict", "colour": "#c0392b"},
}
