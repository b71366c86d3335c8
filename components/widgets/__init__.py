"""Reusable pieces a page composes: figures, tables, cards, downloads, filters, own data."""
