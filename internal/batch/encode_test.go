package batch

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAppendJSONString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Obama signs bill", `"Obama signs bill"`},
		{"quote and backslash", `a "b" \c`, `"a \"b\" \\c"`},
		{"controls", "a\nb\rc\td\x00e\x1f", `"a\nb\rc\td\u0000e\u001f"`},
		{"non-ASCII kept", "Ciarán 東京", `"Ciarán 東京"`},
		{"line separators escaped", "a\u2028b\u2029c", `"a\u2028b\u2029c"`},
		{"invalid byte replaced", "a\xffb", `"a\ufffdb"`},
		{"empty", "", `""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(appendJSONString(nil, tt.in)); got != tt.want {
				t.Errorf("appendJSONString(%q) = %s; want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendJSONRaw(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"valid is as appendJSONString", "a\"b", `"a\"b"`},
		{"bad byte as \\xNN", "a\xffb", `"a\\xffb"`},
		{"truncated rune", "é"[:1] + "z", `"\\xc3z"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(appendJSONRaw(nil, tt.in)); got != tt.want {
				t.Errorf("appendJSONRaw(%q) = %s; want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendCSVField(t *testing.T) {
	tests := []struct {
		name, in string
		sep      byte
		want     string
	}{
		{"plain", "abc", ',', "abc"},
		{"comma quoted", "a,b", ',', `"a,b"`},
		{"comma plain in tsv", "a,b", '\t', "a,b"},
		{"tab quoted in tsv", "a\tb", '\t', "\"a\tb\""},
		{"quote doubled", `say "hi"`, ',', `"say ""hi"""`},
		{"newline", "a\nb", ',', "\"a\nb\""},
		{"leading space", " a", ',', `" a"`},
		{"bad byte", "a\xffb", ',', `a\xffb`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(appendCSVField(nil, tt.in, tt.sep)); got != tt.want {
				t.Errorf("appendCSVField(%q, %q) = %s; want %s", tt.in, tt.sep, got, tt.want)
			}
		})
	}
}

// FuzzAppendJSONString checks the escaper against encoding/json: the output
// is always valid JSON and, for valid UTF-8, decodes back to the input.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\n", "\u2028", "東京", "\xff\xfe", "é"[:1]} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, raw := range []bool{false, true} {
			b := appendJSON(nil, s, raw)
			var got string
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("appendJSON(%q, %v) = %s: not valid JSON: %v", s, raw, b, err)
			}
			if utf8.ValidString(s) && got != s {
				t.Fatalf("appendJSON(%q, %v) decodes to %q", s, raw, got)
			}
		}
	})
}

// FuzzAppendCSVField checks that encoding/csv reads back every field the
// writer makes (valid UTF-8 without \r, which csv normalizes).
func FuzzAppendCSVField(f *testing.F) {
	for _, s := range []string{"", "a,b", `"`, " x", "a\nb", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, '\r') || s == "" {
			return
		}
		for _, sep := range []byte{',', '\t'} {
			line := appendCSVField(nil, s, sep)
			line = append(line, sep, 'z', '\n')
			r := csv.NewReader(bytes.NewReader(line))
			r.Comma = rune(sep)
			rec, err := r.Read()
			if err != nil {
				t.Fatalf("appendCSVField(%q, %q) = %q: encoding/csv: %v", s, sep, line, err)
			}
			if len(rec) != 2 || rec[0] != s {
				t.Fatalf("appendCSVField(%q, %q) = %q reads back as %q", s, sep, line, rec)
			}
		}
	})
}
