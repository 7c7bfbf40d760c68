<?php
/**
 * Plugin Name:       sharekit
 * Plugin URI:        https://github.com/sharekit/sharekit
 * Description:       Suggested hashtags in the editor, a share bar under each post and link-card tags, from a sharekit server (<code>sharekit serve</code>).
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            sharekit
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       sharekit
 *
 * @package sharekit
 */

defined( 'ABSPATH' ) || exit;

define( 'SHAREKIT_VERSION', '0.1.0' );

// functions.php holds the pure functions (no WordPress calls), so that
// tests/functions_test.php can check them with php alone.
require_once __DIR__ . '/includes/functions.php';
require_once __DIR__ . '/includes/client.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/tags.php';
require_once __DIR__ . '/includes/bar.php';
require_once __DIR__ . '/includes/card.php';
