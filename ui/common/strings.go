package common

import (
	"errors"
	"fmt"
	"time"

	"github.com/baocao/baocao/model"
)

// Strings are every user-visible text of the program in one language.
// Vietnamese is the default; English is for reviewers who read no
// Vietnamese. Texts that depend on values are functions.
type Strings struct {
	AppName string
	// Lang is "vi" or "en": screen packages with texts of their own pick
	// theirs by it.
	Lang string

	// Key help.
	KeyQuit, KeyHelp, KeyBack, KeyUp, KeyDown, KeyOpen, KeyNew, KeyDuplicate string
	KeyDelete, KeyUndo, KeyFilter, KeyYes, KeyNo, KeyNextField, KeyPrevField string
	KeySubmit, KeyChoose, KeyNextSection, KeyPrevSection, KeyNone, KeyGuide  string
	KeyReview, KeyPreview, KeyExport, KeyEdit, KeyPageUp, KeyPageDown        string
	KeyTop, KeyBottom, KeyJump                                               string

	// Drafts.
	Loading, NoDrafts, NoMatch, FilterPrompt, Deleted, Restored string
	// BackedUp says the background backup of the drafts file is done.
	BackedUp string

	// New draft form.
	NewDraftTitle, FieldOutline, FieldKind, FieldClass, FieldUnitName, FieldIssuer  string
	FieldIssuerCode, FieldParent, FieldPlace, FieldDirectiveType, FieldDirectiveRef string
	FieldDirectiveDate, FieldDirectiveIssuer, HintUnitName                          string
	HintIssuerCode, HintPlace, HintDirectiveType, HintDirectiveRef                  string
	HintDate, DefaultDirectiveType, NeedUnitName, NoOutlines                        string

	// Wizard.
	// NotOffered marks a chosen option the report's date no longer offers.
	Empty, NotChosen, NotOffered, NoneMark, NoneNotAllowed, Example, Saving, HeadingOnly, NoneHint string
	SignerAuthority, SignerFor, SignerTitle, SignerName                                            string
	SignerForHint, SignerTitleHint, SignerNameHint                                                 string
	AuthorityHead, AuthorityTM, AuthorityKT, AuthorityTL                                           string
	AuthorityTUQ, AuthorityQ, AuthorityPartyTM, AuthorityPartyKT                                   string

	// Review, export, frame.
	NoProblems, WholeReport, ExportTitle, FieldFormat, FieldPath string
	NeedPath, Exporting, FatalTitle, NoExporter, FatalBack       string

	Ago            func(d time.Duration, at time.Time) string
	ProgressLine   func(done, required int) string
	ProblemCount   func(errors, warnings int) string
	ProblemSummary func(errors, warnings int) string
	// UnfilledSummary names what is still to be written (model.Tally.Unfilled):
	// "chưa điền", never counted as errors.
	UnfilledSummary   func(unfilled int) string
	ConfirmDelete     func(title string) string
	ConfirmErrors     func(errors int) string
	ConfirmOverwrite  func(path string) string
	Exported          func(path string) string
	ExportFailed      func(err error) string
	SavedAt           func(at time.Time) string
	SaveFailed        func(err error) string
	StoreError        func(err error) string
	OpenFailed        func(err error) string
	QuitUnsaved       func(err error) string
	TooSmall          func(width, height int) string
	KindName          func(k model.UnitKind) string
	ClassName         func(class string) string
	DefaultIssuer     func(p model.Profile, k model.UnitKind, name string) string
	DefaultIssuerCode func(p model.Profile) string
	ScreenName        func(screen int) string
	SectionNames      func(id string) string
}

// Vietnamese returns the Vietnamese texts (the default).
func Vietnamese() Strings {
	s := Strings{
		AppName: "baocao", Lang: "vi",
		KeyQuit: "thoát", KeyHelp: "trợ giúp", KeyBack: "quay lại", KeyUp: "lên", KeyDown: "xuống",
		KeyOpen: "mở", KeyNew: "báo cáo mới", KeyDuplicate: "nhân bản", KeyDelete: "xóa",
		KeyUndo: "hoàn tác xóa", KeyFilter: "lọc", KeyYes: "đồng ý", KeyNo: "không",
		KeyNextField: "ô sau", KeyPrevField: "ô trước", KeySubmit: "tạo", KeyChoose: "chọn",
		KeyNextSection: "mục sau", KeyPrevSection: "mục trước", KeyNone: "trả lời “Không”",
		KeyGuide: "hướng dẫn", KeyReview: "rà soát", KeyPreview: "xem trước", KeyExport: "xuất văn bản",
		KeyEdit: "sửa mục", KeyPageUp: "trang trước", KeyPageDown: "trang sau", KeyTop: "đầu",
		KeyBottom: "cuối", KeyJump: "đến ô cần sửa",

		Loading: "Đang tải danh sách bản nháp…",
		NoDrafts: "Chưa có bản nháp nào. Nhấn n để bắt đầu một báo cáo: chọn mẫu báo cáo, " +
			"điền tên đơn vị và văn bản chỉ đạo, rồi làm lần lượt từng mục. Mọi chữ bạn gõ đều được lưu ngay. " +
			"Bản nháp đã xóa còn trong thùng rác 30 ngày: nhấn t để xem.",
		NoMatch:      "Không có bản nháp nào khớp với bộ lọc. Nhấn esc để bỏ lọc.",
		FilterPrompt: "Lọc: ", Deleted: "Đã chuyển bản nháp vào thùng rác. Nhấn u để lấy lại.",
		Restored: "Đã lấy lại bản nháp.",
		BackedUp: "Đã sao lưu tự động tệp bản nháp (đã kiểm tra đầy đủ).",

		NewDraftTitle: "Báo cáo mới", FieldOutline: "Mẫu báo cáo", FieldKind: "Loại đơn vị",
		FieldClass: "Phân loại", FieldUnitName: "Tên đơn vị", FieldIssuer: "Cơ quan ban hành",
		FieldIssuerCode: "Ký hiệu cơ quan", FieldParent: "Cơ quan cấp trên", FieldPlace: "Địa danh",
		FieldDirectiveType: "Loại văn bản chỉ đạo", FieldDirectiveRef: "Số, ký hiệu văn bản",
		FieldDirectiveDate: "Ngày văn bản chỉ đạo", FieldDirectiveIssuer: "Cơ quan chỉ đạo",
		HintUnitName:   "ví dụ: Phổ Minh",
		HintIssuerCode: "ví dụ: UBND, ĐU",
		HintPlace:      "để trống: dùng tên đơn vị", HintDirectiveType: "ví dụ: Công văn",
		HintDirectiveRef: "ví dụ: 1364-CV/TU", HintDate: "ngày/tháng/năm, ví dụ 23/8/2023", DefaultDirectiveType: "Công văn",
		NeedUnitName: "Hãy nhập tên đơn vị (ví dụ: Phổ Minh) rồi nhấn ctrl+s.",
		NoOutlines:   "Chưa có mẫu báo cáo nào; hãy kiểm tra thư mục dàn ý rồi mở lại chương trình.",

		Empty: "(chưa điền)", NotChosen: "(chưa chọn — dùng ←/→)", NoneMark: "[Không]",
		NotOffered:     "(không có vào ngày báo cáo)",
		NoneNotAllowed: "Ô này bắt buộc có nội dung, không trả lời “Không” được.",
		Example:        "Ví dụ", Saving: "Đang lưu…",
		NoneHint:        "Đã trả lời “Không”. Nhấn ctrl+k để bỏ, hoặc gõ nội dung.",
		HeadingOnly:     "Mục này là tiêu đề chung; nội dung được viết ở các mục con. Nhấn pgdn để sang mục sau.",
		SignerAuthority: "Thẩm quyền ký", SignerFor: "Ký thay mặt / ký thay cho", SignerTitle: "Chức vụ người ký",
		SignerName: "Họ và tên người ký", SignerForHint: "ví dụ: CHỦ TỊCH hoặc ỦY BAN NHÂN DÂN",
		SignerTitleHint: "ví dụ: PHÓ CHỦ TỊCH", SignerNameHint: "ví dụ: Trần Văn Minh",
		AuthorityHead: "Người đứng đầu ký", AuthorityTM: "TM. (thay mặt tập thể)",
		AuthorityKT: "KT. (cấp phó ký thay)", AuthorityTL: "TL. (thừa lệnh)", AuthorityTUQ: "TUQ. (thừa ủy quyền)",
		AuthorityQ: "Q. (quyền)", AuthorityPartyTM: "T/M (thay mặt cấp ủy)", AuthorityPartyKT: "K/T (ký thay)",

		NoProblems:  "Không còn lỗi hay cảnh báo nào. Có thể xuất văn bản (ctrl+x trong trang soạn).",
		WholeReport: "Toàn văn bản", ExportTitle: "Xuất văn bản", FieldFormat: "Định dạng", FieldPath: "Lưu vào tệp",
		NeedPath: "Hãy nhập đường dẫn tệp cần lưu.", Exporting: "Đang xuất…",
		FatalTitle: "Không mở được bản nháp",
		FatalBack:  "Nhấn esc để quay lại danh sách bản nháp.",
		NoExporter: "Bản baocao này chưa có phần xuất văn bản; hãy cập nhật baocao.",
	}
	s.Ago = viAgo
	s.ProgressLine = func(done, required int) string { return fmt.Sprintf("%d/%d mục xong", done, required) }
	s.ProblemCount = func(e, w int) string {
		switch {
		case e > 0 && w > 0:
			return fmt.Sprintf("%d lỗi, %d cảnh báo", e, w)
		case e > 0:
			return fmt.Sprintf("%d lỗi", e)
		case w > 0:
			return fmt.Sprintf("%d cảnh báo", w)
		}
		return ""
	}
	s.ProblemSummary = func(e, w int) string {
		return fmt.Sprintf("%d lỗi, %d cảnh báo. Chọn một dòng và nhấn enter để sửa.", e, w)
	}
	s.UnfilledSummary = func(unfilled int) string {
		return fmt.Sprintf("%d mục chưa điền (việc cần làm, không phải lỗi).", unfilled)
	}
	s.ConfirmDelete = func(t string) string {
		return fmt.Sprintf("Xóa bản nháp “%s”? Bản nháp vào thùng rác và lấy lại được. Nhấn y để xóa, n để thôi.", t)
	}
	s.ConfirmErrors = func(n int) string {
		return fmt.Sprintf("Báo cáo còn %d lỗi (xem dưới đây). Nhấn y để vẫn xuất, n để quay lại sửa.", n)
	}
	s.ConfirmOverwrite = func(p string) string {
		return fmt.Sprintf("Tệp %s đã có. Nhấn y để ghi đè, n để đổi tên tệp.", p)
	}
	s.Exported = func(p string) string { return "Đã xuất: " + p }
	s.ExportFailed = func(err error) string { return "Không xuất được văn bản: " + err.Error() }
	s.SavedAt = func(t time.Time) string { return "Đã lưu " + t.Format("15:04:05") }
	s.SaveFailed = func(err error) string {
		return "Chưa lưu được: " + err.Error() + " — chữ đã gõ vẫn còn trên màn hình; sẽ thử lại khi bạn gõ tiếp."
	}
	s.StoreError = func(err error) string { return err.Error() }
	s.OpenFailed = func(err error) string {
		if errors.Is(err, ErrNoOutline) {
			return "Bản nháp dùng một mẫu báo cáo không còn trong máy; hãy chép lại tệp dàn ý vào thư mục dàn ý."
		}
		return err.Error()
	}
	s.QuitUnsaved = func(err error) string {
		return "Chưa lưu được (" + err.Error() + "). Nhấn ctrl+c lần nữa để thoát mà không lưu phần cuối."
	}
	s.TooSmall = func(w, h int) string {
		return fmt.Sprintf("Cửa sổ quá nhỏ (%d×%d). Hãy phóng to ít nhất %d×%d.", w, h, MinWidth, MinHeight)
	}
	s.KindName = func(k model.UnitKind) string { return capitalize(k.Label()) }
	s.ClassName = func(c string) string { return "Loại " + c }
	s.DefaultIssuer = viIssuer
	s.DefaultIssuerCode = func(p model.Profile) string {
		if p == model.ProfileParty {
			return "ĐU"
		}
		return "UBND"
	}
	s.ScreenName = func(i int) string {
		return []string{"Bản nháp", "Báo cáo mới", "Soạn báo cáo", "Rà soát", "Xem trước", "Xuất văn bản"}[i]
	}
	s.SectionNames = func(id string) string {
		switch id {
		case "header":
			return "Thông tin chung"
		case "basis":
			return "Căn cứ"
		case "closing":
			return "Kết thúc"
		}
		return id
	}
	return s
}

// viAgo writes how long ago something happened: "vừa xong", "5 phút trước".
func viAgo(d time.Duration, at time.Time) string {
	switch {
	case d < time.Minute:
		return "vừa xong"
	case d < time.Hour:
		return fmt.Sprintf("%d phút trước", int(d.Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("%d giờ trước", int(d.Hours()))
	case d < 48*time.Hour:
		return "hôm qua"
	case d < 30*24*time.Hour:
		return fmt.Sprintf("%d ngày trước", int(d.Hours()/24))
	}
	return at.Format("02/01/2006")
}

// viIssuer names the issuing body: "Ủy ban nhân dân phường Phổ Minh" or
// "Đảng ủy xã …".
func viIssuer(p model.Profile, k model.UnitKind, name string) string {
	if p == model.ProfileParty {
		if k.IsCommuneLevel() {
			return "Đảng ủy " + k.Label() + " " + name
		}
		return "Đảng ủy " + name
	}
	if k.IsCommuneLevel() {
		return "Ủy ban nhân dân " + k.Label() + " " + name
	}
	return name
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return model.Upper(string(r[:1])) + string(r[1:])
}
