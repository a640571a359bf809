"""The article text as HTML with every annotation in place: entities, times, quotes, evidence sentences.

Annotations are character spans over the text. HTML needs them nested, so spans are taken
outermost first (a quote around the names it contains) and a span that crosses one already
taken is left out rather than breaking the markup. Paragraph breaks close the open spans and
reopen them in the next paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from .readable import readable

# Outer layers first when two spans start at the same place and are as long.
LAYER_QUOTE, LAYER_EVIDENCE, LAYER_INNER = 0, 1, 2


@dataclass(frozen=True)
class Span:
    """One annotation: where it is, how deep it nests, and its opening and closing tags."""

    start: int
    end: int
    layer: int
    open: str
    close: str


def annotated_html(article: dict[str, Any], lang: str) -> Markup:
    """The article's text as paragraphs of HTML, annotations in place (article: veille.queries.lists.article_dict);
    time values are written out in `lang` on hover."""
    text: str = article["text"]
    spans = (_entity_spans(article) + _time_spans(article, lang) + _quote_spans(article)
             + _evidence_spans(article))
    return render(text, nested(spans, len(text)))


def locate(article: dict[str, Any], surface: str, start: int, end: int) -> tuple[int, int] | None:
    """Where `surface` really is in the text: the stored offsets when they point at it, else the
    occurrence nearest to them (records stored by an older version may be shifted); None when
    the words are not in the body at all (a headline mention has offsets -1)."""
    text = article["text"]
    if not surface:
        return None
    if start >= 0 and text[start:start + len(surface)] == surface:
        return start, start + len(surface)
    found, at = None, text.find(surface)
    while at >= 0:
        if found is None or abs(at - start) < abs(found - start):
            found = at
        at = text.find(surface, at + 1)
    return (found, found + len(surface)) if found is not None else None


def nested(spans: list[Span], length: int) -> list[Span]:
    """The spans that nest properly, longest first at each start; crossing and out-of-range ones dropped."""
    chosen: list[Span] = []
    open_ends: list[int] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.layer)):
        if not 0 <= span.start < span.end <= length:
            continue
        while open_ends and open_ends[-1] <= span.start:
            open_ends.pop()
        if open_ends and span.end > open_ends[-1]:
            continue  # crosses an enclosing span
        chosen.append(span)
        open_ends.append(span.end)
    return chosen


def render(text: str, spans: list[Span]) -> Markup:
    """Text and nested spans as <p> paragraphs (blank lines) with <br> for single line breaks."""
    starts: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    out: list[str] = ["<p>"]
    stack: list[Span] = []
    i = 0
    while i < len(text):
        while stack and stack[-1].end == i:
            out.append(stack.pop().close)
        for span in starts.get(i, []):
            out.append(span.open)
            stack.append(span)
        if text.startswith("\n\n", i):
            j = i
            while j < len(text) and text[j] == "\n":
                j += 1
            if not any(s.end <= j for s in stack):  # no span ends inside the break
                out += [s.close for s in reversed(stack)] + ["</p>\n<p>"] + [s.open for s in stack]
                i = j
                continue
        out.append("<br>" if text[i] == "\n" else str(escape(text[i])))
        i += 1
    out += [s.close for s in reversed(stack)] + ["</p>"]
    return Markup("".join(out))


def _entity_spans(article: dict[str, Any]) -> list[Span]:
    spans = []
    for entity in article["entities"]:
        label = " · ".join(x for x in (entity["name"], entity["type"], entity["country"]) if x)
        attrs = f'class="ent ent-{escape(entity["type"])}" title="{escape(label)}" data-entity="{escape(entity["id"])}"'
        if entity.get("actor"):
            tag, close = f'<a {attrs} href="/actors/{quote(entity["actor"], safe=":")}">', "</a>"
        else:
            tag, close = f"<span {attrs}>", "</span>"
        for m in entity["mentions"]:
            if where := locate(article, m["text"], m["start"], m["end"]):
                spans.append(Span(*where, LAYER_INNER, tag, close))
    return spans


def _time_spans(article: dict[str, Any], lang: str) -> list[Span]:
    spans = []
    for t in article["times"]:
        value = t["value"] or "unresolved"
        words = readable(t["value"], lang)
        shown = f"{words} ({value})" if t["value"] and words != value else value  # the words, and the TIMEX3 value
        tag = (f'<time class="timex" datetime="{escape(t["value"] or "")}" data-value="{escape(value)}" '
               f'data-readable="{escape(words or value)}" title="{escape(t["type"])}: {escape(shown)}" tabindex="0">')
        if where := locate(article, t["text"], t["start"], t["end"]):
            spans.append(Span(*where, LAYER_INNER, tag, "</time>"))
    return spans


def _quote_spans(article: dict[str, Any]) -> list[Span]:
    spans = []
    for q in article["quotes"]:
        speaker = q["speaker"] or "unknown speaker"
        badge = f'<span class="speaker" aria-hidden="true">{escape(speaker)}</span>'
        tag = f'<q class="quote{" indirect" if not q["direct"] else ""}" data-speaker="{escape(speaker)}">{badge}'
        if where := locate(article, q["text"], q["start"], q["end"]):
            spans.append(Span(*where, LAYER_QUOTE, tag, "</q>"))
    return spans


def _evidence_spans(article: dict[str, Any]) -> list[Span]:
    """Each event's evidence sentence, found in the text, as a target the events table links to."""
    spans = []
    text = article["text"]
    for i, event in enumerate(article["events"]):
        sentence = event["sentence"].strip()
        at = text.find(sentence) if sentence else -1
        if at >= 0:
            tag = f'<span class="evidence status-{escape(event["status"])}" id="ev-{i}">'
            spans.append(Span(at, at + len(sentence), LAYER_EVIDENCE, tag, "</span>"))
    return spans


def evidence_html(sentence: str, trigger: str) -> Markup:
    """An evidence sentence with its trigger word in <mark>."""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return escape(sentence)
    return escape(sentence[:at]) + Markup("<mark>") + escape(trigger) + Markup("</mark>") + escape(sentence[at + len(trigger):])
