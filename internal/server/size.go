package server

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// maxSize bounds ParseSize: a request body limit beyond 1 TiB is a typo.
const maxSize = 1 << 40

// ParseSize parses a byte size as the --max-body flag takes it: a count of
// bytes ("1048576") or a number with a unit, binary (KiB, MiB, GiB) or
// decimal (KB, MB, GB), with or without a space ("1MiB", "512 KiB").
// Units are case-sensitive, so "mb" is not silently read as something else.
// The size must be positive and at most 1 TiB.
func ParseSize(s string) (int64, error) {
	num := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if v, ok := strings.CutSuffix(num, u.suffix); ok {
			num, mult = strings.TrimSpace(v), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > maxSize/mult {
		return 0, fmt.Errorf("server: %q is not a size between 1 byte and 1 TiB (want e.g. 1MiB, 512KiB or a byte count)", s)
	}
	return n * mult, nil
}

// Loopback reports whether addr (host:port) listens only on a loopback
// interface, where serving without a token exposes nothing.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
