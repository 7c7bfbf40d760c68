package share

import (
	"errors"
	"strconv"
	"strings"
)

// ErrUnknownNetwork is matched (with [errors.Is]) by the error returned for a
// network name that is neither built in nor registered.
var ErrUnknownNetwork = errors.New("share: unknown network")

// FieldError reports a Post field (or a Network field, for Register) that
// cannot be used, and why. Callers that build forms can use Field to point at
// the input to fix. Errors are plain values, safe to pass between
// goroutines.
type FieldError struct {
	Field  string // e.g. "Post.URL", "Post.Hashtags[2]", "Network.Template"
	Value  string // the offending value, as given (possibly cut short)
	Reason string // why, e.g. `scheme "javascript" not allowed; want http or https`
}

func (e *FieldError) Error() string {
	return "share: " + e.Field + ": " + e.Reason
}

func fieldErr(field, value, reason string) *FieldError {
	const max = 80
	if len(value) > max {
		// Keep error messages readable for a 2 KB URL, without splitting a rune.
		cut := max
		for cut > 0 && !isRuneStart(value[cut]) {
			cut--
		}
		value = value[:cut] + "…"
	}
	return &FieldError{Field: field, Value: value, Reason: reason}
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// UnknownNetworkError is returned for a network name that is not known. It
// lists the names that are, so that the message tells the user what to type.
type UnknownNetworkError struct {
	Name  string
	Known []string
	// Index is the name's place in the list it came from ([Select],
	// [Links], [NewSet]); 0 for a single name.
	Index int
}

func (e *UnknownNetworkError) Error() string {
	return "share: unknown network " + strconv.Quote(e.Name) + "; want one of " + strings.Join(e.Known, ", ")
}

// Is makes errors.Is(err, ErrUnknownNetwork) true.
func (e *UnknownNetworkError) Is(target error) bool { return target == ErrUnknownNetwork }

// NetworkError wraps an error met while building one network's link in
// [Links], so the message names the network. Unwrap gives the cause (a
// *FieldError, *LimitError, …).
type NetworkError struct {
	Network string
	Err     error
}

// Error names the network once, though the cause (a *LimitError, a
// *LinkTooLongError) may name it too.
func (e *NetworkError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "share: ")
	msg = strings.TrimPrefix(msg, e.Network+": ")
	return "share: " + e.Network + ": " + msg
}

func (e *NetworkError) Unwrap() error { return e.Err }

// LimitError reports that a post cannot be made to fit a network's limit:
// even the page URL alone (Length, as the network counts it) is over Limit.
type LimitError struct {
	Network       string
	Length, Limit int
}

func (e *LimitError) Error() string {
	return "share: " + e.Network + ": the URL alone counts " + strconv.Itoa(e.Length) +
		" of a limit of " + strconv.Itoa(e.Limit) + "; nothing fits"
}

// MaxLinkBytes is the longest share link built, in bytes: browsers, proxies
// and the networks' own servers cut or refuse URLs not far beyond 8 KB.
// A link's {text} is fitted into the room the rest of the link leaves; a
// link still over it is a [*LinkTooLongError].
const MaxLinkBytes = 8192

// LinkTooLongError reports a share link over [MaxLinkBytes] even with its
// text fitted into the room left: the parts no network shortens (the page
// URL, the image URL, the related handles) take too much. Length is the
// link's length before its text was fitted again.
type LinkTooLongError struct {
	Network     string
	Length, Max int
}

func (e *LinkTooLongError) Error() string {
	return "share: " + e.Network + ": the link is " + strconv.Itoa(e.Length) + " bytes, over the limit of " +
		strconv.Itoa(e.Max) + " even with its text shortened; shorten the page or image URL or list fewer related handles"
}
