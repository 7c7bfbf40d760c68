package share

import (
	"strings"
	"unicode/utf8"
)

// maxTopicTag is the longest topic tag Threads takes, in code points.
const maxTopicTag = 50

// topicTag returns the first of tags that Threads accepts as its one topic
// tag (the {tag} placeholder): at most 50 code points, without '.' or '&'.
// "" when none is.
func topicTag(tags []string) string {
	for _, t := range tags {
		if t != "" && utf8.RuneCountInString(t) <= maxTopicTag && !strings.ContainsAny(t, ".&") {
			return t
		}
	}
	return ""
}

// closeTags returns tags each followed by '#', so that the '#' written
// before a tag makes "#topic#" (Network.ClosedTags, Weibo). It returns a
// new slice: a Post's slices are never written.
func closeTags(tags []string) []string {
	if len(tags) == 0 {
		return tags
	}
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t + "#"
	}
	return out
}
