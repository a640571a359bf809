"""`veille analyze`: records written for every input, none lost to a name two inputs share,
and a bad input among good ones reported while the others are read."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille

SAMPLES = Path(veille.__file__).parent / "samples"


@pytest.mark.model
def test_analyze_same_name_twice_writes_both_and_a_bad_path_does_not_stop_the_run(app, runner, tmp_path: Path):
    text = sorted(SAMPLES.glob("*.txt"))[0]
    page = sorted(SAMPLES.glob("*.html"))[0]
    (tmp_path / "a.txt").write_bytes(text.read_bytes())
    (tmp_path / "a.html").write_bytes(page.read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "absent.txt"),
                                 str(tmp_path / "a.html"), "--out", str(out)])
    assert result.exit_code == 1
    assert "2 record(s) written" in result.stdout and "1 failed" in result.stdout
    assert "absent.txt" in result.stderr
    written = sorted(p.name for p in out.glob("*.json"))
    assert len(written) == 2 and "a.json" in written
    titles = {json.loads(p.read_text(encoding="utf-8"))["title"] for p in out.glob("*.json")}
    assert len(titles) == 2


@pytest.mark.model
def test_analyze_json_prints_one_record_a_line(app, runner):
    inputs = [str(p) for p in sorted(SAMPLES.glob("*.txt"))[:2]]
    result = runner.invoke(app, ["analyze", *inputs, "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["title"] for line in lines)
