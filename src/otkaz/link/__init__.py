"""Stage: link. Reports of one real incident become one canonical incident, with every report's word."""

from otkaz.link.batch import link_predictions, report_id_for
from otkaz.link.canonical import canonicalize, merge_counts, verification_state
from otkaz.link.cluster import LinkDecision, Linker, canonical_id_for
from otkaz.link.ops import link_new_reports, merge, recanonicalize, split
from otkaz.link.sources import independent_groups

__all__ = [
    "LinkDecision",
    "Linker",
    "canonical_id_for",
    "canonicalize",
    "independent_groups",
    "link_new_reports",
    "link_predictions",
    "merge",
    "merge_counts",
    "recanonicalize",
    "report_id_for",
    "split",
    "verification_state",
]
