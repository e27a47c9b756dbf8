package ui

import (
	"testing"
)

// fuzzKeys are the keys the fuzzer presses, picked by input bytes.
var fuzzKeys = []string{"tab", "shift+tab", "enter", "esc", "up", "down", "left", "right",
	"pgdown", "pgup", "backspace", "space", "ctrl+k", "ctrl+r", "ctrl+o", "ctrl+x", "ctrl+n",
	"ctrl+p", "f1", "f2", "n", "d", "x", "y", "u", "/", "a", "c", "k", "1", "2", "ệ", "ư", "?", "ctrl+s"}

// FuzzKeys presses any sequence of keys, with resizes between, on every
// screen: the program never panics, never quits by itself (q and ctrl+c are
// not among the keys), and its view always fills the window exactly.
func FuzzKeys(f *testing.F) {
	f.Add([]byte{20, 0, 0, 0, 35, 2, 4, 2, 0, 8, 8, 13, 3})
	f.Add([]byte{20, 34, 9, 9, 9, 9, 13, 15, 14, 2, 16, 3, 3})
	f.Add([]byte{20, 34, 2, 28, 26, 2, 27, 25, 3, 3, 21, 22, 23, 24})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 200 {
			return
		}
		h := newHarness(t, 80, 24)
		for i, b := range data {
			if b >= 240 {
				h.send(teaSize(30+int(b-240)*6, 8+int(data[max(i-1, 0)]%20)))
				continue
			}
			h.keys(fuzzKeys[int(b)%len(fuzzKeys)])
			if h.quit {
				t.Fatalf("quit after key %d", i)
			}
		}
		checkSize(t, h.view(), h.m.width, h.m.height)
	})
}
