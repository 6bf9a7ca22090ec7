"""HTTP GET for ingest and watch: timeouts, a size cap, a clear user agent, conditional requests."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from otkaz.ingest.base import MAX_DOCUMENT_BYTES, USER_AGENT, Skip, human_size, short_error

DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)
_TRANSIENT = ("timed out", "network error", "HTTP 5", "HTTP 429")


@dataclass(frozen=True)
class Response:
    """What a GET returned; status 304 means unchanged since the caller's ETag/Last-Modified."""

    url: str
    status: int
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_transient(skip: Skip) -> bool:
    """A failure worth retrying on the next poll (timeouts, refused connections, 5xx, 429)."""
    return skip.reason.startswith(_TRANSIENT)


def is_url(source: str) -> bool:
    """Only http(s) is fetched; anything else is a path."""
    return source.lower().startswith(("http://", "https://"))


def make_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Client:
    """One client per run, so connections are reused across a feed's item pages."""
    return httpx.Client(
        timeout=timeout, follow_redirects=True, max_redirects=5,
        headers={"User-Agent": USER_AGENT, "Accept": "*/*"},
    )


def _read_capped(response: httpx.Response, max_bytes: int) -> bytes | None:
    """The body, or None once it grows past the cap (the rest is never downloaded)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return None
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str, etag: str | None = None, last_modified: str | None = None,
    client: httpx.Client | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Response | Skip:
    """GET one URL; network and HTTP errors come back as a Skip, never raised."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    http = client or make_client()
    try:
        with http.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return Response(str(response.url), 304, b"", None, etag, last_modified)
            if response.status_code >= 400:
                return Skip(url, None, f"HTTP {response.status_code} {response.reason_phrase}; "
                            "check the address or try later")
            body = _read_capped(response, max_bytes)
            if body is None:
                return Skip(url, None, f"response is over the {human_size(max_bytes)} cap")
            return Response(
                str(response.url), response.status_code, body,
                response.headers.get("content-type"), response.headers.get("etag"),
                response.headers.get("last-modified"),
            )
    except httpx.TimeoutException:
        return Skip(url, None, "timed out; the server is slow or down, try later")
    except (httpx.HTTPError, OSError, ValueError) as exc:
        return Skip(url, None, f"network error ({short_error(exc)}); try later")
    finally:
        if own:
            http.close()
