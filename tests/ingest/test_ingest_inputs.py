"""Every kind of input through `read_inputs`: files, folders, JSON Lines, WARC, feeds, stdin, gzip;
bad records inside containers become Failures one by one and the rest is read."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from veille.ingest import count_articles, read_inputs
from veille.model.article import RawArticle
from veille.model.failure import Failure, Skipped

BODY = "Le conseil municipal de Valbourg a voté mardi la rénovation de la piscine."


def _kinds(items) -> list[str]:
    return [type(item).__name__ for item in items]


def test_ingest_jsonl_one_article_a_line_and_bad_lines_apart(tmp_path: Path):
    lines = [
        json.dumps({"url": "https://ex.fr/a", "title": "Piscine", "text": BODY, "published": "2025-03-04T08:00:00+01:00",
                    "outlet": "Le Courrier", "section": "Local"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "Sans texte"}),
        "",
        json.dumps({"html": "<html><body><p>" + BODY + "</p></body></html>", "id": "art-9"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    assert _kinds(items) == ["RawArticle", "Failure", "Failure", "Failure", "RawArticle"]
    first, last = items[0], items[-1]
    assert (first.kind, first.url, first.meta["section"], first.meta["title"]) == ("body", "https://ex.fr/a", "Local", "Piscine")
    assert first.source == f"{path}#1" and first.name == "dump-1"
    assert (last.kind, last.name, last.source) == ("html", "art-9", f"{path}#6")
    codes = [(f.source, f.code) for f in items if isinstance(f, Failure)]
    assert codes == [(f"{path}#2", "V110"), (f"{path}#3", "V110"), (f"{path}#4", "V111")]
    assert "line 2" in items[1].message and str(path) in items[1].message


def test_ingest_gzip_on_any_input_and_a_cut_stream(tmp_path: Path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode()))
    assert _kinds(read_inputs([path])) == ["RawArticle"]
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body><p>x</p></body></html>"))
    (raw,) = read_inputs([page])
    assert raw.kind == "html" and raw.name == "page" and raw.data.startswith(b"<html>")
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode() * 50)[:-30])
    items = list(read_inputs([cut]))
    assert isinstance(items[-1], Failure) and items[-1].code == "V108"


def test_ingest_stdin_reads_json_lines():
    stream = io.BytesIO((json.dumps({"text": BODY}) + "\nnope\n").encode())
    items = list(read_inputs(["-"], stdin=stream))
    assert _kinds(items) == ["RawArticle", "Failure"]
    assert items[1].source == "<stdin>#2"


def _warc(path: Path, pages: list[tuple[str, bytes]], gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, body in pages:
            kind = "text/html; charset=utf-8" if body.startswith(b"<") else "image/png"
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_ingest_warc_html_responses_with_url_and_crawl_date(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://ex.fr/1", b"<html><body><p>" + BODY.encode() + b"</p></body></html>"),
                 ("https://ex.fr/logo.png", b"\x89PNG..."),
                 ("https://ex.fr/2", b"<html><body><p>Autre article.</p></body></html>")])
    items = list(read_inputs([path]))
    assert _kinds(items) == ["RawArticle", "RawArticle"]
    assert [r.url for r in items] == ["https://ex.fr/1", "https://ex.fr/2"]
    assert items[0].fetched is not None and items[0].source == f"{path}#1"


def test_ingest_truncated_warc_keeps_what_it_read_and_says_where_it_stopped(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [(f"https://ex.fr/{i}", b"<html><body><p>" + BODY.encode() * 20 + b"</p></body></html>") for i in range(3)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    items = list(read_inputs([path]))
    assert isinstance(items[-1], Failure) and items[-1].code == "V112"
    assert all(isinstance(i, RawArticle) for i in items[:-1]) and len(items) >= 2
    assert "after" in items[-1].message


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Courrier de Valbourg</title>
<item><title>Piscine rénovée</title><link>https://ex.fr/piscine</link>
<pubDate>Tue, 04 Mar 2025 07:45:00 +0100</pubDate><description>&lt;p&gt;{body}&lt;/p&gt;</description></item>
<item><title>Sans contenu</title><link>https://ex.fr/vide</link></item>
</channel></rss>""".format(body=BODY)


def test_ingest_rss_items_with_their_metadata_and_an_empty_one_apart(tmp_path: Path):
    path = tmp_path / "une.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_inputs([path]))
    assert _kinds(items) == ["RawArticle", "Failure"]
    item = items[0]
    assert item.url == "https://ex.fr/piscine" and item.kind == "html"
    assert item.meta["title"] == "Piscine rénovée" and item.meta["outlet"] == "Le Courrier de Valbourg"
    assert item.meta["published"].startswith("Tue, 04 Mar 2025")
    assert items[1].code == "V114"


def test_ingest_atom_feed(tmp_path: Path):
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Agence Sud</title><entry><title>Grève</title><link href="https://ex.fr/greve"/>
    <updated>2025-03-04T06:00:00Z</updated><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""
    path = tmp_path / "flux.atom"
    path.write_text(atom, encoding="utf-8")
    (item,) = read_inputs([path])
    assert item.meta["outlet"] == "Agence Sud" and item.url == "https://ex.fr/greve"


def test_ingest_feed_that_is_not_a_feed_and_an_entity_bomb(tmp_path: Path):
    junk = tmp_path / "junk.xml"
    junk.write_text("ceci n'est pas un flux", encoding="utf-8")
    bomb = tmp_path / "bomb.rss"
    entities = "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};">' for i in range(1, 12))
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "ha">{entities}]>'
                    '<rss version="2.0"><channel><title>&e11;</title><item><title>x</title>'
                    '<description>&e11;</description></item></channel></rss>', encoding="utf-8")
    assert [(f.code, f.source) for f in read_inputs([junk])] == [("V113", str(junk))]
    items = list(read_inputs([bomb]))  # must return promptly, without expanding the entities
    assert all(len(getattr(i, "data", b"")) < 100_000 for i in items)


def test_ingest_folder_of_mixed_inputs_skips_other_files_and_names_missing_paths(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Titre\n\n" + BODY + "\n", encoding="utf-8")
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    items = list(read_inputs([tmp_path, tmp_path / "absent.txt"]))
    assert _kinds(items) == ["RawArticle", "RawArticle", "RawArticle", "Failure", "Skipped", "Failure"]
    assert isinstance(items[4], Skipped) and items[4].source.endswith("photo.png")
    assert items[-1].code == "V105"


@pytest.mark.parametrize("name", ["vide", "rien"])
def test_ingest_empty_folder_is_one_failure(tmp_path: Path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    assert [f.code for f in read_inputs([folder])] == ["V106"]


def test_ingest_count_articles_knows_files_and_not_containers(tmp_path):
    (tmp_path / "a.txt").write_text("Titre\n\nCorps.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "note.png").write_bytes(b"\x89PNG")
    assert count_articles([tmp_path]) == 2
    assert count_articles([tmp_path / "a.txt", tmp_path / "absent.txt"]) == 2
    (tmp_path / "dump.jsonl").write_text("{}\n", encoding="utf-8")
    assert count_articles([tmp_path]) is None
    assert count_articles(["-"]) is None
