"""``python -m factcheck`` runs the command-line interface."""

from factcheck.cli import main

raise SystemExit(main())
