#!/usr/bin/env bash
# Compare the game with a minimal Bevy + bevy_egui window (examples/minimal_window.rs)
# in the same run: time to an interactive first frame, idle CPU and memory.
# Needs Xvfb. Usage: benches/window.sh [target-dir] (default: target), after
#   cargo build --release --bin frontline --example minimal_window
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-target}/release"
display=:97
Xvfb $display -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; wait $xvfb 2>/dev/null || true' EXIT
sleep 2
hz=$(getconf CLK_TCK)

measure() { # name, command...
    local name=$1; shift
    local log; log=$(mktemp)
    local data; data=$(mktemp -d)
    # The game opens on the home screen: give it a trainee so it does not ask.
    printf '{"trainee":{"name":"Bench","role":"Police"}}' > "$data/progress.json"
    DISPLAY=$display FRONTLINE_DATA="$data" RUST_LOG=info "$@" >"$log" 2>&1 &
    local pid=$!
    sleep 10
    local t1; t1=$(awk '{print $14+$15}' /proc/$pid/stat)
    sleep 20
    local t2; t2=$(awk '{print $14+$15}' /proc/$pid/stat)
    local rss; rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    local start; start=$(grep -o 'interactive after [0-9]* ms' "$log" | grep -o '[0-9]*' | head -1)
    local cpu; cpu=$(awk -v a="$t1" -v b="$t2" -v hz="$hz" 'BEGIN{printf "%.2f", (b-a)/hz/20*100}')
    echo "$name start_ms=$start idle_cpu_percent=$cpu rss_kib=$rss"
}

measure minimal "$target/examples/minimal_window"
measure frontline "$target/frontline"
