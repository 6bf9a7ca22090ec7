"""How fast irrelevant news is rejected (language id + keyword prefilter), and the whole extractor's pace.

Run: .venv/bin/python bench/bench_relevance.py
Prints articles per second on one core for (1) language id + prefilter over synthetic
off-topic news in EN/RU/UK, (2) extract_article on the same, (3) extract_article on the
relevant dev articles when ../shared/corpus is present, and the peak RSS.
"""

from __future__ import annotations

import json
import random
import resource
import time
from pathlib import Path

from otkaz.extract import extract_article, load_models
from otkaz.extract.lang import detect_language
from otkaz.extract.relevance import prefilter
from otkaz.models import Article

SENTENCES = {
    "en": [
        "The city council approved a new budget for road repairs after a long debate.",
        "Local farmers expect a good harvest this autumn despite the dry summer.",
        "The national team won the qualifying match two to one in extra time.",
        "Shares of the largest retailers rose sharply on Tuesday morning.",
        "A new exhibition of modern painting opens at the regional museum next week.",
        "Heavy snow closed several mountain passes and delayed trains in the north.",
        "The central bank kept its key rate unchanged, citing stable inflation.",
        "Scientists presented a cheaper battery design at an international conference.",
    ],
    "ru": [
        "Городской совет утвердил новый бюджет на ремонт дорог после долгого обсуждения.",
        "Фермеры ожидают хороший урожай этой осенью, несмотря на засушливое лето.",
        "Сборная выиграла отборочный матч со счетом два один в дополнительное время.",
        "Акции крупнейших торговых сетей резко выросли во вторник утром.",
        "В областном музее на следующей неделе откроется выставка современной живописи.",
        "Сильный снегопад закрыл несколько перевалов на севере.",
        "Центральный банк сохранил ключевую ставку, сославшись на стабильную инфляцию.",
    ],
    "uk": [
        "Міська рада затвердила новий бюджет на ремонт доріг після тривалого обговорення.",
        "Фермери очікують гарний урожай цієї осені попри посушливе літо.",
        "Збірна виграла відбірковий матч з рахунком два один у додатковий час.",
        "Акції найбільших торговельних мереж різко зросли у вівторок вранці.",
        "У обласному музеї наступного тижня відкриється виставка сучасного живопису.",
        "Сильний снігопад закрив кілька перевалів на півночі.",
    ],
}


NEAR_MISS = {
    "en": ["Police detained two men suspected of stealing copper cable from a railway depot.",
           "A district court sentenced a former mayor to four years for bribery.",
           "Hundreds of residents held a protest against the new landfill on Saturday."],
    "ru": ["Полиция задержала двоих мужчин по подозрению в краже кабеля с железнодорожного узла.",
           "Районный суд приговорил бывшего главу поселения к четырем годам за взятку.",
           "Жители провели протест против строительства нового полигона отходов."],
    "uk": ["Поліція затримала двох чоловіків за підозрою у крадіжці кабелю із залізничного вузла.",
           "Районний суд засудив колишнього голову громади до чотирьох років за хабар.",
           "Мешканці вийшли на протест проти будівництва нового сміттєзвалища."],
}


def near_miss(n: int, seed: int = 11) -> list[Article]:
    """Off-topic news that does mention detentions, verdicts or protests (passes the prefilter)."""
    rng = random.Random(seed)
    out: list[Article] = []
    for i, article in enumerate(synthetic(n, seed=seed)):
        language = article.language or "en"
        extra = " ".join(rng.choice(NEAR_MISS[language]) for _ in range(3))
        out.append(Article(text=f"{extra} {article.text}", language=language, published_at="2025-01-01"))
        del i
    return out


def synthetic(n: int, words: int = 500, seed: int = 7) -> list[Article]:
    """Off-topic articles of about ``words`` words, a third in each language."""
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        language = ("en", "ru", "uk")[i % 3]
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(rng.choice(SENTENCES[language]))
        out.append(Article(text=" ".join(parts), language=language, published_at="2025-01-01"))
    return out


def rate(label: str, count: int, seconds: float) -> None:
    print(f"{label:<55} {count / seconds:10.1f} articles/s  ({count} in {seconds:.2f} s)")


def main() -> None:
    load_models()
    articles = synthetic(3000)
    start = time.perf_counter()
    rejected = 0
    for article in articles:
        if not prefilter(article.text):
            rejected += 1
        else:
            detect_language(article.text, article.language)
    rate("prefilter (+ language id when it passes), off-topic news", len(articles), time.perf_counter() - start)
    start = time.perf_counter()
    for article in articles:
        detect_language(article.text, article.language)
    rate("language id alone, off-topic 500-word news", len(articles), time.perf_counter() - start)
    print(f"  rejected by the prefilter: {rejected}/{len(articles)}")

    start = time.perf_counter()
    for article in articles[:1000]:
        extract_article(article)
    rate("extract_article, off-topic 500-word news", 1000, time.perf_counter() - start)

    misses = near_miss(300)
    start = time.perf_counter()
    found = sum(1 for article in misses if extract_article(article).relevant)
    rate("extract_article, near-miss news (arrests, verdicts, protests)", len(misses), time.perf_counter() - start)
    print(f"  wrongly relevant: {found}/{len(misses)}")

    shared = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    corpus = shared / "dev"
    if (shared / "seeds" / "articles.jsonl").exists():
        seeds = [Article(**json.loads(line)) for line in (shared / "seeds" / "articles.jsonl").open()]
        words = sum(len(a.text.split()) for a in seeds) / len(seeds)
        # A distinct text each round, so no per-text cache (gazetteer mentions) hides the cost.
        rounds = [[Article(text=f"{a.text}\n{n}", published_at=a.published_at, url=a.url, language=a.language)
                   for a in seeds] for n in range(10)]
        start = time.perf_counter()
        for batch in rounds:
            for article in batch:
                extract_article(article)
        rate(f"extract_article, seed full texts (~{words:.0f} words)", 10 * len(seeds), time.perf_counter() - start)
    if (corpus / "articles.jsonl").exists():
        gold = {json.loads(line)["article_id"]: json.loads(line)["relevant"] for line in (corpus / "gold.jsonl").open()}
        dev = [Article(**json.loads(line)) for line in (corpus / "articles.jsonl").open()]
        relevant = [a for a in dev if gold.get(a.id)]
        words = sum(len(a.text.split()) for a in relevant) / max(1, len(relevant))
        rounds = 3
        batches = [[Article(text=f"{a.text}\n{n}", published_at=a.published_at, url=a.url, language=a.language)
                    for a in relevant] for n in range(rounds)]
        start = time.perf_counter()
        for batch in batches:
            for article in batch:
                extract_article(article)
        rate(f"extract_article, relevant dev articles (~{words:.0f} words)", rounds * len(relevant),
             time.perf_counter() - start)
    else:
        print("dev corpus not found beside the repo: skipped the relevant-article pass")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
