"""One error tree for the whole program.

Every failure that a user can cause or meet (a bad config line, a broken feed, a webhook outage,
an unreachable database) is one of these, and its message names the component at fault, so that
callers can catch `VahtiError` at a boundary and report it without a traceback.
Standard library only.
"""

from __future__ import annotations


class VahtiError(Exception):
    """Base of every error that Vahti raises on purpose."""


class ConfigError(VahtiError):
    """A configuration file or variable is wrong.

    `problems` holds every problem found, each already formatted as `file:line: field: message`,
    so that `vahti config check` can print them all at once.
    """

    def __init__(self, problems: list[str] | str) -> None:
        if isinstance(problems, str):
            problems = [problems]
        self.problems: list[str] = list(problems)
        super().__init__("\n".join(self.problems))


class SourceError(VahtiError):
    """A source could not deliver an account's posts."""

    def __init__(self, message: str, *, account: str = "", retry_after: float | None = None) -> None:
        self.account = account
        self.retry_after = retry_after
        super().__init__(f"{account}: {message}" if account else message)


class SourceSkipped(SourceError):
    """An account deliberately not read this time (no X token, say): reported, not a failure."""


class FetchError(SourceError):
    """The transport failed: DNS, connection, timeout, HTTP status, body too large."""

    def __init__(
        self,
        message: str,
        *,
        account: str = "",
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool = False,
    ) -> None:
        self.status = status
        self.permanent = permanent
        super().__init__(message, account=account, retry_after=retry_after)


class ParseError(SourceError):
    """The body arrived but is not what the source expected."""


class NotifyError(VahtiError):
    """A chat target refused or failed a delivery.

    `permanent` marks a dead target (404/410, unknown webhook) that must not be retried forever.
    """

    def __init__(
        self,
        message: str,
        *,
        channel: str = "",
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool = False,
    ) -> None:
        self.channel = channel
        self.status = status
        self.retry_after = retry_after
        self.permanent = permanent
        super().__init__(f"{channel}: {message}" if channel else message)


class StorageError(VahtiError):
    """The database is unreachable or refused an operation."""
