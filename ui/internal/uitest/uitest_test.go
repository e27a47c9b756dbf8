package uitest

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		want tea.KeyPressMsg
	}{
		{"tab", tea.KeyPressMsg{Code: tea.KeyTab}},
		{"shift+tab", tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}},
		{"ctrl+h", tea.KeyPressMsg{Code: 'h', Mod: tea.ModCtrl}},
		{"ctrl+right", tea.KeyPressMsg{Code: tea.KeyRight, Mod: tea.ModCtrl}},
		{"alt+d", tea.KeyPressMsg{Code: 'd', Mod: tea.ModAlt}},
		{"space", tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}},
		{"a", tea.KeyPressMsg{Code: 'a', Text: "a"}},
		{"+", tea.KeyPressMsg{Code: '+', Text: "+"}},
		{"ế", tea.KeyPressMsg{Code: 'ế', Text: "ế"}},
		{"e\u0302", tea.KeyPressMsg{Code: tea.KeyExtended, Text: "e\u0302"}},
	}
	for _, tt := range tests {
		if got := Key(tt.name); got != tt.want {
			t.Errorf("Key(%q) = %+v, want %+v", tt.name, got, tt.want)
		}
		if got := Key(tt.name).String(); tt.want.Mod != 0 && got != tt.name {
			t.Errorf("Key(%q).String() = %q", tt.name, got)
		}
	}
}
