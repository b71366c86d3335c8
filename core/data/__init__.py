"""Data: schemas, loading and validation, errors, queries and the catalogue."""
