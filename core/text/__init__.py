"""Text: UI strings, number and date formats, provenance lines and generated sentences."""
