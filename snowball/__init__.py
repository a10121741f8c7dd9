"""Snowball: a success-story hub. The core knows nothing of MkDocs; hooks/ adapts it."""

__version__ = "0.1.0"
