"""Smoke runs of the measurement scripts in bench/."""
