package field

import "github.com/baocao/baocao/model"

// Signer splits the signature field into an authority chooser and the
// three lines under it (for whom, title, name). Their problems all belong
// to the signature field.
func Signer(env Env, f model.Field, p model.Profile) []Input {
	s := env.Str
	opts := []string{"=" + s.AuthorityHead, "TM.=" + s.AuthorityTM, "KT.=" + s.AuthorityKT,
		"TL.=" + s.AuthorityTL, "TUQ.=" + s.AuthorityTUQ, "Q.=" + s.AuthorityQ}
	if p == model.ProfileParty {
		opts = []string{"T/M=" + s.AuthorityPartyTM, "K/T=" + s.AuthorityPartyKT, "=" + s.AuthorityHead}
	}
	sub := func(suffix, label, bind, hint string) model.Field {
		return model.Field{ID: f.ID + "." + suffix, Label: label, Kind: model.FieldLine, Bind: bind, Hint: hint}
	}
	auth := model.Field{ID: f.ID + ".authority", Label: s.SignerAuthority, Kind: model.FieldChoice,
		Bind: "signer.authority", Options: opts}
	return []Input{
		NewChoice(env, auth, f.ID),
		NewLine(env, sub("for", s.SignerFor, "signer.for", s.SignerForHint), f.ID),
		NewLine(env, sub("title", s.SignerTitle, "signer.title", s.SignerTitleHint), f.ID),
		NewLine(env, sub("name", s.SignerName, "signer.name", s.SignerNameHint), f.ID),
	}
}
