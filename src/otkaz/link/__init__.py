"""Stage: link. Reports of one real incident become one canonical incident, with every report's word.

How: reports are blocked on (act, anchor key, month), where an anchor is the region, the settlement,
a unit number or a cited source, so each report meets only a handful of candidates. A pair is vetoed
when regions, acts or dates cannot agree (or it is the same article); otherwise language-independent
keys (region, place, dates and precision, counts, units, personnel, cited sources) and cross-lingual
sentence similarity (USE multilingual, from its wheel) add up to a score. Undated pairs need a shared
anchor and strong text similarity. Reports join the best-scoring incident in input order, so the ids
("inc_" + hash of the founding report id) are the same on every re-run; in the store an existing
incident keeps its id, and merge/split leave redirects. `canonicalize` merges reports field by field
(rules in `canonical.RULES`); the derived verification state, including 'corroborated' (two or more
independent sources), is in ``CanonicalIncident.rules["verification_state"]``.
"""

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
