package layout

import (
	"testing"

	"github.com/baocao/baocao/model"
)

// TestSignatureAsWritten: an imported draft's signer prints as the source
// wrote it; a draft started in baocao gets NĐ 30's capitals.
func TestSignatureAsWritten(t *testing.T) {
	signer := model.Signer{Authority: model.AuthorityKT, For: "Chủ tịch", Title: "Phó Chủ tịch", Name: "Hà Văn Toàn"}
	tests := []struct {
		name             string
		imported         bool
		authority, title string
	}{
		{"imported", true, "KT. Chủ tịch", "Phó Chủ tịch"},
		{"started in baocao", false, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := signature(signer, tt.imported)
			if s.Authority != tt.authority || s.Title != tt.title || s.Name != signer.Name {
				t.Errorf("got %+v", s)
			}
		})
	}
}
