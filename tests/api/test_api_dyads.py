"""GET /api/dyads/{A}-{B}: events between two actors, counted per period and PLOVER quad class."""
from __future__ import annotations

from veille.model.record import EventType
from veille.queries.quads import QUAD_OF_TYPE, QUADS


def test_dyads_counts_per_month_and_quad_class(client):
    body = client.get("/api/dyads/RUS-BLR").json()
    assert (body["a"]["key"], body["b"]["key"], body["period"]) == ("RUS", "BLR", "month")
    counts = {row["period"]: row["counts"] for row in body["counts"]}
    assert list(counts) == ["2024-04", "2024-05", "2024-06"]
    assert counts["2024-04"]["verbal-conflict"] == 1  # Minsk reproaches Moscow
    assert counts["2024-05"]["verbal-cooperation"] == 1 and counts["2024-05"]["material-cooperation"] == 1
    assert counts["2024-06"]["material-conflict"] == 1  # troops planned for June
    assert body["totals"] == {"verbal-cooperation": 1, "material-cooperation": 1, "verbal-conflict": 1,
                              "material-conflict": 1}
    assert body["events"]["total"] == 4


def test_dyads_by_week(client):
    body = client.get("/api/dyads/RUS-BLR?period=week").json()
    assert [row["period"] for row in body["counts"]] == ["2024-W15", "2024-W21", "2024-W22"]


def test_dyads_other_filters_apply(client):
    body = client.get("/api/dyads/BLR-RUS?status=asserted").json()
    assert body["events"]["total"] == 2 and sum(row["total"] for row in body["counts"]) == 2


def test_dyads_between_a_person_and_a_state(client):
    body = client.get("/api/dyads/PER:viktor-sedov-BLR").json()
    assert (body["a"]["key"], body["b"]["key"]) == ("PER:viktor-sedov", "BLR")
    assert [e["id"] for e in body["events"]["items"]] == ["a1summit:0"]


def test_dyads_with_no_event_is_empty_not_an_error(client):
    body = client.get("/api/dyads/NATO-UKR").json()
    assert body["counts"] == [] and body["events"]["total"] == 0


def test_dyads_pagination(client):
    body = client.get("/api/dyads/RUS-BLR?limit=1&offset=1").json()
    assert len(body["events"]["items"]) == 1 and body["events"]["total"] == 4


def test_dyads_every_plover_type_has_one_quad_class():
    assert set(QUAD_OF_TYPE) == set(EventType.__members__)
    assert set(QUAD_OF_TYPE.values()) == set(QUADS)


def test_dyad_by_names_is_the_dyad_of_their_codes(client):
    by_names = client.get("/api/dyads/Russie-Belarus").json()
    assert by_names == client.get("/api/dyads/RUS-BLR").json()


def test_dyad_with_a_name_that_is_no_actor_says_which_and_suggests(client):
    body = client.get("/api/dyads/Russie-Sedov").json()
    assert body["status"] == 400 and "no actor is called 'Sedov'" in body["error"]
    assert "Viktor Sedov (PER:viktor-sedov)" in body["error"]
