"""Stage: geo. Offline gazetteer, place mentions in EN/RU/UK, and the incident's location."""

from __future__ import annotations

from otkaz.geo.report import locate
from otkaz.geo.select import Location, PlaceMention, find_places, locate_event
from otkaz.geo.useradd import gazetteer_add

__all__ = ["Location", "PlaceMention", "find_places", "gazetteer_add", "locate", "locate_event"]
