// Package twtext implements the parts of Twitter's twitter-text library that
// sharekit needs: URL recognition, hashtag extraction and validation, and the
// weighted tweet length. It is internal because its API follows
// twitter-text's concepts rather than sharekit's; hashtag and share expose it.
//
// It follows twitter-text 3.1.0 (the npm release) and passes that release's
// conformance data: extract.yml (hashtags, hashtags_from_astral,
// hashtags_with_indices, urls, urls_with_indices,
// urls_with_directional_markers, tco_urls_with_params), validate.yml
// (hashtags and the weighted-length suites) and tlds.yml, except for TLDs
// that are no longer delegated.
//
// # Entry points
//
//   - [ExtractHashtags] and [ValidHashtag]: extractHashtagsWithIndices and
//     isValidHashtag.
//   - [ExtractURLs]: extractUrlsWithIndices.
//   - [Config.WeightedLength] and [Config.Parse]: parseTweet, with [V3]
//     (Twitter's current rules), [V2] or a configuration read by [ParseConfig].
//
// # Units
//
// [URL] and [Hashtag] carry two spans of the same text: Start/End in Unicode
// code points, as twitter-text's conformance data, and ByteStart/ByteEnd in
// bytes, for slicing Go strings. Both are end-exclusive; a hashtag's span
// starts at its '#'. [Result] ranges are inclusive UTF-16 indices, exactly as
// parseTweet reports them.
//
// # Differences from twitter-text
//
// The scanners are hand-written, not regular expressions, and run in linear
// time on any text: where a backtracking matcher would rescan a long run
// from every start, the URL scanner remembers its last domain scan. Where twitter-text 3.1.0 uses data of its own,
// sharekit uses maintained sources instead, except for emoji:
//
//   - TLDs come from the ICANN section of the Public Suffix List in
//     golang.org/x/net/publicsuffix rather than twitter-text's 2020 list: new
//     TLDs are recognised, retired ones (xperia, an, tp, …) are not.
//   - Emoji are twitter-text's own: a sequence weighs as one emoji exactly when
//     twemoji-parser 11.0.2 (the release twitter-text 3.1.0 depends on)
//     matches it, found as its global search finds it. The sequences are
//     generated from the npm package by gen_twemoji.go; anything else,
//     such as a ZWJ chain of any length that is not a known sequence, is
//     weighed by its parts. testdata/adversarial.js keeps the weights the
//     real twitter-text 3.1.0 gives for some 18,000 texts built from the
//     rules, and the tests check Parse against every one.
//   - [URL.URL] is always the text of the URL's span, which is where the
//     URL really is. In protocol-less runs that glue several hosts together
//     ("a.co.jp日本語b.org/x"), twitter-text can report a string that
//     differs from its own indices, or the index of an earlier copy of the
//     same domain.
//
// All functions are safe for concurrent use.
package twtext
