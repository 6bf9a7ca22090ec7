"""`otkaz extract` as a user meets it: JSONL in, one prediction per good line out, clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.models import Prediction
from otkaz.runners.extract import extract, read_predictions

# Written for these tests; facts are invented.
RELEVANT = {
    "id": "t-relevant", "language": "en", "published_at": "2024-03-05",
    "title": "Soldiers walk out of a training ground",
    "text": ("Twelve contract soldiers left their unit near Kazan without permission on 3 March, "
             "a local news site reported. Military police later detained five of them, and the "
             "others are still being sought. A criminal case for desertion has been opened."),
}
IRRELEVANT = {
    "id": "t-weather", "language": "en", "published_at": "2024-03-05",
    "title": "Snow expected this weekend",
    "text": "Forecasters expect heavy snow in the north of the region on Saturday and Sunday.",
}
RUSSIAN = {
    "id": "t-ru", "language": "ru", "published_at": "2023-06-10",
    "title": "Мобилизованные отказались ехать на фронт",
    "text": ("Около тридцати мобилизованных из Белгородской области написали рапорты об отказе "
             "участвовать в боевых действиях, сообщили их родственники."),
}


def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_writes_one_valid_prediction_per_article_in_order(tmp_path: Path, capsys: Any) -> None:
    source = write_lines(tmp_path / "a.jsonl", *(json.dumps(a, ensure_ascii=False)
                                                for a in (RELEVANT, IRRELEVANT, RUSSIAN)))
    out = tmp_path / "p.jsonl"
    report = extract(source, out)
    assert report.ok
    predictions = read_predictions(out)
    assert [p["article_id"] for p in predictions] == ["t-relevant", "t-weather", "t-ru"]
    for prediction in predictions:
        Prediction.model_validate(prediction)
    assert predictions[0]["relevant"] and predictions[0]["incidents"]
    assert not predictions[1]["relevant"] and not predictions[1]["incidents"]
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("3 articles, ")
    assert f"{report.relevant} relevant" in summary and "0 bad lines" in summary
    assert report.articles_per_second > 0


def test_bad_lines_are_reported_by_line_and_the_rest_extracted(tmp_path: Path, capsys: Any) -> None:
    source = write_lines(tmp_path / "a.jsonl", json.dumps(RELEVANT), "{not json",
                         json.dumps({"id": "x", "text": "   "}), "", json.dumps(["a list"]),
                         json.dumps(IRRELEVANT))
    out = tmp_path / "p.jsonl"
    report = extract(source, out)
    assert not report.ok and report.bad_lines == 3
    err = capsys.readouterr().err
    assert f"{source}:2: not JSON" in err
    assert f"{source}:3: text: " in err
    assert f"{source}:5: expected a JSON object" in err
    assert "Traceback" not in err
    assert [p["article_id"] for p in read_predictions(out)] == ["t-relevant", "t-weather"]


def test_invalid_utf8_line_is_one_bad_line(tmp_path: Path, capsys: Any) -> None:
    source = tmp_path / "a.jsonl"
    source.write_bytes(json.dumps(IRRELEVANT).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    report = extract(source, tmp_path / "p.jsonl")
    assert report.bad_lines == 1 and report.articles == 1
    assert f"{source}:2: not UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_file_is_a_clear_failure(tmp_path: Path, capsys: Any, content: str) -> None:
    source = tmp_path / "empty.jsonl"
    source.write_text(content)
    report = extract(source, tmp_path / "p.jsonl")
    assert not report.ok
    assert f"{source}: is empty" in capsys.readouterr().err
    assert not (tmp_path / "p.jsonl").exists()


def test_missing_file_and_directory_are_one_line_errors(tmp_path: Path, capsys: Any) -> None:
    assert not extract(tmp_path / "nope.jsonl").ok
    assert not extract(tmp_path).ok
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{tmp_path / 'nope.jsonl'}: no such file — give the path of an article JSONL file",
                   f"{tmp_path}: is a directory — give the path of an article JSONL file"]


def test_cli_writes_stdout_and_exit_code_reflects_bad_lines(tmp_path: Path) -> None:
    good = write_lines(tmp_path / "good.jsonl", json.dumps(IRRELEVANT))
    result = CliRunner().invoke(cli, ["extract", str(good), "--no-link"])
    assert result.exit_code == 0
    assert json.loads(result.stdout.strip())["article_id"] == "t-weather"
    bad = write_lines(tmp_path / "bad.jsonl", json.dumps(IRRELEVANT), "oops")
    assert CliRunner().invoke(cli, ["extract", str(bad), "-o", str(tmp_path / "p.jsonl")]).exit_code == 1


def test_unwritable_output_is_a_clear_failure(tmp_path: Path, capsys: Any) -> None:
    source = write_lines(tmp_path / "a.jsonl", json.dumps(IRRELEVANT))
    report = extract(source, tmp_path / "missing-dir" / "p.jsonl")
    assert not report.ok
    assert "cannot write" in capsys.readouterr().err
