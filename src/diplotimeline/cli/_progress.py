"""The command line's progress bar: drawn in place on a terminal's standard error."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO


def _clock_text(seconds: float) -> str:
    """``0:07``, ``12:40``, ``1:02:03``."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class _Progress:
    """A progress bar on a terminal: done/total when known, docs/s and the time left.

    It redraws in place (carriage return) at most once every ``interval`` seconds and
    draws nothing at all when ``enabled`` is false (``--quiet``, or the stream is not a
    terminal), so logs and pipes never see it.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total: int | None,
        enabled: bool,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.1,
        label: str = "docs",
    ) -> None:
        self.stream, self.total, self.enabled = stream, total, enabled
        self.clock, self.interval, self.label = clock, interval, label
        self.started = clock()
        self.done = 0
        self.drawn_at: float | None = None
        self.width = 0

    @staticmethod
    def wanted(stream: TextIO, quiet: bool) -> bool:
        """Whether to show a bar on ``stream``: a terminal, and not ``--quiet``."""
        isatty = getattr(stream, "isatty", None)
        return not quiet and callable(isatty) and bool(isatty())

    def render(self, now: float) -> str:
        """The bar's text for ``self.done`` documents at time ``now``."""
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        speed = f"{rate:.1f} {self.label}/s" if self.done and elapsed > 0 else f"- {self.label}/s"
        if self.total is None:
            return f"{self.done} {self.label}  {speed}  {_clock_text(elapsed)}"
        total = max(self.total, self.done)
        fraction = self.done / total if total else 1.0
        filled = int(24 * fraction)
        bar = "#" * filled + "-" * (24 - filled)
        if self.done >= total:
            left = f"in {_clock_text(elapsed)}"
        elif rate > 0:
            left = f"ETA {_clock_text((total - self.done) / rate)}"
        else:
            left = "ETA -:--"
        width = len(str(total))
        return f"[{bar}] {self.done:>{width}}/{total} {self.label} {fraction:4.0%}  {speed}  {left}"

    def _draw(self, now: float) -> None:
        text = self.render(now)
        columns = shutil.get_terminal_size((80, 24)).columns
        text = text[: max(10, columns - 1)]
        # Spaces wipe what a longer previous line left behind.
        self.stream.write("\r" + text + " " * max(0, self.width - len(text)))
        self.stream.flush()
        self.width, self.drawn_at = len(text), now

    def update(self, done: int) -> None:
        """Record that ``done`` documents are finished; redraw if the interval has passed."""
        self.done = done
        if not self.enabled:
            return
        now = self.clock()
        if self.drawn_at is None or now - self.drawn_at >= self.interval:
            self._draw(now)

    def close(self) -> None:
        """Draw the final state and end the line (nothing when disabled)."""
        if self.enabled:
            self._draw(self.clock())
            self.stream.write("\n")
            self.stream.flush()
