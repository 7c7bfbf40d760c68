package transforms

import (
	"encoding/json"
	"fmt"
)

// encoded is a value a DoFn carries to the workers as JSON. Beam would
// otherwise encode a DoFn's fields with its schema coder, which cannot
// take an interface field like hashtag.Options.Segmenter (the segmenter
// is a process-wide registration, rebuilt on each worker anyway).
func encoded(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("sharekit: options cannot be encoded: %v", err)) // plain values: cannot happen
	}
	return string(b)
}

// decode fills v from what encoded gave.
func decode(s string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("sharekit: options: %w", err)
	}
	return nil
}
