#!/usr/bin/env python3
"""Python sources of users' own classes, for Slotscope's ground truth (issue #18).

A case is a dict {"id": str, "source": str, "className": str}: the source
defines one or more classes and className names the one to measure.  Every
source stays inside the subset Slotscope's parser understands:

* top level: `from dataclasses import dataclass` (optionally `, field`),
  class statements, blank lines and comments;
* `class N:`, `class N(B1, B2):`, `class N(object):`, decorated at most by
  `@dataclass`, `@dataclass(slots=True)` or
  `@dataclass(slots=True, weakref_slot=True)`;
* in a class body: a docstring, `pass`, `__slots__ = <tuple|list|str of
  string literals>`, class attributes `name = <literal>`, annotations
  `name: type` and `name: type = <literal>`, and methods
  `def name(self, p=<literal>, ...):` whose bodies hold only
  `self.a = <expr>`, `self.a = self.b = <expr>`, `super().__init__(...)`,
  `Base.__init__(self, ...)` and `pass`.

Values are literals (or parameters whose defaults are literals), so building
an instance allocates the object (and its dict) and nothing else, and every
constructor is callable as `C()` -- except in the cases that record the
error Python raises.

    hand_cases()           the hand-written cases (the shapes named in #18 and
                           the errors Python raises for impossible classes)
    random_cases(seed, n)  n seeded random hierarchies of 1-4 classes

Run it to print the cases: `python3 tools/user_class_cases.py [--random SEED N]`.
"""

import argparse
import random

# The attribute tools/record_user_classes.py adds to a fresh instance; no
# case may define it.
NEW_ATTRIBUTE = "zz_new"


def _case(case_id, source, class_name):
    return {"id": case_id, "source": source.lstrip("\n"), "className": class_name}


DC = "from dataclasses import dataclass\n\n\n"


def hand_cases():
    """The hand-written cases, in a stable order."""
    c = _case
    return [
        # --- plain classes: attributes in __init__, a dict per instance
        c("student-five-attributes", """
class Student:
    def __init__(self):
        self.name = 's'
        self.age = 0
        self.grade = 1.5
        self.email = None
        self.active = True
""", "Student"),
        c("student-parameters", """
class Student:
    \"\"\"A student, built from parameters with literal defaults.\"\"\"

    def __init__(self, name='s', age=0, grade=1.5):
        self.name = name
        self.age = age
        self.grade = grade
""", "Student"),
        c("no-init", """
class Point:
    pass
""", "Point"),
        c("docstring-only", """
class Empty:
    \"\"\"Nothing but a docstring.\"\"\"
""", "Empty"),
        c("object-base", """
class Point(object):
    def __init__(self):
        self.x = 0
        self.y = 0
""", "Point"),
        c("init-pass", """
class Quiet:
    def __init__(self):
        pass
""", "Quiet"),
        c("class-attributes-beside-instance", """
class Counter:
    count = 0
    kind = 's'
    enabled = True

    def __init__(self):
        self.value = 0
        self.step = 1
""", "Counter"),
        c("annotations-plain-class", """
class Annotated:
    x: int
    y: int = 0
    label: str = 's'

    def __init__(self):
        self.x = 1
""", "Annotated"),
        c("chained-assignment", """
class Pair:
    def __init__(self):
        self.x = self.y = 0
        self.z = 1.5
""", "Pair"),
        c("reassigned-attribute", """
class Twice:
    def __init__(self):
        self.a = 0
        self.b = 1
        self.a = None
""", "Twice"),
        c("other-method-assigns", """
class Account:
    def __init__(self):
        self.balance = 0

    def reset(self):
        self.q = 1
        self.balance = 0
""", "Account"),
        c("twelve-attributes", """
class Wide:
    def __init__(self):
        self.a0 = 0
        self.a1 = 0
        self.a2 = 0
        self.a3 = 0
        self.a4 = 0
        self.a5 = 0
        self.a6 = 0
        self.a7 = 0
        self.a8 = 0
        self.a9 = 0
        self.a10 = 0
        self.a11 = 0
""", "Wide"),
        # --- inheritance and __init__ chains
        c("super-init-before", """
class Base:
    def __init__(self):
        self.a = 0
        self.b = 0


class Child(Base):
    def __init__(self):
        super().__init__()
        self.c = 0
""", "Child"),
        c("super-init-after", """
class Base:
    def __init__(self):
        self.a = 0
        self.b = 0


class Child(Base):
    def __init__(self):
        self.c = 0
        super().__init__()
""", "Child"),
        c("base-init-explicit-before", """
class Base:
    def __init__(self, a=0):
        self.a = a


class Child(Base):
    def __init__(self):
        Base.__init__(self)
        self.b = 's'
""", "Child"),
        c("base-init-explicit-after", """
class Base:
    def __init__(self):
        self.a = 0


class Child(Base):
    def __init__(self):
        self.b = 's'
        Base.__init__(self)
""", "Child"),
        c("two-plain-bases", """
class Named:
    def __init__(self):
        self.name = 's'


class Aged:
    def __init__(self):
        self.age = 0


class Person(Named, Aged):
    def __init__(self):
        Named.__init__(self)
        Aged.__init__(self)
        self.email = None
""", "Person"),
        c("init-arguments-passed-up", """
class Base:
    def __init__(self, a=0, b='s'):
        self.a = a
        self.b = b


class Middle(Base):
    def __init__(self, c=None):
        super().__init__(1, 'm')
        self.c = c


class Leaf(Middle):
    def __init__(self):
        self.d = 1.5
        Middle.__init__(self, True)
""", "Leaf"),
        c("comments-everywhere", """
# A class with comments at the top level and in its body.
class Commented:  # the class line
    # before the attributes
    kind = 's'  # shared

    def __init__(self):
        # the instance's own
        self.x = 0  # first
        self.y = 1
""", "Commented"),
        c("child-without-init", """
class Base:
    def __init__(self):
        self.a = 0


class Child(Base):
    pass
""", "Child"),
        c("name-mangling-parent-child", """
class Parent:
    def __init__(self):
        self.__secret = 0
        self.shown = 1


class Child(Parent):
    def __init__(self):
        super().__init__()
        self.__secret = 1
""", "Child"),
        c("name-mangling-underscore-class", """
class _Hidden:
    def __init__(self):
        self.__x = 0
        self.__y__ = 1
""", "_Hidden"),
        # --- __slots__
        c("slots-tuple", """
class Point:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 0
        self.y = 0
""", "Point"),
        c("slots-list", """
class Point:
    __slots__ = ['x', 'y', 'z']

    def __init__(self):
        self.x = 0
        self.y = 0
        self.z = 0
""", "Point"),
        c("slots-single-string", """
class Cell:
    __slots__ = 'value'

    def __init__(self):
        self.value = None
""", "Cell"),
        c("slots-empty", """
class Nothing:
    __slots__ = ()
""", "Nothing"),
        c("slots-unsorted-private", """
class Node:
    __slots__ = ('value', '__next', 'prev', '_tag')

    def __init__(self):
        self.value = 0
        self.__next = None
        self.prev = None
""", "Node"),
        c("slots-with-dict", """
class Flexible:
    __slots__ = ('name', '__dict__')

    def __init__(self):
        self.name = 's'
        self.extra = 0
""", "Flexible"),
        c("slots-with-weakref", """
class Target:
    __slots__ = ('x', '__weakref__')

    def __init__(self):
        self.x = 0
""", "Target"),
        c("slots-dict-and-weakref-only", """
class Open:
    __slots__ = ['__dict__', '__weakref__']

    def __init__(self):
        self.a = 0
""", "Open"),
        c("slots-unset", """
class Lazy:
    __slots__ = ('a', 'b', 'c')

    def __init__(self):
        self.b = 0
""", "Lazy"),
        c("slots-duplicate-name", """
class Twice:
    __slots__ = ('x', 'x')
""", "Twice"),
        c("slotted-hierarchy-grandchild", """
class Parent:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 0
        self.b = 0


class Child(Parent):
    __slots__ = ('c',)

    def __init__(self):
        super().__init__()
        self.c = 0


class GrandChild(Child):
    def __init__(self):
        super().__init__()
        self.d = 0
""", "GrandChild"),
        c("slotted-hierarchy-child", """
class Parent:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 0
        self.b = 0


class Child(Parent):
    __slots__ = ('c',)

    def __init__(self):
        super().__init__()
        self.c = 0
""", "Child"),
        c("slotted-parent-plain-child", """
class Parent:
    __slots__ = ('a',)


class Child(Parent):
    def __init__(self):
        self.a = 0
        self.b = 0
""", "Child"),
        c("plain-parent-slotted-child", """
class Parent:
    def __init__(self):
        self.a = 0


class Child(Parent):
    __slots__ = ('c',)

    def __init__(self):
        super().__init__()
        self.c = 0
""", "Child"),
        c("slots-name-mangling-hierarchy", """
class Parent:
    __slots__ = ('__x',)

    def __init__(self):
        self.__x = 0


class Child(Parent):
    __slots__ = ('__x',)

    def __init__(self):
        Parent.__init__(self)
        self.__x = 1
""", "Child"),
        c("empty-slot-mixin", """
class Base:
    __slots__ = ('x',)


class Mixin:
    __slots__ = ()


class Combined(Base, Mixin):
    __slots__ = ('y',)

    def __init__(self):
        self.x = 0
        self.y = 0
""", "Combined"),
        c("empty-slot-mixin-first", """
class Mixin:
    __slots__ = ()


class Base:
    __slots__ = ('x', 'y')


class Combined(Mixin, Base):
    __slots__ = ()
""", "Combined"),
        c("two-empty-slot-mixins", """
class Base:
    __slots__ = ('x',)


class Printable:
    __slots__ = ()


class Comparable:
    __slots__ = ()


class Item(Base, Printable, Comparable):
    def __init__(self):
        self.x = 0
""", "Item"),
        c("plain-and-slotted-bases", """
class Plain:
    pass


class Slotted:
    __slots__ = ('s',)


class Both(Plain, Slotted):
    def __init__(self):
        self.s = 0
        self.t = 0
""", "Both"),
        c("slot-redeclared-in-child", """
class Parent:
    __slots__ = ('x',)


class Child(Parent):
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 0
        self.y = 0
""", "Child"),
        c("diamond-slotted", """
class Top:
    __slots__ = ('a',)


class Left(Top):
    __slots__ = ()


class Right(Top):
    __slots__ = ('c',)


class Bottom(Left, Right):
    def __init__(self):
        self.a = 0
        self.c = 1
        self.d = 's'
""", "Bottom"),
        c("diamond-plain", """
class Top:
    def __init__(self):
        self.t = 0


class Left(Top):
    def __init__(self):
        super().__init__()
        self.l = 0


class Right(Top):
    def __init__(self):
        super().__init__()
        self.r = 0


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.b = 0
""", "Bottom"),
        c("slots-dict-below-slotted-parent", """
class Parent:
    __slots__ = ('a',)


class Child(Parent):
    __slots__ = ['__dict__']

    def __init__(self):
        self.a = 0
        self.b = 1
""", "Child"),
        c("slots-list-empty", """
class Nothing:
    __slots__ = []

    def __init__(self):
        pass
""", "Nothing"),
        # --- dataclasses
        c("dataclass-plain", DC + """
@dataclass
class Point:
    x: int = 0
    y: float = 1.5
""", "Point"),
        c("dataclass-slots-defaults", DC + """
@dataclass(slots=True)
class Point:
    x: int = 0
    y: float = 1.5
    label: str = 's'
""", "Point"),
        c("dataclass-slots-no-defaults", DC + """
@dataclass(slots=True)
class Point:
    x: int
    y: int
""", "Point"),
        c("dataclass-slots-weakref", DC + """
@dataclass(slots=True, weakref_slot=True)
class Point:
    x: int = 0
    y: int = 0
""", "Point"),
        c("dataclass-inherits-slotted-dataclass", DC + """
@dataclass(slots=True)
class Base:
    x: int = 0


@dataclass(slots=True)
class Child(Base):
    y: int = 0
    z: int = 0
""", "Child"),
        c("dataclass-plain-inherits-slotted-dataclass", """
from dataclasses import dataclass, field


@dataclass(slots=True)
class Base:
    x: int = 0


@dataclass
class Child(Base):
    y: int = 0
""", "Child"),
        c("dataclass-slots-class-attribute", DC + """
@dataclass(slots=True)
class Counted:
    count = 0
    value: int = 0
""", "Counted"),
        c("dataclass-slots-over-slotted-class", DC + """
class Base:
    __slots__ = ('x',)


@dataclass(slots=True)
class Point(Base):
    x: int = 0
    y: int = 0
""", "Point"),
        c("dataclass-slots-over-plain-class", DC + """
class Base:
    def __init__(self):
        self.a = 0


@dataclass(slots=True)
class Point(Base):
    x: int = 0
""", "Point"),
        c("dataclass-chain-three", DC + """
@dataclass
class A:
    a: int = 0


@dataclass(slots=True)
class B(A):
    b: int = 0


@dataclass(slots=True)
class C(B):
    c: str = 's'
""", "C"),
        # --- errors Python raises
        c("error-slot-conflicts-method", """
class Resettable:
    __slots__ = ('reset',)

    def reset(self):
        pass
""", "Resettable"),
        c("error-slot-conflicts-class-variable", """
class Clash:
    __slots__ = ('x', 'y')
    x = 0
""", "Clash"),
        c("error-layout-conflict", """
class Left:
    __slots__ = ('a',)


class Right:
    __slots__ = ('b',)


class Both(Left, Right):
    pass
""", "Both"),
        c("error-weakref-twice", """
class Twice:
    __slots__ = ('__weakref__', '__weakref__')
""", "Twice"),
        c("error-weakref-base-has-one", """
class Base:
    pass


class Child(Base):
    __slots__ = ('x', '__weakref__')
""", "Child"),
        c("error-dict-base-has-one", """
class Base:
    def __init__(self):
        self.a = 0


class Child(Base):
    __slots__ = ('__dict__',)
""", "Child"),
        c("error-dict-twice", """
class Twice:
    __slots__ = ['__dict__', 'x', '__dict__']
""", "Twice"),
        c("error-init-assigns-non-slot", """
class Strict:
    __slots__ = ('x',)

    def __init__(self):
        self.x = 0
        self.y = 0
""", "Strict"),
        c("error-weakref-slot-without-slots", DC + """
@dataclass(weakref_slot=True)
class Point:
    x: int = 0
""", "Point"),
    ]


# --------------------------------------------------------------------------
# random hierarchies

CLASS_NAMES = ["Base", "Node", "Item", "Point", "Record", "Shape", "Leaf",
               "Entry", "_Hidden", "Mixin", "Owner", "Vector"]
ATTR_NAMES = ["x", "y", "z", "name", "age", "value", "count", "total", "data",
              "left", "right", "parent", "label", "size", "_cache", "_id",
              "__secret", "__p", "größe", "ω", "a1", "b2", "very_long_attribute_name"]
# literal -> the annotation a dataclass field holding it gets
LITERALS = {"0": "int", "1": "int", "-1": "int", "1.5": "float", "None": "object",
            "'s'": "str", "''": "str", "True": "bool", "False": "bool"}
METHOD_NAMES = ["reset", "update", "clear", "touch"]


def mangle(name, class_name):
    """_Py_Mangle: `__x` written in class C's body is stored as `_C__x`."""
    if not name.startswith("__") or name.endswith("__"):
        return name
    stripped = class_name.lstrip("_")
    return "_" + stripped + name if stripped else name


class _Cls:
    """What the generator knows of a class it wrote (an approximation of
    Python's rules, used to keep most generated classes valid)."""

    def __init__(self, name, bases):
        self.name = name
        self.bases = bases
        self.own_slots = None  # None: no __slots__ (so the class adds a dict)
        self.dataclass = None  # None, "plain", "slots", "slots-weakref"
        self.fields = []  # stored names of this dataclass's own fields
        self.class_attrs = []
        self.init_params = 0  # parameters of its own __init__ besides self

    def mro_classes(self):
        seen, out = set(), []

        def walk(k):
            if k.name in seen:
                return
            seen.add(k.name)
            out.append(k)
            for b in k.bases:
                walk(b)
        walk(self)
        return out

    def slotted(self):
        return self.own_slots is not None or self.dataclass in ("slots", "slots-weakref")

    def has_dict(self):
        return any(not k.slotted() or "__dict__" in (k.own_slots or []) for k in self.mro_classes())

    def has_weakref(self):
        return any(not k.slotted() or "__weakref__" in (k.own_slots or [])
                   or k.dataclass == "slots-weakref" for k in self.mro_classes())

    def stored_slots(self):
        names = []
        for k in self.mro_classes():
            for s in k.own_slots or []:
                if s not in ("__dict__", "__weakref__"):
                    names.append(mangle(s, k.name))
            if k.dataclass in ("slots", "slots-weakref"):
                names.extend(k.fields)
        return names

    def solid(self):
        """The base whose slots fix the instance layout (object if none)."""
        if any(s not in ("__dict__", "__weakref__") for s in self.own_slots or []) or (
                self.dataclass in ("slots", "slots-weakref") and self.fields):
            return self.name
        for b in self.bases:
            s = b.solid()
            if s != "object":
                return s
        return "object"


def _literal(rng):
    return rng.choice(sorted(LITERALS))


def _slots_literal(rng, names):
    if len(names) == 1 and rng.random() < 0.3:
        return repr(names[0])
    if rng.random() < 0.3:
        return "[" + ", ".join(repr(n) for n in names) + "]"
    if len(names) == 1:
        return "(%r,)" % names[0]
    return "(" + ", ".join(repr(n) for n in names) + ")"


def _pick_bases(rng, classes):
    if not classes or rng.random() < 0.2:
        return []
    first = rng.choice(classes)
    if rng.random() < 0.75:
        return [first]
    others = [k for k in classes if k is not first and first not in k.mro_classes()
              and k not in first.mro_classes()]
    if not others:
        return [first]
    # mostly a second base that adds no layout (an empty-slot mixin or a plain
    # class); sometimes any, which may conflict as Python then says
    light = [k for k in others if k.solid() == "object"]
    pool = light if light and rng.random() < 0.85 else others
    second = rng.choice(pool)
    return [first, second] if rng.random() < 0.7 else [second, first]


def _mro_ok(bases):
    # keep bases whose linearisation is plausible: no base listed before its subclass
    for i, b in enumerate(bases):
        for later in bases[i + 1:]:
            if b in later.mro_classes():
                return False
    return True


def _gen_class(rng, name, classes, uses):
    bases = _pick_bases(rng, classes)
    if not _mro_ok(bases):
        bases = bases[:1]
    k = _Cls(name, bases)
    lines = []
    base_text = "(%s)" % ", ".join(b.name for b in bases) if bases else (
        "(object)" if rng.random() < 0.1 else "")
    inherited_dict = any(b.has_dict() for b in bases)
    inherited_weakref = any(b.has_weakref() for b in bases)
    taken = set()

    # dataclass(slots=True) needs 3.10: kept rare so 3.8/3.9 keep most cases
    if rng.random() < 0.15:
        k.dataclass = rng.choice(["plain", "slots", "slots", "slots-weakref"])
        if k.dataclass == "slots-weakref" and inherited_weakref and rng.random() < 0.9:
            k.dataclass = "slots"  # mostly not what Python refuses
        uses["dataclass"] = True
        deco = {"plain": "@dataclass",
                "slots": "@dataclass(slots=True)",
                "slots-weakref": "@dataclass(slots=True, weakref_slot=True)"}[k.dataclass]
        lines.append(deco)
        lines.append("class %s%s:" % (name, base_text))
        inherited_fields = set()
        for b in k.mro_classes()[1:]:
            inherited_fields.update(b.fields)
        inherited_slots = set(k.stored_slots())
        n_fields = rng.randint(0, 4)
        body = []
        if rng.random() < 0.2:
            attr = rng.choice(["count", "kind", "registry_size"])
            body.append("    %s = %s" % (attr, _literal(rng)))
            k.class_attrs.append(attr)
            taken.add(attr)
        for _ in range(n_fields):
            a = rng.choice([n for n in ATTR_NAMES if not n.startswith("__")])
            if a in taken or (a in inherited_slots and rng.random() < 0.9):
                continue
            taken.add(a)
            if a not in inherited_fields:
                k.fields.append(a)
            value = _literal(rng)
            body.append("    %s: %s = %s" % (a, LITERALS[value], value))
        lines.extend(body or ["    pass"])
        return k, lines

    lines.append("class %s%s:" % (name, base_text))
    body = []
    if rng.random() < 0.1:
        body.append('    """%s, generated."""' % name)
    if rng.random() < 0.55:
        n = rng.choice([0, 1, 1, 2, 2, 3, 4])
        slots = []
        for _ in range(n):
            a = rng.choice(ATTR_NAMES)
            if a not in slots:
                slots.append(a)
        if rng.random() < 0.15 and (not inherited_dict or rng.random() < 0.1):
            slots.insert(rng.randrange(len(slots) + 1), "__dict__")
        if rng.random() < 0.15 and (not inherited_weakref or rng.random() < 0.1):
            slots.insert(rng.randrange(len(slots) + 1), "__weakref__")
        k.own_slots = slots
        taken.update(slots)
        body.append("    __slots__ = " + _slots_literal(rng, slots) if slots else "    __slots__ = ()")
    if rng.random() < 0.2:
        attr = rng.choice(["count", "kind", "limit"])
        if attr not in taken or rng.random() < 0.1:
            body.append("    %s = %s" % (attr, _literal(rng)))
            k.class_attrs.append(attr)
    if rng.random() < 0.1:
        a = rng.choice(["x", "tag", "weight"])
        if a not in taken and rng.random() < 0.5:  # a class attribute, like `count = 0`
            value = _literal(rng)
            body.append("    %s: %s = %s" % (a, LITERALS[value], value))
            k.class_attrs.append(a)
        else:
            body.append("    %s: %s" % (a, rng.choice(sorted(set(LITERALS.values())))))

    methods = []
    if rng.random() < 0.7:
        methods.append(_gen_init(rng, k))
    if rng.random() < 0.15:
        methods.append(_gen_method(rng, k, rng.choice(METHOD_NAMES)))
    for m in methods:
        if body:
            body.append("")
        body.extend(m)
    lines.extend(body or ["    pass"])
    return k, lines


def _assignable(rng, k):
    """A name `self.<name>` may set in k's methods: any name if instances
    have a dict, else (mostly) one of the slots."""
    if k.has_dict() or rng.random() < 0.04:
        return rng.choice(ATTR_NAMES)
    options = []
    for owner in k.mro_classes():
        for s in owner.own_slots or []:
            if s in ("__dict__", "__weakref__"):
                continue
            # a private slot is written as __p only in its own class's body
            if s.startswith("__"):
                if owner is k:
                    options.append(s)
                else:
                    options.append(mangle(s, owner.name))
            else:
                options.append(s)
        if owner.dataclass in ("slots", "slots-weakref"):
            options.extend(owner.fields)
    return rng.choice(options) if options else None


def _gen_assignments(rng, k, count):
    out = []
    for _ in range(count):
        a = _assignable(rng, k)
        if a is None:
            break
        if rng.random() < 0.15:
            b = _assignable(rng, k)
            if b is not None:
                out.append("        self.%s = self.%s = %s" % (a, b, _literal(rng)))
                continue
        out.append("        self.%s = %s" % (a, _literal(rng)))
    return out


def _gen_init(rng, k):
    params = ""
    if rng.random() < 0.15:
        names = rng.sample(["p", "q", "flag"], rng.randint(1, 2))
        k.init_params = len(names)
        params = ", " + ", ".join("%s=%s" % (p, _literal(rng)) for p in names)
    lines = ["    def __init__(self%s):" % params]
    body = _gen_assignments(rng, k, rng.randint(0, 5))
    if k.bases and rng.random() < 0.7:
        # arguments only where the one base's own __init__ takes them
        base = k.bases[0]
        args = []
        if len(k.bases) == 1 and base.init_params and rng.random() < 0.6:
            args = [_literal(rng) for _ in range(rng.randint(1, base.init_params))]
        if rng.random() < 0.7:
            call = "        super().__init__(%s)" % ", ".join(args)
        else:
            call = "        %s.__init__(%s)" % (base.name, ", ".join(["self"] + args))
        body.insert(rng.randrange(len(body) + 1), call)
    elif not k.bases and rng.random() < 0.05:
        body.insert(0, "        super().__init__()")
    return lines + (body or ["        pass"])


def _gen_method(rng, k, name):
    body = _gen_assignments(rng, k, rng.randint(1, 2))
    return ["    def %s(self):" % name] + (body or ["        pass"])


def random_case(rng, case_id):
    """One random hierarchy of 1-4 classes; the class to measure is mostly
    the last one."""
    n = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
    names = rng.sample(CLASS_NAMES, n)
    classes, blocks, uses = [], [], {}
    for name in names:
        k, lines = _gen_class(rng, name, classes, uses)
        classes.append(k)
        blocks.append("\n".join(lines) + "\n")
    source = "\n\n".join(blocks)
    if rng.random() < 0.1:
        source = "# generated: %s\n" % case_id + source
    if uses.get("dataclass"):
        source = "from dataclasses import dataclass\n\n\n" + source
    target = names[-1] if rng.random() < 0.8 else rng.choice(names)
    return _case(case_id, source, target)


def random_cases(seed, n):
    """n random cases from random.Random(seed); ids random-SEED-NNN."""
    rng = random.Random(seed)
    return [random_case(rng, "random-%d-%03d" % (seed, i)) for i in range(n)]


def all_cases(seed=11, n=120):
    """What the recorder records: the hand-written cases and random_cases(seed, n)."""
    return hand_cases() + random_cases(seed, n)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--random", nargs=2, type=int, metavar=("SEED", "N"),
                    help="print random_cases(SEED, N) instead of the hand-written cases")
    opts = ap.parse_args(argv)
    cases = random_cases(*opts.random) if opts.random else hand_cases()
    for case in cases:
        print("# --- %s: %s" % (case["id"], case["className"]))
        print(case["source"])


if __name__ == "__main__":
    main()
