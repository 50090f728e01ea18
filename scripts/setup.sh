# Installs, if missing or at the wrong version, everything the build and the tests need.
# Sourced by scripts/serve and scripts/test; idempotent. Pinned versions:
#   wasm32 target · Trunk 0.21.14 · wasm-bindgen-cli = the wasm-bindgen in Cargo.lock ·
#   npm packages of package-lock.json (binaryen 132 for wasm-opt, playwright-core) ·
#   Debian's chromium (browser tests only) · Debian's firefox-esr, webkit2gtk-driver and xvfb,
#   and geckodriver 0.37.1 (the journeys in Firefox and WebKit only) · Debian's nginx (with
#   libnginx-mod-http-brotli-static), caddy and apache2 (the hosting recipes' test only).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    say "installing Trunk $TRUNK_VERSION from source (about 9 minutes, once per machine)"
    cargo install --locked trunk --version "$TRUNK_VERSION" --no-default-features --features rustls
  fi
}

ensure_wasm_bindgen() {
  local version
  version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if ! grep -q "wasm_bindgen = \"$version\"" "$ROOT/Trunk.toml"; then
    echo "Trunk.toml pins a wasm-bindgen other than Cargo.lock's $version" >&2
    exit 1
  fi
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]]; then
    say "installing wasm-bindgen-cli $version (about 3 minutes)"
    # Not --locked: one of its locked dependencies is missing from the registry.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

ensure_node_modules() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [[ ! -x "$ROOT/node_modules/.bin/wasm-opt" || "$ROOT/package-lock.json" -nt "$stamp" ]]; then
    say "installing npm packages (wasm-opt, terser, playwright-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

# Installs the Debian packages named, if any is missing.
ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if (( ${#missing[@]} )); then
    say "installing Debian's ${missing[*]}"
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

ensure_chromium() {
  ensure_debian_packages chromium
}

# Firefox ESR with geckodriver, and WebKitGTK's WebDriver with MiniBrowser on a virtual display:
# the engines of the WebDriver journeys (tests/engines/).
ensure_engines() {
  ensure_debian_packages firefox-esr webkit2gtk-driver xvfb xauth
  if [[ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
    say "installing geckodriver $GECKODRIVER_VERSION from crates.io (about 3 minutes, once per machine)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# nginx with Debian's Brotli module, Caddy and Apache: the hosting recipes' test
# (tests/hosting/) runs each in the foreground, on a port of its own, with docs/hosting/'s
# files. Where systemd runs, Debian starts and enables the services it installs (on port 80);
# those installed here are stopped and disabled at once: the test needs none of them.
ensure_servers() {
  local installed
  installed="$(dpkg-query -W -f='${Status}\n' nginx caddy apache2 2>/dev/null | grep -c "install ok installed" || true)"
  ensure_debian_packages nginx libnginx-mod-http-brotli-static caddy apache2
  if [[ "$installed" != 3 && -d /run/systemd/system ]]; then
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    $sudo systemctl disable --now nginx caddy apache2 || true
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_modules
  ensure_wasm_bindgen
  ensure_trunk
  (cd "$ROOT" && cargo fetch --locked)
}
