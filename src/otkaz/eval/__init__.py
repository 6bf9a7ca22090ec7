"""Stage: eval. CODEBOOK section 7 scoring and the pinned-floor gate."""

from otkaz.eval.core import evaluate
from otkaz.eval.files import evaluate_files
from otkaz.eval.report import EvalReport, render_report

__all__ = ["EvalReport", "evaluate", "evaluate_files", "render_report"]
