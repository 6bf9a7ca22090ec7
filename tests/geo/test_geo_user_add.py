"""`otkaz gazetteer add` refuses codes that do not exist or contradict, and never duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.geo import gazetteer_add
from otkaz.geo.gazetteer import read_user_rows


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OTKAZ_HOME", str(tmp_path))
    return tmp_path


def test_unknown_admin1_is_refused_with_close_codes(home: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown ISO 3166-2 region RU-ZZZ; close: RU-") as err:
        gazetteer_add("Ushmun", admin1="RU-ZZZ", lat=51.6, lon=118.9)
    assert "\n" not in str(err.value)
    with pytest.raises(ValueError, match="close: RU-ZAB"):
        gazetteer_add("Ushmun", admin1="RU-ZAV", lat=51.6, lon=118.9)
    with pytest.raises(ValueError, match="unknown ISO 3166-2 region XX-YYY; no region codes start with XX-"):
        gazetteer_add("Nowhere", admin1="XX-YYY", lat=1.0, lon=1.0)
    assert not (home / "gazetteer.csv").exists()


def test_country_must_match_admin1_prefix(home: Path) -> None:
    with pytest.raises(ValueError, match="--country UA contradicts --admin1 RU-ZAB"):
        gazetteer_add("Ushmun", admin1="RU-ZAB", lat=51.6, lon=118.9, country="UA")
    assert not (home / "gazetteer.csv").exists()
    gazetteer_add("Ushmun", admin1="RU-ZAB", lat=51.6, lon=118.9, country="ru")
    assert read_user_rows(home / "gazetteer.csv")[0]["country"] == "RU"


def test_adding_the_same_place_again_updates_it(home: Path) -> None:
    first = gazetteer_add("Ushmun", admin1="RU-ZAB", lat=51.6, lon=118.9, aliases=["Ушмун"])
    gazetteer_add("Shelopugino", admin1="RU-ZAB", lat=51.65, lon=117.76)
    again = gazetteer_add("ushmun", admin1="ru-zab", lat=51.61, lon=118.95, aliases=["Ushmun'"])
    assert first.startswith("added") and again.startswith("updated")
    rows = read_user_rows(home / "gazetteer.csv")
    assert [r["name"] for r in rows] == ["Ushmun", "Shelopugino"]
    assert (rows[0]["lat"], rows[0]["lon"]) == ("51.610000", "118.950000")
    assert rows[0]["aliases"].split("|") == ["Ушмун", "Ushmun'"]
    # Same name in another region is a different place.
    gazetteer_add("Ushmun", admin1="RU-AMU", lat=53.0, lon=127.0)
    assert len(read_user_rows(home / "gazetteer.csv")) == 3


def test_cli_prints_one_line_errors(home: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(cli, ["gazetteer", "add", "Ushmun", "--admin1", "RU-ZZZ",
                              "--lat", "51.6", "--lon", "118.9"])
    assert bad.exit_code != 0 and "Traceback" not in bad.output
    assert "unknown ISO 3166-2 region RU-ZZZ" in bad.output
    args = ["gazetteer", "add", "Ushmun", "--admin1", "RU-ZAB", "--lat", "51.6", "--lon", "118.9"]
    assert runner.invoke(cli, args).output.startswith("added")
    assert runner.invoke(cli, args).output.startswith("updated")
    assert len(read_user_rows(home / "gazetteer.csv")) == 1
