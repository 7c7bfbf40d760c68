// Package all registers every dictionary word segmenter of sharekit with
// package hashtag: Chinese and Japanese (package cjk) and Thai (package
// thai). A program that shows tags for headlines in any language imports
// it for its side effect, as the sharekit command and server do:
//
//	import _ "github.com/sharekit/sharekit/hashtag/segment/all"
//
// It adds about 45 MB to a binary (see docs/segmentation.md); a program
// that needs only Thai imports package thai alone (0.2 MB).
package all

import (
	_ "github.com/sharekit/sharekit/hashtag/segment/cjk"  // Chinese, Japanese
	_ "github.com/sharekit/sharekit/hashtag/segment/thai" // Thai
)
