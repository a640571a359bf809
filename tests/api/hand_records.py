"""Records built by hand (no NLP model) for the API and web tests: three linked French articles and a brief.

Offsets are computed from the sentences here, so the records are exactly what a perfect
pipeline would write: Moscow and Minsk over three months (the RUS-BLR dyad), talks in Geneva,
and an undated English brief.
"""
from __future__ import annotations

from veille.model.record import Actor, Entity, Event, Mention, Place, Quote, Record, TimeExpr


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the nth occurrence of phrase in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def entity(text: str, eid: str, name: str, type_: str, country: str | None, surfaces: list[str],
           kind: str | None = None) -> Entity:
    mentions = tuple(Mention(s, *at(text, s)) for s in surfaces)
    return Entity(eid, name, type_, country, mentions, kind)


def time(text: str, phrase: str, value: str, type_: str = "DATE") -> TimeExpr:
    return TimeExpr(phrase, type_, value, *at(text, phrase))


def quote(text: str, words: str, speaker: str, speaker_id: str) -> Quote:
    return Quote(words, speaker, True, *at(text, words), speaker_id)


def summit_record() -> Record:
    """Moscow and Minsk meet (May 2024): a consultation, planned manoeuvres, a hypothetical aid."""
    text = (
        "Viktor Sedov a reçu lundi Anton Kavalenka à Minsk pour parler de leur alliance.\n\n"
        "« Nos deux pays sont plus unis que jamais », a déclaré Anton Kavalenka après la rencontre.\n\n"
        "La Russie doit déployer des troupes en Biélorussie en juin pour des manœuvres communes. "
        "Moscou pourrait aussi accorder un prêt à la Biélorussie si les négociations aboutissent."
    )
    ents = (
        entity(text, "e1", "Viktor Sedov", "PER", "RUS", ["Viktor Sedov"], "person"),
        entity(text, "e2", "Anton Kavalenka", "PER", "BLR", ["Anton Kavalenka"], "person"),
        entity(text, "e3", "Minsk", "LOC", "BLR", ["Minsk"], "city"),
        entity(text, "e4", "Russie", "LOC", "RUS", ["Russie", "Moscou"], "country"),
        entity(text, "e5", "Biélorussie", "LOC", "BLR", ["Biélorussie"], "country"),
    )
    s1, s3, s4 = (text.split("\n\n")[0], "La Russie doit déployer des troupes en Biélorussie en juin pour des "
                  "manœuvres communes.", "Moscou pourrait aussi accorder un prêt à la Biélorussie si les "
                  "négociations aboutissent.")
    sedov, kavalenka = Actor("Viktor Sedov", "RUS", "GOV", "e1"), Actor("Anton Kavalenka", "BLR", "GOV", "e2")
    russia, belarus = Actor("Russie", "RUS", None, "e4"), Actor("Biélorussie", "BLR", None, "e5")
    events = (
        Event("CONSULT", (sedov,), (kavalenka,), "asserted", "Minsk", "2024-05-20", sentence=s1, trigger="reçu"),
        Event("MOBILIZE", (russia,), (belarus,), "planned", "Biélorussie", "2024-06", sentence=s3, trigger="déployer"),
        Event("AID", (russia,), (belarus,), "hypothetical", None, None, sentence=s4, trigger="accorder"),
    )
    return Record(
        id="a1summit", name="summit", title="Minsk et Moscou resserrent leur alliance", published="2024-05-20T18:30:00+02:00",
        outlet="La Tribune de l'Est", dateline="Minsk", language="fr", text=text, url="https://example.org/summit",
        entities=ents,
        times=(time(text, "lundi", "2024-05-20"), time(text, "en juin", "2024-06")),
        places=(Place("Minsk", "BLR", 53.9, 27.567, "city", "e3"), Place("Russie", "RUS", 61.5, 105.3, "country", "e4"),
                Place("Biélorussie", "BLR", 53.7, 27.95, "country", "e5")),
        quotes=(quote(text, "Nos deux pays sont plus unis que jamais", "Anton Kavalenka", "e2"),),
        events=events,
    )


def geneva_record() -> Record:
    """Talks resume in Geneva (June 2024): the UN hosts, Russia refuses a truce, strikes go on."""
    text = (
        "Les négociations sur l'Ukraine ont repris mardi à Genève sous l'égide des Nations unies.\n\n"
        "La Russie n'a pas accepté la trêve proposée par l'Ukraine. "
        "Des frappes russes ont touché Kharkiv pendant la nuit.\n\n"
        "« Le dialogue reste la seule voie », a affirmé Antonio Guterres."
    )
    ents = (
        entity(text, "e1", "Ukraine", "LOC", "UKR", ["Ukraine"], "country"),
        entity(text, "e2", "Genève", "LOC", "CHE", ["Genève"], "city"),
        entity(text, "e3", "Nations unies", "ORG", None, ["Nations unies"], "igo"),
        entity(text, "e4", "Russie", "LOC", "RUS", ["Russie"], "country"),
        entity(text, "e5", "Antonio Guterres", "PER", None, ["Antonio Guterres"], "person"),
        entity(text, "e6", "Kharkiv", "LOC", "UKR", ["Kharkiv"], "city"),
    )
    s1 = text.split("\n\n")[0]
    s2 = "La Russie n'a pas accepté la trêve proposée par l'Ukraine."
    s3 = "Des frappes russes ont touché Kharkiv pendant la nuit."
    un, russia, ukraine = Actor("Nations unies", "UN", "IGO", "e3"), Actor("Russie", "RUS", None, "e4"), Actor("Ukraine", "UKR", None, "e1")
    return Record(
        id="b2geneva", name="geneva", title="Reprise des pourparlers à Genève", published="2024-06-04T09:00:00+02:00",
        outlet="Courrier du Lac", dateline="Genève", language="fr", text=text,
        entities=ents,
        times=(time(text, "mardi", "2024-06-04"), time(text, "pendant la nuit", "2024-06-04TNI", "TIME")),
        places=(Place("Genève", "CHE", 46.2, 6.15, "city", "e2"), Place("Ukraine", "UKR", 49.0, 32.0, "country", "e1"),
                Place("Kharkiv", "UKR", 49.99, 36.23, "city", "e6")),
        quotes=(quote(text, "Le dialogue reste la seule voie", "Antonio Guterres", "e5"),),
        events=(
            Event("CONSULT", (un,), (russia, ukraine), "asserted", "Genève", "2024-06-04", sentence=s1, trigger="repris"),
            Event("AGREE", (russia,), (ukraine,), "negated", None, "2024-06-04", sentence=s2, trigger="accepté"),
            Event("ASSAULT", (russia,), (ukraine,), "asserted", "Kharkiv", "2024-06-04", sentence=s3, trigger="frappes"),
        ),
    )


def reproach_record() -> Record:
    """Minsk reproaches Moscow (April 2024): verbal conflict in the same dyad, a month earlier."""
    text = "Le gouvernement biélorusse a reproché jeudi à la Russie le prix de son gaz."
    return Record(
        id="c3reproach", name="reproach", title="Minsk reproche à Moscou le prix du gaz", published="2024-04-11",
        outlet="La Tribune de l'Est", dateline=None, language="fr", text=text,
        entities=(entity(text, "e1", "Russie", "LOC", "RUS", ["Russie"], "country"),),
        times=(time(text, "jeudi", "2024-04-11"),),
        events=(Event("ACCUSE", (Actor("gouvernement biélorusse", "BLR", "GOV"),), (Actor("Russie", "RUS", None, "e1"),),
                      "asserted", None, "2024-04-11", sentence=text, trigger="reproché"),),
    )


def english_record() -> Record:
    """An undated English brief: language filter and articles without a publication time."""
    text = "NATO ministers met in Brussels to discuss air defence."
    return Record(
        id="d4brief", name="brief", title="NATO ministers meet", published=None, outlet="Wire", dateline=None,
        language="en", text=text,
        entities=(entity(text, "e1", "NATO", "ORG", None, ["NATO"], "igo"),
                  entity(text, "e2", "Brussels", "LOC", "BEL", ["Brussels"], "city")),
        places=(Place("Brussels", "BEL", 50.85, 4.35, "city", "e2"),),
    )


def bloc_phrases_record() -> Record:
    """Sides read as phrases coded as blocs (July 2024): what the store would name WST and EU after."""
    text = ("Moscou a dénoncé mardi des missiles occidentaux sur son territoire. "
            "Bruxelles a promis une aide à Kiev.")
    first, second = text.split(". ")
    return Record(
        id="e5blocs", name="blocs", title="Moscou dénonce des missiles occidentaux", published="2024-07-02",
        outlet="La Tribune de l'Est", dateline=None, language="fr", text=text,
        events=(Event("ACCUSE", (Actor("Moscou", "RUS", "GOV"),),
                      (Actor("missiles occidentaux sur son territoire", "WST"),), "asserted", None, "2024-07-02",
                      sentence=first + ".", trigger="dénoncé"),
                Event("AID", (Actor("Bruxelles", "EU", "GOV"),), (Actor("Kiev", "UKR", "GOV"),), "planned", None,
                      "2024-07-02", sentence=second, trigger="aide")),
    )


def all_records() -> list[Record]:
    return [summit_record(), geneva_record(), reproach_record(), english_record()]
