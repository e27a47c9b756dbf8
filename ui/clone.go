package ui

import "github.com/baocao/baocao/model"

// cloneReport returns a deep copy of a report, so that a command may hold it
// while the wizard goes on editing the original.
func cloneReport(r model.Report) model.Report {
	c := r
	if r.Answers != nil {
		c.Answers = make(map[string]model.Answer, len(r.Answers))
		for k, a := range r.Answers {
			a.Items = append([]string(nil), a.Items...)
			c.Answers[k] = a
		}
	}
	c.Recipients = append([]string(nil), r.Recipients...)
	c.Staffing = cloneStaffing(r.Staffing)
	return c
}

// cloneStaffing returns a deep copy of a staffing table.
func cloneStaffing(s model.Staffing) model.Staffing {
	c := s
	if s.Rows != nil {
		c.Rows = make([]model.StaffRow, len(s.Rows))
		for i, row := range s.Rows {
			row.Roles = append([]string(nil), row.Roles...)
			c.Rows[i] = row
		}
	}
	if s.Declared.Start != nil {
		t := *s.Declared.Start
		c.Declared.Start = &t
	}
	if s.Declared.Now != nil {
		t := *s.Declared.Now
		c.Declared.Now = &t
	}
	return c
}
