#!/usr/bin/env bash
# Rebuilds the committed frontend bundles, src/main/bundles/dev.bundle and prod.bundle.
#
# Run it after changing anything under frontend/, an @NpmPackage/@JsModule/@CssImport, the Vaadin
# version, or adding a dependency that brings frontend code; then commit both bundles.
# Why committed bundles: when they match the sources, `package` and dev mode (`spring-boot:run`)
# never run Node, so developers and CI need none. Vaadin 25 needs Node >= 24, which the machines
# lack and which Vaadin cannot download here, so we take Node from the npm registry (the
# node-linux-<arch> package) into the git-ignored .node/ folder.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.17.0
NPM_VERSION=11.19.1
NODE_HOME="$PWD/.node"
export VAADIN_USAGE_STATS_ENABLED=false

# --- Node 24 into .node/ (once; any npm on the machine is enough to fetch it) ---
if [ "$("$NODE_HOME/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ] \
    || [ "$("$NODE_HOME/bin/npm" --version 2>/dev/null)" != "$NPM_VERSION" ]; then
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "No node-linux package for $(uname -m)" >&2; exit 1 ;;
  esac
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  rm -rf "$NODE_HOME"
  mkdir -p "$NODE_HOME/lib/node_modules/npm"
  tar xzf "$tmp/node-linux-$arch-$NODE_VERSION.tgz" -C "$NODE_HOME" --strip-components=1 package/bin/node package/LICENSE
  tar xzf "$tmp/npm-$NPM_VERSION.tgz" -C "$NODE_HOME/lib/node_modules/npm" --strip-components=1
  # The usual layout of a Node install, which Vaadin expects next to bin/node.
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$NODE_HOME/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$NODE_HOME/bin/npx"
fi
export PATH="$NODE_HOME/bin:$PATH"
echo "Using Node $(node --version), npm $(npm --version) from $NODE_HOME"

# Stale bundles would be taken as valid by the checks below: start from none.
rm -rf src/main/bundles/dev.bundle src/main/bundles/prod.bundle target/dev-bundle

# --- dev.bundle: only dev mode builds it, so start the app until Vaadin reports the bundle ---
# (before the production build: a production build leaves target/ in production mode)
log="target/build-dev-bundle.log"
mkdir -p target
setsid ./mvnw -B spring-boot:run \
  -Dspring-boot.run.arguments=--server.port=0 \
  "-Dspring-boot.run.jvmArguments=-Dvaadin.node.folder=$NODE_HOME/bin" >"$log" 2>&1 &
app=$!
for _ in $(seq 1 300); do
  if grep -q "Development frontend bundle built" "$log" && [ -f src/main/bundles/dev.bundle ]; then break; fi
  if ! kill -0 "$app" 2>/dev/null || grep -qE "BUILD FAILURE|Could not initialize dev mode|Error building dev bundle" "$log"; then break; fi
  sleep 2
done
sleep 2 # let Vaadin finish writing the bundle file
kill -- "-$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
if [ ! -s src/main/bundles/dev.bundle ]; then
  echo "dev.bundle was not built; see $log" >&2
  exit 1
fi

# --- prod.bundle: the production build writes it when it has to build one ---
./mvnw -B clean package -DskipTests -Dvaadin.force.production.build=true "-Dvaadin.node.folder=$NODE_HOME/bin"
[ -s src/main/bundles/prod.bundle ] || { echo "prod.bundle was not built" >&2; exit 1; }

ls -l src/main/bundles/
echo "Done: commit src/main/bundles/dev.bundle and src/main/bundles/prod.bundle."
