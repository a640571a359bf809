"""The pages, without a browser: each renders its data from the same queries as the API."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from veille.api import create_app
from veille.api.app import VENDOR
from veille.settings import Settings
from tests.backends import module_db_url  # noqa: F401  (fixture)
from veille.store import open_store

SWAGGER = VENDOR / "swagger-ui-dist" / "swagger-ui-bundle.js"
HAND_RECORDS = Path(__file__).resolve().parents[1] / "api" / "hand_records.py"


@pytest.fixture(scope="module")
def client(module_db_url):
    spec = importlib.util.spec_from_file_location("hand_records", HAND_RECORDS)
    records = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(records)
    with open_store(module_db_url) as store:
        store.upsert(records.all_records())
        with TestClient(create_app(Settings(db=store.url), store=store), base_url="http://127.0.0.1") as test_client:
            yield test_client


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", "Reprise des pourparlers à Genève"),
        ("/?q=negoc*", "<mark>négociations</mark>"),
        ("/articles/a1summit", 'data-value="2024-05-20"'),
        ("/articles/a1summit", 'data-speaker="Anton Kavalenka"'),
        ("/articles/a1summit", 'href="/actors/PER:viktor-sedov"'),
        ("/actors?letter=B", "Biélorussie"),
        ("/actors/PER:anton-kavalenka", "Nos deux pays sont plus unis que jamais"),
        ("/dyads", 'list="actor-keys"'),
        ("/dyads/RUS-BLR", "rect class=\"bar q-verbal-conflict\""),
        ("/events?status=negated", "status-negated"),
        ("/map?type=ASSAULT", "Kharkiv"),
        # Swagger UI from the npm assets when `make web-assets` ran, else a page saying how to get it
        ("/docs", "/vendor/swagger-ui-dist/swagger-ui-bundle.js" if SWAGGER.exists() else "make web-assets"),
    ],
)
def test_views_pages_show_their_data(client, url, expected):
    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert expected in response.text


def test_views_events_page_links_exports_with_its_filters(client):
    html = client.get("/events?type=ASSAULT&status=").text
    assert "/api/events/export?format=csv&amp;type=ASSAULT" in html


def test_views_dyad_form_redirects_to_the_dyad(client):
    response = client.get("/dyads?a=RUS&b=BLR", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dyads/RUS-BLR"


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [("/?since=hier", 400, "not an ISO date"), ("/articles/zzz", 404, "no article"),
     ("/events?limit=-1", 422, "limit"), ('/?q="trêve', 400, "unbalanced"), ("/nulle-part", 404, "no such page")],
)
def test_views_errors_are_pages_with_the_same_status(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert words in response.text
