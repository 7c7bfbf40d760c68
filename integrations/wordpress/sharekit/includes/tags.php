<?php
/**
 * Suggested hashtags: asked from `/v1/tags` (the best N for the title) when a
 * post is saved, stored as post meta, shown and editable in a meta box.
 *
 * Post meta:
 *   _sharekit_tags     list of tags without '#', the ones the bar shares
 *   _sharekit_rest     the headline's other word tags, offered in the box
 *   _sharekit_tags_for the title the suggestions were made for
 *   _sharekit_edited   '1' once the editor changed the list: a new title
 *                      then no longer replaces it (ticking "Suggest again" does)
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the meta, readable and writable through the REST API by editors. */
function sharekit_register_meta(): void {
	register_post_meta(
		'post',
		'_sharekit_tags',
		array(
			'type'          => 'array',
			'single'        => true,
			'default'       => array(),
			'show_in_rest'  => array( 'schema' => array( 'items' => array( 'type' => 'string' ) ) ),
			'auth_callback' => fn( $allowed, $key, $post_id ) => current_user_can( 'edit_post', $post_id ),
		)
	);
}
add_action( 'init', 'sharekit_register_meta' );

/** Adds the meta box to the post editor (block and classic). */
function sharekit_add_meta_box(): void {
	add_meta_box( 'sharekit-tags', __( 'Suggested hashtags', 'sharekit' ), 'sharekit_render_meta_box', 'post', 'side', 'high', array( '__back_compat_meta_box' => false ) );
}
add_action( 'add_meta_boxes_post', 'sharekit_add_meta_box' );

/**
 * The post's hashtags.
 *
 * @param int $post_id The post.
 * @return list<string>
 */
function sharekit_post_tags( int $post_id ): array {
	$tags = get_post_meta( $post_id, '_sharekit_tags', true );
	return is_array( $tags ) ? sharekit_parse_tag_list( implode( ' ', array_filter( $tags, 'is_string' ) ) ) : array();
}

/**
 * Prints the meta box.
 *
 * @param WP_Post $post The post.
 */
function sharekit_render_meta_box( WP_Post $post ): void {
	$tags  = sharekit_post_tags( $post->ID );
	$rest  = get_post_meta( $post->ID, '_sharekit_rest', true );
	$shown = sharekit_format_tag_list( $tags );
	wp_nonce_field( 'sharekit_tags_' . $post->ID, 'sharekit_tags_nonce' );
	echo '<p><label for="sharekit_tags" class="screen-reader-text">' . esc_html__( 'Hashtags', 'sharekit' ) . '</label>';
	printf( '<textarea id="sharekit_tags" name="sharekit_tags" rows="3" style="width:100%%" placeholder="%s">%s</textarea>', esc_attr__( 'Suggested when the post is saved', 'sharekit' ), esc_textarea( $shown ) );
	printf( '<input type="hidden" name="sharekit_tags_shown" value="%s"></p>', esc_attr( $shown ) );
	echo '<p class="description">' . esc_html__( 'Best first; shared with the post on X and in the share bar. Separate with spaces or commas.', 'sharekit' ) . '</p>';
	if ( is_array( $rest ) && array() !== $rest ) {
		echo '<p class="description">' . esc_html__( 'Also in the title:', 'sharekit' ) . ' <code>' . esc_html( sharekit_format_tag_list( array_filter( $rest, 'is_string' ) ) ) . '</code></p>';
	}
	echo '<p><label><input type="checkbox" name="sharekit_suggest_again" value="1"> ' . esc_html__( 'Suggest again from the title on save', 'sharekit' ) . '</label></p>';
}

/**
 * On save: takes the editor's list from the meta box, asks the server for
 * suggestions when the post has none yet or its title changed (unless the
 * editor wrote the list), and drops the post's cached bar. A failing server
 * leaves the list as it was and never stops the save.
 *
 * @param int     $post_id The post.
 * @param WP_Post $post    The post.
 */
function sharekit_save_post( int $post_id, WP_Post $post ): void {
	if ( wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id ) || 'auto-draft' === $post->post_status ) {
		return;
	}
	sharekit_forget_bar( $post_id );

	$again = false;
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- verified just below.
	if ( isset( $_POST['sharekit_tags_nonce'], $_POST['sharekit_tags'] )
		&& wp_verify_nonce( sanitize_key( wp_unslash( $_POST['sharekit_tags_nonce'] ) ), 'sharekit_tags_' . $post_id )
		&& current_user_can( 'edit_post', $post_id ) ) {
		$typed = sharekit_parse_tag_list( sanitize_textarea_field( wp_unslash( $_POST['sharekit_tags'] ) ) );
		$shown = sharekit_parse_tag_list( sanitize_textarea_field( wp_unslash( $_POST['sharekit_tags_shown'] ?? '' ) ) );
		$again = ! empty( $_POST['sharekit_suggest_again'] );
		// The block editor saves the post first and the meta box after it, with
		// the list the box showed: only a list the editor changed is theirs.
		if ( $typed !== $shown && ! $again ) {
			update_post_meta( $post_id, '_sharekit_tags', $typed );
			update_post_meta( $post_id, '_sharekit_edited', '1' );
			return;
		}
	}
	// phpcs:enable

	$title  = (string) get_post_field( 'post_title', $post_id, 'raw' );
	$best   = (int) sharekit_settings()['best'];
	$edited = '1' === get_post_meta( $post_id, '_sharekit_edited', true );
	$for    = (string) get_post_meta( $post_id, '_sharekit_tags_for', true );
	if ( '' === trim( $title ) || $best < 1 || ( ! $again && ( $edited || $for === $title ) ) ) {
		return;
	}
	$answer = sharekit_post( '/v1/tags', array( 'headline' => $title, 'best' => $best ) );
	if ( is_wp_error( $answer ) ) {
		return; // Logged and noted by sharekit_post; the list stays as it was.
	}
	update_post_meta( $post_id, '_sharekit_tags', sharekit_tags_from_answer( $answer ) );
	update_post_meta( $post_id, '_sharekit_rest', sharekit_tags_from_answer( $answer, 'rest' ) );
	update_post_meta( $post_id, '_sharekit_tags_for', wp_slash( $title ) );
	delete_post_meta( $post_id, '_sharekit_edited' );
}
add_action( 'save_post_post', 'sharekit_save_post', 10, 2 );
