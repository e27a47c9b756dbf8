package docread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// The namespaces of WordprocessingML (transitional and strict) and of
// markup compatibility.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

// node is an XML element: WordprocessingML elements by local name ("p",
// "r"), others with a prefix ("mc:Fallback", "x:…") so they never pass for
// Word's. Only the text of w:t, w:delText and w:instrText is kept.
type node struct {
	name string
	attr []xml.Attr
	kids []*node
	text string
}

// parseXML builds the element tree of a part already decoded to UTF-8,
// refusing DTDs (so no entity can be declared, let alone expanded),
// nesting deeper than lim.Depth, more than lim.Elements elements and more
// than lim.Paras paragraphs. Text is gathered in time linear in its size,
// however many pieces (comments, CDATA sections) split it.
func parseXML(text string, lim Limits) (*node, error) {
	d := xml.NewDecoder(strings.NewReader(withoutControls(text)))
	d.Strict = true
	// The bytes were decoded by what they are, whatever the declaration
	// says (decodeBytes), so any declared encoding reads as UTF-8.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root := &node{name: "#root"}
	stack := []*node{root}
	var buf []byte                // text of the innermost w:t, w:delText or w:instrText
	count, paras, runs := 0, 0, 0 // runs: in the paragraph begun last
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			if len(stack) > lim.Depth {
				return nil, errors.New("các thẻ XML lồng nhau quá sâu")
			}
			if count > lim.Elements {
				return nil, errors.New("quá nhiều thẻ XML")
			}
			n := &node{name: localName(t.Name), attr: t.Attr}
			switch n.name {
			case "p":
				runs = 0
				if paras++; paras > lim.Paras {
					return nil, errors.New("có hơn " + groupDigits(lim.Paras) + " đoạn văn, quá giới hạn một văn bản baocao đọc được; hãy tách văn bản thành nhiều tệp")
				}
			case "r":
				if runs++; runs > lim.Runs {
					return nil, errors.New("một đoạn văn chia thành hơn " + groupDigits(lim.Runs) + " mảnh định dạng, điều một văn bản thường không có; hãy chọn đoạn đó trong Word, xóa định dạng (Ctrl+Space) rồi lưu lại")
				}
			}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
			buf = buf[:0]
		case xml.EndElement:
			top := stack[len(stack)-1]
			if keepsText(top.name) {
				top.text = string(buf)
				buf = buf[:0]
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if keepsText(stack[len(stack)-1].name) {
				buf = append(buf, t...)
			}
		case xml.Directive:
			if bytes.HasPrefix(bytes.TrimSpace(t), []byte("DOCTYPE")) {
				return nil, errors.New("tệp chứa khai báo DOCTYPE, điều một văn bản Word không có")
			}
		}
	}
	return root, nil
}

func keepsText(name string) bool { return name == "t" || name == "delText" || name == "instrText" }

// withoutControls drops the C0 control characters XML forbids, so that a
// damaged file is read (and its text cleaned by model.Clean) instead of
// refused.
func withoutControls(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s)
}

func isControl(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }

func localName(n xml.Name) string {
	switch n.Space {
	case nsW, nsWStrict:
		return n.Local
	case nsMC:
		return "mc:" + n.Local
	}
	return "x:" + n.Local
}

// attr returns the value of the attribute with the local name (in any
// namespace: w:val, r:id …).
func (n *node) attr1(local string) string {
	for _, a := range n.attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child with the name, or nil.
func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// children returns the element's children; none for a missing element.
func (n *node) children() []*node {
	if n == nil {
		return nil
	}
	return n.kids
}

// path follows children by name.
func (n *node) path(names ...string) *node {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// val returns the w:val of the named child, and whether the child exists.
func (n *node) val(name string) (string, bool) {
	c := n.child(name)
	if c == nil {
		return "", false
	}
	return c.attr1("val"), true
}

// flag reads an on/off property such as w:b: present without a value or
// with a true value is on.
func (n *node) flag(name string) (on, set bool) {
	v, ok := n.val(name)
	if !ok {
		return false, false
	}
	return OnOff(v), true
}

// OnOff reads the value of a WordprocessingML on/off property (w:b, w:i,
// w:caps…): empty or any value but "0", "false", "off" and "none" is on.
func OnOff(v string) bool {
	switch v {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
