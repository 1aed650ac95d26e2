#!/usr/bin/env python3
"""Builds the feedback classifier's training data in models/data/.

Inputs (hand-made, committed):
  models/data/seed.csv         the seed acta's real items, labelled by hand (source=seed)
  models/data/handwritten.tsv  free-form items written by hand, one "label<TAB>text" a line

Generated here (seeded, reproducible):
  models/data/generated.csv    template items: families (one core phrasing each) x
                               alternatives [a|b] x slot fillers {INST}, {STRAT}, ...
  models/data/train.csv        the fixed split, ~80 %
  models/data/test.csv         ~20 %: every seed item, held-out template families
                               (a whole family is in test or in train, never both;
                               at least one family of each idea in CONCEPTS stays in train),
                               and a stratified fifth of the hand-written items

Near-duplicate guard: a train item whose normalised token set has Jaccard >= 0.7 with
any test item is dropped from train.

Usage: python3 scripts/generate-training-data.py   (from the repository root)
"""
import csv
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from training_templates import CONCEPTS, FAMILIES, SLOTS  # noqa: E402

SEED = 20181109
PER_FAMILY = 8
TEST_FAMILY_SHARE = 0.2
JACCARD_LIMIT = 0.7
DATA = Path(__file__).resolve().parent.parent / "models" / "data"

ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{([A-Z_]+)\}")


def expand_raw(template: str, rng: random.Random) -> str:
    text = template
    # Alternatives may nest inside slots' values, so expand until stable.
    for _ in range(6):
        text = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        text = SLOT.sub(lambda m: rng.choice(SLOTS[m.group(1)]), text)
        if not ALT.search(text) and not SLOT.search(text):
            break
    return text


def expand(template: str, rng: random.Random) -> str:
    text = expand_raw(template, rng)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = text.replace(",,", ",").replace("..", ".").replace(" de el ", " del ").replace(" a el ", " al ")
    return text[0].upper() + text[1:]


def lower_first(text: str) -> str:
    # "SEDESA refiere" keeps its acronym; "Es necesario" becomes "es necesario".
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[0].lower() + text[1:]


def with_opener(core: str, family: dict, rng: random.Random) -> str:
    openers = family.get("openers", SLOTS["OPENER"])
    opener = expand_raw(rng.choice(openers), rng)
    if not opener:
        return core
    return (opener + lower_first(core)).replace(" de el ", " del ")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(text: str) -> frozenset:
    return frozenset(re.findall(r"[a-z]+", normalise(text)))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def read_seed():
    with open(DATA / "seed.csv", encoding="utf-8") as f:
        return [dict(r) for r in csv.DictReader(f)]


def read_handwritten():
    rows = []
    with open(DATA / "handwritten.tsv", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            label, text = line.split("\t", 1)
            rows.append({"id": f"hand-{n:04d}", "text": text.strip(), "label": label, "source": "handwritten"})
    return rows


def generate(rng: random.Random):
    rows, seen = [], set()
    for label, families in FAMILIES.items():
        for fi, family in enumerate(families):
            family_id = f"{label}-{fi:02d}"
            made, tries = 0, 0
            while made < family.get("n", PER_FAMILY) and tries < 200:
                tries += 1
                core = expand(rng.choice(family["t"]), rng)
                text = with_opener(core, family, rng)
                key = normalise(text)
                if key in seen:
                    continue
                seen.add(key)
                made += 1
                rows.append({"id": f"gen-{family_id}-{made:02d}", "text": text, "label": label,
                             "source": f"template:{family_id}"})
    return rows


def split(seed_rows, hand_rows, gen_rows, rng: random.Random):
    test, train = list(seed_rows), []
    test_families = set()
    for label, families in sorted(FAMILIES.items()):
        k = max(1, round(len(families) * TEST_FAMILY_SHARE))
        groups = [list(g) for g in CONCEPTS[label] if len(g) >= 2]
        covered = sorted(i for g in CONCEPTS[label] for i in g)
        assert covered == list(range(len(families))), f"CONCEPTS[{label}] must list each family once"
        rng.shuffle(groups)
        for g in groups:
            rng.shuffle(g)
        chosen = []
        # One family of each idea first, then a second one of the larger ideas; one always stays in train.
        for round_ in range(max(len(g) for g in groups) - 1):
            for g in groups:
                if len(chosen) < k and round_ < len(g) - 1:
                    chosen.append(g[round_])
        test_families.update(f"template:{label}-{i:02d}" for i in chosen)
    for r in gen_rows:
        (test if r["source"] in test_families else train).append(r)
    hand_by_label = defaultdict(list)
    for r in hand_rows:
        hand_by_label[r["label"]].append(r)
    for label, rows in sorted(hand_by_label.items()):
        rows = rows[:]
        rng.shuffle(rows)
        k = round(len(rows) * 0.2)
        test.extend(rows[:k])
        train.extend(rows[k:])
    test_tokens = [tokens(r["text"]) for r in test]
    kept, dropped = [], 0
    for r in train:
        t = tokens(r["text"])
        if any(jaccard(t, u) >= JACCARD_LIMIT for u in test_tokens):
            dropped += 1
            continue
        kept.append(r)
    return kept, test, dropped


def write(path: Path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "text", "label", "source"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    rng = random.Random(SEED)
    seed_rows = read_seed()
    hand_rows = read_handwritten()
    gen_rows = generate(rng)
    write(DATA / "generated.csv", gen_rows)
    train, test, dropped = split(seed_rows, hand_rows, gen_rows, rng)
    rng.shuffle(train)
    write(DATA / "train.csv", train)
    write(DATA / "test.csv", test)
    labels = sorted({r["label"] for r in train + test})
    ct, cs = Counter(r["label"] for r in train), Counter(r["label"] for r in test)
    print(f"{'label':16} {'train':>6} {'test':>6} {'total':>6}")
    for l in labels:
        print(f"{l:16} {ct[l]:6} {cs[l]:6} {ct[l] + cs[l]:6}")
    print(f"{'all':16} {len(train):6} {len(test):6} {len(train) + len(test):6}")
    print(f"sources: seed={len(seed_rows)} handwritten={len(hand_rows)} generated={len(gen_rows)}; "
          f"near-duplicates dropped from train: {dropped}")


if __name__ == "__main__":
    main()
