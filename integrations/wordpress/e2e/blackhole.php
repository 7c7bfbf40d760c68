<?php
/**
 * A server that accepts connections and never answers: a sharekit server
 * that hangs. php blackhole.php PORT_FILE writes the port it listens on.
 *
 * @package sharekit
 */

$server = stream_socket_server( 'tcp://127.0.0.1:0', $errno, $errstr );
if ( ! $server ) {
	fwrite( STDERR, "blackhole: $errstr\n" );
	exit( 1 );
}
file_put_contents( $argv[1], explode( ':', stream_socket_get_name( $server, false ) )[1] );
$held = array();
while ( $conn = stream_socket_accept( $server, -1 ) ) {
	$held[] = $conn; // Kept open, never answered.
}
