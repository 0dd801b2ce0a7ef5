#!/usr/bin/env bash
# Builds one Plaza app's container image as a tarball, without a Docker daemon or a registry:
#   deploy/image.sh [plaza|gateway|identity-service|catalog-service|commerce-service|ledger-service]
# (default plaza) writes deploy/target/<app>-image.tar, image plaza/<app>:0.1.0; then
#   docker load -i deploy/target/<app>-image.tar        (or podman load)
# Jib writes the image FROM scratch, with a Java runtime made here by jlink and the few C libraries
# it links against, copied from this Debian x86_64 machine: rebuild to take in Debian's glibc updates.
# Only the all-in-one plaza image carries what its embedded PostgreSQL needs on top (the C++ runtime
# and a shell); the others have no shell. Every image has /opt/healthcheck, the probe compose.yaml's
# healthchecks run (deploy/image/HealthCheck.java). The image runs as user 10001 (plaza); its
# entrypoint is Jib's java -cp ... <main class>, data under /data (PLAZA_HOME; mount a volume there).
# PLAZA_ADDRESS=0.0.0.0: in a container the all-in-one app listens on every interface, not 127.0.0.1.
# Not part of ./plaza test.
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: deploy/image.sh [plaza|gateway|identity-service|catalog-service|commerce-service|ledger-service]"
(( $# <= 1 )) || { echo "$usage" >&2; exit 2; }
app=${1:-plaza}
embedded_postgres=false
case "$app" in
  plaza)            module=apps/plaza artifact=plaza-app main=dev.plaza.PlazaApplication embedded_postgres=true ;;
  gateway)          module=apps/gateway artifact=plaza-gateway main=dev.plaza.gateway.GatewayApplication ;;
  identity-service) module=apps/$app artifact=plaza-$app main=dev.plaza.IdentityService ;;
  catalog-service)  module=apps/$app artifact=plaza-$app main=dev.plaza.CatalogService ;;
  commerce-service) module=apps/$app artifact=plaza-$app main=dev.plaza.CommerceService ;;
  ledger-service)   module=apps/$app artifact=plaza-$app main=dev.plaza.LedgerService ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
: "${JAVA_HOME:?point JAVA_HOME at a JDK 21 or newer}"
[[ -e /lib/x86_64-linux-gnu/libc.so.6 ]] || { echo "needs a Debian or Ubuntu x86_64 machine: the image takes its C libraries from /lib/x86_64-linux-gnu" >&2; exit 1; }
root=deploy/target/$app-image-root
tar=deploy/target/$app-image.tar
rm -rf "$root"
mkdir -p "$root/opt/healthcheck" "$root/lib/x86_64-linux-gnu" "$root/lib64" "$root/etc" "$root/tmp" "$root/data"

# The modules a Spring Boot app on Plaza's libraries needs; no desktop, no debug symbols.
"$JAVA_HOME/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.httpserver,jdk.net,jdk.naming.dns \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$root/opt/java"

# What ldd says the runtime's java and libjvm.so need (glibc); copied, not linked.
for lib in libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1; do
  cp -L "/lib/x86_64-linux-gnu/$lib" "$root/lib/x86_64-linux-gnu/"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
path=/opt/java/bin
permissions='/opt/java/bin/*=755,/lib64/*=755,/lib/x86_64-linux-gnu/*=755,/opt/java/lib/jspawnhelper=755,/tmp=777,/data=777'
if [[ $embedded_postgres == true ]]; then
  # The embedded PostgreSQL's C++ runtime, and a shell: initdb starts postgres through one.
  [[ -e /bin/dash ]] || { echo "needs /bin/dash (Debian's dash) for the plaza image's embedded PostgreSQL" >&2; exit 1; }
  cp -L /lib/x86_64-linux-gnu/libstdc++.so.6 /lib/x86_64-linux-gnu/libgcc_s.so.1 "$root/lib/x86_64-linux-gnu/"
  mkdir -p "$root/bin"
  cp -L /bin/dash "$root/bin/sh"
  permissions="$permissions,/bin/sh=755"
  path=$path:/bin
fi
# A name for user 10001: PostgreSQL refuses to run as a user without one, and Java's user.name shows it.
echo 'plaza:x:10001:10001:Plaza:/tmp:/sbin/nologin' > "$root/etc/passwd"
echo 'plaza:x:10001:' > "$root/etc/group"
"$JAVA_HOME/bin/javac" --release 21 -d "$root/opt/healthcheck" deploy/image/HealthCheck.java

./mvnw -B -q -pl "$module" -am -DskipTests package com.google.cloud.tools:jib-maven-plugin:3.5.2:buildTar \
  -Djib.containerize="dev.plaza:$artifact" \
  -Djib.from.image=scratch \
  -Djib.to.image="plaza/$app:0.1.0" \
  -Djib.outputPaths.tar="$PWD/$tar" \
  -Djib.extraDirectories.paths="$PWD/$root" \
  -Djib.extraDirectories.permissions="$permissions" \
  -Djib.container.mainClass="$main" \
  -Djib.container.environment="PATH=$path,JAVA_HOME=/opt/java,PLAZA_HOME=/data,PLAZA_ADDRESS=0.0.0.0" \
  -Djib.container.user=10001 \
  -Djib.container.ports=8080
echo "$tar"
