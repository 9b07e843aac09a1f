#!/usr/bin/env python3
"""Cross-check Slotscope's CPython growth model against the live interpreter.

The growth fixtures recorded by tools/record_growth.py cover a handful of
fixed cases.  This tool draws *other* cases at random (seeded) and, for each
one, compares step by step what the model says
(`slotscope.jar grow --runtime cpython-3.X --variant V --attrs A --add B --json`)
with what the interpreter running this script really does.  The real figures
are recorded by the recorder's own code: tools/record_growth.py is imported
as a module (importlib, from its path) and its record_case() is called, so the
scenario, the classes and the ctypes table reading are exactly the fixtures'
(20000 instances per step, PYTHONHASHSEED=0 -- this script re-executes itself
with PYTHONHASHSEED=0 when that is not already set).

Cases: variants standard and child-of-slotted (plus exactly one slotted case
when --cases >= 3); attrs lists of 0-6 names and add lists of 1-35 names, all
distinct, drawn with random.Random(--seed): short, long, underscore and
non-ASCII identifiers (NFKC-normalised, not keywords, not starting with "__",
not "self"), and now and then one add name equal to a name already in attrs.
A case equal to one of the recorder's fixture cases is never drawn.

Compared for every step: the number of steps, attribute, outcome and message,
bytesPerInstance, getsizeof, dictGetsizeof, and the table (null or not,
slots, split, and the entries in table order with key, hash and slot).
Step 0 is "as constructed": the recorder writes outcome null there, the CLI
writes "ok"; both mean the same and are accepted.

Usage (stdlib only; run it with each interpreter you want to check):

    python3 tools/crosscheck_growth.py --jar target/slotscope.jar \\
        [--cases 12] [--seed 1] [--jobs 2] [--java java] [--verbose] \\
        [--dump FILE]

    --cases N    number of random cases (default 12)
    --seed S     RNG seed (default 1); same seed -> same cases on every version
    --jobs J     parallel jar invocations (run before the recording starts)
    --java PATH  java executable (default: java)
    --verbose    print each case as it is checked
    --dump FILE  write every case's real and model steps as JSON to FILE

The runtime passed to the jar is cpython-3.<minor of this interpreter>.
Prints a summary and every mismatch (version, variant, attrs, add, step,
field, real value, model value); exits 0 when everything agrees, 1 on any
mismatch, 2 on usage/tool errors.  With 20000 instances per step a run of the
default 12 cases takes well under a minute per interpreter.
"""

import argparse
import concurrent.futures
import gc
import importlib.util
import json
import keyword
import os
import platform
import random
import struct
import subprocess
import sys
import time
import tracemalloc
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDER_PATH = os.path.join(HERE, "record_growth.py")
MINOR = sys.version_info[1]
VERSION = "3.%d" % MINOR

CLASS_NAMES = {
    "standard": "StandardPoint",
    "child-of-slotted": "ChildOfSlotted",
    "slotted": "SlottedPoint",
}

# --------------------------------------------------------------------------
# random names

NON_ASCII_WORDS = [
    "größe", "λ1", "ñu", "café", "über", "straße", "ω", "Ω", "π2", "σ_x",
    "жук", "данные", "ĳ", "ﬁx", "µs", "été", "naïve", "ø", "å_b", "θeta",
    "漢字", "变量", "ä", "Ü2", "çа", "é_", "_ß", "𝔘nicode", "x𐐀",
]
NON_ASCII_CHARS = "äöüßéèêñçøåλμπσωΩжщяθβγδ漢字变量ĳ𐐀"
WORDS = ["some", "long", "name", "value", "field", "count", "total",
         "buffer", "index", "offset", "attr", "data", "cache", "node"]
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
FORBIDDEN = {"self"}  # would clash with __init__'s first parameter


def _candidate(rng):
    kind = rng.random()
    if kind < 0.35:  # short ascii: x, q7, ab
        s = rng.choice(ASCII)
        r = rng.random()
        if r < 0.35:
            s += str(rng.randrange(10))
        elif r < 0.55:
            s += rng.choice(ASCII).lower()
        return s
    if kind < 0.55:  # long: some_long_name_12
        s = "_".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.7:
            s += "_%d" % rng.randrange(1000)
        return s
    if kind < 0.75:  # underscores: _a, a_, _a_, a__x, _, _a_word
        base = rng.choice(ASCII).lower() + rng.choice(["", str(rng.randrange(10)), "b"])
        # "__b": private, stored as _Class__b by the class body, not by obj.__b = ...
        return rng.choice(["_" + base, base + "_", "_" + base + "_", base + "__x",
                           "_", "_" + base + "_" + rng.choice(WORDS), "__" + base, "__" + base + "_"])
    # non-ASCII (1-, 2- and 4-byte kinds)
    if rng.random() < 0.6:
        return rng.choice(NON_ASCII_WORDS)
    s = "".join(rng.choice(NON_ASCII_CHARS + "abc_") for _ in range(rng.randint(1, 4)))
    if rng.random() < 0.3:
        s += str(rng.randrange(10))
    return s


def valid_name(s):
    return (s.isidentifier() and not (s.startswith("__") and s.endswith("__") and s.strip("_"))
            and not keyword.iskeyword(s) and s not in FORBIDDEN
            and unicodedata.normalize("NFKC", s) == s)


def draw_names(rng, n, taken):
    names = []
    tries = 0
    while len(names) < n and tries < 100000:
        tries += 1
        s = _candidate(rng)
        if not valid_name(s) or s in taken:
            continue
        taken.add(s)
        names.append(s)
    return names


def draw_cases(rng, count, fixture_keys):
    """[(variant, attrs, add)]; exactly one slotted case when count >= 3."""
    slotted_at = rng.randrange(count) if count >= 3 else -1
    out = []
    while len(out) < count:
        i = len(out)
        if i == slotted_at:
            variant = "slotted"
        else:
            variant = "standard" if rng.random() < 0.5 else "child-of-slotted"
        taken = set()
        r = rng.random()
        n_attrs = rng.choice([0, 1, 2]) if r < 0.3 else rng.randint(0, 6)
        attrs = draw_names(rng, n_attrs, taken)
        n_add = rng.randint(1, 35)
        add = draw_names(rng, n_add, taken)
        if attrs and rng.random() < 0.3:
            # an add name equal to one already in attrs (a slot, or a key
            # already in the dict / shared keys)
            add.insert(rng.randrange(len(add) + 1), rng.choice(attrs))
            add = add[:35]
        key = (variant, tuple(attrs), tuple(add))
        if key in fixture_keys:
            continue
        out.append((variant, attrs, add))
    return out


# --------------------------------------------------------------------------
# model and real

def load_recorder():
    spec = importlib.util.spec_from_file_location("slotscope_record_growth", RECORDER_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_jar(java, jar, variant, attrs, add):
    cmd = [java, "-jar", jar, "grow", "--runtime", "cpython-" + VERSION,
           "--variant", variant, "--attrs", ",".join(attrs), "--add", ",".join(add), "--json"]
    env = dict(os.environ)
    env.setdefault("LC_ALL", "C.UTF-8")  # non-ASCII arguments reach Java intact
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if p.returncode != 0:
        return {"__error__": "jar exit %d: %s" % (
            p.returncode, p.stderr.decode("utf-8", "replace").strip()[-400:])}
    try:
        return json.loads(p.stdout.decode("utf-8"))
    except ValueError as e:
        return {"__error__": "bad JSON from jar: %s" % e}


class ExactDelta:
    """Wraps the recorder's measure() to keep the unrounded traced-memory deltas.

    The wrapped function is called unchanged (same arguments, same window); the
    wrapper only remembers its return value, for the mismatch report.
    """

    def __init__(self, rec):
        self.rec = rec
        self.inner = rec.measure
        self.deltas = []
        rec.measure = self

    def __call__(self, *args, **kwargs):
        d = self.inner(*args, **kwargs)
        self.deltas.append(d)
        return d


# --------------------------------------------------------------------------
# comparison

def _entry_text(e):
    if e is None:
        return "-"
    return "%r#%s@%s" % (e.get("key"), e.get("hash"), e.get("slot"))


def compare_case(real, model, exact):
    """Return a list of (step, field, real, model)."""
    out = []
    rs, ms = real["steps"], model.get("steps") or []
    if len(rs) != len(ms):
        out.append((None, "number of steps", len(rs), len(ms)))
    for k in range(min(len(rs), len(ms))):
        r, m = rs[k], ms[k]
        if r["attribute"] != m.get("attribute"):
            out.append((k, "attribute", r["attribute"], m.get("attribute")))
        r_out, m_out = r["outcome"], m.get("outcome")
        if k == 0 and r_out is None and m_out in (None, "ok"):
            m_out = None  # "as constructed"
        if r_out != m_out:
            out.append((k, "outcome", r_out, m_out))
        if r["message"] != m.get("message"):
            out.append((k, "message", r["message"], m.get("message")))
        if r["bytesPerInstance"] != m.get("bytesPerInstance"):
            rv = r["bytesPerInstance"]
            if k < len(exact):
                rv = "%s (exact %.3f)" % (rv, exact[k])
            out.append((k, "bytesPerInstance", rv, m.get("bytesPerInstance")))
        for f in ("getsizeof", "dictGetsizeof"):
            if r[f] != m.get(f):
                out.append((k, f, r[f], m.get(f)))
        rt, mt = r["table"], m.get("table")
        if rt is None or mt is None:
            if (rt is None) != (mt is None):
                out.append((k, "table", "null" if rt is None else "present",
                            "null" if mt is None else "present"))
            continue
        ctx = " (real dictExists=%s usable=%s nentries=%s)" % (
            rt.get("dictExists"), rt.get("usable"), rt.get("nentries"))
        if rt["slots"] != mt.get("slots"):
            out.append((k, "table.slots", "%s%s" % (rt["slots"], ctx), mt.get("slots")))
        if rt["split"] != mt.get("split"):
            out.append((k, "table.split", "%s%s" % (rt["split"], ctx), mt.get("split")))
        re_, me_ = rt["entries"], mt.get("entries") or []
        if len(re_) != len(me_):
            out.append((k, "table.entries (count)", "%d%s" % (len(re_), ctx), len(me_)))
        for i in range(max(len(re_), len(me_))):
            a = re_[i] if i < len(re_) else None
            b = me_[i] if i < len(me_) else None
            if a is None or b is None:
                out.append((k, "table.entries[%d]" % i, _entry_text(a), _entry_text(b)))
                continue
            for f in ("key", "hash", "slot"):
                if a.get(f) != b.get(f):
                    out.append((k, "table.entries[%d].%s (key %r)" % (i, f, a.get("key")),
                                a.get(f), b.get(f)))
    return out


# --------------------------------------------------------------------------

def main(argv=None):
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable,
                  [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", required=True, help="path to slotscope.jar")
    ap.add_argument("--cases", type=int, default=12, help="random cases (default 12)")
    ap.add_argument("--seed", type=int, default=1, help="RNG seed (default 1)")
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)),
                    help="parallel jar invocations")
    ap.add_argument("--java", default="java", help="java executable")
    ap.add_argument("--verbose", action="store_true", help="print each case")
    ap.add_argument("--dump", help="write real and model steps of every case to this JSON file")
    opts = ap.parse_args(argv)

    if platform.python_implementation() != "CPython" or struct.calcsize("P") != 8:
        print("crosscheck_growth.py: needs 64-bit CPython", file=sys.stderr)
        return 2
    if tracemalloc.is_tracing():
        print("crosscheck_growth.py: run without PYTHONTRACEMALLOC / -X tracemalloc",
              file=sys.stderr)
        return 2
    if not os.path.exists(opts.jar):
        print("crosscheck_growth.py: no jar at %s" % opts.jar, file=sys.stderr)
        return 2
    if opts.cases < 1:
        ap.error("--cases must be >= 1")

    rec = load_recorder()
    exact = ExactDelta(rec)
    fixture_keys = set((v, tuple(a), tuple(b)) for v, _, a, b in rec.cases())
    rng = random.Random(opts.seed)
    cases = draw_cases(rng, opts.cases, fixture_keys)
    n_steps = sum(len(add) + 1 for _, _, add in cases)

    started = time.time()
    print("crosscheck_growth: Python %s (%s), %d cases (%d steps), seed %d, %d instances/step"
          % (platform.python_version(), sys.executable, len(cases), n_steps, opts.seed,
             rec.N_INSTANCES))
    sys.stdout.flush()
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as ex:
        futures = [ex.submit(run_jar, opts.java, opts.jar, v, a, b) for v, a, b in cases]
        models = [f.result() for f in futures]

    all_mm = []
    dump = []
    per_variant = {}
    bad_cases = 0
    for (variant, attrs, add), model in zip(cases, models):
        per_variant[variant] = per_variant.get(variant, 0) + 1
        if "__error__" in model:
            mm = [(None, "jar", "-", model["__error__"])]
            real = None
        else:
            exact.deltas = []
            gc.collect()
            real = rec.record_case(variant, CLASS_NAMES[variant], attrs, add)
            deltas = [d / rec.N_INSTANCES for d in exact.deltas]
            mm = compare_case(real, model, deltas)
        if mm:
            bad_cases += 1
        for step, field, rv, mv in mm:
            all_mm.append((variant, attrs, add, step, field, rv, mv))
        if opts.dump:
            dump.append({"variant": variant, "attrs": attrs, "add": add,
                         "real": real, "model": model})
        if opts.verbose:
            print("  %-16s attrs=%d add=%-2d %s  attrs=[%s] add=[%s]" % (
                variant, len(attrs), len(add),
                "OK" if not mm else "%d MISMATCH" % len(mm),
                ",".join(attrs), ",".join(add)))
            sys.stdout.flush()

    if opts.dump:
        with open(opts.dump, "w", encoding="utf-8") as f:
            json.dump({"python": platform.python_version(), "seed": opts.seed,
                       "cases": dump}, f, indent=1, ensure_ascii=False)

    print("\n== summary for CPython %s (seed %d, %.0f s)"
          % (platform.python_version(), opts.seed, time.time() - started))
    print("cases checked: %d (%s); steps: %d; cases with mismatches: %d"
          % (len(cases), ", ".join("%s %d" % kv for kv in sorted(per_variant.items())),
             n_steps, bad_cases))
    if not all_mm:
        print("mismatches: 0")
        return 0
    by_field = {}
    for m in all_mm:
        f = m[4].split(" (")[0]
        if f.startswith("table.entries["):
            f = "table.entries[]." + f.rsplit(".", 1)[-1] if "]." in f else "table.entries[]"
        by_field[f] = by_field.get(f, 0) + 1
    print("mismatches: %d (%s)" % (len(all_mm), ", ".join(
        "%s %d" % kv for kv in sorted(by_field.items()))))
    for variant, attrs, add, step, field, rv, mv in all_mm:
        print("MISMATCH %s %s attrs=[%s] add=[%s] step %s (%s) %s: real=%s model=%s"
              % (VERSION, variant, ",".join(attrs), ",".join(add),
                 "-" if step is None else step,
                 "-" if not step else add[step - 1], field, rv, mv))
    return 1


if __name__ == "__main__":
    sys.exit(main())
