package templates

import (
	"strings"

	"github.com/baocao/baocao/model"
)

// CheckRule is one rule of the Word form checker (rules/checks.rules):
// what it checks, how grave a breach is, and per form its value and the
// paragraph of the legal text it comes from.
type CheckRule struct {
	ID, What string
	Severity model.Severity
	// Values maps a form ID, or "all", to the rule's value for that form.
	Values map[string]CheckValue
}

// CheckValue is a rule's value for one form and its source.
type CheckValue struct {
	Value, Ref string
}

// For returns the rule's value for the form, falling back to "all".
func (c CheckRule) For(formID string) (CheckValue, bool) {
	if v, ok := c.Values[formID]; ok {
		return v, true
	}
	v, ok := c.Values["all"]
	return v, ok
}

// ChecksFile and ReferencesFile are the embedded data files of the Word
// form checker.
const (
	ChecksFile     = "rules/checks.rules"
	ReferencesFile = "rules/references.rules"
)

// CheckRules returns the embedded checker rules, checked against the
// embedded forms (a value for an unknown form is an error).
func CheckRules() ([]CheckRule, error) {
	forms, err := Forms()
	if err != nil {
		return nil, err
	}
	raw, _ := data.ReadFile(ChecksFile)
	return ParseCheckRules(ChecksFile, raw, forms)
}

// ParseCheckRules reads a checker rules file: "== check ID" blocks with
// "what", "severity" and one "FORM-ID: value | source" line per form (or
// "all").
func ParseCheckRules(name string, raw []byte, forms []Form) ([]CheckRule, error) {
	specs := []keySpec{{name: "what", required: true}, {name: "severity", required: true}, {name: "all"}}
	for _, f := range forms {
		specs = append(specs, keySpec{name: f.ID})
	}
	keys := schema{what: "quy tắc kiểm tra", specs: specs}
	return parseList(name, raw, "check", "none", "quy tắc kiểm tra", func(b *block, probs *problems) CheckRule {
		keys.check(b, probs)
		c := CheckRule{ID: b.ID, What: b.value("what"), Values: map[string]CheckValue{}}
		switch e, _ := b.get("severity"); e.Value {
		case "error":
			c.Severity = model.Error
		case "warning":
			c.Severity = model.Warning
		default:
			probs.add(e.Line, "severity phải là \"error\" hoặc \"warning\", không phải %q", e.Value)
		}
		for _, s := range specs[2:] {
			if e, ok := b.get(s.name); ok {
				c.Values[s.name] = checkValue(e, probs)
			}
		}
		if len(c.Values) == 0 {
			probs.add(b.Line, "quy tắc %q chưa có giá trị cho thể thức nào; hãy thêm dòng \"MÃ-THỂ-THỨC: giá trị | nguồn\"", b.ID)
		}
		noChildren(b, probs)
		return c
	}, nil)
}

func checkValue(e entry, probs *problems) CheckValue {
	v, ref, ok := strings.Cut(e.Value, "|")
	v, ref = strings.TrimSpace(v), strings.TrimSpace(ref)
	if !ok || ref == "" || v == "" {
		probs.add(e.Line, "%q phải có dạng \"giá trị | nguồn\" (điểm, khoản của văn bản quy định)", e.Key)
	}
	return CheckValue{Value: v, Ref: ref}
}

func noChildren(b *block, probs *problems) {
	for _, c := range b.Children {
		probs.add(c.Line, "tệp này không dùng khối \"--\"; hãy xóa dòng hoặc đổi thành khóa của khối \"==\"")
	}
}

// Reference is a document replaced or no longer in force that commune
// documents commonly cite (rules/references.rules).
type Reference struct {
	ID string
	// Cites are the number and symbol as written when cited
	// ("34/2019/NĐ-CP").
	Cites            []string
	Name, ReplacedBy string
	// From is the first day the old document no longer applies.
	From   model.Date
	Source string
	// Confirmed is true when Source was checked against the replacing
	// text; only confirmed entries warn.
	Confirmed bool
}

var referenceKeys = schema{what: "văn bản", specs: []keySpec{
	{name: "cites", required: true, multi: true}, {name: "name", required: true},
	{name: "replaced-by", required: true}, {name: "from", required: true},
	{name: "source", required: true}, {name: "confirmed", required: true}, {name: "note"},
}}

// References returns the embedded registry of replaced documents.
func References() ([]Reference, error) {
	raw, _ := data.ReadFile(ReferencesFile)
	return ParseReferences(ReferencesFile, raw)
}

// ParseReferences reads a registry of replaced documents: "== reference
// ID" blocks, each with what cites it, its replacement, the date and the
// source of the replacement.
func ParseReferences(name string, raw []byte) ([]Reference, error) {
	return parseList(name, raw, "reference", "none", "văn bản", func(b *block, probs *problems) Reference {
		referenceKeys.check(b, probs)
		r := Reference{ID: b.ID, Cites: values(b, "cites"), Name: b.value("name"),
			ReplacedBy: b.value("replaced-by"), Source: b.value("source")}
		if e, ok := b.get("from"); ok && e.Value != "" {
			r.From, _ = date(e, probs)
		}
		switch e, _ := b.get("confirmed"); e.Value {
		case "có":
			r.Confirmed = true
		case "không":
		default:
			probs.add(e.Line, "confirmed phải là \"có\" hoặc \"không\", không phải %q", e.Value)
		}
		noChildren(b, probs)
		return r
	}, nil)
}
