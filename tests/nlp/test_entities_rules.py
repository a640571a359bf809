"""Rule tests of the entities stage on Docs built by hand (no model): candidates, grouping, resolution."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.nlp.entities.component import find_entities
from veille.nlp.entities.coref import (
    given_initials,
    group_candidates,
    initials,
    loosely_spells,
    name_parts,
    name_words,
    names_same_person,
    without_honorifics,
)
from veille.nlp.entities.mentions import find_candidates, fold, is_acronym, shouting_lines
from veille.nlp.extensions import register_extensions

register_extensions()
VOCAB = spacy.blank("fr").vocab


def make(tokens: list[tuple[str, str, str]], no_space_after: set[int] = frozenset()) -> Doc:
    """A Doc from (word, part of speech, IOB entity tag) triples; one sentence unless a word is "."."""
    words = [w for w, _, _ in tokens]
    spaces = [i not in no_space_after and i < len(words) - 1 for i in range(len(words))]
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, pos=[p for _, p, _ in tokens],
               ents=[e for _, _, e in tokens], sent_starts=starts)


def sentence(text: str, tags: dict[str, str]) -> Doc:
    """Words split on spaces; `tags` maps a word to PER/ORG/LOC/MISC (B- on the first of a run, I- after)."""
    tokens, previous = [], None
    for word in text.split():
        label = tags.get(word)
        iob = "O" if label is None else (f"I-{label}" if previous == label else f"B-{label}")
        pos = "PROPN" if label else ("PUNCT" if not word.isalnum() else "NOUN")
        tokens.append((word, pos, iob))
        previous = label
    return make(tokens)


def names(doc: Doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in find_entities(doc)}


def test_entities_surname_and_title_join_the_full_name() -> None:
    doc = sentence("Sigrid Halvorsen parle . Selon M. Halvorsen , rien ne change . Halvorsen part .",
                   {"Sigrid": "PER", "Halvorsen": "PER", "M.": "PER"})
    found = names(doc)
    assert list(found) == ["Sigrid Halvorsen"]
    assert found["Sigrid Halvorsen"] == ["Sigrid Halvorsen", "M. Halvorsen", "Halvorsen"]


def test_entities_acronym_in_brackets_is_the_same_organisation() -> None:
    doc = sentence("La Ligue nordique des pêcheurs ( LNP ) proteste . La LNP attend .",
                   {"Ligue": "ORG", "nordique": "ORG", "des": "ORG", "pêcheurs": "ORG", "LNP": "ORG"})
    entities = find_entities(doc)
    assert len(entities) == 1
    assert entities[0].name == "Ligue nordique des pêcheurs"
    assert [m.text for m in entities[0].mentions] == ["Ligue nordique des pêcheurs", "LNP", "LNP"]


def test_entities_acronym_spelling_initials_joins_without_brackets() -> None:
    doc = sentence("Le Syndicat unifié des marins manifeste . Le SUM réclame .",
                   {"Syndicat": "ORG", "unifié": "ORG", "des": "ORG", "marins": "ORG", "SUM": "ORG"})
    assert len(find_entities(doc)) == 1


def test_entities_acronym_leaving_out_an_inner_word_or_taking_a_syllable_joins() -> None:
    # A body no table names: the rule joins it, not the organisations table.
    words = "Société nationale des chemins de fer lorrains"
    doc = sentence(f"La {words} annonce une grève . La SNCL prévoit un service minimum .",
                   {**{w: "ORG" for w in words.split()}, "SNCL": "ORG"})
    assert list(names(doc)) == [words]


@pytest.mark.parametrize(
    ("acronym", "name", "spells"),
    [
        ("SNCB", "Société nationale des chemins de fer belges", True),  # "fer" left out
        ("SNESUP", "Syndicat national de l'enseignement supérieur", True),  # "SUP" of "supérieur"
        ("SNB", "Société nationale des chemins de fer belges", False),  # two words left out
        ("NCB", "Société nationale des chemins de fer belges", False),  # the first word left out
        ("SNCF", "Société nationale des chemins de fer belges", False),  # the last word left out
        ("OL", "Olympique lyonnais", False),  # two words: only the exact initials may join
    ],
)
def test_coref_loose_acronym_spelling(acronym: str, name: str, spells: bool) -> None:
    assert loosely_spells(acronym, name_parts(name, True)) is spells


def test_entities_a_person_is_named_without_the_title_before_the_name() -> None:
    doc = sentence("Me Caroline Vidal plaide . Selon Me Vidal , rien ne tient . M. Vrabie répond .",
                   {"Me": "PER", "Caroline": "PER", "Vidal": "PER", "M.": "PER", "Vrabie": "PER"})
    found = names(doc)
    assert found["Caroline Vidal"] == ["Me Caroline Vidal", "Me Vidal"]
    assert "M. Vrabie" in found  # a surname alone keeps its title


def test_entities_an_acronym_spelled_out_in_the_text_is_not_the_table_body_of_that_acronym() -> None:
    words = "Commission électorale indépendante"
    doc = sentence(f"La {words} ( CEI ) proclame les résultats .", {**{w: "ORG" for w in words.split()}, "CEI": "ORG"})
    assert names(doc) == {words: [words, "CEI"]}


def test_entities_table_gives_kind_and_no_country_to_international_bodies() -> None:
    doc = sentence("L' OTAN se réunit à Bruxelles .", {"OTAN": "ORG", "Bruxelles": "LOC"})
    by_name = {e.name: e for e in find_entities(doc)}
    nato = next(e for e in by_name.values() if "OTAN" in [m.text for m in e.mentions])
    assert (nato.type, nato.kind, nato.country) == ("ORG", "igo", None)
    assert (by_name["Bruxelles"].type, by_name["Bruxelles"].country) == ("LOC", "BEL")


def test_entities_city_read_as_person_becomes_a_place() -> None:
    doc = sentence("Des tirs ont visé Kharkiv hier .", {"Kharkiv": "PER"})
    [entity] = find_entities(doc)
    assert (entity.type, entity.country, entity.kind) == ("LOC", "UKR", "city")


def test_entities_drop_page_furniture_and_clock_times() -> None:
    doc = sentence("Loading ... Publié à UTC+01:00 . Le texte suit .", {"Loading": "LOC", "UTC+01:00": "LOC"})
    assert find_entities(doc) == []


def test_mentions_strip_leading_prepositions_and_trailing_marks() -> None:
    doc = sentence("Il vit au Caire ! Puis à Lyon !", {"au": "LOC", "Caire": "LOC", "Lyon": "LOC", "!": "LOC"})
    assert [c.surface for c in find_candidates(doc)] == ["Caire", "Lyon"]


def test_mentions_sentence_initial_common_word_is_only_weak() -> None:
    doc = make([("Notons", "VERB", "B-ORG"), ("que", "SCONJ", "O"), ("tout", "PRON", "O"), ("va", "VERB", "O"),
                (".", "PUNCT", "O")])
    [cand] = find_candidates(doc)
    assert cand.weak
    assert find_entities(doc) == []


def test_mentions_person_cut_at_a_hyphen_is_extended() -> None:
    doc = make([("Selon", "ADP", "O"), ("Omar", "PROPN", "B-PER"), ("al", "PROPN", "I-PER"), ("-", "PUNCT", "O"),
                ("Din", "PROPN", "O"), ("rien", "PRON", "O")], no_space_after={2, 3})
    assert [c.surface for c in find_candidates(doc)] == ["Omar al-Din"]


def test_mentions_shouting_lines_are_found() -> None:
    text = "Titre\n\nHALVORSEN ET BERG SIGNENT UN ACCORD\n\nHalvorsen a signé."
    [(start, end)] = shouting_lines(text)
    assert text[start:end] == "HALVORSEN ET BERG SIGNENT UN ACCORD"


def test_entities_headline_in_capitals_is_matched_against_body_names() -> None:
    words = ["HALVORSEN", "SIGNE", "À", "OSLO", "\n\n", "Sigrid", "Halvorsen", "a", "signé", "à", "Oslo", "."]
    ents = ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"]
    pos = ["PROPN"] * 4 + ["SPACE", "PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    spaces = [True, True, True, False, False, True, True, True, True, True, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=pos, ents=ents, sent_starts=[True] + [False] * 4 + [True] + [False] * 6)
    found = names(doc)
    assert found == {"Sigrid Halvorsen": ["HALVORSEN", "Sigrid Halvorsen"], "Oslo": ["OSLO", "Oslo"]}


@pytest.mark.parametrize(("short", "full", "same"), [
    ("Halvorsen", "Sigrid Halvorsen", True),
    ("M. Halvorsen", "Sigrid Halvorsen", True),
    ("S. Halvorsen", "Sigrid Halvorsen", True),
    ("J.-P. Berg", "Jean-Paul Berg", True),
    ("K. Berg", "Jean-Paul Berg", False),
    ("Sigrid", "Sigrid Halvorsen", True),
    ("Anna Halvorsen", "Sigrid Halvorsen", False),
])
def test_coref_short_names_of_a_person(short: str, full: str, same: bool) -> None:
    assert names_same_person(name_words(short), short, full) is same


def test_coref_two_people_sharing_a_surname_stay_apart() -> None:
    doc = sentence("Sigrid Halvorsen et Anna Halvorsen arrivent .", {"Sigrid": "PER", "Anna": "PER", "Halvorsen": "PER"})
    assert len(group_candidates(doc, find_candidates(doc))) == 2


@pytest.mark.parametrize("written, name", [
    ("Me Jean-Baptiste Royer", "Jean-Baptiste Royer"),
    ("Mme Marie-Claire Tessier", "Marie-Claire Tessier"),
    ("Me Caroline Vidal", "Caroline Vidal"),
    ("M. Vrabie", "M. Vrabie"),
    ("Jean-Luc Ferrand", "Jean-Luc Ferrand"),
])
def test_coref_title_dropped_before_a_hyphenated_first_name(written: str, name: str) -> None:
    assert without_honorifics(written) == name


def test_coref_helpers() -> None:
    assert initials("Union pour la démocratie française", skip_small=True) == "UDF"
    assert given_initials("P. Lindqvist") == ["p"] and given_initials("M. Lindqvist") == []
    assert fold("l’Élysée") == "elysee" and is_acronym("G20") and not is_acronym("Otan")


def test_entities_one_state_under_its_title_and_its_short_name() -> None:
    doc = sentence("Le Grand-Duché de Luxembourg vote . Le Luxembourg hésite .",
                   {"Grand-Duché": "LOC", "de": "LOC", "Luxembourg": "LOC"})
    [state] = find_entities(doc)
    assert (state.name, state.country) == ("Luxembourg", "LUX")
    assert [m.text for m in state.mentions] == ["Grand-Duché de Luxembourg", "Luxembourg"]


def test_entities_a_town_does_not_head_a_longer_name_the_gazetteer_lacks() -> None:
    doc = sentence("Le Marseille Provence Handball gagne . À Marseille , on fête .",
                   {"Marseille": "LOC", "Provence": "LOC", "Handball": "LOC"})
    assert len(find_entities(doc)) == 2


def test_mentions_a_first_name_before_a_surname_with_a_particle_is_taken() -> None:
    doc = make([("Jolien", "NOUN", "O"), ("Van", "PROPN", "B-PER"), ("Damme", "PROPN", "I-PER"), ("parle", "VERB", "O"),
                (".", "PUNCT", "O")])
    assert [c.surface for c in find_candidates(doc)] == ["Jolien Van Damme"]


def test_entities_a_role_before_a_name_makes_it_a_person_of_that_state() -> None:
    # the tagger often reads "opposant" as a verb and the nationality as a noun: the words decide
    doc = make([("L'", "DET", "O"), ("opposant", "VERB", "O"), ("ougandais", "NOUN", "O"), ("Kato", "PROPN", "B-MISC"),
                ("Mwesigye", "X", "I-MISC"), ("parle", "VERB", "O"), (".", "PUNCT", "O")], no_space_after={0})
    [person] = find_entities(doc)
    assert (person.name, person.type, person.country) == ("Kato Mwesigye", "PER", "UGA")


def test_entities_nationality_between_designator_and_name_gives_the_company_its_state() -> None:
    doc = sentence("Le fabricant japonais Veltora rappelle des voitures aux États-Unis .",
                   {"Veltora": "ORG", "États-Unis": "LOC"})
    company = next(e for e in find_entities(doc) if e.name == "Veltora")
    assert (company.type, company.country) == ("ORG", "JPN")


def test_entities_the_complement_of_a_company_boss_is_an_organisation() -> None:
    doc = sentence("Le patron de Veltora , Anders Lund , démissionne .", {"Veltora": "PER", "Anders": "PER", "Lund": "PER"})
    assert {e.name: e.type for e in find_entities(doc)} == {"Veltora": "ORG", "Anders Lund": "PER"}


def test_entities_a_state_named_by_its_acronym_as_an_organisation_is_the_state() -> None:
    doc = sentence("La RDC accuse Kigali .", {"RDC": "ORG", "Kigali": "LOC"})
    state = next(e for e in find_entities(doc) if e.name == "RDC")
    assert (state.type, state.country, state.kind) == ("LOC", "COD", "country")


def test_entities_a_state_is_named_by_its_spelled_out_name_not_its_acronym() -> None:
    doc = sentence("Les Émirats arabes unis ( EAU ) signent . Les EAU investissent .",
                   {"Émirats": "LOC", "arabes": "LOC", "unis": "LOC", "EAU": "LOC"})
    [state] = find_entities(doc)
    assert (state.name, state.country) == ("Émirats arabes unis", "ARE")


def test_mentions_a_person_after_an_acronym_is_cut_from_the_organisation() -> None:
    doc = sentence("L' analyste de Natixis CIB Sophie Lambert prévoit une baisse .",
                   {"Natixis": "ORG", "CIB": "ORG", "Sophie": "ORG", "Lambert": "ORG"})
    assert [(c.surface, c.label) for c in find_candidates(doc)] == [("Natixis CIB", "ORG"), ("Sophie Lambert", "PER")]


def test_mentions_an_institution_named_after_a_person_stays_whole() -> None:
    doc = sentence("La Fondation Jean Jaurès publie une note .",
                   {"Fondation": "ORG", "Jean": "ORG", "Jaurès": "ORG"})
    assert [c.surface for c in find_candidates(doc)] == ["Fondation Jean Jaurès"]
