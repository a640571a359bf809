"""The GDELT 2.0 event table export: columns, codes, dates, geography and which events it keeps."""
from __future__ import annotations

import csv
import io

import pytest

from tests.store.records_factory import summit_record
from veille.errors import ConfigError
from veille.export.gdelt import COLUMNS, fips_code, gdelt_day
from veille.model.record import Actor, Event, Record
from veille.store import EventQuery, SqlStore
from veille.usecases.export import export_store


def _crisis_record() -> Record:
    """An article with a visit (asserted), a joint statement (compound source) and a threatened strike."""
    visit = Event("CONSULT", (Actor("Viktor Sedov", "RUS", "government"),), (Actor("Biélorussie", "BLR"),),
                  "asserted", place="Minsk", date="2024-05-24", cameo="04", trigger="s'est rendu")
    statement = Event("SUPPORT", (Actor("Russie", "RUS"), Actor("OTAN", "NATO", "military")), (), "asserted",
                      date="2024-06", cameo="05", trigger="ont salué")
    strike = Event("ASSAULT", (Actor("armée russe", "RUS", "military"),), (Actor("Ukraine", "UKR"),),
                   "hypothetical", place="Kiev", cameo="19", trigger="pourrait frapper")
    return Record(
        id="c0ffee0000000003", name="crise", title="Une visite à Minsk", published="2024-05-25T08:30:00+02:00",
        outlet="Le Veilleur", dateline=None, language="fr", text="Un texte écrit pour ce test.",
        url="https://exemple.fr/crise", source="articles/crise.html", events=(visit, statement, strike),
    )


def _table(store: SqlStore, **options: object) -> tuple[int, list[str], list[dict[str, str]]]:
    out = io.StringIO()
    count = export_store(store, out, "gdelt", **options)  # type: ignore[arg-type]
    header = out.getvalue().splitlines()[0].split("\t")
    return count, header, list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))


@pytest.fixture
def crisis(store: SqlStore) -> SqlStore:
    store.upsert([_crisis_record()])
    return store


def test_gdelt_header_is_the_61_event_table_columns(store: SqlStore):
    _, header, rows = _table(store)
    assert rows == []
    assert header == COLUMNS and len(header) == 61
    assert header[:6] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code"]
    assert header[25:30] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass"]
    assert header[51:59] == ["ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
                             "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID"]
    assert header[-2:] == ["DATEADDED", "SOURCEURL"]


def test_gdelt_row_codes_date_and_geography(crisis: SqlStore):
    _, _, rows = _table(crisis)
    visit = next(r for r in rows if r["EventRootCode"] == "04")
    assert visit["GlobalEventID"] == "c0ffee0000000003:0"
    assert (visit["Day"], visit["MonthYear"], visit["Year"], visit["FractionDate"]) == ("20240524", "202405", "2024",
                                                                                        "2024.3973")
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (visit["Actor2Code"], visit["Actor2CountryCode"], visit["Actor2Name"]) == ("BLR", "BLR", "Biélorussie")
    assert (visit["EventCode"], visit["EventBaseCode"], visit["QuadClass"]) == ("040", "040", "1")
    assert (visit["ActionGeo_Type"], visit["ActionGeo_CountryCode"]) == ("4", "BO")
    assert visit["ActionGeo_FullName"].startswith("Minsk")
    assert abs(float(visit["ActionGeo_Lat"]) - 53.9) < 0.2 and abs(float(visit["ActionGeo_Long"]) - 27.57) < 0.2
    assert visit["SOURCEURL"] == "https://exemple.fr/crise"
    assert len(visit["DATEADDED"]) == 14 and visit["GoldsteinScale"] == visit["AvgTone"] == ""


def test_gdelt_compound_source_gives_one_row_per_actor(crisis: SqlStore):
    _, _, rows = _table(crisis)
    statement = [r for r in rows if r["EventRootCode"] == "05"]
    assert [r["GlobalEventID"] for r in statement] == ["c0ffee0000000003:1/1", "c0ffee0000000003:1/2"]
    nato = statement[1]
    assert (nato["Actor1Code"], nato["Actor1CountryCode"], nato["Actor1KnownGroupCode"]) == ("NATOMIL", "", "NATO")
    assert nato["Actor2Code"] == "" and nato["Day"] == "20240601"  # a month's first day


def test_gdelt_keeps_asserted_events_unless_all_statuses(crisis: SqlStore):
    count, _, rows = _table(crisis)
    assert count == len(rows) == 3
    assert "19" not in {r["EventRootCode"] for r in rows}
    _, _, every = _table(crisis, all_statuses=True)
    strike = next(r for r in every if r["EventRootCode"] == "19")
    assert (strike["Actor1Code"], strike["QuadClass"], strike["Day"]) == ("RUSMIL", "4", "")
    _, _, asked = _table(crisis, events=EventQuery(status="hypothetical"))
    assert [r["EventRootCode"] for r in asked] == ["19"]


def test_gdelt_without_url_uses_the_source_path(store: SqlStore):
    store.upsert([summit_record()])
    _, _, rows = _table(store)
    assert {r["SOURCEURL"] for r in rows} == {"articles/sommet-minsk.txt"}


def test_gdelt_refuses_articles(store: SqlStore):
    with pytest.raises(ConfigError, match="V501"):
        export_store(store, io.StringIO(), "gdelt", "articles")


@pytest.mark.parametrize(("timex", "day"), [("2024-05-24T10:00", "2024-05-24"), ("2024-W21", "2024-05-20"),
                                            ("2023", "2023-01-01"), ("PRESENT_REF", None), (None, None)])
def test_gdelt_day_is_the_first_day_of_the_timex(timex, day):
    found = gdelt_day(timex)
    assert (found.isoformat() if found else None) == day


def test_gdelt_fips_code_of_alpha3():
    assert (fips_code("DEU"), fips_code("FRA"), fips_code("XXX"), fips_code(None)) == ("GM", "FR", None, None)
