package jsonscan

import "testing"

func TestSkip(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func([]byte, int) int
		in   string
		at   int
		want int
	}{
		{"space", SkipSpace, " \t\r\n x", 0, 5},
		{"space at the end", SkipSpace, "  ", 0, 2},
		{"string", SkipString, `"a\"b",`, 0, 6},
		{"string with an escaped backslash", SkipString, `"a\\",`, 0, 5},
		{"unterminated string", SkipString, `"abc`, 0, 4},
		{"number", SkipScalar, `12.5e3,`, 0, 6},
		{"literal before a brace", SkipScalar, `true}`, 0, 4},
		{"scalar at the end", SkipScalar, `null`, 0, 4},
	} {
		if got := c.f([]byte(c.in), c.at); got != c.want {
			t.Errorf("%s: skipping %q from %d gives %d; want %d", c.name, c.in, c.at, got, c.want)
		}
	}
}
