package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// ReportFormat names version 1 of the report's JSON form. The document is
// one object: "format" (this string), then the fields of Report with their
// json tags: outline, unit, document, directive, answers (by field ID),
// staffing, closing, recipients, signer, and unplaced (paragraphs an import
// left for the clerk, present only when there are some). README.md documents it with an
// example; examples/ holds complete reports.
const ReportFormat = "baocao/report@1"

// FormatError says why a JSON document is not a report baocao can read.
type FormatError struct {
	Line int // 1-based line of the problem; 0 when unknown
	Msg  string
}

func (e *FormatError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("dòng %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

type envelope struct {
	Format string `json:"format"`
	Report
}

// MarshalReport writes a report in its JSON form, indented, ending in a
// newline.
func MarshalReport(r Report) ([]byte, error) {
	data, err := json.MarshalIndent(envelope{Format: ReportFormat, Report: r}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// UnmarshalReport reads a report's JSON form. Unknown fields, a missing or
// foreign "format" and trailing data are errors (*FormatError, with the
// line), and so is an object with two keys that are equal as written or
// after cleaning (CheckKeys). A leading UTF-8 byte-order mark is skipped.
// Every text in the result has passed through Clean.
func UnmarshalReport(data []byte) (Report, error) {
	data = TrimBOM(data)
	// A report whose keys all name their fields exactly, none twice, is
	// read as the strict decoder would read it, without its copy of the
	// bytes; anything else (an error to report included) takes the strict
	// decoder, whose errors are the ones the clerk sees.
	var env envelope
	if json.Unmarshal(data, &env) == nil {
		if known, err := walkKeys(data, reportShape()); known && err == nil {
			return env.report(data)
		}
	}
	return unmarshalStrictly(data)
}

// unmarshalStrictly is UnmarshalReport with the strict decoder: unknown
// fields refused, every error named with its line.
func unmarshalStrictly(data []byte) (Report, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var env envelope
	if err := dec.Decode(&env); err != nil {
		return Report{}, jsonError(data, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Report{}, &FormatError{Line: lineAt(data, dec.InputOffset()), Msg: "có dữ liệu thừa sau báo cáo; tệp chỉ được chứa một báo cáo"}
	}
	// The decoder has read one well-formed value and nothing after it, so
	// the keys need only CheckKeys's one pass, not its validity check.
	if err := checkValidKeys(data); err != nil {
		return Report{}, err
	}
	return env.report(data)
}

// report is the report of a decoded envelope whose keys were checked:
// its format, counts and tables checked, its text cleaned.
func (env envelope) report(data []byte) (Report, error) {
	if env.Format != ReportFormat {
		return Report{}, formatMismatch(env.Format)
	}
	r := env.Report
	if err := r.Staffing.CheckCounts(); err != nil {
		return Report{}, &FormatError{Line: staffingLine(data), Msg: err.Error()}
	}
	if err := checkTables(r, data); err != nil {
		return Report{}, err
	}
	r.Normalize()
	return r, nil
}

func formatMismatch(got string) error {
	if got == "" {
		return &FormatError{Msg: fmt.Sprintf("thiếu trường \"format\"; tệp báo cáo phải bắt đầu bằng \"format\": %q", ReportFormat)}
	}
	if strings.HasPrefix(got, "baocao/report@") {
		return &FormatError{Msg: fmt.Sprintf("tệp theo dạng %q, bản baocao này chỉ đọc %q; hãy cập nhật baocao", got, ReportFormat)}
	}
	return &FormatError{Msg: fmt.Sprintf("tệp không phải báo cáo của baocao (format %q)", got)}
}

func jsonError(data []byte, dec *json.Decoder, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &FormatError{Line: lineAt(data, syn.Offset), Msg: "sai cú pháp JSON (thiếu hay thừa dấu phẩy, ngoặc hoặc ngoặc kép); hãy sửa dòng này"}
	case errors.As(err, &typ):
		field := strings.TrimPrefix(typ.Field, "Report.") // the envelope's embedded Report
		if field == "" {
			field = "báo cáo"
		}
		return &FormatError{Line: lineAt(data, typ.Offset), Msg: fmt.Sprintf("giá trị của %q phải là %s; hãy sửa lại giá trị đó", field, jsonKind(typ.Type))}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &FormatError{Msg: "tệp rỗng hoặc bị cắt cụt; hãy kiểm tra lại tệp JSON"}
	}
	if fe := DecodeCause(data, err); fe != nil {
		return fe
	}
	return &FormatError{Line: lineAt(data, dec.InputOffset()), Msg: "JSON không đọc được từ dòng này; hãy xuất lại tệp từ baocao"}
}

// jsonKind names a Go type the way the JSON form's reader must see it.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "chuỗi trong ngoặc kép"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "số nguyên"
	case reflect.Bool:
		return "true hoặc false"
	case reflect.Slice:
		return "danh sách [ … ]"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "đối tượng { … }"
}

// staffingLine is the line of the "staffing" key, where a bad count is.
func staffingLine(data []byte) int {
	if i := bytes.Index(data, []byte(`"staffing"`)); i >= 0 {
		return lineAt(data, int64(i))
	}
	return 0
}

func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// Normalize passes every text of the report through Clean (CleanLine for
// one-line values), as an import entry point must. The answers are
// cleaned in the report's own map.
func (r *Report) Normalize() {
	for _, p := range []*string{&r.Outline, (*string)(&r.Unit.Kind), &r.Unit.Class, &r.Unit.Name,
		&r.Unit.Issuer, &r.Unit.IssuerCode, &r.Unit.Parent, &r.Unit.Place,
		&r.Doc.Number, &r.Doc.TypeCode, &r.Doc.Date, &r.Doc.Subject, &r.Doc.Title,
		&r.Directive.Type, &r.Directive.Ref, &r.Directive.Date, &r.Directive.Issuer, &r.Directive.Subject,
		&r.Staffing.Term, &r.Staffing.TermFrom, (*string)(&r.Signer.Authority), &r.Signer.For, &r.Signer.Title, &r.Signer.Name, &r.Signer.Above} {
		*p = CleanLine(*p)
	}
	r.Opening, r.Closing, r.OutlineFile = Clean(r.Opening), Clean(r.Closing), Clean(r.OutlineFile)
	cleanAll(r.Recipients, CleanLine)
	cleanAll(r.To, CleanLine)
	cleanAll(r.Unplaced, Clean)
	r.cleanAnswers()
	for id, h := range r.Headings {
		h.Text = CleanLine(h.Text)
		r.Headings[id] = h
	}
	for i := range r.Staffing.Rows {
		row := &r.Staffing.Rows[i]
		row.Title = CleanLine(row.Title)
		row.Group = Group(CleanLine(string(row.Group)))
		cleanAll(row.Roles, CleanLine)
	}
}

// cleanAnswers cleans the answers in their map, and builds a new map only
// when an ID changes.
func (r *Report) cleanAnswers() {
	rekey := false
	for id, a := range r.Answers {
		a.Text = Clean(a.Text)
		cleanAll(a.Items, CleanLine)
		a.Table.clean()
		r.Answers[id] = a
		rekey = rekey || CleanLine(id) != id
	}
	if !rekey {
		return
	}
	answers := make(map[string]Answer, len(r.Answers))
	for id, a := range r.Answers {
		answers[CleanLine(id)] = a
	}
	r.Answers = answers
}

func cleanAll(list []string, clean func(string) string) {
	for i, s := range list {
		list[i] = clean(s)
	}
}
