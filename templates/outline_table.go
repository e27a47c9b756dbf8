package templates

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// The keys of a table field (kind: table):
//
//	column: ID | Title | kind | unit      one data column, left to right; kind is
//	                                      text, integer, decimal, percent or money;
//	                                      the unit is optional
//	header: STT ^2 | Nội dung ^2 | Kết quả *3
//	                                      one header row over every printed column;
//	                                      "*N" spans N columns, "^N" N header rows
//	row: Label                            one fixed row (a biểu); none: free rows
//	label-title: Nội dung                 the row-label column's title
//	numbered, total-row, total-column, landscape: yes/no
//
// A section with "appendix: yes" (level 1) prints after the signature and
// Nơi nhận as a Phụ lục.

// tableKeys are the field keys only a table field may hold.
var tableKeys = []string{"column", "header", "row", "label-title", "numbered", "total-row", "total-column", "landscape"}

// tableSpec reads a field's table keys; nil for a field that is not a
// table (whose table keys are reported).
func tableSpec(b *block, kind model.FieldKind, probs *problems) *model.TableSpec {
	if kind != model.FieldTable {
		for _, key := range tableKeys {
			for _, e := range b.all(key) {
				probs.add(e.Line, "chỉ trường loại \"table\" mới có %q; hãy xóa dòng này hoặc đổi loại trường", key)
			}
		}
		return nil
	}
	t := &model.TableSpec{LabelTitle: b.value("label-title")}
	t.Numbered = b.flag("numbered", probs)
	t.TotalRow = b.flag("total-row", probs)
	t.TotalColumn = b.flag("total-column", probs)
	t.Landscape = b.flag("landscape", probs)
	tableColumns(b, t, probs)
	tableRows(b, t, probs)
	tableHeader(b, t, probs)
	return t
}

func tableColumns(b *block, t *model.TableSpec, probs *problems) {
	cols := b.all("column")
	if len(cols) == 0 {
		probs.add(keyLine(b, "kind"), "bảng %q chưa có cột nào; hãy thêm các dòng \"column: mã | Tên cột | loại\"", b.ID)
	}
	if len(cols) > model.MaxTableColumns {
		probs.add(cols[model.MaxTableColumns].Line, "bảng có %d cột, quá giới hạn %d cột; hãy tách thành nhiều bảng", len(cols), model.MaxTableColumns)
	}
	seen := map[string]int{}
	for _, e := range cols {
		c, ok := tableColumn(e, probs)
		if !ok {
			continue
		}
		if first, dup := seen[c.ID]; dup {
			probs.add(e.Line, "mã cột %q đã dùng ở dòng %d; mỗi cột cần một mã riêng", c.ID, first)
			continue
		}
		seen[c.ID] = e.Line
		t.Columns = append(t.Columns, c)
	}
}

// tableColumn reads "ID | Title | kind | unit".
func tableColumn(e entry, probs *problems) (model.TableColumn, bool) {
	parts := splitCells(e.Value)
	if len(parts) < 3 || len(parts) > 4 {
		probs.add(e.Line, "cột phải có dạng \"mã | Tên cột | loại\" hoặc \"mã | Tên cột | loại | đơn vị\", ví dụ \"nhan | Số hồ sơ tiếp nhận | integer | hồ sơ\"")
		return model.TableColumn{}, false
	}
	c := model.TableColumn{ID: parts[0], Title: parts[1], Kind: model.ColumnKind(parts[2])}
	if len(parts) == 4 {
		c.Unit = parts[3]
	}
	ok := true
	if !validID(c.ID) {
		probs.add(e.Line, "mã cột %q không hợp lệ; mã chỉ gồm chữ không dấu, số, \".\", \"_\" và \"-\"", c.ID)
		ok = false
	}
	if c.Title == "" {
		probs.add(e.Line, "cột %q chưa có tên; hãy ghi tên cột sau dấu \"|\" thứ nhất", c.ID)
		ok = false
	}
	if !knownColumnKind(c.Kind) {
		probs.add(e.Line, "loại cột %q không có; hãy chọn một trong: %s", c.Kind, columnKindNames())
		ok = false
	}
	return c, ok
}

func tableRows(b *block, t *model.TableSpec, probs *problems) {
	rows := b.all("row")
	if len(rows) > model.MaxTableRows {
		probs.add(rows[model.MaxTableRows].Line, "biểu có %d hàng, quá giới hạn %d hàng; hãy tách thành nhiều biểu", len(rows), model.MaxTableRows)
	}
	seen := map[string]int{}
	for _, e := range rows {
		if e.Value == "" {
			probs.add(e.Line, "hàng để trống tên; hãy ghi tên hàng (chỉ tiêu) hoặc xóa dòng")
			continue
		}
		if first, dup := seen[e.Value]; dup {
			probs.add(e.Line, "hàng %q đã có ở dòng %d; hai hàng của biểu cần hai tên khác nhau", e.Value, first)
			continue
		}
		seen[e.Value] = e.Line
		t.Rows = append(t.Rows, e.Value)
	}
	if e, ok := b.get("label-title"); ok && len(rows) == 0 {
		probs.add(e.Line, "\"label-title\" là tiêu đề cột tên hàng, chỉ dùng khi biểu có các dòng \"row\"; hãy thêm hàng hoặc xóa dòng này")
	}
	if len(rows) > 0 && t.LabelTitle == "" {
		t.LabelTitle = "Nội dung"
	}
}

var spanMark = regexp.MustCompile(`\s*([*^])(\d+)\s*$`)

// tableHeader reads the header rows and checks that they fill the printed
// columns.
func tableHeader(b *block, t *model.TableSpec, probs *problems) {
	rows := b.all("header")
	if len(rows) > model.MaxHeaderRows {
		probs.add(rows[model.MaxHeaderRows].Line, "bảng có %d hàng tiêu đề, quá giới hạn %d; hãy gộp bớt", len(rows), model.MaxHeaderRows)
		return
	}
	for _, e := range rows {
		var row []model.HeaderCell
		for _, text := range splitCells(e.Value) {
			c, ok := headerCell(text, e, probs)
			if !ok {
				return
			}
			row = append(row, c)
		}
		t.Header = append(t.Header, row)
	}
	if len(rows) == 0 || len(t.Columns) == 0 {
		return
	}
	if _, err := t.HeaderGrid(); err != nil {
		probs.add(rows[0].Line, "tiêu đề bảng: %s (bảng in %d cột: %s)", err, t.PrintedColumns(), printedNames(*t))
	}
}

// headerCell reads "Text *N ^M": the text, then optional column and row
// spans in any order.
func headerCell(text string, e entry, probs *problems) (model.HeaderCell, bool) {
	c := model.HeaderCell{Span: 1, RowSpan: 1}
	for {
		m := spanMark.FindStringSubmatch(text)
		if m == nil {
			break
		}
		n, err := strconv.Atoi(m[2])
		if err != nil || n < 1 || n > model.MaxTableColumns+2 {
			probs.add(e.Line, "số ô gộp %q không hợp lệ; hãy ghi số từ 1 đến %d", strings.TrimSpace(m[0]), model.MaxTableColumns+2)
			return c, false
		}
		if m[1] == "*" {
			c.Span = n
		} else {
			c.RowSpan = n
		}
		text = text[:len(text)-len(m[0])]
	}
	c.Text = strings.TrimSpace(text)
	return c, true
}

// printedNames lists a table's printed columns for a message.
func printedNames(t model.TableSpec) string {
	var names []string
	if t.Numbered {
		names = append(names, "STT")
	}
	if t.Fixed() {
		names = append(names, t.LabelTitle)
	}
	for _, c := range t.Columns {
		names = append(names, c.Title)
	}
	if t.TotalColumn {
		names = append(names, model.TotalLabel)
	}
	return strings.Join(names, ", ")
}

// splitCells splits a "|"-separated value into trimmed parts.
func splitCells(s string) []string {
	parts := strings.Split(s, "|")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

func knownColumnKind(k model.ColumnKind) bool {
	for _, x := range model.ColumnKinds {
		if x == k {
			return true
		}
	}
	return false
}

func columnKindNames() string {
	names := make([]string, len(model.ColumnKinds))
	for i, k := range model.ColumnKinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// checkAppendix checks that an appendix is a level-1 section and that no
// body section follows it (the document prints appendices at the end).
func checkAppendix(all []model.Section, i int, b *block, probs *problems) {
	s := all[i]
	if !s.Appendix {
		if s.Level == 1 && i > 0 && hasAppendixBefore(all, i) {
			probs.add(b.Line, "mục %q nằm sau một phụ lục; phụ lục in sau chữ ký nên hãy đưa các mục thân bài lên trước phụ lục", s.ID)
		}
		return
	}
	if s.Level != 1 {
		probs.add(keyLine(b, "appendix"), "chỉ mục cấp 1 mới là phụ lục; hãy đổi \"level: 1\" hoặc xóa dòng \"appendix\"")
	}
}

func hasAppendixBefore(all []model.Section, i int) bool {
	for _, s := range all[:i] {
		if s.Appendix {
			return true
		}
	}
	return false
}
