#!/bin/bash
# The people import benchmark (docs/benchmarks.md, base registers (a)): the code under test, then optionally an older
# build, each on a fresh embedded PostgreSQL on port 8092, with a plain COPY of the same file into an unindexed table
# (CopyBaseline) before and after every import, the load average and the CPU seconds of the JVM and of PostgreSQL
# around every import. Each build runs from a copy of its target/classes, so that a rebuild cannot change it:
#
#   NEW_CLASSES=/tmp/bench/new-classes OLD_CLASSES=/tmp/bench/old-classes CLASSPATH_FILE=/tmp/bench/cp.txt \
#       CSV=/tmp/bench/people-1m.csv B=/tmp/bench/run src/bench/import/run-import-benchmark.sh
#
# PROFILE=1 records a JFR profile of each build (it costs the import noticeably: leave it off for the figures).
# WARMUP_CSV, if set, is imported into each build before its first COPY baseline and not counted (e.g. 10,000
# other people: few enough to leave the register nearly empty for the measured load). OLD_UPLOAD=put sends the old
# build the file as a streamed body (builds before the streamed import only take the multipart upload, the default).
#
# CLASSPATH_FILE holds the runtime class path of the dependencies (jars joined by ':').
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
B=${B:-/tmp/bench/run}; mkdir -p $B; cd $B
export BENCH_DIR=$B
CSV=${CSV:-/tmp/bench/people-1m.csv}
CP=$(cat ${CLASSPATH_FILE:-/tmp/bench/cp.txt})
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
COPY="java -cp $PGJAR $HERE/../java/org/yiwang/bench/CopyBaseline.java"
# CPU seconds used so far by the app's JVM and by its PostgreSQL (postmaster, its live and its reaped children)
cpu() {
  local port=$1 tck=$(getconf CLK_TCK)
  local jpid=$(pgrep -f "embedded-postgres.port=$port" | head -1)
  local pm=$(pgrep -f "bin/postgres -D $B/pg-$port" | head -1)
  local j=$(awk '{print $14+$15}' /proc/$jpid/stat)
  local p=$(awk '{print $14+$15+$16+$17}' /proc/$pm/stat)
  for c in $(ps --ppid $pm -o pid=); do p=$((p + $(awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || echo 0))); done
  echo "cpu java $((j / tck)) s, postgres $((p / tck)) s"
}
stamp() { echo "[$(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)] $*"; }
start_app() { # classes pgport extra...
  local classes=$1 pgport=$2; shift 2
  rm -rf $B/pg-$pgport $B/keys-$pgport; mkdir -p $B/run-$pgport
  local jfr=""; [ -z "${PROFILE:-}" ] || jfr="-XX:StartFlightRecording=filename=$B/run-$pgport/import.jfr,settings=profile"
  (cd $B/run-$pgport && exec java -Xmx3g $jfr \
      -cp $classes:$CP org.yiwang.YiwangApplication --server.port=8092 \
      --yiwang.embedded-postgres.data-dir=$B/pg-$pgport --yiwang.embedded-postgres.port=$pgport "$@" \
      > $B/run-$pgport/app.log 2>&1) &
  for i in $(seq 1 180); do grep -q "Started YiwangApplication" $B/run-$pgport/app.log && break; sleep 1; done
  stamp "app on $classes started: $(grep -o 'Started YiwangApplication in [0-9.]* seconds' $B/run-$pgport/app.log)"
  settle $pgport
}
# waits (at most 120 s) until the JVM has used less than half a second of CPU in 5 s: start-up work (search indexes
# built in the background, JIT) done
settle() {
  local jpid=$(pgrep -f "embedded-postgres.port=$1" | head -1) tck=$(getconf CLK_TCK)
  for i in $(seq 1 24); do
    local a=$(awk '{print $14+$15}' /proc/$jpid/stat); sleep 5; local b=$(awk '{print $14+$15}' /proc/$jpid/stat)
    [ $(( (b - a) * 10 / tck )) -lt 5 ] && break
  done
  stamp "app settled"
}
# optional warm-up, not counted: a small file of other people, so that the JIT has compiled the import's code
# (three times: once new, then twice unchanged, so that the rows' checks and encryption run 30,000 times)
warm_up() { [ -z "${WARMUP_CSV:-}" ] || for i in 1 2 3; do stamp "warm-up import $i (not counted)"; python3 $HERE/import_people.py $1 $WARMUP_CSV $2; done; }
stop_app() { local pid=$(pgrep -f "embedded-postgres.port=$1" | head -1); jcmd $pid JFR.dump filename=$B/run-$1/import.jfr >/dev/null 2>&1; kill $pid; sleep 8; }

stamp "new code"
start_app ${NEW_CLASSES:-/tmp/bench/new-classes} 54392
warm_up http://localhost:8092 put
stamp "COPY baseline 1";  $COPY jdbc:postgresql://localhost:54392/yiwang $CSV
stamp "$(cpu 54392)"
stamp "import, all new";  python3 $HERE/import_people.py http://localhost:8092 $CSV put
stamp "$(cpu 54392)"
stamp "COPY baseline 2";  $COPY jdbc:postgresql://localhost:54392/yiwang $CSV
stamp "$(cpu 54392)"
stamp "same file again";  python3 $HERE/import_people.py http://localhost:8092 $CSV put
stamp "$(cpu 54392)"
stamp "COPY baseline 3";  $COPY jdbc:postgresql://localhost:54392/yiwang $CSV
grep "People import" $B/run-54392/app.log | cut -c120-
stop_app 54392
[ -n "${OLD_CLASSES:-}" ] || { stamp "done"; exit 0; }
stamp "old code: $OLD_CLASSES"
start_app $OLD_CLASSES 54393 --spring.servlet.multipart.max-file-size=1GB --spring.servlet.multipart.max-request-size=1GB
warm_up http://localhost:8092 ${OLD_UPLOAD:-multipart}
stamp "COPY baseline 4";  $COPY jdbc:postgresql://localhost:54393/yiwang $CSV
stamp "$(cpu 54393)"
stamp "old import, all new";  python3 $HERE/import_people.py http://localhost:8092 $CSV ${OLD_UPLOAD:-multipart}
stamp "$(cpu 54393)"
stamp "COPY baseline 5";  $COPY jdbc:postgresql://localhost:54393/yiwang $CSV
grep "People import" $B/run-54393/app.log | cut -c120-
stop_app 54393
stamp "done"
