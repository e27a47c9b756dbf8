package main

import (
	"strconv"
	"strings"
)

// globals are the options every command takes: --db, --lang, --help, and
// --version before the command.
type globals struct {
	db      string
	lang    string
	help    bool
	version bool
}

// flagDef is one option: its names (without dashes) and where it stores.
type flagDef struct {
	names   []string
	str     *string
	boolean *bool
}

// flagSet parses one command's options. Unlike package flag it accepts
// options after positional arguments ("export X --format pdf"), writes its
// errors in the user's language, and reads both -name and --name.
type flagSet struct {
	cmd   string
	lang  Lang
	flags []*flagDef
	args  []string
}

// newFlagSet returns a flag set for the help topic cmd with the global
// options --db and --lang already defined (Main.parse adds --help).
func newFlagSet(cmd string, lang Lang, g *globals) *flagSet {
	fs := &flagSet{cmd: cmd, lang: lang}
	fs.String(&g.db, "db")
	fs.String(&g.lang, "lang")
	return fs
}

// String defines an option that takes a value.
func (fs *flagSet) String(p *string, names ...string) {
	fs.flags = append(fs.flags, &flagDef{names: names, str: p})
}

// Bool defines a switch; "--name=false" turns it off.
func (fs *flagSet) Bool(p *bool, names ...string) {
	fs.flags = append(fs.flags, &flagDef{names: names, boolean: p})
}

func (fs *flagSet) lookup(name string) *flagDef {
	for _, f := range fs.flags {
		for _, n := range f.names {
			if n == name {
				return f
			}
		}
	}
	return nil
}

// Parse reads args; positional arguments are kept in order in fs.args. A
// lone "-" is positional and "--" ends the options.
func (fs *flagSet) Parse(args []string) error {
	_, err := fs.parse(args, false)
	return err
}

// parse reads options until the end, or until the first positional argument
// when leading is true, and returns the arguments not consumed.
func (fs *flagSet) parse(args []string, leading bool) ([]string, error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			fs.args = append(fs.args, args[i+1:]...)
			return nil, nil
		case a == "-" || !strings.HasPrefix(a, "-"):
			if leading {
				return args[i:], nil
			}
			fs.args = append(fs.args, a)
			continue
		}
		n, err := fs.option(a, args[i+1:])
		if err != nil {
			return nil, err
		}
		i += n
	}
	return nil, nil
}

// option applies one option and returns how many following arguments it
// consumed as its value.
func (fs *flagSet) option(a string, next []string) (int, error) {
	name := strings.TrimLeft(a, "-")
	value, hasValue := "", false
	if i := strings.Index(name, "="); i >= 0 {
		name, value, hasValue = name[:i], name[i+1:], true
	}
	f := fs.lookup(name)
	if f == nil || name == "" {
		return 0, fs.errorf("không có tùy chọn %s", "unknown option %s", a)
	}
	if f.boolean != nil {
		return 0, fs.setBool(f, a, value, hasValue)
	}
	used := 0
	if !hasValue {
		if len(next) == 0 {
			return 0, fs.errorf("tùy chọn %s cần một giá trị đi sau", "option %s needs a value after it", a)
		}
		value, used = next[0], 1
	}
	// An empty value (--db "" from an unset variable) would silently mean
	// the default; say so instead.
	if strings.TrimSpace(value) == "" {
		return 0, fs.errorf("tùy chọn %s được cho giá trị rỗng; hãy ghi giá trị, hoặc bỏ hẳn tùy chọn để dùng mặc định",
			"option %s was given an empty value; give a value, or leave the option out for the default", a)
	}
	*f.str = value
	return used, nil
}

func (fs *flagSet) setBool(f *flagDef, a, value string, hasValue bool) error {
	if !hasValue {
		*f.boolean = true
		return nil
	}
	b, err := strconv.ParseBool(value)
	if err != nil {
		return fs.errorf("tùy chọn %s chỉ nhận true hoặc false", "option %s takes only true or false", a)
	}
	*f.boolean = b
	return nil
}

// need checks the number of positional arguments: at least min, at most
// max (max < 0: no limit). what describes them for the message.
func (fs *flagSet) need(min, max int, viWhat, enWhat string) error {
	n := len(fs.args)
	switch {
	case n < min:
		return fs.errorf("thiếu %s", "missing %s", fs.lang.T(viWhat, enWhat))
	case max >= 0 && n > max:
		return fs.errorf("thừa tham số %q", "unexpected argument %q", fs.args[max])
	}
	return nil
}

func (fs *flagSet) errorf(vi, en string, args ...any) error {
	m := &Main{lang: fs.lang}
	return m.usagef(fs.cmd, vi, en, args...)
}

// parseLeading reads the global options in front of the command and returns
// the command and its arguments.
func (g *globals) parseLeading(lang Lang, args []string) ([]string, error) {
	fs := newFlagSet("", lang, g)
	fs.Bool(&g.help, "help", "h")
	fs.Bool(&g.version, "version", "v")
	return fs.parse(args, true)
}
