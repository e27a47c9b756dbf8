// Package docread reads the documents a clerk already has — Word files
// (.docx), plain text and Markdown — into a flat list of paragraphs that
// package importer turns into outlines and drafts.
//
// DOCX is read with the standard library only (archive/zip, encoding/xml):
// paragraphs with their style, outline level, alignment, bold and italic;
// the visible text of automatic numbering worked out from numbering.xml
// ("I.", "1.", "a)", "-"); tables cell by cell in reading order; text boxes
// (once, though Word stores them twice); fields' shown text; footnotes and
// endnotes attached to the paragraph that cites them; tracked changes
// resolved (insertions kept, deletions dropped, and counted so the caller
// can say so). Headers and footers are not part of the body and are not
// read.
//
// Input is hostile until proved otherwise: the zip is bounded in entries,
// in total and per-part uncompressed size and in compression ratio, and
// its parts are found by one canonical name as Word finds them, duplicates
// and path tricks refused (Open is the one entry point to a Word file's
// parts, for Read and the form checker alike); XML is parsed without
// entity expansion, with bounded nesting depth and element count; the text
// the whole document produces is bounded (Limits); encodings other than
// UTF-8 are detected and converted (encoding.go); every text passes
// model.Clean. A legacy .doc, a PDF, an encrypted or OpenDocument file, an
// empty one, or one over the limits gets an *Error saying, in Vietnamese,
// what to do.
package docread

import (
	"strings"
)

// Para is one paragraph of a document, in reading order.
type Para struct {
	// Num is the visible text of the paragraph's automatic numbering
	// ("I.", "1.1.", "a)", "-"), empty when it has none; typed numbers stay
	// in Text.
	Num string
	// Text is the paragraph's text after model.Clean; a line break inside
	// the paragraph is "\n".
	Text string
	// Spans are the runs of Text with one formatting, merged.
	Spans []Span
	// Style is the paragraph style's name (e.g. "heading 1"), Outline its
	// outline level (1–9; 0 for body text).
	Style   string
	Outline int
	// Align is "left", "center", "right" or "both" (justified).
	Align string
	// Bold and Italic are true when every visible character is.
	Bold, Italic bool
	// Table is 1 + the index of the top-level table holding the paragraph
	// (0 outside tables); Row and Cell locate it in that table.
	Table, Row, Cell int
	// Box marks text from a text box (or a shape).
	Box bool
	// Notes are the footnotes and endnotes the paragraph cites, each
	// "[n] text", n matching the "[n]" mark left in Text.
	Notes []string
}

// Span is a run of text with one formatting.
type Span struct {
	Text                    string
	Bold, Italic, Underline bool
	// Note is the number of the footnote or endnote the span cites, its
	// Text the "[n]" left in the paragraph; empty for text.
	Note string
}

// Full returns the paragraph as a reader sees it: the numbering, a space,
// then the text.
func (p Para) Full() string {
	if p.Num == "" {
		return p.Text
	}
	return p.Num + " " + p.Text
}

// Document is what Read returns.
type Document struct {
	Paras []Para
	// Tables are the top-level tables of a DOCX, with their header rows
	// and merged cells (their text is in Paras too).
	Tables []Table
	// Inserted and Deleted count the tracked insertions kept and deletions
	// dropped; Moved counts moves (kept at their new place).
	Inserted, Deleted, Moved int
	// Format is "docx", "txt" or "md".
	Format string
	// Converted says, in Vietnamese, what was read from an encoding other
	// than UTF-8 and converted to Unicode, or repaired.
	Converted []string
}

// Notes returns what the reader did that the user should know, in
// Vietnamese: tracked changes resolved.
func (d Document) Notes() []string {
	var out []string
	if d.Inserted+d.Deleted+d.Moved > 0 {
		out = append(out, "tệp còn thay đổi được theo dõi (Track Changes): đã nhận "+itoa(d.Inserted)+
			" chỗ chèn, bỏ "+itoa(d.Deleted)+" chỗ xóa"+movedText(d.Moved)+
			"; nếu lãnh đạo chưa duyệt các thay đổi này, hãy xem lại trong Word")
	}
	if len(d.Converted) > 0 {
		out = append(out, "chữ đã được chuyển sang Unicode ("+strings.Join(d.Converted, "; ")+"); hãy đọc lại xem chữ có đúng không")
	}
	return out
}

func movedText(n int) string {
	if n == 0 {
		return ""
	}
	return ", " + itoa(n) + " chỗ di chuyển"
}

// Error is a document baocao cannot read, with what to do, in Vietnamese.
type Error struct {
	Msg string
}

func (e *Error) Error() string { return e.Msg }

func fail(format string, args ...any) error {
	return &Error{Msg: sprintf(format, args...)}
}

// joinSpans merges adjacent spans with the same formatting, in time
// linear in the text (a paragraph may have hundreds of thousands of runs).
func joinSpans(spans []Span) []Span {
	var out []Span
	var b strings.Builder
	for i, s := range spans {
		if s.Text == "" {
			continue
		}
		b.WriteString(s.Text)
		if next := nextText(spans, i+1); next < len(spans) && s.Note == "" && spans[next].Note == "" && spans[next].Bold == s.Bold && spans[next].Italic == s.Italic && spans[next].Underline == s.Underline {
			continue
		}
		out = append(out, Span{Text: b.String(), Bold: s.Bold, Italic: s.Italic, Underline: s.Underline, Note: s.Note})
		b.Reset()
	}
	return out
}

// nextText returns the index of the first span from i with text.
func nextText(spans []Span, i int) int {
	for i < len(spans) && spans[i].Text == "" {
		i++
	}
	return i
}

// spanText returns the text of the spans.
func spanText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// allOf reports whether every span with visible text has the property.
func allOf(spans []Span, prop func(Span) bool) bool {
	seen := false
	for _, s := range spans {
		if strings.TrimSpace(s.Text) == "" {
			continue
		}
		if !prop(s) {
			return false
		}
		seen = true
	}
	return seen
}
