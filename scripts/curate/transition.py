"""Curate the industrial-transition datasets from the shared source folders into data/.

    python -m scripts.curate.transition --sources ../shared/sources

Writes data/emissions.csv, ets_plants.csv, ets_emissions.csv, transition_projects.csv, grants.csv and
jobs_region.csv, and appends the project's own items to data/activities.csv (existing rows kept). Running it
again gives byte-identical files. Values are copied as the sources give them; nothing is estimated, and a
missing value stays an empty cell. The plant-in-municipality check is printed to stderr.
"""

from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal
from pathlib import Path

import geopandas as gpd
import pandas as pd

from scripts.curate import activity_texts, project_texts

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
EMISSIONS_DIR = "klimatkollen-smhi-emissions-by-sector"
ETS_DIR = "eutl-ets-installations-nms"
PIPELINE = "transition-pipeline/pipeline.csv"
GRANTS = "klimatklivet-grants-nms-2025-2026/klimatklivet_nonCharging_grants_nms_2025-01_2026-06.csv"
RAMS = "scb-rams-nuts2-se31/rams_dagbef_sni_section_se31_2016_2021.csv"
ACTIVITIES = "focus-industry-activities/activities.csv"

# SMHI main sectors ("Huvudsektor") -> our ids; Swedish and English names are in content/strings.yaml.
SECTORS = {
    "Industri (energi + processer)": "industry",
    "El och fjärrvärme": "electricity_heating",
    "Transporter": "transport",
    "Arbetsmaskiner": "machinery",
    "Jordbruk": "agriculture",
    "Egen uppvärmning av bostäder och lokaler": "heating_buildings",
    "Avfall (inkl.avlopp)": "waste",
    "Produktanvändning (inkl. lösningsmedel)": "product_use",
    "Utrikes transporter": "international_transport",
}
LATEST_RELEASE = "SMHI-2024"
OUTSIDE_REGION = {"SE-491"}  # Outokumpu Degerfors, Örebro county: excluded if it ever appears

# The pipeline's statuses -> our fixed vocabulary (the pipeline already uses the same words).
STATUSES = {
    "announced": "announced",
    "decided": "decided",
    "under_construction": "under_construction",
    "commissioning": "commissioning",
    "in_operation": "in_operation",
    "paused": "paused",
    "cancelled": "cancelled",
    "closed": "closed",
}
FOCUS_AREAS = {
    "steel": "steel",
    "forest_bioeconomy": "forest_bioeconomy",
    "advanced_manufacturing": "advanced_manufacturing",
    "other": "other_industry",
}
APPROX = re.compile(r"approximately|about|cirka|\bca\b|more than|up to|upp till", re.IGNORECASE)
SEK_AMOUNT = re.compile(r"^(\d+) SEK")


def write(frame: pd.DataFrame, name: str) -> None:
    """Write a table of text cells as UTF-8 CSV with LF line ends (empty cell = missing)."""
    frame.fillna("").to_csv(DATA / f"{name}.csv", index=False, lineterminator="\n")


def read(path: Path) -> pd.DataFrame:
    """A source CSV as text; empty cells stay empty strings."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _release(frame: pd.DataFrame) -> pd.DataFrame:
    latest = frame[frame["data_release"].str.startswith(LATEST_RELEASE)]
    if len(set(latest["data_release"])) != 1:
        raise SystemExit(
            f"expected exactly one {LATEST_RELEASE} release, got {latest['data_release'].unique()}"
        )
    return latest


def emissions(sources: Path) -> pd.DataFrame:
    """Emissions per area, year and SMHI main sector, latest release only."""
    folder = sources / EMISSIONS_DIR
    towns = _release(read(folder / "municipality_sector_emissions_latest.csv"))
    larger = _release(read(folder / "county_and_national_sector_emissions.csv"))
    frames = [
        towns.assign(area_code=towns["municipality_code"], area_level="municipality"),
        larger.assign(
            area_code=larger["county_code"],
            area_level=larger["county_code"].map(lambda code: "country" if code == "SE" else "county"),
        ),
    ]
    table = pd.concat(frames, ignore_index=True)
    table = table.assign(
        sector=table["sector"].map(SECTORS),
        emissions_t=table["emissions_t_co2e"],
        data_release=table["data_release"],
    )
    order = {"municipality": 0, "county": 1, "country": 2}
    table = table.sort_values(
        ["area_level", "area_code", "year", "sector"],
        key=lambda c: c.map(order) if c.name == "area_level" else c,
    )
    return table[["area_code", "area_level", "year", "sector", "emissions_t", "data_release"]]


def _whole(value: str) -> str:
    """'4207.0' -> '4207'; empty stays empty (the source has whole tonnes and allowances)."""
    if not value:
        return ""
    number = Decimal(value)
    if number != number.to_integral_value():
        raise SystemExit(f"expected a whole number, got {value}")
    return str(int(number))


STEEL = ("24", "5")
PULP_PAPER = {"35": "massa", "36": "papper eller kartong"}
PULP_PAPER_EN = {"35": "pulp", "36": "paper or board"}
# Plants whose EUTL activity does not tell what they are: (sector, reason sv, reason en).
SECTOR_OVERRIDES = {
    "SE-386": (
        "steel",
        "EUTL anger förbränning, men det är SSAB:s stålverk",
        "EUTL codes it combustion, but it is SSAB's steel works",
    ),
    "SE-372": (
        "pulp_paper",
        "EUTL anger förbränning; energianläggningen vid Korsnäs bruk",
        "EUTL codes it combustion; the energy plant of the Korsnäs mill",
    ),
    "SE-473": (
        "pulp_paper",
        "EUTL anger förbränning; Stora Ensos massabruk i Norrsundet",
        "EUTL codes it combustion; Stora Enso's pulp mill in Norrsundet",
    ),
    "SE-361": (
        "other",
        "Förbränning vid en limfabrik (kemi)",
        "Combustion at an adhesives plant (chemicals)",
    ),
    "SE-352": ("other", "Förbränning vid en kemisk fabrik", "Combustion at a chemical plant"),
    "SE-704": ("other", "Förbränning vid Hitachi Energys verkstad", "Combustion at Hitachi Energy's works"),
    "SE-218580": ("other", "Reservkraft vid ett datacenter", "Backup power at a data centre"),
    "SE-218561": ("other", "Reservkraft vid ett datacenter", "Backup power at a data centre"),
}
SAWMILLS = {"SE-850", "SE-388", "SE-847", "SE-206045", "SE-207942"}


def sector_of(eutl_id: str, activity: str) -> tuple[str, str, str]:
    """Our sector of a plant and why, in Swedish and English."""
    if eutl_id in SECTOR_OVERRIDES:
        return SECTOR_OVERRIDES[eutl_id]
    if eutl_id in SAWMILLS:
        return ("other", "Förbränning vid ett sågverk (trävaror)", "Combustion at a sawmill (wood products)")
    if activity in STEEL:
        return ("steel", "EUTL: framställning av järn eller stål", "EUTL: production of iron or steel")
    if activity in PULP_PAPER:
        return (
            "pulp_paper",
            f"EUTL: framställning av {PULP_PAPER[activity]}",
            f"EUTL: production of {PULP_PAPER_EN[activity]}",
        )
    if activity == "30":
        return ("lime_minerals", "EUTL: framställning av kalk", "EUTL: production of lime")
    return (
        "heat_power",
        "Förbränning hos ett energi- eller kommunalt bolag (värme, kraftvärme eller reserv)",
        "Combustion run by an energy or municipal utility (heat, combined heat and power, or backup)",
    )


def location_check(plants: pd.DataFrame) -> pd.Series:
    """'inside' or 'outside' the stated municipality's polygon, or 'no_point' without coordinates."""
    areas = gpd.read_file(DATA / "municipalities.geojson")[["municipality_code", "geometry"]]
    has_point = plants["lat"].ne("")
    points = gpd.GeoDataFrame(
        plants.loc[has_point, ["eutl_id", "municipality_code"]],
        geometry=gpd.points_from_xy(
            plants.loc[has_point, "lon"].astype(float), plants.loc[has_point, "lat"].astype(float)
        ),
        crs=areas.crs,
    )
    joined = gpd.sjoin(points, areas.rename(columns={"municipality_code": "found"}), how="left")
    inside = joined.groupby(level=0).apply(lambda g: bool((g["found"] == g["municipality_code"]).any()))
    result = pd.Series("no_point", index=plants.index)
    result[inside.index] = inside.map({True: "inside", False: "outside"})
    return result


def ets_plants(sources: Path) -> pd.DataFrame:
    """The EU ETS installations with our sector and the location check."""
    source = read(sources / ETS_DIR / "ets_installations_nms.csv")
    source = source[~source["eutl_id"].isin(OUTSIDE_REGION)].reset_index(drop=True)
    sectors = [sector_of(i, a) for i, a in zip(source["eutl_id"], source["main_activity_code"], strict=True)]
    table = pd.DataFrame(
        {
            "eutl_id": source["eutl_id"],
            "name": source["installation_name"],
            "operator": source["operator"],
            "municipality_code": source["municipality_code"],
            "county_code": source["county_code"],
            "lat": source["lat"],
            "lon": source["lon"],
            "location_approx": "true",
            "location_check": location_check(source),
            "eutl_activity_code": source["main_activity_code"],
            "eutl_activity": source["main_activity"],
            "sector": [s[0] for s in sectors],
            "sector_reason_sv": [s[1] for s in sectors],
            "sector_reason_en": [s[2] for s in sectors],
            "account_status": source["account_status"],
            "first_year": source["first_year_of_emissions"].replace("0", ""),
            "last_year": source["last_year_of_emissions"].replace("0", ""),
            "source_url": "https://github.com/cedricr/eutl/blob/e7cd262520b328725674711502121b881f7300ae/export/installations-SE.csv",
        }
    )
    return table.sort_values(["municipality_code", "eutl_id"], ignore_index=True)


def ets_emissions(sources: Path, plants: pd.DataFrame) -> pd.DataFrame:
    """Verified emissions and free allocation per plant and year; empty where EUTL has no value."""
    source = read(sources / ETS_DIR / "ets_verified_emissions_nms_2005_2022.csv")
    source = source[source["eutl_id"].isin(plants["eutl_id"])]
    table = pd.DataFrame(
        {
            "eutl_id": source["eutl_id"],
            "year": source["year"],
            "verified_t": source["verified_emissions_t_co2e"].map(_whole),
            "free_allocation": source["free_allocation_allowances"].map(_whole),
            "compliance_code": source["compliance_code"],
        }
    )
    return table.sort_values(["eutl_id", "year"], ignore_index=True)


def _msek(sek: str) -> str:
    """An amount in SEK as million SEK, exactly (no rounding)."""
    value = (Decimal(sek) / Decimal(1_000_000)).normalize()
    return format(value, "f")


def _investment(row: pd.Series) -> tuple[str, str, str]:
    """Investment in MSEK (SEK amounts only), the amount as stated, and the approximate flag."""
    if not row["investment_amount"]:
        return "", "", "false"
    stated = f"{row['investment_amount']} {row['currency']}"
    msek = _msek(row["investment_amount"]) if row["currency"] == "SEK" else ""
    quotes = [q for q in row["quote"].split(" | ") if "investment_amount" in q.split("]")[0]]
    approx = any(APPROX.search(q) for q in quotes)
    return msek, stated, "true" if approx else "false"


def _grant(text: str) -> str:
    match = SEK_AMOUNT.match(text)
    return _msek(match.group(1)) if match else ""


def transition_projects(sources: Path) -> pd.DataFrame:
    """The transition pipeline with our own texts, statuses checked against the vocabulary."""
    source = read(sources / PIPELINE)
    unknown = set(source["status"]) - set(STATUSES) | set(source["id"]) - set(project_texts.TEXTS)
    if unknown:
        raise SystemExit(f"unmapped statuses or ids without texts: {sorted(unknown)}")
    money = source.apply(_investment, axis=1, result_type="expand")
    texts = source["id"].map(project_texts.TEXTS)
    return pd.DataFrame(
        {
            "project_id": source["id"],
            "company": source["company"],
            "site": source["site"],
            "municipality_code": source["municipality_code"],
            "county_code": source["county_code"],
            "focus_area": source["focus_area"].map(FOCUS_AREAS),
            "title_sv": texts.str[0],
            "title_en": texts.str[1],
            "summary_sv": texts.str[2],
            "summary_en": texts.str[3],
            "status": source["status"].map(STATUSES),
            "status_date": source["status_date"],
            "announced_date": source["announced_date"],
            "investment_msek": money[0],
            "investment_as_stated": money[1],
            "amount_approx": money[2],
            "public_grant_msek": source["public_grant"].map(_grant),
            "public_grant_as_stated": source["public_grant"],
            "grant_programme": source["grant_programme"],
            "co2_reduction_t_per_year": source["co2_reduction_t_per_year"],
            "source_name": source["source_name"],
            "source_url": source["source_url"],
            "source_date": source["source_date"],
        }
    )


def grants(sources: Path) -> pd.DataFrame:
    """Klimatklivet grants decided 2025-01 to 2026-06 in the region."""
    source = read(sources / GRANTS)
    table = pd.DataFrame(
        {
            "case_number": source["case_number"],
            "decision_date": source["decision_date"],
            "organisation": source["organisation_name"],
            "municipality_code": source["municipality_code"],
            "county_code": source["municipality_code"].str[:2],
            "measure_category": source["measure_category"],
            "title": source["title"],
            "grant_status": source["status"],
            "end_date": source["end_date"],
            "grant_sek": source["grant_amount_sek"],
        }
    )
    return table.sort_values(["decision_date", "case_number"], ignore_index=True)


def jobs_region(sources: Path) -> pd.DataFrame:
    """Employed persons (both sexes) by SNI section, Norra Mellansverige (SE31) and Sweden."""
    source = read(sources / RAMS)
    both = source[source["sex"].eq("totalt")]
    table = pd.DataFrame(
        {
            "year": both["year"],
            "area": both["nuts2"],
            "sni_section": both["sni_section"],
            "employed": both["employed"],
            "source_url": both["source_url"],
        }
    )
    return table.sort_values(
        ["area", "year", "sni_section"], ascending=[False, True, True], ignore_index=True
    )


PARTNERS = {
    "Dalarna Science Park": "dalarna-science-park",
    "Paper Province": "paper-province",
    "Sustainable Steel Region": "sustainable-steel-region",
    "RISE": "rise-propell",
    "Sandbacka Science Park": "sandbacka-science-park",
    "IUC Gävleborg": "iuc-gavleborg",
    "IUC Värmland": "iuc-varmland",
}
RELATIONS = {"focus_industry_spets": "project", "related": "related", "predecessor_project": "predecessor"}
TYPES = {"conference": "event", "seminar": "event", "programme": "other", "report": "other", "other": "other"}
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _partner(text: str) -> str:
    first = text.split(";")[0].strip()
    return PARTNERS.get(first, "")


def _one_code(text: str) -> str:
    return text if re.fullmatch(r"\d{4}", text) else ""


def new_activities(sources: Path) -> pd.DataFrame:
    """The source's items not yet in data/activities.csv, in our own words and vocabulary."""
    source = read(sources / ACTIVITIES)
    source = source[source["id"].isin(activity_texts.TEXTS)]
    texts = source["id"].map(activity_texts.TEXTS)
    codes = source["municipality_code"].map(_one_code)
    return pd.DataFrame(
        {
            "activity_id": texts.str[0],
            "date": source["date"].where(source["date"].str.match(FULL_DATE), ""),
            "title_sv": texts.str[1],
            "title_en": texts.str[2],
            "organiser": source["organiser"],
            "partner_id": source["partner"].map(_partner),
            "county_code": codes.str[:2],
            "municipality_code": codes,
            "focus_area": source["focus_area"].where(~source["focus_area"].isin(["all", "unknown"]), ""),
            "activity_type": source["activity_type"].map(TYPES),
            "relation": source["relation"].map(RELATIONS),
            "description_sv": texts.str[3],
            "description_en": texts.str[4],
            "source": source["source_name"],
            "source_url": source["source_url"],
        }
    )


def activities(sources: Path) -> pd.DataFrame:
    """data/activities.csv with the new items appended once (rows already there are kept as they are)."""
    current = read(DATA / "activities.csv")
    added = new_activities(sources)
    kept = current[~current["activity_id"].isin(added["activity_id"])]
    return pd.concat([kept, added], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    """Regenerate every curated table from the sources folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources")
    sources = parser.parse_args(argv).sources
    plants = ets_plants(sources)
    write(emissions(sources), "emissions")
    write(plants, "ets_plants")
    write(ets_emissions(sources, plants), "ets_emissions")
    write(transition_projects(sources), "transition_projects")
    write(grants(sources), "grants")
    write(jobs_region(sources), "jobs_region")
    write(activities(sources), "activities")
    outside = plants[plants["location_check"].ne("inside")]
    for row in outside.itertuples():
        sys.stderr.write(f"{row.eutl_id} {row.name} ({row.municipality_code}): {row.location_check}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
