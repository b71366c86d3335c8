"""HTTP for the refresh: timeouts, retries with backoff (honouring Retry-After), a rate limit, one error."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import requests

from scripts.update.ratelimit import RateLimit

RETRY_STATUSES = {429, 500, 502, 503, 504}


class UpdateError(Exception):
    """A refresh step failed; the message names the publisher, the table and the problem."""

    def __init__(self, publisher: str, table: str, problem: str) -> None:
        super().__init__(f"{publisher} {table}: {problem}")


class _RetryError(Exception):
    def __init__(self, problem: str, after: float | None = None) -> None:
        super().__init__(problem)
        self.problem, self.after = problem, after


def retry_after(response: requests.Response) -> float | None:
    """The server's Retry-After in seconds, if it gave one as a number."""
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


@dataclass
class Http:
    """JSON over HTTP for one publisher; every failure becomes one UpdateError."""

    publisher: str
    timeout: tuple[float, float] = (5.0, 30.0)
    tries: int = 3
    max_wait: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    limit: RateLimit | None = None
    session: requests.Session = field(default_factory=requests.Session)

    def json(self, table: str, url: str, body: dict | None = None) -> object:
        """GET (or POST a JSON body to) the URL and return the parsed JSON, retrying what may pass."""
        return self._retry(table, url, body, _parsed)

    def content(self, table: str, url: str) -> bytes:
        """GET the URL and return its body as bytes (a file download), retrying what may pass."""
        return self._retry(table, url, None, bytes)

    def _retry(self, table: str, url: str, body: dict | None, read: Callable[[bytes], object]) -> object:
        problem = "no attempt"
        for attempt in range(self.tries):
            try:
                return read(self._once(table, url, body))
            except _RetryError as retry:
                problem = retry.problem
                if attempt + 1 < self.tries:
                    self.sleep(min(self.max_wait, 2.0**attempt if retry.after is None else retry.after))
        raise UpdateError(self.publisher, table, f"{problem} (gave up after {self.tries} tries)")

    def _once(self, table: str, url: str, body: dict | None) -> bytes:
        if self.limit:
            self.limit.wait()
        try:
            response = self.session.request("POST" if body else "GET", url, json=body, timeout=self.timeout)
        except requests.Timeout:
            raise _RetryError(f"no answer within {self.timeout[1]:g} s") from None
        except requests.ConnectionError as error:
            host = url.split("/")[2]
            raise _RetryError(f"network error, cannot reach {host} ({type(error).__name__})") from None
        except requests.RequestException as error:
            raise _RetryError(f"truncated body ({type(error).__name__})") from None
        if response.status_code in RETRY_STATUSES:
            raise _RetryError(f"HTTP {response.status_code} {response.reason}", retry_after(response))
        if response.status_code != 200:
            raise UpdateError(self.publisher, table, f"HTTP {response.status_code} for {url}")
        return response.content


def _parsed(content: bytes) -> object:
    try:
        return json.loads(content)
    except ValueError:
        raise _RetryError("truncated or invalid JSON body") from None
