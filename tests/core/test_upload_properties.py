"""Random bad input never breaks the upload check: it always answers with rows or problems, never raises."""

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.data.upload import KINDS, check_upload, upload_schema
from core.project_config import project_settings

LIMITS = project_settings().upload
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
LANG = st.sampled_from(["sv", "en"])
KIND = st.sampled_from(KINDS)


def assert_answers(result) -> None:
    assert len(result.rows) + len(result.problems) > 0
    assert all(problem.problem and problem.fix for problem in result.problems)
    assert len(result.rows) <= max(result.read, 0)
    assert (len(result.rows) == 0) == (result.corrected == b"")


def csv_text(rows: list[list[str]], separator: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@FAST
@given(raw=st.binary(max_size=600), kind=KIND, lang=LANG)
def test_random_bytes(raw, kind, lang):
    assert_answers(check_upload(raw, kind, LIMITS, lang))


@FAST
@given(content=st.text(max_size=400), kind=KIND, lang=LANG, encoding=st.sampled_from(["utf-8", "utf-8-sig"]))
def test_random_text(content, kind, lang, encoding):
    assert_answers(check_upload(content.encode(encoding, "surrogatepass"), kind, LIMITS, lang))


@FAST
@given(
    rows=st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=6),
    separator=st.sampled_from([",", ";", "\t"]),
    kind=KIND,
    lang=LANG,
)
def test_random_csv(rows, separator, kind, lang):
    assert_answers(check_upload(csv_text(rows, separator).encode("utf-8"), kind, LIMITS, lang))


@FAST
@given(data=st.data(), kind=KIND, lang=LANG, separator=st.sampled_from([",", ";"]))
def test_random_cells_under_the_real_header(data, kind, lang, separator):
    header = list(upload_schema(kind).columns)
    rows = data.draw(
        st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)), min_size=1, max_size=4)
    )
    result = check_upload(csv_text([header, *rows], separator).encode("utf-8"), kind, LIMITS, lang)
    assert_answers(result)
    assert all(problem.row is None or 2 <= problem.row <= len(rows) + 1 for problem in result.problems)
