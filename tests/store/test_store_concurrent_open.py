"""Two programs opening the same new SQLite file at once (say `otkaz watch` and `otkaz serve`) both work."""

from __future__ import annotations

import threading
from pathlib import Path

from otkaz.store import IncidentFilter, open_store


def _open_together(db: str, n: int = 4) -> list[BaseException]:
    """Open ``db`` from ``n`` threads released at the same instant; the errors they met."""
    errors: list[BaseException] = []
    start = threading.Barrier(n)

    def open_and_count() -> None:
        try:
            start.wait()
            with open_store(db) as store:
                store.count_incidents(IncidentFilter())
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            errors.append(exc)

    threads = [threading.Thread(target=open_and_count) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_simultaneous_first_opens_of_a_new_file_all_succeed(tmp_path: Path) -> None:
    for round_ in range(15):
        errors = _open_together(str(tmp_path / f"fresh-{round_}.db"))
        assert not errors, f"round {round_}: {errors[0]}"
