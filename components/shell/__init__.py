"""What every page relies on: frame, language, URL state, presentation, talk, share, failures, data."""
