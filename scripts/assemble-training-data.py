#!/usr/bin/env python3
"""Assembles models/data from sentences written by other people plus our own items.

    scripts/assemble-training-data.py --items W1.csv [W2.csv ...] \
        [--labels ADJUDICATED.csv ...] [--independent BATCH.labels.csv ...] [--data models/data]

--items        writer files (id,espacio,writer,text,label): TRAINING material only. Never pass
               the blind test set here.
--labels       adjudicated labels (id,label); they override the writer's label. Without them the
               writer label is used.
--independent  second labels from another labeller (id,label): Cohen's kappa against the writer
               label is printed per file (on the ids both have) and written to
               models/data/agreement.json. They are never used as training labels.

Writes
  models/data/others.csv   every item, source `others:<writer>:<espacio>`
  models/data/train.csv    others from the training Espacios + hand-written + seed train rows
                           + template rows downsampled so they are at most a third of the rows
  models/data/test.csv     the VALIDATION split: whole held-out Espacios (a quarter of each
                           writer's Espacios, chosen with the seed) + the seed and hand-written
                           items of the old test split. No template items.
The base rows (seed, hand-written, template) are read from the existing train.csv/test.csv the
first time and kept in models/data/base-train.csv / base-test.csv so re-running is stable.
Python stdlib only.
"""
import argparse
import collections
import csv
import json
import os
import random
import sys

SEED = 20181109
HEADER = ["id", "text", "label", "source"]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[h] for h in HEADER])
    os.replace(tmp, path)


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for a, b in pairs if a == b) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return 1.0 if expected == 1 else (agree - expected) / (1 - expected)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", nargs="+", required=True)
    ap.add_argument("--labels", nargs="*", default=[])
    ap.add_argument("--independent", nargs="*", default=[])
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "models", "data"))
    ap.add_argument("--holdout-fraction", type=float, default=0.25)
    args = ap.parse_args()
    data = os.path.abspath(args.data)

    base_train_path = os.path.join(data, "base-train.csv")
    base_test_path = os.path.join(data, "base-test.csv")
    if not os.path.exists(base_train_path):
        write_csv(base_train_path, read_csv(os.path.join(data, "train.csv")))
        write_csv(base_test_path, read_csv(os.path.join(data, "test.csv")))
    base_train = read_csv(base_train_path)
    base_test = read_csv(base_test_path)

    items = []
    for path in args.items:
        items.extend(read_csv(path))
    adjudicated = {}
    for path in args.labels:
        for r in read_csv(path):
            adjudicated[r["id"]] = r["label"].strip()
    writer_label = {r["id"]: r["label"].strip() for r in items}

    agreement = {}
    for path in args.independent:
        pairs = [(writer_label[r["id"]], r["label"].strip()) for r in read_csv(path) if r["id"] in writer_label]
        k = kappa(pairs)
        agree = sum(1 for a, b in pairs if a == b)
        name = os.path.basename(path)
        agreement[name] = {"items": len(pairs), "agree": agree, "kappa": None if k is None else round(k, 4)}
        print(f"{name}: {len(pairs)} training ids labelled twice, {agree} agree, kappa {k if k is None else round(k, 3)}")

    others = []
    changed = 0
    for r in items:
        label = adjudicated.get(r["id"], r["label"].strip())
        changed += label != r["label"].strip()
        others.append({"id": r["id"], "text": r["text"].strip(), "label": label,
                       "source": f"others:{r['writer']}:{r['espacio']}", "espacio": r["espacio"], "writer": r["writer"]})
    write_csv(os.path.join(data, "others.csv"), others)

    rng = random.Random(SEED)
    by_writer = collections.defaultdict(set)
    for r in others:
        by_writer[r["writer"]].add(r["espacio"])
    held = set()
    for writer in sorted(by_writer):
        espacios = sorted(by_writer[writer])
        k = max(1, round(len(espacios) * args.holdout_fraction))
        held.update(rng.sample(espacios, k))

    train_others = [r for r in others if r["espacio"] not in held]
    val_others = [r for r in others if r["espacio"] in held]
    hand = [r for r in base_train if not r["source"].startswith("template:")]
    templates = [r for r in base_train if r["source"].startswith("template:")]
    cap = (len(train_others) + len(hand)) // 2  # templates <= 1/3 of all training rows
    if len(templates) > cap:
        # keep every family, drop items evenly across families
        by_family = collections.defaultdict(list)
        for r in templates:
            by_family[r["source"]].append(r)
        kept = []
        fams = sorted(by_family)
        for f in fams:
            rng.shuffle(by_family[f])
        i = 0
        while len(kept) < cap:
            for f in fams:
                if i < len(by_family[f]) and len(kept) < cap:
                    kept.append(by_family[f][i])
            i += 1
        templates = kept
    train = train_others + hand + templates
    rng.shuffle(train)
    val = val_others + [r for r in base_test if not r["source"].startswith("template:")]

    write_csv(os.path.join(data, "train.csv"), train)
    write_csv(os.path.join(data, "test.csv"), val)

    summary = {
        "seed": SEED,
        "itemFiles": [os.path.basename(p) for p in args.items],
        "labelFiles": [os.path.basename(p) for p in args.labels],
        "adjudicatedChanges": changed,
        "agreement": agreement,
        "validationEspacios": sorted(held),
        "train": dict(collections.Counter(r["source"].split(":")[0] for r in train)),
        "validation": dict(collections.Counter(r["source"].split(":")[0] for r in val)),
        "trainByLabel": dict(sorted(collections.Counter(r["label"] for r in train).items())),
        "validationByLabel": dict(sorted(collections.Counter(r["label"] for r in val).items())),
    }
    with open(os.path.join(data, "agreement.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=2)
    print(json.dumps(summary, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    sys.exit(main())
