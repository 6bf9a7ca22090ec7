"""otkaz: incidents of military desertion, mutiny, refusal and enforcement, with evidence."""

__version__ = "0.1.0"
