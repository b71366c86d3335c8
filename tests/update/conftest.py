"""The refresh against a local server: its settings, a copy of data/ and a fingerprint of every file."""

import hashlib

import pytest

from tests.update import server as fake


def fingerprint(folder):
    """Name and SHA-256 of every file under the folder."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def publisher():
    """A server answering every SCB and Kolada call as recorded; tests replace single routes."""
    srv = fake.recorded_publisher()
    yield srv
    srv.close()


@pytest.fixture
def conf(publisher):
    """config.yaml's update settings, pointed at the local server, with short timeouts."""
    return fake.local_settings(publisher)


@pytest.fixture
def waits():
    """The waits the refresh asked for (it never really sleeps in a test)."""
    return []
