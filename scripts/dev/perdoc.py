#!/usr/bin/env python3
"""Per-document comparison of two evals: every document whose fields changed, each changed field's tp/fp/fn, and a
DROP flag on any field whose F1 went down (the merge check: no field of any document may go down).

usage: perdoc.py BASE.json NEW.json [--only SUBSTR]
"""
import json
import sys


def load(path):
    data = json.load(open(path))
    return {d["file"]: d for d in data["per_document"]}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    if only in args:
        args.remove(only)
    base, new = load(args[0]), load(args[1])
    up = down = 0
    for name in sorted(set(base) | set(new)):
        if only and only not in name:
            continue
        a, b = base.get(name), new.get(name)
        if a is None or b is None:
            print(f"{name}: only in {'new' if a is None else 'base'}")
            continue
        if (a.get("error") or "") != (b.get("error") or ""):
            print(f"{name}: error {a.get('error')!r} -> {b.get('error')!r}")
        changes = []
        drop = False
        for field in sorted(set(a["fields"]) | set(b["fields"])):
            fa, fb = a["fields"].get(field), b["fields"].get(field)
            key = lambda f: None if f is None else (f["tp"], f["fp"], f["fn"])
            if key(fa) != key(fb):
                f1a = fa["f1"] if fa else 0
                f1b = fb["f1"] if fb else 0
                flag = " DROP" if f1b < f1a - 1e-9 else ""
                drop |= bool(flag)
                changes.append(f"{field} {key(fa)}->{key(fb)} f1 {f1a:.2f}->{f1b:.2f}{flag}")
        if changes:
            down += drop
            up += not drop
            print(name)
            for c in changes:
                print("   ", c)
    print(f"changed documents: {up + down}, with a drop: {down}")


if __name__ == "__main__":
    main()
