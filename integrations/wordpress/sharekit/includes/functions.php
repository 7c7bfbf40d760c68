<?php
/**
 * Pure functions: no WordPress call, no I/O, so tests/functions_test.php runs
 * them with php alone. Everything that talks to WordPress or to the server
 * lives in the other files and calls these.
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The networks the share bar can hold, in sharekit's order (`/v1/networks`),
 * name => display name. Mastodon is left out: it needs an instance per reader.
 */
const SHAREKIT_NETWORKS = array(
	'x'             => 'X',
	'facebook'      => 'Facebook',
	'linkedin'      => 'LinkedIn',
	'bluesky'       => 'Bluesky',
	'threads'       => 'Threads',
	'reddit'        => 'Reddit',
	'telegram'      => 'Telegram',
	'whatsapp'      => 'WhatsApp',
	'pinterest'     => 'Pinterest',
	'email'         => 'Email',
	'hackernews'    => 'Hacker News',
	'tumblr'        => 'Tumblr',
	'vk'            => 'VK',
	'weibo'         => 'Weibo',
	'line'          => 'LINE',
	'xing'          => 'XING',
	'flipboard'     => 'Flipboard',
	'hatena'        => 'Hatena Bookmark',
	'instapaper'    => 'Instapaper',
	'odnoklassniki' => 'Odnoklassniki',
	'teams'         => 'Microsoft Teams',
	'buffer'        => 'Buffer',
	'lobsters'      => 'Lobsters',
	'naver'         => 'Naver',
	'sms'           => 'SMS',
	'viber'         => 'Viber',
);

/** The most hashtags a post keeps, suggested or typed. */
const SHAREKIT_MAX_TAGS = 30;

/** The most suggestions the settings page allows asking for. */
const SHAREKIT_MAX_BEST = 10;

/**
 * The settings as stored when nothing was saved yet.
 *
 * @return array{server_url: string, token: string, timeout: int, networks: list<string>, best: int}
 */
function sharekit_default_settings(): array {
	return array(
		'server_url' => 'http://127.0.0.1:8080',
		'token'      => '',
		'timeout'    => 3,
		'networks'   => array( 'x', 'facebook', 'linkedin' ),
		'best'       => 3,
	);
}

/**
 * Validates a submitted settings form against the stored settings.
 *
 * The token is never sent back to the browser, so an empty token field means
 * "keep the stored one"; `clear_token` removes it. A bad server URL keeps the
 * stored one and is reported in the returned errors, as the Settings API
 * wants (add_settings_error) instead of a failed save.
 *
 * @param array $input The submitted values.
 * @param array $old   The stored settings.
 * @return array{0: array, 1: list<string>} The settings to store, and what was wrong.
 */
function sharekit_validate_settings( array $input, array $old ): array {
	$old    = array_merge( sharekit_default_settings(), $old );
	$out    = $old;
	$errors = array();

	$url = trim( (string) ( $input['server_url'] ?? $old['server_url'] ) );
	if ( sharekit_is_http_url( $url ) ) {
		$out['server_url'] = rtrim( $url, '/' );
	} else {
		$errors[] = 'The server URL must be an absolute http or https URL; the previous one is kept.';
	}

	if ( ! empty( $input['clear_token'] ) ) {
		$out['token'] = '';
	} elseif ( isset( $input['token'] ) && '' !== trim( (string) $input['token'] ) ) {
		$token = trim( (string) $input['token'] );
		if ( preg_match( '/^[\x21-\x7e]+$/', $token ) ) {
			$out['token'] = $token;
		} else {
			$errors[] = 'The token must be printable ASCII without spaces; the previous one is kept.';
		}
	}

	if ( isset( $input['timeout'] ) ) {
		$out['timeout'] = sharekit_clamp_int( $input['timeout'], 1, 30, $old['timeout'] );
	}
	if ( isset( $input['best'] ) ) {
		$out['best'] = sharekit_clamp_int( $input['best'], 0, SHAREKIT_MAX_BEST, $old['best'] );
	}
	if ( isset( $input['networks'] ) || isset( $input['server_url'] ) ) {
		// A form with no box ticked sends no networks at all: that means none.
		$out['networks'] = sharekit_sanitize_networks( (array) ( $input['networks'] ?? array() ) );
	}
	return array( $out, $errors );
}

/**
 * Whether $url is an absolute http or https URL with a host.
 *
 * @param string $url The URL.
 */
function sharekit_is_http_url( string $url ): bool {
	if ( '' === $url || preg_match( '/[\s<>"]/', $url ) ) {
		return false;
	}
	$parts = parse_url( $url );
	return is_array( $parts )
		&& in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true )
		&& '' !== ( $parts['host'] ?? '' );
}

/**
 * An integer within [$min, $max]; $fallback for anything that is not a number.
 *
 * @param mixed $value    The submitted value.
 * @param int   $min      The least allowed.
 * @param int   $max      The most allowed.
 * @param int   $fallback What a non-number becomes.
 */
function sharekit_clamp_int( mixed $value, int $min, int $max, int $fallback ): int {
	if ( ! is_numeric( $value ) ) {
		return $fallback;
	}
	return max( $min, min( $max, (int) $value ) );
}

/**
 * The known networks among $names, each once, in sharekit's order.
 *
 * @param array $names Network names as submitted.
 * @return list<string>
 */
function sharekit_sanitize_networks( array $names ): array {
	$wanted = array();
	foreach ( $names as $name ) {
		if ( is_string( $name ) ) {
			$wanted[ strtolower( trim( $name ) ) ] = true;
		}
	}
	return array_values( array_filter( array_keys( SHAREKIT_NETWORKS ), fn( $n ) => isset( $wanted[ $n ] ) ) );
}

/**
 * Parses the hashtags an editor typed: separated by spaces or commas, with or
 * without '#', each kept once (the first spelling wins when two differ only in
 * case), at most SHAREKIT_MAX_TAGS. A word that cannot be a hashtag (letters,
 * marks, digits and '_' only; not all digits) is dropped.
 *
 * @param string $text The editor's text.
 * @return list<string> The tags without '#'.
 */
function sharekit_parse_tag_list( string $text ): array {
	$tags = array();
	$seen = array();
	foreach ( preg_split( '/[\s,;]+/u', $text, -1, PREG_SPLIT_NO_EMPTY ) ?: array() as $word ) {
		$word = preg_replace( '/^[#＃]+/u', '', $word );
		if ( ! is_string( $word ) || ! sharekit_is_hashtag( $word ) ) {
			continue;
		}
		$key = sharekit_fold_case( $word );
		if ( isset( $seen[ $key ] ) ) {
			continue;
		}
		$seen[ $key ] = true;
		$tags[]       = $word;
		if ( count( $tags ) >= SHAREKIT_MAX_TAGS ) {
			break;
		}
	}
	return $tags;
}

/**
 * Whether $tag (without '#') can be posted as one hashtag: letters, marks,
 * digits and '_', at least one of them not a digit, at most 100 characters.
 *
 * @param string $tag The tag.
 */
function sharekit_is_hashtag( string $tag ): bool {
	return 1 === preg_match( '/^[\p{L}\p{M}\p{N}_]{1,100}$/u', $tag ) && 1 !== preg_match( '/^\p{N}+$/u', $tag );
}

/**
 * Lower case for comparing tags, with or without the mbstring extension.
 *
 * @param string $s The text.
 */
function sharekit_fold_case( string $s ): string {
	return function_exists( 'mb_strtolower' ) ? mb_strtolower( $s, 'UTF-8' ) : strtolower( $s );
}

/**
 * The tags' texts from a `/v1/tags` answer, in its order (best first when
 * `best` was asked), parsed like an editor's list.
 *
 * @param mixed  $answer The decoded JSON answer.
 * @param string $field  `tags` or `rest`.
 * @return list<string>
 */
function sharekit_tags_from_answer( mixed $answer, string $field = 'tags' ): array {
	if ( ! is_array( $answer ) || ! isset( $answer[ $field ] ) || ! is_array( $answer[ $field ] ) ) {
		return array();
	}
	$texts = array();
	foreach ( $answer[ $field ] as $tag ) {
		if ( is_array( $tag ) && isset( $tag['text'] ) && is_string( $tag['text'] ) ) {
			$texts[] = $tag['text'];
		}
	}
	return sharekit_parse_tag_list( implode( ' ', $texts ) );
}

/**
 * Formats tags for the editor's field: `#A #B`.
 *
 * @param array $tags Tags without '#'.
 */
function sharekit_format_tag_list( array $tags ): string {
	return implode( ' ', array_map( fn( $t ) => '#' . $t, $tags ) );
}

/**
 * The body of a `/v1/bar` request for a post. With the post's hashtags (the
 * editor's list) the links carry those; without, the server suggests the best
 * $best as `/v1/tags` would.
 *
 * @param string $headline The post title, as typed (no HTML).
 * @param string $url      The permalink.
 * @param array  $tags     The post's hashtags, without '#'.
 * @param array  $networks The networks, in order.
 * @param int    $best     How many tags the server suggests when $tags is empty.
 * @param string $image    The featured image URL, or ''.
 */
function sharekit_bar_request( string $headline, string $url, array $tags, array $networks, int $best, string $image = '' ): array {
	$body = array(
		'headline' => $headline,
		'url'      => $url,
		'networks' => array_values( $networks ),
	);
	if ( array() !== $tags ) {
		$body['hashtags'] = array_values( $tags );
	} elseif ( $best > 0 ) {
		$body['options'] = array( 'best' => $best );
	}
	if ( '' !== $image ) {
		$body['image'] = $image;
	}
	return $body;
}

/**
 * The cache key of a bar: it changes whenever what the bar shows could (the
 * request, and the server asked), so a cached bar is never stale.
 *
 * @param array  $request    The `/v1/bar` request body.
 * @param string $server_url The server's base URL.
 */
function sharekit_cache_key( array $request, string $server_url ): string {
	return hash( 'sha256', SHAREKIT_CACHE_VERSION . "\n" . $server_url . "\n" . json_encode( $request, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
}

/** Bumped when the shape of what is cached changes. */
const SHAREKIT_CACHE_VERSION = '1';

/**
 * The elements and attributes the share bar may hold, for wp_kses: exactly
 * what `share.Bar` writes (docs/share-bar.md), so anything else the server
 * might send (a script, an event handler, a style) is removed.
 *
 * @return array<string, array<string, bool>>
 */
function sharekit_bar_allowed_html(): array {
	return array(
		'nav'  => array(
			'class'      => true,
			'aria-label' => true,
		),
		'span' => array(
			'class'       => true,
			'aria-hidden' => true,
		),
		'ul'   => array( 'class' => true ),
		'li'   => array( 'class' => true ),
		'a'    => array(
			'class'      => true,
			'href'       => true,
			'target'     => true,
			'rel'        => true,
			'aria-label' => true,
			'title'      => true,
		),
		'svg'  => array(
			'class'       => true,
			'width'       => true,
			'height'      => true,
			'viewbox'     => true,
			'aria-hidden' => true,
			'focusable'   => true,
			'role'        => true,
			'xmlns'       => true,
		),
		'path' => array(
			'd'    => true,
			'fill' => true,
		),
	);
}

/**
 * The URL schemes the bar's links may use besides WordPress's own list:
 * sharekit's app schemes (share.AppSchemes).
 *
 * @return list<string>
 */
function sharekit_bar_app_protocols(): array {
	return array( 'sms', 'viber', 'whatsapp', 'tg', 'fb-messenger', 'line', 'threema' );
}

/**
 * Makes CSS safe to print inside a <style> element: a '<' could close it.
 * The bar's CSS (share.BarCSS) has none, so nothing real is lost.
 *
 * @param string $css The stylesheet.
 */
function sharekit_safe_inline_css( string $css ): string {
	return str_replace( '<', '\3c ', $css );
}

/**
 * One line of plain text from HTML, at most $max characters, cut at a word
 * boundary with '…' when cut.
 *
 * @param string $html The text or HTML.
 * @param int    $max  The most characters.
 */
function sharekit_plain_excerpt( string $html, int $max = 200 ): string {
	$text = html_entity_decode( strip_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text = trim( (string) preg_replace( '/\s+/u', ' ', $text ) );
	if ( preg_match_all( '/./us', $text ) <= $max ) {
		return $text;
	}
	// The longest prefix of at most $max - 1 characters that ends before a space.
	if ( preg_match( '/^.{1,' . ( $max - 1 ) . '}(?=\s)/us', $text, $m ) ) {
		return rtrim( $m[0], " ,;:.-—" ) . '…';
	}
	preg_match( '/^.{' . ( $max - 1 ) . '}/us', $text, $m );
	return $m[0] . '…';
}

/**
 * The link-card tags of a post (Open Graph and Twitter Card), in the order
 * and with the rules of sharekit's share.Meta: empty values left out, each
 * value one line, image width and height both or neither, twitter:card
 * summary_large_image with an image, else summary; X reads title,
 * description and image from og:, so those are not repeated.
 *
 * @param array $card title, description, url, site_name, locale, image,
 *                    image_width, image_height, image_alt, published,
 *                    modified, twitter_site.
 * @return list<array{0: string, 1: string, 2: string}> [attribute (property|name), key, value]
 */
function sharekit_card_tags( array $card ): array {
	$one_line = fn( $v ) => trim( (string) preg_replace( '/\s+/u', ' ', (string) $v ) );
	$c        = array_map( $one_line, $card );
	$tags     = array();
	$add      = function ( string $attr, string $key, string $value ) use ( &$tags ) {
		if ( '' !== $value ) {
			$tags[] = array( $attr, $key, $value );
		}
	};
	$add( 'property', 'og:title', $c['title'] ?? '' );
	$add( 'property', 'og:description', $c['description'] ?? '' );
	$add( 'property', 'og:url', $c['url'] ?? '' );
	$add( 'property', 'og:type', 'article' );
	$add( 'property', 'og:site_name', $c['site_name'] ?? '' );
	$add( 'property', 'og:locale', $c['locale'] ?? '' );
	$image = $c['image'] ?? '';
	$add( 'property', 'og:image', $image );
	if ( '' !== $image && ( (int) ( $c['image_width'] ?? 0 ) ) > 0 && ( (int) ( $c['image_height'] ?? 0 ) ) > 0 ) {
		$add( 'property', 'og:image:width', (string) (int) $c['image_width'] );
		$add( 'property', 'og:image:height', (string) (int) $c['image_height'] );
	}
	if ( '' !== $image ) {
		$add( 'property', 'og:image:alt', $c['image_alt'] ?? '' );
	}
	$add( 'property', 'article:published_time', $c['published'] ?? '' );
	$add( 'property', 'article:modified_time', $c['modified'] ?? '' );
	$add( 'name', 'twitter:card', '' !== $image ? 'summary_large_image' : 'summary' );
	$site = ltrim( $c['twitter_site'] ?? '', '@' );
	$add( 'name', 'twitter:site', '' !== $site ? '@' . $site : '' );
	if ( '' !== $image ) {
		$add( 'name', 'twitter:image:alt', $c['image_alt'] ?? '' );
	}
	return $tags;
}

/**
 * Whether a failed request means the server is unreachable or unusable for
 * every request (so the plugin backs off for a while), rather than this one
 * request being refused.
 *
 * @param int $status The HTTP status, 0 for a transport error.
 */
function sharekit_failure_is_global( int $status ): bool {
	return 0 === $status || $status >= 500 || in_array( $status, array( 401, 403, 404, 429 ), true );
}

/**
 * The message of an RFC 9457 problem answer, or a generic one.
 *
 * @param int    $status The HTTP status.
 * @param string $body   The answer's body.
 */
function sharekit_problem_message( int $status, string $body ): string {
	$problem = json_decode( $body, true );
	$detail  = is_array( $problem ) && isset( $problem['detail'] ) && is_string( $problem['detail'] ) ? $problem['detail'] : '';
	$field   = is_array( $problem ) && isset( $problem['field'] ) && is_string( $problem['field'] ) ? ' (' . $problem['field'] . ')' : '';
	return 'HTTP ' . $status . ( '' !== $detail ? ': ' . $detail . $field : '' );
}
