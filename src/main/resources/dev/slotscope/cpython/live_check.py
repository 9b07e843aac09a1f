"""Slotscope's live check of a user's class (issue #18), run only when the user asks, in a child
interpreter: reads the source from the file named by argv[1], defines it in a fresh namespace and
measures the class argv[2] as tools/record_user_classes.py does (tracemalloc over 20000 instances,
member-descriptor offsets via ctypes, the dict's keys). Required constructor parameters get None,
as Slotscope lays out an instance made with its arguments. Prints one line
"slotscope-live-check <json>" on the original stdout; what the source prints is dropped after a
few KB. Standard library only, Python 3.8+."""
import ctypes
import gc
import inspect
import json
import platform
import sys
import traceback
import tracemalloc

try:  # imported up front so the import never happens inside the measured window
    import dataclasses  # noqa: F401
except ImportError:
    dataclasses = None

MARKER = "slotscope-live-check "
SOURCE_NAME = "<your source>"
N_INSTANCES = 20000
N_WARMUP = 100
KEPT_OUTPUT = 1000
RESULT = sys.stdout


class Sink:
    """Takes what the source prints; keeps the first few KB, so a flood costs nothing."""

    def __init__(self):
        self.kept = []
        self.size = 0

    def write(self, text):
        if self.size < KEPT_OUTPUT:
            self.kept.append(text[:KEPT_OUTPUT - self.size])
        self.size += len(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return "".join(self.kept)


class PyMemberDef(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("type", ctypes.c_int),
                ("offset", ctypes.c_ssize_t), ("flags", ctypes.c_int),
                ("doc", ctypes.c_char_p)]


class PyMemberDescrObject(ctypes.Structure):
    """PyObject_HEAD, PyDescr_COMMON's d_type, d_name, d_qualname, then d_member."""
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p),
                ("d_type", ctypes.c_void_p), ("d_name", ctypes.c_void_p),
                ("d_qualname", ctypes.c_void_p),
                ("d_member", ctypes.POINTER(PyMemberDef))]


MEMBER_DESCRIPTOR = type(type("_Probe", (), {"__slots__": ("a",)}).a)


def slots_of(cls):
    """Every member descriptor over the MRO, by offset, read from its PyMemberDef."""
    slots = []
    for klass in cls.__mro__:
        for name, descr in vars(klass).items():
            if isinstance(descr, MEMBER_DESCRIPTOR):
                member = PyMemberDescrObject.from_address(id(descr)).d_member.contents
                if member.name.decode("utf-8") != name:
                    raise RuntimeError("the PyMemberDef of %r names %r" % (name, member.name))
                slots.append({"name": name, "offset": member.offset, "owner": klass.__name__})
    slots.sort(key=lambda s: (s["offset"], s["name"]))
    return slots


def line_of(exc):
    """The line of the user's source the exception came from, or None."""
    if isinstance(exc, SyntaxError) and exc.filename == SOURCE_NAME:
        return exc.lineno
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == SOURCE_NAME:
            line = lineno
    return line


def required_parameters(cls):
    """The names of __init__'s parameters that have no default; each is passed None."""
    try:
        signature = inspect.signature(cls)
    except (TypeError, ValueError):
        return [], []
    positional, keyword = [], []
    for p in signature.parameters.values():
        if p.default is not p.empty:
            continue
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            positional.append(p.name)
        elif p.kind == p.KEYWORD_ONLY:
            keyword.append(p.name)
    return positional, keyword


def measure_instances(cls, args, kwargs, keep, indices):
    """As tools/record_cpython.py: only the instances outlive the traced window."""
    gc.disable()
    try:
        tracemalloc.start()
        tracemalloc.get_traced_memory()
        before = tracemalloc.get_traced_memory()[0]
        for i in indices:
            keep[i] = cls(*args, **kwargs)
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    finally:
        gc.enable()
    return after - before


def error(exc, phase):
    return {"error": {"type": type(exc).__name__, "message": str(exc), "line": line_of(exc), "phase": phase}}


def check(source, class_name):
    namespace = {"__name__": "__slotscope_user__"}
    try:
        exec(compile(source, SOURCE_NAME, "exec"), namespace)
    except SystemExit as e:
        return {"exited": {"code": str(e.code), "line": line_of(e)}}
    except BaseException as e:
        return error(e, "class")
    cls = namespace.get(class_name)
    if not isinstance(cls, type):
        return {"error": {"type": "NameError", "message": "the source defines no class %r" % class_name,
                          "line": None, "phase": "class"}}
    positional, keyword = required_parameters(cls)
    args = (None,) * len(positional)
    kwargs = dict.fromkeys(keyword)
    try:
        obj = cls(*args, **kwargs)
        warmup = [cls(*args, **kwargs) for _ in range(N_WARMUP)]
    except SystemExit as e:
        return {"exited": {"code": str(e.code), "line": line_of(e)}}
    except BaseException as e:
        return error(e, "init")
    gc.collect()
    keep = [None] * N_INSTANCES
    indices = list(range(N_INSTANCES))
    delta = measure_instances(cls, args, kwargs, keep, indices)
    del keep, indices, warmup
    has_dict = cls.__dictoffset__ != 0
    return {
        "noneFor": positional + keyword,
        "basicsize": cls.__basicsize__,
        "dictoffset": cls.__dictoffset__,
        "weakrefoffset": cls.__weakrefoffset__,
        "getsizeof": sys.getsizeof(obj),
        "bytesPerInstance": int(round(delta / N_INSTANCES)),
        "slots": slots_of(cls),
        "dictKeys": list(cls(*args, **kwargs).__dict__) if has_dict else None,
    }


def main():
    path, class_name = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    sink = Sink()
    sys.stdout = sys.stderr = sink
    try:
        result = check(source, class_name)
    except BaseException as e:  # the probe's own failure, still one answer
        result = error(e, "check")
    finally:
        sys.stdout, sys.stderr = RESULT, sys.__stderr__
    result["python"] = platform.python_version()
    result["executable"] = sys.executable
    result["printed"] = sink.text()
    RESULT.write(MARKER + json.dumps(result) + "\n")
    RESULT.flush()


if __name__ == "__main__":
    main()
