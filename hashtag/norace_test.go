//go:build !race

package hashtag

const raceEnabled = false
