"""Stage: runners."""
