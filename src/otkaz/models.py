"""The codebook as types: articles, incidents, statistics and the evidence behind each field.

Serialised with ``model_dump(mode="json")`` these give exactly the JSON shape of the
gold files in ``shared/corpus/*/gold.jsonl`` (plus ``evidence``, which the codebook allows).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Act = Literal["desertion", "mutiny", "refusal", "enforcement", "prosecution"]
ACTS: tuple[str, ...] = ("desertion", "mutiny", "refusal", "enforcement", "prosecution")

DatePrecision = Literal["day", "week", "month", "year"]
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")

GeoPrecision = Literal["place", "admin2", "admin1", "country"]
GEO_PRECISIONS: tuple[str, ...] = ("place", "admin2", "admin1", "country")

Personnel = Literal["contract", "mobilized", "conscript", "volunteer", "convict", "officer"]
PERSONNEL: tuple[str, ...] = ("contract", "mobilized", "conscript", "volunteer", "convict", "officer")

Verification = Literal["reported", "unverified", "confirmed", "disputed"]
VERIFICATIONS: tuple[str, ...] = ("reported", "unverified", "confirmed", "disputed")

SCORED_MEASURES: tuple[str, ...] = (
    "cases_opened",
    "cases_heard",
    "convictions",
    "defendants",
    "servicemen_absent",
    "servicemen_refused",
    "requests_for_help",
    "cases_closed",
)

ISO_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
ISO_SUBDIVISION_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def article_id_for(text: str, url: str | None = None) -> str:
    """Content-hash id, so the same article ingested twice is the same row."""
    digest = hashlib.sha256()
    digest.update((url or "").strip().encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.strip().encode("utf-8"))
    return "a" + digest.hexdigest()[:20]


class Span(BaseModel):
    """Character offsets into ``Article.text`` that support one field value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


Evidence = dict[str, list[Span]]


class Count(BaseModel):
    """A count with honest uncertainty: best guess and bounds, each possibly unknown."""

    model_config = ConfigDict(extra="forbid")

    best: int | None = None
    low: int | None = None
    high: int | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Count:
        for name in ("best", "low", "high"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must not be negative, got {value}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self

    def is_empty(self) -> bool:
        return self.best is None and self.low is None and self.high is None

    def point(self) -> int | None:
        """The value the codebook scores: best, else low."""
        return self.best if self.best is not None else self.low


def _check_iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    date.fromisoformat(value)
    return value


class Article(BaseModel):
    """One news report, as in ``corpus/*/articles.jsonl``."""

    model_config = ConfigDict(extra="ignore")

    id: str = ""
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    language: str | None = None
    title: str | None = None
    text: str

    @field_validator("text")
    @classmethod
    def _text_present(cls, value: str) -> str:
        if not value or not value.strip():
            raise ValueError("text is empty")
        return value

    @field_validator("published_at")
    @classmethod
    def _published(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        assert value is not None
        return _check_iso_date(value[:10])

    @model_validator(mode="after")
    def _ensure_id(self) -> Article:
        if not self.id:
            self.id = article_id_for(self.text, self.url)
        return self


class Incident(BaseModel):
    """One occurrence at one time and place (CODEBOOK section 3)."""

    model_config = ConfigDict(extra="ignore")

    acts: list[Act] = Field(min_length=1)
    date_start: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision | None = None
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: GeoPrecision | None = None
    location_text: str | None = None
    force: str | None = None
    personnel: list[Personnel] = Field(default_factory=list)
    unit: str | None = None
    perpetrator: str | None = None
    participants: Count = Field(default_factory=Count)
    detained: int | None = None
    at_large: int | None = None
    killed: int | None = None
    injured: int | None = None
    armed: bool | None = None
    via: list[str] = Field(default_factory=list)
    verification: Verification = "reported"
    summary: str = ""
    cluster: str | None = None
    evidence: Evidence = Field(default_factory=dict)

    @field_validator("date_start", "date_end")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return _check_iso_date(value)

    @field_validator("country", "force")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        if value is not None and not ISO_COUNTRY_RE.match(value):
            raise ValueError(f"not an ISO 3166-1 alpha-2 code: {value!r}")
        return value

    @field_validator("admin1")
    @classmethod
    def _iso_subdivision(cls, value: str | None) -> str | None:
        if value is not None and not ISO_SUBDIVISION_RE.match(value):
            raise ValueError(f"not an ISO 3166-2 code: {value!r}")
        return value

    @field_validator("lat")
    @classmethod
    def _lat(cls, value: float | None) -> float | None:
        if value is not None and not -90 <= value <= 90:
            raise ValueError(f"latitude out of range: {value}")
        return value

    @field_validator("lon")
    @classmethod
    def _lon(cls, value: float | None) -> float | None:
        if value is not None and not -180 <= value <= 180:
            raise ValueError(f"longitude out of range: {value}")
        return value

    @model_validator(mode="after")
    def _dates_ordered(self) -> Incident:
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValueError(f"date_end {self.date_end} is before date_start {self.date_start}")
        return self


class Statistic(BaseModel):
    """An aggregate figure about the acts (CODEBOOK section 4)."""

    model_config = ConfigDict(extra="ignore")

    measure: str
    value: Count = Field(default_factory=Count)
    period_start: str | None = None
    period_end: str | None = None
    scope: str | None = None
    force: str | None = None
    publisher: str | None = None
    description: str = ""
    evidence: Evidence = Field(default_factory=dict)

    @field_validator("period_start", "period_end")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return _check_iso_date(value)

    @field_validator("scope")
    @classmethod
    def _scope(cls, value: str | None) -> str | None:
        if value is not None and not (
            ISO_COUNTRY_RE.match(value) or ISO_SUBDIVISION_RE.match(value)
        ):
            raise ValueError(f"scope must be an ISO country or region code: {value!r}")
        return value


class Prediction(BaseModel):
    """One output line per article, in the gold format."""

    model_config = ConfigDict(extra="ignore")

    article_id: str
    relevant: bool
    incidents: list[Incident] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    reason: str | None = None  # why nothing was found: a reason code, not an error

    def to_json_dict(self) -> dict[str, Any]:
        """Gold-shaped dict; ``reason`` only when set."""
        data = self.model_dump(mode="json")
        if data.get("reason") is None:
            data.pop("reason", None)
        return data


class FieldValue(BaseModel):
    """What one report said about one field of a canonical incident."""

    model_config = ConfigDict(extra="ignore")

    report_id: str
    article_id: str
    outlet: str | None = None
    value: Any = None


class CanonicalIncident(BaseModel):
    """A real-world incident merged from its reports, keeping every report's word."""

    model_config = ConfigDict(extra="ignore")

    id: str
    incident: Incident  # the chosen values; incident.cluster == id
    values: dict[str, list[FieldValue]] = Field(default_factory=dict)
    rules: dict[str, str] = Field(default_factory=dict)  # field -> how the chosen value was picked
    report_ids: list[str] = Field(default_factory=list)
    independent_sources: int = 1
    verification: Verification = "reported"
