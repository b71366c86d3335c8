"""A rate limit for the refresh's calls: at most so many requests in any window of seconds."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class RateLimit:
    """At most `calls` requests in any `window` seconds (SCB's /config: maxCallsPerTimeWindow, timeWindow)."""

    calls: int
    window: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _times: deque = field(default_factory=deque)

    def wait(self) -> None:
        """Sleep until one more call fits in the window, then count it."""
        now = self.clock()
        while self._times and now - self._times[0] >= self.window:
            self._times.popleft()
        if len(self._times) >= self.calls:
            self.sleep(self.window - (now - self._times.popleft()))
        self._times.append(self.clock())
