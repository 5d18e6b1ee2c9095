"""``python -m factcheck`` runs the command-line interface."""

from factcheck.cli import run

raise SystemExit(run())
