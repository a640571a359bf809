"""Small SVG bar charts drawn on the server: the pages need no chart library and work without JS.

The horizontal axis is time: one slot per month (or ISO week) from the first period to the last,
empty ones included, so that two years without events look like two years. Undated counts get a slot of
their own after a break. Each bar links to what it counts (`link`), and its tooltip names it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 760, 220
WIDE = 1120  # a chart that has the page's width to itself (the dyad timeline)
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_RIGHT = 34, 46, 12, 8
MAX_BAR = 48
MAX_TICKS = 12  # labelled periods at most: the others are still drawn, with a tooltip
UNDATED = "undated"

Link = Callable[[str], str]


@dataclass(frozen=True)
class Words:
    """What the chart writes: a period's label, the word for undated, and the empty chart's note."""

    period: Callable[[str], str] = str
    undated: str = UNDATED
    empty: str = "Nothing to plot."


def periods_between(first: str, last: str) -> list[str]:
    """Every month (2024-05) or ISO week (2024-W21) from first to last, both included."""
    if "-W" in first:
        day, end = _monday(first), _monday(last)
        out = []
        while day <= end:
            year, week, _ = day.isocalendar()
            out.append(f"{year}-W{week:02d}")
            day += timedelta(weeks=1)
        return out
    year, month = (int(x) for x in first.split("-"))
    end_year, end_month = (int(x) for x in last.split("-"))
    out = []
    while (year, month) <= (end_year, end_month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def period_days(period: str) -> tuple[str, str]:
    """The first and last day of a month or ISO week, as ISO days (for links to what a bar counts)."""
    if "-W" in period:
        monday = _monday(period)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    year, month = (int(x) for x in period.split("-"))
    following = date(year + month // 12, month % 12 + 1, 1)
    return f"{year:04d}-{month:02d}-01", (following - timedelta(days=1)).isoformat()


def _monday(week: str) -> date:
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1)


def on_time_axis(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with every missing period between the first and the last added with no counts;
    an undated row stays last."""
    dated = {r["period"]: r for r in rows if r["period"] != UNDATED}
    undated = [r for r in rows if r["period"] == UNDATED]
    if not dated:
        return undated
    ordered = sorted(dated)
    filled = [dated.get(p, {"period": p, "counts": {}}) for p in periods_between(ordered[0], ordered[-1])]
    return filled + undated


def stacked_bars(rows: list[dict[str, Any]], layers: list[dict[str, str]], label: str, *,
                 words: Words = Words(), link: Link | None = None, width: int = WIDTH) -> Markup:
    """Bars per period on a time axis, stacked by layer.

    rows: [{"period": "2024-05", "counts": {layer_key: n}}] (months or weeks, any order, gaps
    allowed); layers: [{"key", "label", "colour"}]. link(period) is where a bar leads.
    """
    rows = on_time_axis(rows)
    if not rows:
        return Markup(f'<p class="empty">{escape(words.empty)}</p>')
    top = max(sum(r["counts"].values()) for r in rows) or 1
    plot_w, plot_h = width - MARGIN_LEFT - MARGIN_RIGHT, HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    step = plot_w / len(rows)
    bar = min(MAX_BAR, step * 0.8)
    every = -(-len(rows) // MAX_TICKS)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {HEIGHT}" role="img" aria-label="{escape(label)}" '
             f'data-periods="{len(rows)}">']
    parts += _axis(top, plot_h, width)
    for i, row in enumerate(rows):
        x = MARGIN_LEFT + i * step + (step - bar) / 2
        name = words.undated if row["period"] == UNDATED else words.period(row["period"])
        bars = _bar(row, layers, x, bar, top, plot_h, name)
        if bars and link and row["period"] != UNDATED:
            bars = f'<a class="bar-link" href="{escape(link(row["period"]))}">{bars}</a>'
        parts.append(f'<g class="period" data-period="{escape(row["period"])}">{bars}</g>')
        if i % every == 0 or row["period"] == UNDATED:
            parts.append(_tick(x + bar / 2, plot_h, name))
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(row: dict[str, Any], layers: list[dict[str, str]], x: float, bar: float, top: int, plot_h: float,
         name: str) -> str:
    """One period's stacked segments, each with a tooltip saying what it counts."""
    y = MARGIN_TOP + plot_h
    segments = []
    for layer in layers:
        n = row["counts"].get(layer["key"], 0)
        if not n:
            continue
        h = plot_h * n / top
        y -= h
        segments.append(
            f'<rect class="bar q-{escape(layer["key"])}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
            f'height="{h:.1f}" fill="{escape(layer["colour"])}"><title>{escape(name)}: {n} '
            f'{escape(layer["label"])}</title></rect>'
        )
    return "".join(segments)


def _tick(x: float, plot_h: float, name: str) -> str:
    y = MARGIN_TOP + plot_h + 16
    return (f'<text class="tick" x="{x:.1f}" y="{y}" text-anchor="end" '
            f'transform="rotate(-35 {x:.1f} {y})">{escape(name)}</text>')


def _axis(top: int, plot_h: float, width: int) -> list[str]:
    """A baseline and up to four labelled gridlines at whole numbers."""
    step = max(1, -(-top // 4))
    lines = []
    for value in range(0, top + 1, step):
        y = MARGIN_TOP + plot_h - plot_h * value / top
        lines.append(f'<line class="grid" x1="{MARGIN_LEFT}" x2="{width - MARGIN_RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        lines.append(f'<text class="tick" x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    return lines


def simple_bars(rows: list[dict[str, Any]], colour: str, label: str, **options: Any) -> Markup:
    """One series of bars: rows [{"period", "count"}]; options as stacked_bars'."""
    layer = {"key": "count", "label": label, "colour": colour}
    return stacked_bars([{"period": r["period"], "counts": {"count": r["count"]}} for r in rows], [layer], label,
                        **options)
