# Shared environment for the project's scripts (sourced, not run): one target dir outside the
# clone so CI and local runs reuse builds, and mold as the native linker (linking dominates
# small rebuilds of a Bevy binary).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lernwelt-target}"
if command -v mold >/dev/null 2>&1 && command -v clang >/dev/null 2>&1; then
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=clang
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C link-arg=-fuse-ld=mold"
fi
