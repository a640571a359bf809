"""Bytes to text, refusing what is not an article: empty, binary, undecodable.

UTF-8 is tried first; then the encoding a byte-order mark or an HTML page declares; then the
legacy Western encoding French pages used before UTF-8 (cp1252, a superset of Latin-1), kept
only when the result reads as text.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..model.article import RawArticle

FALLBACK_ENCODINGS = ("cp1252",)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
# the opening bytes of file formats that are sometimes saved with a .txt or .html name
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# share of characters that ordinary text never holds (controls, symbols of a wrong decoding)
MAX_ODD_SHARE = 0.02


def decode(raw: RawArticle) -> str:
    """The article's text; raises InputError V102 (empty), V103 (binary) or V104 (no encoding fits)."""
    data = raw.data
    if not data.strip():
        raise InputError("V102", source=raw.source)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_or_fail(raw, data, encoding)
    if data.lstrip().startswith(BINARY_SIGNATURES) or b"\x00" in data[:4096]:
        raise InputError("V103", source=raw.source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        # a file cut short (an interrupted download) may end in the middle of a character
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            return data[: err.start].decode("utf-8-sig")
    for encoding in (*_declared_charset(data), *FALLBACK_ENCODINGS):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if looks_like_text(text):
            return text
    raise InputError("V104", source=raw.source)


def looks_like_text(text: str) -> bool:
    """Few characters that running text never holds: binary data or a wrong encoding is full of them."""
    if not text:
        return False
    odd = sum(1 for c in text if _is_odd(c))
    return odd <= len(text) * MAX_ODD_SHARE


def _is_odd(char: str) -> bool:
    code = ord(char)
    if code < 32:
        return char not in "\n\r\t\f"
    # C1 controls, and the cp1252 symbols that show up when UTF-8 or binary bytes are misread
    return 0x7F <= code < 0xA0 or char in "ƒ†‡ˆ‰‹Ž˜™›Ÿ¤¦¨¯´¸¬¶þÞðÐ"


def _declared_charset(data: bytes) -> list[str]:
    """The charset an HTML page declares in its first bytes, when it names one other than UTF-8."""
    match = DECLARED_CHARSET.search(data[:4096])
    if not match:
        return []
    name = match.group(1).decode("ascii", "ignore").lower()
    return [] if name.replace("-", "") in ("utf8", "utf") else [name]


def _decode_or_fail(raw: RawArticle, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError("V104", source=raw.source) from err
