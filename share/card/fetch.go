package card

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// FetchOptions bound Fetch. The zero value means the defaults.
type FetchOptions struct {
	Timeout   time.Duration // the whole request, redirects included; 0 means 10s
	MaxBytes  int64         // the most of the page read; 0 means 2 MiB (the head is at its start)
	UserAgent string        // "" means DefaultUserAgent
	Client    *http.Client  // nil means a client of its own; its Timeout is left alone
}

// DefaultUserAgent names sharekit's card checker to the sites it fetches.
const DefaultUserAgent = "sharekit-card/1 (link card checker; +https://github.com/sharekit/sharekit)"

// Fetch gets the page at rawURL (http or https only) for Parse: at most
// MaxBytes of it, within Timeout, sent with a User-Agent. A status other
// than 2xx or a body that is not HTML is an error.
func Fetch(ctx context.Context, rawURL string, o FetchOptions) ([]byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("card: fetch %q: want an absolute http or https URL", rawURL)
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 2 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	client := o.Client
	if client == nil {
		client = &http.Client{}
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("card: fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", o.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("card: fetch %s: no answer within %s", rawURL, o.Timeout)
		}
		return nil, fmt.Errorf("card: fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("card: fetch %s: %s", rawURL, resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		if mt != "text/html" && mt != "application/xhtml+xml" {
			return nil, fmt.Errorf("card: fetch %s: Content-Type %q is not an HTML page", rawURL, ct)
		}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, o.MaxBytes))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "deadline") {
			return nil, fmt.Errorf("card: fetch %s: the page did not arrive within %s", rawURL, o.Timeout)
		}
		return nil, fmt.Errorf("card: fetch %s: %w", rawURL, err)
	}
	return body, nil
}
