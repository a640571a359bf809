"""veille.nlp.entities.component: one Entity per real-world entity, with all its mentions, type, kind and country.

    mentions.find_candidates   NER spans cleaned, junk dropped, missed names added
    liveblog                   the subjects right after live-blog time stamps ("9h12 - Danone relève...")
    institutions               "le parquet de Lyon", "la cour d'appel de Douala" added as bodies
    coref.group_candidates     candidates grouped (surnames, titles, acronyms, short forms)
    resolve (here)             each group's type, kind, canonical name and country from its names
    roles                      nominal mentions ("le dirigeant moldave") and upper-case headlines
    nationality                the state of people and organisations from their context
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ... import geo
from ...lang import DEFAULT, current, language_data
from ...model.record import Entity, Mention
from ..stage import Stage
from . import roles
from .coref import group_candidates, known_person_country, name_parts, name_words, table_entry, without_honorifics
from .institutions import with_institutions
from .liveblog import with_stamped_subjects
from .mentions import Candidate, find_candidates, fold, is_acronym
from .nationality import assign_countries
from .reaches import EntityReaches
from .resolved import Resolved

# When the NER's votes tie, the more specific type wins.
TYPE_PRIORITY = {"PER": 3, "ORG": 2, "LOC": 1, "MISC": 0}


def find_entities(doc: Doc, reaches: EntityReaches = EntityReaches()) -> list[Entity]:
    """The Doc's entities, in order of first mention."""
    stamped = with_stamped_subjects(doc, find_candidates(doc), reaches.government_city_population)
    cands = with_institutions(doc, stamped, reaches.known_town_population)
    grouped = group_candidates(doc, cands)
    resolved = merge_states([resolve(doc, members, reaches) for members in grouped if not all(c.weak for c in members)])
    roles.add_role_mentions(doc, resolved, reaches.role_window)
    roles.add_headline_mentions(doc, resolved)
    assign_countries(doc, resolved, reaches)
    return [to_entity(doc, f"e{i}", item) for i, item in enumerate(resolved)]


def resolve(doc: Doc, members: list[Candidate], reaches: EntityReaches = EntityReaches()) -> Resolved:
    """Type, name, kind and (where the names alone say it) country of one group."""
    members = sorted(members, key=lambda c: c.start)
    texts = [c.surface for c in members]
    entry = next((e for e in map(table_entry, texts) if e is not None), None)
    if entry is not None and not spelled_otherwise(texts, entry):
        return Resolved(members, entry["type"], entry["name"], entry["kind"], entry["country"])
    body = next((c for c in members if c.origin == "institution"), None)
    if body is not None:
        return Resolved(members, "ORG", best_name(texts, "ORG"), "gov", body.country)
    cue = roles.designator_type(doc, members) or ("ORG" if roles.headed_by_organisation_noun(texts) else None)
    # A well-known person the tagger read as a place ("Depuis Ankara, Recep Tayyip Erdogan") is a person.
    etype = "PER" if any(map(known_person_country, texts)) else cue or vote_type(members, texts)
    name = best_name(texts, etype)
    if etype == "PER":
        return Resolved(members, "PER", name, "person")
    hit = place_hit(name, etype, cue, reaches.government_city_population)
    if hit is not None and hit.feature == "city" and after_region_preposition(doc, members):
        hit = geo.lookup(name, feature="region") or hit  # "en Ontario": the province, not the Californian town
    if hit is not None:
        return Resolved(members, "LOC", place_name(name, texts, hit), hit.feature, hit.country)
    people = demonym_of(name)
    if people is not None:
        return Resolved(members, "MISC", name, "people", people)
    if etype == "ORG":
        return Resolved(members, "ORG", name, "org", next(filter(None, map(org_country, texts)), None))
    return Resolved(members, etype, name)


def spelled_otherwise(texts: list[str], entry: dict[str, Any]) -> bool:
    """True when the text spells out an acronym of the table as another body: "la Commission électorale
    indépendante (CEI)" is not the "Communauté des États indépendants" the table knows as CEI."""
    known = set(name_parts(entry["name"], True))
    for text in texts:
        words = name_parts(text, True)
        if not is_acronym(text) and len(words) >= 2 and table_entry(text) is None:
            if len(known & set(words)) < len(words) / 2:
                return True
    return False


def merge_states(resolved: list[Resolved]) -> list[Resolved]:
    """One entity per state: "royaume de Norvège" and "Norvège", "République centrafricaine" and "Centrafrique"."""
    by_state: dict[str, Resolved] = {}
    kept: list[Resolved] = []
    for item in resolved:
        first = by_state.get(item.country or "") if item.type == "LOC" and item.kind == "country" else None
        if first is None:
            kept.append(item)
            if item.type == "LOC" and item.kind == "country" and item.country:
                by_state[item.country] = item
            continue
        first.members.extend(item.members)
        first.name = state_name(first.name, item.name, item.country)
    return kept


def state_name(one: str, other: str, country: str | None) -> str:
    """Of two names of a state, the one the gazetteer gives it ("Norvège" rather than "royaume de Norvège")."""
    usual = geo.country_name(country) if country else None
    return other if usual is not None and fold(other) == fold(usual) and fold(one) != fold(usual) else one


def vote_type(members: list[Candidate], texts: list[str]) -> str:
    """The NER's majority type, corrected: a full name read as PER is a person, a known city is not."""
    # Words as written: "Trois-Rivières" is one word (a town), "Jean-Luc Mélenchon" two.
    if any(c.label == "PER" and len(t.split()) >= 2 and len(name_words(t)) >= 2 for c, t in zip(members, texts)):
        return "PER"
    votes = Counter(c.label for c in members if c.origin != "headline")
    best = max(votes, key=lambda label: (votes[label], TYPE_PRIORITY[label])) if votes else "ORG"
    if best == "PER":
        hit = geo.lookup(texts[0])
        # Surnames are often also the names of small towns somewhere: only a large place wins over the NER.
        if hit is not None and (hit.feature != "city" or hit.population >= 100_000):
            return "LOC"
    return best


def place_hit(name: str, etype: str, cue: str | None, government_city: int) -> "geo.GeoHit | None":
    """The gazetteer's place for a LOC or MISC name, or for an ORG that names a state ("RDC"), or is exactly
    the name of a region ("Tessin") or of a capital or very large city ("Moscou a répondu")."""
    if etype == "PER" or cue == "ORG":
        return None
    hit = geo.lookup(name)
    if hit is None:
        return None
    if etype == "ORG" and hit.feature != "country" and not (fold(hit.name) == fold(name) and stands_for_a_power(hit, government_city)):
        return None  # a state under any of its names ("RDC") is the state; other places only under their own
    return hit


def after_region_preposition(doc: Doc, members: list[Candidate]) -> bool:
    """True when a mention follows a preposition French uses before regions and states, not towns ("en")."""
    before_region = set(current().load("places")["before_region"])
    return any(c.first > 0 and doc[c.first - 1].lower_ in before_region for c in members)


def stands_for_a_power(hit: "geo.GeoHit", government_city: int) -> bool:
    """Places whose name the press uses for a government: not a town named like a company ("Carrefour", "Toyota")."""
    return hit.feature != "city" or hit.capital or hit.population >= government_city


def best_name(texts: list[str], etype: str) -> str:
    """The canonical name: a person's fullest name, an organisation's spelled-out name, else the usual form."""
    if etype == "PER":
        return without_honorifics(max(texts, key=lambda t: (len(name_words(t)), -texts.index(t))))
    if etype == "ORG":
        spelled = [t for t in texts if not is_acronym(t)] or texts
        return max(spelled, key=lambda t: (len(t.split()), -spelled.index(t)))
    counts = Counter(fold(t) for t in texts)
    usual = max(counts, key=lambda k: (counts[k], -len(k)))
    forms = [t for t in texts if fold(t) == usual]
    return max(forms, key=lambda t: (t.split()[0] not in ("La", "Le", "Les", "L'", "L’"), sum(not c.isascii() for c in t)))


def place_name(name: str, texts: list[str], hit: "geo.GeoHit") -> str:
    """A state under the gazetteer's name when the text uses it, and under a spelled-out name rather than its acronym."""
    if hit.feature == "country":
        usual = next((t for t in texts if fold(t) == fold(hit.name)), None)
        if usual is not None:
            return usual
    spelled = [t for t in texts if not is_acronym(t)]
    return max(spelled, key=len) if is_acronym(name) and spelled else name


def demonym_of(name: str) -> str | None:
    """The state a nationality noun names ("Britanniques" -> GBR): such groups are peoples, not places."""
    if len(name.split()) != 1:
        return None
    country = geo.demonym_country(name)
    return country if country is not None and geo.lookup(name) is None else None


def org_country(name: str) -> str | None:
    """An organisation's state from its name: a nationality adjective or a country in it."""
    for word in name.replace("’", " ").replace("'", " ").replace("-", " ").split():
        if word[:1].islower():
            country = geo.demonym_country(word)
            if country is not None:
                return country
        elif len(word) > 2:
            hit = geo.lookup(word)
            if hit is not None and hit.feature in ("country", "region"):
                return hit.country
    return None


def to_entity(doc: Doc, entity_id: str, item: Resolved) -> Entity:
    """The record's Entity: mentions in text order, each once."""
    spans = sorted({(c.start, c.end) for c in item.members})
    surfaces = {(c.start, c.end): c.surface for c in item.members}
    mentions = tuple(Mention(surfaces[span], *span) for span in spans)
    return Entity(id=entity_id, name=item.name, type=item.type, country=item.country, mentions=mentions, kind=item.kind)


@Language.factory(
    "veille_entities", default_config={"language": DEFAULT, **asdict(EntityReaches())},
    requires=["doc.ents"], assigns=["doc._.entities"],
)
def make_entities_stage(
    nlp: Language, name: str, language: str, role_window: int, mentions_looked_at: int,
    government_city_population: int, known_town_population: int,
) -> Stage:
    """The entities stage reading the data of `language` (a folder of veille/lang) with the config's reaches."""
    reaches = EntityReaches(
        role_window=role_window, mentions_looked_at=mentions_looked_at,
        government_city_population=government_city_population, known_town_population=known_town_population,
    )
    return Stage("entities", find_entities, language_data(language), reaches=reaches)
