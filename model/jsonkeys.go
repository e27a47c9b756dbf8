package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bom is the UTF-8 byte-order mark some Windows editors put at the start
// of a text file.
var bom = []byte("\xEF\xBB\xBF")

// TrimBOM returns data without a leading UTF-8 byte-order mark, which a
// JSON file saved by Notepad may carry; JSON readers accept it.
func TrimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, bom)
}

// CheckKeys reports the first JSON object in data that holds two keys that
// are the same as written, or that become the same after CleanLine (the
// cleaning every key gets on import) and case folding (encoding/json
// matches a key to a field regardless of case, "ſ" and "K" included):
// encoding/json would keep one of them silently, and for keys equal only
// after cleaning the one kept could change from run to run. The error is a *FormatError with the line that
// names the key (both keys when they differ as written). Data that is not
// well-formed JSON gives nil: the caller's decoder reports that.
func CheckKeys(data []byte) error {
	if json.Valid(data) {
		return checkValidKeys(data)
	}
	return checkKeyTokens(data)
}

// checkValidKeys is CheckKeys for one well-formed JSON value (what every
// reader passes, after decoding it), in one pass over the bytes: the token
// walk of checkKeyTokens decodes every value and costs as much as reading
// the report itself.
func checkValidKeys(data []byte) error {
	var stack []*keyFrame
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{', '[':
			stack = append(stack, newKeyFrame(data[i] == '{'))
		case '}', ']':
			stack = stack[:len(stack)-1]
		case ',':
			stack[len(stack)-1].valueDone()
		case '"':
			end := stringEnd(data, i)
			if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].wantKey {
				top := stack[n-1]
				if err := top.key(unquoteKey(data[i:end])); err != nil {
					err.Line = lineAt(data, int64(end))
					return err
				}
			}
			i = end - 1
		}
	}
	return nil
}

// stringEnd is the index just past the closing quote of the well-formed
// JSON string starting at data[start].
func stringEnd(data []byte, start int) int {
	for i := start + 1; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(data)
}

// unquoteKey is a well-formed JSON string's value as encoding/json reads
// it (escapes decoded, invalid UTF-8 replaced), without decoding plain
// ASCII.
func unquoteKey(quoted []byte) string {
	plain := true
	for _, c := range quoted[1 : len(quoted)-1] {
		plain = plain && c >= ' ' && c < utf8.RuneSelf && c != '\\'
	}
	if plain {
		return string(quoted[1 : len(quoted)-1])
	}
	var k string
	json.Unmarshal(quoted, &k) // well-formed: cannot fail
	return k
}

// checkKeyTokens is CheckKeys for data that is not one well-formed value:
// the decoder's tokens up to the first syntax error, so that a repeated
// key before it is still reported.
func checkKeyTokens(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*keyFrame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return nil
		}
		var top *keyFrame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			stack = append(stack, newKeyFrame(tok == json.Delim('{')))
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].valueDone()
			}
			continue
		}
		if top == nil || !top.object {
			continue
		}
		if !top.wantKey {
			top.valueDone()
			continue
		}
		if err := top.key(tok.(string)); err != nil {
			err.Line = lineAt(data, dec.InputOffset())
			return err
		}
	}
}

// keyFrame is one open object or array of CheckKeys: for an object, its
// keys so far by their cleaned form, and whether the next token is a key.
type keyFrame struct {
	object  bool
	wantKey bool
	keys    map[string]string
}

func newKeyFrame(object bool) *keyFrame {
	f := &keyFrame{object: object, wantKey: object}
	if object {
		f.keys = map[string]string{}
	}
	return f
}

// valueDone records that an object's value (or an array's element) ended.
func (f *keyFrame) valueDone() {
	if f.object {
		f.wantKey = true
	}
}

// key records a key of an object, or says which earlier key it repeats.
func (f *keyFrame) key(k string) *FormatError {
	f.wantKey = false
	c := foldKey(CleanLine(k))
	prev, dup := f.keys[c]
	switch {
	case !dup:
		f.keys[c] = k
		return nil
	case prev == k:
		return &FormatError{Msg: fmt.Sprintf("khóa %q xuất hiện hai lần trong cùng một đối tượng; hãy giữ lại một (baocao không tự chọn thay)", k)}
	}
	return &FormatError{Msg: fmt.Sprintf("hai khóa %q và %q trở thành một sau khi bỏ ký tự ẩn, chuẩn hóa chữ và không phân biệt chữ hoa, chữ thường; hãy đổi tên hoặc gộp chúng lại", prev, k)}
}

// foldKey maps every letter of k to one member of its case-folding orbit
// (the smallest), so that foldKey(a) == foldKey(b) exactly when
// strings.EqualFold(a, b): the equality encoding/json uses to match keys.
func foldKey(k string) string {
	return strings.Map(func(r rune) rune {
		low := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			low = min(low, f)
		}
		return low
	}, k)
}
