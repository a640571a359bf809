"""What veille does with the rooms below it, one module per use: `ingest` reads inputs, analyses
them and keeps the records in a store; `export` writes what a store holds as JSON lines, CSV or a
GDELT table. The storage package (veille/store/) only keeps and queries records."""
