"""GET /api/places: the map's places and countries, filtered like the event list."""
from __future__ import annotations


def test_places_every_geocoded_place_with_counts(client):
    body = client.get("/api/places").json()
    names = {p["name"]: p for p in body["places"]}
    assert set(names) == {"Minsk", "Russie", "Biélorussie", "Genève", "Ukraine", "Kharkiv", "Brussels"}
    assert names["Kharkiv"]["events"] == 1 and names["Kharkiv"]["quads"] == {"material-conflict": 1}
    assert names["Kharkiv"]["sample"][0]["type"] == "ASSAULT"
    assert names["Brussels"] == {**names["Brussels"], "mentions": 1, "articles": 1, "events": 0}
    assert body["total"] == 7


def test_places_countries_carry_iso_numeric_codes(client):
    countries = {c["country"]: c for c in client.get("/api/places").json()["countries"]}
    assert countries["UKR"]["numeric"] == "804" and countries["UKR"]["events"] == 1
    assert countries["BLR"]["events"] == 2  # Minsk and the planned deployment in Biélorussie


def test_places_with_event_filters_keep_only_event_places(client):
    body = client.get("/api/places", params={"dyad": "RUS-BLR"}).json()
    assert sorted(p["name"] for p in body["places"]) == ["Biélorussie", "Minsk"]
    assert [p["name"] for p in client.get("/api/places", params={"type": "ASSAULT"}).json()["places"]] == ["Kharkiv"]


def test_places_outlet_filter(client):
    body = client.get("/api/places", params={"outlet": "Wire"}).json()
    assert [p["name"] for p in body["places"]] == ["Brussels"]


def test_places_pagination(client):
    body = client.get("/api/places?limit=2&offset=0").json()
    assert len(body["places"]) == 2 and body["total"] == 7 and len(body["countries"]) == 5


def test_places_bad_filter_is_400(client):
    assert client.get("/api/places?since=yesterday").json()["status"] == 400
