// Package thai registers a dictionary word segmenter for Thai with package
// hashtag. Thai writes no spaces between words, so without it a run of Thai
// between spaces or punctuation is one hashtag; with it each word is one.
// Import it for its side effect:
//
//	import _ "github.com/sharekit/sharekit/hashtag/segment/thai"
//
// # How it segments
//
// Maximal matching over a word list: of all the ways to cut a run into
// dictionary words, the one with the fewest characters outside any word,
// then the fewest words, found by dynamic programming in time linear in the
// run (times the longest word). Cuts fall only between Thai character
// clusters: never before a combining vowel or tone mark, a following vowel
// (ะ า ำ ๅ), ฯ or ๆ, and never after a leading vowel (เ แ โ ใ ไ). Characters
// no word covers are grouped into one word per stretch (a name the list
// lacks, such as a transliterated foreign one). Latin letters and digits in
// the run are words of their own.
//
// Words of function.txt (particles, prepositions, conjunctions, classifiers,
// pronouns) have kind [hashtag.SegFunction]; words of numerals.txt and digit
// runs [hashtag.SegNumber]; the Thai names of countries and world regions
// from CLDR (golang.org/x/text/language/display: ญี่ปุ่น, เกาหลีใต้, ยุโรป)
// [hashtag.SegPlace], and they are words even where the list has them only
// in parts. A stretch the list lacks is [hashtag.SegProper], together with
// the short words of the list (up to three code points) that maximal
// matching covered it with: Thai writes foreign names by sound, and most
// unknown stretches of news text are such names (บิชเคก comes out as บิ ช
// เค ก, all four proper). All other words are [hashtag.SegWord] (the list
// has no parts of speech, so no word of it is known as a name).
//
// # Data
//
// words.txt.gz is the word-break dictionary of libthai 0.1.29 (Debian's
// libthai-data package), LGPL-2.1 or later: see DATA.md and LICENSE.libthai.
// gen.sh regenerates it. The list (25,110 words, 100 KB compressed) is
// parsed into a trie on first use, once, safely for concurrent callers.
package thai

//go:generate ./gen.sh
