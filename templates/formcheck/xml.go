package formcheck

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/baocao/baocao/templates/docread"
)

// The namespaces of WordprocessingML, transitional and strict.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// Bounds on one XML part, as package docread sets them.
const (
	maxDepth    = 200
	maxElements = 2_000_000
)

// node is an XML element with its byte span in the part, so that a fix can
// rewrite one element and copy everything else unchanged. WordprocessingML
// elements go by local name ("p", "r"); others keep a prefix ("x:…") so
// they never pass for Word's.
type node struct {
	name, prefix string
	attr         []xml.Attr
	kids         []*node
	text         string
	// start is the offset of "<", open the offset just after the start
	// tag's ">", end the offset just after the element.
	start, open, end int
	selfClosing      bool
	// twin is the same element in the other alternative of an
	// mc:AlternateContent (a text box's VML copy), which Fix changes alike.
	twin *node
}

// parseXML builds the element tree of a part with byte offsets, refusing a
// DTD, nesting deeper than maxDepth and more than maxElements elements.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "us-ascii") {
			return r, nil
		}
		return nil, errors.New("bảng mã " + label + " không được hỗ trợ")
	}
	root := &node{name: "#root", end: len(data)}
	stack := []*node{root}
	count := 0
	for {
		before := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		after := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			if len(stack) > maxDepth {
				return nil, errors.New("các thẻ XML lồng nhau quá sâu")
			}
			if count > maxElements {
				return nil, errors.New("quá nhiều thẻ XML")
			}
			n := &node{name: t.Name.Local, prefix: t.Name.Space, attr: t.Attr, start: before, open: after}
			n.selfClosing = bytes.HasSuffix(data[before:after], []byte("/>"))
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 {
				return nil, errors.New("thẻ đóng không có thẻ mở")
			}
			n := stack[len(stack)-1]
			if n.name != t.Name.Local || n.prefix != t.Name.Space {
				return nil, errors.New("thẻ đóng </" + t.Name.Local + "> không khớp thẻ mở <" + n.name + ">")
			}
			n.end = after
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top := stack[len(stack)-1]
			if top.name == "t" || top.name == "instrText" || top.name == "posOffset" || top.name == "align" {
				top.text += string(t)
			}
		case xml.Directive:
			if bytes.HasPrefix(bytes.TrimSpace(t), []byte("DOCTYPE")) {
				return nil, errors.New("tệp chứa khai báo DOCTYPE, điều một văn bản Word không có")
			}
		}
	}
	if len(stack) != 1 {
		return nil, errors.New("thẻ XML không được đóng")
	}
	resolvePrefixes(root, map[string]string{})
	return root, nil
}

// resolvePrefixes renames elements by their prefix's namespace: Word's
// keep their local name, others get "x:". RawToken leaves prefixes
// unresolved so that offsets stay exact.
func resolvePrefixes(n *node, scope map[string]string) {
	for _, k := range n.kids {
		s := scope
		for _, a := range k.attr {
			switch {
			case a.Name.Space == "xmlns":
				s = with(s, a.Name.Local, a.Value)
			case a.Name.Space == "" && a.Name.Local == "xmlns":
				s = with(s, "", a.Value)
			}
		}
		if ns := s[k.prefix]; ns != nsW && ns != nsWStrict {
			k.name = "x:" + k.name
		}
		resolvePrefixes(k, s)
	}
}

func with(scope map[string]string, prefix, ns string) map[string]string {
	out := make(map[string]string, len(scope)+1)
	for k, v := range scope {
		out[k] = v
	}
	out[prefix] = ns
	return out
}

// attr1 returns the value of the attribute with the local name (w:val,
// r:id …).
func (n *node) attr1(local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// content is the element's text, trimmed; empty for a missing element.
func (n *node) content() string {
	if n == nil {
		return ""
	}
	return strings.TrimSpace(n.text)
}

// children returns the element's children; none for a missing element.
func (n *node) children() []*node {
	if n == nil {
		return nil
	}
	return n.kids
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

// val returns the w:val of the named child and whether the child exists.
func (n *node) val(name string) (string, bool) {
	c := n.child(name)
	if c == nil {
		return "", false
	}
	return c.attr1("val"), true
}

// flag reads an on/off property such as w:b.
func (n *node) flag(name string) (on, set bool) {
	v, ok := n.val(name)
	if !ok {
		return false, false
	}
	return docread.OnOff(v), true
}
