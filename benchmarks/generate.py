#!/usr/bin/env python3
"""Synthetic pre-analysed records, shaped like veille's own output, for the storage benchmarks.

    python benchmarks/generate.py --articles 100000 --db bench.db      # ~1,000,000 events
    python benchmarks/generate.py --articles 100000 --db postgresql://veille@127.0.0.1:PORT/veille_test
    python benchmarks/generate.py --articles 35500 --first 64500 --db bench.db   # records 64500.. added

Each record has what an analysed news article has on average (about 18 entities, 4 times,
4 places, 3 quotes and 10 events, a text of about 3,000 characters). Actors follow a Zipf law, as
in news: a few states and leaders in many articles, a long tail of people named once; one dyad
(RUS-UKR) is the most frequent, as a war makes it. The same seed gives the same records.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.model.plover import QUAD_OF_TYPE  # noqa: E402
from veille.model.record import Actor, Entity, Event, Mention, Place, Quote, Record, TimeExpr  # noqa: E402

STATES = ["RUS", "UKR", "FRA", "USA", "DEU", "CHN", "BLR", "POL", "GBR", "ITA", "ESP", "BEL", "CHE", "CAN", "SEN",
          "MLI", "CIV", "MAR", "DZA", "TUN", "ISR", "PSE", "IRN", "TUR", "SYR", "LBN", "EGY", "NGA", "COD", "CMR",
          "BRA", "IND", "JPN", "KOR", "PRK", "VEN", "MEX", "HTI", "NER", "BFA"]
BLOCS = ["NATO", "EU", "UN", "AU", "IGO"]
TYPES = list(QUAD_OF_TYPE)
STATUSES = ["asserted"] * 7 + ["planned", "hypothetical", "negated"]
SYLLABLES = ["ba", "lo", "ri", "ne", "ta", "mi", "so", "ka", "de", "vu", "pa", "li", "an", "or", "el", "mo", "sa", "ti"]
WORDS = ("le gouvernement a annoncé mardi une réunion des ministres pour discuter de la situation "
         "dans la région après les affrontements de la semaine dernière selon plusieurs sources "
         "diplomatiques la délégation doit rencontrer ses homologues afin de préparer un accord sur "
         "les échanges commerciaux et la sécurité des frontières tandis que les syndicats appellent "
         "à manifester contre la hausse des prix").split()
OUTLETS = [f"Le Journal {n}" for n in ("du Nord", "de l'Est", "du Littoral", "des Alpes", "du Fleuve", "Régional",
                                       "Économique", "du Soir", "du Matin", "des Lacs")]
START = date(2022, 1, 1)
DAYS = 1095


def _name(rng: random.Random, n: int) -> str:
    """A made-up name for the nth person or organisation of the pool."""
    local = random.Random(n)
    first = "".join(local.choice(SYLLABLES) for _ in range(2)).capitalize()
    last = "".join(local.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{first} {last}"


def _zipf(rng: random.Random, size: int, skew: float = 1.1) -> int:
    """An index in 0..size-1 drawn with a Zipf-like law (0 the most frequent)."""
    return min(size - 1, int(rng.paretovariate(skew)) - 1)


def _state(rng: random.Random) -> str:
    return STATES[_zipf(rng, len(STATES), 0.9)]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def record(n: int, seed: int = 7) -> Record:
    """The nth synthetic record."""
    rng = random.Random(seed * 1_000_003 + n)
    day = START + timedelta(days=rng.randrange(DAYS))
    text = _text(rng, 450)
    people = [(f"p{_zipf(rng, 20000)}", _state(rng)) for _ in range(6)]
    orgs = [f"o{_zipf(rng, 5000)}" for _ in range(4)]
    states = list(dict.fromkeys([_state(rng) for _ in range(4)]))
    entities: list[Entity] = []
    for i, (who, country) in enumerate(people):
        entities.append(Entity(f"e{len(entities)}", _name(rng, int(who[1:])), "PER", country,
                               tuple(Mention("x", 10 * i, 10 * i + 5) for _ in range(rng.randint(1, 4))), "person"))
    for who in orgs:
        entities.append(Entity(f"e{len(entities)}", "Union " + _name(rng, 50_000 + int(who[1:])), "ORG", None,
                               (Mention("x", 0, 5),), "org"))
    for code in states:
        entities.append(Entity(f"e{len(entities)}", code.title(), "LOC", code, (Mention("x", 0, 5), Mention("x", 9, 14)),
                               "country"))
    for _ in range(4):
        entities.append(Entity(f"e{len(entities)}", f"Ville {rng.randrange(3000)}", "LOC", _state(rng),
                               (Mention("x", 0, 5),), "city"))
    actors = [Actor(e.name, e.country, "GOV", e.id) for e in entities[:6]] + \
             [Actor(e.name, e.country, None, e.id) for e in entities[10:10 + len(states)]]
    events = []
    for _ in range(10):
        if rng.random() < 0.3:  # the war that dominates the news
            source, target = (Actor("Russie", "RUS"),), (Actor("Ukraine", "UKR"),)
            if rng.random() < 0.5:
                source, target = target, source
        else:
            source = (rng.choice(actors),) if rng.random() < 0.9 else (rng.choice(actors), rng.choice(actors))
            target = (rng.choice(actors),) if rng.random() < 0.85 else ()
        when = day - timedelta(days=rng.randrange(3)) if rng.random() < 0.8 else None
        events.append(Event(rng.choice(TYPES), source, target, rng.choice(STATUSES), f"Ville {rng.randrange(3000)}",
                            when.isoformat() if when else None, sentence=_text(rng, 20), trigger="a annoncé",
                            confidence=0.7))
    return Record(
        id=f"{n:016x}", name=f"article-{n}", title=_text(rng, 10), published=f"{day.isoformat()}T08:30:00+01:00",
        outlet=rng.choice(OUTLETS), dateline=None, language="fr", text=text, url=f"https://exemple.test/{n}",
        source=f"corpus/{n}.html", entities=tuple(entities),
        times=tuple(TimeExpr("mardi", "DATE", day.isoformat(), 5 * i, 5 * i + 5) for i in range(4)),
        places=tuple(Place(f"Ville {i}", _state(rng), 48.0 + i, 2.0 + i, "city", None) for i in range(4)),
        quotes=tuple(Quote(_text(rng, 15), e.name, True, 0, 10, e.id) for e in entities[:3]),
        events=tuple(events),
    )


def records(count: int, first: int = 0, seed: int = 7) -> Iterator[Record]:
    for n in range(first, first + count):
        yield record(n, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", required=True, help="SQLite path or postgresql:// URL (created if missing)")
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--first", type=int, default=0, help="number of the first record (to add to a database)")
    args = parser.parse_args()
    from veille.store import open_store

    with open_store(args.db) as store:
        started, done = time.perf_counter(), 0
        while done < args.articles:
            size = min(args.batch, args.articles - done)
            store.upsert(list(records(size, first=args.first + done)))
            done += size
            rate = done / (time.perf_counter() - started)
            print(f"\r{done} records ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)


if __name__ == "__main__":
    main()
