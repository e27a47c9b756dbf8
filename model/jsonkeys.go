package model

import (
	"bytes"
	"encoding/json"
	"fmt"
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
	_, err := walkKeys(data, nil)
	return err
}

// walkKeys is checkValidKeys, and, given the shape of the value, also
// reports whether every key names exactly what the shape has there; it
// stops at the first that does not (known is false, err nil).
func walkKeys(data []byte, root *jsonShape) (known bool, err error) {
	var stack keyStack
	var shapes []*jsonShape // with root: the shape of each open object or list
	var next *jsonShape     // with root: the shape of the value after the last key
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{', '[':
			if root != nil {
				s := root
				if n := len(shapes); n > 0 && stack.inObject() {
					s = next
				} else if n > 0 {
					s = shapes[n-1].child("")
				}
				if s == nil || !s.holds(data[i] == '{') {
					return false, nil
				}
				shapes = append(shapes, s)
			}
			stack.open(data[i] == '{')
		case '}', ']':
			stack.close()
			if root != nil {
				shapes = shapes[:len(shapes)-1]
			}
		case ',':
			stack.valueDone()
		case '"':
			end := stringEnd(data, i)
			if stack.wantKey() {
				k := unquoteKey(data[i:end])
				if err := stack.key(k); err != nil {
					err.Line = lineAt(data, int64(end))
					return false, err
				}
				if root != nil {
					if next = shapes[len(shapes)-1].child(string(k)); next == nil {
						return false, nil
					}
				}
			}
			i = end - 1
		}
	}
	return true, nil
}

// stringEnd is the index just past the closing quote of the well-formed
// JSON string starting at data[start]: the first quote after it that an
// even number of backslashes precedes.
func stringEnd(data []byte, start int) int {
	for i := start + 1; i < len(data); i++ {
		q := bytes.IndexByte(data[i:], '"')
		if q < 0 {
			break
		}
		i += q
		escapes := 0
		for j := i - 1; j > start && data[j] == '\\'; j-- {
			escapes++
		}
		if escapes%2 == 0 {
			return i + 1
		}
	}
	return len(data)
}

// unquoteKey is a well-formed JSON string's value as encoding/json reads
// it (escapes decoded, invalid UTF-8 replaced); plain ASCII is not
// decoded, nor copied.
func unquoteKey(quoted []byte) []byte {
	plain := true
	for _, c := range quoted[1 : len(quoted)-1] {
		plain = plain && c >= ' ' && c < utf8.RuneSelf && c != '\\'
	}
	if plain {
		return quoted[1 : len(quoted)-1]
	}
	var k string
	json.Unmarshal(quoted, &k) // well-formed: cannot fail
	return []byte(k)
}

// checkKeyTokens is CheckKeys for data that is not one well-formed value:
// the decoder's tokens up to the first syntax error, so that a repeated
// key before it is still reported.
func checkKeyTokens(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack keyStack
	for {
		tok, err := dec.Token()
		if err != nil { // io.EOF at the end, or the first syntax error
			return nil
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			stack.open(tok == json.Delim('{'))
			continue
		case json.Delim('}'), json.Delim(']'):
			stack.close()
			stack.valueDone()
			continue
		}
		if !stack.inObject() {
			continue
		}
		if !stack.wantKey() {
			stack.valueDone()
			continue
		}
		if err := stack.key([]byte(tok.(string))); err != nil {
			err.Line = lineAt(data, dec.InputOffset())
			return err
		}
	}
}

// keyStack holds the open objects and arrays of CheckKeys, innermost last,
// and the keys of the open objects so far, in one list: an object's keys
// are the end of the list from its frame's first. Reports have thousands of
// small objects, so they share the list rather than each making a map.
type keyStack struct {
	frames []keyFrame
	keys   []seenKey
}

// keyFrame is one open object or array: for an object, where its keys
// start in keyStack.keys, whether the next token is a key, and, once it
// has many keys, an index of them by their folded form.
type keyFrame struct {
	object  bool
	wantKey bool
	first   int
	index   map[string][]byte
}

// seenKey is a key as written and its form after cleaning and folding.
type seenKey struct {
	written, folded []byte
}

// indexFrom is the number of keys from which an object's keys are found
// through a map rather than by going through them.
const indexFrom = 16

func (s *keyStack) open(object bool) {
	s.frames = append(s.frames, keyFrame{object: object, wantKey: object, first: len(s.keys)})
}

// close ends the innermost object or array and forgets its keys.
func (s *keyStack) close() {
	top := s.frames[len(s.frames)-1]
	s.keys = s.keys[:top.first]
	s.frames = s.frames[:len(s.frames)-1]
}

func (s *keyStack) inObject() bool {
	return len(s.frames) > 0 && s.frames[len(s.frames)-1].object
}

// wantKey reports whether the next string is a key of the innermost object.
func (s *keyStack) wantKey() bool {
	return s.inObject() && s.frames[len(s.frames)-1].wantKey
}

// valueDone records that an object's value (or an array's element) ended.
func (s *keyStack) valueDone() {
	if s.inObject() {
		s.frames[len(s.frames)-1].wantKey = true
	}
}

// key records a key of the innermost object, or says which earlier key it
// repeats.
func (s *keyStack) key(k []byte) *FormatError {
	f := &s.frames[len(s.frames)-1]
	f.wantKey = false
	c := foldedKey(k)
	prev, dup := f.find(s.keys[f.first:], c)
	switch {
	case !dup:
		s.keys = append(s.keys, seenKey{written: k, folded: c})
		if f.index != nil {
			f.index[string(c)] = k
		} else if len(s.keys)-f.first >= indexFrom {
			f.index = make(map[string][]byte, 2*indexFrom)
			for _, sk := range s.keys[f.first:] {
				f.index[string(sk.folded)] = sk.written
			}
		}
		return nil
	case bytes.Equal(prev, k):
		return &FormatError{Msg: fmt.Sprintf("khóa %q xuất hiện hai lần trong cùng một đối tượng; hãy giữ lại một (baocao không tự chọn thay)", k)}
	}
	return &FormatError{Msg: fmt.Sprintf("hai khóa %q và %q trở thành một sau khi bỏ ký tự ẩn, chuẩn hóa chữ và không phân biệt chữ hoa, chữ thường; hãy đổi tên hoặc gộp chúng lại", prev, k)}
}

// find returns the key as written among keys (the frame's) whose folded
// form is folded.
func (f *keyFrame) find(keys []seenKey, folded []byte) ([]byte, bool) {
	if f.index != nil {
		k, ok := f.index[string(folded)]
		return k, ok
	}
	for _, sk := range keys {
		if bytes.Equal(sk.folded, folded) {
			return sk.written, true
		}
	}
	return nil, false
}

// foldedKey is foldKey(CleanLine(k)): k itself for printable ASCII with
// no capital letter and no space at either end, as keys mostly are.
func foldedKey(k []byte) []byte {
	plain := len(k) == 0 || (k[0] != ' ' && k[len(k)-1] != ' ')
	for _, c := range k {
		plain = plain && ' ' <= c && c < 0x7f && (c < 'A' || c > 'Z')
	}
	if plain {
		return k
	}
	return []byte(foldKey(CleanLine(string(k))))
}

// foldKey maps every letter of k to one member of its case-folding orbit
// (the smallest, or the small letter when the orbit has an ASCII letter),
// so that foldKey(a) == foldKey(b) exactly when strings.EqualFold(a, b):
// the equality encoding/json uses to match keys. A key of ASCII small
// letters, as keys mostly are, is its own form.
func foldKey(k string) string {
	ascii, upper := true, false
	for i := 0; i < len(k); i++ {
		ascii = ascii && k[i] < utf8.RuneSelf
		upper = upper || ('A' <= k[i] && k[i] <= 'Z')
	}
	switch {
	case ascii && !upper:
		return k
	case ascii:
		return strings.ToLower(k)
	}
	return strings.Map(func(r rune) rune {
		low := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			low = min(low, f)
		}
		if low < utf8.RuneSelf {
			return unicode.ToLower(low)
		}
		return low
	}, k)
}
