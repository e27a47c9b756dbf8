package common

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// PasteGap is the longest pause between two keys that a terminal typing a
// paste leaves: a person's keys, even a held key's repeats, come further
// apart.
const PasteGap = 8 * time.Millisecond

// BurstMsg says that the key the screen just handled began a paste that a
// terminal without bracketed paste typed as keys. The screen takes back what
// that key did as a command and takes Text (the key's text: "\t" for tab,
// "\n" for enter) as the paste's start; the rest follows as tea.PasteMsg,
// one message a key, until the next key press.
type BurstMsg struct{ Text string }

// Burst tells the keys of a paste typed by a terminal from keys typed by a
// person: keys that can be text (printable, space, tab, enter) arriving
// within the gap of the previous one. The zero gap never sees a burst.
type Burst struct {
	gap  time.Duration
	now  func() time.Time
	last time.Time
	prev string // the previous key's text; "" when it could not be text
	on   bool   // the keys since prev's are a burst
}

// NewBurst returns a detector of pastes typed as keys, reading the clock now.
func NewBurst(gap time.Duration, now func() time.Time) *Burst {
	return &Burst{gap: gap, now: now}
}

// Key returns what a key press stands for: the key itself, or, when it
// continues a burst, a tea.PasteMsg with its text, preceded by a BurstMsg
// when the burst has just begun.
func (b *Burst) Key(k tea.KeyPressMsg) []tea.Msg {
	text := KeyText(k)
	at := b.now()
	fast := b.gap > 0 && b.prev != "" && text != "" && at.Sub(b.last) <= b.gap
	first := b.prev
	b.last, b.prev = at, text
	if !fast {
		b.on = false
		return []tea.Msg{k}
	}
	paste := tea.PasteMsg{Content: text}
	if b.on {
		return []tea.Msg{paste}
	}
	b.on = true
	return []tea.Msg{BurstMsg{Text: first}, paste}
}

// KeyText returns the text a key types when it is part of a paste: its
// printable text, "\t" for tab, "\n" for enter; "" for any other key.
func KeyText(k tea.KeyPressMsg) string {
	if k.Mod&^tea.ModShift != 0 {
		if k.String() == "ctrl+j" {
			return "\n"
		}
		return ""
	}
	switch k.Code {
	case tea.KeyTab:
		if k.Mod == 0 {
			return "\t"
		}
		return ""
	case tea.KeyEnter:
		return "\n"
	}
	return k.Text
}
