package hashtag

// koreanBase is replaced by the rule in korean.go (branch seg).
func koreanBase(w string) (string, bool) { return w, false }
