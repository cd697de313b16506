"""Logging as `event key=value` lines (or JSON), with every secret redacted.

Why a filter on the handler rather than care at each call: a webhook URL or token can reach a
log line through an exception message from a library we do not control. Redacting at the last
step catches those too.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

REDACTED = "[redacted]"


class Redactor(logging.Filter):
    """Replace each known secret in the formatted message and its arguments."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets: list[str] = []
        self.update(secrets)

    def update(self, secrets: Iterable[str]) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for s in self.secrets:
            if s in text:
                text = text.replace(s, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            record.msg = self.scrub(record.getMessage())
            record.args = None
            fields = getattr(record, "fields", None)
            if isinstance(fields, dict):
                record.fields = {k: self.scrub(v) if isinstance(v, str) else v for k, v in fields.items()}
            if record.exc_info and record.exc_info[1] is not None:
                record.exc_text = self.scrub(logging.Formatter().formatException(record.exc_info))
                record.exc_info = None
        return True


def _value(v: Any) -> str:
    if isinstance(v, float):
        v = f"{v:.3f}".rstrip("0").rstrip(".")
    s = str(v)
    if s == "" or any(c in s for c in ' ="\n\t'):
        return json.dumps(s, ensure_ascii=False)
    return s


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", {}) or {}
        ts = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = [ts, record.levelname.lower(), record.getMessage()]
        parts += [f"{k}={_value(v)}" for k, v in fields.items() if v is not None]
        line = " ".join(parts)
        if record.exc_text:
            line += "\n" + record.exc_text
        elif record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
        }
        doc.update({k: v for k, v in (getattr(record, "fields", {}) or {}).items() if v is not None})
        if record.exc_text:
            doc["exception"] = record.exc_text
        elif record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return json.dumps(doc, ensure_ascii=False, default=str)


_redactor = Redactor()


def configure(
    *,
    fmt: str = "text",
    level: int = logging.INFO,
    stream: TextIO | None = None,
    secrets: Iterable[str] = (),
) -> Redactor:
    """Send the `vahti` logger to `stream` (stderr) in `fmt`, redacting `secrets`."""
    logger = logging.getLogger("vahti")
    for h in list(logger.handlers):
        logger.removeHandler(h)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else KeyValueFormatter())
    _redactor.update(secrets)
    handler.addFilter(_redactor)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return _redactor


def redactor() -> Redactor:
    return _redactor


def event(logger: logging.Logger, name: str, *, level: int = logging.INFO, **fields: Any) -> None:
    """Log one `event key=value` line."""
    logger.log(level, name, extra={"fields": fields})
