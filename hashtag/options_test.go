package hashtag

import (
	"errors"
	"testing"
)

// TestCheckLang checks that any well-formed BCP 47 tag is accepted, even
// one whose subtags are not registered, and that only syntax errors are
// refused, by CheckLang and by NewChecked alike.
func TestCheckLang(t *testing.T) {
	tests := []struct {
		name, lang string
		ok         bool
	}{
		{"registered", "en", true},
		{"registered region", "pt-BR", true},
		{"unknown language", "xx", true},
		{"unknown language and region", "zz-ZZ", true},
		{"unknown with script", "xx-Latn-ZZ", true},
		{"unknown variant", "de-19010", true},
		{"private use", "x-foo", true},
		{"grandfathered", "i-klingon", true},
		{"punctuation", "!!", false},
		{"bad subtag", "xx-!!", false},
		{"too long", "abcdefghi", false},
		{"one letter", "a", false},
		{"empty subtag", "en--US", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckLang(tt.lang)
			if (err == nil) != tt.ok {
				t.Errorf("CheckLang(%q) = %v; want ok %v", tt.lang, err, tt.ok)
			}
			_, err = NewChecked(Options{Lang: tt.lang})
			var oe *OptionError
			if tt.ok && err != nil {
				t.Errorf("NewChecked(Lang %q) = %v; want nil", tt.lang, err)
			}
			if !tt.ok && (!errors.As(err, &oe) || oe.Field != "Lang") {
				t.Errorf("NewChecked(Lang %q) = %v; want an *OptionError for Lang", tt.lang, err)
			}
		})
	}
}

// TestUnknownLangDerives checks that a well-formed but unregistered tag
// derives tags with no stopword list rather than failing: "the" is kept.
func TestUnknownLangDerives(t *testing.T) {
	g, err := NewChecked(Options{Lang: "xx"})
	if err != nil {
		t.Fatalf("NewChecked(Lang xx) = %v", err)
	}
	var got []string
	for _, tag := range g.Derive("The storm") {
		got = append(got, tag.Text)
	}
	if len(got) != 2 {
		t.Errorf("Derive(%q) with Lang xx = %q; want both words (no stopwords)", "The storm", got)
	}
}

func TestUnregisteredSubtagKeepsLanguage(t *testing.T) {
	// de-19010 is well formed but 19010 is no registered variant: the
	// German stopwords must still apply.
	got := New(Options{Lang: "de-19010"}).Line("Der Streik und die Bahn")
	if want := "#Streik #Bahn"; got != want {
		t.Errorf("Line with Lang de-19010 = %q; want %q", got, want)
	}
}
