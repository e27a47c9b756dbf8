package compile

import (
	"hash/maphash"
	"slices"
	"strings"
	"testing"
)

// TestGroupBy: units are grouped by key, groups in the order their keys
// first appear and units in order within them, whether or not keys share
// a hash.
func TestGroupBy(t *testing.T) {
	seed := maphash.MakeSeed()
	hashes := map[string]func(string) uint64{
		"seeded":     func(k string) uint64 { return maphash.String(seed, k) },
		"one hash":   func(string) uint64 { return 7 },
		"two hashes": func(k string) uint64 { return uint64(len(k) % 2) },
	}
	tests := []struct {
		labels []string
		want   string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b", "a", "c", "b", "a"}, "a a a|b b|c"},
		{[]string{"xã b", "Xã B", "xã  b", "xa b"}, "xã b Xã B xã  b|xa b"},
	}
	for name, hash := range hashes {
		for _, tt := range tests {
			units := make([]*Unit, len(tt.labels))
			for i, l := range tt.labels {
				units[i] = &Unit{label: l}
			}
			gr := groupByHash(units, func(u *Unit) string { return fold(u.Label()) }, hash)
			var groups []string
			for g, first := range gr.first {
				var labels []string
				for _, u := range gr.of(units, g) {
					labels = append(labels, u.Label())
				}
				if units[first] != gr.of(units, g)[0] || gr.size(g) != len(labels) {
					t.Errorf("%s %q: group %d starts or counts wrong", name, tt.labels, g)
				}
				groups = append(groups, strings.Join(labels, " "))
			}
			if got := strings.Join(groups, "|"); got != tt.want {
				t.Errorf("%s %q: groups %q, want %q", name, tt.labels, got, tt.want)
			}
			if n := int(gr.start[len(gr.first)]); n != len(units) || slices.ContainsFunc(gr.members, func(i int32) bool { return int(i) >= len(units) }) {
				t.Errorf("%s %q: %d members", name, tt.labels, n)
			}
		}
	}
}
