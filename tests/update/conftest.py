"""The refresh against a local server: its settings, a copy of data/ and a fingerprint of every file."""

import hashlib

import pytest

from tests.conftest import DATA
from tests.update import server as fake
from tests.update import workbooks

NAMES = {"2080": "Falun", "2104": "Hofors", "1780": "Karlstad"}
SMHI = "/smhi/api/getexcelfile/"
EUTL = "/eutl/document/download/53018483_en"
PLANTS = {"SE-386": 210000, "SE-492": 61000, "SE-484": None}  # ets_plants.csv ids -> invented 2023 value


def smhi_file(**changes):
    """SMHI's workbook for the three test municipalities, their counties and Sweden."""
    return workbooks.smhi_workbook(workbooks.smhi_values(DATA, NAMES), NAMES, **changes)


def ets_file(**changes):
    """The Commission's workbook: three of the region's plants, one elsewhere in Sweden, one in Finland."""
    rows = [workbooks.ets_row(DATA, eutl_id, value) for eutl_id, value in PLANTS.items()]
    rows.append(workbooks.ets_row(DATA, "SE-386", 5, registry="FI"))  # same number, another registry
    rows.append({**workbooks.ets_row(DATA, "SE-492", 7), "id": 999999})  # not in ets_plants.csv
    return workbooks.ets_workbook(rows, **changes)


def fingerprint(folder):
    """Name and SHA-256 of every file under the folder."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def publisher():
    """A server answering every SCB and Kolada call as recorded, and SMHI's and the Commission's downloads
    with small workbooks in their layouts; tests replace single routes."""
    srv = fake.recorded_publisher()
    srv.route(SMHI, fake.file(smhi_file()))
    srv.route(EUTL, fake.file(ets_file()))
    yield srv
    srv.close()


@pytest.fixture
def conf(publisher):
    """config.yaml's update settings, pointed at the local server, with short timeouts."""
    conf = fake.local_settings(publisher)
    conf["smhi"]["url"] = f"{publisher.url}{SMHI}?county=0&municipality=0&sub=GGT"
    conf["eutl"]["url"] = f"{publisher.url}{EUTL}?filename=verified_emissions_2025_en.xlsx"
    return conf


@pytest.fixture
def waits():
    """The waits the refresh asked for (it never really sleeps in a test)."""
    return []
