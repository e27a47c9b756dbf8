package compile

import (
	"hash/maphash"
	"slices"
)

// grouping is units grouped by a key, the groups in the order their keys
// first appear: of group g, first[g] is its first unit and
// members[start[g]:start[g+1]] its units, in order. groupBy keeps per key
// only its hash and its first unit, so that grouping all the units takes
// a few bytes a unit; keys of one hash are told apart by the key itself.
type grouping struct {
	first, start, members []int32
}

func groupBy(units []*Unit, key func(*Unit) string) grouping {
	seed := maphash.MakeSeed()
	return groupByHash(units, key, func(k string) uint64 { return maphash.String(seed, k) })
}

// groupByHash is groupBy with the keys' hash function.
func groupByHash(units []*Unit, key func(*Unit) string, hash func(string) uint64) grouping {
	byHash := make(map[uint64]int32, len(units))
	var byKey map[string]int32 // keys whose hash an earlier key has
	group := make([]int32, len(units))
	var gr grouping
	add := func(i int) int32 {
		gr.first = append(gr.first, int32(i))
		return int32(len(gr.first) - 1)
	}
	for i, u := range units {
		k := key(u)
		h := hash(k)
		g, ok := byHash[h]
		switch {
		case !ok:
			g = add(i)
			byHash[h] = g
		case key(units[gr.first[g]]) != k:
			if g, ok = byKey[k]; !ok {
				if byKey == nil {
					byKey = map[string]int32{}
				}
				g = add(i)
				byKey[k] = g
			}
		}
		group[i] = g
	}
	gr.start = make([]int32, len(gr.first)+1)
	for _, g := range group {
		gr.start[g+1]++
	}
	for g := range gr.first {
		gr.start[g+1] += gr.start[g]
	}
	gr.members = make([]int32, len(units))
	next := slices.Clone(gr.start[:len(gr.first)])
	for i, g := range group {
		gr.members[next[g]] = int32(i)
		next[g]++
	}
	return gr
}

// size is the number of units in group g.
func (gr grouping) size(g int) int { return int(gr.start[g+1] - gr.start[g]) }

// of returns the units of group g, in order.
func (gr grouping) of(units []*Unit, g int) []*Unit {
	out := make([]*Unit, 0, gr.start[g+1]-gr.start[g])
	for _, i := range gr.members[gr.start[g]:gr.start[g+1]] {
		out = append(out, units[i])
	}
	return out
}
