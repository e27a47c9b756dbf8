package model

// Fixtures shared by the tests: an outline shaped like the built-in state
// outline and a regime with the NĐ 33/2023 catalogue and caps. They are kept
// here, not loaded from templates, so that model's tests stay pure.

func testOutline() Outline {
	return Outline{
		ID: "state", Name: "UBND cấp xã", Profile: ProfileState,
		Closing: "Trên đây là báo cáo của {issuer} thực hiện {directive}.",
		Sections: []Section{
			{ID: "header", Fields: []Field{
				{ID: "kind", Label: "Loại đơn vị", Kind: FieldChoice, Bind: "unit.kind", Required: true,
					Options: []string{"xa=Xã", "phuong=Phường", "thi-tran=Thị trấn"}},
				{ID: "class", Label: "Phân loại", Kind: FieldChoice, Bind: "unit.class", Options: []string{"I", "II", "III"}},
				{ID: "issuer", Label: "Cơ quan ban hành", Kind: FieldLine, Bind: "unit.issuer", Required: true},
				{ID: "number", Label: "Số văn bản", Kind: FieldInteger, Bind: "doc.number"},
				{ID: "date", Label: "Ngày ban hành", Kind: FieldDate, Bind: "doc.date", Required: true},
			}},
			{ID: "basis", Fields: []Field{
				{ID: "dref", Label: "Số hiệu văn bản chỉ đạo", Kind: FieldLine, Bind: "directive.ref", Required: true},
				{ID: "ddate", Label: "Ngày văn bản chỉ đạo", Kind: FieldDate, Bind: "directive.date", Required: true},
			}},
			{ID: "I.1", Number: "1", Level: 2, Heading: "Thực trạng", Fields: []Field{
				{ID: "staffing", Label: "Cán bộ, công chức", Kind: FieldStaffing, Bind: "staffing", Required: true},
				{ID: "I.1.text", Label: "Thực trạng", Kind: FieldNarrative, Required: true},
			}},
			{ID: "II", Number: "II", Level: 1, Heading: "Nguyên nhân", Fields: []Field{
				{ID: "II.text", Label: "Nguyên nhân", Kind: FieldNarrative, Required: true, NoneOK: true},
			}},
			{ID: "III", Number: "III", Level: 1, Heading: "Nhiệm vụ, giải pháp", Fields: []Field{
				{ID: "III.items", Label: "Nhiệm vụ, giải pháp", Kind: FieldBullets, Required: true},
			}},
			{ID: "closing", Fields: []Field{
				{ID: "recipients", Label: "Nơi nhận", Kind: FieldRecipients, Bind: "recipients", Required: true},
				{ID: "signer", Label: "Người ký", Kind: FieldSignature, Bind: "signer", Required: true},
			}},
		},
	}
}

func testRules() Rules {
	cadre := func(id, short string, max int) Position {
		return Position{ID: id, Title: short, Short: short, Group: GroupCadre, Max: max}
	}
	civil := func(id, short string, max int, kinds ...UnitKind) Position {
		return Position{ID: id, Title: short, Short: short, Group: GroupCivilServ, Max: max, Kinds: kinds}
	}
	caps := map[string]int{"phuong/I": 23, "phuong/II": 21, "phuong/III": 19,
		"xa/I": 22, "xa/II": 20, "xa/III": 18, "thi-tran/I": 22, "thi-tran/II": 20, "thi-tran/III": 18}
	return Rules{Regimes: []Regime{{
		ID: "nd33-2023", Basis: "Nghị định 33/2023/NĐ-CP",
		From: Date{2023, 8, 1}, Until: Date{2025, 6, 30}, Caps: caps,
		Catalogue: Catalogue{Positions: []Position{
			cadre("bi-thu", "Bí thư Đảng ủy", 1), cadre("pho-bi-thu", "Phó Bí thư Đảng ủy", 0),
			cadre("ct-hdnd", "Chủ tịch HĐND", 1), cadre("pct-hdnd", "Phó Chủ tịch HĐND", 1),
			cadre("ct-ubnd", "Chủ tịch UBND", 1), cadre("pct-ubnd", "Phó Chủ tịch UBND", 2),
			cadre("ct-mttq", "Chủ tịch Ủy ban MTTQ Việt Nam", 1), cadre("bt-doan", "Bí thư Đoàn TNCS Hồ Chí Minh", 1),
			cadre("ct-phu-nu", "Chủ tịch Hội Liên hiệp Phụ nữ", 1), cadre("ct-nong-dan", "Chủ tịch Hội Nông dân", 1),
			cadre("ct-ccb", "Chủ tịch Hội Cựu chiến binh", 1),
			civil("cht-quan-su", "Chỉ huy trưởng Ban Chỉ huy quân sự", 1), civil("van-phong", "Văn phòng - thống kê", 0),
			civil("dia-chinh-do-thi", "Địa chính - xây dựng - đô thị và môi trường", 0, KindWard, KindTownlet),
			civil("dia-chinh-nong-nghiep", "Địa chính - nông nghiệp - xây dựng và môi trường", 0, KindCommune),
			civil("tai-chinh", "Tài chính - kế toán", 0), civil("tu-phap", "Tư pháp - hộ tịch", 0),
			civil("van-hoa", "Văn hóa - xã hội", 0),
		}},
	}, {ID: "after-2025", Basis: "Luật Cán bộ, công chức 80/2025/QH15", From: Date{2025, 7, 1}}}}
}

// seedStaffing is the "now" table of seed 000 (phường Phổ Minh, 2023):
// cán bộ 10, công chức 08, total 18, with one combined post.
func seedStaffing() Staffing {
	row := func(n int, roles ...string) StaffRow { return StaffRow{Roles: roles, Start: n, Now: n} }
	return Staffing{Term: "2020-2025", Rows: []StaffRow{
		row(1, "pho-bi-thu", "ct-hdnd"), row(1, "bi-thu"), row(1, "pct-hdnd"), row(1, "ct-ubnd"),
		row(1, "pct-ubnd"), row(1, "ct-mttq"), row(1, "bt-doan"), row(1, "ct-phu-nu"),
		row(1, "ct-nong-dan"), row(1, "ct-ccb"),
		row(2, "van-phong"), row(1, "dia-chinh-do-thi"), row(1, "tai-chinh"), row(1, "tu-phap"),
		row(2, "van-hoa"), row(1, "cht-quan-su"),
	}}
}

// seedReport is a complete report shaped like seed 000, with text written
// for the tests.
func seedReport() Report {
	return Report{
		Outline: "state",
		Unit: Unit{Kind: KindWard, Class: "II", Name: "Phổ Minh", Issuer: "Ủy ban nhân dân phường Phổ Minh",
			IssuerCode: "UBND", Parent: "UBND thị xã Đức Phổ", Place: "Phổ Minh"},
		Doc:       Document{Number: "197", TypeCode: "BC", Date: "29/8/2023", Subject: "Thực trạng và nhiệm vụ, giải pháp"},
		Directive: Directive{Type: "Công văn", Ref: "1364-CV/TU", Date: "23/8/2023", Issuer: "Ban Thường vụ Thị ủy"},
		Answers: map[string]Answer{
			"I.1.text":  {Text: "Cán bộ, công chức của phường làm đúng việc được giao."},
			"II.text":   {None: true},
			"III.items": {Items: []string{"Rà soát quy trình xử lý công việc", "Kiểm tra công vụ đột xuất"}},
		},
		Staffing:   seedStaffing(),
		Recipients: []string{"Phòng Nội vụ thị xã", "Thường trực Đảng ủy phường", "Lưu: VT"},
		Signer:     Signer{Authority: AuthorityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH", Name: "Trần Văn Minh"},
	}
}
