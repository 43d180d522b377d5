#!/usr/bin/env bash
# End-to-end benchmark: each corpus size on each runner, timed with /usr/bin/time -v.
#   scripts/bench.sh                           2000 and 20000 articles on every runner
#   scripts/bench.sh 100000 baseline spark     one size, two runners
#   scripts/bench.sh --gzip 2000 direct        read the .jsonl.gz corpus instead of .jsonl
#   scripts/bench.sh --rounds 3 20000          every runner three times, interleaved
# Runners: baseline (framework-free, threads = cores), direct (DirectRunner), spark (SparkRunner
# local[2]), local (the default local command, scripts/run-local.sh --input=FILE --output=DIR and no
# other flag or JAVA_OPTS: its own runner choice, heap and near-duplicate step), corenlp (CoreNLP's
# own pipeline, tokenize/ssplit/ner, 2 threads: NLP alone).
# Prints a table and writes it, with the machine, load and commands, to target/bench-results/
# and into docs/BENCHMARKS.md (between the "bench:results" markers; --no-docs leaves it alone).
# With --rounds N the runners are run in turn N times, so that each round's ratios compare runs
# made minutes apart (a run's speed on a shared machine drifts by more than 10% over an hour), and
# a last table gives each runner's median over the rounds.
# JAVA_HEAP (default 8g) is every run's -Xmx. Corpora are built on first use (scripts/bench-corpus.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"

sizes=()
runners=()
gz=""
docs=yes
rounds=1
expect_rounds=""
for arg in "$@"; do
  if [ -n "$expect_rounds" ]; then
    rounds="$arg"
    expect_rounds=""
    continue
  fi
  case "$arg" in
    --gzip) gz=gz ;;
    --no-docs) docs="" ;;
    --rounds) expect_rounds=yes ;;
    --rounds=*) rounds="${arg#--rounds=}" ;;
    baseline|direct|spark|local|corenlp) runners+=("$arg") ;;
    *[!0-9]*|"") echo "unknown argument: $arg (sizes are numbers; runners: baseline direct spark local corenlp)" >&2; exit 2 ;;
    *) sizes+=("$arg") ;;
  esac
done
case "$rounds" in
  ""|*[!0-9]*|0) echo "--rounds takes a positive number, not '$rounds'" >&2; exit 2 ;;
esac
[ ${#sizes[@]} -eq 0 ] && sizes=(2000 20000)
[ ${#runners[@]} -eq 0 ] && runners=(baseline direct spark corenlp)
heap="${JAVA_HEAP:-8g}"

bench_build
classpath="$(bench_classpath)"
if printf '%s\n' "${runners[@]}" | grep -qx 'spark\|local'; then
  source "$root/scripts/spark-env.sh"
  "$root/scripts/spark-assemble.sh" >&2
fi
results="$root/target/bench-results"
mkdir -p "$results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$results/bench-$stamp.md"

# The command line of one run (printed into the report as run). The direct and spark runs skip
# near-duplicate detection: the baseline does none, and a benchmark corpus re-uses each BBC article
# many times, so with it on the job would count far less than the baseline.
# scripts/bench-duplicates.sh times it; the local run, the default command, keeps it.
command_of() {
  local runner="$1" input="$2" out="$3"
  case "$runner" in
    baseline) echo "java -Xmx$heap -cp \$CLASSPATH org.corpusanalytics.benchmarks.BaselineJob --threads=$(nproc) --output=$out $input" ;;
    direct) echo "JAVA_OPTS=-Xmx$heap scripts/run-local.sh --input=$input --output=$out --maxFileBytes=4294967296 --duplicates=off" ;;
    spark) echo "JAVA_OPTS=-Xmx$heap scripts/run-local.sh --runner=SparkRunner --sparkMaster=local[2] --input=$input --output=$out --maxFileBytes=4294967296 --duplicates=off" ;;
    local) echo "env -u JAVA_OPTS scripts/run-local.sh --input=$input --output=$out" ;;
    corenlp) echo "java -Xmx$heap -cp \$CLASSPATH org.corpusanalytics.benchmarks.CoreNlpAlone --threads=2 $input" ;;
  esac
}

# The newest java process below pid $1 (the run goes through time, bash and run-local.sh).
java_below() {
  ps -eo pid=,ppid=,comm= | awk -v root="$1" '
    { parent[$1] = $2; name[$1] = $3 }
    END { for (p in parent) { q = p; while (q > 1 && q != root) q = parent[q]
          if (q == root && name[p] == "java" && p + 0 > best) best = p + 0 }
          if (best) print best }'
}

# Samples the run's CPU use every 2 s (cores busy in each interval) into $1 while pid $2 lives.
sample_cpu() {
  local log="$1" watched="$2" ticks prev="" now java=""
  ticks="$(getconf CLK_TCK)"
  while kill -0 "$watched" 2>/dev/null; do
    [ -z "$java" ] && java="$(java_below "$watched")"
    if [ -n "$java" ] && now="$(awk '{print $14 + $15}' "/proc/$java/stat" 2>/dev/null)"; then
      [ -n "$prev" ] && awk -v a="$prev" -v b="$now" -v t="$ticks" 'BEGIN{printf "%.2f\n", (b - a) / t / 2}' >> "$log"
      prev="$now"
    fi
    sleep 2
  done
}

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM,"
  echo "$(java -version 2>&1 | head -2 | tail -1); load before the runs: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| articles | round | runner | MB in | wall s | CPU s | cores busy | articles/s | MB/s | time ≥1.5 cores | peak RSS MiB | wall vs baseline | CPU vs baseline | load (1 min) |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"
# One line per successful run, for the medians: size runner wall cpu rss wall-ratio cpu-ratio.
runs="$results/runs-$stamp.txt"
: > "$runs"
commands=()
for size in "${sizes[@]}"; do
  input="$("$root/scripts/bench-corpus.sh" "$size" ${gz:+--gzip})"
  megabytes="$(awk -v b="$(stat -c %s "$input")" 'BEGIN{printf "%.1f", b / 1048576}')"
  for round in $(seq 1 "$rounds"); do
    baseline_wall=""
    baseline_cpu=""
    for runner in "${runners[@]}"; do
      out="$results/out-$runner-$size"
      rm -rf "$out" "$results"/.out-"$runner-$size".*
      command="$(command_of "$runner" "$input" "$out")"
      [ "$round" -eq 1 ] && commands+=("$command")
      timing="$results/time-$runner-$size.txt"
      cpu_log="$results/cpu-$runner-$size.txt"
      : > "$cpu_log"
      load="$(cut -d' ' -f1 /proc/loadavg)"
      echo "== $size articles, round $round, $runner (load $load): $command" >&2
      (cd "$root" && CLASSPATH="$classpath" JAVA_OPTS="-Xmx$heap" /usr/bin/time -v -o "$timing" \
          bash -c "$command" > "$results/log-$runner-$size.txt" 2>&1) &
      run=$!
      sample_cpu "$cpu_log" "$run" &
      sampler=$!
      status=0
      wait "$run" || status=$?
      wait "$sampler" 2>/dev/null || true
      if [ "$status" -ne 0 ]; then
        echo "   failed (exit $status); see $results/log-$runner-$size.txt" >&2
        echo "| $size | $round | $runner | $megabytes | failed (exit $status) | | | | | | | | | $load |" >> "$report"
        continue
      fi
      wall="$(awk -F': ' '/Elapsed/{n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$timing")"
      cpu="$(awk -F': ' '/User time/{u = $2} /System time/{s = $2} END{printf "%.1f", u + s}' "$timing")"
      rss="$(awk -F': ' '/Maximum resident/{printf "%.0f", $2 / 1024}' "$timing")"
      [ "$runner" = baseline ] && baseline_wall="$wall" && baseline_cpu="$cpu"
      ratio="$(awk -v w="$wall" -v b="$baseline_wall" 'BEGIN{if (b == "") print "n/a"; else printf "%.2f×", w / b}')"
      cpu_ratio="$(awk -v w="$cpu" -v b="$baseline_cpu" 'BEGIN{if (b == "") print "n/a"; else printf "%.2f×", w / b}')"
      row="$(awk -v n="$size" -v mb="$megabytes" -v w="$wall" -v c="$cpu" 'BEGIN{
        printf "%.1f | %s | %.2f | %.0f | %.2f", w, c, c / w, n / w, mb / w}')"
      busy="$(awk '{n++; if ($1 >= 1.5) b++} END{printf "%.0f%%", n ? 100 * b / n : 0}' "$cpu_log")"
      echo "| $size | $round | $runner | $megabytes | $row | $busy | $rss | $ratio | $cpu_ratio | $load |" >> "$report"
      echo "$size $runner $wall $cpu $rss ${ratio%×} ${cpu_ratio%×}" >> "$runs"
      echo "   $row s/cores/articles/s/MB/s, $rss MiB peak RSS" >&2
    done
  done
done
if [ "$rounds" -gt 1 ]; then
  {
    echo
    echo "Median over $rounds rounds (ratios: the median of each round's ratio to that round's baseline):"
    echo
    echo "| articles | runner | runs | wall s | CPU s | articles/s | peak RSS MiB | wall vs baseline | CPU vs baseline |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    sort -k1,1n -k2,2 -s "$runs" | awk '
      function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      }
      function flush() {
        if (key == "") return
        split(key, k, " ")
        ratio = r[key] ~ /n\/a/ ? "n/a" : sprintf("%.2f×", median(r[key]))
        cpu_ratio = c[key] ~ /n\/a/ ? "n/a" : sprintf("%.2f×", median(c[key]))
        printf "| %s | %s | %d | %.1f | %.1f | %.0f | %.0f | %s | %s |\n", k[1], k[2], count,
          median(w[key]), median(u[key]), k[1] / median(w[key]), median(m[key]), ratio, cpu_ratio
      }
      { now = $1 " " $2
        if (now != key) { flush(); key = now; count = 0 }
        count++; w[key] = w[key] " " $3; u[key] = u[key] " " $4; m[key] = m[key] " " $5
        r[key] = r[key] " " $6; c[key] = c[key] " " $7 }
      END { flush() }'
  } >> "$report"
fi
{
  echo
  echo "Commands (\$CLASSPATH: benchmarks, pipeline and transforms classes plus benchmarks/target/classpath.txt;"
  echo "input: the uncompressed \`.jsonl\` unless \`--gzip\`):"
  echo
  echo '```'
  printf '%s\n' "${commands[@]}"
  echo '```'
} >> "$report"
cat "$report"
if [ -n "$docs" ]; then
  doc="$root/docs/BENCHMARKS.md"
  awk -v report="$report" '
    /<!-- bench:results:end -->/ { while ((getline line < report) > 0) print line; skip = 0 }
    !skip { print }
    /<!-- bench:results:begin -->/ { skip = 1 }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
  echo "Wrote the table into $doc" >&2
fi
