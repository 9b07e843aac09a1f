"""Times reading and writing an attribute of the lesson's classes with timeit.

Reads on stdin one JSON object: {"repeats": R, "attrs": [names], "classes": [{"name": N,
"source": S}]}; each class is defined fresh from its source, as measure.py does. Prints
"progress F" lines, then one line "result " + JSON.

Method. Each timed statement is a block of UNROLL accesses of the attributes in turn, on one
instance held in a local variable of timeit's function:
  read:  a = o.x; a = o.y; ...      baseline: a = b; a = b; ...
  write: o.x = v; o.y = v; ...      baseline: a = v; a = v; ...
The baseline block has the same loop and the same local loads and stores without the attribute,
so baseline minus block is the attribute access alone (and the loop's overhead cancels). One
untimed run of every block first warms it (3.11+ specialises the instructions after a few
executions). Then, R times (the runs): five rounds in which every block and, right after it, its
baseline are timed with the same `number` (chosen once so a block takes about 10 ms), the variants
taking turns within each round, first to last in one round and last to first in the next, so
that a busy machine slows them alike and neither always goes first; the run's figure for a
block is its fastest timing minus its baseline's fastest, as timeit's documentation advises the
fastest of several (a slower one was slowed by something else), in nanoseconds per access:
(block - baseline) / (number * UNROLL). Every timing is the CPU time of this process
(time.process_time), not the wall clock: on a shared machine the time the CPU spent on other
programs is not counted. timeit turns the garbage collector off while it times.
"""
import json
import sys
import time
import timeit

UNROLL = 50
TARGET_SECONDS = 0.01
TIMINGS_PER_RUN = 5

request = json.loads(sys.stdin.read())
repeats = int(request["repeats"])
attrs = request["attrs"]
value = float("1.5")

classes = []
for entry in request["classes"]:
    namespace = {}
    exec(compile(entry["source"], "<slotscope>", "exec"), namespace)
    classes.append((entry["name"], namespace[entry["name"]]))


def block(line):
    return "\n".join(line(attrs[i % len(attrs)]) for i in range(UNROLL))


STATEMENTS = {
    "read": (block(lambda n: "a = o." + n), block(lambda n: "a = b")),
    "write": (block(lambda n: "o." + n + " = v"), block(lambda n: "a = v")),
}

timers = []
for name, cls in classes:
    env = {"cls": cls, "args": [value] * len(attrs), "value": value}
    setup = "o = cls(*args); a = b = v = value"
    for access, (statement, baseline) in STATEMENTS.items():
        timers.append((name, access, timeit.Timer(statement, setup, time.process_time, globals=env),
                       timeit.Timer(baseline, setup, time.process_time, globals=env)))

# One number for every block, so every sample is made the same way.
number = 1
first = timers[0][2]
while True:
    first.timeit(number)
    if first.timeit(number) >= TARGET_SECONDS:
        break
    number *= 2

for _, _, timer, baseline in timers:
    timer.timeit(number)
    baseline.timeit(number)

samples = {}
done, total = 0, repeats * TIMINGS_PER_RUN
per_access = 1e9 / (number * UNROLL)
for r in range(repeats):
    fastest = [[float("inf"), float("inf")] for _ in timers]
    for k in range(TIMINGS_PER_RUN):
        order = range(len(timers)) if k % 2 == 0 else range(len(timers) - 1, -1, -1)
        for i in order:
            _, _, timer, baseline = timers[i]
            fastest[i][0] = min(fastest[i][0], timer.timeit(number))
            fastest[i][1] = min(fastest[i][1], baseline.timeit(number))
        done += 1
        sys.stdout.write("progress %f\n" % (done / total))
        sys.stdout.flush()
    for (name, access, _, _), (block_time, base_time) in zip(timers, fastest):
        entry = samples.setdefault(name, {}).setdefault(access, {"ns": [], "baselineNs": []})
        entry["ns"].append((block_time - base_time) * per_access)
        entry["baselineNs"].append(base_time * per_access)

sys.stdout.write("result " + json.dumps({
    "python": sys.version.split()[0],
    "implementation": sys.implementation.name,
    "number": number,
    "unroll": UNROLL,
    "repeats": repeats,
    "timingsPerRun": TIMINGS_PER_RUN,
    "samples": samples,
}) + "\n")
