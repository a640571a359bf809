"""The one JSON error envelope: pinned shape for every kind of error the API answers."""
from __future__ import annotations

import pytest

ENVELOPE_KEYS = {"ok", "error", "errors", "status"}


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?since=2024-13-40", 400, "since"),
        ("/api/articles?until=hier", 400, "until"),
        ('/api/articles?q="cessez-le-feu', 400, "unbalanced double quote"),
        ("/api/articles?limit=-5", 422, "limit"),
        ("/api/events?offset=-1", 422, "offset"),
        ("/api/events?limit=100000", 422, "limit"),
        ("/api/events?type=DANCE", 400, "PLOVER type"),
        ("/api/events?status=maybe", 400, "status"),
        ("/api/articles/nope", 404, "no article"),
        ("/api/actors/PER:personne-inconnue", 404, "per:personne-inconnue"),
        ("/api/nothing-here", 404, "no such page"),
        ("/api/dyads/RUSBLR", 400, "two actors"),
        ("/api/dyads/RUS-BLR?period=year", 422, "period"),
    ],
)
def test_errors_envelope_is_the_same_for_every_error(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == ENVELOPE_KEYS
    assert body["ok"] is False and body["status"] == status
    assert words.lower() in body["error"].lower()
    assert isinstance(body["errors"], list)


def test_errors_validation_lists_each_bad_parameter(client):
    body = client.get("/api/events?limit=0&offset=-3").json()
    assert {tuple(e["loc"]) for e in body["errors"]} == {("query", "limit"), ("query", "offset")}
    assert all(e["msg"] for e in body["errors"])


def test_errors_bad_value_names_the_parameter(client):
    body = client.get("/api/articles?since=26/05/2024").json()
    assert body["errors"] == [{"loc": ["query", "since"], "msg": "'26/05/2024' is not an ISO date like 2024-05-26"}]


def test_errors_never_a_500_on_search_syntax(client):
    for q in ["(", ")", "a:b", "*", "NOT", "OR OR", "^x", "-", "l'OTAN", "a AND", "'", "« guillemets »", "{}"]:
        response = client.get("/api/articles", params={"q": q})
        assert response.status_code == 200, (q, response.text)
