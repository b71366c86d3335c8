"""Our sector of each EU ETS plant and why, in Swedish and English (EUTL's activity, or our reading of it)."""

from __future__ import annotations

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
