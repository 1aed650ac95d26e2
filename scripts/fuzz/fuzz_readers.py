#!/usr/bin/env python3
"""Mutation fuzzing of the .docx and .pdf readers for a fixed time budget (not part of CI).

  python3 scripts/fuzz/fuzz_readers.py ACTAS_DLL [--seconds 300] [--seed N] [--out /tmp/actas-fuzz]

Mutates the corpus's .docx and .pdf files (byte flips, cut and duplicated ranges, indirect references pointed at
themselves or at random objects, elements wrapped in deep nesting, truncated XML) and feeds them to one
`actas worker` process over its JSON-lines protocol, so a process start is paid per crash, not per file. A worker
that dies is a crash: the file is kept under OUT/crashes with its stderr, and a new worker takes over; one that does
not answer within --hang seconds is killed, as the import does, and the file kept under OUT/hangs. A reply with
code "internal" (an exception no reader turned into an ActaReadException) is kept under OUT/internal.
Prints executions, crashes and internal errors; each kept file can become a fixture (see tests/…/HostileFixtures.cs).
"""
import argparse, io, json, os, random, re, select, shutil, subprocess, sys, time, zipfile

ap = argparse.ArgumentParser()
ap.add_argument("dll"); ap.add_argument("--seconds", type=float, default=300); ap.add_argument("--seed", type=int)
ap.add_argument("--out", default="/tmp/actas-fuzz"); ap.add_argument("--hang", type=float, default=60); ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../corpus"))
args = ap.parse_args()
seed = args.seed if args.seed is not None else int(time.time())
rng = random.Random(seed)
print(f"seed {seed} (replay: --seed {seed})")
seeds = [os.path.join(args.corpus, f) for f in sorted(os.listdir(args.corpus)) if f.endswith((".pdf", ".docx"))]
work = os.path.join(args.out, "work"); os.makedirs(work, exist_ok=True)
for d in ("crashes", "internal", "hangs"): os.makedirs(os.path.join(args.out, d), exist_ok=True)

def flip(data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)

def splice(data):
    a, b = sorted(rng.randrange(len(data)) for _ in range(2))
    return data[:a] + data[a:b] * rng.randint(0, 3) + data[b:]

def pdf_refs(data):
    refs = list(re.finditer(rb"(\d+) 0 R", data))
    if not refs:
        return flip(data)
    m = rng.choice(refs)
    # Point a reference at the object that holds it, or at another random object: cycles PdfPig may not detect.
    start = data.rfind(b" 0 obj", 0, m.start())
    holder = re.search(rb"(\d+)$", data[max(0, start - 10):start]) if start > 0 else None
    target = holder.group(1) if holder and rng.random() < 0.6 else str(rng.randint(1, 60)).encode()
    return data[:m.start()] + target + b" 0 R" + data[m.end():]

def docx_xml(data, mutate):
    src = zipfile.ZipFile(io.BytesIO(data)); out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = mutate(body)
            z.writestr(item.filename, body)
    return out.getvalue()

def nest(xml):
    tags = [b"<w:tbl><w:tr><w:tc>", b"<w:r><w:rPr/>", b"<w:sdt><w:sdtContent>", b"<w:hyperlink>"]
    ends = {tags[0]: b"<w:p/></w:tc></w:tr></w:tbl>", tags[1]: b"</w:r>", tags[2]: b"</w:sdtContent></w:sdt>", tags[3]: b"</w:hyperlink>"}
    i = xml.find(b"<w:p>", rng.randrange(max(1, len(xml) // 2)))
    if i < 0:
        return xml
    t = rng.choice(tags); depth = rng.choice([50, 1000, 5000, 30000])
    return xml[:i] + t * depth + ends[t] * depth + xml[i:]

def mutate(path):
    data = open(path, "rb").read()
    if path.endswith(".pdf"):
        return rng.choice([flip, splice, pdf_refs, pdf_refs])(data), ".pdf"
    choice = rng.choice(["nest", "xmlflip", "truncate", "zipflip"])
    if choice == "nest": return docx_xml(data, nest), ".docx"
    if choice == "xmlflip": return docx_xml(data, flip), ".docx"
    if choice == "truncate": return docx_xml(data, lambda x: x[:rng.randrange(len(x))]), ".docx"
    return flip(data), ".docx"

def start():
    p = subprocess.Popen(["dotnet", args.dll, "worker", "--max-data-mb", "1536"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env={**os.environ, "DOTNET_GCHeapHardLimit": "40000000", "DOTNET_TieredPGO": "0"})
    p.stdout.readline()
    return p

execs = crashes = internal = hangs = 0
worker = start(); end = time.time() + args.seconds
while time.time() < end:
    data, ext = mutate(rng.choice(seeds))
    path = os.path.join(work, f"case-{execs:06d}{ext}")
    open(path, "wb").write(data)
    req = {"id": execs + 1, "paths": [path], "max_bytes": 52428800, "max_pages": 500, "max_uncompressed_bytes": 209715200, "timeout_seconds": 20}
    worker.stdin.write((json.dumps(req) + "\n").encode()); worker.stdin.flush()
    ready, _, _ = select.select([worker.stdout], [], [], args.hang)
    execs += 1
    if not ready:
        worker.kill(); worker.wait(); hangs += 1
        shutil.copy(path, os.path.join(args.out, "hangs", os.path.basename(path)))
        print(f"hang {hangs}: {path} (no answer in {args.hang:.0f} s)", flush=True)
        worker = start(); os.remove(path); continue
    line = worker.stdout.readline()
    if not line:
        worker.wait(); err = worker.stderr.read().decode(errors="replace")[:2000]
        crashes += 1; kept = os.path.join(args.out, "crashes", os.path.basename(path))
        shutil.copy(path, kept); open(kept + ".stderr.txt", "w").write(f"exit {worker.returncode}\n{err}")
        print(f"crash {crashes}: {kept} exit {worker.returncode}: {err.splitlines()[0] if err else ''}", flush=True)
        worker = start()
    else:
        result = json.loads(line)["results"][0]
        if result.get("code") == "internal":
            internal += 1; shutil.copy(path, os.path.join(args.out, "internal", os.path.basename(path)))
            print(f"internal {internal}: {path}: {result.get('reason')}", flush=True)
    os.remove(path)
worker.stdin.close(); worker.wait()
print(f"{execs} executions in {args.seconds:.0f} s, {crashes} crashes, {hangs} hangs, {internal} internal errors (seed {seed})")
