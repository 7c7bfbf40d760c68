<?php
/**
 * Runs PHP code inside the e2e test's WordPress, as the admin (user 1), from
 * the command line: php wp-eval.php WP_DIR 'code'. WP-CLI is not in Debian;
 * this is the part of `wp eval` the test needs.
 *
 * @package sharekit
 */

if ( $argc < 3 ) {
	fwrite( STDERR, "usage: php wp-eval.php WP_DIR CODE\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']   = (string) getenv( 'E2E_HOST' );
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $_SERVER['HTTP_HOST'] );
$_SERVER['REQUEST_URI'] = '/';
if ( getenv( 'E2E_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
if ( ! getenv( 'E2E_INSTALLING' ) ) {
	wp_set_current_user( 1 );
}
eval( $argv[2] ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- a test harness.
