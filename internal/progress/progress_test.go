package progress

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewByMode(t *testing.T) {
	var buf bytes.Buffer
	tests := []struct {
		name string
		w    io.Writer
		mode Mode
		want bool // a bar
	}{
		{"off", &buf, Off, false},
		{"auto, not a terminal", &buf, Auto, false},
		{"auto, a file", nil, Auto, false},
		{"on, not a terminal", &buf, On, true},
	}
	for _, tt := range tests {
		if tt.name == "auto, a file" {
			f, err := os.CreateTemp(t.TempDir(), "log")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			tt.w = f
		}
		if got := New(tt.w, tt.mode, 10, "test") != nil; got != tt.want {
			t.Errorf("%s: New gave a bar %t; want %t", tt.name, got, tt.want)
		}
	}
}

// TestBarCountsWhatIsRead checks that reading through the bar passes every
// byte on and draws on the writer, and that a nil bar is no bar.
func TestBarCountsWhatIsRead(t *testing.T) {
	in := strings.Repeat("headline\n", 1000)
	var drawn bytes.Buffer
	b := New(&drawn, On, int64(len(in)), "sharekit batch")
	got, err := io.ReadAll(b.Reader(strings.NewReader(in)))
	if err != nil || string(got) != in {
		t.Fatalf("read through the bar %d bytes (%v); want the %d given", len(got), err, len(in))
	}
	b.Finish()
	if !strings.Contains(drawn.String(), "sharekit batch") {
		t.Errorf("the bar drew %q; want its description", drawn.String())
	}

	var none *Bar
	r := strings.NewReader(in)
	if none.Reader(r) != io.Reader(r) {
		t.Error("a nil bar's Reader wraps its reader; want it as given")
	}
	none.Finish() // must not panic
}

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("12345"), 0o644)
	os.WriteFile(b, []byte("123"), 0o644)
	stdinFile, err := os.Open(a)
	if err != nil {
		t.Fatal(err)
	}
	defer stdinFile.Close()
	tests := []struct {
		name  string
		files []string
		stdin io.Reader
		want  int64
	}{
		{"two files", []string{a, b}, nil, 8},
		{"stdin a file", []string{"-", b}, stdinFile, 8},
		{"stdin a pipe", []string{"-"}, strings.NewReader("x"), -1},
		{"missing", []string{a, filepath.Join(dir, "nope")}, nil, -1},
		{"a directory", []string{dir}, nil, -1},
	}
	for _, tt := range tests {
		if got := InputSize(tt.files, tt.stdin); got != tt.want {
			t.Errorf("%s: InputSize = %d; want %d", tt.name, got, tt.want)
		}
	}
}
