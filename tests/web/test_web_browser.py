"""A person's tour of `veille serve` in headless Chromium: search, article, actors, dyad, events, map.

Each test saves a screenshot of the page it checked into tests/artifacts/.
"""
from __future__ import annotations

import json
import re
import urllib.request
import warnings

import pytest

from veille.app import VENDOR

pytestmark = [pytest.mark.model, pytest.mark.browser]


def api(base_url: str, path: str) -> dict:
    with urllib.request.urlopen(base_url + path, timeout=10) as response:
        return json.load(response)


HAND_BUILT = {"a1summit", "b2geneva", "c3reproach", "d4brief", "e5blocs"}


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
    # the interface speaks French for French articles (issue 12): «hypothétique», the status itself on hover
    assert hypothetical.count() == 1 and "hypothétique" in hypothetical.locator(".status").inner_text()
    assert hypothetical.locator(".status").get_attribute("title") == "hypothetical"
    page.locator("tr.event.status-hypothetical td.sentence a").click()
    assert page.evaluate("location.hash") == "#ev-2"
    assert page.locator("#ev-2.evidence.status-hypothetical").is_visible()
    page.goto("/articles/b2geneva")
    assert "démenti" in page.locator("tr.event.status-negated .status").inner_text()
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


def test_browser_actors_index_lists_blocs_by_name_never_phrases_or_places(page, screenshot):
    page.goto("/actors?limit=500")
    names = page.locator("table.actors tr.actor td:first-child a").all_inner_texts()
    assert "Occident" in names and "Union européenne" in names  # WST and EU, read as phrases in e5blocs
    assert not [n for n in names if "missiles" in n or n == "Bruxelles"]
    page.goto("/actors?letter=O")
    assert page.locator("table.actors a:text-is('Occident')").count() == 1
    screenshot(page, "actors-blocs")


def test_browser_dyad_timeline_coloured_by_quad_class(page, screenshot):
    page.goto("/dyads")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "BLR")
    page.click("form button[type=submit]")
    page.wait_for_url("**/dyads/RUS-BLR")
    for quad in ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"):
        assert page.locator(f"svg.chart rect.bar.q-{quad}").count() >= 1, quad
    assert page.locator("svg.chart text.tick", has_text="mai 2024").count() == 1  # months in words (issue 12)
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


def test_browser_place_filter_folds_accents(page):
    page.goto("/events")
    page.fill("form.filters input[name=place]", "geneve")  # the talks were read at «Genève»
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"place=geneve"))
    places = page.locator("table.events tbody tr.event").all_inner_texts()
    assert places and all("Genève" in row for row in places)


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


# -- issue 12: the explorer as an analyst would want it ----------------------------------------------


def months_between(first: str, last: str) -> int:
    (y1, m1), (y2, m2) = (map(int, first.split("-")), map(int, last.split("-")))
    return (y2 - y1) * 12 + m2 - m1 + 1


def test_browser_time_axis_keeps_the_gaps(page, base_url, screenshot):
    # Russie: the hand-built months of 2024 and, when the samples were read, the Baltic article of 2025
    months = [m["period"] for m in api(base_url, "/api/actors/RUS")["mentions_by_month"]]
    page.goto("/actors/RUS")
    slots = page.locator("svg.chart g.period")
    assert slots.count() == months_between(months[0], months[-1]) >= len(months)
    filled = page.locator("svg.chart g.period:has(rect)")
    assert filled.count() == len(months)  # the empty months are there, with no bar
    if months_between(months[0], months[-1]) > len(months):
        first, last = (slots.nth(i).bounding_box() or {} for i in (0, slots.count() - 1))
        box = page.locator("svg.chart").bounding_box()
        assert last["x"] - first["x"] > 0.8 * box["width"]  # months a year apart are drawn a year apart
    screenshot(page, "actor-time-axis")


def test_browser_dates_read_as_words_with_the_value_on_hover(page):
    page.goto("/articles/a1summit")
    published = page.locator("p.meta time.when")
    assert published.inner_text() == "20 mai 2024, 18 h 30"
    assert published.get_attribute("title") == "2024-05-20T18:30:00+02:00"
    planned = page.locator("tr.event.status-planned time.when")
    assert planned.inner_text() == "juin 2024" and planned.get_attribute("data-value") == "2024-06"
    in_text = page.locator(".body time.timex[data-value='2024-05-20']").first
    in_text.hover()
    assert in_text.get_attribute("title") == "DATE: 20 mai 2024 (2024-05-20)"


def test_browser_event_sides_read_as_their_actors(page):
    page.goto("/events?article=c3reproach")
    source = page.locator("table.events tr.event td").nth(1).locator("a.actor")
    assert source.inner_text() == "Biélorussie"  # «gouvernement biélorusse», coded BLR
    assert source.get_attribute("title") == "gouvernement biélorusse"
    assert source.get_attribute("href") == "/actors/BLR"
    page.goto("/actors/UKR")  # Nations unies acting as UN: one partner, under the entity's name
    partners = page.locator("ol.partners li > a:first-child")
    names = [partners.nth(i).inner_text() for i in range(partners.count())]
    assert names.count("Nations unies") == 1 and "UN" not in names


def test_browser_dyad_form_takes_names(page, screenshot):
    page.goto("/dyads")
    page.fill("input[name=a]", "Biélorussie")
    page.fill("input[name=b]", "Russie")
    page.click("form button[type=submit]")
    page.wait_for_url("**/dyads/BLR-RUS")
    assert page.locator("h1.dyad-title").inner_text().startswith("Biélorussie")
    page.goto("/dyads/Russie-Belarus")
    page.wait_for_url("**/dyads/RUS-BLR")
    page.goto("/dyads")
    page.fill("input[name=a]", "Russie")
    page.fill("input[name=b]", "Sedov")
    page.click("form button[type=submit]")
    assert "« Sedov »" in page.locator(".not-found .message").inner_text()
    page.locator("ul.suggestions a", has_text="Viktor Sedov").click()
    page.wait_for_url("**/dyads/RUS-PER:viktor-sedov")
    screenshot(page, "dyad-by-names")


def test_browser_interface_in_french_and_english(page, screenshot):
    page.goto("/events")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("header nav a[aria-current=page]").inner_text() == "Événements"
    page.click("nav.languages a[hreflang=en]")
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("header nav a[aria-current=page]").inner_text() == "Events"
    page.goto("/articles/a1summit")  # the choice is kept
    assert page.locator("p.meta time.when").inner_text() == "May 20, 2024, 18:30"
    assert page.locator("section.article-events h2").inner_text().startswith("Events")
    screenshot(page, "article-english")
    page.click("nav.languages a[hreflang=fr]")
    assert page.locator("section.article-events h2").inner_text().startswith("Événements")


def test_browser_article_page_puts_events_and_entities_beside_the_text(page):
    page.goto("/articles/a1summit")
    text, side = page.locator("article.article .body").bounding_box(), page.locator("aside.article-side").bounding_box()
    assert side["x"] >= text["x"] + text["width"] and side["y"] < text["y"] + text["height"]
    assert side["x"] + side["width"] > 0.9 * page.viewport_size["width"] - 40  # the width is used
    page.set_viewport_size({"width": 700, "height": 900})  # narrow: below the text
    text, side = page.locator("article.article .body").bounding_box(), page.locator("aside.article-side").bounding_box()
    assert side["y"] >= text["y"] + text["height"]


def test_browser_every_event_and_aggregate_leads_to_its_evidence(page):
    page.goto("/dyads/RUS-BLR")
    page.locator("svg.chart a.bar-link").first.click()
    page.wait_for_url(re.compile(r"/events\?dyad=RUS-BLR&since=\d{4}-\d{2}-01&until="))
    rows = page.locator("table.events tbody tr.event")
    assert rows.count() >= 1
    rows.first.locator("td.sentence a").click()
    page.wait_for_url(re.compile(r"/articles/[^#]+#ev-\d+"))
    target = page.evaluate("location.hash")
    assert page.locator(f"{target}.evidence").is_visible()


def test_browser_map_place_leads_to_its_events(page):
    if not (VENDOR / "leaflet" / "dist" / "leaflet.js").exists():
        pytest.skip("the map's npm assets are missing: run `make web-assets`")
    page.goto("/map?type=ASSAULT")
    page.wait_for_selector("#map[data-ready]")
    page.locator("path.place-marker").first.click()
    link = page.locator(".leaflet-popup a.provenance")
    assert link.inner_text() == "tous les événements ici"
    href = link.get_attribute("href")
    assert "type=ASSAULT" in href and "place=" in href
    link.click()
    page.wait_for_url(re.compile(r"/events\?.*place="))
    rows = page.locator("table.events tbody tr.event")
    assert rows.count() >= 1 and rows.count() == page.locator("tr.event[data-type=ASSAULT]").count()
