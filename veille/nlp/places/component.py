"""veille.nlp.places.component: every place the article names, geocoded offline (veille.geo), one Place per real place.

    place entities (LOC, or ORG/MISC that are only a place's name: "Ankara a répondu")
      -> geocoded, cities again with the article's states as a hint ("Portland" in a story about the USA)
      -> a small foreign town needs a place cue ("à", "la ville de") when its state is never named
    + natural features ("massif des Maures", "vallée de la Roya"): in the state the article's places point to,
      never the town or country of the name inside them
    + landmarks ("place de la Liberté", "mosquée X") placed at the city the text names nearest before them;
      "le château de Versailles" names the town Versailles
    + places the gazetteer does not know, when the text says what they are ("la ville de X"):
      placed in the state the article is mostly about, without coordinates
    + known state and large city names the NER left out, read from runs of capitalised words
    -> merged when two names are one place ("Lvov" and "Lviv").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ... import geo
from ...geo import GeoHit
from ...lang import DEFAULT, LanguageData, current, language_data, language_table, word_set
from ...model.record import Entity, Mention, Place
from ..extensions import doc_text
from ..stage import Stage
from .reaches import PlaceReaches

NAME_POS = {"PROPN", "X"}  # a name read by scanning holds at least one proper noun (or unknown word)
# How clearly the words before a name present it as a place: "la province de X" > "à X" > "de X".
NOUN, PREPOSITION, GENITIVE = 3, 2, 1
_WORD = re.compile(r"[\w’']+")


@dataclass(frozen=True)
class Located:
    """A place name found in the text, where it is, and what it resolved to."""

    name: str
    hit: GeoHit
    start: int
    entity_id: str | None = None
    mentions: int = 1
    cue: int = 0


@dataclass(frozen=True)
class Cues:
    """Words that present a name as a place (veille/lang/fr/places.json)."""

    before_place: frozenset[str]
    genitives: frozenset[str]
    place_nouns: frozenset[str]
    landmarks: frozenset[str]
    before_region: frozenset[str]
    natural_features: frozenset[str]


@language_table
def _cues(language: LanguageData) -> Cues:
    data = language.load("places")
    keys = ("before_place", "genitives", "place_nouns", "landmarks", "before_region", "natural_features")
    return Cues(*(frozenset(data[key]) for key in keys))


def find_places(doc: Doc, reaches: PlaceReaches = PlaceReaches()) -> list[Place]:
    """The places of the article, in order of first mention."""
    entities: list[Entity] = list(doc._.entities or [])
    located = list(_entity_places(doc, entities, reaches))
    dateline = _dateline_states(doc)
    located = [_with_hint(item, _hint_for(item, located) | dateline, reaches.hint_ratio) for item in located]
    named_states = {item.hit.country for item in located if item.hit.feature != "city"} | dateline
    located = [item for item in located if _plausible(item, named_states, reaches.small_city)]
    located += _natural_features(doc, entities, located)
    located += _landmarks(doc, entities, located)
    located += _unknown_places(doc, entities, located)
    located += _scanned(doc, entities, located, reaches, dateline)
    return [_to_place(item) for item in _merge(located)]


@Language.factory(
    "veille_places", default_config={"language": DEFAULT, **asdict(PlaceReaches())},
    requires=["doc._.entities"], assigns=["doc._.places"],
)
def make_places_stage(
    nlp: Language, name: str, language: str, small_city: int, hint_ratio: int, government_city_population: int,
    min_scanned_city_population: int, max_scanned_tokens: int,
) -> Stage:
    """The places stage reading the data of `language` (a folder of veille/lang) with the config's reaches."""
    reaches = PlaceReaches(
        small_city=small_city, hint_ratio=hint_ratio, government_city_population=government_city_population,
        min_scanned_city_population=min_scanned_city_population, max_scanned_tokens=max_scanned_tokens,
    )
    return Stage("places", find_places, language_data(language), reaches=reaches)


# -- places the entities stage found -------------------------------------------
def _entity_places(doc: Doc, entities: list[Entity], reaches: PlaceReaches) -> Iterator[Located]:
    """Entities that name a known place: LOC ones, and ORG/MISC ones made of a place name only."""
    for entity in entities:
        if entity.type == "PER" or not entity.mentions or _first_name_only(doc, entity):
            continue
        if entity.type == "LOC" and _feature_inside(doc, entity) is not None:
            continue  # read by _natural_features, once the article's other states are known
        # An organisation counts as a place only under a place's own name ("Moscou" as the Russian
        # government); its other mentions ("Otan") would match stray alternate names of towns.
        hit = _resolve(entity) if entity.type == "LOC" else geo.lookup(entity.name)
        if hit is None or hit.country is None:
            continue
        cue, noun = max(_cue(doc, m) for m in entity.mentions)
        if entity.type != "LOC" and hit.feature == "region" and cue < PREPOSITION:
            continue  # an organisation named like a province is the organisation, unless "en X", "la province de X"
        if entity.type != "LOC" and hit.feature == "city" and not _rules_from(hit, reaches.government_city_population) and cue < PREPOSITION:
            continue  # "Toyota", "Carrefour": a company named like a town is the company
        if noun and noun not in word_set("town_nouns") and hit.feature == "city":
            hit = geo.lookup(entity.name, feature="region") or hit  # "la province de Hatay", "en Ontario": the region
        start = min(m.start for m in entity.mentions)
        yield Located(entity.name, hit, start, entity.id, len(entity.mentions), cue)
        if entity.type == "LOC":
            yield from _longer_mentions(entity, hit)


def _rules_from(hit: GeoHit, government_city: int) -> bool:
    """A capital or a very large city: the press names its government by it ("Ankara a répondu")."""
    return hit.capital or hit.population >= government_city


def _resolve(entity: Entity, hint: frozenset[str] = frozenset()) -> GeoHit | None:
    """The place an entity names: its canonical name first, then each distinct mention,
    each also without a leading place noun ("l'Etat du Darfour" -> "Darfour")."""
    for name in dict.fromkeys([entity.name, *(m.text for m in entity.mentions)]):
        for form in (name, _without_place_noun(name)):
            hit = geo.lookup(form, near=hint) if form else None
            if hit is not None:
                return hit
    return None


def _without_place_noun(name: str) -> str:
    """"Etat du Darfour" -> "Darfour", "province de la Frise" -> "Frise"; "" when there is no such noun."""
    cues = _cues()
    words = name.replace("’", "'").split()
    if len(words) < 3 or words[0].lower() not in cues.place_nouns or words[1].lower() not in cues.genitives:
        return ""
    return " ".join(words[2:])


def _longer_mentions(entity: Entity, hit: GeoHit) -> Iterator[Located]:
    """Mentions grouped with a place but naming another one that holds its name ("Port-Soudan" with "Soudan")."""
    name = geo.fold(entity.name)
    seen = {_identity(hit)}
    for mention in entity.mentions:
        folded = geo.fold(mention.text)
        if folded == name or name not in folded:
            continue
        other = geo.lookup(mention.text)
        if other is not None and other.country is not None and _identity(other) not in seen:
            seen.add(_identity(other))
            yield Located(mention.text, other, mention.start, entity.id)


def _first_name_only(doc: Doc, entity: Entity) -> bool:
    """True when every mention runs straight into a capitalised word: "Florence" in "Florence Parly"."""
    for mention in entity.mentions:
        after = doc_text(doc)[mention.end:mention.end + 2]
        if len(after) < 2 or after[0] != " " or not after[1].isupper():
            return False
    return True


def _words_before(doc: Doc, start: int, count: int = 3) -> list[str]:
    """The last few words before an offset, lower-cased, articles left out."""
    words = [w.lower() for w in _WORD.findall(doc_text(doc)[max(0, start - 60):start])]
    return [w for w in words if w not in word_set("articles")][-count:]


def _cue(doc: Doc, mention: Mention) -> tuple[int, str]:
    """How clearly the text presents a mention as a place, and the word that says what kind of place:
    the place noun ("ville" in "la ville de X") or a preposition used before regions ("en Ontario")."""
    cues = _cues()
    before = [w.replace("’", "'") for w in _words_before(doc, mention.start)]
    if not before:
        return 0, ""
    if before[-1] in cues.genitives:
        if len(before) > 1 and before[-2] in cues.place_nouns:
            return NOUN, before[-2]
        return GENITIVE, ""
    if before[-1] in cues.before_region:
        return PREPOSITION, before[-1]
    return (PREPOSITION if before[-1] in cues.before_place else 0), ""


def _hint_for(item: Located, located: list[Located]) -> frozenset[str]:
    """The states the article's other places are in (a name's own first reading is no hint: "Sion" in Israel)."""
    return frozenset(other.hit.country for other in located if other.hit.country and other.entity_id != item.entity_id)


def _dateline_states(doc: Doc) -> frozenset[str]:
    """The state of the article's dateline ("SAINT-LOUIS (Sénégal)", "Lausanne"): the story's own place, a hint for
    the namesakes it names ("Orange" in a story from Avignon)."""
    dateline = getattr(doc._.article, "dateline", None)
    hit = geo.lookup(dateline) if dateline else None
    return frozenset([hit.country]) if hit is not None and hit.country else frozenset()


def _with_hint(item: Located, hint: frozenset[str], hint_ratio: int) -> Located:
    """A city or region resolved again, preferring one in a state the article is about."""
    if item.hit.feature == "country":
        return item
    better = geo.lookup(item.name, near=hint, feature=item.hit.feature)
    if better is None or better.country is None or better.population * hint_ratio < item.hit.population:
        return item  # Paris stays in France in a story about Texas
    return replace(item, hit=better)


def _plausible(item: Located, named_states: set[str | None], small_city: int) -> bool:
    """A small town of a state the article never names is kept only when the text presents it as a place."""
    hit = item.hit
    if hit.feature != "city" or hit.population >= small_city or item.cue or _compound_town_name(item.name):
        return True
    return hit.country in named_states or hit.country in geo.gazetteer().home


def _compound_town_name(name: str) -> bool:
    """A name joined by a linking word ("Rivière-du-Loup", "Saint-Jean-de-Luz"): a town's, never a first name's."""
    parts = name.replace("’", "'").split("-")
    return len(parts) > 2 and any(part in word_set("place_links") for part in parts[1:-1])


# -- natural features ------------------------------------------------------------
def _natural_features(doc: Doc, entities: list[Entity], located: list[Located]) -> list[Located]:
    """Massifs, valleys, lakes, gulfs ("massif des Maures", "vallée de la Roya"), without coordinates (the
    feature is not the town of its name), in the state `_feature_state` finds."""
    found: list[Located] = []
    for entity in entities:
        inner = _feature_inside(doc, entity) if entity.type == "LOC" and entity.mentions else None
        state = _feature_state(inner, located) if inner is not None else None
        if state is None:
            continue
        start = min(m.start for m in entity.mentions)
        found.append(Located(entity.name, GeoHit(entity.name, state, None, None, "region"), start, entity.id,
                             len(entity.mentions)))
    return found


def _feature_state(inner: str, located: list[Located]) -> str | None:
    """The state a feature lies in: the state its inner name is ("golfe de Guinée"), the state of the place of
    that name when the article names that state ("golfe de Gabès" beside Sfax), the state the article's places
    point to most ("lac Saint-Jean" beside Roberval), else the home state its inner name lies in; None."""
    hit = geo.lookup(inner) if inner else None
    states = {item.hit.country for item in located if item.hit.country}
    if hit is not None and (hit.feature == "country" or hit.country in states):
        return hit.country
    main_state = _main_state(located)
    if main_state is not None:
        return main_state
    return hit.country if hit is not None and hit.country in geo.gazetteer().home else None


def _feature_inside(doc: Doc, entity: Entity) -> str | None:
    """The name inside a natural feature's name ("Maures" in "massif des Maures", "Aden" in "golfe d'Aden";
    "Roya" when the text reads "vallée de la Roya" and the entity is "Roya"), None for no feature."""
    cues = _cues()
    noun, _, rest = entity.name.replace("’", "'").partition(" ")
    if rest and noun.lower() in cues.natural_features:
        return _after_genitive(rest)
    for mention in entity.mentions:
        before = [w.replace("’", "'") for w in _words_before(doc, mention.start, 2)]
        if len(before) == 2 and before[0] in cues.natural_features and before[1] in cues.genitives:
            return entity.name
    return None


def _after_genitive(name: str) -> str:
    """"des Maures" -> "Maures", "de la Roya" -> "Roya", "d'Aden" -> "Aden", "Blanc" -> "Blanc"."""
    lowered = name.lower()
    for prefix in sorted(geo.gazetteer().genitive_prefixes, key=len, reverse=True):
        if lowered.startswith(prefix):
            return name[len(prefix):]
    return name


# -- landmarks ---------------------------------------------------------------------
def _landmarks(doc: Doc, entities: list[Entity], located: list[Located]) -> list[Located]:
    """Sites named as LOC ("place de la Liberté", "mosquée X"): the town in their name, else the city before them."""
    cities = sorted((item for item in located if item.hit.feature == "city"), key=lambda item: item.start)
    known = {item.entity_id for item in located}
    found: list[Located] = []
    for entity in entities:
        if entity.type != "LOC" or entity.id in known:
            continue
        site = _site_name(doc, entity)
        if site is None:
            continue
        start = min(m.start for m in entity.mentions)
        town = _town_in(site)
        if town is not None:
            found.append(Located(town.name, town, start, None, len(entity.mentions), NOUN))
            continue
        city = _city_before(cities, start)
        if city is not None:
            hit = replace(city.hit, name=site, feature="landmark", population=0)
            found.append(Located(site, hit, start, entity.id, len(entity.mentions)))
    return found


def _site_name(doc: Doc, entity: Entity) -> str | None:
    """The entity's name as a site ("place de la Liberté"), when it starts with or follows a landmark word."""
    landmarks = _cues().landmarks
    if entity.name.split()[0].lower() in landmarks:
        return entity.name
    for mention in entity.mentions:
        before = _words_before(doc, mention.start, 1)
        if before and before[0] in landmarks:
            return f"{before[0]} {mention.text}"
    return None


def _town_in(site: str) -> GeoHit | None:
    """The town a site's name holds ("château de Versailles" -> Versailles), if known."""
    words = site.replace("’", "'").split()
    for i, word in enumerate(words[1:], start=1):
        elided = current().rules.elided_genitive(word)
        tail = elided if elided is not None else " ".join(words[i + 1:]) if word in word_set("genitives") else ""
        if tail:
            hit = geo.lookup(tail)
            if hit is not None and hit.country is not None and hit.feature in ("city", "region"):
                return replace(hit, name=tail) if hit.feature == "city" else hit
    return None


# -- places the gazetteer does not know ------------------------------------------
def _unknown_places(doc: Doc, entities: list[Entity], located: list[Located]) -> list[Located]:
    """LOC entities the text introduces as a place ("dans la ville de X"), in the article's main state."""
    known = {item.entity_id for item in located}
    state = _main_state(located)
    found: list[Located] = []
    for entity in entities:
        if entity.type != "LOC" or entity.id in known or not entity.mentions:
            continue
        noun = next((noun for cue, noun in (_cue(doc, m) for m in entity.mentions) if cue == NOUN), "")
        if not noun:
            continue
        feature = "city" if noun in word_set("town_nouns") else "region"
        hit = GeoHit(entity.name, state, None, None, feature)
        found.append(Located(entity.name, hit, min(m.start for m in entity.mentions), entity.id, len(entity.mentions)))
    return found


def _main_state(located: list[Located]) -> str | None:
    """The state the article's places point to most often (counting every mention)."""
    counts: dict[str, int] = {}
    for item in located:
        if item.hit.country:
            counts[item.hit.country] = counts.get(item.hit.country, 0) + item.mentions
    return max(counts, key=lambda state: counts[state], default=None)


def _city_before(cities: list[Located], start: int) -> Located | None:
    """The city mentioned last before an offset, else the article's most mentioned city."""
    before = [item for item in cities if item.start < start]
    if before:
        return before[-1]
    return max(cities, key=lambda item: item.mentions, default=None)


# -- names the NER missed --------------------------------------------------------
def _scanned(
    doc: Doc, entities: list[Entity], located: list[Located], reaches: PlaceReaches,
    dateline: frozenset[str] = frozenset(),
) -> list[Located]:
    """States and large cities named in runs of capitalised words that no entity covers; a large city's
    namesake in a state the article names or writes from comes first ("Orange" in a story from Avignon)."""
    hint = frozenset(item.hit.country for item in located if item.hit.country) | dateline
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    known = {_identity(item.hit) for item in located}
    found: list[Located] = []
    for run in _capitalised_runs(doc, reaches.max_scanned_tokens):
        for span, hit in _names_in(run, reaches, hint):
            if any(s < span.end_char and span.start_char < e for s, e in taken) or _identity(hit) in known:
                continue
            known.add(_identity(hit))
            found.append(Located(span.text, hit, span.start_char))
    return found


def _names_in(run: Span, reaches: PlaceReaches, hint: frozenset[str] = frozenset()) -> Iterator[tuple[Span, GeoHit]]:
    """Known states and large cities inside a run, longest first, left to right ("Etat de New York")."""
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            span = run[i:j]
            if span[0].text.lower() in word_set("place_links") or span[-1].text.lower() in word_set("place_links"):
                continue
            if not any(token.pos_ in NAME_POS for token in span):
                continue  # "« On verra »": a capitalised pronoun, not a name
            hit = geo.lookup(span.text)
            if hit is not None and hit.country is not None and _scan_worthy(hit, reaches.min_scanned_city_population):
                yield span, _hinted(span.text, hit, hint, reaches.hint_ratio)
                i = j
                break
        else:
            i += 1


def _hinted(name: str, hit: GeoHit, hint: frozenset[str], hint_ratio: int) -> GeoHit:
    """The namesake of a city in a hinted state, unless the city first read is `hint_ratio` times larger."""
    if hit.feature != "city" or hit.country in hint or not hint:
        return hit
    better = geo.lookup(name, near=hint, feature="city")
    if better is None or better.country not in hint or better.population * hint_ratio < hit.population:
        return hit
    return better


def _scan_worthy(hit: GeoHit, min_city: int) -> bool:
    """Only unambiguous kinds of place are taken without the NER: states, large cities, and the regions of the
    home state, whose names the NER reads as common nouns ("le préfet de la Manche", "dans la Somme")."""
    if hit.feature == "region":
        return hit.country in geo.gazetteer().home
    return hit.feature == "country" or (hit.feature == "city" and hit.population >= min_city)


def _capitalised_runs(doc: Doc, max_tokens: int) -> Iterator[Span]:
    """Maximal runs of capitalised words (with "du", "de la"... between them), not at a sentence start."""
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i]) or doc[i].is_sent_start:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < max_tokens:
            if _capitalised(doc[end]):
                end += 1
            elif doc[end].text.lower() in word_set("place_links") and end + 1 < len(doc) and _capitalised(doc[end + 1]):
                end += 2
            else:
                break
        yield doc[i:end]
        i = end


def _capitalised(token: Token) -> bool:
    """A word starting with a capital letter (proper nouns and the words of names like "Côte d'Ivoire")."""
    return token.text[:1].isupper()


# -- merging -----------------------------------------------------------------------
def _merge(located: list[Located]) -> list[Located]:
    """One item per real place: same state, or same city position; the most mentioned name wins."""
    groups: dict[object, list[Located]] = {}
    for item in sorted(located, key=lambda item: item.start):
        groups.setdefault(_identity(item.hit), []).append(item)
    merged = []
    for items in groups.values():
        best = max(items, key=lambda item: (item.entity_id is not None, item.mentions))
        merged.append(replace(best, start=items[0].start))
    return sorted(merged, key=lambda item: item.start)


def _identity(hit: GeoHit) -> object:
    """What makes two hits the same place."""
    if hit.feature == "country":
        return ("country", hit.country)
    if hit.lat is not None and hit.lon is not None and hit.feature in ("city", "landmark"):
        return (hit.feature, round(hit.lat, 2), round(hit.lon, 2))
    return (hit.feature, hit.country, geo.fold(hit.name))


def _to_place(item: Located) -> Place:
    """The contract's Place."""
    return Place(item.name, item.hit.country, item.hit.lat, item.hit.lon, item.hit.feature, item.entity_id)
