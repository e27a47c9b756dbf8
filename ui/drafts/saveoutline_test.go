package drafts

import (
	"errors"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// saver is an importer that saves drafts' own outlines: draft "2" carries
// one, the others follow a template.
type saver struct {
	common.Importer
	saved []string
}

func (s *saver) SaveOutline(id string) (model.Outline, string, error) {
	if id != "2" {
		return model.Outline{}, "", errors.New("bản nháp " + id + " không có dàn ý riêng để lưu")
	}
	s.saved = append(s.saved, id)
	return model.Outline{ID: "tuan"}, "Đã lưu dàn ý \"tuan\" của bản nháp 2 làm mẫu.", nil
}

// TestSaveOutlineKey: m on an imported draft saves its own outline as a
// template, says so and reloads the outlines; on a draft with none it
// says why; a program with no saver says what to use instead.
func TestSaveOutlineKey(t *testing.T) {
	tests := []struct {
		name   string
		keys   []string
		saver  bool
		status string
		saved  int
	}{
		{"own outline", []string{"down", "m"}, true, "Đã lưu dàn ý \"tuan\" của bản nháp 2 làm mẫu.", 1},
		{"template", []string{"m"}, true, "bản nháp 3 không có dàn ý riêng để lưu", 0},
		{"no saver", []string{"down", "m"}, false, Vietnamese().NoSaver, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScreen(t, 3, 80, 21, common.Vietnamese())
			sv := &saver{}
			if tt.saver {
				s.m.c.Svc.Import = sv
			}
			s.m.c.Svc.Outlines = outlines{{ID: "state"}, {ID: "tuan", Name: "Báo cáo tuần"}}
			s.Keys(tt.keys...)
			if s.Status != tt.status || len(sv.saved) != tt.saved {
				t.Errorf("status %q, saved %v", s.Status, sv.saved)
			}
			if _, reloaded := s.m.names["tuan"]; reloaded != (tt.saved > 0) {
				t.Errorf("outlines reloaded: %v", reloaded)
			}
		})
	}
}
