"""Every failure keeps data/ byte-identical, exits 1 and names publisher, table and problem in one line."""

import pytest

from scripts.update.__main__ import main
from tests.update import server as fake
from tests.update.conftest import fingerprint

TAB = "/scb/tables/TAB3204/data"
BAS = fake.load("TAB3204_data.json")


def with_new_dimension(_body):
    extra = fake.select(BAS, {"Region": ["2080"], "Tid": ["2020"]})
    extra["id"].append("Alder")
    extra["size"].append(1)
    extra["dimension"]["Alder"] = {
        "label": "ålder",
        "category": {"index": {"15-74": 0}, "label": {"15-74": "15-74 år"}},
    }
    return fake.ok(extra)(None)


def first_value(factor):
    """Data answers whose first cell (2080, all branches, 2020) is multiplied by the factor."""

    def answer(body):
        selected = fake.select(BAS, {s["variableCode"]: s["valueCodes"] for s in body["selection"]})
        selected["value"][0] *= factor
        return fake.ok(selected)(None)

    return answer


negative, jump = first_value(-1), first_value(3)


CASES = {
    "429 with Retry-After": (fake.status(429, {"Retry-After": "7"}), "SCB TAB3204: HTTP 429"),
    "500": (fake.status(500), "SCB TAB3204: HTTP 500"),
    "a timeout": (fake.silent, "SCB TAB3204: no answer within 2 s"),
    "a truncated body": (fake.truncated(BAS), "SCB TAB3204: truncated"),
    "a new unknown column": (
        with_new_dimension,
        "SCB TAB3204: response shape changed: dimensions changed: new ['Alder']",
    ),
    "a failed schema": (negative, "SCB jobs_municipality: failed validation"),
    "a value past the limit": (jump, "SCB jobs_municipality: employed_total of 2080 BAS in 2021 moves"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_failure_leaves_data_byte_identical(case, publisher, conf, waits, data_copy, capsys):
    answer, message = CASES[case]
    publisher.route(TAB, answer)
    before = fingerprint(data_copy.parent)
    assert main(["--data-dir", str(data_copy)], conf, waits.append) == 1
    assert fingerprint(data_copy.parent) == before  # data/ and its parent: nothing written, nothing left
    err = capsys.readouterr().err
    assert err.startswith(f"update-data failed: {message}") and err.count("\n") == 1, err


def test_429_waits_as_long_as_retry_after_says(publisher, conf, waits, data_copy):
    publisher.route(TAB, fake.status(429, {"Retry-After": "7"}))
    main(["--data-dir", str(data_copy), "--only", "scb"], conf, waits.append)
    assert waits.count(7.0) == conf["tries"] - 1


def test_a_passing_429_is_retried_and_the_refresh_succeeds(publisher, conf, waits, data_copy):
    publisher.route(TAB, fake.status(429, {"Retry-After": "2"}), fake.data(BAS))
    assert main(["--data-dir", str(data_copy), "--only", "scb"], conf, waits.append) == 0
    assert 2.0 in waits and (data_copy / "jobs_municipality.csv").exists()


def test_a_500_backs_off_exponentially(publisher, conf, waits, data_copy):
    publisher.route(TAB, fake.status(500))
    conf["tries"] = 4
    main(["--data-dir", str(data_copy), "--only", "scb"], conf, waits.append)
    assert [w for w in waits if w >= 1] == [1.0, 2.0, 4.0]


def test_a_revision_past_the_limit_keeps_the_published_file(publisher, conf, waits, data_copy, capsys):
    assert main(["--data-dir", str(data_copy), "--only", "scb"], conf, waits.append) == 0
    before = fingerprint(data_copy)
    publisher.route(TAB, jump)
    assert main(["--data-dir", str(data_copy), "--only", "scb"], conf, waits.append) == 1
    assert fingerprint(data_copy) == before
