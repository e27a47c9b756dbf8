package grid

import (
	"strconv"
	"strings"
)

// cellOf reads the cell a problem's path names: it ends in
// "rows[R].cells[C]" (0-based).
func cellOf(path string) (row, col int, ok bool) {
	rest, c, ok := index(path, ".cells[")
	if !ok {
		return 0, 0, false
	}
	_, r, ok := index(rest, "rows[")
	return r, c, ok
}

// index cuts the last "name[N]" off path and returns what comes before.
func index(path, name string) (string, int, bool) {
	at := strings.LastIndex(path, name)
	if at < 0 || !strings.HasSuffix(path, "]") {
		return "", 0, false
	}
	n, err := strconv.Atoi(path[at+len(name) : len(path)-1])
	return path[:at], n, err == nil && n >= 0
}
