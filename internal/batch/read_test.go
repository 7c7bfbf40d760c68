package batch

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

type line struct {
	text string
	long bool
}

func readLines(t *testing.T, in string, max int) []line {
	t.Helper()
	lr := newLineReader(strings.NewReader(in), max)
	var got []line
	for {
		b, long, err := lr.next()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		got = append(got, line{string(b), long})
		if lr.line != len(got) {
			t.Fatalf("after %d lines, line = %d", len(got), lr.line)
		}
	}
}

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 40)
	tests := []struct {
		name string
		in   string
		max  int
		want []line
	}{
		{"newlines", "a\nb\n", 16, []line{{"a", false}, {"b", false}}},
		{"crlf", "a\r\nb\r\n", 16, []line{{"a", false}, {"b", false}}},
		{"no final newline", "a\nb", 16, []line{{"a", false}, {"b", false}}},
		{"blank lines kept", "a\n\nb\n", 16, []line{{"a", false}, {"", false}, {"b", false}}},
		{"bom dropped on line 1 only", "\ufeffa\n\ufeffb\n", 16, []line{{"a", false}, {"\ufeffb", false}}},
		{"empty input", "", 16, nil},
		{"exactly max", "abcd\r\nx\n", 4, []line{{"abcd", false}, {"x", false}}},
		{"one over max", "abcde\nx\n", 4, []line{{"abcde", true}, {"x", false}}},
		{"long line skipped, prefix kept", "a\n" + long + "\nb\n", 16, []line{{"a", false}, {long[:18], true}, {"b", false}}},
		{"long last line", "a\n" + long, 16, []line{{"a", false}, {long[:18], true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readLines(t, tt.in, tt.max)
			if len(got) != len(tt.want) {
				t.Fatalf("lines(%q) = %+v; want %+v", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("lines(%q)[%d] = %+v; want %+v", tt.in, i, got[i], tt.want[i])
				}
			}
		})
	}
}

// The prefix kept for a long line is keepPrefix bytes, whatever the limit.
func TestLineReaderKeepsPrefixOnly(t *testing.T) {
	in := strings.Repeat("y", 10*keepPrefix) + "\nz\n"
	got := readLines(t, in, 2*keepPrefix)
	if len(got) != 2 || !got[0].long || len(got[0].text) != keepPrefix || got[1].text != "z" {
		t.Errorf("lines of a %d-byte line with max %d = %d lines, first long=%v len %d; want the first %d bytes, then \"z\"",
			10*keepPrefix, 2*keepPrefix, len(got), got[0].long, len(got[0].text), keepPrefix)
	}
}

func TestDecompress(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("hello\n"))
	zw.Close()
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"plain", []byte("hello\n"), "hello\n"},
		{"gzip", gz.Bytes(), "hello\n"},
		{"one byte", []byte{0x1f}, "\x1f"},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := decompress(bytes.NewReader(tt.in))
			if err != nil {
				t.Fatalf("decompress(%q): %v", tt.in, err)
			}
			got, err := io.ReadAll(r)
			if err != nil || string(got) != tt.want {
				t.Errorf("decompress(%q) reads %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// FuzzLineReader: no panic, every byte of the input accounted for, and the
// lines joined back give the input (when none is too long).
func FuzzLineReader(f *testing.F) {
	for _, s := range []string{"a\nb", "a\r\n\r\n", "\ufeffx", "\r", "xxxxxxxxxxxxxxxxxxxxxxxx\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		lr := newLineReader(strings.NewReader(in), 16)
		var lines []string
		anyLong := false
		for {
			b, long, err := lr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(b) > 16 && !long {
				t.Fatalf("line %q longer than 16 not flagged", b)
			}
			anyLong = anyLong || long
			lines = append(lines, string(b))
		}
		if anyLong {
			return
		}
		norm := strings.TrimPrefix(strings.ReplaceAll(in, "\r\n", "\n"), "\ufeff")
		norm = strings.TrimSuffix(norm, "\n")
		if got := strings.Join(lines, "\n"); got != norm && !(len(lines) == 0 && norm == "") {
			t.Fatalf("lines(%q) = %q; joined %q, want %q", in, lines, got, norm)
		}
	})
}
