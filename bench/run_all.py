"""Run every benchmark script in bench/ in turn, so `make bench` prints all the numbers in one go."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    """Each benchmark runs in its own process so model loading and peak memory are measured cleanly."""
    failures = 0
    for script in sorted(Path(__file__).parent.glob("bench_*.py")):
        print(f"=== {script.name}", flush=True)
        failures += subprocess.run([sys.executable, str(script)], check=False).returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
