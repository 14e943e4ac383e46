#!/usr/bin/env bash
# test_package.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR
#
# Packages the build with `cpack -G DEB`, extracts the .deb into a scratch
# root (no installation on the machine) and checks what a user would get.
# Every check prints what it does; the first failure stops the test.
set -euo pipefail

build_dir=$1
source_dir=$2
scratch=$3
app_id=io.github.pillar_designer.Pillar

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack dpkg-deb lintian desktop-file-validate update-desktop-database appstreamcli update-mime-database gio man; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (bash .ci/pillar-dev deps installs it)"
done

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root"

step "cpack -G DEB"
cpack -G DEB -B "$scratch/out" --config "$build_dir/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack failed"; }
debs=("$scratch"/out/pillar_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one pillar_*.deb in $scratch/out"
deb=${debs[0]}
dpkg-deb -c "$deb"

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libc6; do
    [[ $depends == *"$lib"* ]] || fail "Depends does not name $lib (dpkg-shlibdeps did not run?)"
done

step "extract into $scratch/root"
dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root
for f in usr/bin/pillar usr/bin/pillar-cli \
         usr/share/applications/$app_id.desktop \
         usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/mime/packages/$app_id.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         usr/share/man/man1/pillar-cli.1.gz usr/share/man/man1/pillar.1.gz \
         usr/share/doc/pillar/copyright usr/share/doc/pillar/changelog.gz \
         usr/share/pillar/samples/three-tier.pillar \
         usr/share/pillar/schema/pillar-design.schema.json \
         usr/share/pillar/blueprints/stage-3-high-availability.pillar; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || fail "the package lacks the ${size}px icon"
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done

step "installed pillar-cli runs from the system's Qt"
cli=$root/usr/bin/pillar-cli
version=$(env -u LD_LIBRARY_PATH "$cli" --version) || fail "pillar-cli --version failed"
echo "$version"
expected=$(dpkg-deb -f "$deb" Version)
[ "$version" = "pillar-cli $expected" ] || fail "pillar-cli --version says '$version', package is $expected"
sample=$root/usr/share/pillar/samples/three-tier.pillar
env -u LD_LIBRARY_PATH "$cli" convert "$sample" -o "$scratch/converted.pillar" || fail "convert of the installed sample failed"
cmp -s "$sample" "$scratch/converted.pillar" || fail "the installed sample is not in canonical form"
# The sample is a clean three-tier design: info notes at most, so exit 0.
env -u LD_LIBRARY_PATH "$cli" lint "$sample" || fail "pillar-cli lint of the installed sample failed (exit $?)"
env -u LD_LIBRARY_PATH "$cli" explain rds-single-az >/dev/null || fail "pillar-cli explain from the installed files failed"
env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/pillar" --version | grep -qx "Pillar $expected" \
    || fail "the installed designer does not start"

step "installed blueprints are the ones pillar-cli new knows"
listed=$(env -u LD_LIBRARY_PATH "$cli" new --list | cut -f1 | sort)
installed=$(cd "$root/usr/share/pillar/blueprints" && ls *.pillar | sed 's/\.pillar$//' | sort)
[ -n "$listed" ] && [ "$listed" = "$installed" ] || fail "installed blueprints ($(echo $installed)) differ from pillar-cli new --list ($(echo $listed))"
for name in $listed; do
    env -u LD_LIBRARY_PATH "$cli" new --blueprint "$name" -o "$scratch/$name.pillar" || fail "pillar-cli new --blueprint $name"
    cmp -s "$scratch/$name.pillar" "$root/usr/share/pillar/blueprints/$name.pillar" || fail "installed blueprint $name differs from pillar-cli new's"
done

step "installed sample validates against the installed JSON Schema"
/usr/bin/python3 - "$root/usr/share/pillar/schema/pillar-design.schema.json" "$sample" <<'PY' || fail "the installed sample does not validate against the installed schema"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.validators.validator_for(schema)(schema).validate(json.load(open(sys.argv[2], encoding="utf-8")))
PY

step "manual page covers every pillar-cli command, and only those"
commands=$(env -u LD_LIBRARY_PATH "$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' | sort)
[ -n "$commands" ] || fail "could not read the command list from pillar-cli --help"
sections=$(zcat "$root/usr/share/man/man1/pillar-cli.1.gz" | sed -n 's/^\.SS  *//p' | sort)
[ "$commands" = "$sections" ] || fail "man page sections ($(echo $sections)) differ from commands ($(echo $commands))"
for page in pillar-cli pillar; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
done

step "desktop-file-validate"
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx 'MimeType=application/x-pillar-design;' "$desktop" || fail "the desktop file does not open application/x-pillar-design"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's icon is not $app_id"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"

step "a .pillar file opens in the designer (shared-mime-info + desktop database, as the package triggers do)"
# Run the same tools the dpkg triggers run, on the scratch root, then ask
# GLib (what file managers use) with the scratch root first in the search path.
share=$root/usr/share
update-mime-database "$share/mime" >"$scratch/mime.log" 2>&1 || { cat "$scratch/mime.log"; fail "update-mime-database"; }
grep -q '^50:application/x-pillar-design:\*\.pillar$' "$share/mime/globs2" || fail "*.pillar is not mapped to application/x-pillar-design"
update-desktop-database "$share/applications" || fail "update-desktop-database"
cp "$sample" "$scratch/design.pillar"
cp "$sample" "$scratch/design-without-extension"
gio_env=(env XDG_DATA_HOME="$scratch/xdg-home" XDG_CONFIG_HOME="$scratch/xdg-config" XDG_CONFIG_DIRS="$scratch/xdg-config"
         XDG_DATA_DIRS="$share:/usr/share" PATH="$root/usr/bin:$PATH")
for f in design.pillar design-without-extension; do
    type=$("${gio_env[@]}" gio info -a standard::content-type "$scratch/$f" | sed -n 's/^ *standard::content-type: //p')
    echo "$f: $type"
    [ "$type" = application/x-pillar-design ] || fail "$f is seen as '$type', not application/x-pillar-design"
done
"${gio_env[@]}" gio mime application/x-pillar-design | tee "$scratch/gio-mime.log"
grep -q "^Default application for .*: $app_id.desktop$" "$scratch/gio-mime.log" \
    || fail "the designer is not the default application for Pillar designs"

step "lintian (errors fail the test; warnings are listed)"
lintian_status=0
lintian --no-cfg --fail-on error --display-info "$deb" >"$scratch/lintian.log" 2>&1 || lintian_status=$?
grep -v '^running with root privileges' "$scratch/lintian.log" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors (exit $lintian_status)"

echo "package OK: $deb"
