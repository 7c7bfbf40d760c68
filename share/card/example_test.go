package card_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/sharekit/sharekit/share/card"
)

func ExampleCheck() {
	page := `<!doctype html><head>
<title>Rates hold | Example News</title>
<meta property="og:image" content="/img/rates.jpg">
</head>`
	p, err := card.Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := card.Check(p)
	fmt.Println(r.Cards[1].Network, r.Cards[1].Title.Text, "from", r.Cards[1].Title.From)
	for _, f := range r.Findings[:2] {
		fmt.Println(f.Severity, f.Code, f.Networks)
	}
	// Output:
	// facebook Rates hold | Example News from <title>
	// error missing-title [x]
	// error relative-image [x facebook linkedin]
}

func ExampleReport_WriteText() {
	p, _ := card.Parse(strings.NewReader(`<head><meta property="og:title" content="Hi"></head>`))
	r := card.Check(p)
	r.Findings = r.Findings[:1]
	r.WriteText(os.Stdout)
	// Output:
	// x: summary
	//   title        Hi  [og:title, line 1]
	//   description  (none)
	//   image        (none)
	//   image alt    (none)
	// facebook: no image
	//   title        Hi  [og:title, line 1]
	//   description  (none)
	//   image        (none)
	//   image alt    (none)
	// linkedin: no image
	//   title        Hi  [og:title, line 1]
	//   description  (none)
	//   image        (none)
	//   image alt    (none)
	// 1 finding
	//   error    x, facebook, linkedin  og:image: no image: the card has none; add og:image, an absolute https URL of an image of 1200×630
}
