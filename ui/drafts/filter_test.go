package drafts

import (
	"errors"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// openingStore is a fakeStore that opens drafts.
type openingStore struct {
	*fakeStore
	opened []string
}

func (o *openingStore) Get(id string) (common.Draft, error) {
	o.opened = append(o.opened, id)
	for _, it := range o.items {
		if it.ID == id {
			return common.Draft{Info: it, Report: model.Report{Outline: it.Outline}}, nil
		}
	}
	return common.Draft{}, errors.New("no such draft")
}

type outlines []model.Outline

func (o outlines) All() []model.Outline                    { return o }
func (o outlines) Of(r model.Report) (model.Outline, bool) { return o.Get(r.Outline) }
func (o outlines) Get(id string) (model.Outline, bool) {
	for _, x := range o {
		if x.ID == id {
			return x, true
		}
	}
	return model.Outline{}, false
}

// TestFilterEnterOpens: in the filter, enter opens the highlighted draft,
// as the key bar's "enter mở" says; with nothing shown it opens nothing.
func TestFilterEnterOpens(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string // the draft opened; "" for none
	}{
		{"first match", []string{"/", "s", "o", " ", "3", "enter"}, "5"},
		{"moved to the second", []string{"/", "q", "u", "y", " ", "2", "down", "down", "enter"}, "3"},
		{"no match", []string{"/", "z", "z", "z", "enter"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScreen(t, 8, 80, 21, common.Vietnamese())
			st := &openingStore{fakeStore: s.st}
			s.m.c.Svc.Store, s.m.c.Svc.Outlines = st, outlines{{ID: "state", Name: "UBND cấp xã"}}
			s.Keys(tt.keys...)
			var got string
			for _, msg := range s.Sent {
				if o, ok := msg.(common.DraftOpenedMsg); ok && o.Err == nil {
					got = o.Draft.Info.ID
				}
			}
			if got != tt.want || s.m.filtering {
				t.Errorf("opened %q (filtering %v), want %q; store asked for %v\n%s", got, s.m.filtering, tt.want, st.opened, s.View())
			}
		})
	}
}
