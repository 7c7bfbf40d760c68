<?php
/**
 * Must-use plugin of the e2e test's WordPress only (never shipped): logs the
 * browser in as the admin with a one-time secret, so headless Chromium can
 * take the editor's screenshot, and shows the classic editor when asked
 * (?sharekit_e2e_classic), whose side column holds the plugin's box without
 * the block editor's welcome guide.
 *
 * @package sharekit
 */

add_filter(
	'use_block_editor_for_post',
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended
	fn( $use ) => isset( $_GET['sharekit_e2e_classic'] ) ? false : $use
);

add_action(
	'init',
	function () {
		$secret = (string) get_option( 'sharekit_e2e_login_secret', '' );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( '' === $secret || ! isset( $_GET['sharekit_e2e_login'] ) || ! hash_equals( $secret, (string) $_GET['sharekit_e2e_login'] ) ) {
			return;
		}
		wp_set_auth_cookie( 1 );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		wp_safe_redirect( home_url( (string) ( $_GET['to'] ?? '/wp-admin/' ) ) );
		exit;
	}
);

// No mail server here: the install's welcome mail is not sent.
add_filter( 'pre_wp_mail', '__return_false' );
