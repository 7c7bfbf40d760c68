<?php
/**
 * Prints the share bar links of a page read on stdin as `network<TAB>URL`
 * lines (the form `sharekit links` prints), in the page's order, the URLs
 * HTML-decoded; with --html, the bar's HTML instead. Fails when the page has
 * no bar or more than one.
 *
 * @package sharekit
 */

$html = stream_get_contents( STDIN );
$bars = preg_match_all( '#<nav class="sharekit-bar"[^>]*>(.*?)</nav>#s', $html, $m );
if ( 1 !== $bars ) {
	fwrite( STDERR, "bar-links: want one share bar, found $bars\n" );
	exit( 1 );
}
if ( in_array( '--html', $argv, true ) ) {
	echo $m[0][0], "\n";
	exit( 0 );
}
preg_match_all( '#<li class="sharekit-item sharekit-([a-z0-9-]+)"><a class="sharekit-link" href="([^"]*)"#', $m[1][0], $links, PREG_SET_ORDER );
foreach ( $links as [ , $network, $href ] ) {
	echo $network, "\t", html_entity_decode( $href, ENT_QUOTES | ENT_HTML5, 'UTF-8' ), "\n";
}
