# Industrikartan in containers (README, "Hosting"). Two images from one file:
#   docker build --target app -t industrikartan-app .      one app process; run N replicas
#   docker build --target front -t industrikartan-front \
#       --build-arg APP_SERVERS=app-1:8501,app-2:8501 .    nginx in front of those replicas
# Not built on the development machine (it has no Docker engine); README says what was checked instead.

# --- The app: `streamlit run asgi.py` as an unprivileged user, healthy when the data package is valid.
FROM python:3.11-slim AS app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY .streamlit .streamlit
COPY app.py asgi.py config.yaml ./
COPY components components
COPY core core
COPY server server
COPY pages pages
COPY content content
COPY data data
COPY static static
RUN useradd --system --uid 10001 --no-create-home industrikartan
USER industrikartan
EXPOSE 8501
# 503 from /api/health (a broken data file) marks the replica unhealthy, so a load balancer leaves it out.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/api/health', timeout=4)"]
CMD ["streamlit", "run", "asgi.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.headless=true"]

# --- Build the front: Streamlit's static files (same version as the app) precompressed, nginx.conf, and each
# page's snapshot (its default view, drawn by the app's own code from the same data as the app image).
FROM python:3.11-slim AS front-build
ARG APP_SERVERS=app:8501
WORKDIR /build
COPY requirements.txt requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements.txt \
    && pip install --no-cache-dir $(grep -E '^(brotli|Jinja2|fonttools)==' requirements-dev.txt)
COPY front front
# The page's head carries the app's styles, the icon font keeps the icons the app's code names, and the
# snapshots run every page once in AppTest: the app's code, texts, config and data.
COPY .streamlit .streamlit
COPY app.py config.yaml ./
COPY components components
COPY core core
COPY pages pages
COPY content content
COPY data data
COPY static static
RUN python -m front.site --run-dir /srv/front --listen 0.0.0.0:8080 --app-servers "$APP_SERVERS" \
    && python -m front.snapshots /srv/front/snapshots

# --- The front: Debian's nginx and brotli_static module, as an unprivileged user on port 8080.
FROM debian:bookworm-slim AS front
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
    && rm -rf /var/lib/apt/lists/*
COPY --from=front-build --chown=www-data:www-data /srv/front /srv/front
USER www-data
EXPOSE 8080
CMD ["nginx", "-p", "/srv/front", "-c", "/srv/front/nginx.conf", "-e", "stderr", "-g", "daemon off;"]
