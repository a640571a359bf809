"""A person's tour of `veille serve` in headless Chromium: search, article, actors, dyad, events, map.

Each test saves a screenshot of the page it checked into tests/artifacts/.
"""
from __future__ import annotations

import json
import re
import urllib.request
import warnings

import pytest

from veille.api.app import VENDOR

pytestmark = [pytest.mark.model, pytest.mark.browser]


def api(base_url: str, path: str) -> dict:
    with urllib.request.urlopen(base_url + path, timeout=10) as response:
        return json.load(response)


HAND_BUILT = {"a1summit", "b2geneva", "c3reproach", "d4brief"}


def richest_article(base_url: str) -> dict:
    """The sample article (read by the real pipeline) with the most of everything the page shows;
    a hand-built one only when no sample has an entity, a time, a quote and an event."""
    items = api(base_url, "/api/articles?limit=100")["items"]
    complete = [a for a in items if all(a["counts"][k] for k in ("entities", "times", "quotes", "events"))]
    samples = [a for a in complete if a["id"] not in HAND_BUILT]
    if not samples:
        warnings.warn("no sample article has an entity, a time, a quote and an event: checking a hand-built one")
    return max(samples or complete, key=lambda a: sum(a["counts"].values()))


def test_browser_search_finds_an_article_and_shows_what_was_read(page, base_url, screenshot):
    article = richest_article(base_url)
    word = max(re.findall(r"\w{6,}", article["title"]), key=len)
    page.goto("/")
    page.fill("input[name=q]", word.lower())
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q="))
    hit = page.locator("li.hit a.title", has_text=article["title"])
    assert hit.count() == 1
    screenshot(page, "search")

    hit.click()
    page.wait_for_url(f"**/articles/{article['id']}")
    assert page.locator("h1").inner_text() == article["title"]
    entity = page.locator(".body .ent").first
    assert entity.is_visible() and entity.inner_text().strip()
    resolved = page.locator(".body time.timex:not([datetime=''])")
    timex = (resolved if resolved.count() else page.locator(".body time.timex")).first
    value = timex.get_attribute("data-value")
    assert value and re.match(r"\d{4}|P|unresolved", value)
    timex.hover()  # the resolved value shows on hover
    assert value in timex.get_attribute("title")
    quote = page.locator(".body q.quote").first
    assert quote.is_visible() and quote.locator(".speaker").inner_text().strip()
    rows = page.locator("table.events tbody tr.event")
    assert rows.count() == article["counts"]["events"]
    assert rows.first.locator(".etype").inner_text() in {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    screenshot(page, "article")


def test_browser_article_marks_hypothetical_and_negated_events(page, screenshot):
    page.goto("/articles/a1summit")
    hypothetical = page.locator("tr.event.status-hypothetical")
    assert hypothetical.count() == 1 and "hypothetical" in hypothetical.locator(".status").inner_text()
    page.locator("tr.event.status-hypothetical td.sentence a").click()
    assert page.evaluate("location.hash") == "#ev-2"
    assert page.locator("#ev-2.evidence.status-hypothetical").is_visible()
    page.goto("/articles/b2geneva")
    assert "negated" in page.locator("tr.event.status-negated .status").inner_text()
    screenshot(page, "article-negated")


def test_browser_actors_index_and_actor_page(page, screenshot):
    page.goto("/actors")
    page.click("nav.letters a:text-is('R')")
    page.wait_for_url(re.compile(r"letter=R"))
    screenshot(page, "actors")
    page.click("table.actors a:text-is('Russie')")
    page.wait_for_url("**/actors/RUS")
    assert page.locator("h1").inner_text().startswith("Russie")
    assert page.locator("svg.chart rect.bar").count() >= 3  # mentions in three months at least
    assert page.locator("table.events tbody tr.event").count() >= 7
    assert page.locator("ol.partners li a", has_text="Biélorussie").count() == 1
    screenshot(page, "actor")


def test_browser_dyad_timeline_coloured_by_quad_class(page, screenshot):
    page.goto("/dyads")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "BLR")
    page.click("form button[type=submit]")
    page.wait_for_url("**/dyads/RUS-BLR")
    for quad in ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"):
        assert page.locator(f"svg.chart rect.bar.q-{quad}").count() >= 1, quad
    assert page.locator("svg.chart text.tick", has_text="2024-05").count() == 1
    assert page.locator("table.events tbody tr.event").count() >= 4
    screenshot(page, "dyad")


def test_browser_events_table_filters_and_exports(page, base_url, screenshot):
    page.goto("/events")
    page.select_option("select[name=status]", "hypothetical")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=hypothetical"))
    rows = page.locator("table.events tbody tr.event")
    assert rows.count() >= 1
    assert rows.count() == page.locator("table.events tbody tr.event.status-hypothetical").count()
    href = page.locator("p.export a", has_text="CSV").get_attribute("href")
    assert "status=hypothetical" in href
    exported = page.request.get(base_url + href)
    assert exported.ok and exported.text().splitlines()[0].startswith("id,article_id")
    assert len(exported.text().strip().splitlines()) == rows.count() + 1
    screenshot(page, "events")


def test_browser_map_draws_outlines_and_places_offline(page, base_url, screenshot):
    if not (VENDOR / "leaflet" / "dist" / "leaflet.js").exists():
        pytest.skip("the map's npm assets are missing: run `make web-assets`")
    page.goto("/map")
    page.wait_for_selector("#map[data-ready]")
    assert int(page.get_attribute("#map", "data-ready")) >= 5  # markers for the geocoded places
    assert page.locator("#map path.leaflet-interactive").count() > 100  # country outlines
    assert page.locator("table.places tbody tr.place").count() >= 5
    screenshot(page, "map")
    page.goto("/map?type=ASSAULT")
    page.wait_for_selector("#map[data-ready]")
    assert page.get_attribute("#map", "data-ready") == str(
        len(api(base_url, "/api/places?type=ASSAULT")["places"]))
    outside = [url for url in page.requested if not url.startswith((base_url, "data:"))]
    assert outside == [], "the map must work offline"
