package thai_test

import (
	"fmt"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/thai"
)

// kindNames names the kinds for the examples' output.
var kindNames = map[hashtag.SegmentKind]string{
	hashtag.SegWord: "word", hashtag.SegName: "name", hashtag.SegPlace: "place", hashtag.SegOrg: "org",
	hashtag.SegProper: "proper", hashtag.SegFunction: "function", hashtag.SegNumber: "number",
	hashtag.SegVerb: "verb",
}

func ExampleSegmenter_Segment() {
	run := "การท่องเที่ยวไทยฟื้นตัว"
	for _, s := range (thai.Segmenter{}).Segment(nil, run, "th") {
		fmt.Println(run[s.Start:s.End], kindNames[s.Kind])
	}
	// Output:
	// การ function
	// ท่องเที่ยว word
	// ไทย place
	// ฟื้นตัว word
}
