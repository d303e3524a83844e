"""Browser fixtures: a headless system Chromium driven over the Chrome DevTools Protocol.

Standard library only: a minimal WebSocket client (RFC 6455) talks to a Chromium started
with ``--remote-debugging-port=0``. The tests skip when ``/usr/bin/chromium`` or the
``chromium-driver`` package (``/usr/bin/chromedriver``) is missing, so machines without
a browser still pass; install both with
``apt-get update && apt-get install -y chromium chromium-driver``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import pytest

CHROMIUM: Final = Path("/usr/bin/chromium")
CHROMEDRIVER: Final = Path("/usr/bin/chromedriver")
FLAGS: Final = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1280,900",
    "--remote-debugging-port=0",
)
VIEWPORT: Final = (1280, 900)
TIMEOUT: Final = 30.0


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``browser`` marker (until pyproject.toml declares it)."""
    config.addinivalue_line(
        "markers", "browser: drives a real headless Chromium (skipped when it is missing)"
    )


class WebSocket:
    """A blocking WebSocket client: text frames, fragmentation, ping and close."""

    def __init__(self, url: str, timeout: float = TIMEOUT) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "ws" or parts.hostname is None:
            raise ValueError(f"expected a ws:// URL, got {url!r}")
        self._socket = socket.create_connection((parts.hostname, parts.port or 80), timeout)
        self._buffer = b""
        self._parts: list[bytes] = []
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        request = (
            f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self._socket.sendall(request.encode("ascii"))
        while b"\r\n\r\n" not in self._buffer:
            self._fill()
        head, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status + b" ":
            raise ConnectionError(f"WebSocket handshake refused: {status!r}")

    def _fill(self) -> None:
        chunk = self._socket.recv(1 << 16)
        if not chunk:
            raise ConnectionError("WebSocket closed by the browser")
        self._buffer += chunk

    def _frame(self) -> tuple[int, bool, bytes] | None:
        """Take one whole frame off the buffer, or ``None`` while it is incomplete."""
        buffer = self._buffer
        if len(buffer) < 2:
            return None
        length, offset = buffer[1] & 0x7F, 2
        if length == 126:
            if len(buffer) < 4:
                return None
            (length,), offset = struct.unpack("!H", buffer[2:4]), 4
        elif length == 127:
            if len(buffer) < 10:
                return None
            (length,), offset = struct.unpack("!Q", buffer[2:10]), 10
        mask = b""
        if buffer[1] & 0x80:
            mask, offset = buffer[offset : offset + 4], offset + 4
        if len(buffer) < offset + length:
            return None
        payload = buffer[offset : offset + length]
        self._buffer = buffer[offset + length :]
        if mask:
            payload = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        return buffer[0] & 0x0F, bool(buffer[0] & 0x80), payload

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        self._socket.sendall(header + mask + masked)

    def send(self, text: str) -> None:
        """Send one text message."""
        self._send_frame(0x1, text.encode("utf-8"))

    def receive(self, timeout: float) -> str:
        """Wait up to ``timeout`` seconds for the next text message.

        A timeout (:class:`TimeoutError`) loses nothing: partial data stay buffered.
        """
        self._socket.settimeout(max(timeout, 0.01))
        while True:
            frame = self._frame()
            if frame is None:
                self._fill()
                continue
            opcode, final, payload = frame
            if opcode == 0x8:
                raise ConnectionError("WebSocket closed by the browser")
            if opcode == 0x9:
                self._send_frame(0xA, payload)
            elif opcode in (0x0, 0x1, 0x2):
                self._parts.append(payload)
                if final:
                    message = b"".join(self._parts).decode("utf-8")
                    self._parts = []
                    return message

    def close(self) -> None:
        """Close the connection (without waiting for the browser's reply)."""
        with contextlib.suppress(OSError):
            self._send_frame(0x8, b"")
        self._socket.close()


class Page:
    """One browser tab: DevTools commands, and the events the tab has reported so far."""

    def __init__(self, socket_url: str) -> None:
        self._socket = WebSocket(socket_url)
        self._next_id = 0
        self._results: dict[int, dict[str, Any]] = {}
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.dialogs: list[str] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        width, height = VIEWPORT
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def _post(self, method: str, params: dict[str, Any]) -> int:
        self._next_id += 1
        self._socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        return self._next_id

    def _pump(self, deadline: float) -> None:
        message = json.loads(self._socket.receive(deadline - time.monotonic()))
        if "id" in message:
            self._results[message["id"]] = message
            return
        method, params = message["method"], message.get("params", {})
        self.events.append((method, params))
        if method == "Page.javascriptDialogOpening":
            # A dialog blocks the page until answered; note it and dismiss it.
            self.dialogs.append(params.get("message", ""))
            self._post("Page.handleJavaScriptDialog", {"accept": False})

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Run a DevTools command and return its result."""
        command = self._post(method, params)
        deadline = time.monotonic() + TIMEOUT
        while command not in self._results:
            self._pump(deadline)
        reply = self._results.pop(command)
        if "error" in reply:
            raise AssertionError(f"{method} failed: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def wait_until(self, check: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
        """Poll ``check`` (pumping events between tries) until it holds."""
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            with contextlib.suppress(TimeoutError):
                self._pump(min(deadline, time.monotonic() + 0.05))

    def evaluate(self, expression: str) -> Any:
        """Evaluate a JavaScript expression in the page and return its JSON value."""
        reply = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in reply:
            raise AssertionError(f"{expression!r} threw: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def goto(self, url: str) -> None:
        """Open ``url`` and wait for its load event."""
        seen = len(self.events)
        self.send("Page.navigate", url=url)
        self.wait_until(
            lambda: any(name == "Page.loadEventFired" for name, _ in self.events[seen:]),
            f"{url} to load",
        )

    def settle(self) -> None:
        """Wait for two animation frames, so scheduled redraws have run."""
        self.evaluate(
            "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
        )

    def centre(self, selector: str) -> tuple[float, float]:
        """The viewport coordinates of the centre of the first element ``selector`` finds."""
        box = self.evaluate(
            f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        return float(box[0]), float(box[1])

    def mouse(self, kind: str, x: float, y: float, **extra: Any) -> None:
        """Dispatch one real mouse event through the browser's input pipeline."""
        self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, **extra)

    def click(self, selector: str) -> None:
        """Click the centre of the element ``selector`` finds, as a user would."""
        x, y = self.centre(selector)
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
        self.mouse("mouseReleased", x, y, button="left", buttons=0, clickCount=1)
        self.settle()

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, failed requests and CSP violations so far."""
        found = []
        for method, params in self.events:
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')}")
            elif method == "Network.loadingFailed":
                found.append(f"request failed: {params.get('errorText')}")
        return found

    def requested_urls(self) -> list[str]:
        """The URLs of every request the page made."""
        return [
            params["request"]["url"]
            for method, params in self.events
            if method == "Network.requestWillBeSent"
        ]

    def screenshot(self, path: Path) -> bytes:
        """Save a PNG screenshot of the viewport to ``path`` and return its bytes."""
        png = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        path.write_bytes(png)
        return png

    def close(self) -> None:
        """Close the connection to the tab."""
        self._socket.close()


class Browser:
    """A running Chromium with its DevTools endpoint on ``port``."""

    def __init__(self, port: int) -> None:
        self.port = port

    def _http(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method)
        with urllib.request.urlopen(request, timeout=TIMEOUT) as reply:
            return json.loads(reply.read().decode("utf-8") or "null")

    def new_page(self) -> tuple[Page, str]:
        """Open a blank tab; return its session and target id."""
        target = self._http("/json/new?about:blank", method="PUT")
        return Page(target["webSocketDebuggerUrl"]), target["id"]

    def close_page(self, target: str) -> None:
        """Close the tab with target id ``target``."""
        with contextlib.suppress(OSError, ValueError):
            urllib.request.urlopen(
                f"http://127.0.0.1:{self.port}/json/close/{target}", timeout=TIMEOUT
            ).close()


def _wait_for_port(profile: Path, process: subprocess.Popen[bytes]) -> int:
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited early with status {process.returncode}")
        with contextlib.suppress(FileNotFoundError, ValueError, IndexError):
            return int(marker.read_text(encoding="ascii").splitlines()[0])
        time.sleep(0.05)
    raise RuntimeError("chromium did not open its DevTools port in time")


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """A headless Chromium for the whole session (skips when it is not installed)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)")
    if not CHROMEDRIVER.exists():
        pytest.skip(f"{CHROMEDRIVER} is missing (apt-get install chromium-driver)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield Browser(_wait_for_port(profile, process))
    finally:
        # The launcher script and its children share the session started above.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab of the session's browser, closed after the test."""
    tab, target = browser.new_page()
    try:
        yield tab
    finally:
        tab.close()
        browser.close_page(target)
