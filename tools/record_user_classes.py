#!/usr/bin/env python3
"""Record CPython ground truth for users' own classes (issue #18).

For the interpreter that runs it, every case of tools/user_class_cases.py
(the hand-written ones and random_cases(11, 120)) is executed in a fresh
namespace and its class `className` measured.  A case records its id, source
and className and then either

* "error": {"type", "message", "phase"}: what Python raised while creating
  the classes ("class") or while calling `C()` ("init"), or
* the figures: the type's basicsize/itemsize/dictoffset/weakrefoffset/flags;
  sys.getsizeof and __sizeof__ of `C()`; bytesPerInstance(+Exact), measured
  with tracemalloc over 20000 instances exactly as tools/record_cpython.py
  does (its code is imported); "slots": every member descriptor over the
  MRO as {"name" (stored, mangled), "offset", "owner"}, sorted by offset,
  the offset read with ctypes (PyMemberDescrObject.d_member ->
  PyMemberDef.offset) and checked against a live instance; "hasDict";
  "dictKeys" of a separate `C()`'s __dict__ and its sys.getsizeof
  ("dictGetsizeof"); "staticAttributes" (3.13+: C.__static_attributes__);
  and "addAttribute": setting zz_new = 1.5 on a fresh `C()`.

Sources assign literals only, so an instance allocates nothing but itself
(and its dict, where it has one).

    python3 tools/record_user_classes.py [--out DIR]

DIR defaults to src/test/resources/fixtures/cpython-user; the output is
DIR/cpython-3.X.json.  tools/record_all.sh runs it for every interpreter.
"""

import argparse
import ctypes
import gc
import importlib.util
import json
import os
import platform
import struct
import sys
import tracemalloc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import user_class_cases  # noqa: E402  (beside this script)

try:  # imported up front so the import never happens inside a measured case
    import dataclasses  # noqa: F401
except ImportError:  # Python 3.6
    dataclasses = None


def _load(name, filename):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, filename))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The lesson recorder's measuring code (tracemalloc window, atomic writes).
RECORD_CPYTHON = _load("slotscope_record_cpython", "record_cpython.py")

SEED = 11
N_RANDOM = 120
NEW_VALUE = float("1.5")
MEMBER_DESCRIPTOR = type(type("_Probe", (), {"__slots__": ("a",)}).a)


class PyMemberDef(ctypes.Structure):
    """Include/descrobject.h (3.8-3.11) / Include/cpython/descrobject.h (3.12+)."""
    _fields_ = [("name", ctypes.c_char_p), ("type", ctypes.c_int),
                ("offset", ctypes.c_ssize_t), ("flags", ctypes.c_int),
                ("doc", ctypes.c_char_p)]


class PyMemberDescrObject(ctypes.Structure):
    """PyObject_HEAD (ob_refcnt is 3.14's 32+16+16-bit union, the same size),
    then PyDescr_COMMON's d_type, d_name, d_qualname, then d_member."""
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p),
                ("d_type", ctypes.c_void_p), ("d_name", ctypes.c_void_p),
                ("d_qualname", ctypes.c_void_p),
                ("d_member", ctypes.POINTER(PyMemberDef))]


def member_offset(descr, name):
    """The byte offset of the slot a member_descriptor reads; its PyMemberDef
    name must be `name` (a check that the structs above fit)."""
    member = PyMemberDescrObject.from_address(id(descr)).d_member.contents
    if member.name.decode("utf-8") != name:
        raise RuntimeError("PyMemberDef of %r names %r: struct layout wrong for %s"
                           % (name, member.name, platform.python_version()))
    return member.offset


def slots_of(cls, obj):
    """Every member descriptor over the MRO, by offset; each set slot's word
    in the live instance `obj` is checked to be its value's address."""
    slots = []
    for klass in cls.__mro__:
        for name, descr in vars(klass).items():
            if not isinstance(descr, MEMBER_DESCRIPTOR):
                continue
            offset = member_offset(descr, name)
            try:
                # this descriptor's slot, even where a subclass's shadows the name
                value = descr.__get__(obj, cls)
            except AttributeError:  # not set by __init__
                pass
            else:
                word = ctypes.c_void_p.from_address(id(obj) + offset).value
                if word != id(value):
                    raise RuntimeError("slot %r at offset %d holds %s, not its value"
                                       % (name, offset, hex(word or 0)))
            slots.append({"name": name, "offset": offset, "owner": klass.__name__})
    slots.sort(key=lambda s: (s["offset"], s["name"]))
    return slots


def error_of(exc, phase):
    return {"type": type(exc).__name__, "message": str(exc), "phase": phase}


def build(case):
    """Executes the case's source in a fresh namespace; returns its class."""
    ns = {"__name__": "__slotscope_user__"}
    exec(compile(case["source"], "<%s>" % case["id"], "exec"), ns)
    return ns[case["className"]]


def try_add(obj):
    name = user_class_cases.NEW_ATTRIBUTE
    try:
        setattr(obj, name, NEW_VALUE)
    except Exception as e:  # record whatever the interpreter raises
        return {"name": name, "outcome": "error", "message": type(e).__name__ + ": " + str(e)}
    return {"name": name, "outcome": "ok"}


def record_case(case):
    """The figures (or the error) of one case, as the fixtures hold them."""
    out = {"id": case["id"], "source": case["source"], "className": case["className"]}
    try:
        cls = build(case)
    except Exception as e:
        out["error"] = error_of(e, "class")
        return out
    try:
        obj = cls()
    except Exception as e:
        out["error"] = error_of(e, "init")
        return out

    out["basicsize"] = cls.__basicsize__
    out["itemsize"] = cls.__itemsize__
    out["dictoffset"] = cls.__dictoffset__
    out["weakrefoffset"] = cls.__weakrefoffset__
    out["flags"] = int(cls.__flags__)

    warmup = [cls() for _ in range(RECORD_CPYTHON.N_WARMUP)]
    gc.collect()
    keep = [None] * RECORD_CPYTHON.N_INSTANCES
    indices = list(range(RECORD_CPYTHON.N_INSTANCES))
    delta = RECORD_CPYTHON.measure_instances(cls, (), keep, indices)
    out["bytesPerInstance"] = int(round(delta / RECORD_CPYTHON.N_INSTANCES))
    out["bytesPerInstanceExact"] = delta / RECORD_CPYTHON.N_INSTANCES
    del keep, indices, warmup

    out["getsizeof"] = sys.getsizeof(obj)
    out["sizeof"] = obj.__sizeof__()
    out["slots"] = slots_of(cls, obj)
    has_dict = cls.__dictoffset__ != 0
    out["hasDict"] = has_dict
    if has_dict:
        d = cls().__dict__
        out["dictKeys"] = list(d)
        out["dictGetsizeof"] = sys.getsizeof(d)
        del d
    else:
        out["dictKeys"] = None
        out["dictGetsizeof"] = None
    static = getattr(cls, "__static_attributes__", None)
    out["staticAttributes"] = list(static) if static is not None else None
    out["addAttribute"] = try_add(cls())
    del obj, cls
    return out


def default_out_dir():
    root = os.path.dirname(HERE)
    return os.path.join(root, "src", "test", "resources", "fixtures", "cpython-user")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=default_out_dir(),
                        help="output directory (default: %(default)s)")
    opts = parser.parse_args(argv)

    if tracemalloc.is_tracing():
        sys.exit("record_user_classes.py: run without PYTHONTRACEMALLOC / -X tracemalloc")

    cases = []
    for case in user_class_cases.all_cases(SEED, N_RANDOM):
        cases.append(record_case(case))
        gc.collect()

    result = {
        "recorder": "tools/record_user_classes.py",
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "pointerSize": struct.calcsize("P"),
        "cases": cases,
    }
    os.makedirs(opts.out, exist_ok=True)
    path = os.path.join(opts.out, "cpython-3.%d.json" % sys.version_info[1])
    text = json.dumps(result, indent=1, sort_keys=False, ensure_ascii=False) + "\n"
    RECORD_CPYTHON.write_atomic(path, text)
    errors = sum(1 for c in cases if "error" in c)
    print("wrote %s (%d cases, %d errors)" % (path, len(cases), errors))


if __name__ == "__main__":
    main()
