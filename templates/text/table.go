package text

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/templates/layout"
)

// columnGap is the room between two columns of an aligned table.
const columnGap = 2

// minCell is the narrowest column Aligned shrinks a table to.
const minCell = 3

// aligned renders a table as aligned columns: the header rows with their
// merged titles centred over the columns they span, a rule under them,
// then the rows; numbers right-aligned, cells wrapped inside their column.
// A width above zero shrinks the widest columns until the table fits it
// (or every column is at its narrowest).
func aligned(t *layout.Table, width int) []string {
	widths := naturalWidths(t)
	if width > 0 {
		fitWidths(widths, width)
	}
	var out []string
	for _, row := range t.Rows[:t.HeaderRows] {
		out = append(out, alignedRow(row, widths)...)
	}
	total := (len(widths) - 1) * columnGap
	for _, w := range widths {
		total += w
	}
	out = append(out, strings.Repeat("-", total))
	for _, row := range t.Rows[t.HeaderRows:] {
		out = append(out, alignedRow(row, widths)...)
	}
	return out
}

// naturalWidths gives each column the width of its widest unspanned body
// cell, and at least half its own title (on two lines) and the title's
// longest word.
func naturalWidths(t *layout.Table) []int {
	widths := make([]int, t.Columns())
	for r, row := range t.Rows {
		c := 0
		for _, cell := range row {
			if cell.Span == 1 && c < len(widths) {
				widths[c] = max(widths[c], cellColumns(cell.Text, r < t.HeaderRows))
			}
			c += cell.Span
		}
	}
	for c := range widths {
		widths[c] = max(widths[c], 1)
	}
	return widths
}

// cellColumns is the width a cell asks for: its widest line, or for a
// header cell half its text and at least its longest word.
func cellColumns(text string, header bool) int {
	w := 0
	for _, line := range strings.Split(text, "\n") {
		if !header {
			w = max(w, ansi.StringWidth(line))
			continue
		}
		w = max(w, (ansi.StringWidth(line)+1)/2)
		for _, word := range strings.Fields(line) {
			w = max(w, ansi.StringWidth(word))
		}
	}
	return w
}

// fitWidths narrows the widest column, one column at a time, until the
// table fits width or no column can give more.
func fitWidths(widths []int, width int) {
	for {
		total := (len(widths) - 1) * columnGap
		widest := 0
		for c, w := range widths {
			total += w
			if w > widths[widest] {
				widest = c
			}
		}
		if total <= width || widths[widest] <= minCell {
			return
		}
		widths[widest] -= min(total-width, max(widths[widest]-minCell, 0), max(widths[widest]/4, 1))
	}
}

// alignedRow renders one row: each cell wrapped to its columns' width, the
// row as tall as its tallest cell.
func alignedRow(row []layout.Cell, widths []int) []string {
	var cells [][]string
	var spans []int
	c := 0
	for _, cell := range row {
		w := -columnGap
		for k := c; k < c+cell.Span && k < len(widths); k++ {
			w += widths[k] + columnGap
		}
		var lines []string
		if !cell.Merged {
			for _, l := range strings.Split(cell.Text, "\n") {
				lines = append(lines, wrap(l, max(w, 1))...)
			}
		}
		for i, l := range lines {
			lines[i] = place(l, w, cell.Align)
		}
		cells = append(cells, lines)
		spans = append(spans, max(w, 0))
		c += cell.Span
	}
	height := 1
	for _, l := range cells {
		height = max(height, len(l))
	}
	out := make([]string, height)
	for i := range out {
		var parts []string
		for k, lines := range cells {
			s := strings.Repeat(" ", spans[k])
			if i < len(lines) {
				s = lines[i]
			}
			parts = append(parts, s)
		}
		out[i] = strings.TrimRight(strings.Join(parts, strings.Repeat(" ", columnGap)), " ")
	}
	return out
}

// place pads a line to width w with the cell's alignment.
func place(s string, w int, a layout.Align) string {
	room := max(w-ansi.StringWidth(s), 0)
	switch a {
	case layout.AlignRight:
		return strings.Repeat(" ", room) + s
	case layout.AlignCenter:
		return strings.Repeat(" ", room/2) + s + strings.Repeat(" ", room-room/2)
	}
	return s + strings.Repeat(" ", room)
}

// mdTable renders a table as a Markdown pipe table under its caption: the
// header flattened to one row, alignment from the first body row, a
// spanned cell's text in its first column.
func mdTable(t *layout.Table) string {
	var b strings.Builder
	if t.Caption != "" {
		b.WriteString("**" + mdEscape(t.Caption) + "**\n\n")
	}
	header := t.FlatHeader()
	cells := make([]string, len(header))
	for i, h := range header {
		cells[i] = mdCell(h)
	}
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	marks := make([]string, len(header))
	for i := range marks {
		marks[i] = "---"
	}
	if len(t.Rows) > t.HeaderRows {
		c := 0
		for _, cell := range t.Rows[t.HeaderRows] {
			if cell.Span == 1 && c < len(marks) {
				marks[c] = alignMark(cell.Align)
			}
			c += cell.Span
		}
	}
	b.WriteString("| " + strings.Join(marks, " | ") + " |\n")
	for _, row := range t.Rows[t.HeaderRows:] {
		flat := layout.Flat(row, len(header))
		for i, s := range flat {
			flat[i] = mdCell(s)
		}
		b.WriteString("| " + strings.Join(flat, " | ") + " |\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// mdCell escapes a cell's text for a pipe table, its lines joined by a
// space (a pipe table's cell is one line).
func mdCell(s string) string {
	return mdReplacer.Replace(strings.Join(strings.Fields(s), " "))
}

func alignMark(a layout.Align) string {
	switch a {
	case layout.AlignRight:
		return "---:"
	case layout.AlignCenter:
		return ":---:"
	}
	return "---"
}

// mdAppendix renders an appendix after the signature: its label and title
// as a heading, the note in italics, then its blocks.
func mdAppendix(a layout.Appendix) string {
	var b strings.Builder
	b.WriteString("## " + mdEscape(a.Label) + "\n\n")
	b.WriteString("**" + mdEscape(a.Title) + "**  \n*" + mdEscape(a.Note) + "*\n\n")
	for _, bl := range a.Body {
		b.WriteString(mdBlock(bl) + "\n\n")
	}
	return b.String()
}

// plainBlock renders a body block for Plain: a table as its caption and
// aligned columns, any other block as its line.
func plainBlock(bl layout.Block) string {
	if bl.Kind != layout.TableBlock {
		return strings.Join(append([]string{bl.Line()}, noteLines(bl.Notes)...), "\n") + "\n"
	}
	out := ""
	if bl.Table.Caption != "" {
		out = bl.Table.Caption + "\n"
	}
	return out + strings.Join(aligned(bl.Table, 0), "\n") + "\n"
}

// plainAppendix renders an appendix for Plain: label, title, note, blocks.
func plainAppendix(b *strings.Builder, a layout.Appendix) {
	plainLines(b, a.Label, a.Title, a.Note)
	for _, bl := range a.Body {
		b.WriteString(plainBlock(bl))
	}
	b.WriteString("\n")
}

// pageBlock renders a body block for Page within width.
func pageBlock(bl layout.Block, width, indent int) []string {
	if bl.Kind != layout.TableBlock {
		out := justify(bl.Line(), width, indent)
		for _, n := range noteLines(bl.Notes) {
			out = append(out, hanging(n, width, len(layout.Mark(1))+1)...)
		}
		return out
	}
	out := centre(bl.Table.Caption, width)
	return append(out, aligned(bl.Table, width)...)
}

// pageAppendix renders an appendix for Page: a page-wide rule for the new
// page, the centred heading lines, then the blocks.
func pageAppendix(a layout.Appendix, width, indent int) []string {
	out := []string{"", strings.Repeat("═", width), ""}
	out = append(out, centre(a.Label, width)...)
	out = append(out, centre(a.Title, width)...)
	out = append(out, centre(a.Note, width)...)
	out = append(out, "")
	for _, bl := range a.Body {
		if bl.Kind == layout.Heading {
			out = append(out, "")
		}
		out = append(out, pageBlock(bl, width, indent)...)
	}
	return out
}
