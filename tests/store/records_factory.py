"""Hand-written Records for store, export and CLI tests (no model needed)."""
from __future__ import annotations

from veille.model.record import Actor, Entity, Event, Mention, Place, Quote, Record, TimeExpr


def summit_record(**changes: object) -> Record:
    """A meeting in Minsk, published with a +01:00 offset, with two events."""
    text = ("Une délégation russe a été reçue vendredi à Minsk par le gouvernement biélorusse. "
            "Les deux pays ont signé un accord de défense.")
    fields: dict[str, object] = dict(
        id="a1b2c3d4e5f60001", name="sommet-minsk", title="Sommet à Minsk",
        published="2024-05-26T09:47:00+01:00", outlet="La Tribune", dateline="Paris", language="fr", text=text,
        source="articles/sommet-minsk.txt",
        entities=(
            Entity("e1", "Russie", "LOC", "RUS", (Mention("russe", 15, 20),), kind="country"),
            Entity("e2", "Minsk", "LOC", "BLR", (Mention("Minsk", 44, 49),), kind="city"),
        ),
        times=(TimeExpr("vendredi", "DATE", "2024-05-24", 33, 41),),
        places=(Place("Minsk", "BLR", 53.9, 27.567, "city", "e2"),),
        quotes=(Quote("Une coopération solide", "Russie", True, 80, 102, "e1"),),
        events=(
            Event("CONSULT", (Actor("Russie", "RUS"),), (Actor("Biélorussie", "BLR"),), "asserted",
                  place="Minsk", date="2024-05-24", sentence="Une délégation russe a été reçue...", trigger="reçue"),
            Event("AGREE", (Actor("Russie", "RUS"), Actor("Biélorussie", "BLR")), (), "asserted",
                  sentence="Les deux pays ont signé un accord.", trigger="signé", confidence=0.8),
        ),
    )
    fields.update(changes)
    return Record(**fields)  # type: ignore[arg-type]


def protest_record(**changes: object) -> Record:
    """A protest in Dakar, published on a day only, by another outlet; one planned event next month."""
    fields: dict[str, object] = dict(
        id="f0e1d2c3b4a50002", name="manif-dakar", title="Manifestation à Dakar",
        published="2025-03-14", outlet="Le Courrier", dateline="Dakar", language="fr",
        text="Des milliers de personnes ont défilé à Dakar contre la vie chère.", source="articles/manif-dakar.txt",
        events=(
            Event("PROTEST", (Actor("manifestants", "SEN", "civilians"),), (Actor("gouvernement", "SEN", "government"),),
                  "asserted", place="Dakar"),
            Event("CONSULT", (Actor("ministre", "SEN"),), (Actor("syndicats", "SEN"),), "planned", date="2025-04"),
        ),
    )
    fields.update(changes)
    return Record(**fields)  # type: ignore[arg-type]


def undated_record(**changes: object) -> Record:
    """An article with no date, no outlet and no events."""
    fields: dict[str, object] = dict(
        id="0000aaaa1111bbbb", name="sans-date", title=None, published=None, outlet=None, dateline=None,
        language="fr", text="Un texte sans date ni titre, qui parle de l'OTAN.",
    )
    fields.update(changes)
    return Record(**fields)  # type: ignore[arg-type]
