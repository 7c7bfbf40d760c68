<?php
/**
 * The HTTP client of `sharekit serve`, and what happens when it fails.
 *
 * A failure never reaches the reader or the editor as an error: callers get a
 * WP_Error and go on without the bar or the suggestions. The first failure is
 * logged (error_log) and shown as one notice in the admin; later ones are not
 * logged again until the server answers. After a failure that concerns every
 * request (unreachable, timeout, 5xx, a refused token) the plugin backs off
 * for SHAREKIT_BACKOFF seconds, so a server that is down or slow costs one
 * timeout a minute, not one per page view.
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

/** Seconds without requests after the server failed for every request. */
const SHAREKIT_BACKOFF = 60;

/** The option holding the last failure, shown as the admin notice. */
const SHAREKIT_ERROR_OPTION = 'sharekit_last_error';

/**
 * The plugin's settings, with defaults for anything not saved.
 *
 * @return array{server_url: string, token: string, timeout: int, networks: list<string>, best: int}
 */
function sharekit_settings(): array {
	$saved = get_option( 'sharekit_settings', array() );
	return array_merge( sharekit_default_settings(), is_array( $saved ) ? $saved : array() );
}

/**
 * POSTs $body as JSON to $path on the sharekit server and returns the decoded
 * answer, or a WP_Error (already logged and noted) when anything went wrong.
 *
 * @param string $path A route such as `/v1/tags`.
 * @param array  $body The request body.
 * @return array|WP_Error
 */
function sharekit_post( string $path, array $body ): array|WP_Error {
	$settings = sharekit_settings();
	if ( '' === $settings['server_url'] ) {
		return new WP_Error( 'sharekit_not_configured', 'No sharekit server URL is set.' );
	}
	if ( get_transient( 'sharekit_backoff' ) ) {
		return new WP_Error( 'sharekit_backoff', 'The sharekit server failed a moment ago; not asking again yet.' );
	}

	$headers = array(
		'Content-Type' => 'application/json',
		'Accept'       => 'application/json',
	);
	if ( '' !== $settings['token'] ) {
		$headers['Authorization'] = 'Bearer ' . $settings['token'];
	}
	$response = wp_remote_post(
		$settings['server_url'] . $path,
		array(
			'timeout'     => (float) $settings['timeout'],
			'redirection' => 0,
			'headers'     => $headers,
			'body'        => wp_json_encode( $body ),
			'user-agent'  => 'sharekit-wordpress/' . SHAREKIT_VERSION . '; ' . home_url( '/' ),
		)
	);

	if ( is_wp_error( $response ) ) {
		return sharekit_failed( $path, 0, $response->get_error_message() );
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	$raw    = (string) wp_remote_retrieve_body( $response );
	if ( 200 !== $status ) {
		return sharekit_failed( $path, $status, sharekit_problem_message( $status, $raw ) );
	}
	$answer = json_decode( $raw, true );
	if ( ! is_array( $answer ) ) {
		return sharekit_failed( $path, 502, 'the answer is not a JSON object' );
	}
	sharekit_succeeded();
	return $answer;
}

/**
 * Records a failure: logged and noted the first time, backing off when it
 * concerns every request. Returns the error for the caller to pass on.
 *
 * @param string $path    The route asked.
 * @param int    $status  The HTTP status, 0 for a transport error.
 * @param string $message What went wrong.
 */
function sharekit_failed( string $path, int $status, string $message ): WP_Error {
	if ( sharekit_failure_is_global( $status ) ) {
		set_transient( 'sharekit_backoff', 1, SHAREKIT_BACKOFF );
	}
	if ( false === get_option( SHAREKIT_ERROR_OPTION, false ) ) {
		// Logged once: a down server would otherwise write a line per page view.
		error_log( sprintf( 'sharekit: %s failed: %s (no share bar or suggestions until the server answers; not logged again until then)', $path, $message ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
		update_option(
			SHAREKIT_ERROR_OPTION,
			array(
				'time'    => time(),
				'path'    => $path,
				'message' => $message,
			),
			false
		);
	}
	return new WP_Error( 'sharekit_request_failed', $message, array( 'status' => $status ) );
}

/** Clears the failure state once the server answers again. */
function sharekit_succeeded(): void {
	if ( false !== get_option( SHAREKIT_ERROR_OPTION, false ) ) {
		delete_option( SHAREKIT_ERROR_OPTION );
		error_log( 'sharekit: the server answers again' ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
	}
}

/** The one admin notice while the server fails, for those who can fix it. */
function sharekit_admin_notice(): void {
	$error = get_option( SHAREKIT_ERROR_OPTION, false );
	if ( ! is_array( $error ) || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error sharekit-notice"><p><strong>%1$s</strong> %2$s <a href="%3$s">%4$s</a></p></div>',
		esc_html__( 'sharekit:', 'sharekit' ),
		esc_html(
			sprintf(
				/* translators: 1: route, 2: date, 3: error message */
				__( 'the server failed (%1$s, since %2$s: %3$s). Posts are saved and shown without the share bar and new suggestions until it answers again.', 'sharekit' ),
				$error['path'] ?? '',
				wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) ( $error['time'] ?? 0 ) ),
				$error['message'] ?? ''
			)
		),
		esc_url( admin_url( 'options-general.php?page=sharekit' ) ),
		esc_html__( 'Settings', 'sharekit' )
	);
}
add_action( 'admin_notices', 'sharekit_admin_notice' );
