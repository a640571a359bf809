"""`veille ingest INPUT...`: read articles, analyse them and keep the records in the database."""
from __future__ import annotations

from pathlib import Path

import typer

from ..ingest import count_articles
from ..model.failure import Changed, Failure, Skipped, Unchanged
from ..settings import Settings
from ..usecases.ingest import ingest_files
from . import app, console, errors, reports_errors
from .options import open_db, with_settings
from .progress import article_progress


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
    stored = failed = skipped = unchanged = 0
    with open_db(settings.db) as store, article_progress(errors, total) as progress:
        task = progress.add_task("loading the model", total=total)
        for result in ingest_files(paths, store, settings, again=again):
            if isinstance(result, Changed):
                errors.print(f"[yellow]note:[/yellow] {changed_line(result)}", highlight=False, soft_wrap=True)
                continue
            progress.update(task, advance=1, description="ingesting")
            if isinstance(result, Unchanged):
                unchanged += 1
            elif isinstance(result, Skipped):
                skipped += 1
            elif isinstance(result, Failure):
                failed += 1
                errors.print(f"[red]error:[/red] {failure_line(result)}", highlight=False, soft_wrap=True)
            else:
                stored += 1
        url = store.url
    console.print(summary(stored, failed, skipped, f"stored in {url}", unchanged), highlight=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)


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



def summary(stored: int, failed: int, skipped: int, where: str, unchanged: int = 0) -> str:
    """The run's one-line summary: stored (`where`: "stored in URL", "written to DIR"), failed,
    skipped and already stored."""
    line = f"{stored} article(s) {where}"
    if unchanged:
        line += f", {unchanged} already stored (unchanged, not analysed again)"
    if failed:
        line += f", [red]{failed} failed[/red]"
    if skipped:
        line += f", {skipped} file(s) skipped (not articles)"
    return line


def failure_line(failure: Failure) -> str:
    """The failure's message, naming its input (a record inside a container by its number) once."""
    if failure.source in failure.message:
        return failure.message
    container = failure.source.rpartition("#")[0]
    if container and container in failure.message:
        return failure.message.replace(container, failure.source, 1)
    return f"{failure.source}: {failure.message}"



def changed_line(changed: Changed) -> str:
    """What became of a known path's new text."""
    if changed.replaced:
        return f"{changed.source} holds a new text of article {changed.article_id[:10]}: stored as its new version"
    return (f"{changed.source} holds another text than the one stored from it: stored as article "
            f"{changed.article_id[:10]}, the earlier one kept")
