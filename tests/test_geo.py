"""veille.geo: offline gazetteer, demonyms and French country names (no spaCy model needed)."""
from __future__ import annotations

import math

import pytest

from veille import geo
from veille.geo.demonyms import inflect
from veille.geo.text import fold, loose_key


def _km(a: geo.GeoHit, lat: float, lon: float) -> float:
    """Great-circle distance from a hit to a point."""
    assert a.lat is not None and a.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_geo_builds_an_index_of_many_names():
    # How long the build takes is measured by benchmarks/gazetteer_build.py, not asserted here.
    assert len(geo.gazetteer().exact) > 100_000


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Moscou", "RUS", 55.75, 37.62),
    ("Pékin", "CHN", 39.91, 116.40),
    ("le Caire", "EGY", 30.04, 31.24),
    ("Kiev", "UKR", 50.45, 30.52),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Alep", "SYR", 36.20, 37.13),
    ("Londres", "GBR", 51.51, -0.13),
    ("Varsovie", "POL", 52.23, 21.01),
    ("Beyrouth", "LBN", 33.89, 35.50),
])
def test_geo_lookup_finds_french_exonyms_of_cities(name, country, lat, lon):
    hit = geo.lookup(name)
    assert hit is not None and hit.feature == "city" and hit.country == country
    assert _km(hit, lat, lon) < 30


@pytest.mark.parametrize("name, country", [
    ("Biélorussie", "BLR"), ("Belarus", "BLR"), ("Bélarus", "BLR"), ("Corée du Nord", "PRK"),
    ("Corée du Sud", "KOR"), ("États-Unis", "USA"), ("Etats-Unis", "USA"), ("la Syrie", "SYR"),
    ("Grande-Bretagne", "GBR"), ("Équateur", "ECU"), ("Ouzbékistan", "UZB"), ("Bahreïn", "BHR"),
    ("Germany", "DEU"), ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"),
])
def test_geo_lookup_prefers_states_in_french_and_english(name, country):
    hit = geo.lookup(name)
    assert hit is not None and hit.feature == "country" and hit.country == country


def test_geo_lookup_gives_states_their_french_name():
    assert geo.lookup("Russian Federation").name == "Russie"
    assert geo.lookup("Belarus").name == "Biélorussie"


def test_geo_lookup_places_city_states_at_their_capital():
    hit = geo.lookup("Singapour")
    assert hit.country == "SGP" and _km(hit, 1.35, 103.82) < 30


def test_geo_lookup_prefers_the_most_populous_city():
    paris = geo.lookup("Paris")
    assert paris.country == "FRA"
    assert geo.lookup("Tripoli").country == "LBY"


def test_geo_lookup_prefers_a_city_in_the_hinted_country():
    assert geo.lookup("Paris", near="USA").country == "USA"  # the caller decides: Paris, Texas
    assert geo.lookup("Tripoli", near=["LBN"]).country == "LBN"


def test_geo_lookup_prefers_a_town_named_by_its_own_name_over_an_old_alias():
    assert geo.lookup("Dubno").country == "UKR"  # also an alternate name of Dubna, Russia


def test_geo_lookup_reads_french_transliterations_loosely():
    hit = geo.lookup("Lyssytchansk")
    assert hit is not None and hit.country == "UKR" and hit.name == "Lyssytchansk"


@pytest.mark.parametrize("name, country", [
    ("Texas", "USA"), ("Caroline du Sud", "USA"), ("Nevada", "USA"), ("Val-de-Marne", "FRA"),
    ("Îles Canaries", "ESP"), ("Crimée", "UKR"), ("Cisjordanie", "PSE"),
])
def test_geo_lookup_finds_regions(name, country):
    hit = geo.lookup(name)
    assert hit is not None and hit.feature == "region" and hit.country == country


def test_geo_lookup_prefers_the_city_to_a_province_of_the_same_name():
    assert geo.lookup("Hérat").feature == "city"
    assert geo.lookup("Hérat", feature="region").feature == "region"


def test_geo_lookup_gives_areas_without_a_state():
    hit = geo.lookup("Europe")
    assert hit is not None and hit.country is None


@pytest.mark.parametrize("word", ["On", "Le", "Selon", "ENA", "UTC", "Kremlin", "Nord", "Défense", "bonjour", ""])
def test_geo_lookup_refuses_words_and_acronyms_that_are_no_place(word):
    assert geo.lookup(word) is None


def test_geo_lookup_still_takes_a_state_acronym():
    assert geo.lookup("RDC").country == "COD"


@pytest.mark.parametrize("word, country", [
    ("russe", "RUS"), ("biélorusses", "BLR"), ("américaine", "USA"), ("Ukrainiens", "UKR"),
    ("turque", "TUR"), ("grecques", "GRC"), ("françaises", "FRA"), ("nord-coréens", "PRK"),
    ("Israélienne", "ISR"), ("chinois", "CHN"), ("britannique", "GBR"),
])
def test_geo_demonym_country_reads_every_gender_and_number(word, country):
    assert geo.demonym_country(word) == country


@pytest.mark.parametrize("word, country", [
    ("genevoise", "CHE"), ("wallons", "BEL"), ("québécoises", "CAN"), ("londonien", "GBR"),
    ("bretonne", "FRA"), ("provençaux", "FRA"), ("kinois", "COD"),
])
def test_geo_demonym_country_reads_demonyms_of_cities_and_regions(word, country):
    assert geo.demonym_country(word) == country


def test_geo_demonym_country_refuses_other_words():
    assert geo.demonym_country("maison") is None


def test_geo_inflect_follows_the_ending_rules():
    rules = [{"ending": "e", "forms": ["", "s"]}, {"ending": "ien", "forms": ["", "ne", "s", "nes"]},
             {"ending": "", "forms": ["", "e", "s", "es"]}]
    assert inflect("syrien", rules, {}) == ["syrien", "syrienne", "syriens", "syriennes"]
    assert inflect("belge", rules, {}) == ["belge", "belges"]
    assert inflect("turc", rules, {"turc": ["turc", "turque"]}) == ["turc", "turque"]


@pytest.mark.parametrize("code, name", [("RUS", "Russie"), ("BLR", "Biélorussie"), ("rus", "Russie"),
                                        ("SYR", "Syrie"), ("USA", "États-Unis"), ("SLB", "Îles Salomon")])
def test_geo_country_name_is_the_french_short_name(code, name):
    assert geo.country_name(code) == name


def test_geo_country_name_of_an_unknown_code_is_none():
    assert geo.country_name("ZZZ") is None


def test_geo_fold_drops_case_accents_hyphens_and_articles():
    assert fold("Le Caire") == fold("caire") == "caire"
    assert fold("Nouvelle-Zélande") == "nouvelle zelande"
    assert fold("L’Aquila") == "aquila"


def test_geo_loose_key_joins_french_and_english_spellings():
    spellings = geo.gazetteer().spellings  # lang/fr/places.json
    assert loose_key(fold("Kostiantynivka"), spellings) == loose_key(fold("Kostyantynivka"), spellings)
    assert loose_key(fold("Tchernihiv"), spellings) == loose_key(fold("Chernihiv"), spellings)


@pytest.mark.parametrize("title, country", [
    ("Fédération de Russie", "RUS"), ("royaume d'Espagne", "ESP"), ("Grand-Duché de Luxembourg", "LUX"),
])
def test_geo_lookup_reads_a_state_under_its_title(title, country):
    hit = geo.lookup(title)
    assert hit is not None and (hit.feature, hit.country) == ("country", country)


def test_geo_lookup_needs_a_state_after_a_title():
    assert geo.lookup("État de Bretagne") is None


def test_geo_a_state_acronym_matches_only_in_capitals():
    assert geo.lookup("EAU").country == "ARE"
    assert geo.lookup("Eau") is None  # a word at the start of a sentence, not the Emirates


def test_geo_a_town_of_a_french_speaking_state_wins_over_an_old_name_of_a_larger_city():
    # "Sion" is one of Jerusalem's alternate names and Sitten's (Valais) French name.
    hit = geo.lookup("Sion")
    assert hit is not None and hit.country == "CHE"
    # With the article naming Israel, the hint still decides.
    hinted = geo.lookup("Sion", near="ISR")
    assert hinted is not None and hinted.country == "ISR"


def test_geo_a_subdivision_weighs_its_share_of_its_state():
    # Malta's local council "Marsa" weighs a few thousand people, less than the Tunisian city.
    hit = geo.lookup("La Marsa")
    assert hit is not None and hit.country == "TUN" and hit.feature == "city"


@pytest.mark.parametrize("name", ["Collobrières", "Saint-Sever", "Lacanau", "Tende"])
def test_geo_knows_the_villages_of_french_regional_news(name):
    hit = geo.lookup(name)
    assert hit is not None and hit.country == "FRA" and hit.feature == "city"


@pytest.mark.parametrize("name", ["Landes", "Aube", "Doubs", "Orne"])
def test_geo_a_departement_is_not_the_village_of_its_name(name):
    hit = geo.lookup(name)
    assert hit is not None and hit.country == "FRA" and hit.feature == "region"


@pytest.mark.parametrize("name, country", [("Bâle", "CHE"), ("Liège", "BEL"), ("Trèves", "DEU")])
def test_geo_lookup_prefers_a_neighbouring_city_over_a_region_far_away(name, country):
    hit = geo.lookup(name)
    assert hit is not None and hit.country == country


def test_geo_lookup_keeps_a_region_name_two_nearby_states_share():
    # "Jura" is a French département and a Swiss canton: kept for both, the text's states decide.
    assert geo.lookup("Jura", near=["CHE"]).country == "CHE"
    assert geo.lookup("Jura", near=["FRA"]).country == "FRA"
