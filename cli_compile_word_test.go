package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
)

// TestCompileWordReports: a unit's report that arrives as a Word file (here
// the DOCX baocao exports, as a unit would send it) is compiled with the
// JSON ones; a Word file that is no report is skipped and named.
func TestCompileWordReports(t *testing.T) {
	env, dir, in := inbox(t)
	data, err := os.ReadFile(filepath.Join("examples", "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, in, "an-thinh.json", data)
	run(t, env, "export", filepath.Join("examples", "state2026.json"), "--format", "docx", "--allow-errors",
		"-o", filepath.Join(in, "hoa-phong.docx")).want(t, 0, nil, nil)
	writeFile(t, in, "rong.docx", []byte("không phải tệp Word"))
	out := filepath.Join(dir, "th.xlsx")
	r := run(t, env, "compile", in, "-o", out, "--no-draft")
	r.want(t, 3, []string{"Tổng hợp 2 đơn vị"}, []string{"rong.docx"})
	if strings.Contains(r.stderr, "hoa-phong.docx") {
		t.Errorf("the Word report was skipped:\n%s", r.stderr)
	}
}

// TestCompileWordTables: two communes' Word reports carrying the same biểu
// (exported from the CCHC example with other figures) compile, with no
// outline given, into a draft whose biểu holds their sums cell by cell.
func TestCompileWordTables(t *testing.T) {
	env, dir, in := inbox(t)
	base := readReport(t, filepath.Join("examples", "cchc.json"))
	sums := map[[2]int]int64{}
	for i, name := range []string{"Tân Lập", "Hòa Bình"} {
		r := base.Clone()
		r.Unit.Name, r.Unit.Issuer, r.Unit.Place = name, "Ủy ban nhân dân xã "+name, name
		table := r.Answers["bieu.tthc"].Table
		for row := range table.Rows {
			for col := range 5 {
				v := int64((i+1)*1000 + row*10 + col)
				table.Rows[row].Cells[col] = model.Number(v * model.NumberScale).Format(0)
				sums[[2]int{row, col}] += v
			}
		}
		js := filepath.Join(dir, fmt.Sprintf("xa-%d.json", i))
		out, err := model.MarshalReport(r)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Base(js), out)
		run(t, env, "export", js, "--format", "docx", "--allow-errors", "-o", filepath.Join(in, fmt.Sprintf("xa-%d.docx", i))).want(t, 0, nil, nil)
	}
	draft := filepath.Join(dir, "th.json")
	run(t, env, "compile", in, "-o", filepath.Join(dir, "th.xlsx"), "--json", draft, "--no-draft").want(t, 0,
		[]string{"Tổng hợp 2 đơn vị theo dàn ý cchc-quy"}, nil)
	compiled := readReport(t, draft)
	table := compiled.Answers["bieu.tthc"].Table
	if table == nil || len(table.Rows) != len(base.Answers["bieu.tthc"].Table.Rows) {
		t.Fatalf("compiled biểu = %+v", table)
	}
	for key, want := range sums {
		if got := table.Rows[key[0]].Cells[key[1]]; got != model.Number(want*model.NumberScale).Format(0) {
			t.Errorf("row %d column %d = %q, want %d", key[0]+1, key[1]+1, got, want)
		}
	}
}

// TestCompileDerivedWordTables: a Word report written on an outline the
// compiling office does not have (read on an outline derived from its own
// headings) still adds its biểu to the sums of the same biểu from a report
// on the built-in outline.
func TestCompileDerivedWordTables(t *testing.T) {
	env, dir, in := inbox(t)
	data, err := store.DataDir()
	if err != nil {
		t.Fatal(err)
	}
	outlines := templates.UserDir(data)
	if err := os.MkdirAll(outlines, 0o700); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("templates", "outlines", "cchc-quy.outline"))
	if err != nil {
		t.Fatal(err)
	}
	own := strings.Replace(string(src), "outline: cchc-quy", "outline: rieng-cua-xa", 1)
	for i, h := range []string{"Công tác chỉ đạo, điều hành cải cách hành chính", "Kết quả thực hiện các nhiệm vụ cải cách hành chính",
		"Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy và chế độ công vụ", "Xây dựng, phát triển chính quyền số",
		"Tồn tại, hạn chế và nguyên nhân", "Nhiệm vụ trọng tâm quý tới"} {
		own = strings.Replace(own, "heading: "+h, fmt.Sprintf("heading: Nội dung riêng thứ %d của xã", i+1), 1)
	}
	ownFile := filepath.Join(outlines, "rieng-cua-xa.outline")
	writeFile(t, outlines, filepath.Base(ownFile), []byte(own))
	base := readReport(t, filepath.Join("examples", "cchc.json"))
	for i, outline := range []string{"cchc-quy", "rieng-cua-xa"} {
		r := base.Clone()
		r.Outline = outline
		r.Unit.Name, r.Unit.Issuer = fmt.Sprintf("Xã số %d", i+1), fmt.Sprintf("Ủy ban nhân dân xã số %d", i+1)
		out, err := model.MarshalReport(r)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, outline+".json", out)
		run(t, env, "export", filepath.Join(dir, outline+".json"), "--format", "docx", "--allow-errors",
			"-o", filepath.Join(in, outline+".docx")).want(t, 0, nil, nil)
	}
	if err := os.Remove(ownFile); err != nil {
		t.Fatal(err)
	}
	draft := filepath.Join(dir, "th.json")
	r := run(t, env, "compile", in, "-o", filepath.Join(dir, "th.xlsx"), "--json", draft, "--no-draft")
	r.want(t, 0, []string{"Tổng hợp 2 đơn vị theo dàn ý cchc-quy", "không khớp dàn ý nào đã cài"}, nil)
	compiled := readReport(t, draft)
	want := base.Answers["bieu.tthc"].Table.Rows[0].Cells[0]
	n, _, err := model.ParseNumber(want)
	if err != nil {
		t.Fatal(err)
	}
	if got := compiled.Answers["bieu.tthc"].Table.Rows[0].Cells[0]; got != (2 * n).Format(0) {
		t.Errorf("first cell = %q, want twice %s", got, want)
	}
}

// TestCompileHostileWordFiles: Word files made to break a reader (cut
// short, nesting a million deep, broken XML)
// among good reports are each skipped and named; the good ones are
// compiled and the workbook is written.
func TestCompileHostileWordFiles(t *testing.T) {
	env, dir, in := inbox(t)
	good := filepath.Join(in, "tot.docx")
	run(t, env, "export", filepath.Join("examples", "state2026.json"), "--format", "docx", "--allow-errors", "-o", good).want(t, 0, nil, nil)
	data, err := os.ReadFile(filepath.Join("examples", "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, in, "tot.json", data)
	docx, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("<w:p>", 1_000_000)
	hostile := map[string][]byte{
		"cut.docx":    docx[:len(docx)/2],
		"deep.docx":   rezip(t, docx, map[string]string{"word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + deep + `</w:body></w:document>`}),
		"broken.docx": rezip(t, docx, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}),
	}
	for name, data := range hostile {
		writeFile(t, in, name, data)
	}
	out := filepath.Join(dir, "th.xlsx")
	r := run(t, env, "compile", in, "-o", out, "--no-draft")
	r.want(t, 3, []string{"Đã ghi bảng tính", "Tổng hợp 2 đơn vị"}, nil)
	for name := range hostile {
		if !strings.Contains(r.stderr, name) {
			t.Errorf("%s is not listed as skipped:\n%s", name, r.stderr)
		}
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("no workbook: %v", err)
	}
}

// rezip returns the zip archive data with the entries in parts replaced.
func rezip(t *testing.T, data []byte, parts map[string]string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if text, ok := parts[f.Name]; ok {
			_, err = io.WriteString(w, text)
		} else {
			var rc io.ReadCloser
			if rc, err = f.Open(); err == nil {
				_, err = io.Copy(w, rc)
				rc.Close()
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// inbox is a sandbox with a folder "nhận" where the units' reports arrive.
func inbox(t *testing.T) (env map[string]string, dir, in string) {
	t.Helper()
	env, dir = sandbox(t)
	in = filepath.Join(dir, "nhận")
	if err := os.MkdirAll(in, 0o700); err != nil {
		t.Fatal(err)
	}
	return env, dir, in
}

// readReport reads a report's JSON form.
func readReport(t *testing.T, path string) model.Report {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.UnmarshalReport(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
