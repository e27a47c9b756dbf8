package model

import "strings"

// OutlineName writes an outline's name as the units of the period call
// themselves: "{units}" in the name stands for the period's commune-level
// kinds, "xã, phường, đặc khu" from 1/7/2025 and "xã, phường, thị trấn"
// before (templates/rules/units.rules), so that a built-in outline is not
// named after units that no longer exist. A name without "{units}" is
// returned as it is; a period without kinds names them "cấp xã".
func (p UnitPeriod) OutlineName(name string) string {
	if !strings.Contains(name, "{units}") {
		return name
	}
	var kinds []string
	for _, k := range p.Kinds {
		kinds = append(kinds, k.Kind.Label())
	}
	units := strings.Join(kinds, ", ")
	if units == "" {
		units = "cấp xã"
	}
	return strings.ReplaceAll(name, "{units}", units)
}
