"""The REST API (FastAPI routes under /api/ and their response schemas); veille.app mounts it next to
the web pages. Its queries live in veille.queries, its request plumbing in veille.serving."""
