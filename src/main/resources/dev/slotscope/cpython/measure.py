"""Measures N instances of a class, as tools/record_cpython.py does: reads the class source on
stdin, defines it fresh, makes N instances with one shared float for every attribute and prints
tracemalloc's traced-memory delta. Arguments: class name, attribute count, N."""
import gc
import sys
import tracemalloc

class_name, attr_count, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
namespace = {}
exec(compile("from dataclasses import dataclass\n" + sys.stdin.read(), "<slotscope>", "exec"), namespace)
cls = namespace[class_name]
value = float("1.5")
args = [value] * attr_count
keep = [None] * count
indices = list(range(count))
step = max(1, count // 100)
gc.collect()
gc.disable()
tracemalloc.start()
tracemalloc.get_traced_memory()
before = tracemalloc.get_traced_memory()[0]
for i in indices:
    keep[i] = cls(*args)
    if i % step == 0:
        sys.stdout.write("progress %f\n" % (i / count))
        sys.stdout.flush()
after = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
gc.enable()
sys.stdout.write("bytes %d\n" % (after - before))
