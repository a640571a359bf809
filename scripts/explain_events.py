"""Show how veille reads the events of a sentence: the parse, each trigger and its reading, the actors.

    python scripts/explain_events.py "Le suspect a été placé en garde à vue à Lyon." [--published 2025-03-05T10:00:00+01:00]

A tool for writing lexicon entries and challenge cases: it prints what each stage saw.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.model.article import Article, content_id  # noqa: E402
from veille.nlp.events.actors import ActorFinder  # noqa: E402
from veille.nlp.events.component import EventReader, lexicon  # noqa: E402
from veille.nlp.events.triggers import match_trigger  # noqa: E402
from veille.nlp.pipeline import load_pipeline, make_doc  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text")
    parser.add_argument("--published", default="2025-03-05T10:00:00+01:00")
    args = parser.parse_args()
    nlp = load_pipeline()
    when = datetime.fromisoformat(args.published)
    article = Article(content_id(args.text), "explain", "explain", None, when, "minute", None, None, "fr", args.text)
    doc = nlp(make_doc(nlp, article))
    for t in doc:
        print(f"{t.i:3d} {t.text:15s} {t.pos_:6s} {t.lemma_:15s} {t.dep_:12s} -> {t.head.i:3d} {t.morph}")
    print("\nentities:", [(e.name, e.type, e.country) for e in doc._.entities])
    print("times:", [(x.text, x.value) for x in doc._.times])
    reader = EventReader(doc, ActorFinder(doc))
    for token in doc:
        match = match_trigger(token, lexicon())
        if match is None:
            continue
        reading = {k: v for k, v in match.reading.items() if k not in ("objects",)}
        print(f"\ntrigger {token.text!r} ({[t.text for t in match.tokens]}): {reading}")
        source = reader.sources(match)
        print("  sources:", source)
        print("  targets:", reader.targets(match, source))
    print("\nevents:")
    for e in doc._.events:
        codes = lambda actors: "+".join(f"{a.code}/{a.sector}" for a in actors) or "-"  # noqa: E731
        print(f"  {e.type} {codes(e.source)} -> {codes(e.target)} {e.status} date={e.date} place={e.place} [{e.trigger}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
