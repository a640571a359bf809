"""GET /api/events: the filters of `veille events`, actor keys, pages, and the CSV/JSON export."""
from __future__ import annotations

import csv
import io

import pytest


def event_ids(client, **params) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["items"]]


def test_events_most_recent_first(client):
    # by the first day each event covers: June 4th, June (from the 1st), May 20th, April 11th
    assert event_ids(client) == ["b2geneva:0", "b2geneva:1", "b2geneva:2", "a1summit:1", "a1summit:0",
                                 "a1summit:2", "c3reproach:0"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "assault"}, ["b2geneva:2"]),
        ({"status": "negated"}, ["b2geneva:1"]),
        ({"status": "hypothetical"}, ["a1summit:2"]),
        ({"actor": "UN"}, ["b2geneva:0"]),
        ({"actor": "blr"}, ["a1summit:1", "a1summit:0", "a1summit:2", "c3reproach:0"]),
        ({"actor": "PER:viktor-sedov"}, ["a1summit:0"]),
        ({"actor": "per:Viktor Sedov"}, ["a1summit:0"]),  # keys are normalised
        ({"dyad": "RUS-BLR"}, ["a1summit:1", "a1summit:0", "a1summit:2", "c3reproach:0"]),
        ({"dyad": "BLR-RUS"}, ["a1summit:1", "a1summit:0", "a1summit:2", "c3reproach:0"]),  # either direction
        ({"dyad": "PER:viktor-sedov-PER:anton-kavalenka"}, ["a1summit:0"]),
        ({"dyad": "RUS-UKR", "type": "ASSAULT"}, ["b2geneva:2"]),
        ({"since": "2024-06-01"}, ["b2geneva:0", "b2geneva:1", "b2geneva:2", "a1summit:1"]),
        ({"until": "2024-04-30"}, ["c3reproach:0"]),
        # an event without a date of its own falls on its article's publication day
        ({"since": "2024-05-20", "until": "2024-05-20"}, ["a1summit:0", "a1summit:2"]),
        ({"outlet": "Courrier du Lac"}, ["b2geneva:0", "b2geneva:1", "b2geneva:2"]),
        ({"article": "c3reproach"}, ["c3reproach:0"]),
        ({"actor": "NATO"}, []),
        ({"place": "kharkiv"}, ["b2geneva:2"]),  # the event's place, case ignored
        ({"place": "Minsk", "actor": "PER:viktor-sedov"}, ["a1summit:0"]),
        ({"place": "Minsk", "dyad": "RUS-BLR"}, ["a1summit:0"]),  # the pairs table drives: same answer
        ({"place": "Moscou"}, []),
    ],
)
def test_events_filters(client, params, expected):
    assert event_ids(client, **params) == expected


def test_events_pagination(client):
    body = client.get("/api/events?limit=3&offset=3").json()
    assert body["total"] == 7 and [e["id"] for e in body["items"]] == ["a1summit:1", "a1summit:0", "a1summit:2"]


def test_events_carry_actors_with_keys_and_evidence(client):
    event = client.get("/api/events", params={"actor": "PER:viktor-sedov"}).json()["items"][0]
    assert event["source"] == [{"name": "Viktor Sedov", "code": "RUS", "sector": "GOV", "entity_id": "e1",
                                "key": "PER:viktor-sedov", "actor": "Viktor Sedov"}]
    assert event["target"][0]["key"] == "PER:anton-kavalenka"
    assert event["trigger"] in event["sentence"] and event["place"] == "Minsk"


def test_events_compound_target(client):
    event = client.get("/api/events", params={"actor": "UN"}).json()["items"][0]
    assert [a["code"] for a in event["target"]] == ["RUS", "UKR"]


def test_events_export_csv_has_every_matching_event(client):
    response = client.get("/api/events/export", params={"format": "csv", "dyad": "RUS-BLR"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == ["a1summit:1", "a1summit:0", "a1summit:2", "c3reproach:0"]
    assert rows[1]["source"] == "Viktor Sedov" and rows[1]["source_codes"] == "RUS"
    assert rows[2]["status"] == "hypothetical" and rows[2]["quad"] == "material-cooperation"


def test_events_export_json_is_a_list_of_events(client):
    response = client.get("/api/events/export", params={"format": "json", "status": "negated"})
    data = response.json()
    assert [e["id"] for e in data] == ["b2geneva:1"] and data[0]["type"] == "AGREE"


def test_events_export_rejects_an_unknown_format(client):
    response = client.get("/api/events/export", params={"format": "xlsx"})
    assert response.status_code == 422 and "format" in response.json()["error"]


def test_events_export_of_nothing_is_just_the_header(client):
    response = client.get("/api/events/export", params={"actor": "NATO"})
    assert response.text.strip().startswith("id,article_id") and len(response.text.strip().splitlines()) == 1


def test_event_sides_carry_the_name_their_actor_goes_by(client):
    # c3reproach: "gouvernement biélorusse", coded BLR, is the actor Biélorussie
    event = client.get("/api/events", params={"article": "c3reproach"}).json()["items"][0]
    assert (event["source"][0]["name"], event["source"][0]["key"], event["source"][0]["actor"]) == (
        "gouvernement biélorusse", "BLR", "Biélorussie")
