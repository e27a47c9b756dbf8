package ui

import "charm.land/bubbles/v2/key"

// bind builds a binding with its help text.
func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// GlobalKeyMap holds the keys the root handles on every screen.
type GlobalKeyMap struct {
	Quit  key.Binding // ctrl+c: always
	QuitQ key.Binding // q: only outside text fields
	Help  key.Binding
	Back  key.Binding
}

// DefaultGlobalKeyMap returns the global keys with help in the given language.
func DefaultGlobalKeyMap(s Strings) GlobalKeyMap {
	return GlobalKeyMap{
		Quit:  bind("ctrl+c", s.KeyQuit, "ctrl+c"),
		QuitQ: bind("q", s.KeyQuit, "q"),
		Help:  bind("?", s.KeyHelp, "?", "f1"),
		Back:  bind("esc", s.KeyBack, "esc"),
	}
}

// DraftsKeyMap holds the drafts screen's keys.
type DraftsKeyMap struct {
	Up, Down, Open, New, Duplicate, Delete, Undo, Filter key.Binding
	Yes, No                                              key.Binding
}

// DefaultDraftsKeyMap returns the drafts screen's keys.
func DefaultDraftsKeyMap(s Strings) DraftsKeyMap {
	return DraftsKeyMap{
		Up:        bind("↑", s.KeyUp, "up", "k"),
		Down:      bind("↓", s.KeyDown, "down", "j"),
		Open:      bind("enter", s.KeyOpen, "enter"),
		New:       bind("n", s.KeyNew, "n"),
		Duplicate: bind("d", s.KeyDuplicate, "d"),
		Delete:    bind("x", s.KeyDelete, "x", "delete"),
		Undo:      bind("u", s.KeyUndo, "u"),
		Filter:    bind("/", s.KeyFilter, "/"),
		Yes:       bind("y", s.KeyYes, "y", "c"),
		No:        bind("n", s.KeyNo, "n", "k", "esc"),
	}
}

// FormKeyMap holds the keys of the new-draft and export forms.
type FormKeyMap struct {
	Next, Prev, Submit, Left, Right key.Binding
	Yes, No                         key.Binding
}

// DefaultFormKeyMap returns the form keys.
func DefaultFormKeyMap(s Strings) FormKeyMap {
	return FormKeyMap{
		Next:   bind("tab", s.KeyNextField, "tab", "down"),
		Prev:   bind("shift+tab", s.KeyPrevField, "shift+tab", "up"),
		Submit: bind("ctrl+s", s.KeySubmit, "ctrl+s"),
		Left:   bind("←/→", s.KeyChoose, "left"),
		Right:  bind("→", s.KeyChoose, "right", "space"),
		Yes:    bind("y", s.KeyYes, "y", "c"),
		No:     bind("n", s.KeyNo, "n", "k", "esc"),
	}
}

// WizardKeyMap holds the wizard's keys. Field keys work while a field has
// focus; sidebar keys while the section list has it (after esc).
type WizardKeyMap struct {
	NextField, PrevField     key.Binding
	NextSection, PrevSection key.Binding
	None, Guide              key.Binding
	Review, Preview, Export  key.Binding
	Up, Down, Enter          key.Binding
	ReviewKey, PreviewKey    key.Binding
	ExportKey                key.Binding
}

// DefaultWizardKeyMap returns the wizard's keys.
func DefaultWizardKeyMap(s Strings) WizardKeyMap {
	return WizardKeyMap{
		NextField:   bind("tab", s.KeyNextField, "tab"),
		PrevField:   bind("shift+tab", s.KeyPrevField, "shift+tab"),
		NextSection: bind("pgdn/ctrl+n", s.KeyNextSection, "pgdown", "ctrl+n"),
		PrevSection: bind("pgup/ctrl+p", s.KeyPrevSection, "pgup", "ctrl+p"),
		None:        bind("ctrl+k", s.KeyNone, "ctrl+k"),
		Guide:       bind("f2/ctrl+g", s.KeyGuide, "f2", "ctrl+g"),
		Review:      bind("ctrl+r", s.KeyReview, "ctrl+r"),
		Preview:     bind("ctrl+o", s.KeyPreview, "ctrl+o"),
		Export:      bind("ctrl+x", s.KeyExport, "ctrl+x"),
		Up:          bind("↑", s.KeyUp, "up", "k"),
		Down:        bind("↓", s.KeyDown, "down", "j"),
		Enter:       bind("enter", s.KeyEdit, "enter"),
		ReviewKey:   bind("r", s.KeyReview, "r"),
		PreviewKey:  bind("v", s.KeyPreview, "v"),
		ExportKey:   bind("x", s.KeyExport, "x"),
	}
}

// ListKeyMap holds the keys of the review and preview screens.
type ListKeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Enter key.Binding
}

// DefaultListKeyMap returns the list keys; enter is labelled with jump.
func DefaultListKeyMap(s Strings) ListKeyMap {
	return ListKeyMap{
		Up:       bind("↑", s.KeyUp, "up", "k"),
		Down:     bind("↓", s.KeyDown, "down", "j"),
		PageUp:   bind("pgup", s.KeyPageUp, "pgup", "b"),
		PageDown: bind("pgdn", s.KeyPageDown, "pgdown", "f", "space"),
		Top:      bind("home", s.KeyTop, "home", "g"),
		Bottom:   bind("end", s.KeyBottom, "end", "G"),
		Enter:    bind("enter", s.KeyJump, "enter"),
	}
}
