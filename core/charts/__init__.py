"""Charts built from the data."""
