package docread

import (
	"unicode/utf8"
)

// budget is what reading one document may still produce, shared by every
// part (body, notes, numbering) so that text repeated by reference (one
// long footnote cited hundreds of times) counts each time it is produced.
// The first limit crossed is kept as the error and stops the reading.
type budget struct {
	lim   Limits
	name  string
	text  int64
	paras int
	err   error
}

// spend counts n bytes of text produced; false once over the budget.
func (b *budget) spend(n int) bool {
	if b.err != nil {
		return false
	}
	b.text += int64(n)
	if b.text > b.lim.Text {
		b.err = fail("tệp %s cho ra hơn %s chữ, quá giới hạn baocao đọc (có phần bị lặp lại quá nhiều lần); hãy mở bằng Word, bỏ phần lặp hoặc tách thành nhiều tệp rồi lưu lại",
			base(b.name), sizeText(b.lim.Text))
	}
	return b.err == nil
}

// para counts one paragraph of text; false once over the limit.
func (b *budget) para() bool {
	if b.err != nil {
		return false
	}
	b.paras++
	if b.paras > b.lim.Paras {
		b.err = fail("tệp %s có hơn %s đoạn văn, quá giới hạn một văn bản baocao đọc được; hãy tách văn bản thành nhiều tệp",
			base(b.name), groupDigits(b.lim.Paras))
	}
	return b.err == nil
}

// paraLen refuses a paragraph longer than a field may hold; n is the
// paragraph's number (from 1) and text its text so far.
func (b *budget) paraLen(n int, text string) bool {
	if b.err != nil {
		return false
	}
	if len(text) > b.lim.ParaLen && utf8.RuneCountInString(text) > b.lim.ParaLen {
		b.err = fail("đoạn thứ %s của tệp %s dài hơn %s ký tự, quá sức chứa một mục; hãy tách đoạn này trong Word (đoạn bắt đầu bằng %q)",
			groupDigits(n), base(b.name), groupDigits(b.lim.ParaLen), firstWords(text))
	}
	return b.err == nil
}

// firstWords returns the start of a text, to name a paragraph in a message.
func firstWords(s string) string {
	const n = 40
	for i := range s {
		if i >= n {
			return s[:i] + "…"
		}
	}
	return s
}

// groupDigits writes n with dots between thousands, as Vietnamese does.
func groupDigits(n int) string {
	s := itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// sizeText writes a byte count in MB.
func sizeText(n int64) string {
	return itoa(int(n>>20)) + " MB"
}
