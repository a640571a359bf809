"""Ingestion: each module yields RawArticle from one kind of input."""
