package common

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// PasteGap is the longest pause between two keys that a terminal typing a
// paste leaves: a person's keys, even a held key's repeats, come further
// apart.
const PasteGap = 8 * time.Millisecond

// PasteHold is the longest pause between two keys of a paste once it has
// begun: a loaded machine can leave the program without the processor for
// tens of milliseconds in the middle of a paste (the terminal's keys wait
// meanwhile), but no person answers a paste with a key that fast.
const PasteHold = 50 * time.Millisecond

// BurstMsg says that the key the screen just handled as typed text began a
// paste that a terminal without bracketed paste typed as keys; Text is
// that key's text. The rest follows as tea.PasteMsg, one message a key,
// until the next key press. (Where a key would run a command, the root
// holds it back until it knows, so such a key never runs.)
type BurstMsg struct{ Text string }

// Burst tells the keys of a paste typed by a terminal from keys typed by a
// person: keys that can be text (printable, space, tab, enter) that were
// waiting when the program got to them, handled within the gap of the end
// of the previous key's handling or of the last drawing (Rendered), so
// that a slow Update or View on a loaded machine does not split a paste;
// once begun, a burst goes on through pauses up to PasteHold (the program
// left without the processor). A burst begins with a printable key, so
// that tabs or enters sent together (a script, a lagging link) stay keys.
// The zero gap never sees a burst.
type Burst struct {
	gap  time.Duration
	now  func() time.Time
	last time.Time // when the program was last ready for a key
	prev string    // the previous key's text; "" when it could not be text
	on   bool      // the keys since prev's are a burst
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
	starts := b.on || (b.prev != "" && !strings.ContainsAny(b.prev, "\t\r\n"))
	gap := b.gap
	if b.on {
		gap = max(gap, PasteHold)
	}
	fast := b.gap > 0 && starts && text != "" && at.Sub(b.last) <= gap
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

// Gap is the longest pause between the keys of a paste; 0 when the
// detector is off.
func (b *Burst) Gap() time.Duration { return b.gap }

// Rendered records that the program drew the screen and is ready for the
// next key; the root calls it at the end of View.
func (b *Burst) Rendered() {
	if b.gap > 0 {
		b.last = b.now()
	}
}

// KeyText returns the text a key types when it is part of a paste: its
// printable text, "\t" for tab, "\r" for enter and "\n" for ctrl+j (the
// bytes a terminal reads them from, so that CR LF stays one line break);
// "" for any other key.
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
		return "\r"
	}
	return k.Text
}
