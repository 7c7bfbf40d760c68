package batch

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func TestScanObject(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // key=value, raw
	}{
		{"empty", `{}`, nil},
		{"members", `{"headline":"A","url":"u","n":1}`, []string{`"headline"="A"`, `"url"="u"`, `"n"=1`}},
		{"spaces", ` { "a" : [1, {"b":"}"}] , "c":null } `, []string{`"a"=[1, {"b":"}"}]`, `"c"=null`}},
		{"escaped key", `{"he\"y":"x\\"}`, []string{`"he\"y"="x\\"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := scanObject([]byte(tt.in), nil)
			if err != nil {
				t.Fatalf("scanObject(%s): %v", tt.in, err)
			}
			var got []string
			for _, m := range ms {
				got = append(got, tt.in[m.keyStart:m.keyEnd]+"="+tt.in[m.valStart:m.valEnd])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("scanObject(%s) = %q; want %q", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("scanObject(%s)[%d] = %q; want %q", tt.in, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestScanObjectNotObject(t *testing.T) {
	for _, in := range []string{`[]`, `"s"`, `1`, `null`} {
		if _, err := scanObject([]byte(in), nil); err != errJSON {
			t.Errorf("scanObject(%s) error = %v; want %v", in, err, errJSON)
		}
	}
}

// FuzzScanObject: for every valid JSON object, the members found are those
// encoding/json finds, keys decode, and each value is valid JSON on its own.
func FuzzScanObject(f *testing.F) {
	for _, s := range []string{`{}`, `{"headline":"A","x":[1,{"y":"]"}]}`, `{"a\u0041":true}`, ` {"a" : -1.5e3 } `} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		b := []byte(in)
		var want map[string]json.RawMessage
		// Run checks UTF-8 before scanning; encoding/json would replace bad bytes.
		if !utf8.Valid(b) || !json.Valid(b) || json.Unmarshal(b, &want) != nil {
			return
		}
		ms, err := scanObject(b, nil)
		if err != nil {
			t.Fatalf("scanObject(%s): %v", in, err)
		}
		seen := map[string]bool{}
		for _, m := range ms {
			k, ok := jsonString(b[m.keyStart:m.keyEnd])
			if !ok {
				t.Fatalf("scanObject(%s): key %s does not decode", in, b[m.keyStart:m.keyEnd])
			}
			if _, ok := want[k]; !ok {
				t.Fatalf("scanObject(%s): key %q not in %v", in, k, want)
			}
			if v := b[m.valStart:m.valEnd]; !json.Valid(v) {
				t.Fatalf("scanObject(%s): value %q of %q is not valid JSON", in, v, k)
			}
			seen[k] = true
		}
		if len(seen) != len(want) {
			t.Fatalf("scanObject(%s) found keys %v; want %v", in, seen, want)
		}
	})
}
