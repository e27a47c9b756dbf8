package main

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is the language of help and messages: Vietnamese unless English is
// asked for with --lang en or BAOCAO_LANG=en.
type Lang int

// The languages.
const (
	LangVI Lang = iota
	LangEN
)

// T returns vi or en, whichever the language is.
func (l Lang) T(vi, en string) string {
	if l == LangEN {
		return en
	}
	return vi
}

// ErrProblems reports that a check found errors; they were printed already,
// so main prints nothing more and exits 1.
var ErrProblems = errors.New("problems found")

// UsageError is a wrong invocation (exit code 2). Msg is already in the
// user's language; Command names the help topic to point at.
type UsageError struct {
	Command string
	Msg     string
}

func (e *UsageError) Error() string { return e.Msg }

// usagef builds a UsageError in the current language.
func (m *Main) usagef(cmd, vi, en string, args ...any) error {
	return &UsageError{Command: cmd, Msg: fmt.Sprintf(m.lang.T(vi, en), args...)}
}

// failf builds a failure (exit code 1) in the current language.
func (m *Main) failf(vi, en string, args ...any) error {
	return errors.New(fmt.Sprintf(m.lang.T(vi, en), args...))
}

// parseLang reads a language code: "vi" or "en", in any case, with an
// optional region or encoding suffix ("en_US.UTF-8").
func parseLang(s string) (Lang, bool) {
	code := strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(code, "-_."); i >= 0 {
		code = code[:i]
	}
	switch code {
	case "vi":
		return LangVI, true
	case "en":
		return LangEN, true
	}
	return LangVI, false
}

// pickLang finds the language before anything else is parsed, so that even
// an error about the first argument is in the language asked for: the last
// --lang in args wins over BAOCAO_LANG.
func pickLang(args []string, env string) (Lang, error) {
	value, from := env, "BAOCAO_LANG"
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				value, from = args[i+1], "--lang"
				i++
			}
		case strings.HasPrefix(a, "--lang="), strings.HasPrefix(a, "-lang="):
			value, from = a[strings.Index(a, "=")+1:], "--lang"
		}
	}
	if value == "" {
		return LangVI, nil
	}
	l, ok := parseLang(value)
	if !ok {
		return LangVI, &UsageError{Msg: fmt.Sprintf(
			"%s %q không hợp lệ; hãy dùng vi (tiếng Việt) hoặc en (English) / "+
				"invalid %s %q; use vi (Vietnamese) or en (English)", from, value, from, value)}
	}
	return l, nil
}
