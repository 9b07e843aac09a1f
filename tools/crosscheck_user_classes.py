#!/usr/bin/env python3
"""Cross-check Slotscope's model of users' own classes against a live CPython.

The fixtures recorded by tools/record_user_classes.py hold a fixed set of
sources.  This tool generates *other* ones -- random_cases(seed, n) of
tools/user_class_cases.py, hierarchies of 1-4 classes in the subset the
model reads -- writes each to a file and compares, case by case, what

    java -jar JAR describe --runtime cpython-3.X --source FILE.py \\
        --class NAME --add zz_new --json

says with what the interpreter running this script really does, measured by
the recorder's own code (tools/record_user_classes.record_case, imported):

* figures: basicsize, dictoffset, weakrefoffset, getsizeof, bytesPerInstance;
* slots: the instance's "slot" regions (label, offset and, where the model
  gives it, declaringClass) against the member descriptors over the MRO;
* the region extent (from -preheader to __sizeof__, except 3.13+'s inline
  values past it) and the dict/weakref pointer regions at dictoffset and
  weakrefoffset where those are real offsets;
* the whole layout, read in a live instance whose attributes and slots are
  set to distinct floats: every slot, value and dict-entry region holds the
  value of the attribute it names, pointers lead to the attached objects
  (values array, dict, shared keys) the model says, and the weakref word is
  0 until weakref.ref (crosscheck_cpython.py's region reader, imported);
* dictKeys in order (no dict: null, absent or []), and addAttribute's
  name, outcome and message;
* where Python refuses the class or `C()`: the jar must exit 2 with one
  line on stderr containing Python's `Type: message` -- except where `C()`
  only lacks a dataclass's required arguments, which the model supplies.

Usage (stdlib only):

    python3 tools/crosscheck_user_classes.py --jar target/slotscope.jar \\
        [--cases 100] [--seed 1] [--jobs 2] [--java java] [--hand] \\
        [--python PYTHON] [--verbose]

The runtime passed to the jar is cpython-3.<minor of the interpreter>;
--python PYTHON re-runs this script under that interpreter, e.g.
`--python ~/.pyenv/versions/3.9.18/bin/python3.9`.  --hand adds the
hand-written cases.  Prints each mismatch with the case's source, then
`N cases, M mismatches`; exits 1 on any mismatch, 2 on usage/tool errors.
"""

import argparse
import concurrent.futures
import gc
import importlib.util
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import weakref

HERE = os.path.dirname(os.path.abspath(__file__))
MINOR = sys.version_info[1]
VERSION = "3.%d" % MINOR
FIELDS = ("basicsize", "dictoffset", "weakrefoffset", "getsizeof", "bytesPerInstance")
JAR_TIMEOUT = 120  # seconds for one describe


def _load(name, filename):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, filename))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The recorder's measuring code and the lesson cross-check's region reader.
RECORDER = _load("slotscope_record_user_classes", "record_user_classes.py")
CROSSCHECK_CPYTHON = _load("slotscope_crosscheck_cpython", "crosscheck_cpython.py")


def run_jar(java, jar, path, class_name, add):
    cmd = [java, "-jar", jar, "describe", "--runtime", "cpython-" + VERSION,
           "--source", path, "--class", class_name, "--add", add, "--json"]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=JAR_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"rc": None, "stdout": "", "stderr": "timed out after %d s" % JAR_TIMEOUT}
    return {"rc": p.returncode, "stdout": p.stdout.decode("utf-8", "replace"),
            "stderr": p.stderr.decode("utf-8", "replace")}


class Checker:
    """The mismatches of one case."""

    def __init__(self, case):
        self.case = case
        self.mismatches = []
        self.notes = []
        self.attrs = []  # the names verify_layout gave values
        self.checked_regions = 0

    def note(self, text):
        self.notes.append(text)

    def mismatch(self, field, real, model):
        self.mismatches.append((field, real, model))


def missing_arguments(err):
    """C() without the arguments a dataclass's __init__ requires: Slotscope
    lays out the instance made with them (as UserClassFixturesTest expects)."""
    return err["phase"] == "init" and re.search(r"missing \d+ required .*argument", err["message"])


def compare_error(chk, real, out):
    err = real["error"]
    expected = "%s: %s" % (err["type"], err["message"])
    if missing_arguments(err):
        chk.note("C() lacks required arguments: the model's layout is not compared")
        if out["rc"] != 0:
            chk.mismatch("layout with arguments", "a layout (exit 0)",
                         "exit %s: %s" % (out["rc"], out["stderr"].strip()[:400]))
        return
    if out["rc"] == 0:
        chk.mismatch("error (%s)" % err["phase"], expected, "no error (exit 0, a layout)")
        return
    if out["rc"] != 2:
        chk.mismatch("error (%s)" % err["phase"], expected,
                     "exit %s: %s" % (out["rc"], out["stderr"].strip()[:400]))
        return
    lines = out["stderr"].strip().splitlines()
    if len(lines) != 1:
        chk.mismatch("error output", "one line", "%d lines: %r" % (len(lines), out["stderr"][:400]))
    if expected not in out["stderr"]:
        chk.mismatch("error message (%s)" % err["phase"], expected, out["stderr"].strip()[:400])


def slot_list(slots):
    return ", ".join("%s@%d%s" % (n, o, " (%s)" % w if w else "") for o, n, w in slots) or "none"


def compare_slots(chk, real, regions):
    model = [r for r in regions if r.get("kind") == "slot"]
    have_owner = all("declaringClass" in r for r in model)
    want = [(s["offset"], s["name"], s["owner"] if have_owner else None) for s in real["slots"]]
    got = sorted((r["offset"], r.get("label"), r.get("declaringClass") if have_owner else None)
                 for r in model)
    # __slots__ = ('x', 'x') makes two words; the class keeps the first
    # descriptor, so a second word labelled with a described name is no mismatch
    extra = list(got)
    for s in want:
        if s in extra:
            extra.remove(s)
    described = set(n for _, n, _ in want)
    duplicates = [s for s in extra if s[1] in described and s[0] not in [w[0] for w in want]]
    if duplicates and len(got) - len(duplicates) == len(want) and all(w in got for w in want):
        chk.note("a duplicated slot name's second word has no descriptor (%s)" % slot_list(duplicates))
    elif want != got:
        chk.mismatch("slots", slot_list(want), slot_list(got))
    if model and not have_owner:
        chk.note("slot regions without declaringClass: owners not compared")


def compare_regions(chk, real, regions):
    if not regions:
        chk.mismatch("regions", "an object of %d bytes" % real["sizeof"], "no regions")
        return
    preheader = real["getsizeof"] - real["sizeof"]
    lo = min(r["offset"] for r in regions)
    hi = max(r["offset"] + r["size"] for r in regions)
    if lo != -preheader:
        chk.mismatch("regions start", -preheader, lo)
    inline = MINOR >= 13 and bool(real["flags"] & (1 << 2))  # Py_TPFLAGS_INLINE_VALUES
    if not inline and hi != real["sizeof"]:
        chk.mismatch("regions end (__sizeof__)", real["sizeof"], hi)
    at = {}
    for r in regions:
        at.setdefault(r["offset"], []).append(r.get("kind"))
    d, w = real["dictoffset"], real["weakrefoffset"]
    if d > 0 and "dict-pointer" not in at.get(d, []):
        chk.mismatch("dict pointer region", "at dictoffset %d" % d, at.get(d))
    if w != 0 and "weakref-pointer" not in at.get(w, []):
        chk.mismatch("weakref pointer region", "at weakrefoffset %d" % w, at.get(w))


def compare_figures(chk, real, out):
    """Compares the figures; returns the model's JSON, or None."""
    if out["rc"] != 0:
        chk.mismatch("jar", "the class builds and C() runs",
                     "exit %s: %s" % (out["rc"], out["stderr"].strip()[:400]))
        return None
    try:
        model = json.loads(out["stdout"])
    except ValueError as e:
        chk.mismatch("jar", "JSON", "bad JSON: %s" % e)
        return None
    for f in FIELDS:
        if real.get(f) != model.get(f):
            r = real.get(f)
            if f == "bytesPerInstance":
                r = "%s (exact %.4f)" % (r, real["bytesPerInstanceExact"])
            chk.mismatch(f, r, model.get(f))
    regions = model.get("regions") or []
    compare_slots(chk, real, regions)
    compare_regions(chk, real, regions)
    got_keys = model.get("dictKeys")
    if real["dictKeys"] is None:
        if got_keys not in (None, []):
            chk.mismatch("dictKeys", "no __dict__", got_keys)
    elif got_keys != real["dictKeys"]:
        chk.mismatch("dictKeys", real["dictKeys"], got_keys)
    ra, ma = real["addAttribute"], model.get("addAttribute") or {}
    for k in ("name", "outcome", "message"):
        if ra.get(k) != ma.get(k):
            chk.mismatch("addAttribute." + k, ra.get(k), ma.get(k))
    return model


def member_descriptors(cls):
    """(stored name, descriptor) of every slot over the MRO."""
    out = []
    for klass in cls.__mro__:
        for name, descr in vars(klass).items():
            if isinstance(descr, RECORDER.MEMBER_DESCRIPTOR):
                out.append((name, descr))
    return out


def attribute_name_objects(cls):
    """id -> text of the strings a dict key of cls's instances may be: the
    names its methods' code stores and __static_attributes__ (held alive by
    the class)."""
    found = {}
    for klass in cls.__mro__:
        for value in vars(klass).values():
            code = getattr(value, "__code__", None)
            for name in getattr(code, "co_names", ()):
                found[id(name)] = name
        for name in vars(klass).get("__static_attributes__", ()):
            found[id(name)] = name
    return found


def verify_layout(chk, case, real, model):
    """Reads a live instance's words where the model's regions say they are.

    The instance is built as the recorder builds it (after its warm-up and
    while 20000 others live), then every attribute in its dict and every
    slot is set to a distinct float, so that each value, slot and dict-entry
    region can be told from the others; crosscheck_cpython's region reader
    then checks them, follows the pointers to the attached objects (values
    array, dict, keys) and checks the weakref word before and after
    weakref.ref.
    """
    cc = CROSSCHECK_CPYTHON
    cls = RECORDER.build(case)
    warmup = [cls() for _ in range(RECORDER.RECORD_CPYTHON.N_WARMUP)]
    gc.collect()
    keep = [None] * RECORDER.RECORD_CPYTHON.N_INSTANCES
    RECORDER.RECORD_CPYTHON.measure_instances(
        cls, (), keep, list(range(RECORDER.RECORD_CPYTHON.N_INSTANCES)))

    obj = cls()
    values = {}
    for name in real["dictKeys"] or []:
        values[name] = float(len(values)) + 0.25
        setattr(obj, name, values[name])  # an existing key: the layout stays
    for name, descr in member_descriptors(cls):
        # a name twice (parent and child slot) gets one value in both words
        values.setdefault(name, float(len(values)) + 0.25)
        descr.__set__(obj, values[name])
    chk.attrs = list(values)

    oid = id(obj)
    preheader = sys.getsizeof(obj) - obj.__sizeof__()
    inline = MINOR >= 13 and bool(cls.__flags__ & (1 << 2))  # Py_TPFLAGS_INLINE_VALUES
    key_objects = attribute_name_objects(cls)
    ctx = {"located": {}, "weakref_regions": [], "typed": {"instance": id(cls)},
           "key_ids": set(id(sys.intern(a)) for a in values) | set(key_objects),
           "key_objects": key_objects}
    # a duplicated slot name's second word no descriptor reaches (compare_slots notes it)
    described = dict((RECORDER.member_offset(d, n), n) for n, d in member_descriptors(cls))
    regions = [r for r in model.get("regions") or []
               if not (r.get("kind") == "slot" and r["offset"] not in described
                       and r.get("label") in described.values())]
    attached = dict((a["id"], a) for a in model.get("attached") or [])
    follow = cc.check_object_regions(chk, "instance", oid, regions, values, ctx,
                                     lo=-preheader, hi=None if inline else obj.__sizeof__())
    seen, dict_address = cc.follow_pointers(chk, follow, attached, values, ctx)

    ref = None
    for where, off, before in ctx["weakref_regions"]:
        if before != 0:
            chk.mismatch("weakref-pointer @%d before weakref.ref" % off, hex(before), "NULL")
        if ref is None:
            ref = weakref.ref(obj)
        after = cc.word(oid + off)
        if after != id(ref):
            chk.mismatch("weakref-pointer @%d after weakref.ref" % off,
                         hex(after) if after else "0", "id(weakref)=" + hex(id(ref)))

    # a name is stored once per slot of that name, and once more in the dict
    # where a class attribute shadows its slot (`count = 1` over a parent's
    # slot 'count': self.count = ... then goes to the dict)
    slot_names = [n for n, _ in member_descriptors(cls)]
    dict_keys = real["dictKeys"] or []
    for name in values:
        locations = ctx["located"].get(name)
        places = slot_names.count(name) + dict_keys.count(name)
        if not locations:
            chk.mismatch("attribute %r location" % name, "stored in the instance/dict",
                         "no slot/value/entry-value region for it")
        elif len(locations) != places:
            chk.mismatch("attribute %r location" % name, "stored %d times" % places,
                         ", ".join(locations))

    keys = attached.get("keys")
    if keys is not None and "keys" not in seen and keys.get("shared") and any(
            q["kind"] == "entry-key" for q in keys["regions"]):
        if dict_address is None:
            # an instance's split __dict__ shares the class's cached keys
            dict_address = id(cls.__new__(cls).__dict__)
        if cc.word(dict_address + 5 * cc.PTR) != 0:  # ma_values: split, ma_keys is shared
            cc.check_object_regions(chk, "keys", cc.word(dict_address + 4 * cc.PTR),
                                    keys["regions"], values, ctx)
        else:
            chk.note("shared keys not reachable (dict is combined)")
    del ref, warmup, keep, obj


def rerun_with(python, argv):
    """Runs this script under `python` with the other arguments."""
    rest, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a == "--python":
            skip = True
        elif not a.startswith("--python="):
            rest.append(a)
    return subprocess.call([python, os.path.abspath(__file__)] + rest)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", required=True, help="path to slotscope.jar (target/lib beside it)")
    ap.add_argument("--cases", type=int, default=100, help="random hierarchies (default 100)")
    ap.add_argument("--seed", type=int, default=1, help="RNG seed (default 1)")
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)),
                    help="parallel jar invocations")
    ap.add_argument("--java", default="java", help="java executable")
    ap.add_argument("--python", help="run under this interpreter instead (its version is checked)")
    ap.add_argument("--hand", action="store_true", help="check the hand-written cases too")
    ap.add_argument("--verbose", action="store_true", help="print each case")
    opts = ap.parse_args(argv)

    if opts.python:
        return rerun_with(opts.python, argv)
    if platform.python_implementation() != "CPython":
        sys.exit("crosscheck_user_classes.py: needs CPython")
    if not os.path.exists(opts.jar):
        print("crosscheck_user_classes.py: no jar at %s" % opts.jar, file=sys.stderr)
        return 2
    cases_mod = RECORDER.user_class_cases
    cases = (cases_mod.hand_cases() if opts.hand else []) + cases_mod.random_cases(opts.seed, opts.cases)

    print("crosscheck: Python %s (%s), %d cases, seed %d"
          % (platform.python_version(), sys.executable, len(cases), opts.seed))
    sys.stdout.flush()
    with tempfile.TemporaryDirectory(prefix="slotscope-user-") as tmp:
        paths = []
        for case in cases:
            path = os.path.join(tmp, case["id"] + ".py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(case["source"])
            paths.append(path)
        with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as ex:
            futures = [ex.submit(run_jar, opts.java, opts.jar, p, c["className"],
                                 cases_mod.NEW_ATTRIBUTE) for c, p in zip(cases, paths)]
            outputs = [f.result() for f in futures]

    failed = []
    notes = set()
    n_errors = 0
    checked_regions = 0
    for case, out in zip(cases, outputs):
        chk = Checker(case)
        real = RECORDER.record_case(case)
        gc.collect()
        if "error" in real:
            n_errors += 1
            compare_error(chk, real, out)
        else:
            model = compare_figures(chk, real, out)
            if model is not None:
                try:
                    verify_layout(chk, case, real, model)
                except Exception as e:  # keep going; report as a tool problem
                    chk.mismatch("layout check raised", "%s: %s" % (type(e).__name__, e), "-")
                gc.collect()
            checked_regions += chk.checked_regions
        notes.update(chk.notes)
        if chk.mismatches:
            failed.append(chk)
        if opts.verbose:
            print("  %-18s %-10s %s" % (case["id"], case["className"],
                                       "OK" if not chk.mismatches else "%d MISMATCH" % len(chk.mismatches)))
            sys.stdout.flush()

    total = sum(len(c.mismatches) for c in failed)
    print("\n== CPython %s: %d of the cases are errors in Python; %d regions read in live instances"
          % (platform.python_version(), n_errors, checked_regions))
    for n in sorted(notes):
        print("note: " + n)
    for chk in failed:
        print("\nMISMATCH %s %s class %s" % (VERSION, chk.case["id"], chk.case["className"]))
        for field, real, model in chk.mismatches:
            print("  %s: real=%s model=%s" % (field, real, model))
        print("  source:")
        for line in chk.case["source"].rstrip("\n").split("\n"):
            print("    | " + line)
    print("\n%d cases, %d mismatches%s" % (len(cases), total,
                                         " (in %d cases)" % len(failed) if failed else ""))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
