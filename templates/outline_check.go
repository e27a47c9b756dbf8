package templates

import (
	"regexp"
	"sort"
	"strings"

	"github.com/baocao/baocao/model"
)

// checkOutline reports what is wrong across sections and fields: duplicate
// IDs and binds, headings, levels out of order, kinds and binds that do not
// fit. blocks[i] is the block of o.Sections[i].
func checkOutline(o model.Outline, head *block, blocks []*block, probs *problems) {
	checkClosing(head, probs)
	sections := map[string]int{}
	fields := map[string]int{}
	binds := map[string]int{}
	for i, s := range o.Sections {
		b := blocks[i]
		if first, dup := sections[s.ID]; dup && s.ID != "" {
			probs.add(b.Line, "mã mục %q đã dùng ở dòng %d; mỗi mục cần một mã riêng", s.ID, first)
		} else {
			sections[s.ID] = b.Line
		}
		checkSection(o.Sections, i, b, probs)
		checkAppendix(o.Sections, i, b, probs)
		for j, f := range s.Fields {
			c := b.Children[j]
			// Answers are JSON keys, which readers match regardless of
			// case (model.CheckKeys): "a" and "A" are one ID.
			if first, dup := fields[strings.ToLower(f.ID)]; dup && f.ID != "" {
				probs.add(c.Line, "mã trường %q đã dùng ở dòng %d (không phân biệt chữ hoa, chữ thường); câu trả lời lưu theo mã nên mỗi trường cần một mã riêng", f.ID, first)
			} else {
				fields[strings.ToLower(f.ID)] = c.Line
			}
			if first, dup := binds[f.Bind]; dup && f.Bind != "" {
				e, _ := c.get("bind")
				probs.add(e.Line, "bind %q đã gắn với trường ở dòng %d; hai trường không được cùng ghi vào một chỗ của báo cáo", f.Bind, first)
			} else if f.Bind != "" {
				binds[f.Bind] = c.Line
			}
			checkField(f, c, probs)
		}
	}
}

var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

func checkClosing(head *block, probs *problems) {
	e, ok := head.get("closing")
	if !ok {
		return
	}
	for _, m := range placeholder.FindAllString(e.Value, -1) {
		if m != "{issuer}" && m != "{directive}" {
			probs.add(e.Line, "câu kết chỉ dùng được {issuer} (cơ quan ban hành) và {directive} (văn bản chỉ đạo), không có %s", m)
		}
	}
}

func checkSection(all []model.Section, i int, b *block, probs *problems) {
	s := all[i]
	line := b.Line
	if e, ok := b.get("level"); ok {
		line = e.Line
	}
	if s.Level > 0 && s.Number == "" {
		probs.add(b.Line, "mục %q ở cấp %d phải có số thứ tự; hãy thêm dòng \"number: …\" (ví dụ I, 1, a)", s.ID, s.Level)
	}
	if s.Level > 0 && s.Heading == "" {
		probs.add(b.Line, "mục %q chưa có tiêu đề; hãy thêm dòng \"heading: …\" ghi đúng tiêu đề văn bản chỉ đạo yêu cầu", s.ID)
	}
	if s.Level == 0 && s.Number != "" {
		e, _ := b.get("number")
		probs.add(e.Line, "mục cấp 0 (phần ngoài thân bài) không đánh số; hãy xóa dòng \"number\" hoặc đổi cấp của mục")
	}
	if s.Level >= 2 && (i == 0 || all[i-1].Level < s.Level-1 || all[i-1].Level == 0) {
		probs.add(line, "mục %q ở cấp %d phải nằm sau một mục cấp %d; hãy sửa cấp hoặc thứ tự các mục", s.ID, s.Level, s.Level-1)
	}
	if len(s.Fields) == 0 && !(s.Level > 0 && i+1 < len(all) && all[i+1].Level > s.Level) {
		probs.add(b.Line, "mục %q không có trường nào; hãy thêm khối \"-- field ID\" (chỉ mục có mục con mới được để trống)", s.ID)
	}
}

// structured kinds hold a typed part of the report, so they need its bind.
var structured = map[model.FieldKind]string{
	model.FieldStaffing: "staffing", model.FieldRecipients: "recipients", model.FieldSignature: "signer",
}

func checkField(f model.Field, b *block, probs *problems) {
	kindLine, bindLine := keyLine(b, "kind"), keyLine(b, "bind")
	if f.Kind != "" && !knownKind(f.Kind) {
		probs.add(kindLine, "loại trường %q không có; hãy chọn một trong: %s", f.Kind, kindNames())
		return
	}
	if f.Bind != "" {
		kinds, ok := model.Binds[f.Bind]
		switch {
		case !ok:
			probs.add(bindLine, "bind %q không có; hãy chọn một trong: %s", f.Bind, bindNames())
		case f.Kind != "" && !hasKind(kinds, f.Kind):
			probs.add(bindLine, "bind %q không nhận trường loại %q; loại dùng được: %s", f.Bind, f.Kind, joinKinds(kinds))
		}
	}
	if want, ok := structured[f.Kind]; ok && f.Bind == "" {
		probs.add(kindLine, "trường loại %q phải có \"bind: %s\"", f.Kind, want)
	}
	checkOptions(f, b, probs)
	if f.NoneOK && (f.Bind != "" || !noneKinds[f.Kind]) {
		probs.add(keyLine(b, "none-ok"), "chỉ trường văn bản không gắn bind (loại narrative, bullets, line) mới nhận câu trả lời \"Không\"; hãy xóa dòng \"none-ok\"")
	}
}

var noneKinds = map[model.FieldKind]bool{model.FieldNarrative: true, model.FieldBullets: true, model.FieldLine: true}

func checkOptions(f model.Field, b *block, probs *problems) {
	if f.Kind == model.FieldChoice && len(f.Options) == 0 {
		probs.add(keyLine(b, "kind"), "trường lựa chọn %q chưa có phương án; hãy thêm các dòng \"option: giá-trị=Nhãn\"", f.ID)
	}
	seen := map[string]int{}
	for _, e := range b.all("option") {
		if f.Kind != model.FieldChoice {
			probs.add(e.Line, "chỉ trường loại \"choice\" mới có \"option\"; hãy xóa dòng này hoặc đổi loại trường")
			return
		}
		value, _ := model.SplitOption(e.Value)
		if value == "" {
			probs.add(e.Line, "phương án để trống giá trị; hãy viết dạng \"giá-trị=Nhãn\", ví dụ \"xa=Xã\"")
			continue
		}
		if first, dup := seen[value]; dup {
			probs.add(e.Line, "phương án %q đã có ở dòng %d; hãy xóa một dòng", value, first)
			continue
		}
		seen[value] = e.Line
	}
}

// keyLine is the line of a key in a block, or the block's line without it.
func keyLine(b *block, key string) int {
	if e, ok := b.get(key); ok {
		return e.Line
	}
	return b.Line
}

func knownKind(k model.FieldKind) bool { return hasKind(model.FieldKinds, k) }

func hasKind(list []model.FieldKind, k model.FieldKind) bool {
	for _, x := range list {
		if x == k {
			return true
		}
	}
	return false
}

func kindNames() string { return joinKinds(model.FieldKinds) }

func joinKinds(list []model.FieldKind) string {
	names := make([]string, len(list))
	for i, k := range list {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func bindNames() string {
	names := make([]string, 0, len(model.Binds))
	for b := range model.Binds {
		names = append(names, b)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
