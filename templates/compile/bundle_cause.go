package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/baocao/baocao/model"
)

// lineReader counts the line breaks read through it, so that the line of
// a decoder's position in a bundle is known without keeping the bundle.
type lineReader struct {
	r     io.Reader
	lines int
}

func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.lines += bytes.Count(p[:n], newline)
	return n, err
}

var newline = []byte("\n")

// lineOf returns the 1-based line of the stream offset off, which lies at
// or after dec's position within what dec has read: the breaks read, less
// those dec holds unread past off.
func (l *lineReader) lineOf(dec *json.Decoder, off int64) int {
	tail := &breakCounter{skip: off - dec.InputOffset()}
	io.Copy(tail, dec.Buffered()) // a bytes.Reader: no copy, no error
	return l.lines - tail.lines + 1
}

// breakCounter counts the line breaks written to it after the first skip
// bytes.
type breakCounter struct {
	skip  int64
	lines int
}

func (c *breakCounter) Write(p []byte) (int, error) {
	n := len(p)
	if c.skip > 0 {
		k := min(c.skip, int64(len(p)))
		p, c.skip = p[k:], c.skip-k
	}
	c.lines += bytes.Count(p, newline)
	return n, nil
}

// streamError says in Vietnamese, with its line, why the bundle's JSON
// could not be read at dec's position: cut short, broken, or unreadable.
func (l *lineReader) streamError(dec *json.Decoder, err error) error {
	var syn *json.SyntaxError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("tệp bị cắt ngang (thiếu phần cuối)")
	case errors.As(err, &syn):
		// A token's error is at dec's position; a value's is counted from
		// the value's start, where dec stays: scanned again to place it.
		at := dec.InputOffset()
		if syn.Offset != at {
			at += errorOffset(dec.Buffered())
		}
		return &model.FormatError{Line: l.lineOf(dec, at), Msg: "JSON sai cú pháp (thiếu hay thừa dấu phẩy, ngoặc hoặc ngoặc kép)"}
	}
	return &model.FormatError{Line: l.lineOf(dec, dec.InputOffset()), Msg: "không đọc tiếp được tệp từ dòng này; hãy chép tệp ra chỗ khác rồi thử lại"}
}

// errorOffset is the offset of the byte where the JSON value read from r
// breaks, 0 when it does not.
func errorOffset(r io.Reader) int64 {
	data, _ := io.ReadAll(r)
	var v json.RawMessage
	var syn *json.SyntaxError
	if errors.As(json.Unmarshal(data, &v), &syn) && syn.Offset > 0 {
		return syn.Offset - 1
	}
	return 0
}

// draftCause says in Vietnamese why a bundled draft's fields could not be
// read: the field and its line in the bundle, the draft starting at line
// first. Go's own error text is never shown.
func draftCause(data []byte, first int, err error) error {
	var typ *json.UnmarshalTypeError
	if fe := model.DecodeCause(data, err); fe != nil {
		return atLine(fe, first)
	}
	if errors.As(err, &typ) {
		return atLine(&model.FormatError{Line: lineIn(data, typ.Offset),
			Msg: fmt.Sprintf("trường %q không nhận giá trị kiểu %s; hãy sửa lại giá trị đó hoặc xuất lại gói", typ.Field, jsonValueKind(typ.Value))}, first)
	}
	return fmt.Errorf("dòng %d: bản nháp không đọc được; hãy xuất lại gói bằng \"baocao bundle export\"", first)
}

// atLine moves an error's line within a draft (1 is its first line) to
// the bundle, where the draft starts at line first. Errors without a line
// are returned as they are.
func atLine(err error, first int) error {
	var fe *model.FormatError
	if !errors.As(err, &fe) || fe.Line == 0 {
		return err
	}
	return &model.FormatError{Line: fe.Line + first - 1, Msg: fe.Msg}
}

func lineIn(data []byte, off int64) int {
	return bytes.Count(data[:min(max(off, 0), int64(len(data)))], newline) + 1
}

// jsonValueKind names the kind of a JSON value as encoding/json reports
// it in an UnmarshalTypeError.
func jsonValueKind(v string) string {
	switch v {
	case "string":
		return "chuỗi"
	case "bool":
		return "true/false"
	case "array":
		return "danh sách [ … ]"
	case "object":
		return "đối tượng { … }"
	}
	return "số"
}
