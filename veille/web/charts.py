"""Small SVG bar charts drawn on the server: the pages need no chart library and work without JS."""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 760, 220
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 34, 46, 12
MAX_BAR = 48


def stacked_bars(rows: list[dict[str, Any]], layers: list[dict[str, str]], label: str) -> Markup:
    """Bars per period, stacked by layer.

    rows: [{"period": "2024-05", "counts": {layer_key: n}}]; layers: [{"key", "label", "colour"}].
    Every bar segment has a <title> so hovering shows what it counts.
    """
    if not rows:
        return Markup('<p class="empty">Nothing to plot.</p>')
    top = max(sum(r["counts"].values()) for r in rows) or 1
    plot_w, plot_h = WIDTH - MARGIN_LEFT - 8, HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    step = plot_w / len(rows)
    bar = min(MAX_BAR, step * 0.7)
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(label)}">']
    parts += _axis(top, plot_h)
    for i, row in enumerate(rows):
        x = MARGIN_LEFT + i * step + (step - bar) / 2
        y = MARGIN_TOP + plot_h
        for layer in layers:
            n = row["counts"].get(layer["key"], 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(
                f'<rect class="bar q-{escape(layer["key"])}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{escape(layer["colour"])}"><title>{escape(row["period"])}: {n} '
                f'{escape(layer["label"])}</title></rect>'
            )
        parts.append(
            f'<text class="tick" x="{x + bar / 2:.1f}" y="{MARGIN_TOP + plot_h + 16}" text-anchor="end" '
            f'transform="rotate(-35 {x + bar / 2:.1f} {MARGIN_TOP + plot_h + 16})">{escape(row["period"])}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _axis(top: int, plot_h: float) -> list[str]:
    """A baseline and up to four labelled gridlines at whole numbers."""
    step = max(1, -(-top // 4))
    lines = []
    for value in range(0, top + 1, step):
        y = MARGIN_TOP + plot_h - plot_h * value / top
        lines.append(f'<line class="grid" x1="{MARGIN_LEFT}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}"/>')
        lines.append(f'<text class="tick" x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    return lines


def simple_bars(rows: list[dict[str, Any]], colour: str, label: str) -> Markup:
    """One series of bars: rows [{"period", "count"}]."""
    layer = {"key": "count", "label": label, "colour": colour}
    return stacked_bars([{"period": r["period"], "counts": {"count": r["count"]}} for r in rows], [layer], label)
