package cjk_test

import (
	"fmt"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/cjk"
)

// kindNames names the kinds for the examples' output.
var kindNames = map[hashtag.SegmentKind]string{
	hashtag.SegWord: "word", hashtag.SegName: "name", hashtag.SegPlace: "place", hashtag.SegOrg: "org",
	hashtag.SegProper: "proper", hashtag.SegFunction: "function", hashtag.SegNumber: "number",
	hashtag.SegVerb: "verb",
}

func ExampleSegmenter_Segment() {
	run := "NBA停摆可能性为50"
	for _, s := range (cjk.Segmenter{}).Segment(nil, run, "zh") {
		fmt.Println(run[s.Start:s.End], kindNames[s.Kind])
	}
	// Output:
	// NBA proper
	// 停摆 verb
	// 可能性 word
	// 为 word
	// 50 number
}

func ExampleSegmenter_Segment_japanese() {
	run := "訃報ジェームス・ブラウン氏"
	for _, s := range (cjk.Segmenter{}).Segment(nil, run, "ja") {
		fmt.Println(run[s.Start:s.End], kindNames[s.Kind])
	}
	// Output:
	// 訃報 word
	// ジェームス・ブラウン name
	// 氏 function
}
