#!/usr/bin/env python3
"""Progress on a terminal: `pressgraph build` and a `--graph` load, run with standard
error on a pseudo-terminal, show a progress line rewritten in place (carriage return,
documents done, MB/s) and erase it before the summary; with -q, or when standard error is
not a terminal, nothing of it is printed. Prints one line per check and "N passed, N failed".
"""
import os
import pty
import re
import select
import subprocess
import sys
import tempfile

PRESSGRAPH = os.environ["PRESSGRAPH"]
SOURCE = os.environ["PRESSGRAPH_SOURCE_DIR"]
CORPUS = os.environ.get("PRESSGRAPH_CORPUS", os.path.join(SOURCE, "corpus"))
# The held-out releases too: the line gives MB/s only after 50 ms, and an idle machine built
# the three smaller folders in less.
INPUTS = [CORPUS, os.path.join(SOURCE, "tests", "data", "shards"), os.path.join(SOURCE, "tests", "data", "dev2", "docs"),
          os.path.join(SOURCE, "tests", "data", "heldout")]

checks = failures = 0


def check(what, ok):
    global checks, failures
    checks += 1
    if not ok:
        failures += 1
    print(("ok   " if ok else "FAIL ") + what, flush=True)


def run_on_pty(args):
    """Runs pressgraph with stderr (only) on a pty; returns (exit code, stderr bytes)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([PRESSGRAPH] + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other end closed
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return proc.wait(), out


with tempfile.TemporaryDirectory(prefix="pressgraph-progress.") as work:
    exports = os.path.join(work, "exports")
    rc, err = run_on_pty(["build", *INPUTS, "-o", exports, "--format", "ttl", "--jobs", "2"])
    text = err.decode("utf-8", "replace")
    check("build on a terminal exits 0 (got %d)" % rc, rc == 0)
    line = re.search(r"\rpressgraph: documents: \d+/\d+ documents", text)
    check("build on a terminal shows the progress line (documents done/total)", line is not None)
    check("the progress line is rewritten in place (\\r ... erase to end of line)", "\r" in text and "\x1b[K" in text)
    check("the progress line gives MB/s", re.search(r"documents: \d+/\d+ documents, [0-9.]+ MB/s", text) is not None)
    summary = text.replace("\r\n", "\n").rstrip("\n").split("\n")[-1]
    check("the summary is the last line, on a line of its own: %r" % summary[-80:],
          re.fullmatch(r"(\r\x1b\[K)?pressgraph: \d+ documents \(0 rejected\).*s", summary) is not None)

    rc, err = run_on_pty(["build", *INPUTS, "-o", exports, "--format", "ttl", "--jobs", "2", "-q"])
    check("build -q on a terminal prints nothing (got %r)" % err[:80], rc == 0 and err == b"")

    plain = subprocess.run([PRESSGRAPH, "build", *INPUTS, "-o", exports, "--format", "ttl", "--jobs", "2"],
                           stdin=subprocess.DEVNULL, capture_output=True)
    check("build with stderr not a terminal prints no progress line",
          plain.returncode == 0 and b"\r" not in plain.stderr and b"documents:" not in plain.stderr)

    ttl = os.path.join(exports, "pressgraph.ttl")
    rc, err = run_on_pty(["stats", "--graph", ttl])
    text = err.decode("utf-8", "replace")
    check("stats --graph on a terminal exits 0 (got %d)" % rc, rc == 0)
    check("a --graph load on a terminal shows its progress line (MB loaded)",
          re.search(r"\rpressgraph: loading pressgraph\.ttl: [0-9.]+/[0-9.]+ MB", text) is not None)
    check("the load's line is erased at the end", text.endswith("\r\x1b[K") or "\r\x1b[K" in text)
    plain = subprocess.run([PRESSGRAPH, "stats", "--graph", ttl], stdin=subprocess.DEVNULL, capture_output=True)
    check("stats --graph with stderr not a terminal prints nothing on stderr", plain.returncode == 0 and plain.stderr == b"")

print("%d passed, %d failed" % (checks - failures, failures))
sys.exit(1 if failures else 0)
