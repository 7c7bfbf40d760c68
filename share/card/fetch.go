package card

import (
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // the formats ImageSize measures
	_ "image/jpeg"
	_ "image/png"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// FetchOptions bound Fetch. The zero value means the defaults.
type FetchOptions struct {
	Timeout   time.Duration // the whole request, redirects included; 0 means 10s
	MaxBytes  int64         // the most of the page read; 0 means 2 MiB (the head is at its start)
	UserAgent string        // "" means DefaultUserAgent
	Client    *http.Client  // nil means http.DefaultClient; its own Timeout is left alone
}

// DefaultUserAgent names sharekit's card checker to the sites it fetches.
const DefaultUserAgent = "sharekit-card/1 (link card checker; +https://github.com/sharekit/sharekit)"

// Fetch gets the page at rawURL (http or https only) for Parse: at most
// MaxBytes of it, within Timeout, sent with a User-Agent. A status other
// than 2xx or a body that is not HTML is an error.
func Fetch(ctx context.Context, rawURL string, o FetchOptions) ([]byte, error) {
	body, done, err := get(ctx, rawURL, o, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", "text/html", "application/xhtml+xml")
	if err != nil {
		return nil, err
	}
	defer done()
	page, err := io.ReadAll(io.LimitReader(body, o.withDefaults().MaxBytes))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "deadline") {
			return nil, fmt.Errorf("card: fetch %s: the page did not arrive within %s", rawURL, o.withDefaults().Timeout)
		}
		return nil, fmt.Errorf("card: fetch %s: %w", rawURL, err)
	}
	return page, nil
}

func (o FetchOptions) withDefaults() FetchOptions {
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 2 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Client == nil {
		o.Client = http.DefaultClient
	}
	return o
}

// get starts a GET of rawURL (http or https only) under o and returns the
// body of a 2xx answer, and a func that closes it and ends the request's
// timeout. With types, the answer's Content-Type must be one of them.
func get(ctx context.Context, rawURL string, o FetchOptions, accept string, types ...string) (io.Reader, func(), error) {
	o = o.withDefaults()
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, nil, fmt.Errorf("card: fetch %q: want an absolute http or https URL", rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		cancel()
		return nil, nil, fmt.Errorf("card: fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", o.UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := o.Client.Do(req)
	if err != nil {
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, nil, fmt.Errorf("card: fetch %s: no answer within %s", rawURL, o.Timeout)
		}
		return nil, nil, fmt.Errorf("card: fetch %s: %w", rawURL, err)
	}
	done := func() { resp.Body.Close(); cancel() }
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		done()
		return nil, nil, fmt.Errorf("card: fetch %s: %s", rawURL, resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" && len(types) > 0 {
		mt, _, _ := mime.ParseMediaType(ct)
		if !slices.Contains(types, mt) {
			done()
			return nil, nil, fmt.Errorf("card: fetch %s: Content-Type %q is not an HTML page", rawURL, ct)
		}
	}
	return resp.Body, done, nil
}

// ImageSize fetches the image at rawURL (http or https) and returns its
// width and height in pixels, reading only as much of it as its header
// needs (at most o.MaxBytes). It knows PNG, JPEG and GIF; another format
// (WebP, AVIF, SVG) is an error saying so.
func ImageSize(ctx context.Context, rawURL string, o FetchOptions) (width, height int, err error) {
	body, done, err := get(ctx, rawURL, o, "image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1")
	if err != nil {
		return 0, 0, err
	}
	defer done()
	cfg, _, err := image.DecodeConfig(io.LimitReader(body, o.withDefaults().MaxBytes))
	if err != nil {
		if errors.Is(err, image.ErrFormat) {
			return 0, 0, fmt.Errorf("card: image %s: not a PNG, JPEG or GIF (other formats are not measured)", rawURL)
		}
		return 0, 0, fmt.Errorf("card: image %s: %w", rawURL, err)
	}
	return cfg.Width, cfg.Height, nil
}
