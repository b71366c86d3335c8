"""Files that leave the app: numbers as numbers, the reader's headers, chart order, names, safe cells."""

import io
import math

import pandas as pd
import pytest

from core.config import load_config
from core.data import catalogue, exports, loading, queries, statuses
from core.text.i18n import focus_labels

CONFIG = load_config()
COUNTIES = {c.code: c.name for c in CONFIG.counties}
MUNICIPALITIES = queries.municipalities_table(loading.load_geojson("municipalities"))
NAMES = dict(zip(MUNICIPALITIES["municipality_code"], MUNICIPALITIES["name"], strict=True))
INFO = loading.load_meta("indicators")["indicators"]["manufacturing_employment_share"]
VALUES = queries.indicator_values(
    loading.load("indicators"), MUNICIPALITIES, "manufacturing_employment_share", 2024
)


def read(payload: bytes, excel: bool = False) -> pd.DataFrame:
    text = payload.decode("utf-8-sig" if excel else "utf-8")
    return pd.read_csv(io.StringIO(text), sep=";" if excel else ",", dtype=str, keep_default_na=False)


def test_values_table_holds_numbers_and_provenance_with_headers_in_the_readers_language():
    sv = exports.values_table(VALUES, INFO, 2024, COUNTIES, "sv")
    en = exports.values_table(VALUES, INFO, 2024, COUNTIES, "en")
    assert list(sv.columns) == [
        *["Kod", "Namn", "Län", "Mått", "År", "Värde", "Ungefärligt värde", "Status"],
        *["Enhet", "Källa", "Licens"],
    ]
    assert list(en.columns) == [
        "Code",
        "Name",
        "County",
        "Indicator",
        "Year",
        "Value",
        "Approximate figure",
        "Status",
        "Unit",
        "Source",
        "Licence",
    ]
    assert pd.api.types.is_float_dtype(sv["Värde"]) and sv["År"].eq(2024).all()
    ludvika = en[en["Name"].eq("Ludvika")].iloc[0]
    assert (ludvika["Code"], ludvika["County"], ludvika["Value"]) == ("2085", "Dalarna", 35.7)
    assert ludvika["Indicator"] == INFO["title"]["en"] and ludvika["Unit"] == "per cent"
    assert ludvika["Licence"] == INFO["license"]["en"] and sv["Källa"].iloc[0] == INFO["source"]["sv"]


def test_values_table_sorts_like_the_chart_with_missing_values_last():
    falling = exports.values_table(VALUES, INFO, 2024, COUNTIES, "en")["Value"]
    known = falling.dropna()
    assert list(known) == sorted(known, reverse=True) and falling.iloc[len(known) :].isna().all()
    rising = exports.values_table(VALUES, INFO, 2024, COUNTIES, "en", descending=False)["Value"]
    assert rising.iloc[0] == known.min() and math.isnan(rising.iloc[-1])
    by_name = exports.values_table(VALUES, INFO, 2024, COUNTIES, "sv", by="name", descending=False)
    assert list(by_name["Namn"]) == sorted(VALUES["name"])
    as_given = exports.values_table(VALUES, INFO, 2024, COUNTIES, "sv", by=None)
    assert list(as_given["Kod"]) == list(VALUES["municipality_code"])


def test_county_values_are_coded_by_county():
    counties = pd.DataFrame(
        {"county_code": ["20", "21"], "name": ["Dalarna", "Gävleborg"], "value": [5.0, None]}
    )
    table = exports.values_table(counties, INFO, 2024, COUNTIES, "en")
    assert list(table["Code"]) == ["20", "21"] and list(table["County"]) == ["Dalarna", "Gävleborg"]


@pytest.mark.parametrize(
    ("title", "area", "year", "lang", "excel", "name"),
    [
        ("Företag som betalar hälften av lönerna", "Gävleborg", 2022, "sv", False,
         "foretag-som-betalar-halften-av-lonerna_gavleborg_2022.csv"),
        ("Firms paying half of the payroll", None, 2022, "en", False,
         "firms-paying-half-of-the-payroll_all-counties_2022.csv"),
        ("Andel i tillverkning – juli", None, None, "sv", True,
         "andel-i-tillverkning-juli_alla-lan_excel.csv"),
        ("Invånare i tätorter", "per län", 2020, "sv", False, "invanare-i-tatorter_per-lan_2020.csv"),
    ],
)  # fmt: skip
def test_file_name_says_what_the_file_holds_in_plain_ascii(title, area, year, lang, excel, name):
    assert exports.file_name(title, area, year, lang, excel) == name


def test_plain_csv_has_commas_dot_decimals_and_bare_numbers():
    table = exports.values_table(VALUES, INFO, 2024, COUNTIES, "sv")
    payload = exports.csv_bytes(table, "sv")
    assert not payload.startswith(b"\xef\xbb\xbf")
    rows = read(payload)
    ludvika = rows[rows["Namn"].eq("Ludvika")].iloc[0]
    assert (ludvika["Värde"], ludvika["År"], ludvika["Kod"]) == ("35.7", "2024", "2085")
    assert rows[rows["Namn"].eq("Avesta")]["Värde"].item() == "25"
    assert rows["Värde"].iloc[-1] == ""  # missing stays empty, never 0 or "uppgift saknas"


def test_a_sums_float_noise_is_not_written_but_every_given_digit_is():
    """A municipality's emissions summed over sectors (ton) read as the sum, not 408046.33999999997."""
    table = pd.DataFrame({"Värde": [408046.33999999997, 0.1 + 0.2, 123456789012345.0, 1.25]})
    assert read(exports.csv_bytes(table, "sv"))["Värde"].tolist() == [
        "408046.34",
        "0.3",
        "123456789012345",
        "1.25",
    ]
    assert read(exports.csv_bytes(table, "sv", excel=True), excel=True)["Värde"].iloc[0] == "408046,34"


def test_excel_variant_has_a_bom_semicolons_and_swedish_decimal_commas():
    table = exports.values_table(VALUES, INFO, 2024, COUNTIES, "sv")
    payload = exports.csv_bytes(table, "sv", excel=True)
    assert payload.startswith(b"\xef\xbb\xbf") and payload.decode("utf-8-sig").startswith("Kod;Namn;Län;")
    assert read(payload, excel=True).set_index("Namn").loc["Ludvika", "Värde"] == "35,7"
    english = exports.csv_bytes(exports.values_table(VALUES, INFO, 2024, COUNTIES, "en"), "en", excel=True)
    assert read(english, excel=True).set_index("Name").loc["Ludvika", "Value"] == "35.7"


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_like_text_cells_are_neutralised_but_numbers_stay_numbers(cell):
    table = pd.DataFrame({"name": [cell, "Falun"], "value": [-3.5, 2.0]})
    rows = read(exports.csv_bytes(table, "en"))
    assert list(rows["name"]) == [f"'{cell}", "Falun"]
    assert list(rows["value"]) == ["-3.5", "2"]


def test_empty_text_cells_stay_empty_and_text_that_reads_like_a_marker_stays_text():
    table = pd.DataFrame(
        {"name": pd.array(["<NA>", None, 'a, "quoted"\nline'], dtype="string"), "value": [1.0, None, 3.0]}
    )
    rows = read(exports.csv_bytes(table, "en"))
    assert list(rows["name"]) == ["<NA>", "", 'a, "quoted"\nline']
    assert list(rows["value"]) == ["1", "", "3"]


def test_sites_table_lists_the_register_with_numbers_sorted_by_employees():
    sites = loading.load("workplaces")
    meta = loading.load_meta("workplaces")
    table = exports.sites_table(sites, NAMES, COUNTIES, focus_labels("sv"), meta, "sv")
    assert list(table.columns) == [
        "Företag", "Arbetsplats", "Kommunkod", "Kommun", "Län", "Fokusområde",
        "Anställda", "År", "Ungefärligt värde", "Källa", "Licens",
    ]  # fmt: skip
    employees = table["Anställda"]
    known = employees.dropna()
    assert list(known) == sorted(known, reverse=True) and employees.iloc[len(known) :].isna().all()
    top = table.iloc[0]
    assert (top["Kommun"], top["Län"], top["Fokusområde"]) == ("Ludvika", "Dalarna", "Avancerad tillverkning")
    assert top["Ungefärligt värde"] == "ja" and top["Licens"] == meta["license"]["sv"]
    rows = read(exports.csv_bytes(table, "sv", excel=True), excel=True)
    assert rows["Anställda"].iloc[0] == "3225" and rows["Anställda"].iloc[-1] == ""


def test_data_page_download_is_the_published_file_with_formula_cells_neutralised(tmp_path, monkeypatch):
    source = (loading.DATA_DIR / "workplaces.csv").read_text(encoding="utf-8")
    planted = source.replace("Sawn timber", "=cmd|' /C calc'!A0", 1)
    (tmp_path / "workplaces.csv").write_text(planted, encoding="utf-8")
    monkeypatch.setattr(catalogue, "DATA_DIR", tmp_path)
    typed = loading.load("workplaces")
    name, payload, mime = catalogue.download("workplaces", typed, "sv")
    rows = read(payload)
    assert (name, mime) == ("workplaces.csv", "text/csv")
    assert "'=cmd|' /C calc'!A0" in set(rows["products_en"])
    original = read(source.encode("utf-8"))
    assert rows.drop(columns="products_en").equals(original.drop(columns="products_en"))
    name, payload, _ = catalogue.download("workplaces", typed, "sv", "excel")
    excel = read(payload, excel=True)
    assert name == "workplaces_excel.csv" and payload.startswith(b"\xef\xbb\xbf")
    assert excel["lat"].iloc[0] == original["lat"].iloc[0].replace(".", ",")


def test_values_read_off_charts_are_flagged_approximate_in_the_file():
    en = exports.values_table(VALUES, INFO, 2024, COUNTIES, "en")
    ludvika = en[en["Name"].eq("Ludvika")].iloc[0]
    assert (ludvika["Approximate figure"], ludvika["Status"]) == ("yes", "approximate")
    missing = en[en["Value"].isna()]
    assert missing["Approximate figure"].eq("").all() and missing["Status"].eq("not available").all()


def test_a_municipality_not_in_the_register_is_an_empty_cell_with_its_status_never_zero():
    workplaces = loading.load("workplaces")
    rows = statuses.register_values(workplaces, MUNICIPALITIES)
    values = queries.indicator_values(rows, MUNICIPALITIES, "register_sites", None)
    info = {
        "title": {"sv": "Arbetsplatser i vårt register"},
        "unit": "workplaces",
        "source": "x",
        "license": "y",
    }
    table = read(exports.csv_bytes(exports.values_table(values, info, None, COUNTIES, "sv"), "sv"))
    kil = table[table["Namn"].eq("Kil")].iloc[0]
    assert (kil["Värde"], kil["Status"], kil["Ungefärligt värde"]) == ("", "inte i vårt register", "")
    assert "0" not in set(table["Värde"])
