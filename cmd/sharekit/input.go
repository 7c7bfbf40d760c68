package main

import (
	"bufio"
	"io"
	"strings"
)

// eachText calls fn for each argument, or for each line of stdin when there
// are no arguments or an argument is "-" (Unix manners: - means stdin).
// Lines may end in \n or \r\n; a UTF-8 byte order mark is dropped.
func eachText(args []string, stdin io.Reader, fn func(string) error) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, a := range args {
		if a != "-" {
			if err := fn(a); err != nil {
				return err
			}
			continue
		}
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		first := true
		for sc.Scan() {
			line := strings.TrimSuffix(sc.Text(), "\r")
			if first {
				line = strings.TrimPrefix(line, "\ufeff")
				first = false
			}
			if err := fn(line); err != nil {
				return err
			}
		}
		if err := sc.Err(); err != nil {
			return err
		}
	}
	return nil
}
