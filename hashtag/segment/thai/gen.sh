#!/bin/sh
# gen.sh rebuilds words.txt.gz, the Thai word list, from the word-break
# dictionary of Debian's libthai-data package (LGPL-2.1+, see DATA.md):
#
#	apt-get install libthai-data libdatrie1-bin
#	go generate ./hashtag/segment/thai
#
# trietool reads the trie from the current directory, so it runs in a
# temporary one. The output is sorted bytewise and gzip'd without a name or
# time stamp, so the same package version gives the same bytes.
set -eu
tri=${LIBTHAI_TRIE:-/usr/share/libthai/thbrk.tri}
out=$(pwd)/words.txt.gz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$tri" "$tmp/thbrk.tri"
(cd "$tmp" && trietool thbrk list) | cut -f1 | LC_ALL=C sort -u | gzip -9n >"$out"
