# ruff: noqa: E501  (a table of sentences: one sentence per line reads better than split strings)
"""Our own ids, titles and descriptions of the activities added from focus-industry-activities, Swedish first.

Source id -> (activity_id, title_sv, title_en, description_sv, description_en). Written anew from the facts
in each row; the source's quotes are not used. REL-01..REL-03 are already in data/activities.csv.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str, str, str, str]] = {
    "FIS-01": (
        "focus-industry-launch-news",
        "De tre länen samlas under namnet Focus Industry",
        "The three counties join forces as Focus Industry",
        "Nyhet om projektstarten: Dalarna, Gävleborg och Värmland arbetar tillsammans för industrin. Datum = publiceringsdag.",
        "News of the project start: Dalarna, Gävleborg and Värmland work together for industry. Date = day of publication.",
    ),
    "FIS-02": (
        "paper-province-press-release-project",
        "Paper Province berättar om projektet och dess deltagare",
        "Paper Province presents the project and its partners",
        "Pressmeddelande om Focus Industry Spets och vilka organisationer som deltar. Odaterat i källan.",
        "Press release on Focus Industry Spets and the organisations taking part. Undated in the source.",
    ),
    "FIS-03": (
        "paper-province-forest-strand-news",
        "Paper Province samordnar den skogliga bioekonomin",
        "Paper Province coordinates the forest bioeconomy strand",
        "Nyhet om att Paper Province leder projektets arbete med skoglig bioekonomi. Datum = publiceringsdag.",
        "News that Paper Province leads the project's work on the forest bioeconomy. Date = day of publication.",
    ),
    "FIS-04": (
        "focus-industry-spets-period",
        "Focus Industry Spets startar",
        "Focus Industry Spets starts",
        "Projektet pågår 2022-02-01–2023-10-31 och hjälper små och medelstora industriföretag att arbeta mer systematiskt med innovation.",
        "The project runs 2022-02-01 to 2023-10-31 and helps small and medium-sized industrial firms work more systematically on innovation.",
    ),
    "FIS-05": (
        "paper-province-forest-strand",
        "Paper Provinces del av projektet: skoglig bioekonomi",
        "Paper Province's part of the project: forest bioeconomy",
        "Paper Provinces arbete inom projektet med skoglig bioekonomi, till projektets slut 2023-10-31.",
        "Paper Province's work in the project on the forest bioeconomy, until the project ended on 2023-10-31.",
    ),
    "REL-04": (
        "dalarna-science-park-sme-effort",
        "Gemensam satsning för små tillverkningsföretag",
        "Joint effort for small manufacturing firms",
        "Dalarna Science Park beskriver ett arbete med flera organisationer i norra Mellansverige för små och medelstora tillverkande företag; troligen projektet, men namnet syns inte i källan.",
        "Dalarna Science Park describes work with several organisations across the region for small and medium-sized manufacturers; probably the project, but the name is not visible in the source.",
    ),
    "REL-05": (
        "dalarna-innovation-days-2023",
        "Dalarna Innovation Days",
        "Dalarna Innovation Days",
        "Fyra dagar i oktober 2023 i Borlänge, Falun, Leksand och på nätet, med omkring 1 500 deltagare. Inte angiven som projektaktivitet.",
        "Four days in October 2023 in Borlänge, Falun, Leksand and online, with about 1,500 participants. Not stated to be a project activity.",
    ),
    "REL-06": (
        "dalarna-high-tech-lab-arena",
        "En tänkt arena: Dalarna High Tech Lab Arena",
        "A planned arena: Dalarna High Tech Lab Arena",
        "Dalarna Science Park och IUC Dalarna presenterade idén för omkring 60 deltagare under Dalarna Innovation Days i oktober 2023.",
        "Dalarna Science Park and IUC Dalarna presented the idea to about 60 people during Dalarna Innovation Days in October 2023.",
    ),
    "REL-07": (
        "kompetenskraft-industri-nms",
        "Kompetenskraft Industri NMS",
        "Kompetenskraft Industri NMS",
        "Ett treårigt projekt om industrins kompetensbehov, startat 2023, drivet av IUC-bolagen i de tre länen med stöd från Europeiska socialfonden.",
        "A three-year project on industry's skills needs, started in 2023, run by the IUC companies of the three counties with European Social Fund support.",
    ),
    "REL-08": (
        "iuc-gavleborg-established",
        "IUC Gävleborg byggs upp",
        "IUC Gävleborg is set up",
        "Sandbacka Science Park, Företagsutbildarna och RISE fick nära 16 miljoner kronor för att bygga upp IUC Gävleborg; projektet pågick till oktober 2023.",
        "Sandbacka Science Park, Företagsutbildarna and RISE received nearly SEK 16 million to set up IUC Gävleborg; the project ran until October 2023.",
    ),
    "REL-09": (
        "react-eu-priority-sustainable-steel-region",
        "REACT-EU-prioritering av ett gemensamt projekt",
        "REACT-EU priority for a joint project",
        "Strukturfondspartnerskapet prioriterade ett projekt för de tre länen med Sustainable Steel Region som sökande.",
        "The Structural Fund Partnership gave priority to a project for the three counties with Sustainable Steel Region as applicant.",
    ),
    "REL-10": (
        "hit-innovation-programme",
        "HIT: innovationsprogram för små och medelstora företag",
        "HIT: innovation programme for small and medium-sized firms",
        "Ett program vid Dalarna Science Park för att öka små och medelstora företags förmåga att ställa om, 2021-09-01–2023-10-31.",
        "A programme at Dalarna Science Park to raise small and medium-sized firms' capacity to change, 2021-09-01 to 2023-10-31.",
    ),
    "REL-11": (
        "mighty-edih-start",
        "Beslut om stöd till MIGHTY EDIH",
        "Grant decision for MIGHTY EDIH",
        "Stöd till uppbyggnaden av en europeisk digital innovationshubb i regionen, beslutat efter projektets slut.",
        "Support for building a European digital innovation hub in the region, decided after the project ended.",
    ),
    "REL-12": (
        "nms-industrial-transformation-strategy",
        "Gemensam strategi för industriell omvandling",
        "Joint strategy for industrial transformation",
        "De tre regionernas gemensamma strategi med sex prioriteringar, som Focus Industry bygger på. Odaterad i källan.",
        "The three regions' joint strategy with six priorities, which Focus Industry builds on. Undated in the source.",
    ),
    "REL-13": (
        "industridagen-2019-sandviken",
        "Industridagen 2019 i Sandviken",
        "Industry Day 2019 in Sandviken",
        "En stor industrikonferens i Göransson Arena, del av arbetet med strategin för industriell omvandling.",
        "A large industry conference at Göransson Arena, part of the work on the industrial transformation strategy.",
    ),
    "PRE-01": (
        "smart-industri-nms",
        "Smart Industri i Norra Mellansverige",
        "Smart Industry in North Middle Sweden",
        "Ett tidigare projekt om industrins omställning, startat i juni 2017 med över 40 kommuner. Inte Focus Industry Spets.",
        "An earlier project on industrial change, started in June 2017 with more than 40 municipalities. Not Focus Industry Spets.",
    ),
    "PRE-02": (
        "smart-industri-nms-2",
        "Smart Industri Norra Mellansverige 2",
        "Smart Industry North Middle Sweden 2",
        "Uppföljaren om industriell omvandling, finansierad av Tillväxtverket och de tre regionerna. Inte Focus Industry Spets.",
        "The follow-up on industrial transformation, funded by Tillväxtverket and the three regions. Not Focus Industry Spets.",
    ),
}
