"""Stage: geo."""
