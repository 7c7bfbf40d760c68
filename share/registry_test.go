package share

import (
	"errors"
	"net/url"
	"strings"
	"sync"
	"testing"
)

func TestRegister(t *testing.T) {
	var r Registry // the zero value holds the built-in networks
	if _, err := r.URL("x", Post{URL: "https://ex.com/"}); err != nil {
		t.Fatalf("zero Registry URL(x): %v", err)
	}
	err := r.Register(Network{
		Name: "example", Title: "Example Social", Limit: 100,
		Template: "https://example.social/share?u={url}&t={text}&src=sharekit",
	})
	if err != nil {
		t.Fatalf("Register: %v", err)
	}
	p := Post{URL: "https://ex.com/a?b=c", Title: "Hello & welcome", Hashtags: []string{"hi"}}
	got, err := r.URL("example", p)
	if err != nil {
		t.Fatal(err)
	}
	want := "https://example.social/share?u=https%3A%2F%2Fex.com%2Fa%3Fb%3Dc&t=Hello%20%26%20welcome%20%23hi&src=sharekit"
	if got != want {
		t.Errorf("URL(example) = %q; want %q", got, want)
	}
	if _, err := URL("example", p); !errors.Is(err, ErrUnknownNetwork) {
		t.Errorf("package URL(example) error = %v; want ErrUnknownNetwork (the default registry is not changed)", err)
	}
	nets := r.Networks()
	if last := nets[len(nets)-1]; last.Name != "example" || last.Title != "Example Social" {
		t.Errorf("Networks() last = %+v; want the registered example after the built-ins", last)
	}
	if len(Networks()) != len(builtin) {
		t.Errorf("package Networks() has %d; want %d", len(Networks()), len(builtin))
	}
}

func TestRegisterReplacesBuiltin(t *testing.T) {
	var r Registry
	m, _ := r.Lookup("mastodon")
	m.Limit = 5000
	if err := r.Register(m); err != nil {
		t.Fatal(err)
	}
	d, err := r.Draft("mastodon", Post{URL: "https://ex.com/", Title: strings.Repeat("w ", 1000), Instance: "big.example"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Limit != 5000 || strings.Contains(d.Text, ellipsis) {
		t.Errorf("Draft(replaced mastodon) = %d/%d; want the whole post under 5000", d.Length, d.Limit)
	}
	nets := r.Networks()
	if nets[5].Name != "mastodon" || nets[5].Limit != 5000 || len(nets) != len(builtin) {
		t.Errorf("Networks()[5] = %+v; want the replaced mastodon in its place", nets[5])
	}
}

func TestRegisterRejects(t *testing.T) {
	tests := []struct {
		name  string
		n     Network
		field string
	}{
		{"no-name", Network{Template: "https://a.example/?u={url}"}, "Network.Name"},
		{"upper-name", Network{Name: "Big", Template: "https://a.example/?u={url}"}, "Network.Name"},
		{"javascript", Network{Name: "js", Template: "javascript:alert('{url}')"}, "Network.Template"},
		{"unknown-placeholder", Network{Name: "a", Template: "https://a.example/?u={link}"}, "Network.Template"},
		{"two-in-value", Network{Name: "a", Template: "https://a.example/?u={url}{text}"}, "Network.Template"},
		{"placeholder-in-path", Network{Name: "a", Template: "https://a.example/{text}"}, "Network.Template"},
		{"instance-in-query", Network{Name: "a", Template: "https://a.example/?i={instance}"}, "Network.Template"},
		{"instance-in-path", Network{Name: "a", Template: "https://a.example/{instance}?t={text}"}, "Network.Template"},
		{"fragment", Network{Name: "a", Template: "https://a.example/#?u={url}"}, "Network.Template"},
		{"no-host", Network{Name: "a", Template: "https:///share?u={url}"}, "Network.Template"},
		{"space", Network{Name: "a", Template: "https://a.example/share?u= {url}"}, "Network.Template"},
		{"not-key-value", Network{Name: "a", Template: "https://a.example/share?{url}"}, "Network.Template"},
		{"negative-limit", Network{Name: "a", Limit: -1, Template: "https://a.example/?u={url}"}, "Network.Limit"},
		{"bad-count", Network{Name: "a", Count: 9, Template: "https://a.example/?u={url}"}, "Network.Count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Registry
			err := r.Register(tt.n)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("Register(%+v) error = %v; want a %s *FieldError", tt.n, err, tt.field)
			}
		})
	}
	var nilr *Registry
	if err := nilr.Register(Network{Name: "a", Template: "https://a.example/"}); err == nil {
		t.Error("nil Registry Register succeeded; want an error (read-only)")
	}
}

func TestRegistryInstanceTemplate(t *testing.T) {
	var r Registry
	if err := r.Register(Network{Name: "misskey", Title: "Misskey", Limit: 3000, Template: "https://{instance}/share?text={text}&url={url}"}); err != nil {
		t.Fatal(err)
	}
	got, err := r.URL("misskey", Post{URL: "https://ex.com/", Title: "Hi", Instance: "misskey.io"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://misskey.io/share?text=Hi&url=https%3A%2F%2Fex.com%2F"; got != want {
		t.Errorf("URL(misskey) = %q; want %q", got, want)
	}
}

// TestRegistryConcurrent registers and reads at once (run with -race).
func TestRegistryConcurrent(t *testing.T) {
	var r Registry
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			name := "net" + string(rune('a'+i))
			if err := r.Register(Network{Name: name, Template: "https://" + name + ".example/?u={url}"}); err != nil {
				t.Error(err)
			}
		}()
		go func() {
			defer wg.Done()
			link, err := r.URL("reddit", Post{URL: "https://ex.com/", Title: "t"})
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := url.Parse(link); err != nil {
				t.Error(err)
			}
			_ = r.Networks()
		}()
	}
	wg.Wait()
	if n := len(r.Networks()); n != len(builtin)+8 {
		t.Errorf("after 8 concurrent Registers, Networks() has %d; want %d", n, len(builtin)+8)
	}
}

func TestNetworksTable(t *testing.T) {
	want := "x facebook linkedin bluesky threads mastodon reddit telegram whatsapp pinterest email hackernews tumblr vk weibo line xing flipboard " +
		"hatena instapaper odnoklassniki teams buffer lobsters naver sms viber"
	var names []string
	for _, n := range Networks() {
		names = append(names, n.Name)
		if n.Title == "" || n.Template == "" {
			t.Errorf("network %s has no Title or Template", n.Name)
		}
	}
	if got := strings.Join(names, " "); got != want {
		t.Errorf("Networks() = %s; want %s", got, want)
	}
	x, _ := (*Registry)(nil).Lookup("x")
	if got := strings.Join(x.Placeholders(), ","); got != "text,url,hashtags,via,related" {
		t.Errorf("x.Placeholders() = %s; want text,url,hashtags,via,related", got)
	}
	for _, n := range Networks() {
		if strings.Contains(n.Template, "quote=") || strings.Contains(n.Template, "shareArticle") || strings.Contains(n.Template, "getpocket") {
			t.Errorf("network %s uses a parameter or service that no longer works: %s", n.Name, n.Template)
		}
	}
}
