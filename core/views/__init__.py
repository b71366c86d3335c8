"""What each page shows: display tables, cards and labels built from the data."""
