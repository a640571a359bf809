"""Bytes to text, refusing what is not an article: empty, binary, undecodable."""
from __future__ import annotations

from ..errors import InputError
from ..model.article import RawArticle

FALLBACK_ENCODINGS = ("cp1252",)


def decode(raw: RawArticle) -> str:
    """The article's text; UTF-8 first (with or without BOM), then legacy Western encodings."""
    data = raw.data
    if not data.strip():
        raise InputError("V102", source=raw.source)
    if b"\x00" in data[:4096]:
        raise InputError("V103", source=raw.source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise InputError("V104", source=raw.source)


def _looks_like_text(text: str) -> bool:
    """Few control characters: binary data decoded as cp1252 is full of them."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    return controls <= len(text) // 200
