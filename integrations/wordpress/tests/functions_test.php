<?php
/**
 * Tests of the plugin's pure functions (includes/functions.php), with php
 * alone: no WordPress, no PHPUnit. Run: php integrations/wordpress/tests/functions_test.php
 * Prints one line per failed case and exits 1 when any failed.
 *
 * @package sharekit
 */

define( 'ABSPATH', __DIR__ . '/' );
require __DIR__ . '/../sharekit/includes/functions.php';

$failures = 0;
$cases    = 0;

/**
 * Compares $got with $want and reports a difference as a sentence.
 *
 * @param string $what What was computed, e.g. `sharekit_parse_tag_list("a b")`.
 * @param mixed  $got  The result.
 * @param mixed  $want The expected result.
 */
function check( string $what, mixed $got, mixed $want ): void {
	global $failures, $cases;
	++$cases;
	if ( $got !== $want ) {
		++$failures;
		fwrite( STDERR, sprintf( "FAIL %s = %s; want %s\n", $what, json_encode( $got, JSON_UNESCAPED_UNICODE ), json_encode( $want, JSON_UNESCAPED_UNICODE ) ) );
	}
}

// sharekit_parse_tag_list: what an editor types.
foreach ( array(
	array( '#Pakistan #Islamabad #Gaza', array( 'Pakistan', 'Islamabad', 'Gaza' ) ),
	array( "Pakistan, Gaza;\n#Gaza gaza", array( 'Pakistan', 'Gaza' ) ),
	array( '  ', array() ),
	array( '#2026 #Ciarán #東京 #new_york', array( 'Ciarán', '東京', 'new_york' ) ),
	array( '#a-b <script> #ok', array( 'ok' ) ),
	array( '##double ＃fullwidth', array( 'double', 'fullwidth' ) ),
	array( str_repeat( 'x', 101 ) . ' fine', array( 'fine' ) ),
) as [ $in, $want ] ) {
	check( 'sharekit_parse_tag_list(' . json_encode( $in, JSON_UNESCAPED_UNICODE ) . ')', sharekit_parse_tag_list( $in ), $want );
}
$many = implode( ' ', array_map( fn( $i ) => 't' . $i, range( 1, 50 ) ) );
check( 'count(sharekit_parse_tag_list(50 tags))', count( sharekit_parse_tag_list( $many ) ), SHAREKIT_MAX_TAGS );

// sharekit_tags_from_answer: a /v1/tags answer, best first.
$answer = json_decode( '{"tags":[{"text":"Pakistan","kind":"place"},{"text":"Islamabad","kind":"place"},{"text":"Gaza","kind":"place"}],"line":"#Pakistan #Islamabad #Gaza","rest":[{"text":"Grateful"},{"text":"offer"}]}', true );
check( 'sharekit_tags_from_answer(tags)', sharekit_tags_from_answer( $answer ), array( 'Pakistan', 'Islamabad', 'Gaza' ) );
check( 'sharekit_tags_from_answer(rest)', sharekit_tags_from_answer( $answer, 'rest' ), array( 'Grateful', 'offer' ) );
check( 'sharekit_tags_from_answer(not an object)', sharekit_tags_from_answer( 'oops' ), array() );
check( 'sharekit_tags_from_answer(bad tags)', sharekit_tags_from_answer( array( 'tags' => array( 1, array( 'text' => 2 ), array( 'text' => 'ok' ) ) ) ), array( 'ok' ) );
check( 'sharekit_format_tag_list', sharekit_format_tag_list( array( 'A', 'B' ) ), '#A #B' );

// sharekit_validate_settings: the settings form.
$old = sharekit_default_settings();
$old['token'] = 's3cret';
[ $s, $e ] = sharekit_validate_settings( array( 'server_url' => 'https://sk.example.com/', 'token' => '', 'timeout' => '99', 'best' => '-2', 'networks' => array( 'linkedin', 'x', 'mastodon', 'X' ) ), $old );
check( 'settings: server_url trailing slash', $s['server_url'], 'https://sk.example.com' );
check( 'settings: empty token field keeps the token', $s['token'], 's3cret' );
check( 'settings: timeout clamped', $s['timeout'], 30 );
check( 'settings: best clamped', $s['best'], 0 );
check( 'settings: networks known, once, in order', $s['networks'], array( 'x', 'linkedin' ) );
check( 'settings: no errors', $e, array() );
[ $s, $e ] = sharekit_validate_settings( array( 'server_url' => 'javascript:alert(1)', 'token' => 'new token', 'timeout' => 'abc' ), $old );
check( 'settings: bad URL keeps the old one', $s['server_url'], $old['server_url'] );
check( 'settings: token with a space refused', $s['token'], 's3cret' );
check( 'settings: timeout not a number', $s['timeout'], $old['timeout'] );
check( 'settings: two errors', count( $e ), 2 );
check( 'settings: no box ticked means no networks', $s['networks'], array() );
[ $s ] = sharekit_validate_settings( array( 'server_url' => 'http://127.0.0.1:8080', 'token' => 'abc', 'clear_token' => '1' ), $old );
check( 'settings: clear_token wins', $s['token'], '' );
[ $s ] = sharekit_validate_settings( array( 'token' => ' t0k3n ' ), $old );
check( 'settings: a new token replaces', $s['token'], 't0k3n' );
check( 'settings: without networks in the input, networks kept', $s['networks'], $old['networks'] );

foreach ( array(
	array( 'http://127.0.0.1:8080', true ),
	array( 'https://sk.example.com/base', true ),
	array( 'ftp://x', false ),
	array( '/relative', false ),
	array( 'http://', false ),
	array( 'http://a b', false ),
) as [ $url, $want ] ) {
	check( "sharekit_is_http_url($url)", sharekit_is_http_url( $url ), $want );
}

// sharekit_bar_request and sharekit_cache_key.
check(
	'sharekit_bar_request(with tags)',
	sharekit_bar_request( 'T', 'https://n.example/a', array( 'A' ), array( 'x' ), 3, 'https://n.example/i.jpg' ),
	array(
		'headline' => 'T',
		'url'      => 'https://n.example/a',
		'networks' => array( 'x' ),
		'hashtags' => array( 'A' ),
		'image'    => 'https://n.example/i.jpg',
	)
);
check(
	'sharekit_bar_request(no tags)',
	sharekit_bar_request( 'T', 'https://n.example/a', array(), array( 'x' ), 3 ),
	array(
		'headline' => 'T',
		'url'      => 'https://n.example/a',
		'networks' => array( 'x' ),
		'options'  => array( 'best' => 3 ),
	)
);
$r = sharekit_bar_request( 'T', 'https://n.example/a', array( 'A' ), array( 'x' ), 3 );
check( 'sharekit_cache_key is stable', sharekit_cache_key( $r, 'http://s' ), sharekit_cache_key( $r, 'http://s' ) );
check( 'sharekit_cache_key changes with the server', sharekit_cache_key( $r, 'http://s' ) === sharekit_cache_key( $r, 'http://t' ), false );
$r2             = $r;
$r2['hashtags'] = array( 'B' );
check( 'sharekit_cache_key changes with the tags', sharekit_cache_key( $r, 'http://s' ) === sharekit_cache_key( $r2, 'http://s' ), false );

// sharekit_plain_excerpt.
foreach ( array(
	array( '<p>Two cuts  pencilled&nbsp;in.</p>', 200, 'Two cuts pencilled in.' ),
	array( 'one two three four', 10, 'one two…' ),
	array( 'abcdefghijkl', 5, 'abcd…' ),
	array( 'Ciarán hits Brittany hard', 12, 'Ciarán hits…' ),
	array( '', 10, '' ),
) as [ $in, $max, $want ] ) {
	check( "sharekit_plain_excerpt($in, $max)", sharekit_plain_excerpt( $in, $max ), $want );
}

// sharekit_card_tags: share.Meta's rules.
$tags = sharekit_card_tags(
	array(
		'title'        => "Rates\n hold",
		'description'  => '',
		'url'          => 'https://n.example/a',
		'site_name'    => 'Example News',
		'image'        => 'https://n.example/i.jpg',
		'image_width'  => 1200,
		'image_height' => 0,
		'image_alt'    => 'The bank',
		'twitter_site' => '@news',
	)
);
check(
	'sharekit_card_tags(with image)',
	$tags,
	array(
		array( 'property', 'og:title', 'Rates hold' ),
		array( 'property', 'og:url', 'https://n.example/a' ),
		array( 'property', 'og:type', 'article' ),
		array( 'property', 'og:site_name', 'Example News' ),
		array( 'property', 'og:image', 'https://n.example/i.jpg' ),
		array( 'property', 'og:image:alt', 'The bank' ),
		array( 'name', 'twitter:card', 'summary_large_image' ),
		array( 'name', 'twitter:site', '@news' ),
		array( 'name', 'twitter:image:alt', 'The bank' ),
	)
);
$tags = sharekit_card_tags( array( 'title' => 'T', 'image_width' => 10, 'image_height' => 10, 'image_alt' => 'x' ) );
check(
	'sharekit_card_tags(no image)',
	$tags,
	array(
		array( 'property', 'og:title', 'T' ),
		array( 'property', 'og:type', 'article' ),
		array( 'name', 'twitter:card', 'summary' ),
	)
);

// The bar's allow-list holds exactly the bar's elements, and no event handler or style.
$allowed = sharekit_bar_allowed_html();
check( 'allowed elements', array_keys( $allowed ), array( 'nav', 'span', 'ul', 'li', 'a', 'svg', 'path' ) );
$attrs = array_merge( ...array_map( 'array_keys', array_values( $allowed ) ) );
check( 'no on* or style attribute allowed', array_values( array_filter( $attrs, fn( $a ) => str_starts_with( $a, 'on' ) || 'style' === $a ) ), array() );
check( 'attribute names lower case (wp_kses compares them so)', array_values( array_filter( $attrs, fn( $a ) => strtolower( $a ) !== $a ) ), array() );

check( 'sharekit_safe_inline_css', sharekit_safe_inline_css( 'a{}</style><script>' ), 'a{}\3c /style>\3c script>' );
check( 'sharekit_failure_is_global(0)', sharekit_failure_is_global( 0 ), true );
check( 'sharekit_failure_is_global(503)', sharekit_failure_is_global( 503 ), true );
check( 'sharekit_failure_is_global(401)', sharekit_failure_is_global( 401 ), true );
check( 'sharekit_failure_is_global(400)', sharekit_failure_is_global( 400 ), false );
check( 'sharekit_problem_message', sharekit_problem_message( 400, '{"detail":"url: bad","field":"url"}' ), 'HTTP 400: url: bad (url)' );
check( 'sharekit_problem_message(not JSON)', sharekit_problem_message( 502, '<html>' ), 'HTTP 502' );
check( 'sharekit_sanitize_networks(all)', sharekit_sanitize_networks( array_reverse( array_keys( SHAREKIT_NETWORKS ) ) ), array_keys( SHAREKIT_NETWORKS ) );

if ( $failures > 0 ) {
	fwrite( STDERR, "$failures of $cases cases failed\n" );
	exit( 1 );
}
echo "ok: $cases cases\n";
