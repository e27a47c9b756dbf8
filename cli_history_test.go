package main

import (
	"encoding/binary"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
)

// seedHistory creates a draft from the state example and saves it twice
// more, changing one sentence of I.1 each time; it returns the draft's ID.
func seedHistory(t *testing.T, path string) string {
	t.Helper()
	r, err := examples.Report("state")
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m, err := s.Create(r, store.Summary{Title: "Báo cáo quý III", Unit: "xã An Thịnh", Outline: "state", Done: 3, Required: 9})
	if err != nil {
		t.Fatal(err)
	}
	for _, extra := range []string{" Đã có 2 trường hợp.", " Đã có 5 trường hợp."} {
		r = r.Clone()
		a := r.Answers["I.1.text"]
		a.Text = strings.SplitN(a.Text, " Đã có", 2)[0] + extra
		r.Answers["I.1.text"] = a
		if _, err := s.Save(store.Draft{Meta: m, Report: r}); err != nil {
			t.Fatal(err)
		}
	}
	return m.ID
}

func TestHistoryCommand(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	seed(t, db, "khác")
	id := seedHistory(t, db)

	run(t, env, "history", id).want(t, 0, []string{"Lịch sử sửa của bản nháp " + id + " (3 bản lưu",
		"3    ", "sửa 1 mục (I.1) · thêm 1, bớt 1 ký tự", "bản lưu cũ nhất còn giữ", "baocao history restore " + id + " SỐ"}, nil)
	run(t, env, "history", id, "--lang", "en").want(t, 0, []string{"1 section(s) changed (I.1) · 1 characters added, 1 removed"}, nil)
	run(t, env, "history", "show", id, "2").want(t, 0, []string{"BÁO CÁO", "Đã có 2 trường hợp."}, nil)
	run(t, env, "history", "diff", id, "2").want(t, 0, []string{"Bản lưu 2 → bản hiện tại", "== I.1", "Đã có [-2-]{+5+} trường hợp."}, nil)

	r := run(t, env, "history", "restore", id, "2")
	r.want(t, 0, []string{"Đã khôi phục bản lưu 2", "giữ thành bản lưu 3", "baocao history restore " + id + " 3"}, nil)
	assertI1(t, db, id, "Đã có 2 trường hợp.")
	// The restore is undone with the command it printed.
	run(t, env, "history", "restore", id, "3").want(t, 0, []string{"Đã khôi phục bản lưu 3"}, nil)
	assertI1(t, db, id, "Đã có 5 trường hợp.")

	for _, bad := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"history"}, 2, "thiếu"},
		{[]string{"history", "show", id}, 2, "baocao history show|diff|restore NHÁP SỐ"},
		{[]string{"history", "show", id, "x"}, 2, "không phải số bản lưu"},
		{[]string{"history", "show", id, "99"}, 1, "không có bản lưu số 99"},
		{[]string{"history", "99"}, 1, "Không tìm thấy bản nháp"},
	} {
		run(t, env, bad.args...).want(t, bad.code, nil, []string{bad.stderr})
	}
}

// assertI1 checks how the draft's I.1 ends.
func assertI1(t *testing.T, db, id, want string) {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Report.Answers["I.1.text"].Text; !strings.HasSuffix(got, want) {
		t.Errorf("I.1 ends %q, want %q", got[max(len(got)-30, 0):], want)
	}
}

func TestTrashCommand(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	run(t, env, "trash").want(t, 0, []string{"Thùng rác trống."}, nil)
	ids := seed(t, db, "Quý I", "Quý II", "Quý III")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids[:2] {
		if err := s.Delete(id); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	run(t, env, "trash").want(t, 0, []string{ids[0] + " ", "30 ngày", "Quý II — xã An Thịnh", "baocao trash restore MÃ"}, nil)
	run(t, env, "trash", "--lang", "en").want(t, 0, []string{"30 days", "DELETED"}, nil)
	run(t, env, "trash", "restore", ids[1]).want(t, 0, []string{"Đã lấy bản nháp " + ids[1] + " (Quý II — xã An Thịnh)"}, nil)
	run(t, env, "list").want(t, 0, []string{"Quý II", "Quý III"}, nil)
	run(t, env, "trash", "restore", ids[2]).want(t, 1, nil, []string{"không nằm trong thùng rác"})

	// Without --yes nothing is deleted, and the clerk is told what would be lost.
	run(t, env, "trash", "empty").want(t, 1, []string{ids[0] + "  Quý I — xã An Thịnh"}, []string{"chưa xóa gì", "mất hẳn", "--yes"})
	run(t, env, "trash").want(t, 0, []string{"Quý I"}, nil)
	run(t, env, "trash", "empty", "--yes").want(t, 0, []string{"Đã xóa hẳn 1 bản nháp"}, nil)
	run(t, env, "trash").want(t, 0, []string{"Thùng rác trống."}, nil)
	run(t, env, "trash", "purge").want(t, 2, nil, []string{"baocao trash empty --yes"})
}

// TestTrashedMessageNamesTheWay checks that opening a draft in the trash
// says how to bring it back.
func TestTrashedMessageNamesTheWay(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	id := seed(t, db, "Quý I")[0]
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	s.Close()
	run(t, env, "history", id).want(t, 1, nil, []string{"baocao trash restore"})
	run(t, env, "history", id, "--lang", "en").want(t, 1, nil, []string{"baocao trash restore"})
}

// TestCorruptDraftNamesHistory: a draft whose content cannot be read is
// reported with the command that restores an earlier revision of it.
func TestCorruptDraftNamesHistory(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	id := seedHistory(t, db)
	corruptCurrent(t, db, id)
	run(t, env, "export", id, "-o", "-", "--format", "txt").want(t, 1, nil, []string{`"baocao history restore ` + id + ` SỐ"`})
	run(t, env, "export", id, "-o", "-", "--format", "txt", "--lang", "en").want(t, 1, nil, []string{`"baocao history restore ` + id + ` N"`})
	// The history still lists the revisions, and restoring one mends the draft.
	run(t, env, "history", id).want(t, 0, []string{"3 bản lưu"}, nil)
	run(t, env, "history", "restore", id, "3").want(t, 0, []string{"Đã khôi phục bản lưu 3"}, nil)
	assertI1(t, db, id, "Đã có 5 trường hợp.")
}

// corruptCurrent overwrites a draft's current content with bytes that are
// not a report, as a disk fault might.
func corruptCurrent(t *testing.T, db, id string) {
	t.Helper()
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = b.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("drafts")).Put(binary.BigEndian.AppendUint64(nil, n), []byte(`{"format":"baocao/report@1","answers":`))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestHistoryShowWithoutOutline: a revision of a draft whose outline file
// was removed is still shown, whole, as JSON, saying why.
func TestHistoryShowWithoutOutline(t *testing.T) {
	env, _ := sandbox(t)
	r, err := examples.Report("state")
	if err != nil {
		t.Fatal(err)
	}
	r.Outline = "rieng-da-xoa"
	r.Answers["I.1.text"] = model.Answer{Text: "Chữ của bản lưu không được mất."}
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Create(r, store.Summary{Title: "Theo dàn ý đã xóa", Outline: r.Outline})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	run(t, env, "history", "show", m.ID, "1").want(t, 0, []string{`"outline": "rieng-da-xoa"`, "Chữ của bản lưu không được mất."},
		[]string{`Không có dàn ý "rieng-da-xoa"`})
}
