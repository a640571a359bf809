"""Data objects that flow through veille: RawArticle -> Article -> (spaCy Doc) -> Record."""
