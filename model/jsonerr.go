package model

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// DecodeCause turns an error of encoding/json that names no cause a clerk
// can act on — an unknown field, a date or time in the wrong form — into a
// *FormatError in Vietnamese naming the field and its line (the first
// place in data where it is written). It returns nil for other errors.
func DecodeCause(data []byte, err error) *FormatError {
	var pe *time.ParseError
	switch {
	case errors.As(err, &pe):
		key, at := "", -1
		if i := bytes.Index(data, []byte(`"`+pe.Value+`"`)); i >= 0 {
			key, at = keyBefore(data[:i])
		}
		return &FormatError{Line: lineAt(data, int64(at)+1), Msg: fmt.Sprintf("trường %q có thời điểm %q không đúng dạng (cần dạng như \"2026-12-07T08:30:00+07:00\"); hãy sửa lại giá trị đó",
			key, pe.Value)}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.TrimPrefix(err.Error(), "json: unknown field ")
		line := 0
		if loc := regexp.MustCompile(regexp.QuoteMeta(field) + `\s*:`).FindIndex(data); loc != nil {
			line = lineAt(data, int64(loc[0])+1)
		}
		return &FormatError{Line: line, Msg: "có trường lạ " + field + " mà bản baocao này không biết; hãy xóa trường đó hoặc sửa tên cho đúng"}
	}
	return nil
}

// keyBefore returns the object key of the value that begins at the end of
// s, and the offset of the key (-1 when there is none).
func keyBefore(s []byte) (string, int) {
	s = bytes.TrimRight(s, " \t\r\n")
	s = bytes.TrimRight(bytes.TrimSuffix(s, []byte(":")), " \t\r\n")
	if n := len(s); n == 0 || s[n-1] != '"' {
		return "", -1
	}
	start := openingQuote(s[:len(s)-1])
	if start >= len(s)-1 {
		return "", -1
	}
	return string(s[start+1 : len(s)-1]), start
}

// openingQuote returns the index of the quote that opens the JSON string
// ending at the end of s (its closing quote already cut off), or len(s).
func openingQuote(s []byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != '"' {
			continue
		}
		escapes := 0
		for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
			escapes++
		}
		if escapes%2 == 0 {
			return i
		}
	}
	return len(s)
}
