package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sharekit/sharekit/internal/server"
)

// TestServeUsageErrors checks that `sharekit serve` refuses what it cannot
// use with a usage error (exit 2, the message, the usage line) before it
// listens: every case here would otherwise start a server and block.
func TestServeUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"extra_argument", []string{"serve", "extra"}, `serve takes no arguments, got ["extra"]`},
		{"flag_after_argument", []string{"serve", "extra", "--addr", "127.0.0.1:0"}, `serve takes no arguments, got ["extra" "--addr" "127.0.0.1:0"]`},
		{"bad_max_body", []string{"serve", "--max-body", "lots"}, "--max-body: "},
		{"bad_log_format", []string{"serve", "--log-format", "xml"}, `--log-format "xml": want text or json`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			app := newApp(strings.NewReader(""), &stdout, &stderr)
			// Cancelled up front, so that if a case ever gets as far as
			// serving it returns at once (and fails here) instead of
			// blocking the test.
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			code := exitCode(app.RunContext(ctx, append([]string{"sharekit"}, tt.args...)), &stderr)
			if code != exitUsage {
				t.Errorf("sharekit %q exit status = %d; want %d (stderr: %s)", tt.args, code, exitUsage, stderr.String())
			}
			errText := stderr.String()
			if !strings.HasPrefix(errText, usagePrefix) || !strings.Contains(errText, tt.want) {
				t.Errorf("sharekit %q stderr = %q; want %q after %q", tt.args, errText, tt.want, usagePrefix)
			}
			if !strings.Contains(errText, "\nusage: sharekit serve [options]") {
				t.Errorf("sharekit %q stderr = %q; want the usage line", tt.args, errText)
			}
			if stdout.Len() > 0 {
				t.Errorf("sharekit %q wrote %q to stdout on a usage error; want nothing", tt.args, stdout.String())
			}
		})
	}
}

// TestServeRun checks serveRun, the part of serve past its flags: it
// serves until its context is done, then returns nil, and its access log
// warns when it listens beyond loopback without a token or a Host list.
func TestServeRun(t *testing.T) {
	tests := []struct {
		name, addr, format string
		warn               bool
	}{
		{"loopback", "127.0.0.1:0", "text", false},
		{"beyond loopback, json", ":0", "json", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			var log bytes.Buffer
			o := serveOptions{cfg: server.Config{Addr: tt.addr}, logFormat: tt.format}
			if err := serveRun(ctx, o, &log); err != nil {
				t.Fatalf("serveRun(%s) = %v; want nil once its context is done", tt.addr, err)
			}
			got := log.String()
			if warned := strings.Contains(got, "without --token"); warned != tt.warn {
				t.Errorf("serveRun(%s) log %q; want a warning about --token: %t", tt.addr, got, tt.warn)
			}
			if tt.warn && tt.format == "json" && !strings.HasPrefix(got, "{") {
				t.Errorf("serveRun(%s) log %q; want JSON lines", tt.addr, got)
			}
		})
	}
}
