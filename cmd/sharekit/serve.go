package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/sharekit/sharekit/internal/server"
)

// serveCommand is `sharekit serve`: the HTTP API and the editor page.
// The action only copies flags into a server.Config and runs it until
// SIGINT or SIGTERM, when in-flight requests are let finish.
func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the HTTP API and the editor page",
		Description: `Serves POST /v1/tags, /v1/links, /v1/post, /v1/extract, /v1/batch,
GET /v1/networks, /healthz, /openapi.json and the editor page at /.
Stops gracefully on SIGINT or SIGTERM. Beyond loopback, set --token.

Examples:
   sharekit serve
   sharekit serve --addr :8080 --token "$(cat token.txt)" --log-format json
   sharekit serve --cors-origin https://cms.example.com --max-body 4MiB`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: server.DefaultAddr, Usage: "listen on `HOST:PORT`"},
			&cli.StringFlag{Name: "token", EnvVars: []string{"SHAREKIT_TOKEN"}, Usage: "require `TOKEN` as a bearer token on every /v1 route"},
			&cli.StringFlag{Name: "cors-origin", Usage: "allow browser calls from `ORIGINS` (comma-separated, e.g. https://cms.example.com; * for any)"},
			&cli.StringFlag{Name: "max-body", Value: "1MiB", Usage: "request body limit, /v1/batch lines too (`SIZE`: bytes, or with KiB, MiB, KB, MB)"},
			&cli.IntFlag{Name: "max-concurrent", Value: server.DefaultMaxConcurrent, Usage: "short requests (all but /v1/batch) served at once; more get 503"},
			&cli.IntFlag{Name: "max-streams", Value: server.DefaultMaxStreams, Usage: "/v1/batch streams served at once; more get 503"},
			&cli.DurationFlag{Name: "batch-idle-timeout", Value: server.DefaultBatchIdleTimeout, Usage: "cut a /v1/batch body silent this long"},
			&cli.Int64Flag{Name: "batch-min-rate", Value: server.DefaultBatchMinRate, Usage: "cut a /v1/batch body slower than `N` bytes/s (-1: no minimum)"},
			&cli.StringFlag{Name: "memory-budget", Value: "256MiB", Usage: "buffer memory of all /v1/batch streams together (`SIZE`)"},
			&cli.StringSliceFlag{Name: "allowed-hosts", Usage: "serve only these Host values (`HOSTS`; .example.com for subdomains); set it behind a proxy"},
			&cli.DurationFlag{Name: "read-header-timeout", Value: server.DefaultReadHeaderTimeout, Usage: "time to read request headers"},
			&cli.DurationFlag{Name: "read-timeout", Value: server.DefaultReadTimeout, Usage: "time to read a whole request"},
			&cli.DurationFlag{Name: "write-timeout", Value: server.DefaultWriteTimeout, Usage: "time to write a response"},
			&cli.DurationFlag{Name: "idle-timeout", Value: server.DefaultIdleTimeout, Usage: "keep-alive connection idle time"},
			&cli.DurationFlag{Name: "shutdown-timeout", Value: server.DefaultShutdownTimeout, Usage: "time in-flight requests get on shutdown"},
			&cli.DurationFlag{Name: "batch-timeout", Value: server.DefaultBatchTimeout, Usage: "time a /v1/batch stream may take"},
			&cli.PathFlag{Name: "stats", Usage: "rank suggestions with `FILE` from sharekit learn; reloaded on SIGHUP", EnvVars: []string{"SHAREKIT_STATS"}},
			&cli.StringFlag{Name: "log-format", Value: "text", Usage: "access log on stderr: text or json"},
		},
		Action: func(c *cli.Context) error {
			// serve takes no arguments; a stray one is most likely a
			// mistyped flag (or a flag after it, which the parser then
			// took as an argument too), so refuse rather than serve
			// with settings the user did not mean.
			if c.NArg() > 0 {
				return usageError(c, "serve takes no arguments, got %q", c.Args().Slice())
			}
			o := serveOptions{
				logFormat: c.String("log-format"),
				stats:     c.Path("stats"),
				cfg: server.Config{
					Addr:              c.String("addr"),
					Token:             c.String("token"),
					CORSOrigin:        c.String("cors-origin"),
					MaxConcurrent:     c.Int("max-concurrent"),
					MaxStreams:        c.Int("max-streams"),
					BatchIdleTimeout:  c.Duration("batch-idle-timeout"),
					BatchMinRate:      c.Int64("batch-min-rate"),
					AllowedHosts:      c.StringSlice("allowed-hosts"),
					ReadHeaderTimeout: c.Duration("read-header-timeout"),
					ReadTimeout:       c.Duration("read-timeout"),
					WriteTimeout:      c.Duration("write-timeout"),
					IdleTimeout:       c.Duration("idle-timeout"),
					ShutdownTimeout:   c.Duration("shutdown-timeout"),
					BatchTimeout:      c.Duration("batch-timeout"),
				},
			}
			var err error
			if o.cfg.MaxBody, err = parseSize(c.String("max-body")); err != nil {
				return usageError(c, "--max-body: %v", err)
			}
			if o.cfg.MemoryBudget, err = server.ParseSize(c.String("memory-budget")); err != nil {
				return usageError(c, "--memory-budget: %s", strings.TrimPrefix(err.Error(), "server: "))
			}
			if o.logFormat != "text" && o.logFormat != "json" {
				return usageError(c, "--log-format %q: want text or json", o.logFormat)
			}
			var logw io.Writer = os.Stderr
			if c.App.ErrWriter != nil {
				logw = c.App.ErrWriter
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			return serveRun(ctx, o, logw)
		},
	}
}

// serveOptions are serve's flags, checked: the server's Config (all but its
// Logger) and the access log's format.
type serveOptions struct {
	cfg       server.Config
	logFormat string // text or json
	stats     string // --stats FILE, reloaded on SIGHUP (learn.go)
}

// serveRun serves o.cfg until ctx is done, then lets in-flight requests
// finish (server.Run). The access log goes to logw as o.logFormat: into a
// file or a pipe in batches (a write per request costs more than the
// request under load), on a terminal line by line. It warns on the log
// when the server is reachable beyond loopback without a token or a Host
// list.
func serveRun(ctx context.Context, o serveOptions, logw io.Writer) error {
	if f, ok := logw.(*os.File); !ok || !term.IsTerminal(int(f.Fd())) {
		buf := server.NewBufferedLog(logw, 200*time.Millisecond)
		defer buf.Close()
		logw = buf
	}
	cfg := o.cfg
	if o.logFormat == "json" {
		cfg.Logger = slog.New(slog.NewJSONHandler(logw, nil))
	} else {
		cfg.Logger = slog.New(slog.NewTextHandler(logw, nil))
	}
	if cfg.Token == "" && !server.Loopback(cfg.Addr) {
		cfg.Logger.Warn("serving beyond loopback without --token: anyone who can reach the port can use the API", "addr", cfg.Addr)
	}
	if len(cfg.AllowedHosts) == 0 && !server.Loopback(cfg.Addr) {
		cfg.Logger.Warn("serving beyond loopback without --allowed-hosts: any Host header is served", "addr", cfg.Addr)
	}
	var err error
	if cfg.Stats, err = serveStats(ctx, o.stats, cfg.Logger); err != nil {
		return cli.Exit("sharekit serve: "+err.Error(), 1)
	}
	if err := server.Run(ctx, cfg); err != nil {
		return cli.Exit("sharekit serve: "+strings.TrimPrefix(err.Error(), "server: "), 1)
	}
	return nil
}
