package pdf

import (
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// Table cells, as in package docx: a thin border, a little room around the
// text.
const (
	cellPadX     = 1.0  // mm left and right of a cell's text
	cellPadY     = 0.55 // mm above and below it
	borderWidth  = 0.15 // mm
	captionSpace = 6.0  // pt above a caption
	tableAfter   = 6.0  // pt below a table
)

// tableRow is a row of a table measured for drawing: each cell's lines and
// the row's height.
type tableRow struct {
	cells  []layout.Cell
	lines  [][]string
	height float64
}

// table draws a table field: its caption, the header rows (again at the top
// of each page the table runs onto), then the rows, none split across
// pages; merged cells drawn as one box.
func (w *writer) table(t *layout.Table) {
	st := style{size: t.Size}
	widths := w.tableWidths(t)
	rows := w.measureRows(t, widths, st)
	head := rows[:t.HeaderRows]
	headHeight := 0.0
	for _, r := range head {
		headHeight += r.height
	}
	first := 0.0
	if len(rows) > t.HeaderRows {
		first = rows[t.HeaderRows].height
	}
	caption := style{size: w.form.Body.Size, bold: true}
	w.ensure(lineHeight(caption.size, 1) + captionSpace*ptMM + headHeight + first)
	w.y += captionSpace * ptMM
	if t.Caption != "" {
		w.centred(t.Caption, caption, false)
	}
	w.drawRows(head, widths, st)
	for _, r := range rows[t.HeaderRows:] {
		if w.y+r.height > w.bottom() {
			w.newPage()
			w.drawRows(head, widths, st)
		}
		w.drawRows([]tableRow{r}, widths, st)
	}
	w.y += tableAfter * ptMM
}

// tableWidths scales the layout's column widths to the frame if they
// overrun it.
func (w *writer) tableWidths(t *layout.Table) []float64 {
	total := 0.0
	for _, x := range t.Widths {
		total += x
	}
	out := append([]float64(nil), t.Widths...)
	if total > w.width {
		for i := range out {
			out[i] *= w.width / total
		}
	}
	return out
}

// measureRows wraps every cell in its columns' width; a vertically merged
// header cell that needs more room than its rows give grows its last row.
func (w *writer) measureRows(t *layout.Table, widths []float64, st style) []tableRow {
	lh := lineHeight(st.size, 1)
	rows := make([]tableRow, len(t.Rows))
	for r, cells := range t.Rows {
		rows[r].cells = cells
		rows[r].height = lh + 2*cellPadY
		col := 0
		for _, c := range cells {
			lines := w.cellLines(c, spanWidth(widths, col, c.Span)-2*cellPadX, st)
			rows[r].lines = append(rows[r].lines, lines)
			if c.RowSpan <= 1 {
				rows[r].height = max(rows[r].height, float64(len(lines))*lh+2*cellPadY)
			}
			col += c.Span
		}
	}
	for r, row := range rows {
		for i, c := range row.cells {
			if c.RowSpan > 1 && r+c.RowSpan <= len(rows) {
				need := float64(len(row.lines[i]))*lh + 2*cellPadY
				have := 0.0
				for k := r; k < r+c.RowSpan; k++ {
					have += rows[k].height
				}
				rows[r+c.RowSpan-1].height += max(need-have, 0)
			}
		}
	}
	return rows
}

// cellLines wraps a cell's text to width, each of its own lines apart.
func (w *writer) cellLines(c layout.Cell, width float64, st style) []string {
	if c.Merged {
		return nil
	}
	st.bold = c.Bold
	measure := func(s string) float64 { return w.measure(s, st) }
	var out []string
	for _, line := range strings.Split(c.Text, "\n") {
		for _, words := range wrap(layout.Words(nfc(line)), width, width, measure) {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

func spanWidth(widths []float64, col, span int) float64 {
	s := 0.0
	for k := col; k < col+span && k < len(widths); k++ {
		s += widths[k]
	}
	return s
}

// drawRows draws rows from the cursor, a merged cell's box over the rows
// it spans (within rows), and moves the cursor under them.
func (w *writer) drawRows(rows []tableRow, widths []float64, st style) {
	total := spanWidth(widths, 0, len(widths))
	x0 := w.x + (w.width-total)/2
	w.f.SetLineWidth(borderWidth)
	for r, row := range rows {
		x := x0
		col := 0
		for i, c := range row.cells {
			cw := spanWidth(widths, col, c.Span)
			if !c.Merged {
				h := row.height
				for k := r + 1; k < r+c.RowSpan && k < len(rows); k++ {
					h += rows[k].height
				}
				w.f.Rect(x, w.y, cw, h, "D")
				w.cellText(row.lines[i], c, x, cw, h, st)
			}
			x += cw
			col += c.Span
		}
		w.y += row.height
	}
}

// cellText draws a cell's lines centred vertically in its box, aligned as
// the cell says.
func (w *writer) cellText(lines []string, c layout.Cell, x, width, height float64, st style) {
	st.bold = c.Bold
	lh := lineHeight(st.size, 1)
	y := w.y + (height-float64(len(lines))*lh)/2
	w.use(st)
	for _, l := range lines {
		w.glyphs.note(l)
		s := text(l)
		tw := w.f.GetStringWidth(s)
		tx := x + cellPadX
		switch c.Align {
		case layout.AlignCenter:
			tx = x + (width-tw)/2
		case layout.AlignRight:
			tx = x + width - cellPadX - tw
		}
		w.f.Text(tx, y+(lh-st.size*ptMM*lineEm)/2+st.size*ptMM*baselineEm, s)
		y += lh
	}
}
