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
			{enter, 0, []tea.Msg{tea.PasteMsg{Content: "\n"}}},
			{key("c"), ms, []tea.Msg{tea.PasteMsg{Content: "c"}}},
			{key("d"), 200 * ms, []tea.Msg{key("d")}},
		}},
		{"a tab first", PasteGap, []step{{tab, 0, []tea.Msg{tab}}, {key("x"), ms, []tea.Msg{BurstMsg{Text: "\t"}, tea.PasteMsg{Content: "x"}}}}},
		{"command keys are never pasted", PasteGap, []step{{key("a"), 0, []tea.Msg{key("a")}}, {up, 0, []tea.Msg{up}}, {ctrlZ, 0, []tea.Msg{ctrlZ}}, {key("b"), 0, []tea.Msg{key("b")}}}},
		{"no gap, no burst", 0, []step{{key("a"), 0, []tea.Msg{key("a")}}, {tab, 0, []tea.Msg{tab}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			b := NewBurst(tt.gap, func() time.Time { return now })
			for i, s := range tt.steps {
				now = now.Add(s.gap)
				if got := b.Key(s.k); !reflect.DeepEqual(got, s.want) {
					t.Errorf("key %d: %#v, want %#v", i, got, s.want)
				}
			}
		})
	}
}
