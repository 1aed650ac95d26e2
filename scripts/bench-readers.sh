#!/usr/bin/env bash
# Times the readers against poppler on the same files (not part of the test run):
#   scripts/bench-readers.sh [N] [FILE...]      default: 50 reads of the seed .pdf and .docx
# Builds a throwaway Release console in a temp folder that references Actas.Pipeline, reads
# each file once to warm up, then N times in-process; pdftotext -layout is timed N times,
# process start included (that is how a batch would run it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-50}; shift || true
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$root/corpus/acta-trata-23-2018-09-11.pdf" "$root/corpus/acta-trata-23-2018-09-11.docx")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat >"$work/bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup><ProjectReference Include="$root/pipeline/Actas.Pipeline/Actas.Pipeline.csproj" /></ItemGroup>
</Project>
XML
cat >"$work/Program.cs" <<'CS'
using System.Diagnostics;
using Actas.Pipeline.Reading;
var n = int.Parse(args[0]);
var registry = DocumentReaders.CreateDefault();
foreach (var path in args.Skip(1))
{
    var first = registry.Read(path, ReadOptions.Default);
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(true);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        registry.Read(path, ReadOptions.Default);
    }

    var seconds = clock.Elapsed.TotalSeconds;
    process.Refresh();
    // CPU time and allocations stay readable when other builds load the machine; wall time does not.
    var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / n;
    var kb = (GC.GetTotalAllocatedBytes(true) - allocated) / 1024.0 / n;
    var pages = first.PageCount is { } p ? $", {p * n / seconds:F0} pages/s ({p} pages)" : "";
    Console.WriteLine($"actas {Path.GetFileName(path)}: {seconds * 1000 / n:F1} ms/read, {cpuMs:F1} ms CPU/read, {kb:F0} KB allocated/read{pages}");
}
CS
(cd "$work" && dotnet build -c Release -o out -v q -nologo >/dev/null)
dotnet "$work/out/bench.dll" "$n" "${files[@]}"
for f in "${files[@]}"; do
  case $f in
    *.pdf)
      command -v pdftotext >/dev/null || continue
      pages=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
      start=$(date +%s.%N)
      for _ in $(seq "$n"); do pdftotext -layout "$f" /dev/null; done
      end=$(date +%s.%N)
      awk -v s="$start" -v e="$end" -v n="$n" -v p="$pages" -v f="$(basename "$f")" \
        'BEGIN { t = e - s; printf "pdftotext -layout %s: %.1f ms/read, %.0f pages/s (%d pages)\n", f, t * 1000 / n, p * n / t, p }'
      ;;
  esac
done
