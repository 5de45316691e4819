"""``python -m caexpo_kg``: the same command line as ``caexpo-kg``."""

from .cli import run

if __name__ == "__main__":
    run()
