"""veille.entities: groups mentions into real-world entities (first version: NER spans by text)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model.record import Entity, Mention

NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def find_entities(doc: Doc) -> list[Entity]:
    """One entity per distinct NER text."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        kind = NER_TYPES.get(ent.label_)
        if kind:
            groups.setdefault((ent.text, kind), []).append(Mention(ent.text, ent.start_char, ent.end_char))
    return [
        Entity(id=f"e{i}", name=name, type=kind, country=None, mentions=tuple(mentions))
        for i, ((name, kind), mentions) in enumerate(groups.items())
    ]


@Language.component("veille_entities", requires=["doc.ents"], assigns=["doc._.entities"])
def entities_component(doc: Doc) -> Doc:
    doc._.entities = find_entities(doc)
    return doc
