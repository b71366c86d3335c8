"""A partner's own CSV: valid rows are kept, every kind of mistake is named by row and column in sv and en."""

import csv
import io

import pytest

from core.data.upload import check_upload, template_csv
from core.project_config import UploadSettings, project_settings

LIMITS = project_settings().upload
HEADER = (
    "activity_id,date,title_sv,title_en,organiser,partner_id,county_code,municipality_code,focus_area,"
    "activity_type,relation,description_sv,description_en,source,source_url"
)
ROW = {
    "activity_id": "verkstad-borlange-2023",
    "date": "2023-03-15",
    "title_sv": "Verkstad om cirkulära affärsmodeller",
    "title_en": "Workshop on circular business models",
    "organiser": "Dalarna Science Park",
    "partner_id": "dalarna-science-park",
    "county_code": "20",
    "municipality_code": "2081",
    "focus_area": "steel",
    "activity_type": "event",
    "relation": "project",
    "description_sv": "Halvdag för små och medelstora industriföretag, med ett komma.",
    "description_en": "Half a day for small and medium-sized industrial firms, with a comma.",
    "source": "Dalarna Science Park",
    "source_url": "https://www.dalarnasciencepark.se/vara-projekt/focus-industry-spets/",
}


def file_of(rows: list[dict], separator: str = ",", columns: list[str] | None = None) -> str:
    out = io.StringIO()
    names = columns or HEADER.split(",")
    writer = csv.DictWriter(out, fieldnames=names, delimiter=separator, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def check(content, lang="en", limits: UploadSettings = LIMITS, kind="activities"):
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return check_upload(raw, kind, limits, lang)


def only_problem(result):
    assert len(result.problems) == 1, result.problems
    return result.problems[0]


def workplace_example() -> dict:
    template = template_csv("workplaces", LIMITS.examples["workplaces"]).decode("utf-8")
    return next(csv.DictReader(io.StringIO(template)))


def test_a_valid_file_gives_its_rows_typed_and_a_corrected_file():
    result = check(file_of([ROW, {**ROW, "activity_id": "verkstad-2", "date": ""}]))
    assert result.problems == ()
    assert list(result.rows["activity_id"]) == ["verkstad-borlange-2023", "verkstad-2"]
    assert str(result.rows["date"].iloc[0].date()) == "2023-03-15"
    assert result.rows["municipality_code"].iloc[0] == "2081"
    corrected = result.corrected.decode("utf-8").splitlines()
    assert corrected[0] == HEADER
    assert corrected[1].startswith("verkstad-borlange-2023,2023-03-15,")
    assert ",20,2081,steel," in corrected[1]


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("municipality_code", "9999", "is not one of the allowed values"),  # unknown code
        ("municipality_code", "208", "4-digit SCB municipality code"),  # code saved as a number
        ("title_sv", "", "is empty"),  # missing required cell
        ("date", "15/03/2023", "YYYY-MM-DD"),  # a date in another format
        ("date", "2023-02-30", "YYYY-MM-DD"),  # a day that does not exist
        ("relation", "ours", "project, focus_industry, related"),
        ("partner_id", "no-such-partner", "dalarna-science-park"),
        ("source_url", "www.example.org", "https://"),
    ],
)
def test_each_bad_cell_is_named_by_row_and_column_and_other_rows_stay(column, value, words):
    result = check(file_of([{**ROW, "activity_id": "good"}, {**ROW, column: value}]))
    problem = only_problem(result)
    assert (problem.row, problem.column) == (3, column)
    assert words in f"{problem.problem} {problem.fix}"
    assert list(result.rows["activity_id"]) == ["good"]


def test_wrong_type_in_a_number_column():
    example = workplace_example()
    result = check(
        file_of([{**example, "workplace_id": "ny-sag", "lat": "sextio"}], columns=list(example)),
        kind="workplaces",
    )
    problem = only_problem(result)
    assert (problem.row, problem.column) == (2, "lat")
    assert "write a number" in problem.fix


def test_duplicate_ids_are_both_named():
    result = check(file_of([ROW, ROW]))
    assert [(p.row, p.column) for p in result.problems] == [(2, "activity_id"), (3, "activity_id")]
    assert all("occurs more than once" in p.problem for p in result.problems)
    assert result.rows.empty


def test_an_id_already_published_is_set_aside():
    result = check(file_of([{**ROW, "activity_id": "sawmill-operator-adult-education"}]))
    assert "already in the published data" in only_problem(result).problem
    assert result.rows.empty and result.corrected == b""


def test_a_missing_column_keeps_every_row_out():
    columns = [c for c in HEADER.split(",") if c != "organiser"]
    result = check(file_of([{k: v for k, v in ROW.items() if k != "organiser"}], columns=columns))
    problem = only_problem(result)
    assert problem.column == "organiser" and "missing" in problem.problem
    assert "the header must be exactly" in problem.fix
    assert result.rows.empty


def test_an_extra_column_is_named_with_how_to_fix_it():
    result = check(file_of([{**ROW, "notes": "x"}], columns=[*HEADER.split(","), "notes"]))
    assert any(p.column == "notes" and "remove this column" in p.fix for p in result.problems)
    assert result.rows.empty


def test_problems_and_fixes_speak_swedish():
    problem = only_problem(check(file_of([{**ROW, "date": "i mars"}]), lang="sv"))
    assert problem.problem == "värdet 'i mars' kan inte läsas som kolumnens typ"
    assert problem.fix.startswith("skriv datum som ÅÅÅÅ-MM-DD")


def test_a_row_with_too_many_cells_is_named():
    extra = file_of([{**ROW, "activity_id": "extra"}]).splitlines()[1] + ",surplus\r\n"
    result = check(file_of([ROW]) + extra)
    problem = only_problem(result)
    assert problem.row == 3 and "16 cells" in problem.problem and "has 15" in problem.problem
    assert len(result.rows) == 1


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ","), ("utf-8-sig", ","), ("cp1252", ";"), ("utf-8-sig", ";")],
    ids=["utf8-comma", "utf8-bom-comma", "cp1252-semicolon", "utf8-bom-semicolon"],
)
def test_excel_encodings_and_separators_are_read(encoding, separator):
    row = {**ROW, "title_sv": "Träff om stål och återvinning"}
    result = check(file_of([row], separator).encode(encoding))
    assert result.problems == ()
    assert result.rows["title_sv"].iloc[0] == "Träff om stål och återvinning"
    assert result.corrected.decode("utf-8").startswith("activity_id,date,")


def test_semicolon_file_with_decimal_commas_is_normalised():
    example = workplace_example()
    row = {**example, "workplace_id": "ny-plats", "lat": "60,1466", "lon": "15,3788", "employees": "1 375"}
    result = check(file_of([row], ";", list(example)), kind="workplaces")
    assert result.problems == ()
    assert result.rows["lat"].iloc[0] == pytest.approx(60.1466)
    assert result.rows["employees"].iloc[0] == 1375
    assert ",60.1466,15.3788," in result.corrected.decode("utf-8")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("activity_id,date\n".encode("utf-16"), "UTF-16"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(40)), "Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "UTF-16"),  # NUL bytes: not text
        (b"activity_id\x01\x02\x03\nx\n", "do not belong in a text file"),
        (b"activity_id\n\x81\x8d\x8f\x90\x9d\n", "cannot be read as UTF-8 or Windows-1252"),
        (b"", "empty"),
        (HEADER.encode() + b"\n", "no rows"),
    ],
    ids=["utf16", "xlsx", "binary", "control-characters", "undecodable", "empty", "header-only"],
)
def test_unreadable_files_get_one_clear_problem(raw, words):
    result = check(raw)
    problem = only_problem(result)
    assert words in problem.problem
    assert problem.fix
    assert result.rows.empty


def test_a_file_just_over_the_size_cap_says_it_is_larger():
    problem = only_problem(check(b"x" * (LIMITS.max_bytes + 1)))
    assert problem.problem == "the file is 1.1 MB; at most 1.0 MB is accepted"


def test_size_cap():
    limits = UploadSettings(LIMITS.max_rows, 200, LIMITS.examples)
    problem = only_problem(check(file_of([ROW]), limits=limits))
    assert problem.problem.startswith("the file is ") and problem.problem.endswith("is accepted")
    assert "split the file" in problem.fix
    assert check(file_of([ROW])).problems == ()


def test_row_cap():
    limits = UploadSettings(2, LIMITS.max_bytes, LIMITS.examples)
    rows = [{**ROW, "activity_id": f"rad-{i}"} for i in range(3)]
    problem = only_problem(check(file_of(rows), limits=limits))
    assert problem.problem == "the file has 3 rows; at most 2 are read"
    assert check(file_of(rows[:2]), limits=limits).problems == ()


def test_script_in_a_cell_is_kept_as_text():
    script = '<script>alert("x")</script><b>Verkstad</b>'
    result = check(file_of([{**ROW, "title_sv": script}]))
    assert result.problems == ()
    assert result.rows["title_sv"].iloc[0] == script


def test_template_has_the_header_and_one_real_example_row():
    for kind in ("activities", "workplaces"):
        lines = template_csv(kind, LIMITS.examples[kind]).decode("utf-8").splitlines()
        assert len(list(csv.reader(lines))) == 2
        assert lines[1].startswith(LIMITS.examples[kind] + ",")


def test_upload_size_cap_matches_the_server_setting():
    import tomllib
    from pathlib import Path

    server = tomllib.loads((Path(__file__).parents[2] / ".streamlit" / "config.toml").read_text())
    assert server["server"]["maxUploadSize"] * 1024 * 1024 == LIMITS.max_bytes
