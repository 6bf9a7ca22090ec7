"""The CLI's help and exit codes as a user meets them: every option explained, bad runs non-zero."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from otkaz.cli import cli


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, prefix + (name,))
        else:
            found.append(prefix + (name,))
    return found


def test_every_option_of_every_command_has_help() -> None:
    undocumented = []
    for path in _commands(cli):
        command: click.Command = cli
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined]
        for param in command.params:
            if isinstance(param, click.Option) and not param.help and param.name != "help":
                undocumented.append(f"otkaz {' '.join(path)} {param.opts[-1]}")
    assert undocumented == []


def test_act_help_lists_the_codes() -> None:
    out = CliRunner().invoke(cli, ["incidents", "--help"]).output
    assert "desertion, mutiny, refusal, enforcement or" in out and "YYYY-MM-DD" in out


def test_eval_exits_non_zero_when_lines_were_left_out(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article_id": "a1", "relevant": False, "incidents": [],
                                "statistics": []}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"article_id": "a1", "relevant": false, "incidents": [], "statistics": []}\n{oops\n')
    result = CliRunner().invoke(cli, ["eval", str(gold), str(pred)])
    assert result.exit_code == 1, result.output
    assert "pred.jsonl:2: not JSON" in result.output
    assert "1 unreadable line(s) or file(s) were left out of the scores" in result.output
    assert CliRunner().invoke(cli, ["eval", str(gold), str(gold)]).exit_code == 0


def test_locate_refuses_a_language_it_does_not_read() -> None:
    result = CliRunner().invoke(cli, ["locate", "Paris", "--language", "fr"])
    assert result.exit_code == 2 and "'fr' is not one of 'ru', 'uk', 'en'" in result.output


def test_floors_raise_refuses_half_read_predictions_and_bad_floor_files(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article_id": "a1", "relevant": False, "incidents": [],
                                "statistics": []}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("{oops\n")
    floors = tmp_path / "floors.json"
    floors.write_text('{"relevance_f1": 0.5}\n')
    result = CliRunner().invoke(cli, ["floors", "raise", str(gold), str(pred), "--file", str(floors)])
    assert result.exit_code == 1 and "floors not raised" in result.output
    assert floors.read_text() == '{"relevance_f1": 0.5}\n'
    floors.write_text("garbage")
    result = CliRunner().invoke(cli, ["floors", "raise", str(gold), str(gold), "--file", str(floors)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {floors}: Expecting value")
    result = CliRunner().invoke(cli, ["floors", "raise", str(gold), str(gold), "--file",
                                      str(tmp_path / "no" / "floors.json")])
    assert result.exit_code == 1 and "No such file or directory" in result.output
    result = CliRunner().invoke(cli, ["floors", "raise", str(gold), str(gold), "--margin", "-5"])
    assert result.exit_code == 2 and "not in the range" in result.output


def test_locate_reads_standard_input_for_long_texts() -> None:
    text = "Под Новосибирском из части сбежали 10 военных. " * 3
    result = CliRunner().invoke(cli, ["locate", "-"], input=text)
    assert result.exit_code == 0 and "Novosibirsk" in result.output, result.output
