"""Stage: link. Reports of one real incident become one canonical incident, with every report's word."""

from otkaz.link.batch import link_predictions, report_id_for
from otkaz.link.cluster import LinkDecision, Linker, canonical_id_for

__all__ = ["LinkDecision", "Linker", "canonical_id_for", "link_predictions", "report_id_for"]
