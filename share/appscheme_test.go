package share

import (
	"errors"
	"strings"
	"testing"
)

func TestRegisterAppSchemes(t *testing.T) {
	tests := []struct {
		template string
		ok       bool
	}{
		{"sms:?body={text}", true},
		{"viber://forward?text={text}", true},
		{"whatsapp://send?text={text}", true},
		{"SMS:?body={text}", true},
		{"javascript:alert({text})", false},
		{"javascript://x?a={text}", false},
		{"data:text/html?x={text}", false},
		{"file:///etc/passwd?x={url}", false},
		{"vbscript:x?a={text}", false},
		{"sms:{text}", false},
		{"sms://{instance}/?x={text}", false},
		{"noscheme?x={text}", false},
	}
	for _, tt := range tests {
		t.Run(tt.template, func(t *testing.T) {
			var r Registry
			err := r.Register(Network{Name: "app", Template: tt.template})
			if tt.ok && err != nil {
				t.Fatalf("Register(%q) = %v; want it accepted (an allowed app scheme)", tt.template, err)
			}
			if !tt.ok {
				var fe *FieldError
				if !errors.As(err, &fe) || fe.Field != "Network.Template" {
					t.Fatalf("Register(%q) = %v; want a Network.Template *FieldError", tt.template, err)
				}
				return
			}
			link, err := r.URL("app", Post{URL: "https://ex.com/a?b=1", Title: "Hi & <b>"})
			if err != nil {
				t.Fatal(err)
			}
			scheme, _, _ := strings.Cut(link, ":")
			if !IsAppScheme(scheme) || strings.ContainsAny(link, " <>\"'") {
				t.Errorf("URL(app) = %q; want an app-scheme link with every value encoded", link)
			}
		})
	}
}

func TestAppSchemesFixed(t *testing.T) {
	s := AppSchemes()
	s[0] = "javascript"
	if IsAppScheme("javascript") || IsAppScheme("data") || IsAppScheme("") {
		t.Error("AppSchemes() let its caller change the allow-list, or allows javascript/data")
	}
}
