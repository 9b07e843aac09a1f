#!/usr/bin/env python3
"""Record where a class keeps its shared keys, for the Slotscope Java model.

An instance's type pointer leads to its class, a heap type (PyHeapTypeObject), and
the class points at the keys table its instances share (ht_cached_keys). For the
interpreter that runs it, this records, read from the live interpreter:

- typeBasicsize: type.__basicsize__, the size of PyHeapTypeObject;
- cachedKeysOffset: the offset of ht_cached_keys in it, found by reading the class's
  words with ctypes and matching the keys pointer of an instance's split __dict__
  (ma_keys, the word 32 bytes into a PyDictObject);
- per lesson class with a __dict__ (standard, child-of-slotted): the class's ob_size
  (member slots appended to the type object; 0 means the class object is exactly
  typeBasicsize bytes after its GC header) and that its keys are found at that offset.

Run it with each Python you want figures for (stdlib only, 64-bit):

    python3 tools/record_type_object.py [--out DIR]

DIR defaults to src/test/resources/fixtures/cpython-type; the output is DIR/cpython-3.X.json.
tools/record_all.sh runs it for every pyenv 3.8-3.13 interpreter.
"""

import argparse
import ctypes
import json
import os
import platform
import sys

WORD = ctypes.sizeof(ctypes.c_void_p)
MA_KEYS = 32  # PyGC_Head is before the object; ob_refcnt, ob_type, ma_used, ma_version_tag, then ma_keys


class StandardPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlottedPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class ChildOfSlotted(SlottedPoint):
    pass


def keys_offset(cls, make):
    """Offsets in the class whose word equals the shared keys pointer of a fresh instance's dict."""
    for _ in range(3):  # a few instances first, as the lesson's scenario has many alive
        make()
    obj = make()
    if cls is ChildOfSlotted:
        obj.z = 1.5  # its x and y live in the parent's slots: a dict is made for the first other attribute
    d = vars(obj)
    keys = ctypes.c_void_p.from_address(id(d) + MA_KEYS).value
    base = id(cls)
    return [off for off in range(0, type.__basicsize__, WORD)
            if ctypes.c_void_p.from_address(base + off).value == keys]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "src", "test", "resources", "fixtures",
                                                      "cpython-type"))
    args = parser.parse_args()
    classes = {}
    for variant, cls, make in [("standard", StandardPoint, lambda: StandardPoint(1.5, 1.5)),
                               ("child-of-slotted", ChildOfSlotted, lambda: ChildOfSlotted(1.5, 1.5))]:
        classes[variant] = {
            "obSize": ctypes.c_ssize_t.from_address(id(cls) + 2 * WORD).value,
            "cachedKeysOffsets": keys_offset(cls, make),
        }
    record = {
        "recorder": "tools/record_type_object.py",
        "python": platform.python_version(),
        "pointerSize": WORD,
        "typeBasicsize": type.__basicsize__,
        "typeItemsize": type.__itemsize__,
        "classes": classes,
    }
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "cpython-%d.%d.json" % sys.version_info[:2])
    with open(path + ".tmp", "w") as f:
        json.dump(record, f, indent=1, sort_keys=False)
        f.write("\n")
    os.replace(path + ".tmp", path)
    print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
