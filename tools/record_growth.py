#!/usr/bin/env python3
"""Record how CPython instance dicts grow as attributes are added ("growth" fixtures).

For the interpreter that runs it, this script takes the lesson's classes
(built by tools/record_cpython.py's own class-building code, so they are
defined identically) and, for a fixed scenario, records step by step what an
instance costs and what its dict's hash table looks like in memory while
extra attributes are added one at a time:

  * bytesPerInstance -- tracemalloc's traced-memory growth over making 20000
    instances that carry the step's attributes, divided by 20000, rounded;
  * getsizeof        -- sys.getsizeof(instance);
  * table            -- the dict's hash table read with ctypes from the
    interpreter's memory *before* __dict__ is touched (or, on 3.11+ when no
    dict object exists yet, the class's shared keys, ht_cached_keys): number
    of index slots, split or combined, usable, nentries, and for every entry
    its key, hash and the index slot that points at it;
  * dictGetsizeof    -- sys.getsizeof(instance.__dict__), read last because on
    3.11+ it materialises a dict.

Stdlib only; runs on CPython 3.8-3.13 (64-bit).  The script re-executes
itself with PYTHONHASHSEED=0 when that is not already set, so string hashes
(and therefore the index slots) are deterministic.

Usage:

    python3 tools/record_growth.py [--out DIR]
        record DIR/cpython-3.X.json for the running interpreter; DIR defaults
        to src/test/resources/fixtures/cpython-growth under the repo root.

    python3 tools/record_growth.py --check [FILE ...]
        verify recorded fixtures (default: every cpython-3.*.json in DIR):
        recompute each entry's index slot from its recorded hash with
        CPython's probe sequence (i = hash & mask; perturb = hash;
        while occupied: perturb >>= 5; i = (i*5 + perturb + 1) & mask),
        inserting the entries in table order, and compare with the recorded
        slot.  Exit status 1 if any slot differs.

tools/record_all.sh growth runs the recorder for every pyenv 3.8-3.13.
"""

import argparse
import ctypes
import gc
import glob
import importlib.util
import json
import os
import platform
import struct
import sys
import tracemalloc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _load_record_cpython():
    path = os.path.join(HERE, "record_cpython.py")
    spec = importlib.util.spec_from_file_location("record_cpython", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rc = _load_record_cpython()

N_INSTANCES = 20000
VALUE = rc.VALUE  # the one shared float used for every attribute value
PY = sys.version_info[:2]
P = struct.calcsize("P")

SCENARIO = (
    "One fresh class (new exec of tools/record_cpython.py's class source) per case, "
    "used for the whole case. For step k = 0..len(add) (step 0 = as constructed): "
    "(1) one instance is constructed (constructor arguments = attrs, all the one "
    "shared float) and given the first k extra attributes in order with setattr "
    "(each setattr is tried; an AttributeError is caught); the outcome of setting "
    "the k-th one on this instance is the step's outcome ('ok' or 'error' with "
    "message type(e).__name__ + ': ' + str(e)); the instance is then freed (del, "
    "gc.collect()). (2) 20000 instances are each constructed and given the same k "
    "attributes with setattr (stopping at the first one that raises) and kept "
    "alive; bytesPerInstance = round(tracemalloc traced-memory growth over making "
    "them / 20000), with get_traced_memory() primed once after start, the index "
    "list precomputed and the cyclic GC disabled during the window. (3) With those "
    "alive, one more instance gets the same k attributes and is inspected: "
    "getsizeof = sys.getsizeof(obj); table = the instance dict's hash table read "
    "with ctypes from memory before __dict__ is touched (if no dict object exists "
    "yet -- no attribute stored on 3.8-3.10, values held in a values array or "
    "inline on 3.11+ -- dictExists is false and the class's shared keys "
    "ht_cached_keys are read instead): slots, split, usable, nentries and entries "
    "in table order with key, stored hash (hash(key) where 3.11+ unicode entries "
    "store none) and the index slot pointing at the entry; then dictGetsizeof = "
    "sys.getsizeof(obj.__dict__) (null without __dict__; on 3.11+ this "
    "materialises a dict, hence last). (4) Everything is freed (del, "
    "gc.collect()) before step k+1. PYTHONHASHSEED=0."
)


# --------------------------------------------------------------------------
# reading dict tables with ctypes

def _word(addr):
    return ctypes.c_void_p.from_address(addr).value or 0


def _ssize(addr):
    return ctypes.c_ssize_t.from_address(addr).value


_INDEX_TYPES = {1: ctypes.c_int8, 2: ctypes.c_int16, 4: ctypes.c_int32, 8: ctypes.c_int64}

# offsetof(PyHeapTypeObject, ht_cached_keys), from the installed headers
# (gcc offsetof); checked at run time against ht_name / ht_qualname.
_CACHED_KEYS_OFFSET = {(3, 8): 872, (3, 9): 864, (3, 10): 872,
                       (3, 11): 872, (3, 12): 880, (3, 13): 880}


def cached_keys_address(cls):
    off = _CACHED_KEYS_OFFSET.get(PY)
    base = id(cls)
    name_ok = off is not None and _word(base + off - 24) == id(cls.__name__)
    qual_ok = off is not None and _word(base + off - 8) == id(cls.__qualname__)
    if not (name_ok and qual_ok):
        # fall back to locating ht_name/ht_slots/ht_qualname by value
        off = None
        for o in range(0, type.__basicsize__ - 24, P):
            if (_word(base + o) == id(cls.__name__)
                    and _word(base + o + 16) == id(cls.__qualname__)):
                off = o + 24
                break
        if off is None:
            raise RuntimeError("cannot locate ht_cached_keys")
    return _word(base + off)


def read_keys(keys, split):
    """Decode a PyDictKeysObject at address `keys`."""
    if PY <= (3, 10):
        size = _ssize(keys + 8)
        usable = _ssize(keys + 24)
        nentries = _ssize(keys + 32)
        if size <= 0xff:
            width = 1
        elif size <= 0xffff:
            width = 2
        elif size <= 0xffffffff:
            width = 4
        else:
            width = 8
        indices = keys + 40
        entries = indices + size * width
        entry_size = 24
        stores_hash = True
    else:
        log2_size = ctypes.c_uint8.from_address(keys + 8).value
        log2_index_bytes = ctypes.c_uint8.from_address(keys + 9).value
        kind = ctypes.c_uint8.from_address(keys + 10).value
        usable = _ssize(keys + 16)
        nentries = _ssize(keys + 24)
        size = 1 << log2_size
        width = (1 << log2_index_bytes) >> log2_size
        indices = keys + 32
        entries = indices + (1 << log2_index_bytes)
        stores_hash = kind == 0  # DICT_KEYS_GENERAL
        entry_size = 24 if stores_hash else 16
    itype = _INDEX_TYPES[width]
    slot_of = {}
    for s in range(size):
        ix = itype.from_address(indices + s * width).value
        if ix >= 0:
            if ix in slot_of:
                raise RuntimeError("two index slots point at entry %d" % ix)
            slot_of[ix] = s
    out = []
    for n in range(nentries):
        e = entries + n * entry_size
        if stores_hash:
            h = _ssize(e)
            kp = _word(e + 8)
        else:
            kp = _word(e)
            h = None
        if not kp:
            continue  # deleted entry (never happens in this scenario)
        key = ctypes.cast(kp, ctypes.py_object).value
        if h is None:
            h = hash(key)
        out.append({"key": key, "hash": h, "slot": slot_of.get(n)})
    return {"slots": size, "split": split, "usable": usable,
            "nentries": nentries, "entries": out}


def dict_pointer(obj):
    """Address of the instance's dict object as the interpreter holds it, or 0."""
    tp = type(obj)
    if PY <= (3, 10):
        off = tp.__dictoffset__
        if off <= 0:
            raise RuntimeError("unexpected dictoffset %d" % off)
        return _word(id(obj) + off)
    word = _word(id(obj) - 3 * P)  # MANAGED_DICT_OFFSET = -24
    if PY == (3, 12) and word & 1:
        return 0  # PyDictOrValues holding a tagged values pointer
    return word


def read_table(obj):
    d = dict_pointer(obj)
    if d:
        keys = _word(d + 32)
        values = _word(d + 40)
        table = read_keys(keys, split=bool(values))
        table = dict({"dictExists": True}, **table)
    else:
        keys = cached_keys_address(type(obj))
        if not keys:
            raise RuntimeError("no dict and no shared keys")
        table = dict({"dictExists": False}, **read_keys(keys, split=True))
    return table


# --------------------------------------------------------------------------
# the scenario

def set_extras(obj, names):
    """setattr each name in turn (stop at the first error); return outcome of the last."""
    for name in names:
        try:
            setattr(obj, name, VALUE)
        except Exception:
            break


def measure(cls, args, names, keep, indices):
    gc_was_enabled = gc.isenabled()
    value = VALUE
    gc.disable()
    try:
        tracemalloc.start()
        tracemalloc.get_traced_memory()  # prime the result tuple (see record_cpython.py)
        before = tracemalloc.get_traced_memory()[0]
        for i in indices:
            o = cls(*args)
            for name in names:
                try:
                    setattr(o, name, value)
                except Exception:
                    break
            keep[i] = o
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    finally:
        if gc_was_enabled:
            gc.enable()
    return after - before


def record_case(variant, class_name, attrs, add):
    cls = rc.build_class(variant, class_name, attrs)
    args = (VALUE,) * len([a for a in attrs if a not in rc.SLOT_REQUESTS])
    has_dict = cls.__dictoffset__ != 0
    steps = []
    gc.collect()
    for k in range(len(add) + 1):
        names = tuple(add[:k])
        step = {"step": k, "attribute": add[k - 1] if k else None,
                "outcome": None, "message": None}

        # (1) one instance, given the first k attributes; outcome of the k-th
        first = cls(*args)
        for j, name in enumerate(names):
            try:
                setattr(first, name, VALUE)
                res = ("ok", None)
            except Exception as e:
                res = ("error", type(e).__name__ + ": " + str(e))
            if j == k - 1:
                step["outcome"], step["message"] = res
        res = None
        del first
        gc.collect()

        # (2) 20000 live instances
        keep = [None] * N_INSTANCES
        indices = list(range(N_INSTANCES))
        delta = measure(cls, args, names, keep, indices)
        step["bytesPerInstance"] = int(round(delta / N_INSTANCES))

        # (3) one more instance, inspected
        obj = cls(*args)
        set_extras(obj, names)
        step["getsizeof"] = sys.getsizeof(obj)
        step["table"] = read_table(obj) if has_dict else None
        step["dictGetsizeof"] = sys.getsizeof(obj.__dict__) if has_dict else None
        # field order as documented
        step = {key: step[key] for key in (
            "step", "attribute", "outcome", "message", "bytesPerInstance",
            "getsizeof", "dictGetsizeof", "table")}
        steps.append(step)

        # (4) free everything
        del obj, keep, indices
        gc.collect()
    del cls
    gc.collect()
    return {"variant": variant, "className": class_name, "attrs": list(attrs),
            "add": list(add), "steps": steps}


def cases():
    a30 = ["a%d" % i for i in range(1, 31)]
    out = [("standard", "StandardPoint", ["x", "y"], a30),
           ("child-of-slotted", "ChildOfSlotted", ["x", "y"], a30),
           ("slotted", "SlottedPoint", ["x", "y"], a30)]
    if PY >= (3, 10):
        out.append(("dataclass-slots", "DataPoint", ["x", "y"], a30))
    out.append(("slotted-weakref", "WeakSlottedPoint", ["x", "y"], a30))
    out.append(("standard", "StandardPoint", [], ["b%d" % i for i in range(1, 13)]))
    out.append(("standard", "StandardPoint", ["x", "y"], list("zwvutsrqp")))
    # obj.__x from outside the class is not mangled: a new key beside _StandardPoint__x,
    # and no slot of a slotted class (whose body stored _SlottedPoint__x).
    out.append(("standard", "StandardPoint", ["__x", "y"], ["__x", "__z", "w"]))
    out.append(("slotted", "SlottedPoint", ["__x", "y"], ["__x"]))
    out.append(("child-of-slotted", "ChildOfSlotted", ["__x", "y"], ["__x", "_SlottedPoint__x"]))
    # '__dict__' in __slots__: slots and a dict (3.14 puts the values after the slots)
    out.append(("slotted", "SlottedPoint", ["x", "y", "__dict__"], a30))
    out.append(("slotted", "SlottedPoint", ["__dict__"], ["b%d" % i for i in range(1, 13)]))
    return out


# --------------------------------------------------------------------------
# --check

def probe_slots(hashes, slots):
    mask = slots - 1
    occupied = set()
    result = []
    for h in hashes:
        perturb = h & 0xFFFFFFFFFFFFFFFF
        i = perturb & mask
        while i in occupied:
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask
        occupied.add(i)
        result.append(i)
    return result


def check_file(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    tables = mismatches = 0
    # str hashes depend on the seed and on the version (SipHash-2-4 up to
    # 3.10, SipHash-1-3 from 3.11), so the recorded hashes are also compared
    # with hash(key) only when this interpreter is the same minor version.
    same_hash = (data.get("hashSeed") == os.environ.get("PYTHONHASHSEED")
                 and data["python"].split(".")[:2] == platform.python_version().split(".")[:2])
    for case in data["cases"]:
        for step in case["steps"]:
            t = step["table"]
            if t is None:
                continue
            tables += 1
            expect = probe_slots([e["hash"] for e in t["entries"]], t["slots"])
            got = [e["slot"] for e in t["entries"]]
            hashes_ok = (not same_hash) or all(
                e["hash"] == hash(e["key"]) for e in t["entries"])
            if expect != got or not hashes_ok:
                mismatches += 1
                print("  MISMATCH %s %s attrs=%s step %d: recorded %s, probe %s%s" % (
                    os.path.basename(path), case["variant"], case["attrs"],
                    step["step"], got, expect, "" if hashes_ok else " (hash differs)"))
    print("%s (Python %s): %d tables, %d mismatches%s" % (
        os.path.basename(path), data["python"], tables, mismatches,
        "" if same_hash else " (hash(key) cross-check skipped: other version)"))
    return mismatches


# --------------------------------------------------------------------------

def default_out_dir():
    return os.path.join(ROOT, "src", "test", "resources", "fixtures", "cpython-growth")


def main(argv=None):
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable,
                  [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=default_out_dir(),
                        help="output directory (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="verify recorded fixtures instead of recording")
    parser.add_argument("files", nargs="*", help="fixtures to check (with --check)")
    opts = parser.parse_args(argv)

    if opts.check:
        files = opts.files or sorted(
            glob.glob(os.path.join(opts.out, "cpython-3.*.json")),
            key=lambda p: [int(x) for x in os.path.basename(p)[8:-5].split(".") if x.isdigit()])
        if not files:
            sys.exit("record_growth.py --check: no fixtures found")
        bad = sum(check_file(p) for p in files)
        sys.exit(1 if bad else 0)
    if opts.files:
        parser.error("file arguments are only for --check")
    if tracemalloc.is_tracing():
        sys.exit("record_growth.py: run without PYTHONTRACEMALLOC / -X tracemalloc")
    if P != 8 or platform.python_implementation() != "CPython":
        sys.exit("record_growth.py: needs 64-bit CPython")

    recorded = [record_case(*c) for c in cases()]
    result = {
        "recorder": "tools/record_growth.py",
        "python": platform.python_version(),
        "pointerSize": P,
        "hashSeed": os.environ.get("PYTHONHASHSEED"),
        "scenario": SCENARIO,
        "cases": recorded,
    }
    os.makedirs(opts.out, exist_ok=True)
    path = os.path.join(opts.out, "cpython-3.%d.json" % sys.version_info[1])
    text = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
    rc.write_atomic(path, text)
    print("wrote %s (%d cases)" % (path, len(recorded)))


if __name__ == "__main__":
    main()
