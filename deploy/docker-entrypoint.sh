#!/bin/bash
# Container entry point: `vahti run` applies the database migrations first, then the worker
# replaces this shell (exec), so it is the process that receives SIGTERM.
#
# Only `run` migrates: one-off commands (`docker compose run --rm vahti posts --since 7d`) start
# at once and never change the schema. Set VAHTI_MIGRATE_ON_START=0 to skip the upgrade, for
# example when a release job migrates before the workers are rolled.
set -euo pipefail

# Find the subcommand behind vahti's global options (--config-dir DIR, --log-format FMT, -v), and
# how many arguments those options take, so the upgrade sees the same --config-dir (whose .env
# may hold DATABASE_URL).
subcommand=""
globals=0
takes_value=0
for arg in "$@"; do
    if [[ $takes_value == 1 ]]; then
        takes_value=0
        globals=$((globals + 1))
        continue
    fi
    case "$arg" in
        --config-dir | --log-format) takes_value=1 ;;
        -*) ;;
        *)
            subcommand="$arg"
            break
            ;;
    esac
    globals=$((globals + 1))
done

if [[ $subcommand == run && ${VAHTI_MIGRATE_ON_START:-1} != 0 ]]; then
    vahti "${@:1:globals}" db upgrade
fi
exec vahti "$@"
