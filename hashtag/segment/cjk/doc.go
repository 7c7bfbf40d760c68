// Package cjk registers a dictionary word segmenter for Chinese and
// Japanese with package hashtag. Neither language writes spaces between
// words, so without it a run such as 史玉柱做网络游戏 is one hashtag; with it
// the words are 史玉柱 (a name), 做, 网络游戏. Import it for its side effect:
//
//	import _ "github.com/sharekit/sharekit/hashtag/segment/cjk"
//
// The dictionaries are large (see docs/segmentation.md for the binary size
// and load time), which is why they live here and not in package hashtag:
// a program that never meets Chinese or Japanese does not link them.
//
// # Chinese
//
// github.com/go-ego/gse with its embedded simplified and traditional
// Chinese dictionaries (jieba's, with parts of speech): the cut through
// dictionary words of highest joint frequency, so the longest well-known
// words win (网络游戏, not 网络 + 游戏). The cut is gse's, step for step,
// but run by this package over gse's dictionary with memory it reuses:
// gse's Segment allocates on every call more than its search costs. jieba's tags give the kinds: nr is a
// person, ns a place, nt an organisation, nz another proper noun, m a
// numeral; classifiers, pronouns, prepositions, conjunctions, particles,
// adverbs and localizers (上, 中) are function words.
//
// # Japanese
//
// github.com/ikawaha/kagome/v2 over IPADIC (github.com/ikawaha/kagome-dict/ipa),
// a lattice with connection costs, which also knows inflections and parts
// of speech. As for Chinese, the lattice is kagome's, path for path, run by
// this package over kagome's dictionary without kagome's per-call pools. The segmenter then joins what a hashtag keeps together:
//
//   - a Katakana name written with ・ (ジェームス・ブラウン, and unknown ones
//     like オサーマ・ビンラーディン); the dictionary's own entries (パ・リーグ)
//     stay whole. Between places or common nouns (米国・カナダ, ゲーム・アニメ)
//     ・ separates the items of a list and belongs to no word;
//   - a surname and a given name (安倍晋三);
//   - a place and its administrative unit (宮城県, 鎌倉市);
//   - a noun and its suffix (支持率, 公式戦), a prefix and its noun (大地震),
//     a numeral and its counter.
//
// Honorifics (さん, 氏), particles, auxiliaries, pronouns, conjunctions,
// adverbs and counters are function words; a word the dictionary does not
// know is a proper noun when it is all Katakana (a foreign name or brand).
//
// # Both
//
// Runs of Latin letters and of digits inside the run are words of their
// own (NBA停摆可能性为50 → NBA, 停摆, 可能性, 为, 50); a Latin word in
// capitals is a proper noun. The language is the lang argument when it is
// "ja" or "zh"; otherwise a run with Hiragana or Katakana is Japanese and
// any other Chinese. Each dictionary loads on the first call that needs
// it, once, safely for concurrent callers.
package cjk
