#!/usr/bin/env python3
"""Record CPython object-layout ground truth for the Slotscope Java model.

For the interpreter that runs it, this script builds small classes in five
variants (standard, slotted, dataclass-slots, child-of-slotted,
slotted-weakref) for many attribute lists and records, as read from the live
interpreter: the type's __basicsize__/__itemsize__/__dictoffset__/
__weakrefoffset__/__flags__, the bytes each instance really costs (measured
with tracemalloc over 20000 instances), sys.getsizeof/__sizeof__ of an
instance and of its __dict__, and what happens when a new or an existing
attribute is set.

Run it with each Python you want figures for (stdlib only, 3.6+):

    python3 tools/record_cpython.py [--out DIR]

DIR defaults to src/test/resources/fixtures/cpython under the repo root; the
output is DIR/cpython-3.X.json.  tools/record_all.sh runs it for every pyenv
3.8-3.13 interpreter.
"""

import argparse
import ctypes
import gc
import json
import os
import platform
import struct
import sys
import tempfile
import tracemalloc
import unicodedata

try:  # imported up front so the import never happens inside a measured case
    import dataclasses  # noqa: F401
except ImportError:  # Python 3.6
    dataclasses = None

N_INSTANCES = 20000
N_WARMUP = 100

# One shared float object passed for every constructor argument.
VALUE = float("1.5")

VARIANTS = [
    ("standard", "StandardPoint"),
    ("slotted", "SlottedPoint"),
    ("dataclass-slots", "DataPoint"),
    ("child-of-slotted", "ChildOfSlotted"),
    ("slotted-weakref", "WeakSlottedPoint"),
]

# Pool of varied names (length, digits, underscores, non-ASCII); the varied
# lists are its prefixes, so every one holds at least one non-ASCII name.
VARIED_POOL = [
    "alpha",
    "b",
    "größe",
    "gamma_delta_epsilon",
    "x1",
    "_private",
    "x_ω",
    "value_2",
    "Ω",
    "very_long_attribute_name_number_0123456789",
    "c3po",
    "snake_case_name",
    "camelCaseName",
    "_",
    "z9",
    "data",
    "nested__double",
    "trailing_",
    "π",
    "name_with_many_underscores_and_digits_42",
]


# Private names: the class body stores __x as _ClassName__x (and sorts
# __slots__ by the mangled names); names ending in "__" are not mangled.
PRIVATE_LISTS = [
    ["__x", "y"],
    ["__x", "__y"],
    ["y", "__x", "_z", "__w_", "a"],
    ["__", "___", "__x"],
]

# '__dict__' and '__weakref__' in __slots__ ask for a dict or a weakref list;
# __init__ does not assign them.  Recorded for the slotted classes only.
SLOT_REQUESTS = ("__dict__", "__weakref__")
REQUEST_LISTS = [
    ["x", "y", "__dict__"],
    ["__dict__"],
    ["x", "y", "__weakref__"],
    ["x", "__dict__", "__weakref__"],
    ["__x", "__dict__"],
]


def applies(variant, attrs):
    """False where Slotscope refuses the list for the variant (as Python gives
    the requests no meaning there, or refuses a second __weakref__)."""
    requests = [a for a in attrs if a in SLOT_REQUESTS]
    if not requests:
        return True
    if variant in ("standard", "dataclass-slots"):
        return False
    return not (variant == "slotted-weakref" and "__weakref__" in requests)


def attr_lists():
    lists = [["x", "y"], ["x"], []]
    for n in range(0, 21):
        lists.append(["a%d" % i for i in range(n)])
    for n in (3, 7, 12, 20):
        lists.append(VARIED_POOL[:n])
    for n in (24, 29, 30, 31, 32, 40):
        lists.append(["f%d" % i for i in range(n)])
    lists.extend(PRIVATE_LISTS)
    lists.extend(REQUEST_LISTS)
    for attrs in lists:
        for name in attrs:
            assert name.isidentifier() and (name in SLOT_REQUESTS or not is_dunder(name)), name
            assert unicodedata.normalize("NFKC", name) == name, name
    return lists


def is_dunder(name):
    return name.startswith("__") and name.endswith("__") and name.strip("_") != ""


def slot_names(obj, n):
    """The names of the first n slots by offset, read from the object's words:
    each slot holds a distinct float whose name the caller knows."""
    return [word_at(id(obj) + 2 * struct.calcsize("P") + i * struct.calcsize("P")) for i in range(n)]


def word_at(addr):
    return ctypes.c_void_p.from_address(addr).value


def init_source(attrs):
    attrs = [a for a in attrs if a not in SLOT_REQUESTS]
    if not attrs:
        return "    def __init__(self):\n        pass\n"
    lines = ["    def __init__(self, %s):\n" % ", ".join(attrs)]
    for name in attrs:
        lines.append("        self.%s = %s\n" % (name, name))
    return "".join(lines)


def slots_literal(names):
    if not names:
        return "()"
    return "(" + ", ".join(repr(n) for n in names) + ",)"


def class_source(variant, attrs):
    if variant == "standard":
        return "class StandardPoint:\n" + init_source(attrs)
    if variant in ("slotted", "child-of-slotted"):
        src = ("class SlottedPoint:\n    __slots__ = %s\n" % slots_literal(attrs)
               + init_source(attrs))
        if variant == "child-of-slotted":
            src += "\n\nclass ChildOfSlotted(SlottedPoint):\n    pass\n"
        return src
    if variant == "slotted-weakref":
        return ("class WeakSlottedPoint:\n    __slots__ = %s\n"
                % slots_literal(list(attrs) + ["__weakref__"])
                + init_source(attrs))
    if variant == "dataclass-slots":
        body = "".join("    %s: float\n" % name for name in attrs) or "    pass\n"
        return ("from dataclasses import dataclass\n\n\n"
                "@dataclass(slots=True)\nclass DataPoint:\n" + body)
    raise ValueError(variant)


def build_class(variant, class_name, attrs):
    ns = {"__name__": "__slotscope_case__"}
    exec(compile(class_source(variant, attrs), "<slotscope %s>" % variant, "exec"), ns)
    return ns[class_name]


def try_setattr(obj, name):
    try:
        setattr(obj, name, VALUE)
    except Exception as e:  # record whatever the interpreter raises
        return {"name": name, "outcome": "error",
                "message": type(e).__name__ + ": " + str(e)}
    return {"name": name, "outcome": "ok"}


def measure_instances(cls, args, keep, indices):
    """Fill the preallocated `keep` with fresh instances under tracemalloc.

    Nothing but the instances outlives the window: `keep` and `indices` exist
    beforehand (no list growth, no int objects created by the loop) and the
    cyclic GC is paused so a collection cannot run inside the window.
    Returns the growth of traced memory in bytes.
    """
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        tracemalloc.start()
        # The first call's result tuple is a fresh traced allocation that,
        # once dropped, stays alive on the tuple free list and would be
        # counted in `after` (56 bytes on 64-bit); prime it so the call
        # that reads `before` reuses that tuple.
        tracemalloc.get_traced_memory()
        before = tracemalloc.get_traced_memory()[0]
        for i in indices:
            keep[i] = cls(*args)
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    finally:
        if gc_was_enabled:
            gc.enable()
    return after - before


def record_case(variant, class_name, attrs):
    case = {"variant": variant, "className": class_name, "attrs": list(attrs)}
    if variant == "dataclass-slots" and sys.version_info < (3, 10):
        case["supported"] = False
        return case
    case["supported"] = True

    cls = build_class(variant, class_name, attrs)
    assigned = [a for a in attrs if a not in SLOT_REQUESTS]
    args = (VALUE,) * len(assigned)
    case["basicsize"] = cls.__basicsize__
    case["itemsize"] = cls.__itemsize__
    case["dictoffset"] = cls.__dictoffset__
    case["weakrefoffset"] = cls.__weakrefoffset__
    case["flags"] = int(cls.__flags__)

    warmup = [cls(*args) for _ in range(N_WARMUP)]
    gc.collect()
    keep = [None] * N_INSTANCES
    indices = list(range(N_INSTANCES))
    delta = measure_instances(cls, args, keep, indices)
    case["bytesPerInstance"] = int(round(delta / N_INSTANCES))
    case["bytesPerInstanceExact"] = delta / N_INSTANCES

    obj = cls(*args)
    case["getsizeof"] = sys.getsizeof(obj)
    case["sizeof"] = obj.__sizeof__()
    has_dict = cls.__dictoffset__ != 0
    case["hasDict"] = has_dict
    if has_dict:
        d = obj.__dict__
        case["dictGetsizeof"] = sys.getsizeof(d)
        case["dictLen"] = len(d)
        del d
    else:
        case["dictGetsizeof"] = None
        case["dictLen"] = None

    # The names the instance stores: its dict's keys, or its slots by offset
    # (each slot given a distinct value to tell them apart).
    distinct = [float(i) + 0.25 for i in range(len(assigned))]
    o4 = cls(*distinct)
    if has_dict:
        case["dictKeys"] = list(o4.__dict__)
    if variant != "standard":
        by_id = {id(v): None for v in distinct}
        stored = {}
        for name in dir(o4):
            try:
                v = getattr(o4, name)
            except Exception:  # e.g. 3.10's DataPoint.__weakref__ descriptor refuses
                continue
            if id(v) in by_id:
                stored[id(v)] = name
        case["slotNames"] = [stored.get(w, hex(w or 0)) for w in slot_names(o4, len(assigned))]
    del o4, distinct

    new_name = "z"
    k = 0
    while new_name in attrs:
        k += 1
        new_name = "z%d" % k
    o2 = cls(*args)
    case["addAttribute"] = try_setattr(o2, new_name)

    if assigned:
        o3 = cls(*args)
        case["addExisting"] = try_setattr(o3, assigned[0])
        del o3
    else:
        case["addExisting"] = None

    del obj, o2, keep, warmup, indices, cls
    return case


def default_out_dir():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, "src", "test", "resources", "fixtures", "cpython")


def write_atomic(path, text):
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=default_out_dir(),
                        help="output directory (default: %(default)s)")
    opts = parser.parse_args(argv)

    if tracemalloc.is_tracing():
        sys.exit("record_cpython.py: run without PYTHONTRACEMALLOC / -X tracemalloc")

    cases = []
    lists = attr_lists()
    for variant, class_name in VARIANTS:
        for attrs in lists:
            if not applies(variant, attrs):
                continue
            cases.append(record_case(variant, class_name, attrs))
            gc.collect()

    result = {
        "recorder": "tools/record_cpython.py",
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "pointerSize": struct.calcsize("P"),
        "platform": sys.platform,
        "hashSeed": os.environ.get("PYTHONHASHSEED"),
        "cases": cases,
    }
    os.makedirs(opts.out, exist_ok=True)
    path = os.path.join(opts.out, "cpython-3.%d.json" % sys.version_info[1])
    text = json.dumps(result, indent=1, sort_keys=False, ensure_ascii=False) + "\n"
    write_atomic(path, text)
    print("wrote %s (%d cases)" % (path, len(cases)))


if __name__ == "__main__":
    main()
