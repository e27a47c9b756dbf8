package common

import (
	"reflect"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

func TestBurst(t *testing.T) {
	key := func(s string) tea.KeyPressMsg { return tea.KeyPressMsg{Code: []rune(s)[0], Text: s} }
	tab := tea.KeyPressMsg{Code: tea.KeyTab}
	enter := tea.KeyPressMsg{Code: tea.KeyEnter}
	up := tea.KeyPressMsg{Code: tea.KeyUp}
	ctrlZ := tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	type step struct {
		k    tea.KeyPressMsg
		gap  time.Duration // since the previous key
		want []tea.Msg
	}
	ms := time.Millisecond
	tests := []struct {
		name  string
		gap   time.Duration
		steps []step
	}{
		{"typing", PasteGap, []step{{key("u"), 0, []tea.Msg{key("u")}}, {key("c"), 90 * ms, []tea.Msg{key("c")}}, {tab, 60 * ms, []tea.Msg{tab}}}},
		{"a paste", PasteGap, []step{
			{key("u"), 0, []tea.Msg{key("u")}},
			{key("1"), ms, []tea.Msg{BurstMsg{Text: "u"}, tea.PasteMsg{Content: "1"}}},
			{tab, ms, []tea.Msg{tea.PasteMsg{Content: "\t"}}},
			{enter, 0, []tea.Msg{tea.PasteMsg{Content: "\r"}}},
			{key("c"), ms, []tea.Msg{tea.PasteMsg{Content: "c"}}},
			{key("d"), 200 * ms, []tea.Msg{key("d")}},
		}},
		{"tabs and enters sent together stay keys", PasteGap, []step{{tab, 0, []tea.Msg{tab}}, {tab, 0, []tea.Msg{tab}},
			{enter, 0, []tea.Msg{enter}}, {key("x"), ms, []tea.Msg{key("x")}}, {tab, ms, []tea.Msg{BurstMsg{Text: "x"}, tea.PasteMsg{Content: "\t"}}}}},
		{"command keys are never pasted", PasteGap, []step{{key("a"), 0, []tea.Msg{key("a")}}, {up, 0, []tea.Msg{up}}, {ctrlZ, 0, []tea.Msg{ctrlZ}}, {key("b"), 0, []tea.Msg{key("b")}}}},
		{"a slow drawing does not split a paste", PasteGap, []step{{key("a"), 0, []tea.Msg{key("a")}},
			{key("b"), -1, []tea.Msg{BurstMsg{Text: "a"}, tea.PasteMsg{Content: "b"}}}}},
		{"a pause of a loaded machine does not split a paste", PasteGap, []step{
			{key("2"), 0, []tea.Msg{key("2")}},
			{tab, ms, []tea.Msg{BurstMsg{Text: "2"}, tea.PasteMsg{Content: "\t"}}},
			{key("T"), 30 * ms, []tea.Msg{tea.PasteMsg{Content: "T"}}},
			{tab, 45 * ms, []tea.Msg{tea.PasteMsg{Content: "\t"}}},
			{key("h"), ms, []tea.Msg{tea.PasteMsg{Content: "h"}}},
			{tab, 120 * ms, []tea.Msg{tab}},
			{key("x"), ms, []tea.Msg{key("x")}},
		}},
		{"a pause before a paste begins keeps keys keys", PasteGap, []step{{key("a"), 0, []tea.Msg{key("a")}},
			{key("b"), 30 * ms, []tea.Msg{key("b")}}, {tab, 20 * ms, []tea.Msg{tab}}}},
		{"no gap, no burst", 0, []step{{key("a"), 0, []tea.Msg{key("a")}}, {tab, 0, []tea.Msg{tab}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			b := NewBurst(tt.gap, func() time.Time { return now })
			for i, s := range tt.steps {
				if s.gap < 0 { // the program drew for 50 ms, then found the key waiting
					now = now.Add(50 * ms)
					b.Rendered()
					s.gap = 0
				}
				now = now.Add(s.gap)
				if got := b.Key(s.k); !reflect.DeepEqual(got, s.want) {
					t.Errorf("key %d: %#v, want %#v", i, got, s.want)
				}
			}
		})
	}
}
