"""A small sample database built through the real store API, and a real server on a free port.

Used by the API, export and browser tests and by the benchmarks; the articles are invented
for otkaz, one of them deliberately hostile (markup in its title and text) to prove escaping.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from otkaz.models import (
    Article,
    CanonicalIncident,
    Count,
    FieldValue,
    Incident,
    Prediction,
    Span,
    Statistic,
)

HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


def _span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start=start, end=start + len(quote), quote=quote)


def _incident(text: str, evidence: dict[str, str], **fields: Any) -> Incident:
    spans = {name: [_span(text, quote)] for name, quote in evidence.items()}
    return Incident.model_validate({**fields, "evidence": spans})


@dataclass
class Sample:
    """What the sample holds, so tests can assert against it instead of repeating numbers."""

    ids: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)
    by_act: dict[str, list[str]] = field(default_factory=dict)
    redirect: tuple[str, str] = ("", "")
    hostile_article: str = ""
    two_report_id: str = ""
    articles: dict[str, Article] = field(default_factory=dict)


def _articles() -> list[tuple[Article, list[Incident], list[Statistic]]]:
    t1 = ("Late on 2 November about twenty mobilized soldiers smashed the barracks canteen at a "
          "training ground near Chita and then walked out of the unit. Military police later "
          "caught six of them. The regional outlet could not verify the footage.")
    t2 = ("Военная полиция задержала шестерых мобилизованных после беспорядков в части под Читой "
          "2 ноября; около двадцати человек покинули расположение.")
    t3 = ("A garrison court in Novosibirsk on 14 October 2024 sentenced a contract soldier to "
          "five years for leaving his unit without permission.")
    t4 = ("On 9 September 2024 a group of 12 conscripts in the Belgorod region refused to go "
          "to the border positions and wrote reports asking to be sent home.")
    t5 = ("Police and military police searched the homes of relatives of three men from Kazan "
          "who failed to return to their unit, the Tatar-language service said on 3 March 2024.")
    t6 = ("Officials in Krasnodar said in a statement on 20 June 2024 that 1,100 criminal cases "
          "for unauthorised absence were opened in the first half of the year.")
    t7 = (f"Readers sent us this {HOSTILE} note: on 5 May 2024 two volunteers deserted from a "
          "unit stationed in Donetsk and were not found.")
    t8 = "A weather report about snow in the mountains with no military content at all."
    a = [
        Article(url="https://example.test/chita-riot", outlet="Chita Wire",
                published_at="2024-11-04", language="en", title="Riot at a training ground", text=t1),
        Article(url="https://example.test/chita-ru", outlet="Забайкальский вестник",
                published_at="2024-11-05", language="ru", title="Беспорядки в части", text=t2),
        Article(url="https://example.test/nsk-court", outlet="Siberia Courts",
                published_at="2024-10-15", language="en", title="Five years for AWOL", text=t3),
        Article(url="https://example.test/belgorod", outlet="Border News",
                published_at="2024-09-10", language="en", title="Conscripts refuse", text=t4),
        Article(url="https://example.test/kazan", outlet="Idel Desk",
                published_at="2024-03-04", language="en", title="Searches in Kazan", text=t5),
        Article(url="https://example.test/stats", outlet="Kuban Daily",
                published_at="2024-06-21", language="en", title="Cases in half a year", text=t6),
        Article(url="javascript:alert(1)", outlet="Reader Mail",
                published_at="2024-05-06", language="en", title=HOSTILE, text=t7),
        Article(url="https://example.test/weather", outlet="Mountain FM",
                published_at="2024-05-06", language="en", title="Snow", text=t8),
    ]
    chita = dict(acts=["mutiny", "desertion"], date_start="2024-11-02", date_end="2024-11-02",
                 date_precision="day", country="RU", admin1="RU-ZAB", place="Chita", lat=52.03,
                 lon=113.5, geo_precision="admin2", location_text="near Chita", force="RU",
                 personnel=["mobilized"], participants=Count(best=20, low=None, high=None),
                 detained=6, perpetrator="military_police", verification="unverified",
                 summary="About twenty mobilized soldiers rioted at a training ground and left.")
    return [
        (a[0], [_incident(t1, {"acts": "smashed the barracks canteen", "date_start": "2 November",
                               "participants": "about twenty", "place": "near Chita",
                               "detained": "caught six"}, **chita)], []),
        (a[1], [_incident(t2, {"detained": "задержала шестерых", "place": "под Читой"},
                          **{**chita, "verification": "reported", "participants": Count(best=20)})], []),
        (a[2], [_incident(t3, {"acts": "sentenced a contract soldier", "date_start": "14 October 2024"},
                          acts=["prosecution"], date_start="2024-10-14", date_end="2024-10-14",
                          date_precision="day", country="RU", admin1="RU-NVS", force="RU",
                          personnel=["contract"], participants=Count(best=1, low=1, high=1),
                          verification="confirmed",
                          summary="A garrison court sentenced a contract soldier for leaving his unit.")], []),
        (a[3], [_incident(t4, {"acts": "refused to go", "participants": "12 conscripts"},
                          acts=["refusal"], date_start="2024-09-09", date_end="2024-09-09",
                          date_precision="day", country="RU", admin1="RU-BEL", lat=50.6, lon=36.6,
                          geo_precision="admin1", force="RU", personnel=["conscript"],
                          participants=Count(best=12, low=12, high=12),
                          summary="Twelve conscripts refused to deploy to border positions.")], []),
        (a[4], [_incident(t5, {"acts": "searched the homes of relatives"},
                          acts=["enforcement"], date_start="2024-03-03", date_precision="week",
                          country="RU", admin1="RU-TA", place="Kazan", lat=55.79, lon=49.12,
                          geo_precision="place", perpetrator="police",
                          participants=Count(best=3, low=3, high=3),
                          summary="Police searched the homes of relatives of three absent servicemen.")], []),
        (a[5], [], [Statistic(measure="cases_opened", value=Count(best=1100),
                              period_start="2024-01-01", period_end="2024-06-30", scope="RU-KDA",
                              publisher="regional officials",
                              description="Criminal cases for unauthorised absence opened in half a year.",
                              evidence={"value": [_span(t6, "1,100 criminal cases")]})]),
        (a[6], [_incident(t7, {"acts": "deserted from a unit"},
                          acts=["desertion"], date_start="2024-05-05", date_end="2024-05-05",
                          date_precision="day", country="UA", admin1="UA-14", lat=48.0, lon=37.8,
                          geo_precision="admin1", personnel=["volunteer"],
                          participants=Count(best=2, low=2, high=2), at_large=2,
                          summary="Two volunteers deserted from a unit stationed in Donetsk.")], []),
        (a[7], [], []),
    ]


def _values(reports: list[tuple[str, Article, Incident]]) -> dict[str, list[FieldValue]]:
    out: dict[str, list[FieldValue]] = {}
    for name in ("date_start", "place", "participants", "detained", "verification"):
        for rid, art, inc in reports:
            value = getattr(inc, name)
            if hasattr(value, "model_dump"):
                value = value.model_dump()
            out.setdefault(name, []).append(
                FieldValue(report_id=rid, article_id=art.id, outlet=art.outlet, value=value))
    return out


def build_sample(db: str) -> Sample:
    """Save the sample articles, link their reports and retire one id, all via the store API."""
    from otkaz.store import open_store

    sample = Sample()
    store = open_store(db)
    try:
        saved: list[tuple[Article, list[str], list[Incident]]] = []
        for art, incidents, stats in _articles():
            pred = Prediction(article_id=art.id, relevant=bool(incidents or stats),
                              incidents=incidents, statistics=stats,
                              reason=None if incidents or stats else "irrelevant")
            saved.append((art, store.save_extraction(art, pred, source="sample"), incidents))
            sample.articles[art.id] = art
        groups: list[list[int]] = [[0, 1], [2], [3], [4], [6]]
        for n, group in enumerate(groups):
            reports = [(saved[i][1][0], saved[i][0], saved[i][2][0]) for i in group]
            cid = f"inc-{n + 1:02d}"
            merged = reports[0][2].model_copy(update={"cluster": cid})
            outlets = {art.outlet for _, art, _ in reports}
            store.save_canonical(CanonicalIncident(
                id=cid, incident=merged, values=_values(reports),
                rules={"verification": "most cautious"}, report_ids=[r[0] for r in reports],
                independent_sources=len(outlets), verification=merged.verification))
            for k, (rid, _, _) in enumerate(reports):
                store.assign_report(rid, cid, "new" if k == 0 else "link", None if k == 0 else 0.91,
                                    {"same_admin1": 1.0})
            sample.ids.append(cid)
            if merged.lat is not None:
                sample.located.append(cid)
            for act in merged.acts:
                sample.by_act.setdefault(act, []).append(cid)
        store.add_redirect("inc-old", "inc-01")
        sample.redirect = ("inc-old", "inc-01")
        sample.two_report_id = "inc-01"
        sample.hostile_article = saved[6][0].id
    finally:
        store.close()
    return sample


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(db: str, port: int | None = None) -> Iterator[str]:
    """Uvicorn serving ``db`` on 127.0.0.1 in a thread; yields the base URL, stops on exit."""
    import uvicorn

    from otkaz.api import create_app

    port = port or free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"uvicorn did not start on 127.0.0.1:{port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
