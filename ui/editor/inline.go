package editor

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/baocao/baocao/model"
)

// Inline markup (model's "**đậm**", "*nghiêng*", "__gạch chân__",
// "[^1]") is shown as typed, so the clerk can see and edit every marker:
// the emphasised words in their emphasis, the markers and escapes faint,
// a footnote reference and a note line's "[^1]:" in the note style.

// marks returns the line's inline ranges, cached until its text changes;
// nil for a line without markup characters.
func (l *line) marks() []model.InlineRange {
	if l.marksOf == l.s && l.marksDone {
		return l.inline
	}
	l.marksOf, l.marksDone, l.inline = l.s, true, nil
	if strings.ContainsAny(l.s, `*_[\`) {
		l.inline = model.InlineRanges(l.s)
	}
	return l.inline
}

// wholeLine is the longest line whose markup is read whole; a longer one
// (a paragraph pasted without breaks) is read row by row, so that a key
// costs the same in it as in a short one, and emphasis that crosses a row
// shows only its markers.
const wholeLine = 8 << 10

// renderRow renders l.s[a:b] (the row, padded to width) in st, each range
// of inline markup in its look.
func renderRow(l *line, a, b, width int, st StyleState) string {
	row := fit(l.s[a:b], width)
	var ranges []model.InlineRange
	switch {
	case len(l.s) <= wholeLine:
		ranges = l.marks()
	case strings.ContainsAny(l.s[a:b], `*_[\`):
		ranges = model.InlineRanges(l.s[a:b])
		for i := range ranges {
			ranges[i].Start += a
			ranges[i].End += a
		}
	}
	if ranges == nil {
		return st.Text.Render(row)
	}
	end := a + len(strings.TrimRight(row, " "))
	if end > b {
		end = b
	}
	var out strings.Builder
	for _, r := range ranges {
		from, to := max(r.Start, a), min(r.End, end)
		if from >= to {
			continue
		}
		out.WriteString(lookOf(r, st).Render(l.s[from:to]))
	}
	out.WriteString(st.Text.Render(row[end-a:]))
	return out.String()
}

// lookOf is the style of one range.
func lookOf(r model.InlineRange, st StyleState) lipgloss.Style {
	s := st.Text
	switch {
	case r.Marker:
		return s.Faint(true)
	case r.Note:
		return st.Note
	}
	return s.Bold(r.Bold).Italic(r.Italic).Underline(r.Underline)
}
