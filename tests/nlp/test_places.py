"""veille.nlp.places.component: place entities geocoded, one Place per real place.

Rule tests build Docs by hand (words, POS, sentence starts) with entities as the entities
stage would give them; the model tests run the whole pipeline on sentences written for them.
"""
from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from veille.model.record import Entity, Mention
from veille.nlp.extensions import register_extensions
from veille.nlp.places.component import find_places

_VOCAB = Vocab()


def make_doc(text: str, entities: list[tuple[str, str]], proper: set[str] = frozenset()) -> Doc:
    """A Doc of `text` split on spaces (punctuation kept apart) with entities (surface, type) at every occurrence.

    Words listed in `proper` are tagged PROPN, every other word NOUN; the first word starts the only sentence.
    """
    register_extensions()
    words = re.findall(r"\w[\w\-’']*|[^\w\s]", text)
    spaces = []
    cursor = 0
    for word in words:
        cursor = text.index(word, cursor) + len(word)
        spaces.append(cursor < len(text) and text[cursor] == " ")
    doc = Doc(_VOCAB, words=words, spaces=spaces, pos=["PROPN" if w in proper else "NOUN" for w in words],
              sent_starts=[i == 0 for i in range(len(words))])
    doc._.entities = [_entity(doc.text, f"e{i}", surface, kind) for i, (surface, kind) in enumerate(entities)]
    return doc


def _entity(text: str, eid: str, surface: str, kind: str) -> Entity:
    mentions = tuple(Mention(surface, m.start(), m.end()) for m in re.finditer(re.escape(surface), text))
    return Entity(eid, surface, kind, None, mentions)


def _by_name(places) -> dict:
    return {p.name: p for p in places}


def test_places_geocodes_cities_and_states_of_place_entities():
    doc = make_doc("La délégation a quitté Varsovie pour la Lituanie .", [("Varsovie", "LOC"), ("Lituanie", "LOC")])
    places = _by_name(find_places(doc))
    assert places["Varsovie"].country == "POL" and places["Varsovie"].feature == "city"
    assert abs(places["Varsovie"].lat - 52.23) < 0.2
    assert places["Lituanie"].country == "LTU" and places["Lituanie"].feature == "country"
    assert places["Varsovie"].entity_id == "e0"


def test_places_merges_two_names_of_one_city():
    doc = make_doc("Des sirènes à Lviv , puis des explosions à Lvov .", [("Lviv", "LOC"), ("Lvov", "LOC")])
    assert len(find_places(doc)) == 1


def test_places_leaves_out_people_organisations_and_areas():
    doc = make_doc("Victoria a rejoint la Banque mondiale en Europe .",
                   [("Victoria", "PER"), ("Banque mondiale", "ORG"), ("Europe", "LOC")])
    assert find_places(doc) == []


def test_places_takes_an_organisation_named_like_a_capital():
    doc = make_doc("Moscou a démenti toute implication .", [("Moscou", "ORG")])
    assert [p.country for p in find_places(doc)] == ["RUS"]


def test_places_keeps_an_organisation_named_like_a_province_only_with_a_place_cue():
    cued = make_doc("Les soldats ont quitté la province de Paktia .", [("Paktia", "ORG")])
    bare = make_doc("Paktia a publié un communiqué .", [("Paktia", "ORG")])
    assert [p.country for p in find_places(cued)] == ["AFG"]
    assert find_places(bare) == []


def test_places_prefers_the_province_when_the_text_says_province():
    doc = make_doc("Les secours arrivent dans la province de Hatay .", [("Hatay", "LOC")])
    (place,) = find_places(doc)
    assert place.feature == "region" and place.country == "TUR"


def test_places_prefers_a_town_in_a_state_the_article_names():
    doc = make_doc("Le candidat était à Portland , aux États-Unis .", [("Portland", "LOC"), ("États-Unis", "LOC")])
    assert _by_name(find_places(doc))["Portland"].country == "USA"


def test_places_drops_a_small_foreign_town_that_is_only_a_first_name():
    doc = make_doc("« Nous resterons » , ajoute Kamal , étudiant à Lyon .", [("Kamal", "LOC"), ("Lyon", "LOC")])
    assert [p.name for p in find_places(doc)] == ["Lyon"]


def test_places_small_town_threshold_is_the_stage_config():
    import spacy

    import veille.nlp.pipeline  # noqa: F401  (registers the factories)

    stage = spacy.blank("fr").add_pipe("veille_places", config={"small_city": 0})  # no town counts as small
    doc = make_doc("« Nous resterons » , ajoute Kamal , étudiant à Lyon .", [("Kamal", "LOC"), ("Lyon", "LOC")])
    assert [p.name for p in stage(doc)._.places] == ["Kamal", "Lyon"]


def test_places_places_a_square_at_the_city_of_the_sentence():
    doc = make_doc("La foule a envahi la place Taksim à Istanbul .", [("Taksim", "LOC"), ("Istanbul", "LOC")])
    places = _by_name(find_places(doc))
    square = places["place Taksim"]
    assert square.country == "TUR" and square.lat == places["Istanbul"].lat


def test_places_reads_the_town_in_the_name_of_a_site():
    doc = make_doc("Une réception au château de Versailles a été annulée .", [("château de Versailles", "LOC")])
    (place,) = find_places(doc)
    assert place.name == "Versailles" and place.country == "FRA" and place.lat is not None


def test_places_keeps_an_unknown_town_the_text_calls_a_town():
    doc = make_doc("Au Pérou , la cérémonie a eu lieu dans la ville de Zumbalita .", [("Pérou", "LOC"), ("Zumbalita", "LOC")])
    town = _by_name(find_places(doc))["Zumbalita"]
    assert town.country == "PER" and town.lat is None and town.feature == "city"


def test_places_reads_states_the_ner_missed():
    doc = make_doc("Des observateurs venus du Kenya et du Ghana sont arrivés .", [], proper={"Kenya", "Ghana"})
    assert {p.country for p in find_places(doc)} == {"KEN", "GHA"}


def test_places_does_not_read_capitalised_pronouns_as_places():
    doc = make_doc("Il a dit : « On verra » .", [])
    assert find_places(doc) == []


@pytest.mark.model
def test_places_in_a_whole_article(analyse):
    doc = analyse("Le Premier ministre grec a reçu à Athènes son homologue chypriote. "
                  "Les deux dirigeants se retrouveront ensuite à Bruxelles, puis en Turquie.")
    places = _by_name(doc._.places)
    assert places["Athènes"].country == "GRC" and places["Bruxelles"].country == "BEL"
    assert places["Turquie"].feature == "country"
    assert all(p.country for p in doc._.places)


def test_places_skips_a_place_name_that_is_a_first_name():
    doc = make_doc("La ministre a répondu à Florence Martel , puis est partie à Nantes .",
                   [("Florence", "LOC"), ("Nantes", "LOC")])
    assert [p.name for p in find_places(doc)] == ["Nantes"]


def test_places_reads_a_region_behind_its_place_noun():
    doc = make_doc("Les combats continuent dans l' État du Darfour .", [("État du Darfour", "LOC")])
    assert [p.country for p in find_places(doc)] == ["SDN"]


def test_places_separates_a_town_grouped_with_the_state_it_is_named_after():
    doc = make_doc("L'aide arrive au Soudan par Port-Soudan .", [])
    state_at, town_at = doc.text.index(" Soudan") + 1, doc.text.index("Port-Soudan")
    mentions = (Mention("Soudan", state_at, state_at + 6), Mention("Port-Soudan", town_at, town_at + 11))
    doc._.entities = [Entity("e0", "Soudan", "LOC", None, mentions)]
    features = {p.name: p.feature for p in find_places(doc)}
    assert features == {"Soudan": "country", "Port-Soudan": "city"}


def test_places_a_region_after_en_rather_than_a_namesake_town():
    doc = make_doc("Des crues à Sudbury , en Ontario , ce matin .", [("Sudbury", "LOC"), ("Ontario", "LOC")])
    places = _by_name(find_places(doc))
    assert (places["Ontario"].country, places["Ontario"].feature) == ("CAN", "region")
    assert places["Sudbury"].country == "CAN"


def test_places_a_name_is_no_hint_for_itself():
    # "Sion" is also an old name of Jerusalem: the Valais named beside it decides, not that reading
    doc = make_doc("Un éboulement entre Sion et Martigny , en Valais .", [("Sion", "LOC"), ("Martigny", "LOC"), ("Valais", "LOC")])
    assert _by_name(find_places(doc))["Sion"].country == "CHE"


def test_places_a_company_named_like_a_town_is_no_place():
    doc = make_doc("Le groupe Toyota rappelle des voitures .", [("Toyota", "ORG")])
    assert find_places(doc) == []


def test_places_small_towns_of_french_speaking_states_are_known():
    doc = make_doc("Un incendie à Pornic et à Bastogne .", [("Pornic", "LOC"), ("Bastogne", "LOC")])
    places = _by_name(find_places(doc))
    assert (places["Pornic"].country, places["Bastogne"].country) == ("FRA", "BEL")


def test_places_a_massif_is_in_the_state_of_the_article_not_a_town_of_its_name():
    doc = make_doc("Le feu a gagné le massif des Maures , près de Collobrières .",
                   [("massif des Maures", "LOC"), ("Collobrières", "LOC")])
    massif = _by_name(find_places(doc))["massif des Maures"]
    assert massif.country == "FRA" and massif.lat is None and massif.feature == "region"


def test_places_a_valley_named_after_a_river_takes_the_state_of_its_towns():
    # "Roya" alone is a town of Ukraine; after "vallée de la", the feature lies beside Tende.
    doc = make_doc("Les crues de la vallée de la Roya ont isolé Tende .", [("Roya", "LOC"), ("Tende", "LOC")])
    places = _by_name(find_places(doc))
    assert places["Roya"].country == "FRA" and places["Roya"].lat is None


def test_places_a_gulf_named_after_a_town_takes_that_town_s_state_when_the_article_names_it():
    doc = make_doc("Les pêcheurs de Sfax dénoncent la pollution du golfe de Gabès .",
                   [("Sfax", "LOC"), ("golfe de Gabès", "LOC")])
    assert _by_name(find_places(doc))["golfe de Gabès"].country == "TUN"


def test_places_the_dateline_s_state_chooses_among_namesakes():
    from types import SimpleNamespace

    doc = make_doc("Des tirs ont visé un quartier de Tripoli .", [("Tripoli", "LOC")])
    assert _by_name(find_places(doc))["Tripoli"].country == "LBY"
    doc._.article = SimpleNamespace(dateline="Beyrouth")
    assert _by_name(find_places(doc))["Tripoli"].country == "LBN"


def test_places_keeps_a_small_foreign_town_with_a_compound_name():
    # no place cue and Canada never named, but "Rivière-du-Loup" is no one's first name
    doc = make_doc("Le traversier reliant Rivière-du-Loup reprendra son service .", [("Rivière-du-Loup", "LOC")])
    assert _by_name(find_places(doc))["Rivière-du-Loup"].country == "CAN"


def test_places_reads_a_departement_the_ner_missed():
    doc = make_doc("Le préfet de la Manche a interdit la baignade .", [], proper={"Manche"})
    assert _by_name(find_places(doc))["Manche"].country == "FRA"


def test_places_scanned_city_size_is_the_stage_config():
    import spacy

    import veille.nlp.pipeline  # noqa: F401  (registers the factories)

    def scanned(config: dict) -> list[str]:
        doc = make_doc("Les renforts sont arrivés de Marseille dans la nuit .", [], proper={"Marseille"})
        return [p.name for p in spacy.blank("fr").add_pipe("veille_places", config=config)(doc)._.places]

    assert scanned({}) == ["Marseille"]  # no entity: found by reading the capitalised word
    assert scanned({"min_scanned_city_population": 10_000_000}) == []


def test_places_default_config_is_the_reaches_defaults(nlp):
    from veille.nlp.places.reaches import PlaceReaches

    assert nlp.get_pipe("veille_places").settings == {"reaches": PlaceReaches()}
