<?php
/**
 * The share bar under each single post: HTML from `/v1/bar` for the chosen
 * networks, with the post's hashtags, cached per post in a transient and
 * dropped when the post is saved (and ignored when anything it was made
 * from changed: title, permalink, tags, image, networks, server). Printed
 * through wp_kses with an allow-list of the bar's own elements.
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

/** How long a cached bar is kept at most. */
const SHAREKIT_BAR_TTL = WEEK_IN_SECONDS;

/**
 * The transient holding a post's bar.
 *
 * @param int $post_id The post.
 */
function sharekit_bar_transient( int $post_id ): string {
	return 'sharekit_bar_' . $post_id;
}

/**
 * Drops a post's cached bar.
 *
 * @param int $post_id The post.
 */
function sharekit_forget_bar( int $post_id ): void {
	delete_transient( sharekit_bar_transient( $post_id ) );
}

/**
 * The bar of a post, from the cache or the server: array with `html` (as
 * the server sent it; print it with sharekit_kses_bar) and `css`, or null
 * when there is none (no networks chosen, or the server failed).
 *
 * @param WP_Post $post The post.
 * @return array{html: string, css: string}|null
 */
function sharekit_bar_for_post( WP_Post $post ): ?array {
	static $bars = array();
	if ( array_key_exists( $post->ID, $bars ) ) {
		return $bars[ $post->ID ];
	}
	$settings = sharekit_settings();
	if ( array() === $settings['networks'] ) {
		$bars[ $post->ID ] = null;
		return null;
	}
	$image   = (string) get_the_post_thumbnail_url( $post, 'full' );
	$request = sharekit_bar_request(
		(string) get_post_field( 'post_title', $post, 'raw' ),
		(string) get_permalink( $post ),
		sharekit_post_tags( $post->ID ),
		$settings['networks'],
		(int) $settings['best'],
		$image
	);
	$key    = sharekit_cache_key( $request, $settings['server_url'] );
	$cached = get_transient( sharekit_bar_transient( $post->ID ) );
	if ( is_array( $cached ) && ( $cached['key'] ?? '' ) === $key ) {
		$bars[ $post->ID ] = array(
			'html' => (string) $cached['html'],
			'css'  => (string) $cached['css'],
		);
		return $bars[ $post->ID ];
	}

	$answer = sharekit_post( '/v1/bar', $request );
	if ( is_wp_error( $answer ) || ! is_string( $answer['html'] ?? null ) ) {
		$bars[ $post->ID ] = null; // Not cached: the bar comes back when the server does.
		return null;
	}
	$bar = array(
		'html' => $answer['html'],
		'css'  => is_string( $answer['css'] ?? null ) ? $answer['css'] : '',
	);
	set_transient( sharekit_bar_transient( $post->ID ), array( 'key' => $key ) + $bar, SHAREKIT_BAR_TTL );
	$bars[ $post->ID ] = $bar;
	return $bar;
}

/**
 * The bar's HTML with nothing but the bar's own elements and attributes.
 *
 * @param string $html The server's HTML.
 */
function sharekit_kses_bar( string $html ): string {
	return wp_kses( $html, sharekit_bar_allowed_html(), array_merge( wp_allowed_protocols(), sharekit_bar_app_protocols() ) );
}

/** The post a bar belongs on: the single post being viewed, or null. */
function sharekit_bar_post(): ?WP_Post {
	if ( ! is_singular( 'post' ) || is_feed() ) {
		return null;
	}
	$post = get_queried_object();
	return $post instanceof WP_Post ? $post : null;
}

/** Fetches the bar before the head is printed, so its CSS goes in the head. */
function sharekit_enqueue_bar_css(): void {
	$post = sharekit_bar_post();
	$bar  = $post ? sharekit_bar_for_post( $post ) : null;
	if ( null === $bar || '' === $bar['css'] ) {
		return;
	}
	wp_register_style( 'sharekit-bar', false, array(), SHAREKIT_VERSION );
	wp_enqueue_style( 'sharekit-bar' );
	wp_add_inline_style( 'sharekit-bar', sharekit_safe_inline_css( $bar['css'] ) );
}
add_action( 'wp_enqueue_scripts', 'sharekit_enqueue_bar_css' );

/**
 * Appends the bar to the viewed post's content (not to other posts' content
 * shown on the same page, such as a related-posts block).
 *
 * @param string $content The post content.
 */
function sharekit_append_bar( string $content ): string {
	$post = sharekit_bar_post();
	if ( null === $post || get_the_ID() !== $post->ID || ! is_main_query() ) {
		return $content;
	}
	$bar = sharekit_bar_for_post( $post );
	return null === $bar ? $content : $content . "\n" . sharekit_kses_bar( $bar['html'] );
}
add_filter( 'the_content', 'sharekit_append_bar', 20 );
