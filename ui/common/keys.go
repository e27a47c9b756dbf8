package common

import "charm.land/bubbles/v2/key"

// Bind builds a binding with its help text.
func Bind(help, desc string, keys ...string) key.Binding {
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
		Quit:  Bind("ctrl+c", s.KeyQuit, "ctrl+c"),
		QuitQ: Bind("q", s.KeyQuit, "q"),
		Help:  Bind("?", s.KeyHelp, "?", "f1"),
		Back:  Bind("esc", s.KeyBack, "esc"),
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
		Up:        Bind("↑", s.KeyUp, "up", "k"),
		Down:      Bind("↓", s.KeyDown, "down", "j"),
		Open:      Bind("enter", s.KeyOpen, "enter"),
		New:       Bind("n", s.KeyNew, "n"),
		Duplicate: Bind("d", s.KeyDuplicate, "d"),
		Delete:    Bind("x", s.KeyDelete, "x", "delete"),
		Undo:      Bind("u", s.KeyUndo, "u"),
		Filter:    Bind("/", s.KeyFilter, "/"),
		Yes:       Bind("y", s.KeyYes, "y", "c"),
		No:        Bind("n", s.KeyNo, "n", "k", "esc"),
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
		Next:   Bind("tab", s.KeyNextField, "tab", "down"),
		Prev:   Bind("shift+tab", s.KeyPrevField, "shift+tab", "up"),
		Submit: Bind("ctrl+s", s.KeySubmit, "ctrl+s"),
		Left:   Bind("←/→", s.KeyChoose, "left"),
		Right:  Bind("→", s.KeyChoose, "right", "space"),
		Yes:    Bind("y", s.KeyYes, "y", "c"),
		No:     Bind("n", s.KeyNo, "n", "k", "esc"),
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
		NextField:   Bind("tab", s.KeyNextField, "tab"),
		PrevField:   Bind("shift+tab", s.KeyPrevField, "shift+tab"),
		NextSection: Bind("pgdn/ctrl+n", s.KeyNextSection, "pgdown", "ctrl+n"),
		PrevSection: Bind("pgup/ctrl+p", s.KeyPrevSection, "pgup", "ctrl+p"),
		None:        Bind("ctrl+k", s.KeyNone, "ctrl+k"),
		Guide:       Bind("f2/ctrl+g", s.KeyGuide, "f2", "ctrl+g"),
		Review:      Bind("ctrl+r", s.KeyReview, "ctrl+r"),
		Preview:     Bind("ctrl+o", s.KeyPreview, "ctrl+o"),
		Export:      Bind("ctrl+x", s.KeyExport, "ctrl+x"),
		Up:          Bind("↑", s.KeyUp, "up", "k"),
		Down:        Bind("↓", s.KeyDown, "down", "j"),
		Enter:       Bind("enter", s.KeyEdit, "enter"),
		ReviewKey:   Bind("r", s.KeyReview, "r"),
		PreviewKey:  Bind("v", s.KeyPreview, "v"),
		ExportKey:   Bind("x", s.KeyExport, "x"),
	}
}

// ListKeyMap holds the keys of the review and preview screens.
type ListKeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Enter key.Binding
}

// DefaultListKeyMap returns the list keys; enter is labelled with jump.
func DefaultListKeyMap(s Strings) ListKeyMap {
	return ListKeyMap{
		Up:       Bind("↑", s.KeyUp, "up", "k"),
		Down:     Bind("↓", s.KeyDown, "down", "j"),
		PageUp:   Bind("pgup", s.KeyPageUp, "pgup", "b"),
		PageDown: Bind("pgdn", s.KeyPageDown, "pgdown", "f", "space"),
		Top:      Bind("home", s.KeyTop, "home", "g"),
		Bottom:   Bind("end", s.KeyBottom, "end", "G"),
		Enter:    Bind("enter", s.KeyJump, "enter"),
	}
}
