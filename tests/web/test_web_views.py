"""The pages, without a browser: each renders its data from the same queries as the API."""
from __future__ import annotations

import importlib.util
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.backends import module_db_url  # noqa: F401  (fixture)
from veille.app import VENDOR, create_app
from veille.settings import Settings
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


ERROR_PAGES = [  # what is asked, its status, and the message in French and in English
    ("/?since=hier", 400, "« hier » n'est pas une date", "«hier» is not a date"),
    ("/articles/zzz", 404, "Aucun article n'a l'identifiant « zzz »", "No article has the id «zzz»"),
    ("/events?limit=-1", 422, "Paramètre incorrect : limit", "Bad parameter: limit"),
    ('/?q="trêve', 400, "un guillemet non fermé", "an unclosed double quote"),
    ("/nulle-part", 404, "Il n'y a pas de page à l'adresse /nulle-part", "There is no page at /nulle-part"),
    ("/events?type=BRAWL", 400, "« BRAWL » n'est pas un type d'événement PLOVER", "«BRAWL» is not a PLOVER event type"),
    ("/events?status=certain", 400, "« certain » n'est pas un statut", "«certain» is not an event status"),
    ("/events?dyad=RUS-Narnia", 400, "Aucun acteur ne s'appelle « Narnia »", "No actor is called «Narnia»"),
    ("/dyads/RUSBLR", 400, "« RUSBLR » n'est pas deux acteurs joints", "«RUSBLR» is not two actors joined"),
    ("/actors/PER:nobody", 404, "Aucun acteur n'a la clé « PER:nobody »", "No actor has the key «PER:nobody»"),
    ("/dyads/RUS-BLR?period=year", 400, "« year » n'est pas une durée de barre", "«year» is not a bar length"),
]


@pytest.mark.parametrize(("url", "status", "french", "english"), ERROR_PAGES)
def test_views_errors_are_pages_with_the_same_status_in_the_interface_language(client, url, status, french, english):
    # issue 12: the pages of a French database speak French, errors included; ?lang=en speaks English
    for lang, words in (("fr", french), ("en", english)):
        client.cookies.set("veille_lang", lang)
        response = client.get(url)
        assert response.status_code == status and response.headers["content-type"].startswith("text/html")
        assert words in unescape(response.text), (lang, response.text[-800:])
    client.cookies.clear()


def test_views_api_errors_stay_the_library_s_english_sentence(client):
    body = client.get("/api/events?type=BRAWL", cookies={"veille_lang": "fr"}).json()
    assert body["status"] == 400 and "'BRAWL' is not a PLOVER type" in body["error"]


# -- issue 12: time axis, readable values, provenance, the interface in two languages -------------


def test_views_dyad_chart_has_a_slot_per_month_and_bars_lead_to_their_events(client):
    html = client.get("/dyads/RUS-BLR").text
    assert re.findall(r'data-period="([^"]+)"', html) == ["2024-04", "2024-05", "2024-06"]
    assert 'href="/events?dyad=RUS-BLR&amp;since=2024-05-01&amp;until=2024-05-31"' in html
    assert 'viewBox="0 0 1120 ' in html  # the wide chart


def test_views_dates_are_words_with_the_value_kept(client):
    html = client.get("/articles/a1summit?lang=fr").text
    assert '<time class="when" datetime="2024-06" data-value="2024-06" title="2024-06">juin 2024</time>' in html
    assert 'title="DATE: 20 mai 2024 (2024-05-20)"' in html  # in the text: words and TIMEX3 value on hover
    assert "20 mai 2024, 18 h 30" in html  # the publication time
    client.cookies.clear()


def test_views_interface_is_french_for_french_articles_and_switches_to_english(client):
    client.cookies.clear()
    french = client.get("/events")
    assert '<html lang="fr">' in french.text and ">Événements</a>" in french.text and "hypothétique" in french.text
    english = client.get("/events?lang=en")
    assert '<html lang="en">' in english.text and ">Events</a>" in english.text and "hypothetical" in english.text
    assert english.cookies.get("veille_lang") == "en"
    assert '<html lang="en">' in client.get("/actors").text  # remembered
    assert 'href="/events?status=negated&amp;lang=fr"' in client.get("/events?status=negated").text
    client.cookies.clear()


def test_views_interface_files_have_the_same_words():
    from veille import lang

    for name in ("interface", "readable"):
        assert lang.load("fr", name).keys() == lang.load("en", name).keys(), name


def test_views_aggregates_link_to_the_events_behind_them(client):
    actor = client.get("/actors/RUS").text
    assert 'class="provenance" href="/events?actor=RUS"' in actor
    assert 'href="/?entity=RUS&amp;since=2024-05-01&amp;until=2024-05-31"' in actor  # a bar of the mentions
    assert 'class="provenance" href="/events?dyad=RUS-BLR"' in client.get("/dyads/RUS-BLR").text
    assert 'class="provenance" href="/events?type=ASSAULT&amp;place=Kharkiv"' in client.get("/map?type=ASSAULT").text
    at_kharkiv = client.get("/events?place=Kharkiv").text
    assert at_kharkiv.count('<tr class="event') == 1 and 'href="/articles/b2geneva#ev-2"' in at_kharkiv


@pytest.mark.parametrize(("a", "b", "location"), [
    ("Russie", "Ukraine", "/dyads/RUS-UKR"), ("russie", "Belarus", "/dyads/RUS-BLR"),  # names, folded; English too
    ("Biélorussie", "rus", "/dyads/BLR-RUS"), ("Viktor Sedov", "BLR", "/dyads/PER:viktor-sedov-BLR"),
])
def test_views_dyad_form_takes_names_and_codes_in_either_order(client, a, b, location):
    response = client.get("/dyads", params={"a": a, "b": b}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == location


def test_views_dyad_of_names_is_the_page_of_their_keys(client):
    by_names = client.get("/dyads/Russie-Belarus?period=week")
    assert by_names.status_code == 200 and str(by_names.url).endswith("/dyads/RUS-BLR?period=week")
    assert by_names.text == client.get("/dyads/RUS-BLR?period=week").text


def test_views_dyad_form_suggests_actors_for_a_name_it_does_not_know(client):
    client.cookies.clear()
    html = client.get("/dyads", params={"a": "Russie", "b": "Sedov"}).text
    assert "Aucun acteur ne correspond à « Sedov »" in html
    assert '<a href="/dyads?a=Russie&amp;b=PER%3Aviktor-sedov">Viktor Sedov</a>' in html
    assert "is not two actors" not in html
    narnia = client.get("/dyads/Russie-Narnia", follow_redirects=False)
    assert narnia.status_code == 303 and narnia.headers["location"] == "/dyads?a=Russie&b=Narnia"
