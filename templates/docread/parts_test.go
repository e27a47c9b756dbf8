package docread

import (
	"errors"
	"testing"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

func TestPackageParts(t *testing.T) {
	data := docxtest.Build(docxtest.P("Một đoạn"), docxtest.Parts{Styles: testStyles, Header: `<w:p><w:r><w:t>1</w:t></w:r></w:p>`})
	k, err := Open("a.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if k.Main() != "word/document.xml" {
		t.Errorf("Main() = %q", k.Main())
	}
	rels, err := k.Relationships()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, r := range rels {
		kinds[r.Kind] = r.Target
		if body, err := k.Part(r.Target); err != nil || body == nil {
			t.Errorf("relationship %+v: part %v, %v", r, body != nil, err)
		}
	}
	if kinds["styles"] != "word/styles.xml" || kinds["header"] == "" {
		t.Errorf("relationships %v, want styles and the header", kinds)
	}
	names := k.Names()
	if len(names) == 0 || names[0] > names[len(names)-1] {
		t.Errorf("Names() = %v, want every part, sorted", names)
	}
	if body, err := k.Part("word/none.xml"); body != nil || err != nil {
		t.Errorf("a missing part = %v, %v; want nil, nil", body, err)
	}
}

func TestOpenRefusesAsRead(t *testing.T) {
	for name, data := range map[string][]byte{
		"cũ.docx":  append(append([]byte{}, oleMagic...), make([]byte, 100)...),
		"quét.pdf": []byte("%PDF-1.4"),
		"hỏng":     []byte("PK\x03\x04 broken"),
	} {
		_, errOpen := Open(name, data)
		_, errRead := Read(name, data)
		var e1, e2 *Error
		if !errors.As(errOpen, &e1) || !errors.As(errRead, &e2) || e1.Msg != e2.Msg {
			t.Errorf("%s: Open said %v, Read %v; want the same *Error", name, errOpen, errRead)
		}
	}
	lim := DefaultLimits
	lim.File = 10
	if _, err := OpenLimited("lớn.docx", make([]byte, 11), lim); err == nil {
		t.Error("a file over the limit opened")
	}
}

// TestEmptyContentControl: a w:sdt without w:sdtContent inside a
// paragraph is read as nothing, not a crash.
func TestEmptyContentControl(t *testing.T) {
	data := docxtest.Build(`<w:p><w:sdt/><w:r><w:t>Một đoạn</w:t></w:r></w:p>`, docxtest.Parts{})
	doc, err := Read("a.docx", data)
	if err != nil || len(doc.Paras) != 1 || doc.Paras[0].Text != "Một đoạn" {
		t.Fatalf("Read = %+v, %v", doc.Paras, err)
	}
}
