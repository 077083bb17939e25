"""No network: every command works, with the same output, in a process that has no network at all.

The processes run in a new network namespace (``unshare -n``, or ``unshare -rn`` as
an unprivileged user), where only a downed loopback exists. The tests never set
HF_HUB_OFFLINE or TRANSFORMERS_OFFLINE: claimcheck must do that itself.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

SEED_ARGS = [str(p.relative_to(ROOT)) for p in SEEDS]
_OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")


@functools.cache
def netless_prefix() -> tuple[str, ...] | None:
    """The command prefix that runs a process without network, or None if none works here."""
    if shutil.which("unshare") is None:
        return None
    for prefix in (("unshare", "-n"), ("unshare", "-rn")):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=30).returncode == 0:
                return prefix
        except (OSError, subprocess.SubprocessError):
            continue
    return None


@pytest.fixture(scope="module")
def netless() -> tuple[str, ...]:
    prefix = netless_prefix()
    if prefix is None:
        pytest.skip("cannot create a network namespace here: neither `unshare -n` nor `unshare -rn` works")
    return prefix


def run(prefix: tuple[str, ...], *args: str, cache_dir: Path) -> subprocess.CompletedProcess[str]:
    """``claimcheck ARGS`` under ``prefix``, with none of the hub's offline switches set."""
    env = {k: v for k, v in os.environ.items() if k not in _OFFLINE_VARIABLES}
    env.update(NO_COLOR="1", COLUMNS="200", CLAIMCHECK_CACHE_DIR=str(cache_dir))
    return subprocess.run(
        [*prefix, sys.executable, "-m", "claimcheck", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )


def test_no_network_namespace_really_has_no_network(netless: tuple[str, ...]) -> None:
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('1.1.1.1', 53), timeout=5)\n"
        "except OSError as exc:\n"
        "    print('unreachable', type(exc).__name__)\n"
        "else:\n"
        "    print('connected')\n"
    )
    proc = subprocess.run([*netless, sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("unreachable")


@pytest.mark.parametrize("command", ["sentences", "claims"])
def test_no_network_sentences_and_claims_match_networked_run(netless: tuple[str, ...], command: str, tmp_path: Path) -> None:
    args = (command, "--format", "json", *SEED_ARGS)
    networked = run((), *args, cache_dir=tmp_path / "cache")
    offline = run(netless, *args, cache_dir=tmp_path / "cache")
    assert networked.returncode == 0, networked.stderr
    assert offline.returncode == 0, offline.stderr
    assert offline.stdout == networked.stdout


def test_no_network_compare_cold_and_warm_match_networked_run(netless: tuple[str, ...], tmp_path: Path) -> None:
    args = ("compare", "--format", "json", *SEED_ARGS)
    networked = run((), *args, cache_dir=tmp_path / "networked-cache")
    assert networked.returncode == 0, networked.stderr
    # Cold: an empty cache, so the model is loaded and run without network.
    cold_cache = tmp_path / "offline-cache"
    cold = run(netless, *args, cache_dir=cold_cache)
    assert cold.returncode == 0, cold.stderr
    assert any(cold_cache.iterdir()), "the offline run did not fill its cache: it did not embed"
    assert cold.stdout == networked.stdout
    # Warm: answered from the cache the offline run just filled.
    warm = run(netless, *args, cache_dir=cold_cache)
    assert warm.returncode == 0, warm.stderr
    assert warm.stdout == networked.stdout
