# Installs what Lernwelt needs on Debian/Ubuntu, only if missing, saying what it installs.
# Sourced by the other scripts. Needs root or sudo for apt-get.
lernwelt_apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Build: a C toolchain for -sys crates, ALSA headers for sound, mold for fast links.
LERNWELT_BUILD_PACKAGES=(pkg-config libasound2-dev clang mold)
# Run: Vulkan (Mesa's software renderer where there is no GPU) and X11 libraries winit loads.
LERNWELT_RUN_PACKAGES=(libvulkan1 mesa-vulkan-drivers libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0)
# Tests: a virtual screen for screenshots.
LERNWELT_TEST_PACKAGES=(xvfb xauth)
