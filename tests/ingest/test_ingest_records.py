"""JSONL, JSON and CSV article records, and the column mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from otkaz.ingest import Fetched, Skip, parse_mapping, read_source


def _split(items: list[Fetched | Skip]) -> tuple[list[Fetched], list[Skip]]:
    return ([i for i in items if isinstance(i, Fetched)], [i for i in items if isinstance(i, Skip)])


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "articles.data"  # the name says nothing: the content decides
    lines = [
        json.dumps({"id": "case-1", "url": "https://x.example/1", "outlet": "X", "published_at":
                    "2024-11-13", "language": "en", "title": "T", "text": "Two soldiers fled."}),
        "{not json",
        json.dumps({"id": "case-3", "title": "no text here"}),
        "",
        json.dumps({"text": "Без идентификатора: статья о дезертирстве из части."}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    fetched, skipped = _split(list(read_source(str(path))))
    assert [f.article.id for f in fetched][0] == "case-1"
    assert fetched[1].article.id.startswith("a") and fetched[1].location == "line 5"
    assert fetched[1].article.language == "ru"
    assert {s.location for s in skipped} == {"line 2", "line 3", "line 6"}
    assert any("not valid JSON" in s.reason for s in skipped)
    assert any("no text" in s.reason for s in skipped)


def test_jsonl_with_bad_date_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Some text about a mutiny.", "published_at": "2024-13-45"})
                    + "\n" + json.dumps({"text": "Another story.", "published_at": "x"}) + "\n")
    _, skipped = _split(list(read_source(str(path))))
    assert skipped[0].location == "line 1"
    assert "published_at" in skipped[0].reason and "YYYY-MM-DD" in skipped[0].reason


def test_json_array_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"text": "A report about refusal to fight.", "url": "https://r.example"},
                                {"headline": "nothing else"}]))
    fetched, skipped = _split(list(read_source(str(path))))
    assert fetched[0].article.url == "https://r.example"
    assert skipped[0].location == "item 1"


def test_csv_with_mapping(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "story_id;body;link;when;site\n"
        "17;\"A conscript left his unit; police are searching, officials said.\";https://a.example/17;"
        "13.11.2024;Regional Daily\n"
        "18;;https://a.example/18;14.11.2024;Regional Daily\n",
        encoding="utf-8",
    )
    mapping = parse_mapping("text=body,url=link,published_at=when,outlet=site")
    fetched, skipped = _split(list(read_source(str(path), mapping)))
    assert len(fetched) == 1
    article = fetched[0].article
    assert article.text.startswith("A conscript left his unit; police")
    assert article.url == "https://a.example/17"
    assert article.published_at == "2024-11-13"
    assert article.outlet == "Regional Daily"
    assert skipped[0].location == "line 3" and "body" in skipped[0].reason


def test_csv_with_default_column_names(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("title,text,url\nHeadline,\"Soldiers refused to advance, a source said.\",https://b.example\n")
    fetched, _ = _split(list(read_source(str(path))))
    assert fetched[0].article.title == "Headline"
    assert fetched[0].article.url == "https://b.example"


def test_csv_mapping_to_missing_column_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("a,b\n1,2\n")
    skipped = list(read_source(str(path), parse_mapping("text=body")))
    assert len(skipped) == 1 and isinstance(skipped[0], Skip)
    assert "--mapping" in skipped[0].reason and "body" in skipped[0].reason
    # without a mapping, a table with no text column is still a table, not one big article
    skipped = list(read_source(str(path)))
    assert len(skipped) == 1 and isinstance(skipped[0], Skip)
    assert "no text column (columns: a, b); pass --mapping text=<column>" in skipped[0].reason


def test_prose_with_commas_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("Soldiers, officers and conscripts\n\nThe unit, which was formed last year, "
                    "lost dozens of men to desertion, a source said.\nAnother line, with a comma.\n")
    fetched, _ = _split(list(read_source(str(path))))
    assert len(fetched) == 1 and fetched[0].article.title == "Soldiers, officers and conscripts"


def test_parse_mapping() -> None:
    assert parse_mapping("text=body, url=link") == {"text": "body", "url": "link"}
    assert parse_mapping(None) is None and parse_mapping("  ") is None
    with pytest.raises(ValueError, match="not one of"):
        parse_mapping("author=byline")
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_mapping("text")


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "note"
    path.write_text("Soldiers walk out\n\nA group of soldiers walked out of a training camp on Friday.\n",
                    encoding="cp1251")
    fetched, _ = _split(list(read_source(str(path))))
    assert fetched[0].article.title == "Soldiers walk out"
    assert fetched[0].article.language == "en"


CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


@pytest.mark.corpus
def test_codebook_corpus_reads_whole_with_its_ids() -> None:
    path = CORPUS / "dev" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"codebook corpus not found at {path}")
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fetched, skipped = _split(list(read_source(str(path))))
    assert not skipped
    assert [f.article.id for f in fetched] == [r["id"] for r in raw]
    assert all(f.article.text == r["text"] for f, r in zip(fetched, raw, strict=True))
    assert [f.article.language for f in fetched] == [r["language"] for r in raw]


def test_cp1251_csv_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "ru.csv"
    rows = "заголовок;текст\nПобег;Двое военнослужащих самовольно покинули часть в ночь на субботу.\n"
    path.write_bytes(rows.encode("cp1251"))
    fetched, _ = _split(list(read_source(str(path), parse_mapping("title=заголовок,text=текст"))))
    assert fetched[0].article.title == "Побег"
    assert fetched[0].article.text.startswith("Двое военнослужащих")
    assert fetched[0].article.language == "ru"


def test_gold_file_is_named_once_not_skipped_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps({"article_id": f"a{n}", "relevant": False, "incidents": []})
                              for n in range(5)))
    items = list(read_source(str(path)))
    assert len(items) == 1 and isinstance(items[0], Skip)
    assert items[0].reason.startswith("5 gold/prediction lines") and "otkaz eval" in items[0].reason


def test_api_dump_with_an_articles_wrapper(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"status": "ok", "total": 1, "articles": [
        {"headline": "Deserters caught", "body": "Three deserters were caught near a checkpoint.",
         "link": "https://w.example/1", "pubDate": "Tue, 07 May 2024 10:00:00 GMT"}]}))
    fetched, _ = _split(list(read_source(str(path))))
    article = fetched[0].article
    assert (article.title, article.url, article.published_at) == (
        "Deserters caught", "https://w.example/1", "2024-05-07")
