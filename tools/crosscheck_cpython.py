#!/usr/bin/env python3
"""Cross-check the Slotscope model against the live CPython that runs this.

The fixtures recorded by tools/record_cpython.py cover a fixed set of
attribute lists.  This tool draws *other* lists at random (seeded) and, for
each list and each of the five lesson variants, compares what the model
(`slotscope.jar describe --json`) says with what this interpreter really does:

* figures: basicsize, dictoffset, weakrefoffset, getsizeof, bytesPerInstance
  and the outcome/message of setting one new attribute.  Classes are built
  and measured by the recorder's own code (imported from
  tools/record_cpython.py), so they are defined exactly as in the fixtures.
* byte regions, read with ctypes from a fresh instance built with one
  distinct float per attribute while 20000 others exist (after the same
  warm-up the recorder does): slots, the 3.11/3.12 values pointer and the
  values array behind it, 3.13+ inline values, the <=3.10 __dict__ pointer and
  the split dict's values (and combined dicts' entries), shared-keys entries,
  the weakref pointer (0 before, the weakref after `weakref.ref(obj)`), the
  refcount (on 3.14+ its 32-bit count, and ob_overflow and ob_flags at 0) and
  type words, and the preheader extent.

Usage (stdlib only; run it with each interpreter you want to check):

    python3 tools/crosscheck_cpython.py --jar target/slotscope.jar \\
        [--cases 60] [--seed 1] [--jobs 2] [--java java] [--verbose]

The runtime passed to the jar is cpython-3.<minor of this interpreter>.
Prints a summary (cases checked, each mismatch with version, variant, attrs,
field, real value and model value) and exits 1 if any mismatch was found,
2 on usage/tool errors.
"""

import argparse
import concurrent.futures
import ctypes
import gc
import importlib.util
import json
import keyword
import os
import platform
import random
import subprocess
import sys
import unicodedata
import weakref

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDER_PATH = os.path.join(HERE, "record_cpython.py")
PTR = ctypes.sizeof(ctypes.c_void_p)
MINOR = sys.version_info[1]
VERSION = "3.%d" % MINOR

# Non-ASCII building blocks; every candidate name is still filtered through
# isidentifier() and NFKC normalisation (e.g. MICRO SIGN or ligatures drop out).
NON_ASCII_WORDS = [
    "größe", "λ1", "ñu", "café", "über", "straße", "ω", "Ω", "π2", "σ_x",
    "жук", "данные", "ĳ", "ﬁx", "µs", "été", "naïve", "ø", "å_b", "θeta",
    "漢字", "变量", "ä", "Ü2", "çа", "é_", "_ß",
]
NON_ASCII_CHARS = "äöüßéèêñçøåλμπσωΩжщяθβγδ漢字变量ĳ"
WORDS = ["some", "long", "name", "value", "field", "count", "total",
         "buffer", "index", "offset", "attr", "data", "cache", "node"]
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
FORBIDDEN = {"self"}  # would clash with __init__'s first parameter


# --------------------------------------------------------------------------
# random attribute lists

def _candidate(rng):
    kind = rng.random()
    if kind < 0.35:  # short ascii: x, y, q7, ab
        s = rng.choice(ASCII)
        r = rng.random()
        if r < 0.35:
            s += str(rng.randrange(10))
        elif r < 0.5:
            s += rng.choice(ASCII).lower()
        return s
    if kind < 0.55:  # long: some_long_name_12
        parts = [rng.choice(WORDS) for _ in range(rng.randint(2, 4))]
        s = "_".join(parts)
        if rng.random() < 0.7:
            s += "_%d" % rng.randrange(100)
        return s
    if kind < 0.75:  # underscores: _a, a_, _a_b, a__b, _
        base = rng.choice(ASCII).lower() + rng.choice(["", str(rng.randrange(10)), "b"])
        form = rng.randrange(8)
        return ["_" + base, base + "_", "_" + base + "_", base + "__x",
                "_", "_" + base + "_" + rng.choice(WORDS), "__" + base, "__" + base + "_"][form]
    # non-ASCII
    if rng.random() < 0.6:
        return rng.choice(NON_ASCII_WORDS)
    n = rng.randint(1, 4)
    s = "".join(rng.choice(NON_ASCII_CHARS + "abc_") for _ in range(n))
    if rng.random() < 0.3:
        s += str(rng.randrange(10))
    return s


def mangle(name, class_name):
    """_Py_Mangle: __x written in the body of class C is stored as _C__x."""
    if not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    return "_" + stripped + name if stripped else name


def valid_name(s):
    return (s.isidentifier() and not (s.startswith("__") and s.endswith("__") and s.strip("_"))
            and not keyword.iskeyword(s) and s not in FORBIDDEN
            and unicodedata.normalize("NFKC", s) == s)


def random_attrs(rng):
    r = rng.random()
    if r < 0.12:
        n = rng.randint(0, 2)
    elif r < 0.80:
        n = rng.randint(0, 25)
    else:
        n = rng.randint(26, 45)
    names = []
    seen = set()
    tries = 0
    while len(names) < n and tries < 10000:
        tries += 1
        s = _candidate(rng)
        if not valid_name(s) or s in seen:
            continue
        seen.add(s)
        names.append(s)
    rng.shuffle(names)  # random order: __slots__ sorting matters
    return names


# --------------------------------------------------------------------------
# helpers

def load_recorder():
    spec = importlib.util.spec_from_file_location("slotscope_record_cpython", RECORDER_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fresh_name(attrs):
    # Same rule as record_cpython.record_case uses for "addAttribute".
    new_name = "z"
    k = 0
    while new_name in attrs:
        k += 1
        new_name = "z%d" % k
    return new_name


def run_jar(java, jar, variant, attrs, add):
    cmd = [java, "-jar", jar, "describe", "--runtime", "cpython-" + VERSION,
           "--variant", variant, "--attrs", ",".join(attrs), "--add", add, "--json"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        return {"__error__": "jar exit %d: %s" % (p.returncode,
                                                  p.stderr.decode("utf-8", "replace").strip()[-400:])}
    try:
        return json.loads(p.stdout.decode("utf-8"))
    except ValueError as e:
        return {"__error__": "bad JSON from jar: %s" % e}


def word(addr):
    return ctypes.c_size_t.from_address(addr).value


def sword(addr):
    return ctypes.c_ssize_t.from_address(addr).value


def label_name(label):
    """"'x'" -> "x" (entry-key labels are quoted)."""
    if len(label) >= 2 and label[0] == label[-1] and label[0] in "'\"":
        return label[1:-1]
    return label


class Checker:
    def __init__(self, variant, attrs):
        self.variant = variant
        self.attrs = attrs
        self.mismatches = []
        self.notes = []
        self.checked_regions = 0

    def mismatch(self, field, real, model):
        self.mismatches.append({"version": VERSION, "variant": self.variant,
                                "attrs": list(self.attrs), "field": field,
                                "real": real, "model": model})

    def note(self, text):
        self.notes.append(text)


# --------------------------------------------------------------------------
# figure comparison

FIELDS = ("basicsize", "dictoffset", "weakrefoffset", "getsizeof", "bytesPerInstance")


def compare_figures(chk, real, model, bpi_second):
    for f in FIELDS:
        if real.get(f) != model.get(f):
            r = real.get(f)
            if f == "bytesPerInstance":
                r = "%s (exact %.3f; second sample %.3f)" % (
                    r, real["bytesPerInstanceExact"], bpi_second)
            chk.mismatch(f, r, model.get(f))
    ra, ma = real.get("addAttribute") or {}, model.get("addAttribute") or {}
    for k in ("name", "outcome", "message"):
        if ra.get(k) != ma.get(k):
            chk.mismatch("addAttribute." + k, ra.get(k), ma.get(k))


# --------------------------------------------------------------------------
# region verification with ctypes

def check_object_regions(chk, where, base, regions, values, ctx, lo=None, hi=None):
    """Check the words of one object's regions at address `base`.

    Returns a dict of pointer-valued regions to follow: pointsTo -> address.
    `values` maps attribute name -> the distinct value object.
    """
    follow = []
    for r in regions:
        kind, off, size, label = r["kind"], r["offset"], r["size"], r.get("label", "")
        if (lo is not None and off < lo) or (hi is not None and off + size > hi):
            chk.mismatch("%s region %r @%d" % (where, label, off),
                         "object spans [%d, %d)" % (lo, hi), "region [%d, %d)" % (off, off + size))
            continue
        addr = base + off
        if kind == "refcount":
            chk.checked_regions += 1
            if size == PTR:
                v = sword(addr)
                if not (0 < v < 10 ** 6):
                    chk.mismatch("%s refcount @%d" % (where, off), v, "small positive refcount")
            elif size == 4:  # 3.14+: the 32-bit ob_refcnt
                v = ctypes.c_uint32.from_address(addr).value
                if not (0 < v < 10 ** 6):
                    chk.mismatch("%s refcount @%d" % (where, off), v, "small positive 32-bit count")
            else:  # 3.14+: ob_overflow and ob_flags, 0 for a heap object
                v = ctypes.c_uint16.from_address(addr).value
                if size != 2 or v != 0:
                    chk.mismatch("%s %r @%d" % (where, label, off), "%d bytes holding %d" % (size, v),
                                 "2 bytes holding 0")
        elif kind == "type-pointer" and where in ctx.get("typed", {}):
            chk.checked_regions += 1
            exp = ctx["typed"][where]
            if word(addr) != exp:
                chk.mismatch("%s type pointer @%d" % (where, off), hex(word(addr)), "id(type)=" + hex(exp))
        elif kind in ("slot", "value", "entry-value"):
            if kind == "entry-value" and label == "(unused)":
                chk.checked_regions += 1
                if word(addr) != 0:
                    chk.mismatch("%s unused entry value @%d" % (where, off), hex(word(addr)), "NULL")
                continue
            if label not in values:
                chk.mismatch("%s %s @%d" % (where, kind, off), "attrs %r" % (chk.attrs,),
                             "label %r is not an attribute" % label)
                continue
            chk.checked_regions += 1
            ctx["located"].setdefault(label, []).append("%s@%d" % (where, off))
            got = word(addr)
            exp = id(values[label])
            if got != exp:
                who = [n for n, v in values.items() if id(v) == got]
                chk.mismatch("%s %s %r @%d" % (where, kind, label, off),
                             "holds %s" % ("value of %r" % who[0] if who else hex(got)),
                             "value of %r" % label)
        elif kind == "entry-key":
            name = label_name(label)
            chk.checked_regions += 1
            got = word(addr)
            exp = id(sys.intern(name))
            # a key that equals the name but is not the interned string (3.14
            # fills a class's shared keys from __static_attributes__, whose
            # non-ASCII names are not interned): ctx["key_objects"] maps the ids
            # of such live strings to their text
            if got != exp and ctx.get("key_objects", {}).get(got) != name:
                try:
                    shown = repr(ctypes.cast(got, ctypes.py_object).value) if got and got in ctx["key_ids"] else hex(got)
                except Exception:
                    shown = hex(got)
                chk.mismatch("%s entry-key @%d" % (where, off), "holds %s" % shown, label)
        elif kind == "entry-hash":
            name = label_name(label)
            chk.checked_regions += 1
            # entry-hash regions are labelled "hash"; the key follows at +PTR
            nxt = [q for q in regions if q["offset"] == off + PTR and q["kind"] == "entry-key"]
            if nxt:
                name = label_name(nxt[0]["label"])
                if sword(addr) != hash(name):
                    chk.mismatch("%s entry-hash @%d" % (where, off), sword(addr), "hash(%r)" % name)
        elif kind == "weakref-pointer":
            ctx["weakref_regions"].append((where, off, word(addr)))
        elif kind in ("values-pointer", "dict-pointer") or r.get("pointsTo"):
            if kind not in ("values-pointer", "dict-pointer", "object-field"):
                continue  # e.g. type-pointer -> keys: not followable here
            raw = word(addr)
            target = r.get("pointsTo")
            ptr = raw
            if kind == "values-pointer" and MINOR == 12 and raw & 1:
                # 3.12 _PyDictOrValues: values are stored as (char *)values - 1
                ptr = raw + 1
                ctx["tagged"] = True
            if kind == "dict-pointer" and where == "instance":
                ctx["dict_word"] = (off, raw, target)
            chk.checked_regions += 1
            if target is None:
                if kind in ("values-pointer", "dict-pointer") and raw != 0:
                    chk.mismatch("%s %s %r @%d" % (where, kind, label, off),
                                 "non-NULL %s" % hex(raw), "no target (NULL)")
            else:
                if raw == 0:
                    chk.mismatch("%s %s %r @%d" % (where, kind, label, off), "NULL",
                                 "points to %r" % target)
                elif kind == "dict-pointer" and MINOR == 12 and raw & 1:
                    chk.mismatch("%s %s %r @%d" % (where, kind, label, off),
                                 "tagged values pointer %s" % hex(raw), "points to %r" % target)
                else:
                    follow.append((target, ptr, where, label, off))
    return follow


def follow_pointers(chk, follow, attached, values, ctx):
    """Checks every attached object the instance's pointers reach, pointer by pointer
    (dict -> values / keys, values pointer -> values); returns the ids reached and
    the address of the instance's dict, if a pointer leads to one."""
    seen = set()
    dict_address = None
    while follow:
        target, ptr, src, label, off = follow.pop(0)
        if target in seen:
            continue
        seen.add(target)
        att = attached.get(target)
        if att is None:
            chk.mismatch("%s %r @%d" % (src, label, off), "points somewhere",
                         "pointsTo %r but no attached object with that id" % target)
            continue
        if target == "dict":
            ctx["typed"]["dict"] = id(dict)
            dict_address = ptr
        follow.extend(check_object_regions(chk, target, ptr, att["regions"], values, ctx,
                                           lo=min([0] + [r["offset"] for r in att["regions"]]),
                                           hi=None))
    return seen, dict_address


def verify_regions(rec, chk, model, variant, class_name, attrs):
    cls = rec.build_class(variant, class_name, attrs)
    args = (rec.VALUE,) * len(attrs)
    warmup = [cls(*args) for _ in range(rec.N_WARMUP)]
    gc.collect()
    keep = [None] * rec.N_INSTANCES
    indices = list(range(rec.N_INSTANCES))
    delta = rec.measure_instances(cls, args, keep, indices)
    bpi_second = delta / rec.N_INSTANCES

    vals = [float(i) + 0.25 for i in range(len(attrs))]  # distinct objects
    # the class body stores private names mangled (__x -> _SlottedPoint__x)
    declaring = "SlottedPoint" if variant == "child-of-slotted" else class_name
    stored = [mangle(a, declaring) for a in attrs]
    values = dict(zip(stored, vals))
    obj = cls(*vals)
    oid = id(obj)
    real_sizeof = obj.__sizeof__()
    preheader = sys.getsizeof(obj) - real_sizeof
    inline = MINOR >= 13 and bool(cls.__flags__ & (1 << 2))  # Py_TPFLAGS_INLINE_VALUES
    key_ids = set(id(sys.intern(a)) for a in stored)
    ctx = {"located": {}, "weakref_regions": [], "typed": {"instance": id(cls)},
           "key_ids": key_ids}

    regions = model.get("regions") or []
    attached = dict((a["id"], a) for a in model.get("attached") or [])
    if not regions:
        chk.mismatch("regions", "object of %d bytes" % real_sizeof, "no regions")
        return bpi_second
    lo = min(r["offset"] for r in regions)
    hi = max(r["offset"] + r["size"] for r in regions)
    if lo != -preheader:
        chk.mismatch("instance regions start", -preheader, lo)
    zero = [r for r in regions if r["offset"] == 0]
    if not zero or zero[0]["kind"] != "refcount":
        chk.mismatch("region at offset 0", "refcount", zero[0]["kind"] if zero else None)
    if not inline and hi != real_sizeof:
        chk.mismatch("instance regions end", real_sizeof, hi)
    # inline values (3.13) live past __sizeof__'s basicsize; bound reads by the
    # allocation instead (getsizeof does not include them on 3.13.0).
    bound_hi = None if inline else real_sizeof

    follow = check_object_regions(chk, "instance", oid, regions, values, ctx,
                                  lo=-preheader, hi=bound_hi)

    # follow pointers (dict -> values / keys, values-pointer -> values)
    seen, dict_address = follow_pointers(chk, follow, attached, values, ctx)

    # weakref regions: zero before, the weakref object after weakref.ref(obj)
    supports_weakref = cls.__weakrefoffset__ != 0
    if supports_weakref and not ctx["weakref_regions"]:
        chk.mismatch("weakref-pointer region", "__weakrefoffset__=%d" % cls.__weakrefoffset__,
                     "no weakref-pointer region")
    r = None
    for where, off, before in ctx["weakref_regions"]:
        chk.checked_regions += 1
        if not supports_weakref:
            chk.mismatch("weakref-pointer @%d" % off, "type has no weakref support", "weakref region")
            continue
        if before != 0:
            chk.mismatch("weakref-pointer @%d before weakref.ref" % off, hex(before), "NULL")
        if r is None:
            r = weakref.ref(obj)
        after = word(oid + off)
        if after != id(r):
            chk.mismatch("weakref-pointer @%d after weakref.ref" % off,
                         "0" if after == 0 else hex(after), "id(weakref)=" + hex(id(r)))

    # every attribute must have been found somewhere
    for a in stored:
        locs = ctx["located"].get(a)
        if not locs:
            chk.mismatch("attribute %r location" % a, "stored in the instance/dict",
                         "no slot/value/entry-value region for it")
        elif len(locs) > 1:
            chk.mismatch("attribute %r location" % a, "stored once", "regions " + ", ".join(locs))

    # shared keys: reach them through a (sacrificial) split __dict__
    keys = attached.get("keys")
    if keys is not None and "keys" not in seen and keys.get("shared") and any(
            q["kind"] == "entry-key" for q in keys["regions"]):
        if dict_address is not None:
            d_addr = dict_address
        else:
            # an instance with no attributes set still uses the class's
            # cached keys; its __dict__ is a split dict sharing them
            sac = cls.__new__(cls)
            d = sac.__dict__
            d_addr = id(d)
        if word(d_addr + 5 * PTR) != 0:  # ma_values: split dict -> ma_keys is the shared table
            kp = word(d_addr + 4 * PTR)
            check_object_regions(chk, "keys", kp, keys["regions"], values, ctx)
        else:
            chk.note("shared keys not reachable (dict is combined)")

    # last: compare the raw __dict__ word with the real __dict__ (<=3.10 it
    # exists already; on 3.11+ only when the model says a dict exists).
    if "dict_word" in ctx:
        off, raw, target = ctx["dict_word"]
        if MINOR <= 10 or raw != 0:
            d = obj.__dict__
            if target is not None and raw != id(d):
                chk.mismatch("instance dict-pointer @%d" % off, "id(__dict__)=" + hex(id(d)), hex(raw))
    if ctx.get("tagged"):
        chk.note("3.12 dict-or-values word tagged (values stored as ptr-1); untagged with +1")

    del r, warmup, keep, indices, obj
    return bpi_second


# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", required=True, help="path to slotscope.jar")
    ap.add_argument("--cases", type=int, default=60, help="random attribute lists (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="RNG seed (default 1)")
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)),
                    help="parallel jar invocations")
    ap.add_argument("--java", default="java", help="java executable")
    ap.add_argument("--verbose", action="store_true", help="print each case")
    opts = ap.parse_args(argv)

    if platform.python_implementation() != "CPython":
        sys.exit("crosscheck_cpython.py: needs CPython")
    if not os.path.exists(opts.jar):
        print("crosscheck_cpython.py: no jar at %s" % opts.jar, file=sys.stderr)
        return 2
    rec = load_recorder()

    rng = random.Random(opts.seed)
    lists = [random_attrs(rng) for _ in range(opts.cases)]
    jobs = []
    for attrs in lists:
        for variant, class_name in rec.VARIANTS:
            if variant == "dataclass-slots" and sys.version_info < (3, 10):
                continue
            jobs.append((variant, class_name, attrs, fresh_name(attrs)))

    print("crosscheck: Python %s (%s), %d lists x variants = %d cases, seed %d"
          % (platform.python_version(), sys.executable, len(lists), len(jobs), opts.seed))
    sys.stdout.flush()
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as ex:
        futures = [ex.submit(run_jar, opts.java, opts.jar, v, a, n) for v, _, a, n in jobs]
        models = [f.result() for f in futures]

    all_mm, notes = [], set()
    per_variant = {}
    regions_checked = 0
    for (variant, class_name, attrs, new), model in zip(jobs, models):
        chk = Checker(variant, attrs)
        if "__error__" in model:
            chk.mismatch("jar", "-", model["__error__"])
        else:
            real = rec.record_case(variant, class_name, attrs)
            gc.collect()
            try:
                bpi2 = verify_regions(rec, chk, model, variant, class_name, attrs)
            except Exception as e:  # keep going; report as a tool problem
                chk.mismatch("region check raised", "%s: %s" % (type(e).__name__, e), "-")
                bpi2 = float("nan")
            gc.collect()
            compare_figures(chk, real, model, bpi2)
        regions_checked += chk.checked_regions
        per_variant[variant] = per_variant.get(variant, 0) + 1
        all_mm.extend(chk.mismatches)
        notes.update(chk.notes)
        if opts.verbose:
            print("  %-16s n=%-2d %s  %s" % (variant, len(attrs),
                                            "OK" if not chk.mismatches else "%d MISMATCH" % len(chk.mismatches),
                                            ",".join(attrs)))
            sys.stdout.flush()

    print("\n== summary for CPython %s" % platform.python_version())
    print("cases checked: %d (%s); attribute lists: %d; regions verified: %d"
          % (len(jobs), ", ".join("%s %d" % kv for kv in per_variant.items()),
             len(lists), regions_checked))
    for n in sorted(notes):
        print("note: " + n)
    if not all_mm:
        print("mismatches: 0")
        return 0
    print("mismatches: %d" % len(all_mm))
    for m in all_mm:
        print("MISMATCH %s %s attrs=[%s] %s: real=%s model=%s"
              % (m["version"], m["variant"], ",".join(m["attrs"]), m["field"],
                 m["real"], m["model"]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
