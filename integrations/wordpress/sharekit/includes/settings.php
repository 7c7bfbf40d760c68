<?php
/**
 * Settings → sharekit: server URL, token, timeout, networks and how many
 * hashtags to suggest, stored with the Settings API in one option,
 * `sharekit_settings`. The token is write-only: the page never prints it.
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option and its sanitizer on every request (not only in the
 * admin), so update_option() from code (WP-CLI, tests) is validated too.
 */
function sharekit_register_setting(): void {
	register_setting(
		'sharekit',
		'sharekit_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'sharekit_sanitize_settings',
			'default'           => sharekit_default_settings(),
			'show_in_rest'      => false, // It holds the token.
		)
	);
}
add_action( 'init', 'sharekit_register_setting' );

/** Adds the page's sections and fields. */
function sharekit_register_settings_fields(): void {
	add_settings_section( 'sharekit_server', __( 'Server', 'sharekit' ), 'sharekit_section_server', 'sharekit' );
	add_settings_field( 'sharekit_server_url', __( 'Server URL', 'sharekit' ), 'sharekit_field_server_url', 'sharekit', 'sharekit_server', array( 'label_for' => 'sharekit_server_url' ) );
	add_settings_field( 'sharekit_token', __( 'Token', 'sharekit' ), 'sharekit_field_token', 'sharekit', 'sharekit_server', array( 'label_for' => 'sharekit_token' ) );
	add_settings_field( 'sharekit_timeout', __( 'Timeout', 'sharekit' ), 'sharekit_field_timeout', 'sharekit', 'sharekit_server', array( 'label_for' => 'sharekit_timeout' ) );
	add_settings_section( 'sharekit_posts', __( 'Posts', 'sharekit' ), '__return_null', 'sharekit' );
	add_settings_field( 'sharekit_networks', __( 'Share bar networks', 'sharekit' ), 'sharekit_field_networks', 'sharekit', 'sharekit_posts' );
	add_settings_field( 'sharekit_best', __( 'Suggested hashtags', 'sharekit' ), 'sharekit_field_best', 'sharekit', 'sharekit_posts', array( 'label_for' => 'sharekit_best' ) );
}
add_action( 'admin_init', 'sharekit_register_settings_fields' );

/**
 * The Settings API's sanitizer: validates, reports problems on the page.
 *
 * @param mixed $input The submitted value.
 */
function sharekit_sanitize_settings( mixed $input ): array {
	$old = get_option( 'sharekit_settings', array() );
	[ $settings, $errors ] = sharekit_validate_settings( is_array( $input ) ? wp_unslash( $input ) : array(), is_array( $old ) ? $old : array() );
	foreach ( $errors as $i => $message ) {
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error( 'sharekit_settings', 'sharekit_' . $i, $message );
		}
	}
	return $settings;
}

/** Adds Settings → sharekit. */
function sharekit_add_settings_page(): void {
	add_options_page( __( 'sharekit', 'sharekit' ), __( 'sharekit', 'sharekit' ), 'manage_options', 'sharekit', 'sharekit_render_settings_page' );
}
add_action( 'admin_menu', 'sharekit_add_settings_page' );

/** Prints the settings page. */
function sharekit_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'sharekit' );
	do_settings_sections( 'sharekit' );
	submit_button();
	echo '</form></div>';
}

/** Says whether the server is ready, asked once when the page opens. */
function sharekit_section_server(): void {
	$settings = sharekit_settings();
	$response = wp_remote_get(
		$settings['server_url'] . '/readyz',
		array(
			'timeout'     => (float) $settings['timeout'],
			'redirection' => 0,
		)
	);
	if ( is_wp_error( $response ) ) {
		$state = sprintf( /* translators: %s: error */ __( 'Not reachable: %s', 'sharekit' ), $response->get_error_message() );
	} elseif ( 200 === (int) wp_remote_retrieve_response_code( $response ) ) {
		$state = __( 'Ready.', 'sharekit' );
	} else {
		$state = sprintf( /* translators: %d: HTTP status */ __( 'Not ready (HTTP %d).', 'sharekit' ), (int) wp_remote_retrieve_response_code( $response ) );
	}
	echo '<p>' . esc_html__( 'The address of sharekit serve, as this WordPress server reaches it.', 'sharekit' ) . ' <span class="sharekit-server-state">' . esc_html( $state ) . '</span></p>';
}

/** The server URL field. */
function sharekit_field_server_url(): void {
	printf(
		'<input type="url" class="regular-text code" id="sharekit_server_url" name="sharekit_settings[server_url]" value="%s" required>',
		esc_attr( sharekit_settings()['server_url'] )
	);
}

/** The token field: never filled in; says whether one is stored. */
function sharekit_field_token(): void {
	$has = '' !== sharekit_settings()['token'];
	printf(
		'<input type="password" class="regular-text" id="sharekit_token" name="sharekit_settings[token]" value="" autocomplete="new-password" placeholder="%s"> ',
		esc_attr( $has ? __( 'A token is saved; type a new one to replace it', 'sharekit' ) : __( 'None', 'sharekit' ) )
	);
	if ( $has ) {
		echo '<label><input type="checkbox" name="sharekit_settings[clear_token]" value="1"> ' . esc_html__( 'Remove the saved token', 'sharekit' ) . '</label>';
	}
	echo '<p class="description">' . esc_html__( 'The bearer token sharekit serve was started with (--token or SHAREKIT_TOKEN). It is never shown again.', 'sharekit' ) . '</p>';
}

/** The timeout field. */
function sharekit_field_timeout(): void {
	printf(
		'<input type="number" class="small-text" id="sharekit_timeout" name="sharekit_settings[timeout]" value="%d" min="1" max="30" step="1"> %s',
		(int) sharekit_settings()['timeout'],
		esc_html__( 'seconds; a slower or failing server means no bar and no suggestions, never a broken page or save.', 'sharekit' )
	);
}

/** The networks field: a box per network, in sharekit's order. */
function sharekit_field_networks(): void {
	$chosen = array_flip( sharekit_settings()['networks'] );
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Share bar networks', 'sharekit' ) . '</legend>';
	foreach ( SHAREKIT_NETWORKS as $name => $title ) {
		printf(
			'<label style="display:inline-block;min-width:12em"><input type="checkbox" name="sharekit_settings[networks][]" value="%s"%s> %s</label> ',
			esc_attr( $name ),
			checked( isset( $chosen[ $name ] ), true, false ),
			esc_html( $title )
		);
	}
	echo '<p class="description">' . esc_html__( 'None ticked: no share bar.', 'sharekit' ) . '</p></fieldset>';
}

/** The number of suggested hashtags. */
function sharekit_field_best(): void {
	printf(
		'<input type="number" class="small-text" id="sharekit_best" name="sharekit_settings[best]" value="%d" min="0" max="%d" step="1"> %s',
		(int) sharekit_settings()['best'],
		(int) SHAREKIT_MAX_BEST,
		esc_html__( 'best hashtags suggested from the title when a post is saved (0: none).', 'sharekit' )
	);
}
