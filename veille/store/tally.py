"""Counts per actor, dyad and period, kept up to date by every write.

A Tally adds up what records bring to the count tables (veille.store.schema: actors,
actor_names, actor_months, dyad_days, dyad_totals, event_spans); a record that is replaced or removed is
added with sign -1, so the counts always equal what a scan of the stored events would give
(tests/store/test_store_tally.py checks that). Rows left at zero are deleted.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, bindparam, delete, select, update

from ..model.record import Event, Record
from ..settings import DEFAULT_LANGUAGE
from ..textnorm import fold_text as fold
from . import schema
from .actors import STATE, country_name, kind_of
from .dialect import Dialect
from .rows import ArticleRows, EventFacts, record_rows

KEYS_PER_QUERY = 500
ENTITY, ACTOR = "entity", "actor"


def _counts() -> defaultdict:
    return defaultdict(int)


@dataclass
class Tally:
    """Changes to the count tables, merged over many records (plain dicts of sums: a Counter's
    missing keys go through Python, and most keys of a batch are new)."""

    mentions: dict[str, int] = field(default_factory=_counts)
    articles: dict[str, int] = field(default_factory=_counts)
    events: dict[str, int] = field(default_factory=_counts)
    country: dict[str, str] = field(default_factory=dict)
    names: dict[tuple[str, str, str], int] = field(default_factory=_counts)
    months: dict[tuple[str, str], int] = field(default_factory=_counts)
    # (a, b, day, quad) -> [events either way, a acting on b, b acting on a]
    days: dict[tuple[str, str, str, int], list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    totals: dict[tuple[str, str], int] = field(default_factory=_counts)
    spans: dict[tuple[str, str, str, str], int] = field(default_factory=_counts)  # by type, first and last day, status
    languages: Counter[str] = field(default_factory=Counter)  # of the records added: states are named in theirs
    removed: bool = False

    def add(self, record: Record, rows: ArticleRows | None = None, sign: int = 1) -> None:
        """What one record brings (sign 1) or takes away when it goes (sign -1); `rows` are its
        rows when they were just made (else they are worked out again)."""
        rows = rows or record_rows(record, 0, "")
        self.removed = self.removed or sign < 0
        if sign > 0:
            self.languages[record.language] += 1
        self._add_entities(record, rows, sign)
        for event, fact in zip(record.events, rows.events):
            self._add_event(event, fact, sign)

    def _add_entities(self, record: Record, rows: ArticleRows, sign: int) -> None:
        keys, month = rows.keys, rows.month
        for entity, key in zip(record.entities, keys.of_entity):
            if key is None:
                continue
            count = len(entity.mentions)
            self.mentions[key] += sign * count
            self.names[(key, ENTITY, entity.name)] += sign * max(count, 1)
            if month:
                self.months[(key, month)] += sign * count
            if entity.country and key not in self.country:
                self.country[key] = entity.country
        for key in {k for k in keys.of_entity if k is not None}:
            self.articles[key] += sign

    def _add_event(self, event: Event, fact: EventFacts, sign: int) -> None:
        for key in fact.keys:
            self.events[key] += sign
            if len(key) == 3 and kind_of(key) == STATE:
                self.country.setdefault(key, key)
        for code, name in fact.names:
            self.names[(code, ACTOR, name)] += sign
        day, quad = fact.day_from or "", fact.quad or 0
        self.spans[(event.type, day, fact.day_to or "", event.status)] += sign
        for (a, b), (forward, backward) in fact.pairs.items():
            counts = self.days[(a, b, day, quad)]
            counts[0] += sign
            counts[1] += sign * forward
            counts[2] += sign * backward
            if a != b:
                self.totals[(a, b)] += sign

    def touched(self) -> set[str]:
        return set(self.mentions) | set(self.articles) | set(self.events)

    def save(self, conn: Connection, dialect: Dialect) -> None:
        """Apply the changes: add the counts, drop the rows left at zero, rename changed actors."""
        touched = sorted(self.touched())
        dialect.add_counts(conn, schema.actors, [
            (key, kind_of(key), self.country.get(key), key, fold(key), self.mentions.get(key, 0),
             self.articles.get(key, 0), self.events.get(key, 0)) for key in touched], keys=1)
        dialect.add_counts(conn, schema.actor_names, _nonzero(self.names), keys=3)
        dialect.add_counts(conn, schema.actor_months, _nonzero(self.months), keys=2)
        dialect.add_counts(conn, schema.dyad_days, [(*key, *counts) for key, counts in self.days.items() if counts[0]],
                           keys=4)
        dialect.add_counts(conn, schema.dyad_totals, _nonzero(self.totals), keys=2)
        dialect.add_counts(conn, schema.event_spans, _nonzero(self.spans), keys=4)
        if self.removed:
            _drop_zeros(conn, self)
        rename(conn, {key for key, _, _ in self.names} | set(touched), self.language())

    def language(self) -> str:
        """The language most of the added records are written in (the default when none was added)."""
        return self.languages.most_common(1)[0][0] if self.languages else DEFAULT_LANGUAGE


def _nonzero(counts: dict) -> list[tuple]:
    return [(*key, n) for key, n in counts.items() if n]


def _drop_zeros(conn: Connection, tally: Tally) -> None:
    """Rows whose counts fell to zero: an actor or dyad no stored article speaks of any more."""
    act = schema.actors
    for chunk in _chunks(sorted(tally.touched())):
        conn.execute(delete(act).where(act.c.key.in_(chunk), act.c.mentions <= 0, act.c.articles <= 0,
                                       act.c.events <= 0))
    for table, column, keys in ((schema.actor_names, "weight", {k for k, _, _ in tally.names}),
                                (schema.actor_months, "mentions", {k for k, _ in tally.months}),
                                (schema.dyad_days, "events", {a for a, _, _, _ in tally.days}),
                                (schema.dyad_totals, "events", {a for a, _ in tally.totals}),
                                (schema.event_spans, "events", {t for t, _, _, _ in tally.spans})):
        first = table.c[list(table.c.keys())[0]]
        for chunk in _chunks(sorted(keys)):
            conn.execute(delete(table).where(first.in_(chunk), table.c[column] <= 0))


def rename(conn: Connection, keys: Iterable[str], language: str) -> None:
    """Give each actor the name its entities are most often given, else its country's name in this
    language, else what event actors with its code are called (blocs: OTAN, UE...), else its key."""
    names = schema.actor_names
    for chunk in _chunks(sorted(keys)):
        best: dict[str, dict[str, tuple[int, str]]] = {}
        rows = conn.execute(select(names.c.key, names.c.origin, names.c.name, names.c.weight)
                            .where(names.c.key.in_(chunk), names.c.weight > 0))
        for key, origin, name, weight in rows:
            chosen = best.setdefault(key, {})
            if origin not in chosen or (-weight, name) < (-chosen[origin][0], chosen[origin][1]):
                chosen[origin] = (weight, name)
        changes = [{"k": key, "n": (n := display_name(key, best.get(key, {}), language)), "f": fold(n)}
                   for key in chunk]
        act = schema.actors
        statement = (update(act).where(and_(act.c.key == bindparam("k"), act.c.name != bindparam("n")))
                     .values(name=bindparam("n"), name_fold=bindparam("f")))
        if changes:
            conn.execute(statement, changes)


def display_name(key: str, best: dict[str, tuple[int, str]], language: str) -> str:
    """The name shown for an actor, from its best entity and event-actor names, else its state's name."""
    if ENTITY in best:
        return best[ENTITY][1]
    if kind_of(key) == STATE and (name := country_name(key, language)):
        return name
    if ACTOR in best:
        return best[ACTOR][1]
    return key


def _chunks(items: list) -> Iterable[list]:
    for start in range(0, len(items), KEYS_PER_QUERY):
        yield items[start:start + KEYS_PER_QUERY]
