#!/usr/bin/env bash
# Builds Plaza's container image as a tarball (deploy/target/plaza-image.tar) without a Docker
# daemon or a registry: Jib writes the image FROM scratch, with a Java runtime made here by jlink
# and the few libraries it (and the standalone app's embedded PostgreSQL) links against, copied
# from this Debian x86_64 machine: rebuild to take in Debian's glibc updates.
#   deploy/image.sh        then: docker load -i deploy/target/plaza-image.tar  (or podman load)
# The image runs as user 10001 (plaza); its entrypoint is Jib's java -cp ... dev.plaza.PlazaApplication,
# data under /data (PLAZA_HOME; mount a volume there). Not part of ./plaza test.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?point JAVA_HOME at a JDK 21 or newer}"
[[ -e /lib/x86_64-linux-gnu/libc.so.6 && -e /bin/dash ]] || { echo "needs a Debian or Ubuntu x86_64 machine: the image takes its C libraries from /lib/x86_64-linux-gnu" >&2; exit 1; }
root=deploy/target/image-root
rm -rf "$root"
mkdir -p "$root/opt" "$root/lib/x86_64-linux-gnu" "$root/lib64" "$root/bin" "$root/etc" "$root/tmp" "$root/data"

# The modules a Spring Boot app on Plaza's libraries needs; no desktop, no debug symbols.
"$JAVA_HOME/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.httpserver,jdk.net,jdk.naming.dns \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$root/opt/java"

# What ldd says the runtime's java and libjvm.so need (glibc), plus what the embedded PostgreSQL
# of the standalone app needs on top (the C++ runtime, and a shell: initdb starts postgres through
# one); copied, not linked.
for lib in libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libstdc++.so.6 libgcc_s.so.1; do
  cp -L "/lib/x86_64-linux-gnu/$lib" "$root/lib/x86_64-linux-gnu/"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
cp -L /bin/dash "$root/bin/sh"
# PostgreSQL refuses to run as a user without a name.
echo 'plaza:x:10001:10001:Plaza:/tmp:/bin/sh' > "$root/etc/passwd"
echo 'plaza:x:10001:' > "$root/etc/group"

./mvnw -B -q -pl apps/plaza -am -DskipTests package com.google.cloud.tools:jib-maven-plugin:3.5.2:buildTar \
  -Djib.containerize=dev.plaza:plaza-app \
  -Djib.from.image=scratch \
  -Djib.to.image=plaza/plaza:0.1.0 \
  -Djib.outputPaths.tar="$PWD/deploy/target/plaza-image.tar" \
  -Djib.extraDirectories.paths="$PWD/$root" \
  -Djib.extraDirectories.permissions='/opt/java/bin/*=755,/lib64/*=755,/lib/x86_64-linux-gnu/*=755,/bin/sh=755,/opt/java/lib/jspawnhelper=755,/tmp=777,/data=777' \
  -Djib.container.environment=PATH=/opt/java/bin:/bin,JAVA_HOME=/opt/java,PLAZA_HOME=/data \
  -Djib.container.user=10001 \
  -Djib.container.ports=8080
echo "deploy/target/plaza-image.tar"
