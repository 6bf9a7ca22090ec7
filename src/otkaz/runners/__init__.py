"""Orchestration: the public functions behind `otkaz extract`, `ingest`, `watch` and `demo`."""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import Any

_HOMES = {
    "extract": "otkaz.runners.extract",
    "ingest": "otkaz.runners.ingest",
    "demo": "otkaz.runners.demo",
    "watch": "otkaz.runners.watch",
}

__all__ = sorted(_HOMES)


class _Runners(ModuleType):
    """Importing `otkaz.runners.ingest` binds the submodule over the function; keep the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOMES and isinstance(value, ModuleType) and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Runners


def __getattr__(name: str) -> Any:
    """Import each runner on first use, so `otkaz eval` does not load the NLP models."""
    if name in _HOMES:
        function = getattr(import_module(_HOMES[name]), name)
        # Importing the submodule binds its name here to the module; rebind it to the function.
        globals()[name] = function
        return function
    raise AttributeError(name)
