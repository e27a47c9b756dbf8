package importer

import (
	"sort"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// WriteOutline writes an outline in the outline file format that
// templates.ParseOutline reads (and `baocao templates check` checks), with
// a comment naming its source.
func WriteOutline(o model.Outline, source string) []byte {
	var b strings.Builder
	b.WriteString("# Dàn ý do baocao lập từ tệp " + oneLine(source) + ".\n")
	b.WriteString("# Hãy đọc lại các mục và hướng dẫn; kiểm tra sau khi sửa: baocao templates check TÊN-TỆP\n\n")
	key(&b, "outline", o.ID)
	key(&b, "name", o.Name)
	key(&b, "profile", string(o.Profile))
	key(&b, "subject", o.Subject)
	key(&b, "closing", o.Closing)
	binds := make([]string, 0, len(o.Defaults))
	for k := range o.Defaults {
		binds = append(binds, k)
	}
	sort.Strings(binds)
	for _, k := range binds {
		key(&b, "default", k+" = "+oneLine(o.Defaults[k]))
	}
	for _, r := range o.DefaultRecipients {
		key(&b, "recipient", r)
	}
	for _, s := range o.Sections {
		b.WriteString("\n== section " + s.ID + "\n")
		key(&b, "level", itoa(s.Level))
		key(&b, "number", s.Number)
		key(&b, "heading", s.Heading)
		key(&b, "guide", s.Guide)
		key(&b, "example", s.Example)
		if s.NeedContent {
			key(&b, "need-content", "yes")
		}
		if s.Appendix {
			key(&b, "appendix", "yes")
		}
		for _, f := range s.Fields {
			writeField(&b, f)
		}
	}
	return []byte(b.String())
}

func writeField(b *strings.Builder, f model.Field) {
	b.WriteString("\n-- field " + f.ID + "\n")
	key(b, "label", f.Label)
	key(b, "kind", string(f.Kind))
	key(b, "bind", f.Bind)
	if f.Required {
		key(b, "required", "yes")
	}
	if f.NoneOK {
		key(b, "none-ok", "yes")
	}
	for _, opt := range f.Options {
		key(b, "option", opt)
	}
	writeTable(b, f.Table)
	key(b, "hint", f.Hint)
}

// key writes "key: value", a multi-line value as continuation lines
// indented by two spaces (one paragraph each); an empty value is left out.
func key(b *strings.Builder, k, v string) {
	var paras []string
	for _, p := range strings.Split(model.Clean(v), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) == 0 {
		return
	}
	b.WriteString(k + ": " + paras[0] + "\n")
	for _, p := range paras[1:] {
		b.WriteString("  " + p + "\n")
	}
}

func oneLine(s string) string { return model.CleanLine(s) }

func itoa(n int) string { return strconv.Itoa(n) }
