"""What the app's web server refuses before Gradio sees a request.

One ASGI middleware, because these rules are about requests, not the UI:
- failed logins are throttled per client address (a password cannot be guessed
  at request speed);
- Gradio's raw upload route, which keeps any file it is sent, is closed when
  uploads are off and refuses a browser page of another origin;
- with JOBBTORG_ALLOWED_HOSTS set, a request for any other host name is refused
  (DNS rebinding); the machine's own names always pass.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from urllib.parse import urlsplit

LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")
LOGIN_FAILURES = 5  # failed logins from one address ...
LOGIN_WINDOW_S = 300.0  # ... within this many seconds lock it out for the rest of the window


class LoginThrottle:
    """Failed logins per client address in a sliding window.

    >>> t = LoginThrottle(failures=2, window=10.0)
    >>> t.fail("a", now=0.0); t.fail("a", now=1.0); t.blocked_for("a", now=2.0), t.blocked_for("b", now=2.0)
    (8.0, 0.0)
    >>> t.blocked_for("a", now=11.0)
    0.0
    """

    def __init__(self, failures: int = LOGIN_FAILURES, window: float = LOGIN_WINDOW_S):
        self.failures, self.window = failures, window
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._seen[client]
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def fail(self, client: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._recent(client, now).append(now)

    def blocked_for(self, client: str, now: float | None = None) -> float:
        """Seconds until `client` may try again (0.0: it may now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            times = self._recent(client, now)
            if len(times) < self.failures:
                return 0.0
            return round(times[0] + self.window - now, 1)


def _host_of(value: str) -> str:
    """The host name of a Host header or an Origin URL, without the port.

    >>> _host_of("127.0.0.1:7860"), _host_of("http://[::1]:80"), _host_of("Jobbtorg.Example.se")
    ('127.0.0.1', '::1', 'jobbtorg.example.se')
    """
    netloc = urlsplit(value if "//" in value else f"//{value}").hostname
    return (netloc or "").lower()


class GuardMiddleware:
    def __init__(self, app, *, uploads_allowed: bool, allowed_hosts: tuple[str, ...] = (),
                 throttle: LoginThrottle | None = None):
        self.app = app
        self.uploads_allowed = uploads_allowed
        # The machine's own names stay allowed: a rebinding attack arrives
        # under a foreign name, and Gradio calls itself on 127.0.0.1 at start.
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts) + (LOCAL_NAMES if allowed_hosts else ())
        self.throttle = throttle or LoginThrottle()

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        path = scope.get("path", "").rstrip("/")
        method = scope.get("method", "GET")
        if self.allowed_hosts and _host_of(headers.get("host", "")) not in self.allowed_hosts:
            return await _refuse(scope, send, 400, "host not allowed")
        if method == "POST" and path.endswith("/upload"):
            if not self.uploads_allowed:
                return await _refuse(scope, send, 403, "uploads are off")
            origin = headers.get("origin")
            if origin and _host_of(origin) != _host_of(headers.get("host", "")):
                return await _refuse(scope, send, 403, "upload from another origin")
        if method == "POST" and path.endswith("/login"):
            client = (scope.get("client") or ("?", 0))[0]
            wait = self.throttle.blocked_for(client)
            if wait > 0:
                return await _refuse(scope, send, 429, f"too many failed logins: try again in {wait:.0f} s")

            async def counting_send(message):
                if message["type"] == "http.response.start" and message["status"] in (400, 401, 403):
                    self.throttle.fail(client)
                await send(message)

            return await self.app(scope, receive, counting_send)
        return await self.app(scope, receive, send)


async def _refuse(scope, send, status: int, detail: str) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
