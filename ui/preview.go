package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// Preview shows the report laid out like the printed page, scrollable.
type Preview struct {
	c       common.Common
	keys    common.ListKeyMap
	report  model.Report
	outline model.Outline
	vp      viewport.Model
	laidFor int // the width the page was laid out for
}

var _ common.Component = (*Preview)(nil)

// NewPreview lays out a copy of the report.
func NewPreview(c common.Common, r model.Report, o model.Outline) *Preview {
	p := &Preview{c: c, keys: common.DefaultListKeyMap(*c.Str), report: r, outline: o, vp: viewport.New()}
	p.SetSize(c.Width, c.Height)
	return p
}

// SetSize sets the drawing area and lays the page out again when the width
// changed.
func (p *Preview) SetSize(width, height int) {
	p.vp.SetWidth(width)
	p.vp.SetHeight(height)
	if width != p.laidFor {
		p.laidFor = width
		p.vp.SetContent(p.c.Svc.Export.Page(p.report, p.outline, p.c.Svc.Rules, width))
	}
}

// Update scrolls.
func (p *Preview) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, p.keys.Up):
		p.vp.ScrollUp(1)
	case key.Matches(k, p.keys.Down):
		p.vp.ScrollDown(1)
	case key.Matches(k, p.keys.PageUp):
		p.vp.PageUp()
	case key.Matches(k, p.keys.PageDown):
		p.vp.PageDown()
	case key.Matches(k, p.keys.Top):
		p.vp.GotoTop()
	case key.Matches(k, p.keys.Bottom):
		p.vp.GotoBottom()
	}
	return nil
}

// View draws the visible part of the page.
func (p *Preview) View() string { return p.vp.View() }

// ShortHelp lists the scrolling keys.
func (p *Preview) ShortHelp() []key.Binding {
	return []key.Binding{p.keys.Down, p.keys.PageDown, p.keys.Top}
}

// FullHelp lists every key.
func (p *Preview) FullHelp() [][]key.Binding {
	return [][]key.Binding{{p.keys.Up, p.keys.Down}, {p.keys.PageUp, p.keys.PageDown}, {p.keys.Top, p.keys.Bottom}}
}
