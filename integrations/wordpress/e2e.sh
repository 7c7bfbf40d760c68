#!/usr/bin/env bash
# End-to-end test of the WordPress plugin on real parts: Debian's wordpress,
# MariaDB and PHP, and a `sharekit serve` built from this checkout.
#
# It installs the Debian packages when missing (apt-get, as root or with sudo),
# starts a private MariaDB (own data directory and socket, no TCP), the
# sharekit server (with a token) and PHP's built-in web server on a copy of
# Debian's WordPress, installs WordPress from the command line, activates the
# plugin, creates a post with the seed headline and a featured image, fetches
# the post page over HTTP and checks:
#   - the share bar: X, Facebook and LinkedIn links equal to `sharekit links`
#     for that post (its permalink, the best 3 hashtags), CSS in the head,
#     nothing outside wp_kses's allow-list;
#   - the og: and twitter: tags (and `sharekit card` finds no error in them);
#   - the suggested tags in post meta equal `sharekit tags --best 3`, shown in
#     the editor's box; an edited list is kept and shared;
#   - the settings page says the server is ready and never prints the token;
#   - with sharekit stopped, and then with a server that never answers: a save
#     works, the page renders without the bar, the admin shows one notice and
#     the log holds one line.
# It takes Chromium screenshots of the editor's box and of the bar (into
# integrations/wordpress/screenshots/ with UPDATE_SCREENSHOTS=1), stops
# everything it started, and ends by printing the post page's HTML on stdout
# (progress goes to stderr). KEEP=1 keeps the work directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export PATH="$PATH:/usr/local/go/bin:/usr/sbin"

say() { printf '== %s\n' "$*" >&2; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# --- Debian packages --------------------------------------------------------
need=()
[ -f /usr/share/wordpress/wp-settings.php ] || need+=(wordpress)
command -v mariadbd >/dev/null 2>&1 || need+=(mariadb-server)
command -v php >/dev/null 2>&1 || need+=(php-cli)
if command -v php >/dev/null 2>&1; then
	# Not grep -q: it would stop reading and fail php -m under pipefail.
	php -m | grep -x mysqli >/dev/null || need+=(php-mysql)
	php -m | grep -x curl >/dev/null || need+=(php-curl)
else
	need+=(php-mysql php-curl)
fi
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ "${#need[@]}" -gt 0 ]; then
	say "installing ${need[*]}"
	sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	$sudo apt-get update -qq
	# policy-rc.d or no init: the packages' own services are not started; the
	# test starts what it needs itself.
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- work directory and cleanup ---------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/sharekit-wp-e2e.XXXXXX")
pids=()
stop_pid() { # stop_pid PID: TERM to it and its children, wait up to 10 s, then KILL.
	local pid=$1 children
	# php -S with PHP_CLI_SERVER_WORKERS forks workers that outlive their parent.
	children=$(ps -o pid= --ppid "$pid" 2>/dev/null | tr -d ' ' | tr '\n' ' ') || true
	# shellcheck disable=SC2086
	[ -n "$children" ] && kill -TERM $children 2>/dev/null
	kill -TERM "$pid" 2>/dev/null || return 0
	for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.2; done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
cleanup() {
	local status=$?
	for ((i = ${#pids[@]} - 1; i >= 0; i--)); do stop_pid "${pids[i]}"; done
	if [ "$status" -ne 0 ]; then
		for log in sharekit.log php-server.log debug.log db.err; do
			# WordPress 6.1 predates PHP 8.2: its deprecation notices are noise here.
			[ -s "$work/$log" ] && { echo "--- $log (last lines)" >&2; grep -v 'PHP Deprecated' "$work/$log" | tail -n 20 >&2; }
		done
	fi
	leftover=$(ps -eo pid=,args= | grep -F "$work" | grep -v grep || true)
	[ -n "$leftover" ] && { echo "still running:" >&2; echo "$leftover" >&2; status=1; }
	if [ -n "${KEEP:-}" ]; then say "kept $work"; else rm -rf "$work"; fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }
wait_for() { # wait_for WHAT CMD…: up to 30 s.
	local what=$1; shift
	for _ in $(seq 150); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
	fail "$what did not come up"
}
random_hex() { php -r "echo bin2hex(random_bytes($1));"; }
start=$(date +%s)

# --- sharekit serve -----------------------------------------------------------
say "building sharekit"
(cd "$root" && go build -o "$work/sharekit" ./cmd/sharekit)
sk=$work/sharekit
token=e2e-$(random_hex 12)
sk_port=$(free_port)
"$sk" serve --addr "127.0.0.1:$sk_port" --token "$token" 2>"$work/sharekit.log" &
sk_pid=$!
pids+=("$sk_pid")
wait_for "sharekit serve" curl -sf "http://127.0.0.1:$sk_port/readyz"

# --- MariaDB --------------------------------------------------------------------
say "starting MariaDB"
mariadb-install-db --no-defaults --datadir="$work/db" --auth-root-authentication-method=normal \
	--skip-test-db --user="$(id -un)" >"$work/db-install.log" 2>&1
mariadbd --no-defaults --datadir="$work/db" --socket="$work/db.sock" --skip-networking \
	--pid-file="$work/db.pid" --log-error="$work/db.err" --user="$(id -un)" &
pids+=($!)
wait_for MariaDB mariadb --no-defaults -S "$work/db.sock" -u root -e 'SELECT 1'
db_pass=$(random_hex 8)
mariadb --no-defaults -S "$work/db.sock" -u root -e "CREATE DATABASE wp CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY '$db_pass'; GRANT ALL ON wp.* TO 'wp'@'localhost';"

# --- WordPress -------------------------------------------------------------------
# A copy of Debian's WordPress with a config of its own: Debian's wp-config.php
# reads /etc/wordpress/config-<host>.php, which the test must not touch.
say "installing WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php)"
wp=$work/wp
cp -a /usr/share/wordpress "$wp"
rm -rf "$wp/wp-content/languages" "$wp/wp-config.php"
mkdir -p "$wp/wp-content/mu-plugins" "$wp/wp-content/uploads"
cp -a "$here/sharekit" "$wp/wp-content/plugins/sharekit"
cp "$here/e2e/sharekit-e2e-mu.php" "$wp/wp-content/mu-plugins/"
wp_port=$(free_port)
site="http://127.0.0.1:$wp_port"
export E2E_HOST="127.0.0.1:$wp_port"
cat >"$wp/wp-config.php" <<EOF
<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '$db_pass' );
define( 'DB_HOST', 'localhost:$work/db.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';
EOF
for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
	echo "define( '$key', '$(random_hex 32)' );" >>"$wp/wp-config.php"
done
cat >>"$wp/wp-config.php" <<EOF
define( 'WP_HOME', '$site' );
define( 'WP_SITEURL', '$site' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$work/debug.log' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // No network: 127.0.0.1 only.
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
EOF
wp_eval() { php "$here/e2e/wp-eval.php" "$wp" "$1"; }
admin_pass=$(random_hex 12)
E2E_INSTALLING=1 wp_eval "
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	\$r = wp_install( 'sharekit e2e', 'admin', 'admin@example.com', true, '', '$admin_pass' );
	echo 'installed, user ', \$r['user_id'], PHP_EOL;" >&2

headline='‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding'
excerpt='Washington thanks Islamabad for offering troops to a Gaza peacebuilding force.'
login_secret=$(random_hex 16)
say "activating the plugin, creating the post"
post_id=$(wp_eval "
	\$r = activate_plugin( 'sharekit/sharekit.php' );
	if ( is_wp_error( \$r ) ) { fwrite( STDERR, \$r->get_error_message() ); exit( 1 ); }
	update_option( 'sharekit_e2e_login_secret', '$login_secret' );
	update_option( 'permalink_structure', '' );
	update_option( 'sharekit_settings', array(
		'server_url' => 'http://127.0.0.1:$sk_port', 'token' => '$token', 'timeout' => 5,
		'networks' => array( 'x', 'facebook', 'linkedin' ), 'best' => 3 ) );
	// A 1200×630 featured image, drawn with GD and added as WordPress adds an upload.
	require_once ABSPATH . 'wp-admin/includes/image.php';
	\$dir = wp_upload_dir();
	\$file = \$dir['path'] . '/gaza-peacebuilding.png';
	\$img = imagecreatetruecolor( 1200, 630 );
	imagefill( \$img, 0, 0, imagecolorallocate( \$img, 30, 90, 140 ) );
	imagestring( \$img, 5, 40, 40, 'sharekit e2e', imagecolorallocate( \$img, 255, 255, 255 ) );
	imagepng( \$img, \$file );
	\$att = wp_insert_attachment( array( 'post_mime_type' => 'image/png', 'post_title' => 'Peacebuilding', 'post_status' => 'inherit' ), \$file );
	wp_update_attachment_metadata( \$att, wp_generate_attachment_metadata( \$att, \$file ) );
	update_post_meta( \$att, '_wp_attachment_image_alt', 'Troops at a briefing' );
	\$id = wp_insert_post( array(
		'post_title' => wp_slash( '$headline' ), 'post_excerpt' => '$excerpt',
		'post_content' => '<!-- wp:paragraph --><p>The United States thanked Pakistan on Tuesday.</p><!-- /wp:paragraph -->',
		'post_status' => 'publish', 'post_author' => 1 ), true );
	if ( is_wp_error( \$id ) ) { fwrite( STDERR, \$id->get_error_message() ); exit( 1 ); }
	set_post_thumbnail( \$id, \$att );
	echo \$id;")
permalink=$(wp_eval "echo get_permalink( $post_id );")
say "post $post_id at $permalink"

# --- the site -----------------------------------------------------------------
PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$wp_port" -t "$wp" >"$work/php-server.log" 2>&1 &
pids+=($!)
wait_for "php -S" curl -sf "$site/wp-login.php"

fetch() { # fetch URL FILE: the page, failing on anything but 200.
	local code
	code=$(curl -s -o "$2" -w '%{http_code}' --max-time 60 "$1")
	[ "$code" = 200 ] || fail "GET $1: HTTP $code"
}

# --- checks with the server up ----------------------------------------------
say "checking the suggested tags"
want_tags=$("$sk" tags --best 3 "$headline")
got_tags=$(wp_eval "echo sharekit_format_tag_list( get_post_meta( $post_id, '_sharekit_tags', true ) );")
[ "$got_tags" = "$want_tags" ] || fail "post meta _sharekit_tags = '$got_tags'; want '$want_tags' (sharekit tags --best 3)"
rest_tags=$(wp_eval "
	\$r = rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/posts/$post_id' ) );
	echo sharekit_format_tag_list( \$r->get_data()['meta']['_sharekit_tags'] ?? array() );")
[ "$rest_tags" = "$want_tags" ] || fail "the REST API's meta._sharekit_tags = '$rest_tags'; want '$want_tags'"
say "  post meta (and REST API meta): $got_tags"

say "checking the post page"
fetch "$permalink" "$work/page.html"
php "$here/e2e/bar-links.php" <"$work/page.html" >"$work/bar-links.txt" || fail "the page has no share bar"
"$sk" links --url "$permalink" --best 3 "$headline" >"$work/want-links.txt"
diff -u "$work/want-links.txt" "$work/bar-links.txt" >&2 || fail "the bar's links differ from sharekit links"
[ "$(cut -f1 "$work/bar-links.txt" | tr '\n' ' ')" = "x facebook linkedin " ] || fail "the bar's networks are not x facebook linkedin"
say "  bar links = sharekit links --url $permalink --best 3 (x, facebook, linkedin)"
grep -Eq "<style id=[\"']sharekit-bar-inline-css[\"']" "$work/page.html" || fail "no bar CSS in the head"
grep -q 'viewBox="0 0 24 24"' "$work/page.html" || fail "wp_kses dropped the icons' viewBox"
php "$here/e2e/bar-links.php" --html <"$work/page.html" >"$work/bar.html"
if grep -Eiq '<script|\son[a-z]+=|style=' "$work/bar.html"; then
	fail "the bar holds a script, an event handler or a style"
fi

meta() { # meta ATTR KEY: the content of <meta ATTR="KEY" content="…">, HTML-decoded.
	php -r '$h = stream_get_contents(STDIN);
		if (preg_match("#<meta " . $argv[1] . "=\"" . preg_quote($argv[2], "#") . "\" content=\"([^\"]*)\"#", $h, $m)) {
			echo html_entity_decode($m[1], ENT_QUOTES | ENT_HTML5, "UTF-8");
		} else { exit(1); }' "$1" "$2" <"$work/page.html"
}
expect_meta() { # expect_meta ATTR KEY WANT
	local got
	got=$(meta "$1" "$2") || fail "no <meta $1=\"$2\">"
	[ "$got" = "$3" ] || fail "<meta $1=\"$2\"> = '$got'; want '$3'"
}
say "checking the link-card tags"
image_url=$(wp_eval "echo get_the_post_thumbnail_url( $post_id, 'full' );")
expect_meta property og:title "$headline"
expect_meta property og:description "$excerpt"
expect_meta property og:url "$permalink"
expect_meta property og:type article
expect_meta property og:site_name 'sharekit e2e'
expect_meta property og:image "$image_url"
expect_meta property og:image:width 1200
expect_meta property og:image:height 630
expect_meta property og:image:alt 'Troops at a briefing'
expect_meta name twitter:card summary_large_image
expect_meta name twitter:image:alt 'Troops at a briefing'
meta property article:published_time >/dev/null || fail "no article:published_time"
"$sk" card --format json - <"$work/page.html" >"$work/card.json" || true
errors=$(php -r '$r = json_decode(stream_get_contents(STDIN), true); echo count(array_filter($r["findings"] ?? [], fn($f) => $f["severity"] === "error"));' <"$work/card.json")
[ "$errors" = 0 ] || { cat "$work/card.json" >&2; fail "sharekit card finds $errors errors in the page's link-card tags"; }
say "  og:/twitter: tags as the post says; sharekit card: no error"

say "checking wp_kses on hostile bar HTML"
kses=$(wp_eval "echo sharekit_kses_bar( '<nav class=\"sharekit-bar\" onclick=\"alert(1)\" style=\"x\"><script>alert(2)</script><ul><li><a href=\"javascript:alert(3)\" onmouseover=\"alert(4)\">a</a></li><li><a href=\"viber://forward?text=hi\">v</a></li><li><iframe src=\"https://evil.example\"></iframe></li></ul></nav>' );")
want='<nav class="sharekit-bar">alert(2)<ul><li><a href="alert(3)">a</a></li><li><a href="viber://forward?text=hi">v</a></li><li></li></ul></nav>'
[ "$kses" = "$want" ] || fail "sharekit_kses_bar(hostile) = $kses; want $want"

say "checking the admin: settings page and the editor's box"
jar=$work/cookies.txt
curl -s -c "$jar" -b "$jar" -o /dev/null -L "$site/?sharekit_e2e_login=$login_secret&to=/wp-admin/"
fetch_admin() { curl -s -b "$jar" -o "$2" -w '%{http_code}' --max-time 60 "$1" | grep -qx 200 || fail "GET $1 as admin"; }
fetch_admin "$site/wp-admin/options-general.php?page=sharekit" "$work/settings.html"
grep -q 'class="sharekit-server-state">Ready.<' "$work/settings.html" || fail "the settings page does not say the server is ready"
grep -q 'name="sharekit_settings\[token\]" value=""' "$work/settings.html" || fail "the token field is not empty"
! grep -qF "$token" "$work/settings.html" || fail "the settings page prints the token"
grep -q 'value="linkedin" checked' "$work/settings.html" || fail "the settings page does not show LinkedIn chosen"
fetch_admin "$site/wp-admin/post.php?post=$post_id&action=edit" "$work/edit.html"
grep -q "<textarea id=\"sharekit_tags\"[^>]*>$want_tags</textarea>" "$work/edit.html" || fail "the block editor's box does not show $want_tags"
fetch_admin "$site/wp-admin/post.php?post=$post_id&action=edit&sharekit_e2e_classic=1" "$work/edit-classic.html"
grep -q "<textarea id=\"sharekit_tags\"[^>]*>$want_tags</textarea>" "$work/edit-classic.html" || fail "the classic editor's box does not show $want_tags"
say "  settings: ready, token not printed; block and classic editor box: $want_tags"

say "taking screenshots"
shoot() { # shoot URL FILE HEIGHT
	timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
		--user-data-dir="$work/chromium" --window-size="1280,$3" --virtual-time-budget=15000 \
		--screenshot="$2" "$1" >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log" >&2; fail "chromium could not take $2"; }
	[ "$(head -c 8 "$2" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$2 is not a PNG"
}
shoot "$site/?sharekit_e2e_login=$login_secret&to=$(php -r 'echo rawurlencode($argv[1]);' "/wp-admin/post.php?post=$post_id&action=edit&sharekit_e2e_classic=1")" "$work/editor.png" 760
shoot "$permalink" "$work/post.png" 1500
if [ -n "${UPDATE_SCREENSHOTS:-}" ]; then
	cp "$work/editor.png" "$here/screenshots/editor.png"
	cp "$work/post.png" "$here/screenshots/post.png"
	say "  saved integrations/wordpress/screenshots/{editor,post}.png"
fi

say "checking that an edited list is kept and shared"
wp_eval "
	\$_POST = wp_slash( array(
		'sharekit_tags_nonce' => wp_create_nonce( 'sharekit_tags_$post_id' ),
		'sharekit_tags' => '#Gaza, peacebuilding #Gaza',
		'sharekit_tags_shown' => '$want_tags' ) );
	wp_update_post( array( 'ID' => $post_id, 'post_title' => wp_slash( 'Edited: $headline' ) ) );"
got_tags=$(wp_eval "echo sharekit_format_tag_list( get_post_meta( $post_id, '_sharekit_tags', true ) );")
[ "$got_tags" = "#Gaza #peacebuilding" ] || fail "edited list = '$got_tags'; want '#Gaza #peacebuilding'"
fetch "$permalink" "$work/page-edited.html"
grep -q 'hashtags=Gaza%2Cpeacebuilding' "$work/page-edited.html" || fail "the bar does not share the edited list"
wp_eval "wp_update_post( array( 'ID' => $post_id, 'post_title' => wp_slash( '$headline' ) ) );"
fetch "$permalink" "$work/page.html"
got_tags=$(wp_eval "echo sharekit_format_tag_list( get_post_meta( $post_id, '_sharekit_tags', true ) );")
[ "$got_tags" = "#Gaza #peacebuilding" ] || fail "a new title replaced the editor's list: '$got_tags'"
say "  kept: $got_tags; the bar shares it (cache dropped on update)"

# --- sharekit down -------------------------------------------------------------
say "stopping sharekit"
stop_pid "$sk_pid"
t0=$(date +%s%N)
# A new post: its save asks /v1/tags, which fails.
new_id=$(wp_eval "
	\$id = wp_insert_post( array( 'post_title' => 'Storm Ciarán hits Brittany', 'post_content' => 'Saved while sharekit is down.', 'post_status' => 'publish' ), true );
	if ( is_wp_error( \$id ) ) { fwrite( STDERR, \$id->get_error_message() ); exit( 1 ); }
	echo \$id;") || fail "a new post could not be saved with sharekit down"
wp_eval "
	\$r = wp_update_post( array( 'ID' => $post_id, 'post_content' => 'Updated while sharekit is down.' ), true );
	if ( is_wp_error( \$r ) ) { fwrite( STDERR, \$r->get_error_message() ); exit( 1 ); }" || fail "a save failed with sharekit down"
fetch "$permalink" "$work/page-down.html"
fetch "$permalink" "$work/page-down.html"
[ "$(wp_eval "echo count( sharekit_post_tags( $new_id ) );")" = 0 ] || fail "a post saved with sharekit down has tags"
fetch "$site/?p=$new_id" "$work/page-down-new.html"
grep -q 'Saved while sharekit is down.' "$work/page-down-new.html" || fail "the new post's page lost its content"
grep -q 'sharekit-bar' "$work/page-down-new.html" && fail "the new post shows a bar with sharekit down"
grep -q 'Updated while sharekit is down.' "$work/page-down.html" || fail "the page without sharekit lost its content"
grep -q 'sharekit-bar' "$work/page-down.html" && fail "the page shows a bar with sharekit down"
grep -q 'property="og:title"' "$work/page-down.html" || fail "the link-card tags depend on sharekit"
[ "$(grep -c 'sharekit: .* failed' "$work/debug.log")" = 1 ] && grep -q 'sharekit: /v1/tags failed' "$work/debug.log" || { cat "$work/debug.log" >&2; fail "want one log line for the failure"; }
fetch_admin "$site/wp-admin/" "$work/dashboard.html"
[ "$(grep -o 'sharekit-notice' "$work/dashboard.html" | wc -l)" = 1 ] || fail "want one admin notice"
say "  saves ok (no tags for the new post), pages without bar in $((($(date +%s%N) - t0) / 1000000)) ms (2 saves + 3 views), one log line, one notice"

say "pointing the plugin at a server that never answers (timeout 1 s)"
hole_port_file=$work/blackhole.port
php "$here/e2e/blackhole.php" "$hole_port_file" &
pids+=($!)
wait_for blackhole test -s "$hole_port_file"
wp_eval "
	delete_option( 'sharekit_last_error' ); delete_transient( 'sharekit_backoff' );
	update_option( 'sharekit_settings', array_merge( get_option( 'sharekit_settings' ), array( 'server_url' => 'http://127.0.0.1:$(cat "$hole_port_file")', 'timeout' => 1 ) ) );
	wp_update_post( array( 'ID' => $post_id, 'post_title' => wp_slash( 'Slow: $headline' ) ) );"
t0=$(date +%s%N)
fetch "$permalink" "$work/page-slow.html"
ms=$((($(date +%s%N) - t0) / 1000000))
grep -q 'sharekit-bar' "$work/page-slow.html" && fail "the page shows a bar with a hanging server"
grep -q 'Slow: ' "$work/page-slow.html" || fail "the page with a hanging server lost its title"
[ "$ms" -lt 10000 ] || fail "the page took $ms ms with a 1 s timeout"
t0=$(date +%s%N)
fetch "$permalink" "$work/page-slow.html"
ms2=$((($(date +%s%N) - t0) / 1000000))
say "  no bar; first view $ms ms (one timeout), next $ms2 ms (backing off)"

grep -E 'PHP (Warning|Notice|Deprecated|Fatal|Parse)' "$work/debug.log" | grep 'plugins/sharekit' >&2 && fail "the plugin caused PHP warnings"
say "all checks passed in $(($(date +%s) - start)) s"
cat "$work/page.html"
