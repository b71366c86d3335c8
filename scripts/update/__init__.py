"""make update-data: refresh the publishers' datasets in data/, all or nothing (README)."""
