"""The dev-set floors of the issues, scored by the shared scorer on what veille writes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.errors import ConfigError
from veille.evaluate import Shortfall, metric, score, shortfalls, write_records

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
LIMITS = json.loads((ROOT / "scripts" / "eval_floors.json").read_text(encoding="utf-8"))

needs_shared = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/eval is not beside the repo")


def test_evaluate_metric_reads_nested_and_acc_nodes():
    report = {"entities": {"f1": 0.9, "splits": 3}, "document": {"title": {"acc": 0.5, "ok": 1, "n": 2}}}
    assert metric(report, "entities.f1") == 0.9
    assert metric(report, "document.title") == 0.5
    assert metric({"events": {"status_acc": None}}, "events.status_acc") == 0.0


@pytest.mark.parametrize("path", ["events.f1", "entities.f2", "entities.f1.acc", "document.titel"])
def test_evaluate_metric_refuses_a_figure_the_report_does_not_hold(path):
    report = {"entities": {"f1": 0.9}, "document": {"title": {"acc": 0.5}}}
    with pytest.raises(ConfigError, match=path.replace(".", r"\.")):
        metric(report, path)


def test_evaluate_shortfalls_flags_floors_and_ceilings():
    limits = {"floors": {"g": {"entities.f1": 0.9}}, "ceilings": {"g": {"entities.splits": 5}}}
    report = {"entities": {"f1": 0.8, "splits": 7}}
    assert shortfalls(report, limits) == [
        Shortfall("g", "entities.f1", 0.8, 0.9, "floor"),
        Shortfall("g", "entities.splits", 7.0, 5, "ceiling"),
    ]


@pytest.fixture(scope="module")
def dev_report(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("dev-records")
    failures = write_records(SHARED / "dev" / "texts", out)
    assert failures == []
    return score(SHARED / "score.py", SHARED / "dev" / "gold", out)


@needs_shared
@pytest.mark.model
@pytest.mark.eval
@pytest.mark.parametrize("group", sorted(LIMITS["floors"]))
def test_eval_gate_dev_set_holds_the_floors(dev_report, group):
    limits = {kind: {group: LIMITS[kind][group]} for kind in ("floors", "ceilings") if group in LIMITS[kind]}
    assert [str(s) for s in shortfalls(dev_report, limits)] == []
