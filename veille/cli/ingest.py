"""`veille ingest INPUT...`: read articles, analyse them and keep the records in the database."""
from __future__ import annotations

from pathlib import Path

import typer

from ..ingest import count_articles
from ..model.failure import Failure
from ..settings import Settings
from ..usecases.ingest import ingest_files
from . import app, console, errors, reports_errors
from .options import open_db, with_settings
from .progress import article_progress
from .results import finish, follow


@app.command()
@reports_errors
@with_settings("db", "model", "language", "batch_size", "n_process")
def ingest(
    paths: list[str] | None = typer.Argument(None, help="Article files (.txt, .html), folders, JSON Lines (.jsonl), "
                                               "WARC (.warc) or RSS/Atom files, gzipped or not; '-' reads JSON Lines "
                                               "from stdin."),
    again: bool = typer.Option(False, "--again", help="Analyse again the inputs already stored unchanged (after "
                                                     "upgrading veille); by default they are skipped."),
    from_parquet: Path | None = typer.Option(None, "--from-parquet", help="Load the records of a `veille batch` "
                                             "folder instead of analysing inputs (again: same counts)."),
    *, settings: Settings,
) -> None:
    """Analyse articles and store their records.

    Each article of a container (a JSON line, a WARC response, a feed item) is one record. An
    input or record that cannot be read or analysed is reported on one line naming it, kept in
    the database's failures (see `veille failures`), and the others go on; the exit code is 1 if
    any failed. Files in a folder that are no articles (images...) are skipped and counted. An
    input already stored with the same content is not analysed again; a known path that holds a new
    text is stored as another article (or a new version of the same one), never in place of
    another, and a note says so.
    """
    if from_parquet is not None:
        return ingest_parquet(from_parquet, paths, settings.db)
    if not paths:
        raise typer.BadParameter("give the inputs to ingest, or --from-parquet DIR", param_hint="PATHS")
    total = count_articles(paths)
    with open_db(settings.db) as store:
        counts = follow(ingest_files(paths, store, settings, again=again), total, "loading the model", "ingesting")
        url = store.url
    finish(counts, f"stored in {url}")


def ingest_parquet(folder: Path, paths: list[str] | None, db: str) -> None:
    """`--from-parquet`: the records and failures of a batch folder into the database."""
    if paths:
        raise typer.BadParameter("--from-parquet loads a batch folder: give no other inputs", param_hint="PATHS")
    from ..batch import load_parquet  # pyarrow is imported only by those who load Parquet
    from ..export.parquet import check_batch

    check_batch(folder)  # before a database is opened or made for it
    stored = failed = 0
    with open_db(db) as store, article_progress(errors, None) as progress:
        task = progress.add_task(f"loading {folder}", total=None)
        for result in load_parquet(folder, store):
            progress.update(task, advance=1)
            if isinstance(result, Failure):
                failed += 1
            else:
                stored += 1
        url = store.url
    line = f"{stored} article(s) stored in {url} from {folder}"
    if failed:
        line += f", {failed} failure(s) of the batch kept (see `veille failures`)"
    console.print(line, highlight=False, soft_wrap=True)
