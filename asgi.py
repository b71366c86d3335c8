"""The served app: app.py with a health route, a start-up check of the data and friendly errors.

`streamlit run asgi.py` finds `app` below and serves app.py and pages/ through it (make run, make serve,
the Dockerfile). `streamlit run app.py` and AppTest still open app.py directly, without these hooks.
"""

import streamlit as st
from starlette.middleware import Middleware

from components.shell.failures import page_failed
from server.health import ROUTES
from server.paths import NestedPathRedirect
from server.startup import check_data_at_start

app = st.App(
    "app.py",
    routes=ROUTES,
    lifespan=check_data_at_start,
    on_script_error=page_failed,
    middleware=[Middleware(NestedPathRedirect)],
)
