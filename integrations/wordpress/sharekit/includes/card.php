<?php
/**
 * Link-card tags (Open Graph, Twitter Card) in the head of single posts,
 * written here in PHP with share.Meta's rules (sharekit_card_tags), from the
 * post's title, excerpt, featured image and permalink. No server involved:
 * the card must be there even when sharekit is down.
 *
 * Filters: `sharekit_card` (the card's fields, to add a twitter_site or
 * change the description) and `sharekit_print_card_tags` (false to leave the
 * tags to another SEO plugin).
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The card fields of a post.
 *
 * @param WP_Post $post The post.
 * @return array<string, string|int>
 */
function sharekit_post_card( WP_Post $post ): array {
	$excerpt = has_excerpt( $post ) ? $post->post_excerpt : strip_shortcodes( excerpt_remove_blocks( $post->post_content ) );
	$card    = array(
		'title'       => wp_strip_all_tags( (string) get_post_field( 'post_title', $post, 'raw' ) ),
		'description' => sharekit_plain_excerpt( $excerpt, 200 ),
		'url'         => (string) get_permalink( $post ),
		'site_name'   => wp_strip_all_tags( (string) get_bloginfo( 'name' ) ),
		'locale'      => get_locale(),
		'published'   => (string) get_post_time( DATE_RFC3339, true, $post ),
		'modified'    => (string) get_post_modified_time( DATE_RFC3339, true, $post ),
	);
	$thumb   = (int) get_post_thumbnail_id( $post );
	$image   = $thumb ? wp_get_attachment_image_src( $thumb, 'full' ) : false;
	if ( is_array( $image ) ) {
		$card['image']        = (string) $image[0];
		$card['image_width']  = (int) $image[1];
		$card['image_height'] = (int) $image[2];
		$card['image_alt']    = wp_strip_all_tags( (string) get_post_meta( $thumb, '_wp_attachment_image_alt', true ) );
	}
	return (array) apply_filters( 'sharekit_card', $card, $post );
}

/** Prints the tags for the single post being viewed. */
function sharekit_print_card_tags(): void {
	if ( ! is_singular( 'post' ) || ! apply_filters( 'sharekit_print_card_tags', true ) ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post ) {
		return;
	}
	$urls = array( 'og:url', 'og:image' );
	echo "\n<!-- sharekit link card -->\n";
	foreach ( sharekit_card_tags( sharekit_post_card( $post ) ) as [ $attr, $key, $value ] ) {
		printf(
			'<meta %s="%s" content="%s">' . "\n",
			'name' === $attr ? 'name' : 'property',
			esc_attr( $key ),
			in_array( $key, $urls, true ) ? esc_url( $value ) : esc_attr( $value )
		);
	}
}
add_action( 'wp_head', 'sharekit_print_card_tags', 5 );
