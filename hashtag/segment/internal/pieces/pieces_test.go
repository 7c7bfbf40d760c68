package pieces

import (
	"fmt"
	"testing"
	"unicode"
)

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		run  string
		want string
	}{
		{"NBA停摆可能性为50", "L:NBA S:停摆可能性为 D:50"},
		{"中国女排3比1战胜巴西队", "S:中国女排 D:3 S:比 D:1 S:战胜巴西队"},
		{"ＮＨＫ世論調査", "L:ＮＨＫ S:世論調査"},
		{"今季５０本塁打", "S:今季 D:５０ S:本塁打"},
		{"ฝุ่นPM2", "S:ฝุ่น L:PM D:2"},
		{"ปี๒๕๖๗", "S:ปี D:๒๕๖๗"},
		{"Café東京", "L:Café S:東京"},
		{"Cafe\u0301東京", "L:Cafe\u0301 S:東京"},
		{"東京", "S:東京"},
		{"", ""},
		{"\xff東", "S:\xff東"},
	} {
		var got string
		for i, p := range Split(nil, c.run) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%c:%s", "SLD"[p.Class], c.run[p.Start:p.End])
		}
		if got != c.want {
			t.Errorf("Split(%q) = %q; want %q", c.run, got, c.want)
		}
	}
}

func TestAllUpper(t *testing.T) {
	for s, want := range map[string]bool{"NBA": true, "NHK": true, "ＮＨＫ": true, "Nba": false, "A": false, "iPhone": false} {
		if got := AllUpper(s); got != want {
			t.Errorf("AllUpper(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestClassOfKanaAndHan checks the shortcut classOf takes for kana and Han:
// no rune in that range is a digit or a Latin letter.
func TestClassOfKanaAndHan(t *testing.T) {
	for r := rune(kanaAndHanFirst); r <= kanaAndHanLast; r++ {
		if unicode.IsDigit(r) || unicode.Is(unicode.Latin, r) {
			t.Errorf("%U is a digit or a Latin letter, but classOf calls it Script", r)
		}
	}
}
