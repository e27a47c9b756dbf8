package docread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
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

// parseXML builds the element tree of a part, refusing DTDs (so no entity
// can be declared, let alone expanded), nesting deeper than lim.Depth and
// more than lim.Elements elements.
func parseXML(data []byte, lim Limits) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(sanitize(data)))
	d.Strict = true
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "us-ascii") {
			return r, nil
		}
		return nil, errors.New("bảng mã " + label + " không được hỗ trợ")
	}
	root := &node{name: "#root"}
	stack := []*node{root}
	count := 0
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
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top := stack[len(stack)-1]
			if top.name == "t" || top.name == "delText" || top.name == "instrText" {
				top.text += string(t)
			}
		case xml.Directive:
			if bytes.HasPrefix(bytes.TrimSpace(t), []byte("DOCTYPE")) {
				return nil, errors.New("tệp chứa khai báo DOCTYPE, điều một văn bản Word không có")
			}
		}
	}
	return root, nil
}

// sanitize replaces invalid UTF-8 with U+FFFD and drops the C0 control
// characters XML forbids, so that a damaged file is read (and its text
// cleaned by model.Clean) instead of refused.
func sanitize(data []byte) []byte {
	bad := !utf8.Valid(data)
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			bad = true
			break
		}
	}
	if !bad {
		return data
	}
	data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	return bytes.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, data)
}

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
	switch v {
	case "0", "false", "off", "none":
		return false, true
	}
	return true, true
}
