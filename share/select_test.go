package share

import (
	"errors"
	"slices"
	"testing"
)

func TestSelect(t *testing.T) {
	var every, everyButInstance []string
	for _, n := range Networks() {
		every = append(every, n.Name)
		if !n.NeedsInstance() {
			everyButInstance = append(everyButInstance, n.Name)
		}
	}
	if !slices.Contains(every, "mastodon") || slices.Contains(everyButInstance, "mastodon") {
		t.Fatalf("Networks() = %q; want mastodon among them, needing an instance", every)
	}
	tests := []struct {
		name     string
		names    []string
		all      bool
		instance string
		want     []string
		wantErr  error
		index    int // of an *UnknownNetworkError
	}{
		{"default", nil, false, "", DefaultNetworks(), nil, 0},
		{"default ignores instance", []string{}, false, "mastodon.social", []string{"x", "facebook", "linkedin"}, nil, 0},
		{"named in order", []string{"linkedin", "x"}, false, "", []string{"linkedin", "x"}, nil, 0},
		{"named twice counts once", []string{"x", "facebook", "X "}, false, "", []string{"x", "facebook"}, nil, 0},
		{"blank names skipped", []string{"", " x ", " "}, false, "", []string{"x"}, nil, 0},
		{"only blank names", []string{"", " "}, false, "", nil, ErrNoNetworkNamed, 0},
		{"unknown", []string{"x", "", "myspace"}, false, "", nil, ErrUnknownNetwork, 2},
		{"mastodon without instance", []string{"x", "mastodon"}, false, "", nil, ErrInstanceRequired, 0},
		{"mastodon with instance", []string{"mastodon"}, false, "mastodon.social", []string{"mastodon"}, nil, 0},
		{"all without instance", nil, true, "", everyButInstance, nil, 0},
		{"all with instance", nil, true, "mastodon.social", every, nil, 0},
		{"all ignores blank names", []string{""}, true, "", everyButInstance, nil, 0},
		{"all with names", []string{"x"}, true, "", nil, ErrAllWithNames, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Select(tt.names, tt.all, tt.instance)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("Select(%q, %t, %q) error = %v; want %v", tt.names, tt.all, tt.instance, err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Select(%q, %t, %q) = %q; want %q", tt.names, tt.all, tt.instance, got, tt.want)
			}
			var ue *UnknownNetworkError
			if errors.As(err, &ue) && ue.Index != tt.index {
				t.Errorf("Select(%q, …) unknown network at index %d; want %d", tt.names, ue.Index, tt.index)
			}
			var ie *InstanceRequiredError
			if errors.As(err, &ie) && ie.Network != "mastodon" {
				t.Errorf("Select(%q, …) instance required for %q; want mastodon", tt.names, ie.Network)
			}
		})
	}
}

// TestSelectMatchesLinks checks that the networks Select chooses for all
// are those Links builds with no names: one rule for both.
func TestSelectMatchesLinks(t *testing.T) {
	for _, instance := range []string{"", "mastodon.social"} {
		names, err := Select(nil, true, instance)
		if err != nil {
			t.Fatal(err)
		}
		links, err := Links(Post{URL: "https://example.com/a", Title: "Hello", Instance: instance})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range links {
			got = append(got, l.Network)
		}
		if !slices.Equal(got, names) {
			t.Errorf("Links with instance %q built %q; Select(nil, true) chose %q", instance, got, names)
		}
	}
}
