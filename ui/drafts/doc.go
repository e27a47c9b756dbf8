// Package drafts is the start screen: every draft with its progress,
// problems and age, a filter (/, ctrl+u clears it), and the keys to open,
// start, duplicate and delete a draft, to take back the draft deleted last
// (u, also after a restart), and to open a draft's history (h) or the
// trash (t).
//
// The list draws only the rows on screen, so a cursor move costs the same
// with ten drafts or ten thousand (BenchmarkCursorMove).
package drafts
