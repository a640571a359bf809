"""The query layer the API and the web pages share, one implementation for both: article and event
lists (`lists`), actors, dyads and places (`aggregates`, `actors`), the checked filters they take
(`filters`) and the quad classes of PLOVER types (`quads`). No FastAPI here: plain functions over a store."""
