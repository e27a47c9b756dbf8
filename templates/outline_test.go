package templates

import (
	"errors"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// minimal is the smallest outline that loads; cases change it.
const minimal = `outline: t
name: Thử
profile: state
== section a
level: 0
-- field f
label: F
kind: line
`

// want is a problem a case must report: its line and part of its message.
type want struct {
	line int
	msg  string
}

func TestParseOutlineProblems(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []want
	}{
		{"unknown file key", "outline: t\ncolour: đỏ\nname: T\nprofile: state\n== section a\nlevel: 0\n-- field f\nlabel: F\nkind: line\n",
			[]want{{2, `khóa "colour" không dùng được trong tệp`}}},
		{"unknown field key", minimal + "colour: đỏ\n", []want{{9, `khóa "colour" không dùng được trong trường`}}},
		{"missing file keys", "== section a\nlevel: 0\n-- field f\nlabel: F\nkind: line\n",
			[]want{{1, `thiếu khóa "outline"`}, {1, `thiếu khóa "name"`}, {1, `thiếu khóa "profile"`}}},
		{"empty file", "", []want{{0, "chưa có mục nào"}, {1, `thiếu khóa "outline"`}, {1, `thiếu khóa "name"`}, {1, `thiếu khóa "profile"`}}},
		{"missing kind", strings.Replace(minimal, "kind: line\n", "", 1), []want{{6, `trường "f" thiếu khóa "kind"`}}},
		{"repeated single key", minimal + "label: G\n", []want{{9, `khóa "label" đã có ở dòng 7`}}},
		{"empty required value", strings.Replace(minimal, "label: F", "label:", 1), []want{{7, `khóa "label" để trống`}}},
		{"bad profile", strings.Replace(minimal, "profile: state", "profile: tinh", 1), []want{{3, `thể thức "tinh" không có`}}},
		{"bad outline id", strings.Replace(minimal, "outline: t", "outline: dàn ý", 1), []want{{1, "mã dàn ý"}}},
		{"duplicate section", minimal + "== section a\nlevel: 0\n-- field g\nlabel: G\nkind: line\n",
			[]want{{9, `mã mục "a" đã dùng ở dòng 4`}}},
		{"duplicate field", minimal + "-- field f\nlabel: G\nkind: line\n", []want{{9, `mã trường "f" đã dùng ở dòng 6`}}},
		{"field IDs differing in case", minimal + "-- field F\nlabel: G\nkind: line\n", []want{{9, `mã trường "F" đã dùng ở dòng 6`}}},
		{"unknown kind", strings.Replace(minimal, "kind: line", "kind: text", 1), []want{{8, `loại trường "text" không có`}}},
		{"unknown bind", minimal + "bind: unit.colour\n", []want{{9, `bind "unit.colour" không có`}}},
		{"bind kind mismatch", minimal + "bind: doc.date\n", []want{{9, `bind "doc.date" không nhận trường loại "line"`}}},
		{"duplicate bind", strings.Replace(minimal, "kind: line\n", "kind: line\nbind: unit.name\n", 1) + "-- field g\nlabel: G\nkind: line\nbind: unit.name\n",
			[]want{{13, `bind "unit.name" đã gắn với trường ở dòng 6`}}},
		{"structured kind without bind", strings.Replace(minimal, "kind: line", "kind: staffing", 1), []want{{8, `phải có "bind: staffing"`}}},
		{"choice without options", strings.Replace(minimal, "kind: line", "kind: choice", 1), []want{{8, "chưa có phương án"}}},
		{"option on a line field", minimal + "option: a=A\n", []want{{9, `chỉ trường loại "choice" mới có "option"`}}},
		{"duplicate option", strings.Replace(minimal, "kind: line", "kind: choice\noption: a=A\noption: b=B\noption: a=C", 1),
			[]want{{11, `phương án "a" đã có ở dòng 9`}}},
		{"empty option value", strings.Replace(minimal, "kind: line", "kind: choice\noption: =A", 1), []want{{9, "phương án để trống giá trị"}}},
		{"none-ok on a bound field", minimal + "bind: unit.name\nnone-ok: yes\n", []want{{10, `nhận câu trả lời "Không"`}}},
		{"none-ok on a date", strings.Replace(minimal, "kind: line", "kind: date\nnone-ok: yes", 1), []want{{9, `nhận câu trả lời "Không"`}}},
		{"bad flag", minimal + "required: maybe\n", []want{{9, `"required" chỉ nhận "yes" hoặc "no"`}}},
		{"bad level", strings.Replace(minimal, "level: 0", "level: 7", 1), []want{{5, "cấp của mục phải là 0"}}},
		{"level 2 after level 0", strings.Replace(minimal, "level: 0", "level: 2\nnumber: 1\nheading: H", 1),
			[]want{{5, `mục "a" ở cấp 2 phải nằm sau một mục cấp 1`}}},
		{"level 3 after level 1", minimal + "== section b\nlevel: 1\nnumber: I\nheading: B\n-- field g\nlabel: G\nkind: line\n== section c\nlevel: 3\nnumber: a\nheading: C\n-- field h\nlabel: H\nkind: line\n",
			[]want{{17, `mục "c" ở cấp 3 phải nằm sau một mục cấp 2`}}},
		{"body section without number and heading", strings.Replace(minimal, "level: 0", "level: 1", 1),
			[]want{{4, `mục "a" ở cấp 1 phải có số thứ tự`}, {4, `mục "a" chưa có tiêu đề`}}},
		{"number on level 0", strings.Replace(minimal, "level: 0", "level: 0\nnumber: I", 1), []want{{6, "mục cấp 0 (phần ngoài thân bài) không đánh số"}}},
		{"section without fields", minimal + "== section b\nlevel: 0\n", []want{{9, `mục "b" không có trường nào`}}},
		{"heading without subsections", minimal + "== section b\nlevel: 1\nnumber: I\nheading: B\n", []want{{9, `mục "b" không có trường nào`}}},
		{"bad default", "default: unit.colour = đỏ\n" + minimal, []want{{1, `không đặt được giá trị mặc định cho "unit.colour"`}}},
		{"default without equals", "default: BC\n" + minimal, []want{{1, `"default" phải có dạng "bind = giá trị"`}}},
		{"repeated default", "default: doc.typeCode = BC\ndefault: doc.typeCode = CV\n" + minimal, []want{{2, `giá trị mặc định của "doc.typeCode" đã ghi`}}},
		{"empty recipient", "recipient:\n" + minimal, []want{{1, "nơi nhận để trống"}}},
		{"unknown placeholder", "closing: Trên đây là báo cáo của {unit}.\n" + minimal, []want{{1, "không có {unit}"}}},
		{"invalid UTF-8", strings.Replace(minimal, "label: F", "label: F\xff", 1), []want{{7, "không phải UTF-8"}}},
		{"continuation without key", "  lạc dòng\n" + minimal, []want{{1, "phía trên không có khóa nào"}}},
		{"one-space continuation", strings.Replace(minimal, "label: F\n", "label: F\n tiếp\n", 1), []want{{8, "thụt lề đúng hai dấu cách"}}},
		{"line without colon", minimal + "không có dấu hai chấm\n", []want{{9, `mỗi dòng phải có dạng "khóa: giá trị"`}}},
		{"bad key", minimal + "Nhãn: F\n", []want{{9, `khóa "Nhãn" không hợp lệ`}}},
		{"field before section", strings.Replace(minimal, "profile: state\n", "profile: state\n-- field x\nlabel: X\nkind: line\n", 1), []want{{4, `khối "-- field" phải nằm sau một khối "== section"`}}},
		{"wrong block word", strings.Replace(minimal, "== section a", "== sektion a", 1), []want{{4, `sau "==" phải là "section"`}}},
		{"block without id", strings.Replace(minimal, "-- field f", "-- field", 1), []want{{6, `thiếu mã sau "-- field"`}}},
		{"id with a space", strings.Replace(minimal, "== section a", "== section a b", 1), []want{{4, `mã "a b" có dấu cách`}}},
		{"id with diacritics", strings.Replace(minimal, "-- field f", "-- field trường", 1), []want{{6, `mã "trường" không hợp lệ`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantProblems(t, tt.input, tt.want) })
	}
}

// wantProblems checks that an outline file has exactly the wanted
// problems, and that ParseOutline fails with the same ones.
func wantProblems(t *testing.T, input string, want []want) {
	t.Helper()
	got := CheckOutline("t.outline", []byte(input))
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d: %v", len(got), len(want), got)
	}
	for _, w := range want {
		if !hasProblem(got, w) {
			t.Errorf("missing problem at line %d containing %q; got %v", w.line, w.msg, got)
		}
	}
	_, err := ParseOutline("t.outline", []byte(input))
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != len(got) {
		t.Errorf("ParseOutline error = %v, want a *LoadError with the same %d problems", err, len(got))
	}
}

func hasProblem(ps []LineProblem, w want) bool {
	for _, p := range ps {
		if p.Line == w.line && strings.Contains(p.Msg, w.msg) {
			return true
		}
	}
	return false
}

func TestParseOutlineValues(t *testing.T) {
	input := "\xef\xbb\xbf# chú thích\r\noutline: t\r\nname: Th\u01b0\u0309\r\nprofile: party\r\n" +
		"subject: Trích yếu\r\nclosing: Trên đây là báo cáo của {issuer} về {directive}.\r\n" +
		"default: doc.typeCode = BC\r\ndefault: signer.authority = T/M\r\n" +
		"recipient: Thường trực\r\nrecipient: Lưu Văn phòng\r\n\r\n" +
		"== section I\r\nlevel: 1\r\nnumber: I\r\nheading: Tình hình\r\nguide: Dòng một,\r\n  dòng hai.\r\n\r\n  dòng ba.\r\n" +
		"-- field I.text\r\nlabel: Nội dung\r\nkind: narrative\r\nrequired: có\r\nnone-ok: yes\r\n" +
		"-- field kind\r\nlabel: Loại\r\nkind: choice\r\nbind: unit.kind\r\noption: xa=Xã\r\noption: cap-uy=Cấp ủy\r\n"
	o, err := ParseOutline("t.outline", []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	if o.Name != "Thử" {
		t.Errorf("Name = %q, want the NFC form %q", o.Name, "Thử")
	}
	if o.Profile != model.ProfileParty || o.Source != "t.outline" || o.Subject != "Trích yếu" {
		t.Errorf("head read wrong: %+v", o)
	}
	if o.Defaults["doc.typeCode"] != "BC" || o.Defaults["signer.authority"] != "T/M" || len(o.Defaults) != 2 {
		t.Errorf("Defaults = %v", o.Defaults)
	}
	if strings.Join(o.DefaultRecipients, "|") != "Thường trực|Lưu Văn phòng" {
		t.Errorf("DefaultRecipients = %q", o.DefaultRecipients)
	}
	s := o.Sections[0]
	if s.Guide != "Dòng một,\ndòng hai.\ndòng ba." || s.Level != 1 || s.Number != "I" {
		t.Errorf("section = %+v", s)
	}
	f := s.Fields[0]
	if !f.Required || !f.NoneOK || f.Kind != model.FieldNarrative || f.Bind != "" {
		t.Errorf("field = %+v", f)
	}
	if c := s.Fields[1]; strings.Join(c.Options, "|") != "xa=Xã|cap-uy=Cấp ủy" || c.Required {
		t.Errorf("choice = %+v", c)
	}
}

func TestLoadErrorText(t *testing.T) {
	e := &LoadError{File: "a.outline", Problems: []LineProblem{{0, "tệp rỗng"}, {3, "sai"}}}
	if got, want := e.Error(), "a.outline: tệp rỗng\na.outline:3: sai"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// TestDefaultsApply checks that every key a "default:" line accepts is one
// model.New fills in, so no default is silently dropped.
func TestDefaultsApply(t *testing.T) {
	for _, bind := range defaultBinds() {
		o := model.Outline{ID: "t", Defaults: map[string]string{bind: "Giá-trị-thử"}}
		data, err := model.MarshalReport(model.New(o))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "Giá-trị-thử") {
			t.Errorf("default for %q is not applied by model.New", bind)
		}
	}
}
