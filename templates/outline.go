package templates

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

var (
	outlineHead = schema{what: "tệp", specs: []keySpec{
		{name: "outline", required: true}, {name: "name", required: true},
		{name: "profile", required: true}, {name: "subject"}, {name: "closing"},
		{name: "default", multi: true}, {name: "recipient", multi: true},
	}}
	sectionKeys = schema{what: "mục", specs: []keySpec{
		{name: "level", required: true}, {name: "number"}, {name: "heading"},
		{name: "guide"}, {name: "example"}, {name: "need-content"}, {name: "appendix"},
	}}
	fieldKeys = schema{what: "trường", specs: []keySpec{
		{name: "label", required: true}, {name: "kind", required: true}, {name: "bind"},
		{name: "required"}, {name: "none-ok"}, {name: "option", multi: true}, {name: "hint"},
		{name: "column", multi: true}, {name: "header", multi: true}, {name: "row", multi: true},
		{name: "label-title"}, {name: "numbered"}, {name: "total-row"}, {name: "total-column"}, {name: "landscape"},
	}}
)

// ParseOutline reads an outline file. name is used in messages and as the
// outline's Source. Any problem makes it fail with a *LoadError listing
// every problem with its line.
func ParseOutline(name string, data []byte) (model.Outline, error) {
	o, _, probs := parseOutline(data)
	if len(probs) > 0 {
		return model.Outline{}, &LoadError{File: name, Problems: probs}
	}
	o.Source = name
	return o, nil
}

// CheckOutline returns every problem of an outline file, in line order; none
// means the file loads. It serves `baocao templates check FILE`.
func CheckOutline(name string, data []byte) []LineProblem {
	_, _, probs := parseOutline(data)
	return probs
}

// parseOutline builds an outline and returns it with the line of its ID
// and every problem found.
func parseOutline(data []byte) (model.Outline, int, []LineProblem) {
	probs := &problems{}
	head, blocks := parseBlocks(data, "section", "field", probs)
	outlineHead.check(head, probs)
	o := outlineFromHead(head, probs)
	for _, b := range blocks {
		o.Sections = append(o.Sections, section(b, probs))
	}
	if len(blocks) == 0 {
		probs.add(0, "tệp chưa có mục nào; hãy thêm ít nhất một khối \"== section ID\"")
	}
	checkOutline(o, head, blocks, probs)
	idLine, _ := head.get("outline")
	return o, idLine.Line, probs.sorted()
}

func outlineFromHead(head *block, probs *problems) model.Outline {
	o := model.Outline{
		ID: head.value("outline"), Name: head.value("name"), Profile: model.Profile(head.value("profile")),
		Subject: head.value("subject"), Closing: head.value("closing"),
	}
	if e, ok := head.get("outline"); ok && e.Value != "" && !validID(e.Value) {
		probs.add(e.Line, "mã dàn ý %q không hợp lệ; mã chỉ gồm chữ không dấu, số, \".\", \"_\" và \"-\"", e.Value)
	}
	if e, ok := head.get("profile"); ok && o.Profile != model.ProfileState && o.Profile != model.ProfileParty {
		probs.add(e.Line, "thể thức %q không có; hãy ghi \"state\" (văn bản hành chính, Nghị định 30/2020) hoặc \"party\" (văn bản của Đảng, Hướng dẫn 36)", e.Value)
	}
	for _, e := range head.all("default") {
		bind, value, ok := pair(e, "bind = giá trị", probs)
		if !ok {
			continue
		}
		if !defaultable(bind) {
			probs.add(e.Line, "không đặt được giá trị mặc định cho %q; các mục đặt được: %s", bind, strings.Join(defaultBinds(), ", "))
			continue
		}
		if _, dup := o.Defaults[bind]; dup {
			probs.add(e.Line, "giá trị mặc định của %q đã ghi ở trên; hãy giữ một dòng", bind)
			continue
		}
		if o.Defaults == nil {
			o.Defaults = map[string]string{}
		}
		o.Defaults[bind] = value
	}
	for _, e := range head.all("recipient") {
		if e.Value == "" {
			probs.add(e.Line, "nơi nhận để trống; hãy ghi tên nơi nhận hoặc xóa dòng")
			continue
		}
		o.DefaultRecipients = append(o.DefaultRecipients, e.Value)
	}
	return o
}

func section(b *block, probs *problems) model.Section {
	sectionKeys.check(b, probs)
	s := model.Section{ID: b.ID, Number: b.value("number"), Heading: b.value("heading"),
		Guide: b.value("guide"), Example: b.value("example")}
	s.NeedContent = b.flag("need-content", probs)
	s.Appendix = b.flag("appendix", probs)
	if e, ok := b.get("level"); ok && e.Value != "" {
		n, err := strconv.Atoi(e.Value)
		if err != nil || n < 0 || n > 3 {
			probs.add(e.Line, "cấp của mục phải là 0 (phần ngoài thân bài), 1 (I.), 2 (1.) hoặc 3 (a); không phải %q", e.Value)
		} else {
			s.Level = n
		}
	}
	for _, c := range b.Children {
		s.Fields = append(s.Fields, field(c, probs))
	}
	return s
}

func field(b *block, probs *problems) model.Field {
	fieldKeys.check(b, probs)
	f := model.Field{ID: b.ID, Label: b.value("label"), Kind: model.FieldKind(b.value("kind")),
		Bind: b.value("bind"), Hint: b.value("hint")}
	f.Required = b.flag("required", probs)
	f.NoneOK = b.flag("none-ok", probs)
	for _, e := range b.all("option") {
		f.Options = append(f.Options, e.Value)
	}
	f.Table = tableSpec(b, f.Kind, probs)
	return f
}

// defaultable reports whether a new report can take a default for bind:
// the text binds of model.Binds and the parts of the signature.
func defaultable(bind string) bool {
	for _, b := range defaultBinds() {
		if b == bind {
			return true
		}
	}
	return false
}

// defaultBinds lists the keys a "default:" line may set, in a stable order.
func defaultBinds() []string {
	return []string{"unit.kind", "unit.class", "unit.name", "unit.issuer", "unit.issuerCode",
		"unit.parent", "unit.place", "doc.typeCode", "doc.subject", "directive.type",
		"directive.ref", "directive.date", "directive.issuer", "directive.subject", "staffing.term", "closing",
		"signer.authority", "signer.for", "signer.title", "signer.name"}
}
