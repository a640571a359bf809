"""Bytes to text, refusing what is not an article: empty, binary, undecodable.

UTF-8 is tried first; then the encoding a byte-order mark or an HTML page declares; then the
legacy Western encodings pages and text files used before UTF-8 (Windows, ISO, Mac and DOS code
pages), ranked by charset-normalizer on how the text reads, the first that reads as text kept.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..model.article import RawArticle

# Legacy encodings of Western European text, by preference when two read alike (cp1252 holds Latin-1).
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "mac_roman", "cp850")
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
    for text in (*_declared_reading(data), *_legacy_readings(data)):
        if looks_like_text(text):
            return text
    raise InputError("V104", source=raw.source)


def _declared_reading(data: bytes) -> list[str]:
    """The text in the charset an HTML page declares, when it declares one that decodes it."""
    for encoding in _declared_charset(data):
        try:
            return [data.decode(encoding)]
        except (UnicodeDecodeError, LookupError):
            pass
    return []


def _legacy_readings(data: bytes) -> list[str]:
    """The text in each legacy encoding charset-normalizer finds plausible, the best reading first:
    fewest characters text never holds, then least chaos (its measure of mess), then preference.
    Two code pages can read the same bytes into different letters (cp850's è is cp1252's Š):
    only how the text reads tells them apart."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS), explain=False)
    readings = [(str(m), m.chaos, LEGACY_ENCODINGS.index(m.encoding)) for m in matches if m.encoding in LEGACY_ENCODINGS]
    readings.sort(key=lambda r: (odd_count(r[0]), r[1], r[2]))
    return [text for text, _, _ in readings] or _fallback(data)


def _fallback(data: bytes) -> list[str]:
    """cp1252 when charset-normalizer finds nothing plausible (it decodes any byte but five)."""
    try:
        return [data.decode(LEGACY_ENCODINGS[0])]
    except UnicodeDecodeError:
        return []


def looks_like_text(text: str) -> bool:
    """Few characters that running text never holds: binary data or a wrong encoding is full of them."""
    if not text:
        return False
    return odd_count(text) <= len(text) * MAX_ODD_SHARE


def odd_count(text: str) -> int:
    """How many characters of the text running text never holds."""
    return sum(1 for c in text if _is_odd(c))


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
