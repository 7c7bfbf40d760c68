package server

import (
	"strconv"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // 0: an error
	}{
		{"1048576", 1 << 20},
		{"1MiB", 1 << 20},
		{"1 MiB", 1 << 20},
		{" 512KiB ", 512 << 10},
		{"2GiB", 2 << 30},
		{"1KB", 1000},
		{"3MB", 3e6},
		{"1GB", 1e9},
		{"100B", 100},
		{"1024GiB", 1 << 40},
		{"1025GiB", 0},
		{"0", 0},
		{"-1MiB", 0},
		{"", 0},
		{"MiB", 0},
		{"1.5MiB", 0},
		{"1mb", 0},
		{"1 M", 0},
		{"9223372036854775807KiB", 0},
		{"0x10", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSize(tt.in)
			if tt.want == 0 {
				if err == nil || !strings.HasPrefix(err.Error(), "server: ") {
					t.Errorf("ParseSize(%q) = %d, %v; want a server: error", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
		})
	}
}

// FuzzParseSize: never a panic; a size it accepts is in range and a plain
// byte count of it parses back to itself.
func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"1MiB", "512 KiB", "1048576", "1GB", "-1", "", "99999999999999999999", "1e6", "１MiB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseSize(s)
		if err != nil {
			return
		}
		if n <= 0 || n > maxSize {
			t.Fatalf("ParseSize(%q) = %d; want 1..%d", s, n, int64(maxSize))
		}
		if back, err := ParseSize(strconv.FormatInt(n, 10)); err != nil || back != n {
			t.Fatalf("ParseSize(%q) = %d, but ParseSize(%d) = %d, %v", s, n, n, back, err)
		}
	})
}

func TestLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{"127.1.2.3:80", true},
		{"0.0.0.0:8080", false},
		{":8080", false},
		{"[::]:8080", false},
		{"192.168.1.10:8080", false},
		{"example.com:80", false},
		{"nonsense", false},
	}
	for _, tt := range tests {
		if got := Loopback(tt.addr); got != tt.want {
			t.Errorf("Loopback(%q) = %v; want %v", tt.addr, got, tt.want)
		}
	}
}
