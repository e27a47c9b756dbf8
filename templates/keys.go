package templates

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// keySpec declares one key a block may hold.
type keySpec struct {
	name     string
	multi    bool // may repeat
	required bool
}

// schema is the keys of one kind of block.
type schema struct {
	what  string // how messages name the block, e.g. "mục"
	specs []keySpec
}

func (s schema) spec(key string) (keySpec, bool) {
	for _, k := range s.specs {
		if k.name == key {
			return k, true
		}
	}
	return keySpec{}, false
}

func (s schema) names() string {
	names := make([]string, len(s.specs))
	for i, k := range s.specs {
		names[i] = k.name
	}
	return strings.Join(names, ", ")
}

// check reports unknown keys, repeated single keys and missing required ones.
func (s schema) check(b *block, probs *problems) {
	seen := map[string]int{}
	for _, e := range b.Entries {
		k, ok := s.spec(e.Key)
		switch {
		case !ok && len(s.specs) == 0:
			probs.add(e.Line, "khóa %q không dùng được trong %s; hãy đặt nó trong một khối \"==\" hoặc xóa dòng", e.Key, s.what)
		case !ok:
			probs.add(e.Line, "khóa %q không dùng được trong %s; các khóa hợp lệ: %s", e.Key, s.what, s.names())
		case !k.multi && seen[e.Key] > 0:
			probs.add(e.Line, "khóa %q đã có ở dòng %d; mỗi %s chỉ ghi khóa này một lần — hãy xóa một dòng", e.Key, seen[e.Key], s.what)
		case k.required && e.Value == "":
			probs.add(e.Line, "khóa %q để trống; hãy ghi giá trị sau dấu hai chấm", e.Key)
		}
		if _, dup := seen[e.Key]; !dup {
			seen[e.Key] = e.Line
		}
	}
	for _, k := range s.specs {
		if _, ok := seen[k.name]; k.required && !ok {
			probs.add(b.Line, "%s thiếu khóa %q; hãy thêm dòng \"%s: …\"", describe(s.what, b), k.name, k.name)
		}
	}
}

// describe names a block in a message: "mục \"I.1\"" or "tệp".
func describe(what string, b *block) string {
	if b.ID == "" {
		r := []rune(what)
		return model.Upper(string(r[:1])) + string(r[1:])
	}
	return what + " \"" + b.ID + "\""
}

// get returns the first entry with the key.
func (b *block) get(key string) (entry, bool) {
	for _, e := range b.Entries {
		if e.Key == key {
			return e, true
		}
	}
	return entry{}, false
}

// value returns the first value of the key, or "".
func (b *block) value(key string) string {
	e, _ := b.get(key)
	return e.Value
}

// all returns every entry with the key, in order.
func (b *block) all(key string) []entry {
	var out []entry
	for _, e := range b.Entries {
		if e.Key == key {
			out = append(out, e)
		}
	}
	return out
}

// flag reads a yes/no key; absent means no.
func (b *block) flag(key string, probs *problems) bool {
	e, ok := b.get(key)
	if !ok {
		return false
	}
	switch strings.ToLower(e.Value) {
	case "yes", "true", "có", "co":
		return true
	case "no", "false", "không", "khong", "":
		return false
	}
	probs.add(e.Line, "%q chỉ nhận \"yes\" hoặc \"no\" (hoặc \"có\", \"không\"), không nhận %q", key, e.Value)
	return false
}

// number reads a whole number ≥ 0 from an entry.
func number(e entry, probs *problems) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(e.Value))
	if err != nil || n < 0 || n > 100000 {
		probs.add(e.Line, "%q phải là số nguyên từ 0 trở lên, không phải %q", e.Key, e.Value)
		return 0, false
	}
	return n, true
}

// pair splits "left = right"; both sides must be non-empty.
func pair(e entry, form string, probs *problems) (string, string, bool) {
	i := strings.Index(e.Value, "=")
	if i < 0 {
		probs.add(e.Line, "%q phải có dạng %q", e.Key, form)
		return "", "", false
	}
	left, right := strings.TrimSpace(e.Value[:i]), strings.TrimSpace(e.Value[i+1:])
	if left == "" || right == "" {
		probs.add(e.Line, "%q phải có dạng %q; một vế đang để trống", e.Key, form)
		return "", "", false
	}
	return left, right, true
}

// date reads an ISO or day/month/year date from an entry.
func date(e entry, probs *problems) (model.Date, bool) {
	d, err := model.ParseDate(e.Value)
	if err != nil || !d.Valid() {
		probs.add(e.Line, "%q: %q không phải ngày hợp lệ; hãy viết dạng năm-tháng-ngày, ví dụ 2023-08-01", e.Key, e.Value)
		return model.Date{}, false
	}
	return d, true
}
