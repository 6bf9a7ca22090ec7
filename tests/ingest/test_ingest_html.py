"""HTML pages to articles: text, title, date, language, legacy encodings, junk."""

from __future__ import annotations

from pathlib import Path

from otkaz.ingest import Skip, html_to_article
from otkaz.models import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _article(result: Article | Skip) -> Article:
    assert isinstance(result, Article), result
    return result


def test_english_page_keeps_story_and_drops_navigation() -> None:
    article = _article(html_to_article((FIXTURES / "page_en.html").read_bytes()))
    assert "About thirty conscripts left a training ground" in article.text
    assert "Military police detained eleven" in article.text
    assert "Most read" not in article.text and "Football results" not in article.text
    assert article.title == "Conscripts walk out of training ground"
    assert article.published_at == "2024-02-19"
    assert article.language == "en"
    assert article.outlet == "Steppe Courier"
    assert article.url == "https://steppe-courier.example/news/conscripts-walk-out"
    assert article.id.startswith("a") and len(article.id) == 21


def test_cp1251_page_is_decoded_from_its_meta_charset() -> None:
    raw = (FIXTURES / "page_ru_cp1251.html").read_bytes()
    article = _article(html_to_article(raw))
    assert "Мобилизованные отказались возвращаться" in article.text
    assert "самовольное оставление части" in article.text
    assert article.language == "ru"
    assert article.published_at == "2023-10-07"


def _russian_page(body: str) -> str:
    paragraphs = "".join(f"<p>{body} Абзац номер {n}.</p>" for n in range(4))
    return f"<html><head><title>Новости</title></head><body><article>{paragraphs}</article></body></html>"


def test_koi8r_page_without_charset_is_guessed() -> None:
    body = "Военная прокуратура возбудила дело о самовольном оставлении части против двух контрактников."
    article = _article(html_to_article(_russian_page(body).encode("koi8-r")))
    assert "Военная прокуратура возбудила дело" in article.text
    assert article.language == "ru"


def test_utf16_page_with_bom_is_decoded() -> None:
    body = "Суд вынес приговор мобилизованному, который не вернулся в часть после отпуска."
    raw = "\ufeff".encode("utf-16-le") + _russian_page(body).encode("utf-16-le")
    article = _article(html_to_article(raw))
    assert "Суд вынес приговор мобилизованному" in article.text


def test_date_falls_back_to_the_url() -> None:
    html = ("<html><body><article><p>" + "A soldier who left his unit was detained at a railway "
            "station by military police on Tuesday, officials said. " * 2 + "</p></article></body></html>")
    article = _article(html_to_article(html, url="https://news.example/2023/07/14/detained"))
    assert article.published_at == "2023-07-14"
    assert article.url == "https://news.example/2023/07/14/detained"
    assert article.outlet == "news.example"  # no og:site_name: the host names the outlet


def test_boilerplate_only_page_is_a_skip_with_a_reason() -> None:
    result = html_to_article("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                             source="page.html")
    assert isinstance(result, Skip)
    assert result.source == "page.html"
    assert "no article text" in result.reason


def test_malformed_html_does_not_crash() -> None:
    junk = "<html><body><p>unclosed <b><i><div></p></table>" + "<<>>&&&;" * 200
    result = html_to_article(junk)
    assert isinstance(result, Article | Skip)


def test_same_page_twice_gets_the_same_id() -> None:
    raw = (FIXTURES / "page_en.html").read_bytes()
    assert _article(html_to_article(raw)).id == _article(html_to_article(raw)).id
