"""Schema version 6 (PostgreSQL): each article is indexed for search in its own language.

Version 3 indexed every article with one configuration made for French. Now each analysed language
whose data names a PostgreSQL stemmer (veille/lang/<code>/search.json) gets `veille_<code>`, a copy
of that configuration with accents folded by unaccent, and the function `veille_search_config`
maps an article's language to it (`simple`, word by word, for any other). The generated column uses
that function, and so do the queries (veille.search), so both read a text the same way. The column
is computed again for every stored article (a minute or two per 100,000 articles).
Adding a language later means a new revision that makes its configuration and redefines the function.

Revision ID: 0006
"""
from __future__ import annotations

from alembic import op

from veille.search import pg_configuration, pg_stemmers
from veille.store.revisions.versions import record_version

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UNACCENT = "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"
# The unaccent dictionary, wherever the extension was installed.
UNACCENT_DICT = ("SELECT n.nspname || '.unaccent' FROM pg_extension e JOIN pg_namespace n "
                 "ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'")


def _configuration(name: str, base: str, stemmer: str, unaccent: str) -> list[str]:
    return [
        f"DO $$ BEGIN CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base}); "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$",
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word WITH {unaccent}, {stemmer}",
    ]


def _function(configurations: dict[str, str]) -> str:
    cases = " ".join(f"WHEN '{code}' THEN '{name}'::regconfig" for code, name in configurations.items())
    choice = f"CASE language {cases} ELSE 'simple'::regconfig END" if cases else "'simple'::regconfig"
    return ("CREATE OR REPLACE FUNCTION veille_search_config(language text) RETURNS regconfig "
            f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT {choice} $$")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(UNACCENT)
        unaccent = str(bind.exec_driver_sql(UNACCENT_DICT).scalar())
        configurations = {}
        for code, (base, stemmer) in pg_stemmers().items():
            configurations[code] = pg_configuration(code)
            for statement in _configuration(configurations[code], base, stemmer, unaccent):
                op.execute(statement)
        op.execute(_function(configurations))
        op.execute("ALTER TABLE articles DROP COLUMN search")  # its index goes with it
        op.execute("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
                   "(to_tsvector(veille_search_config(language), coalesce(title, '') || ' ' || text)) STORED")
        op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")
    record_version(6)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
