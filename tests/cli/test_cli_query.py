"""`veille list`, `show`, `events`, `failures` on a database of hand-written records."""
from __future__ import annotations

import json
from dataclasses import replace

from tests.store.records_factory import summit_record
from veille.model.failure import Failure
from veille.model.record import Record
from veille.store import open_store


def test_list_shows_every_article_newest_first(app, runner, db):
    result = runner.invoke(app, ["list", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.index("f0e1d2c3b4") < result.stdout.index("a1b2c3d4e5") < result.stdout.index("0000aaaa11")
    assert "Sommet à Minsk" in result.stdout
    assert "3 of 3 article(s)" in result.stdout


def test_list_filters_by_outlet_and_since(app, runner, db):
    result = runner.invoke(app, ["list", "--db", db, "--outlet", "la tribune", "--since", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert "a1b2c3d4e5" in result.stdout and "f0e1d2c3b4" not in result.stdout
    assert "1 of 1 article(s)" in result.stdout


def test_list_empty_database_says_how_to_fill_it(app, runner, db_url):
    open_store(db_url).close()
    result = runner.invoke(app, ["list", "--db", db_url])
    assert result.exit_code == 0
    assert "veille ingest" in result.stdout


def test_list_of_a_missing_database_creates_nothing(app, runner, tmp_path):
    # issue 9 #13: a typo in --db must not leave folders and an empty database behind
    target = tmp_path / "typo" / "dir" / "x.db"
    result = runner.invoke(app, ["list", "--db", str(target)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: [V401] cannot open the database") and "no such file" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_list_search_folds_accents_and_case_like_the_explorer(app, runner, db_url):
    # issue 9 #14: `--search negociations` finds "négociations", as the web search does
    with open_store(db_url) as store:
        store.upsert([summit_record(text="Les négociations de Minsk ont repris.")])
    for typed in ("negociations", "NÉGOCIATIONS", "negoc*"):
        result = runner.invoke(app, ["list", "--db", db_url, "--search", typed])
        assert result.exit_code == 0 and "1 of 1 article(s)" in result.stdout, (typed, result.output)


def test_list_reads_the_database_from_veille_db(app, runner, db, monkeypatch):
    monkeypatch.setenv("VEILLE_DB", db)
    assert "3 of 3 article(s)" in runner.invoke(app, ["list"]).stdout


def test_list_bad_since_is_one_error_line(app, runner, db):
    result = runner.invoke(app, ["list", "--db", db, "--since", "hier"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["error: [V501] bad value for --since: 'hier' is not an ISO date like 2024-05-26"]


def test_show_by_prefix_prints_a_summary(app, runner, db):
    result = runner.invoke(app, ["show", "a1b2", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Sommet à Minsk" in result.stdout and "CONSULT" in result.stdout
    assert "2024-05-24" in result.stdout and "May 24, 2024" in result.stdout  # the TIMEX3 value, and in words


def test_show_by_name_as_json_gives_the_record(app, runner, db):
    result = runner.invoke(app, ["show", "sommet-minsk", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    assert Record.from_dict(json.loads(result.stdout)) == summit_record()


def test_show_unknown_id_is_one_error_line(app, runner, db):
    result = runner.invoke(app, ["show", "zzz", "--db", db])
    assert result.exit_code == 1
    assert "[V402] no article with id zzz" in result.stderr


def test_show_ambiguous_prefix_lists_candidates(app, runner, db):
    with open_store(db) as store:
        store.upsert([summit_record(id="a1b2ffff00000000", name="copie", source="in/copie.txt")])
    result = runner.invoke(app, ["show", "a1b2", "--db", db])
    assert result.exit_code == 1
    assert "matches several articles (a1b2c3d4e5f60001, a1b2ffff00000000)" in result.stderr


def test_events_by_dyad(app, runner, db):
    result = runner.invoke(app, ["events", "--db", db, "--dyad", "rus-blr"])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.stdout and "AGREE" not in result.stdout
    assert "1 of 1 event(s)" in result.stdout


def test_events_dyad_by_names(app, runner, db):
    result = runner.invoke(app, ["events", "--db", db, "--dyad", "Russie-Biélorussie"])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.stdout and "1 of 1 event(s)" in result.stdout
    unknown = runner.invoke(app, ["events", "--db", db, "--dyad", "Russie-Narnia"])
    assert unknown.exit_code == 1 and "no actor is called 'Narnia'" in unknown.stderr


def test_events_bad_dyad_is_refused(app, runner, db):
    result = runner.invoke(app, ["events", "--db", db, "--dyad", "RUS"])
    assert result.exit_code == 1
    assert "SOURCE-TARGET" in result.stderr


def test_failures_lists_stored_failures(app, runner, db):
    with open_store(db) as store:
        store.add_failures([Failure("vide", "in/vide.txt", "extract", "V102", "[V102] in/vide.txt is empty")])
    assert "in/vide.txt" in runner.invoke(app, ["failures", "--db", db]).stdout
    assert "1 input(s) failed to ingest" in runner.invoke(app, ["list", "--db", db]).stdout


def test_unopenable_database_is_one_error_line(app, runner, tmp_path):
    result = runner.invoke(app, ["list", "--db", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: [V401] cannot open the database")


# -- issue 12: JSON Lines, outlet and place filters, tables at their width when piped ----------------


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_list_json_is_one_article_a_line(app, runner, db):
    result = runner.invoke(app, ["list", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = json_lines(result.stdout)
    assert [r["id"] for r in rows] == ["f0e1d2c3b4a50002", "a1b2c3d4e5f60001", "0000aaaa1111bbbb"]
    assert rows[1]["title"] == "Sommet à Minsk" and rows[1]["events"] == 2


def test_events_json_names_the_article_of_each_event(app, runner, db):
    result = runner.invoke(app, ["events", "--db", db, "--json", "--type", "CONSULT"])
    assert result.exit_code == 0, result.output
    rows = json_lines(result.stdout)
    assert {(r["article_id"], r["type"]) for r in rows} == {("a1b2c3d4e5f60001", "CONSULT"),
                                                            ("f0e1d2c3b4a50002", "CONSULT")}
    assert all(r["title"] and "source" in r and "status" in r for r in rows)


def test_events_by_outlet_and_by_place(app, runner, db):
    by_outlet = json_lines(runner.invoke(app, ["events", "--db", db, "--json", "--outlet", "le courrier"]).stdout)
    assert {r["outlet"] for r in by_outlet} == {"Le Courrier"} and len(by_outlet) == 2
    by_place = json_lines(runner.invoke(app, ["events", "--db", db, "--json", "--place", "minsk"]).stdout)
    assert [(r["type"], r["place"]) for r in by_place] == [("CONSULT", "Minsk")]
    # the place filter also holds with an actor (another table drives that query)
    with_actor = runner.invoke(app, ["events", "--db", db, "--actor", "SEN", "--place", "Dakar"])
    assert "PROTEST" in with_actor.stdout and "1 of 1 event(s)" in with_actor.stdout
    assert "No event matches" in runner.invoke(app, ["events", "--db", db, "--place", "Lima"]).stdout


def test_events_place_folds_accents_and_case_like_search(app, runner, db_url):
    # issue 12: `--place Genes` finds the events at «Gênes», as search folds accents
    record = summit_record()
    events = tuple(replace(e, place="Gênes") for e in record.events)
    with open_store(db_url) as store:
        store.upsert([replace(record, events=events)])
    for typed in ("Gênes", "Genes", "GENES", "gênes"):
        rows = json_lines(runner.invoke(app, ["events", "--db", db_url, "--json", "--place", typed]).stdout)
        assert len(rows) == len(events) and {r["place"] for r in rows} == {"Gênes"}, typed
    assert "No event matches" in runner.invoke(app, ["events", "--db", db_url, "--place", "Genève"]).stdout


def test_failures_json(app, runner, db):
    with open_store(db) as store:
        store.add_failures([Failure("vide", "in/vide.txt", "extract", "V102", "[V102] in/vide.txt is empty")])
    rows = json_lines(runner.invoke(app, ["failures", "--db", db, "--json"]).stdout)
    assert len(rows) == 1 and rows[0]["source"] == "in/vide.txt" and rows[0]["code"] == "V102" and rows[0]["failed_at"]


def test_piped_tables_are_not_cut_to_80_columns(app, runner, db_url):
    long_title = "Un titre d'article assez long pour dépasser quatre-vingts colonnes une fois mis dans le tableau"
    with open_store(db_url) as store:
        store.upsert([replace(summit_record(), title=long_title)])
    result = runner.invoke(app, ["list", "--db", db_url])  # CliRunner's output is no terminal
    assert result.exit_code == 0, result.output
    assert long_title in result.stdout  # on one line, neither wrapped nor cut
    assert max(len(line) for line in result.stdout.splitlines()) > 80
