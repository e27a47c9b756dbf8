package templates

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// LineProblem is one problem of a data file: its 1-based line (0 when it
// concerns the whole file) and a Vietnamese message saying what to fix.
type LineProblem struct {
	Line int
	Msg  string
}

// LoadError is the error of a data file that cannot be used: every problem
// found in it, in line order.
type LoadError struct {
	File     string
	Problems []LineProblem
}

// Error lists the problems as "file:line: message", one per line.
func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.Line > 0 {
			fmt.Fprintf(&b, "%s:%d: %s", e.File, p.Line, p.Msg)
		} else {
			fmt.Fprintf(&b, "%s: %s", e.File, p.Msg)
		}
	}
	return b.String()
}

// entry is one "key: value" of a block, continuation lines included.
type entry struct {
	Key, Value string
	Line       int
	more       []string // continuation lines, joined into Value at the end
}

// block is the file head, a "==" block or a "--" block inside one.
type block struct {
	ID       string
	Line     int
	Entries  []entry
	Children []*block
}

// problems collects line problems; its methods never fail.
type problems struct{ list []LineProblem }

func (p *problems) add(line int, format string, args ...any) {
	p.list = append(p.list, LineProblem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

// sorted returns the problems in line order, the order of finding kept
// within a line.
func (p *problems) sorted() []LineProblem {
	out := append([]LineProblem(nil), p.list...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// parser reads the block format: outer and inner name the words after "=="
// and "--" ("section" and "field", or "regime" and "position").
type parser struct {
	outer, inner string
	head         *block
	blocks       []*block
	cur          *block // where keys go
	last         *entry // what continuation lines extend
	probs        *problems
}

// parseBlocks splits data into the head and its blocks, reporting every
// line it cannot read.
func parseBlocks(data []byte, outer, inner string, probs *problems) (*block, []*block) {
	p := &parser{outer: outer, inner: inner, head: &block{Line: 1}, probs: probs}
	p.cur = p.head
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for i, raw := range bytes.Split(data, []byte("\n")) {
		p.line(i+1, raw)
	}
	join(p.head)
	for _, b := range p.blocks {
		join(b)
	}
	return p.head, p.blocks
}

func (p *parser) line(n int, raw []byte) {
	raw = bytes.TrimSuffix(raw, []byte("\r"))
	if !utf8.Valid(raw) {
		p.probs.add(n, "dòng có ký tự không đọc được (không phải UTF-8); hãy lưu tệp với bảng mã UTF-8")
		raw = []byte(strings.ToValidUTF8(string(raw), "\uFFFD"))
	}
	s := string(raw)
	switch {
	case strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#"):
	case s[0] == ' ' || s[0] == '\t':
		p.continuation(n, s)
	case strings.HasPrefix(s, "=="):
		p.open(n, s, "==", p.outer)
	case strings.HasPrefix(s, "--"):
		p.open(n, s, "--", p.inner)
	default:
		p.keyValue(n, s)
	}
}

func (p *parser) continuation(n int, s string) {
	if p.last == nil {
		p.probs.add(n, "dòng thụt lề nhưng phía trên không có khóa nào để viết tiếp; hãy bỏ thụt lề hoặc đặt dòng này ngay dưới một dòng \"khóa: giá trị\"")
		return
	}
	if !strings.HasPrefix(s, "  ") && !strings.HasPrefix(s, "\t") {
		p.probs.add(n, "dòng viết tiếp phải thụt lề đúng hai dấu cách (hoặc một tab); hãy thêm một dấu cách ở đầu dòng")
	}
	p.last.more = append(p.last.more, model.CleanLine(s))
}

// join folds continuation lines into their values, one line each.
func join(b *block) {
	for i := range b.Entries {
		e := &b.Entries[i]
		if len(e.more) == 0 {
			continue
		}
		lines := e.more
		if e.Value != "" {
			lines = append([]string{e.Value}, lines...)
		}
		e.Value, e.more = strings.Join(lines, "\n"), nil
	}
	for _, c := range b.Children {
		join(c)
	}
}

func (p *parser) open(n int, s, mark, word string) {
	fields := strings.Fields(strings.TrimPrefix(s, mark))
	switch {
	case len(fields) == 0 || fields[0] != word:
		p.probs.add(n, "sau %q phải là %q và mã của nó, ví dụ \"%s %s ID\"", mark, word, mark, word)
	case len(fields) == 1:
		p.probs.add(n, "thiếu mã sau \"%s %s\"; hãy viết \"%s %s ID\"", mark, word, mark, word)
	case len(fields) > 2:
		p.probs.add(n, "mã %q có dấu cách; mã chỉ gồm chữ, số, \".\", \"_\" và \"-\"", strings.Join(fields[1:], " "))
	case !validID(fields[1]):
		p.probs.add(n, "mã %q không hợp lệ; mã chỉ gồm chữ không dấu, số, \".\", \"_\" và \"-\"", model.CleanLine(fields[1]))
	}
	b := &block{Line: n}
	if len(fields) >= 2 {
		b.ID = model.CleanLine(fields[1])
	}
	p.last = nil
	if mark == "==" {
		p.blocks = append(p.blocks, b)
		p.cur = b
		return
	}
	if len(p.blocks) == 0 {
		p.probs.add(n, "khối \"-- %s\" phải nằm sau một khối \"== %s\"; hãy mở khối \"== %s\" trước", word, p.outer, p.outer)
		p.cur = b // keep reading its keys, but they go nowhere
		return
	}
	parent := p.blocks[len(p.blocks)-1]
	parent.Children = append(parent.Children, b)
	p.cur = b
}

func (p *parser) keyValue(n int, s string) {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		p.probs.add(n, "không hiểu dòng này; mỗi dòng phải có dạng \"khóa: giá trị\", bắt đầu bằng \"==\" hoặc \"--\", hoặc là chú thích bắt đầu bằng \"#\"")
		p.last = nil
		return
	}
	key := strings.TrimSpace(s[:i])
	if !validKey(key) {
		p.probs.add(n, "khóa %q không hợp lệ; khóa viết bằng chữ thường không dấu, ví dụ \"heading\"", model.CleanLine(key))
		p.last = nil
		return
	}
	p.cur.Entries = append(p.cur.Entries, entry{Key: key, Value: model.CleanLine(s[i+1:]), Line: n})
	p.last = &p.cur.Entries[len(p.cur.Entries)-1]
}

func validKey(k string) bool {
	if k == "" {
		return false
	}
	for _, c := range k {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// validID reports whether s is a usable ID: ASCII letters, digits, ".", "_"
// and "-", at most 64 characters.
func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, c := range s {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
		if !ok {
			return false
		}
	}
	return true
}
