"""Response shapes, so /openapi.json documents exactly what clients receive."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from otkaz.models import Count as Participants
from otkaz.models import Span


class IncidentOut(BaseModel):
    """A canonical incident: codebook fields with the values chosen across its reports."""

    id: str
    acts: list[str]
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    location_text: str | None = None
    force: str | None = None
    personnel: list[str] = Field(default_factory=list)
    unit: str | None = None
    perpetrator: str | None = None
    participants: Participants = Field(default_factory=Participants)
    detained: int | None = None
    at_large: int | None = None
    killed: int | None = None
    injured: int | None = None
    armed: bool | None = None
    via: list[str] = Field(default_factory=list)
    verification: str | None = None
    independent_sources: int | None = None
    n_reports: int | None = None
    outlets: list[str] = Field(default_factory=list, description="Outlets of the linked reports")
    summary: str = ""
    updated_at: str | None = None


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    next: str | None = Field(None, description="Cursor for the next page; null on the last page")
    next_url: str | None = Field(None, description="The same request, one page on")
    total: int | None = Field(None, description="Matching incidents, when count=true")


class ArticleRef(BaseModel):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: str | None = None
    language: str | None = None
    href: str = Field(description="API path of the article's full text")


class ReportOut(BaseModel):
    """One article's account of the incident, with evidence offsets into that article's text."""

    id: str
    article: ArticleRef
    incident: dict[str, Any] = Field(description="The incident as this report coded it")
    evidence: dict[str, list[Span]] = Field(description="field → spans in the article text")


class IncidentDetail(IncidentOut):
    values: dict[str, list[dict[str, Any]]] = Field(
        default_factory=dict, description="field → what each report said")
    rules: dict[str, str] = Field(default_factory=dict, description="field → how it was chosen")
    reports: list[ReportOut] = Field(default_factory=list)
    merge_log: list[dict[str, Any]] = Field(default_factory=list,
                                            description="Why each report was linked here")


class ArticleOut(BaseModel):
    id: str
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    language: str | None = None
    title: str | None = None
    text: str


class StatisticOut(BaseModel):
    id: str
    article_id: str
    measure: str
    value: Participants
    period_start: str | None = None
    period_end: str | None = None
    scope: str | None = None
    force: str | None = None
    publisher: str | None = None
    description: str = ""
    evidence: dict[str, list[Span]] = Field(default_factory=dict)
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None


class StatisticPage(BaseModel):
    items: list[StatisticOut]


class TimelinePoint(BaseModel):
    period: str = Field(description="First day of the week (Monday) or month")
    act: str
    count: int


class TimelineOut(BaseModel):
    bucket: str
    items: list[TimelinePoint]
