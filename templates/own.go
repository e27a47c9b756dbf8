package templates

import (
	"github.com/baocao/baocao/model"
)

// DraftSource is the Source of an outline a draft carries (see Own).
const DraftSource = "bản nháp"

// Own returns the outline a draft carries (model.Report.OutlineFile, made
// by an import from the source's own headings), parsed; ok is false when
// the draft carries none. An outline that does not parse is an error
// naming its problems.
func Own(r model.Report) (o model.Outline, ok bool, err error) {
	if r.OutlineFile == "" {
		return model.Outline{}, false, nil
	}
	o, err = ParseOutline(DraftSource, []byte(r.OutlineFile))
	if err != nil {
		return model.Outline{}, true, err
	}
	o.Source = DraftSource
	return o, true, nil
}

// Of returns the outline a report follows: the draft's own when it
// carries one (Own), else the set's outline of ID r.Outline. A damaged
// own outline is not found.
func (s Set) Of(r model.Report) (model.Outline, bool) {
	if o, carried, err := Own(r); carried {
		return o, err == nil
	}
	return s.Get(r.Outline)
}
