# Sourced by mvnw. Billing Center builds on JDK 21+ (the Vaadin build plugin needs it), while
# many machines still default to an older `java`. When JAVA_HOME is unset or too old, pick the
# newest JDK 21+ installed under the usual locations, so the README commands work unchanged.
java_feature_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

bc_current_home="${JAVA_HOME-}"
if [ -z "$bc_current_home" ] && command -v java >/dev/null 2>&1; then
  bc_current_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
if [ -z "$bc_current_home" ] || [ "$(java_feature_version "$bc_current_home")" -lt 21 ] 2>/dev/null; then
  set +f
  bc_best="" bc_best_version=0
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] || continue
    version="$(java_feature_version "$candidate")"
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$bc_best_version" ]; then
      bc_best="$candidate" bc_best_version="$version"
    fi
  done
  set -f
  if [ -n "$bc_best" ]; then
    export JAVA_HOME="$bc_best"
  fi
fi
unset bc_current_home bc_best bc_best_version
