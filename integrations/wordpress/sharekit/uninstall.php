<?php
/**
 * Removes everything the plugin stored: its options, cached bars and post meta.
 *
 * @package sharekit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'sharekit_settings' );
delete_option( 'sharekit_last_error' );
delete_transient( 'sharekit_backoff' );
foreach ( array( '_sharekit_tags', '_sharekit_rest', '_sharekit_tags_for', '_sharekit_edited' ) as $sharekit_key ) {
	delete_post_meta_by_key( $sharekit_key );
}
global $wpdb;
// Cached bars are transients named sharekit_bar_<post id>.
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_sharekit\\_bar\\_%' OR option_name LIKE '\\_transient\\_timeout\\_sharekit\\_bar\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
