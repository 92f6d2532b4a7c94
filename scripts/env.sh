# Shared environment for the project's scripts (sourced, not run): one target dir outside the
# clone so CI and local runs reuse builds, and mold as the native linker (linking dominates
# small rebuilds of a Bevy binary).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lernwelt-target}"
if command -v mold >/dev/null 2>&1 && command -v clang >/dev/null 2>&1; then
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=clang
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C link-arg=-fuse-ld=mold"
fi

# Cargo decides whether a workspace crate is fresh by file times, and the artifacts of two
# checkouts of this workspace land under the same names. When a different checkout built here
# last, mark every tracked file of this one as new so nothing stale from the other is reused.
lernwelt_marker="$CARGO_TARGET_DIR/.checkout"
lernwelt_here="$(pwd -P)"
if [ "$(cat "$lernwelt_marker" 2>/dev/null)" != "$lernwelt_here" ]; then
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z | xargs -0 touch -c
  fi
  mkdir -p "$CARGO_TARGET_DIR"
  printf '%s\n' "$lernwelt_here" > "$lernwelt_marker"
fi
unset lernwelt_marker lernwelt_here

# The one set of packages and features the tests and the screenshots build with: the screenshots
# take the game binary this build leaves in $CARGO_TARGET_DIR/debug, so nothing is compiled twice
# (features unify per command; a separate `cargo build -p lernwelt` rebuilt every dependency).
LERNWELT_TEST_BUILD=(--workspace --features lernwelt/dev)
