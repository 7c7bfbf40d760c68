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

// TestOptionErrorKey checks that Check's errors name the option as the
// JSON (and so the HTTP API and, dashed, the CLI) names it.
func TestOptionErrorKey(t *testing.T) {
	tests := []struct {
		o   Options
		key string
		neg bool
	}{
		{Options{Style: 7}, "style", false},
		{Options{Case: -1}, "case", false},
		{Options{Lang: "!!"}, "lang", false},
		{Options{Max: -1}, "max", true},
		{Options{MinLength: -2}, "min_length", true},
		{Options{Best: -3}, "best", true},
	}
	for _, tt := range tests {
		err := tt.o.Check()
		var oe *OptionError
		if !errors.As(err, &oe) {
			t.Errorf("%+v.Check() = %v; want an *OptionError", tt.o, err)
			continue
		}
		if got := oe.Key(); got != tt.key {
			t.Errorf("%+v.Check() names %q; want %q", tt.o, got, tt.key)
		}
		if got := errors.Is(err, ErrNegative); got != tt.neg {
			t.Errorf("errors.Is(%v, ErrNegative) = %t; want %t", err, got, tt.neg)
		}
	}
	if err := (Options{Style: Phrases, Lang: "pt-BR", Max: 3}).Check(); err != nil {
		t.Errorf("Check of valid options = %v; want nil", err)
	}
}
