"""Every error veille raises, with coded, actionable messages.

    VeilleError
    ├── InputError        an input cannot be read (missing, empty, binary, bad encoding, a bad record in a container)
    │   └── FetchError    a page or feed cannot be fetched (network, HTTP status, robots.txt)
    ├── ExtractionError   an input was read but holds no article text
    ├── PipelineError     the NLP pipeline is mis-built or a stage failed
    ├── StoreError        the database cannot be opened or written
    └── ConfigError       a setting or option has a bad value

The library raises these; only the CLI prints them (one line, naming the input).
"""
from __future__ import annotations


class Messages:
    """Message templates: `[Vnnn] text`, formatted with the input's name and the reason."""

    V101 = "cannot read {source}: {reason}"
    V102 = "{source} is empty"
    V103 = "{source} looks binary, not a text or HTML article"
    V104 = "{source} is not UTF-8 text and no other encoding fits"
    V105 = "{source}: no such file or directory"
    V106 = "{source} has no article file (.txt, .html, .jsonl, .warc, .rss, .atom, gzipped or not)"
    V107 = "{source}: not a kind of file veille reads (.txt, .html, .jsonl, .warc, .rss, .atom, gzipped or not)"
    V108 = "{source}: the gzip stream is cut short or corrupt: {reason}"
    V110 = "{source}: line {line} is not a JSON object: {reason}"
    V111 = "{source}: record has no 'text' or 'html' field (keys: {keys})"
    V112 = "{source}: cannot read the WARC file after {done} record(s): {reason}"
    V113 = "{source}: not an RSS or Atom feed: {reason}"
    V114 = "{source}: feed item has neither content nor summary (let `veille watch` fetch its page)"
    V115 = "cannot fetch {source}: {reason}"
    V116 = "{source}: robots.txt disallows fetching it"
    V117 = "{source} is not a veille Parquet batch: {reason}"
    V201 = "{source}: no article text found in the page (is it an index or a login page?)"
    V202 = "{source}: the page could not be read: {reason}"
    V203 = "{source}: the article is {length} characters long, more than veille reads in one article ({limit}); split it"
    V204 = "{source}: no article text found above the page's first {depth} levels of nested tags, as deep as the HTML parser reads"
    V301 = "pipeline stage {stage} returned {got}, not a Doc"
    V302 = "pipeline stage {stage} needs {needs}, which no earlier stage assigns"
    V303 = "cannot load the spaCy model {model}: {reason}. Run `make install` to install it"
    V304 = "stage {stage} failed on {source}: {reason}"
    V401 = "cannot open the database {url}: {reason}"
    V402 = "no article with id {id} in {url}"
    V403 = "a query on {url} took longer than its time limit and was stopped: narrow it down"
    V501 = "bad value for {name}: {reason}"
    V502 = "unknown language {lang}: veille has data for {known}"


class VeilleError(Exception):
    """Base class: every error veille raises on purpose."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = getattr(Messages, code)
        super().__init__(f"[{code}] " + template.format(**fields))


class InputError(VeilleError):
    """An input cannot be read."""


class FetchError(InputError):
    """A page or feed cannot be fetched."""


class ExtractionError(VeilleError):
    """An input was read but holds no article."""


class PipelineError(VeilleError):
    """The NLP pipeline is mis-built, or one of its stages failed."""


class StoreError(VeilleError):
    """The database cannot be opened, read or written."""


class ConfigError(VeilleError):
    """A setting has a bad value."""
