"""Vahti: follows what named officials post in public, and reports how they speak about one cooperation."""

__version__ = "0.1.0"
