"""veille.web.charts: a real time axis (every period between the first and the last) and bar links."""
from __future__ import annotations

import re

from veille.web.charts import on_time_axis, period_days, periods_between, simple_bars, stacked_bars


def test_months_between_cross_a_year_and_keep_empty_ones():
    assert periods_between("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert len(periods_between("2022-02", "2024-11")) == 34


def test_iso_weeks_between_cross_a_year():
    assert periods_between("2024-W52", "2025-W02") == ["2024-W52", "2025-W01", "2025-W02"]
    assert periods_between("2020-W52", "2021-W01") == ["2020-W52", "2020-W53", "2021-W01"]


def test_period_days_of_months_and_weeks():
    assert period_days("2024-02") == ("2024-02-01", "2024-02-29")
    assert period_days("2024-12") == ("2024-12-01", "2024-12-31")
    assert period_days("2025-W10") == ("2025-03-03", "2025-03-09")


def test_the_axis_keeps_the_gap_and_puts_undated_last():
    rows = [{"period": "undated", "counts": {"a": 1}}, {"period": "2024-11", "counts": {"a": 2}},
            {"period": "2022-02", "counts": {"a": 1}}]
    axis = on_time_axis(rows)
    assert [r["period"] for r in axis][:2] == ["2022-02", "2022-03"] and axis[-2]["period"] == "2024-11"
    assert axis[-1]["period"] == "undated" and len(axis) == 34 + 1


def test_a_chart_draws_a_slot_per_period_and_few_labels():
    svg = simple_bars([{"period": "2022-02", "count": 1}, {"period": "2024-11", "count": 3}], "#000", "mentions",
                      link=lambda p: f"/x?p={p}")
    assert svg.count('<g class="period"') == 34 and svg.count("<rect") == 2
    assert len(re.findall(r'<text class="tick"[^>]*rotate', svg)) <= 12
    xs = [float(x) for x in re.findall(r'<rect class="bar q-count" x="([\d.]+)"', svg)]
    assert xs[1] - xs[0] > 600  # 33 months apart: across the chart, not side by side
    assert '<a class="bar-link" href="/x?p=2024-11">' in svg


def test_nothing_to_plot():
    assert "Nothing to plot" in stacked_bars([], [], "x")
