"""GET /api/actors (A to Z) and /api/actors/{key}."""
from __future__ import annotations

import pytest


def keys(client, **params) -> list[str]:
    response = client.get("/api/actors", params=params)
    assert response.status_code == 200, response.text
    return [a["key"] for a in response.json()["items"]]


def test_actors_a_to_z_one_per_real_world_actor(client):
    # Biélorussie sorts as "bielorussie": accents folded; "Moscou" and "Russie" are one actor (RUS);
    # the code UN sorts as the name it is shown by, «Nations unies»
    assert keys(client) == ["PER:anton-kavalenka", "PER:antonio-guterres", "BLR", "ORG:nations-unies", "UN",
                            "ORG:nato", "RUS", "UKR", "PER:viktor-sedov"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "PER"}, ["PER:anton-kavalenka", "PER:antonio-guterres", "PER:viktor-sedov"]),
        ({"kind": "state"}, ["BLR", "UN", "RUS", "UKR"]),  # UN as «Nations unies»
        ({"letter": "r"}, ["RUS"]),
        ({"letter": "b"}, ["BLR"]),  # Biélorussie
        ({"q": "nations"}, ["ORG:nations-unies", "UN"]),
    ],
)
def test_actors_filters(client, params, expected):
    assert keys(client, **params) == expected


def test_actors_pagination(client):
    body = client.get("/api/actors?limit=2&offset=2").json()
    assert body["total"] == 9 and [a["key"] for a in body["items"]] == ["BLR", "ORG:nations-unies"]


def test_actors_bad_kind_is_422(client):
    assert client.get("/api/actors?kind=ANIMAL").status_code == 422


def test_actors_state_page(client):
    body = client.get("/api/actors/rus").json()
    assert body["actor"] == {"key": "RUS", "name": "Russie", "kind": "state", "country": "RUS", "mentions": 4,
                             "articles": 3, "events": 7}
    assert body["mentions_by_month"] == [{"period": "2024-04", "count": 1}, {"period": "2024-05", "count": 2},
                                         {"period": "2024-06", "count": 1}]
    partners = {p["key"]: p["events"] for p in body["partners"]}
    # in the Geneva talks Russia and Ukraine are both targets of the UN: partners of the UN, not of each other
    # Nations unies acting as UN is one partner (issue 12), not ORG:nations-unies and UN side by side
    assert partners == {"BLR": 4, "UKR": 2, "UN": 1, "PER:anton-kavalenka": 1}
    assert body["events"]["total"] == 7


def test_actors_person_page_has_quotes_and_partners(client):
    body = client.get("/api/actors/PER:anton-kavalenka").json()
    assert [q["text"] for q in body["quotes"]] == ["Nos deux pays sont plus unis que jamais"]
    assert [p["key"] for p in body["partners"]][:2] == ["PER:viktor-sedov", "RUS"]
    assert [e["id"] for e in body["events"]["items"]] == ["a1summit:0"]


def test_actors_page_events_are_paginated(client):
    body = client.get("/api/actors/RUS?limit=2&offset=2").json()
    assert body["events"]["total"] == 7 and len(body["events"]["items"]) == 2 and body["events"]["offset"] == 2


def test_actors_by_entity_id(client):
    assert client.get("/api/actors/a1summit:e1").json()["actor"]["key"] == "PER:viktor-sedov"


def test_actors_unknown_is_404(client):
    response = client.get("/api/actors/XYZ")
    assert response.status_code == 404 and "XYZ" in response.json()["error"]


def test_partners_a_reader_calls_by_one_name_are_one():
    from veille.queries.aggregates import group_partners

    rows = [{"key": "CHN", "name": "Chine", "events": 3}, {"key": "ORG:la-chine", "name": "La Chine", "events": 1},
            {"key": "USA", "name": "États-Unis", "events": 2}, {"key": "ORG:l-etats-unis", "name": "L'États-Unis",
                                                                "events": 1},
            {"key": "PER:la-fontaine", "name": "La Fontaine", "events": 1}]
    grouped = group_partners(rows, "fr")
    assert [(p["key"], p["name"], p["events"], p["keys"]) for p in grouped] == [
        ("CHN", "Chine", 4, ["CHN", "ORG:la-chine"]), ("USA", "États-Unis", 3, ["USA", "ORG:l-etats-unis"]),
        ("PER:la-fontaine", "La Fontaine", 1, ["PER:la-fontaine"])]


def test_an_organisation_acting_as_a_bloc_is_that_bloc_among_partners(client):
    # Nations unies (an ORG entity) acts as UN in every event: one partner, the entity's name, UN's key
    partners = client.get("/api/actors/UKR").json()["partners"]
    assert [(p["key"], p["name"]) for p in partners] == [("RUS", "Russie"), ("UN", "Nations unies")]


def test_blocs_are_listed_by_their_name_never_by_a_phrase_an_article_used(db_url):
    from fastapi.testclient import TestClient
    from hand_records import bloc_phrases_record

    from veille.app import create_app
    from veille.settings import Settings
    from veille.store import open_store

    with open_store(db_url) as store:
        store.upsert([bloc_phrases_record()])
        client = TestClient(create_app(Settings(db=store.url), store=store), base_url="http://127.0.0.1")
        actors = {a["key"]: a["name"] for a in client.get("/api/actors").json()["items"]}
        by_letter = [a["key"] for a in client.get("/api/actors", params={"letter": "o"}).json()["items"]]
        events = client.get("/api/events", params={"article": "e5blocs"}).json()["items"]
    assert actors == {"EU": "Union européenne", "WST": "Occident", "RUS": "Russie", "UKR": "Ukraine"}
    assert by_letter == ["WST"]  # sorted and filtered by the name shown
    assert {side["actor"] for e in events for side in e["source"] + e["target"]} == {
        "Russie", "Occident", "Union européenne", "Ukraine"}
