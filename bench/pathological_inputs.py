#!/usr/bin/env python3
"""Time per MB of `pressgraph build` on pathological inputs, against ordinary text.

usage: bench/pathological_inputs.py [--pressgraph build/pressgraph] [--scales 1,4,16]

Each shape is built at 1, 4 and 16 thousand repetitions (one document each); the
report gives seconds per MB, which stays flat when time grows linearly with input.
Ordinary text is the bundled corpus repeated under distinct headlines. Not a test:
timings depend on the machine (see docs/performance.md).
"""
import argparse, os, subprocess, sys, tempfile, time, resource

HEADER = "Pathological input {n}\n2024-03-01\n\n"

SHAPES = {
    # one sentence, no final period
    "foreign-minister": lambda n: "Foreign Minister " * n,
    "russia-and": lambda n: "Russia and " * n,
    "of-the": lambda n: "of the " * n,
    "minister-of-republic": lambda n: "Minister of Foreign Affairs of the Republic of " * n,
    # many short sentences naming the same bodies
    "org-sentences": lambda n: "The Collective Security Treaty Organisation met the Supreme State Council.\n" * n,
    # a word without spaces, a line of dots (n KB)
    "one-word": lambda n: "a" * (1024 * n),
    "dots": lambda n: "." * (1024 * n),
}


def ordinary_text(root, copies):
    corpus = os.path.join(root, "corpus")
    texts = [open(os.path.join(corpus, f), encoding="utf-8").read()
             for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
    return "".join(f"Copy {i}: " + texts[i % len(texts)] + "\n\n" for i in range(copies))


def run(pressgraph, path, out, repeat=3):
    """The best of `repeat` runs: other work on the machine only ever adds time."""
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        r = subprocess.run([pressgraph, "build", path, "-o", out, "-q", "--format", "ttl"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        secs = time.perf_counter() - start
        if r.returncode not in (0, 1):
            sys.exit(f"{path}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
        best = secs if best is None else min(best, secs)
    return best


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--pressgraph", default=os.path.join(root, "build", "pressgraph"))
    ap.add_argument("--scales", default="1,4,16")
    a = ap.parse_args()
    scales = [int(x) for x in a.scales.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        # Start-up (loading the lexicon) is paid once per run, not per MB: measure it on a
        # one-line document and take it off every run.
        tiny = os.path.join(tmp, "tiny.txt")
        open(tiny, "w", encoding="utf-8").write("Tiny\n\nThe minister spoke.\n")
        startup = min(run(a.pressgraph, tiny, os.path.join(tmp, "out")) for _ in range(3))
        base = os.path.join(tmp, "ordinary.txt")
        open(base, "w", encoding="utf-8").write(ordinary_text(root, 40))
        mb = os.path.getsize(base) / 1e6
        secs = run(a.pressgraph, base, os.path.join(tmp, "out")) - startup
        rows.append(("ordinary (corpus x40)", "", mb, secs))
        for name, make in SHAPES.items():
            for k in scales:
                path = os.path.join(tmp, f"{name}-{k}.txt")
                open(path, "w", encoding="utf-8").write(HEADER.format(n=k) + make(1000 * k if name not in ("one-word", "dots") else 64 * k))
                mb = os.path.getsize(path) / 1e6
                rows.append((name, f"{k}x", mb, max(run(a.pressgraph, path, os.path.join(tmp, "out")) - startup, 1e-3)))
        ref = rows[0][3] / rows[0][2]
        print(f"start-up (subtracted from every run): {startup:.3f} s")
        print(f"{'input':<24}{'scale':>6}{'MB':>9}{'s':>9}{'s/MB':>9}{'vs ordinary':>13}")
        worst = 0.0
        for name, k, mb, secs in rows:
            ratio = (secs / mb) / ref
            worst = max(worst, ratio) if name != rows[0][0] else worst
            print(f"{name:<24}{k:>6}{mb:>9.3f}{secs:>9.3f}{secs / mb:>9.3f}{ratio:>13.2f}")
        print(f"worst time per MB relative to ordinary text: {worst:.2f}x")


if __name__ == "__main__":
    main()
