"""Stage: api."""
