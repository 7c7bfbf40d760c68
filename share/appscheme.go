package share

import "strings"

// appSchemes are the URL schemes, besides https, http and mailto, that a
// network's template may use: each opens a messaging app with a prefilled
// message and does nothing else. The list is fixed (never javascript:,
// data:, file: or any scheme that runs or reads something), so that a link
// built from a registered template is as safe to put in an href as an
// https one.
var appSchemes = [...]string{
	"sms",          // RFC 5724: sms:?body=…
	"viber",        // viber://forward?text=…
	"whatsapp",     // whatsapp://send?text=…
	"tg",           // tg://msg_url?url=…&text=…
	"fb-messenger", // fb-messenger://share?link=…
	"line",         // line://msg/text/…
	"threema",      // threema://compose?text=…
}

// AppSchemes returns the app URL schemes a [Network] template may use
// besides https, http and mailto, in a stable order. The list is fixed: it
// holds only schemes that open a messaging app with a prefilled message.
func AppSchemes() []string { return append([]string(nil), appSchemes[:]...) }

// IsAppScheme reports whether scheme (without ':'; case ignored) is one of
// [AppSchemes].
func IsAppScheme(scheme string) bool {
	for _, s := range appSchemes {
		if strings.EqualFold(s, scheme) {
			return true
		}
	}
	return false
}
