package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// result is what one in-process run of baocao printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// run runs baocao in-process with args and the environment env (nothing
// else of the process's environment is visible to Main.Getenv) and fails the
// test when the output holds a carriage return.
func run(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	return runIn(t, env, "", args...)
}

// runIn is run with stdin.
func runIn(t *testing.T, env map[string]string, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	}
	code := m.Exit(m.Run(context.Background(), args))
	r := result{stdout: out.String(), stderr: errb.String(), code: code}
	if strings.ContainsRune(r.stdout+r.stderr, '\r') {
		t.Errorf("baocao %q printed a carriage return:\n%q", args, r.stdout+r.stderr)
	}
	return r
}

// want checks the exit code and that stdout and stderr contain the given
// pieces.
func (r result) want(t *testing.T, code int, stdout, stderr []string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	for _, s := range stdout {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
		}
	}
	for _, s := range stderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
}
