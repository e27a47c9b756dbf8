package importer

import (
	"fmt"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// readFields names, in Vietnamese, the report's parts the import filled
// from the source, for the summary.
func readFields(r model.Report) []string {
	var out []string
	add := func(ok bool, name string) {
		if ok {
			out = append(out, name)
		}
	}
	add(r.Unit.Issuer != "" || r.Unit.Parent != "", "cơ quan ban hành")
	add(r.Doc.Number != "", "số")
	add(r.Doc.Date != "", "ngày")
	add(r.Doc.Title != "", "tên loại văn bản")
	add(r.Doc.Subject != "", "trích yếu")
	add(r.Directive.Ref != "" || r.Directive.Type != "", "văn bản chỉ đạo")
	add(r.Opening != "", "câu mở đầu")
	add(r.Closing != "", "câu kết")
	add(len(r.Staffing.Rows) > 0, "bảng cán bộ, công chức")
	add(len(r.Recipients) > 0, "nơi nhận")
	add(r.Signer.Name != "" || r.Signer.Title != "", "người ký")
	return out
}

// notKept says, in Vietnamese, what the source has that the draft does not
// keep as the source has it: emphasis that no markup carries (it changes
// inside a word, say). Nothing is dropped silently.
func notKept(doc docread.Document) []string {
	lost := 0
	for _, p := range doc.Paras {
		if _, n := markedLines(p); n > 0 {
			lost++
		}
	}
	if lost == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d đoạn có chữ in đậm, in nghiêng hoặc gạch chân mà bản nháp không ghi lại được định dạng (định dạng đổi giữa một từ): chữ được giữ nguyên nhưng định dạng đó bị bỏ; hãy xem lại khi in", lost)}
}

// emptyAppendices returns the label and title lines of the appendices after
// the signature that hold no table: no table field takes them, so they are
// kept unplaced rather than lost.
func (b *builder) emptyAppendices(found []srcTable, groups []appendixGroup, appx int) []int {
	held := map[int]bool{}
	for _, t := range found {
		if pos := b.lineAt(t.at); pos >= appx {
			held[groupOf(groups, pos)] = true
		}
	}
	var out []int
	for g, x := range groups {
		if held[g] {
			continue
		}
		out = append(out, x.line)
		if x.title != "" && x.line+1 < len(b.lines) && b.lines[x.line+1].text == x.title {
			out = append(out, x.line+1)
		}
	}
	return out
}
