"""The API describes itself at /openapi.json and /docs, without anything from a CDN."""
from __future__ import annotations

ENDPOINTS = {
    "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/events/export", "/api/actors",
    "/api/actors/{key}", "/api/dyads/{pair}", "/api/places",
}


def test_openapi_lists_every_endpoint_and_no_page(client):
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == ENDPOINTS
    assert all("get" in spec["paths"][p] for p in ENDPOINTS)


def test_openapi_documents_the_error_envelope(client):
    spec = client.get("/openapi.json").json()
    assert set(spec["components"]["schemas"]["ErrorBody"]["properties"]) == {"ok", "error", "errors", "status"}


def test_openapi_docs_page_is_served_locally(client):
    html = client.get("/docs").text
    assert "/openapi.json" in html
    assert "cdn" not in html.lower() and "https://" not in html.replace("https://github", "")
