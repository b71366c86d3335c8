"""Kommun / Municipality profile: indicators against county and region, sites, activities."""

import streamlit as st

from components import charts, datasets, profile, url_state
from components.device import viewer_config
from components.frame import frame
from components.i18n import t
from core.data import queries
from core.text.i18n import bilingual
from core.views import indicator_views

lang = frame("municipality")
config = viewer_config()
geo = datasets.geojson("municipalities")
municipalities = queries.municipalities_table(geo)
names = dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True))
county_names = {c.code: c.name for c in config.counties}
indicators = datasets.load("indicators")
workplaces = datasets.load("workplaces")
catalogue = indicator_views.indicator_catalogue(
    datasets.meta("indicators"), datasets.meta("workplaces"), config
)

code = url_state.select(
    t("municipality.choose"),
    list(names),
    key="kommun",
    default=config.default_municipality,
    format_func=lambda c: f"{names[c]} ({county_names[c[:2]]})",
)
county_name = county_names[code[:2]]
st.header(t("municipality.heading", name=names[code], county=county_name))

st.dataframe(profile.indicator_table(code, lang), hide_index=True, key="municipality_profile")
st.caption(t("municipality.profile_help"))
charts.source_notes(
    [*(catalogue[i] for i in datasets.meta("indicators")["indicators"]), datasets.meta("workplaces")]
)

st.subheader(t("municipality.compare_heading"))
chosen = url_state.select(
    t("municipality.compare"),
    indicator_views.indicators_with_value(indicators, code),
    key="compare",
    format_func=lambda i: bilingual(catalogue[i]["title"], lang),
)
profile.peer_chart(indicators, municipalities, catalogue[chosen], chosen, code, county_name)
profile.local_panel(workplaces, code, names, county_name)
