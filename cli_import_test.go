package main

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// A fresh report in the seed's plain-text style.
const oldReport = `UBND HUYỆN THỌ XUÂN
ỦY BAN NHÂN DÂN XÃ XUÂN HÒA

Số: 41/BC-UBND

Xuân Hòa, ngày 15 tháng 9 năm 2023

BÁO CÁO

Thực trạng né tránh, đùn đẩy trong đội ngũ cán bộ, công chức xã

Thực hiện Công văn số 530/UBND ngày 05/9/2023 của UBND huyện Thọ Xuân về việc báo cáo thực trạng né tránh, đùn đẩy, UBND xã Xuân Hòa báo cáo như sau:

I. Tình hình

1. Thực trạng né tránh, đùn đẩy của cán bộ, công chức

- Đầu nhiệm kỳ 2021-2026, xã có: Bí thư Đảng ủy: 01, Chủ tịch UBND: 01, PCT UBND: 02, Chủ tịch UBND: 01, VP-TK: 02, TP-HT: 01.

Trong năm không có hồ sơ nào trễ hạn do công chức né tránh.

2. Đánh giá tính chất, mức độ, tác hại: Không.

II. Nguyên nhân: không.

IV. Đề xuất, kiến nghị

- Đề nghị huyện tập huấn nghiệp vụ đất đai cho công chức xã.

Trên đây là báo cáo của UBND xã Xuân Hòa./.

Nơi nhận:
- UBND huyện Thọ Xuân;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trịnh Văn Lâm
`

func TestImportCommand(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join(dir, "bao-cao-cu.txt")
	if err := os.WriteFile(src, []byte(oldReport), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, env, "import", src).want(t, 0, []string{"Đã tạo bản nháp 1 theo dàn ý state", "0 đoạn chưa xếp được", "6 dòng bảng cán bộ, công chức"}, nil)
	run(t, env, "list").want(t, 0, []string{"Thực trạng né tránh, đùn đẩy", "ỦY BAN NHÂN DÂN XÃ XUÂN HÒA"}, nil) // as the source writes it
	out := filepath.Join(dir, "nhap.json")
	run(t, env, "export", "1", "--format", "json", "-o", out, "--allow-errors").want(t, 0, nil, nil)
	run(t, env, "check", out).want(t, 1, []string{"staffing.rows[3]", "Chủ tịch UBND"}, nil)
	run(t, env, "import", src, "--outline", "party").want(t, 0, []string{"theo dàn ý party"}, nil)
	run(t, env, "import", src, "--outline", "khong-co").want(t, 1, nil, []string{"không có dàn ý"})

	pdf := filepath.Join(dir, "bao-cao.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4 ..."), 0o644)
	run(t, env, "import", pdf).want(t, 1, nil, []string{"PDF", ".docx"})
	doc := filepath.Join(dir, "cu.doc")
	os.WriteFile(doc, append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 512)...), 0o644)
	run(t, env, "import", doc).want(t, 1, nil, []string{"Word cũ (.doc)", "Lưu thành"})
	run(t, env, "import").want(t, 2, nil, []string{"baocao import FILE"})
	run(t, env, "--lang", "en", "import", src).want(t, 0, []string{"Created draft 3", "staffing rows"}, nil)
}

// templatesSource writes a directive's outline document in dir for
// "templates import" and returns its path.
func templatesSource(t *testing.T, dir string) string {
	t.Helper()
	body := docxtest.P("**ĐỀ CƯƠNG BÁO CÁO**") + docxtest.P("**Công tác dân vận chính quyền năm 2025**") +
		docxtest.P("(Kèm theo Kế hoạch số 77-KH/HU ngày 03/11/2025 của Ban Thường vụ Huyện ủy)") +
		docxtest.P("I. Kết quả thực hiện") + docxtest.P("1. Công tác tuyên truyền") + docxtest.P("- Số buổi, số người dự.") +
		docxtest.P("2. Tiếp dân, đối thoại") + docxtest.P("II. Phương hướng năm 2026")
	src := filepath.Join(dir, "de-cuong-dan-van.docx")
	if err := os.WriteFile(src, docxtest.Build(body, docxtest.Parts{}), 0o644); err != nil {
		t.Fatal(err)
	}
	return src
}

func TestTemplatesImportCommand(t *testing.T) {
	env, dir := sandbox(t)
	src := templatesSource(t, dir)
	r := run(t, env, "templates", "import", src)
	r.want(t, 0, []string{"Đã lập dàn ý \"cong-tac-dan-van-chinh-quyen-nam-2025\"", "4 mục", "--form party"}, nil)
	run(t, env, "templates").want(t, 0, []string{"cong-tac-dan-van-chinh-quyen-nam-2025", "state"}, nil)
	path := filepath.Join(templates.UserDir(dataDir(t)), "cong-tac-dan-van-chinh-quyen-nam-2025.outline")
	run(t, env, "templates", "check", path).want(t, 0, nil, nil)
	out := filepath.Join(dir, "rieng.outline")
	run(t, env, "templates", "import", src, "-o", out, "--form", "party", "--id", "dan-van").want(t, 0, []string{"thể thức văn bản của Đảng", out}, nil)
	data, _ := os.ReadFile(out)
	for _, want := range []string{"outline: dan-van", "profile: party", "default: directive.ref = 77-KH/HU", "heading: Tiếp dân, đối thoại", "guide: - Số buổi, số người dự."} {
		if !strings.Contains(string(data), want) {
			t.Errorf("outline file lacks %q:\n%s", want, data)
		}
	}
	run(t, env, "templates", "import", src, "--form", "xyz").want(t, 2, nil, []string{"--form"})
	run(t, env, "templates", "import", src, "-o", out).want(t, 1, nil, []string{"đã có"})
}

// TestImportIntoRoundTrip: a draft exported as DOCX, changed in LibreOffice
// (one paragraph edited, one added, a heading renumbered), brought back
// with import --into, is a new revision whose difference from the last is
// exactly those two answers.
func TestImportIntoRoundTrip(t *testing.T) {
	env, dir := sandbox(t)
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(example(t), store.Summary{Title: "Báo cáo An Thịnh", Outline: "state"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	exported := filepath.Join(dir, "ban-xuat.docx")
	run(t, env, "export", "1", "-o", exported).want(t, 0, nil, nil)
	flat := filepath.Join(dir, "ban-sua.fodt")
	xml := string(docxtest.Convert(t, exported, "fodt"))
	xml = replaceOnce(t, xml, "Các biểu hiện nêu trên mang tính cá biệt", "Các biểu hiện đã nêu chỉ là cá biệt")
	xml = replaceOnce(t, xml, ">IV. Đề xuất, kiến nghị<", ">V. Đề xuất, kiến nghị<")
	xml = addParagraphAfter(t, xml, "Quy định về đất đai, xây dựng thay đổi", "Hướng dẫn của cấp trên về hồ sơ đất đai có nguồn gốc phức tạp còn chậm.")
	if err := os.WriteFile(flat, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, "ban-sua.docx")
	if err := os.WriteFile(edited, docxtest.Convert(t, flat, "docx"), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, env, "import", exported, "--into", "1").want(t, 0, []string{"không thay đổi gì"}, nil)
	run(t, env, "import", edited, "--into", "1").want(t, 0, []string{"Đã lưu bản sửa lần 2", "mục 2. Đánh giá", "mục 1. Nguyên nhân khách quan"}, nil)

	s, err = store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	revs, err := s.Revisions("1")
	if err != nil || len(revs) != 2 {
		t.Fatalf("revisions %v %v", revs, err)
	}
	before, err := s.RevisionReport("1", revs[len(revs)-1].Rev)
	if err != nil {
		t.Fatal(err)
	}
	if revs[0].Rev < revs[len(revs)-1].Rev {
		before, _ = s.RevisionReport("1", revs[0].Rev)
	}
	after, err := s.Get("1")
	if err != nil {
		t.Fatal(err)
	}
	if got := changedAnswers(before, after.Report); strings.Join(got, ",") != "I.2.text,II.1.text" {
		t.Errorf("the history shows changes in %v, want I.2.text and II.1.text", got)
	}
	b, a := before, after.Report
	b.Answers, a.Answers = nil, nil
	if !reflect.DeepEqual(b, a) {
		t.Errorf("parts outside the two answers changed:\nbefore %+v\nafter  %+v", b, a)
	}
	if !strings.HasPrefix(after.Report.Answers["I.2.text"].Text, "Các biểu hiện đã nêu chỉ là cá biệt") ||
		!strings.Contains(after.Report.Answers["II.1.text"].Text, "ngại khi quyết định.\nHướng dẫn của cấp trên về hồ sơ đất đai có nguồn gốc phức tạp còn chậm.\nKhối lượng") {
		t.Errorf("answers after: %+v", after.Report.Answers)
	}
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if n := strings.Count(s, old); n != 1 {
		t.Fatalf("%q occurs %d times in the flat XML", old, n)
	}
	return strings.Replace(s, old, new, 1)
}

// addParagraphAfter copies the <text:p> holding marker after itself, with
// text as its content.
func addParagraphAfter(t *testing.T, s, marker, text string) string {
	t.Helper()
	i := strings.Index(s, marker)
	start := strings.LastIndex(s[:i], "<text:p ")
	end := i + strings.Index(s[i:], "</text:p>") + len("</text:p>")
	if i < 0 || start < 0 {
		t.Fatalf("no paragraph with %q", marker)
	}
	open := s[start : start+strings.Index(s[start:], ">")+1]
	return s[:end] + open + text + "</text:p>" + s[end:]
}

func changedAnswers(a, b model.Report) []string {
	var ids []string
	seen := map[string]bool{}
	for id := range a.Answers {
		seen[id] = true
	}
	for id := range b.Answers {
		seen[id] = true
	}
	for id := range seen {
		if !reflect.DeepEqual(a.Answers[id], b.Answers[id]) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// TestTUIImporter: the UI's import service stores the draft and sums up;
// a report no outline fits gets an outline from its own headings, saved
// and offered at once, never a refusal.
func TestTUIImporter(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join(dir, "cu.txt")
	os.WriteFile(src, []byte(oldReport), 0o644)
	other := filepath.Join(dir, "khac.txt")
	os.WriteFile(other, []byte("I. Kết quả chuyển đổi số\n\nĐã phủ cáp quang.\n\nII. Khó khăn về hạ tầng\n\nThiếu cán bộ."), 0o644)
	imp, _ := newTUIImporter(t, env)
	live, w := imp.outlines, imp.w
	d, sum, err := imp.ImportReport(src)
	if err != nil || d.Info.ID == "" || d.Report.Outline != "state" || !strings.Contains(sum, "6 dòng bảng") {
		t.Fatalf("import: %+v %q %v", d.Info, sum, err)
	}
	d, sum, err = imp.ImportReport(other)
	if err != nil || d.Info.ID == "" || !strings.Contains(sum, "từ chính các đề mục") {
		t.Fatalf("a report no outline fits: %+v %q %v", d.Info, sum, err)
	}
	if o, ok := live.Of(d.Report); !ok || len(o.Sections) == 0 {
		t.Errorf("the draft does not find its own outline %q", d.Report.Outline)
	}
	if _, ok := live.Get(d.Report.Outline); ok {
		t.Errorf("the derived outline %q is offered to other drafts", d.Report.Outline)
	}
	saved, sum, err := imp.SaveOutline(d.Info.ID)
	if _, ok := live.Get(saved.ID); err != nil || !ok || !strings.Contains(sum, "làm mẫu") {
		t.Errorf("save as template: %q %q %v", saved.ID, sum, err)
	}
	if again, _, err := imp.SaveOutline(d.Info.ID); err != nil || again.ID != saved.ID+"-2" {
		t.Errorf("saved again: %q %v, want the free ID %s-2", again.ID, err, saved.ID)
	}
	if _, _, err := imp.SaveOutline("1"); err == nil || !strings.Contains(err.Error(), "không có dàn ý riêng") {
		t.Errorf("a draft on a built-in outline: %v", err)
	}
	if d.Report.Answers["I.text"].Text != "Đã phủ cáp quang." {
		t.Errorf("answers: %+v", d.Report.Answers)
	}
	dc := filepath.Join(dir, "de-cuong.txt")
	os.WriteFile(dc, []byte("ĐỀ CƯƠNG BÁO CÁO\nCông tác phòng cháy năm 2025\n\nI. Kết quả\n\n1. Tuyên truyền\n\nII. Kiến nghị\n"), 0o644)
	o, sum, err := imp.ImportOutline(dc, model.ProfileParty)
	if err != nil || o.Profile != model.ProfileParty || !strings.Contains(sum, "3 mục") {
		t.Fatalf("outline: %+v %q %v", o.ID, sum, err)
	}
	if _, ok := live.Get(o.ID); !ok {
		t.Error("the new outline is not offered")
	}
	if _, err := os.Stat(filepath.Join(w.outlineDir, o.ID+".outline")); err != nil {
		t.Errorf("not saved among the user's outlines: %v", err)
	}
}
