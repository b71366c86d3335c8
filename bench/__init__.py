"""Measurements, never tests: benchmark, load, first view on a phone, bytes on the wire."""
