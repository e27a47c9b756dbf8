package compile

import (
	"reflect"
	"testing"
)

// decodeAll reads every section of a record as the compilation does.
func decodeAll(b []byte) (*record, error) {
	d := &decoder{b: b}
	rec := &record{}
	head, rows, problems, texts := d.section(), d.section(), d.section(), d.section()
	rec.head = head.head()
	rec.rows = rows.rows()
	rec.problems, rec.unfilled = problems.problems()
	rec.texts = texts.texts()
	rec.tables = d.tables()
	for _, sub := range []*decoder{d, head, rows, problems, texts} {
		if sub.err != nil {
			return nil, sub.err
		}
	}
	for _, t := range rec.tables {
		alone := &decoder{b: b[t.at : t.at+int64(t.size)]}
		if again := alone.table(); alone.err != nil || !reflect.DeepEqual(again.vals, t.vals) || !reflect.DeepEqual(again.rows, t.rows) {
			return nil, errRecord
		}
	}
	return rec, nil
}

// TestRecordRoundTrip: a report's record reads back as it was written,
// its head and problems also alone from the spill file, each table on its
// own from where the record says it is.
func TestRecordRoundTrip(t *testing.T) {
	fx := newFixture(t)
	reports := append(fx.genMany(3, 4), fx.genOn(fx.cchc, 3, 5)...)
	reports[0].Doc.Date = "" // problems
	all := fx.rules.CatalogueFor("")
	sp, err := newSpill()
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	r := &reader{sp: sp}
	for i, rep := range reports {
		u, _, rec := newUnit(Input{Report: rep}, Options{Outlines: fx.set, Rules: fx.rules}, all)
		e := &encoder{}
		rec.encode(e)
		u.size = int32(len(e.b))
		if u.at, err = sp.put(e.b); err != nil || sp.flush() != nil {
			t.Fatal(err)
		}
		got, err := decodeAll(e.b)
		if err != nil {
			t.Fatalf("report %d: %v", i, err)
		}
		if ps, _, err := problems(r, u); err != nil || !reflect.DeepEqual(ps, rec.problems) {
			t.Errorf("report %d: the problems read alone differ (%v)", i, err)
		}
		if h, err := readHead(r, u); err != nil || !reflect.DeepEqual(h, rec.head) {
			t.Errorf("report %d: the head read alone is %+v (%v), want %+v", i, h, err, rec.head)
		}
		for _, ut := range rec.tables {
			ut.spec, ut.title = nil, ""
		}
		for _, ut := range got.tables {
			ut.at, ut.size = 0, 0
		}
		if !reflect.DeepEqual(got, rec) {
			t.Errorf("report %d: read back\n%+v\nwant\n%+v", i, got, rec)
		}
	}
}

// FuzzRecord: a damaged record is refused with errRecord, never a panic
// or an allocation out of proportion to its size.
func FuzzRecord(f *testing.F) {
	fx := newFixture(f)
	for _, r := range append(fx.genMany(1, 4), fx.genOn(fx.cchc, 1, 5)...) {
		_, _, rec := newUnit(Input{Report: r}, Options{Outlines: fx.set, Rules: fx.rules}, fx.rules.CatalogueFor(""))
		e := &encoder{}
		rec.encode(e)
		f.Add(e.b)
	}
	f.Add([]byte{})
	f.Add([]byte{255, 255, 255, 255, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := decodeAll(b); err != nil && err != errRecord {
			t.Fatalf("error %v, want errRecord", err)
		}
	})
}
