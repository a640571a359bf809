"""The bad-input catalogue (issue 9, "Bad input"), ingested in one batch by `veille ingest` run as a
user runs it: each bad input gets one line naming its file (and its record inside a container), is
kept in the failures and counted in the summary; no traceback, no other line; the good articles of
the same folder are all stored, legacy encodings read right, nonsense dates left unresolved; a
rerun analyses nothing that is stored."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import veille
from veille.store import open_store

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (Path(veille.__file__).parent / "samples").iterdir() if p.suffix in (".txt", ".html"))
BODY = ("Les agriculteurs ont bloqué mardi la rocade de Valbourg pour protester contre la baisse des prix. "
        "« Nous ne céderons pas », a déclaré Hélène Dupré, porte-parole du syndicat. "
        "La préfecture a annoncé une réunion avec les syndicats jeudi.")
LEGACY = "Grève à Valbourg : l’œuf coûte 5 €"
NESTING = 100_000

# what each bad input must give: its source (inside the folder) and the code of its one error line
BAD = {
    "empty.txt": "V102",
    "binary.txt": "V103",
    "long.txt": "V203",
    "deep.html": "V204",
    "bomb.rss#1": "V201",
    "dump.jsonl#2": "V110",
    "cut.warc.gz#3": "V112",
}
GOOD = ["legacy-cp1252.txt", "legacy-latin1.html", "truncated.html", "fevrier.txt", "dump.jsonl#1",
        "dump.jsonl#3", "cut.warc.gz#1", "cut.warc.gz#2", *(p.name for p in SAMPLES[:2])]


def _warc_records(count: int) -> list[bytes]:
    """Each record of a gzipped WARC file on its own (a gzip member each), so a test can cut one in two."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for number in range(count):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        page = f"<html><head><title>Blocage {number}</title></head><body><article><p>{BODY} Jour {number}.</p>" \
               "</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://ex.fr/w{number}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
        records.append(buffer.getvalue())
    return records


def _entity_bomb() -> str:
    """A billion laughs: ten entities each ten times the one before, in a feed's item."""
    entities = '<!ENTITY l0 "rires ">' + "".join(
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>Bombe</title>'
            "<item><title>&l9;</title><link>https://ex.fr/bombe</link><description>&l9;</description></item>"
            "</channel></rss>")


def build_catalogue(folder: Path) -> None:
    """Every kind of bad input of the issue, next to good articles."""
    folder.mkdir()
    for sample in SAMPLES[:2]:
        shutil.copy(sample, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "long.txt").write_text("Un article sans fin\n\n" + " ".join(
        f"Le paragraphe {n} ajoute une phrase de plus au compte rendu." for n in range(10_000)), encoding="utf-8")
    # each good input its own text: two inputs of the same text are one article (its id is its text's hash)
    (folder / "legacy-cp1252.txt").write_bytes(f"{LEGACY}\n\n{BODY} Les prix ont baissé.\n".encode("cp1252"))
    (folder / "legacy-latin1.html").write_bytes(
        f"<html><head><meta charset='iso-8859-1'><title>Grève à Valbourg</title></head><body><article>"
        f"<h1>Grève à Valbourg</h1><p>{BODY} La grève continue.</p></article></body></html>".replace("« ", '"').replace(" »", '"')
        .encode("latin-1"))
    (folder / "deep.html").write_text(f"<html><body>{'<div>' * NESTING}<p>{BODY}</p>{'</div>' * NESTING}</body></html>",
                                      encoding="utf-8")
    (folder / "truncated.html").write_text(f"<html><head><title>Blocage à Valbourg</title></head><body><article><p>"
                                           f"{BODY}</p><p>Le syndicat a ann", encoding="utf-8")
    (folder / "fevrier.txt").write_text(f"Une réunion le 31 février\n\n{BODY} Elle aura lieu le 31 février.\n",
                                        encoding="utf-8")
    (folder / "bomb.rss").write_text(_entity_bomb(), encoding="utf-8")
    (folder / "dump.jsonl").write_text("\n".join([
        json.dumps({"title": "Blocage", "text": BODY, "url": "https://ex.fr/1", "published": "2024-02-31"}),
        "{pas du json",
        json.dumps({"title": "Autre blocage", "text": BODY + " Deuxième jour.", "url": "https://ex.fr/2"}),
    ]) + "\n", encoding="utf-8")
    # cut in the middle of the third record, wherever its random record id and date put the boundaries
    first, second, third = _warc_records(3)
    (folder / "cut.warc.gz").write_bytes(first + second + third[: len(third) // 2])


def ingest(folder: Path, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "400"}
    return subprocess.run([sys.executable, "-m", "veille", "ingest", str(folder), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    root = tmp_path_factory.mktemp("robustness")
    folder, db = root / "in", root / "veille.db"
    build_catalogue(folder)
    return folder, db, ingest(folder, db)


def test_each_bad_input_is_one_line_naming_it_and_nothing_else(catalogue):
    folder, _, run = catalogue
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert "Traceback" not in run.stderr and all(line.startswith("error: ") for line in lines), run.stderr
    named = sorted(name for line in lines for name in BAD if f"{folder / name}" in line)
    assert named == sorted(BAD), run.stderr
    for line in lines:
        assert any(f"[{code}]" in line and f"{folder / name}" in line for name, code in BAD.items()), line


def test_each_bad_input_is_kept_in_the_failures_and_counted(catalogue):
    folder, db, run = catalogue
    assert f"{len(GOOD)} article(s) stored" in run.stdout and f"{len(BAD)} failed" in run.stdout, run.stdout
    with open_store(str(db), read_only=True) as store:
        failures = {f.failure.source: f.failure.code for f in store.failures()}
        assert failures == {str(folder / name): code for name, code in BAD.items()}
        assert sorted(a.source for a in store.articles()) == sorted(str(folder / name) for name in GOOD)


def test_the_entity_bomb_is_never_expanded(catalogue):
    _, db, _ = catalogue
    with open_store(str(db), read_only=True) as store:
        message = next(f.failure.message for f in store.failures() if f.failure.source.endswith("bomb.rss#1"))
    assert len(message) < 500 and "rires rires" not in message


def test_legacy_encodings_are_read_right(catalogue):
    folder, db, _ = catalogue
    with open_store(str(db), read_only=True) as store:
        by_source = {a.source: store.get(a.id) for a in store.articles()}
    assert by_source[str(folder / "legacy-cp1252.txt")].title == LEGACY
    latin = by_source[str(folder / "legacy-latin1.html")]
    assert latin.title == "Grève à Valbourg" and "Hélène Dupré" in latin.text


def test_nonsense_dates_are_left_unresolved(catalogue):
    folder, db, _ = catalogue
    with open_store(str(db), read_only=True) as store:
        by_source = {a.source: store.get(a.id) for a in store.articles()}
    february = [t for t in by_source[str(folder / "fevrier.txt")].times if "février" in t.text]
    assert february and all(t.value is None for t in february)
    assert by_source[f"{folder / 'dump.jsonl'}#1"].published is None  # "2024-02-31" given by the dump


def test_a_rerun_stores_nothing_twice_and_analyses_nothing_stored(catalogue, tmp_path):
    folder, db, _ = catalogue
    copy = tmp_path / "veille.db"
    shutil.copy(db, copy)
    again = ingest(folder, copy)
    assert f"0 article(s) stored in {copy}, {len(GOOD)} already stored" in again.stdout, again.stdout
    with open_store(str(copy), read_only=True) as store:
        assert store.count_articles() == len(GOOD)
        assert len(store.failures()) == len(BAD)
