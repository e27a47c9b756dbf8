package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/docread"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// sample is a report written fresh for the round-trip tests, in parts:
// the header, the body (from the opening to the closing), the Nơi nhận
// lines, the signature lines and what follows the signature. Each string
// is one paragraph in docxtest.P's notation ("**" bold, "*" italic, "__"
// underline, "^n" cites footnote n of notes).
type sample struct {
	name       string
	header     []string
	body       []string
	recipients []string
	signature  []string
	after      []string
	notes      []string
}

const centre = `<w:jc w:val="center"/>`

// read builds the sample and reads it back as the importer gets it.
func (f sample) read(t *testing.T) docread.Document {
	t.Helper()
	doc, err := docread.Read("x.docx", f.build())
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// imported reads the sample and imports it with the built-in outlines.
func (f sample) imported(t *testing.T) Result {
	t.Helper()
	res, err := ImportReport(f.read(t), importOpts(t))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// build writes the sample as a DOCX: header and signature centred,
// everything else justified, footnotes in their own part.
func (f sample) build() []byte {
	var b strings.Builder
	for _, p := range f.header {
		b.WriteString(docxtest.PStyled(centre, p))
	}
	for _, p := range f.body {
		b.WriteString(docxtest.PStyled(`<w:jc w:val="both"/>`, p))
	}
	for _, p := range f.recipients {
		b.WriteString(docxtest.PStyled("", p))
	}
	for _, p := range f.signature {
		b.WriteString(docxtest.PStyled(centre, p))
	}
	for _, p := range f.after {
		b.WriteString(docxtest.PStyled("", p))
	}
	var notes strings.Builder
	for i, n := range f.notes {
		notes.WriteString(`<w:footnote w:id="` + itoa(i+1) + `">` + docxtest.P(n) + `</w:footnote>`)
	}
	return docxtest.Build(b.String(), docxtest.Parts{Footnotes: notes.String()})
}

// samples are reports of the kinds clerks send: weekly, monthly and
// quarterly, with and without a directive, with Parts, footnotes, "+"
// bullets, "8.1." numbering, inline emphasis, a province issuer, a blank
// number and day, and an appendix after the signature.
var samples = []sample{
	{
		name: "weekly, no directive, blank number and day",
		header: []string{"ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số:   /BC-UBND",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày  tháng 6 năm 2026",
			"BÁO CÁO", "Kết quả công tác tuần 23 và chương trình tuần 24 năm 2026"},
		body: []string{
			"Căn cứ Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2021 - 2026, Văn phòng HĐND và UBND xã tổng hợp kết quả công tác trong tuần như sau:",
			"**I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRONG TUẦN**",
			"**1. Lĩnh vực kinh tế:**",
			"+ Thu ngân sách trong tuần đạt 412 triệu đồng, lũy kế đạt 61% dự toán năm;",
			"+ Hoàn thành gieo sạ 96 ha lúa hè thu, kiểm tra sâu bệnh trên toàn bộ diện tích;",
			"+ Cấp 7 giấy chứng nhận quyền sử dụng đất cho hộ gia đình ở thôn Đông.",
			"**2. Văn hóa - xã hội:** Tổ chức lễ ra quân hè cho thiếu nhi tại nhà văn hóa xã; chi trả trợ cấp tháng 6 cho 318 đối tượng bảo trợ.",
			"**3. Quốc phòng - an ninh**",
			"Duy trì tuần tra ban đêm ở các thôn giáp ranh; không để xảy ra điểm nóng về trật tự.",
			"**II. CHƯƠNG TRÌNH CÔNG TÁC TUẦN TỚI**",
			"- Họp giao ban cán bộ chủ chốt vào sáng thứ Hai;",
			"- Kiểm tra công tác phòng chống dịch bệnh trên đàn gia súc.",
			"Trên đây là kết quả công tác tuần 23 và chương trình tuần 24 của Ủy ban nhân dân xã Hòa Bình./.",
		},
		recipients: []string{"*Nơi nhận:*", "- TT Đảng ủy xã;", "- CT, các PCT UBND xã;", "- Lưu: VT."},
		signature:  []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu Hà"},
	},
	{
		name: "monthly, province issuer, directive, 8.1. numbering, footnote, emphasis",
		header: []string{"ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 152/BC-UBND",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 08 tháng 10 năm 2024",
			"BÁO CÁO", "Tình hình kinh tế - xã hội tháng 9 năm 2024"},
		body: []string{
			"Thực hiện Công văn số 2710/BKHĐT-TH ngày 08/9/2024 của Bộ Kế hoạch và Đầu tư về việc báo cáo tình hình kinh tế - xã hội hằng tháng, Ủy ban nhân dân tỉnh Lâm Đồng báo cáo như sau:",
			"**I. TÌNH HÌNH KINH TẾ**",
			"**8. Đầu tư công**",
			"**8.1. Giải ngân vốn đầu tư công:** tính đến ngày 30/9, giải ngân được 3.214 tỷ đồng^1, bằng 57,4% kế hoạch vốn giao.",
			"**8.2. Khó khăn:** một số dự án giao thông còn *vướng mặt bằng*, nhà thầu thiếu vật liệu đắp nền.",
			"Các chủ đầu tư cần __rà soát từng dự án__ và đề xuất điều chuyển vốn trước ngày 15/10.",
			"**II. VĂN HÓA - XÃ HỘI**",
			"a) Giáo dục: khai giảng năm học mới an toàn, huy động trẻ 5 tuổi ra lớp đạt 99,8%.",
			"b) Y tế: tiêm chủng mở rộng đạt kế hoạch; không ghi nhận ổ dịch sốt xuất huyết mới.",
			"Trên đây là báo cáo tình hình kinh tế - xã hội tháng 9 năm 2024 của Ủy ban nhân dân tỉnh Lâm Đồng./.",
		},
		notes:      []string{"Số liệu của Kho bạc Nhà nước tỉnh đến hết ngày 30/9/2024."},
		recipients: []string{"Nơi nhận:", "- Bộ Kế hoạch và Đầu tư;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, TH."},
		signature:  []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"},
	},
	{
		name: "quarterly with Parts and an appendix after the signature",
		header: []string{"UBND HUYỆN ĐƠN DƯƠNG", "PHÒNG NỘI VỤ", "Số: 41/BC-PNV",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đơn Dương, ngày 28 tháng 3 năm 2025",
			"BÁO CÁO", "Công tác cải cách hành chính quý I năm 2025"},
		body: []string{
			"Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND huyện về cải cách hành chính năm 2025, Phòng Nội vụ báo cáo kết quả quý I như sau:",
			"**PHẦN THỨ NHẤT**",
			"**KẾT QUẢ THỰC HIỆN**",
			"**1. Cải cách thể chế**",
			"Rà soát 14 văn bản quy phạm pháp luật của huyện, đề nghị bãi bỏ 02 văn bản không còn phù hợp.",
			"**2. Cải cách thủ tục hành chính**",
			"Tiếp nhận 2.306 hồ sơ, giải quyết đúng hạn 2.291 hồ sơ; 15 hồ sơ trễ hạn đã có thư xin lỗi người dân.",
			"**PHẦN THỨ HAI**",
			"**NHIỆM VỤ QUÝ II**",
			"1. Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
			"2. Kiểm tra công vụ tại 05 xã có tỷ lệ hồ sơ trễ hạn cao.",
			"Trên đây là báo cáo công tác cải cách hành chính quý I năm 2025 của Phòng Nội vụ./.",
		},
		recipients: []string{"Nơi nhận:", "- UBND huyện;", "- Lưu: VT."},
		signature:  []string{"TRƯỞNG PHÒNG", "Phạm Minh Tâm"},
		after: []string{"PHỤ LỤC", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ QUÝ I",
			"Lĩnh vực đất đai chiếm 61% số hồ sơ tiếp nhận trong quý.", "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH"},
	},
	{
		name: "short weekly whose few headings share words with the thematic outline",
		header: []string{"ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 19/BC-UBND",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Phú, ngày 12 tháng 6 năm 2026",
			"BÁO CÁO", "Kết quả công tác tuần 24 năm 2026"},
		body: []string{
			"Căn cứ chương trình công tác năm 2026, Ủy ban nhân dân xã báo cáo kết quả công tác tuần như sau:",
			"**I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRONG TUẦN**",
			"**1. Lĩnh vực kinh tế:**",
			"+ Hoàn thành thu hoạch 40 ha lúa đông xuân còn lại ở cánh đồng Bàu Sen.",
			"**2. Văn hóa - xã hội:** Khai mạc giải bóng đá thiếu niên hè với 6 đội tham gia.",
			"**II. CHƯƠNG TRÌNH CÔNG TÁC TUẦN TỚI**",
			"- Nghiệm thu tuyến đường bê tông thôn Phú Lộc.",
			"Trên đây là báo cáo công tác tuần 24 của Ủy ban nhân dân xã Tân Phú./.",
		},
		recipients: []string{"Nơi nhận:", "- Thường trực Đảng ủy;", "- Lưu: VT."},
		signature:  []string{"CHỦ TỊCH", "Đặng Văn Khải"},
	},
	{
		name: "a report sent as a công văn",
		header: []string{"ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 88/UBND-VP", "V/v báo cáo kết quả tiêm chủng quý I năm 2026",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Phú, ngày 05 tháng 4 năm 2026",
			"Kính gửi: Phòng Văn hóa - Xã hội huyện Tuy An."},
		body: []string{
			"Thực hiện Công văn số 301/PVHXH ngày 20/3/2026 của Phòng Văn hóa - Xã hội huyện về báo cáo tiêm chủng, Ủy ban nhân dân xã An Phú báo cáo như sau:",
			"1. Trong quý I, trạm y tế xã tổ chức 3 đợt tiêm chủng mở rộng cho 214 trẻ dưới 1 tuổi, đạt 97% kế hoạch.",
			"2. Không có trường hợp phản ứng nặng sau tiêm; 7 trẻ hoãn tiêm do ốm sẽ được tiêm bù trong tháng 4.",
			"Ủy ban nhân dân xã An Phú báo cáo để Phòng Văn hóa - Xã hội huyện tổng hợp./.",
		},
		recipients: []string{"Nơi nhận:", "- Như trên;", "- Lưu: VT."},
		signature:  []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Quốc Việt"},
	},
	{
		name: "a plan keeps its type name",
		header: []string{"ỦY BAN NHÂN DÂN", "PHƯỜNG AN LẠC", "Số: 77/KH-UBND",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Lạc, ngày 02 tháng 4 năm 2026",
			"KẾ HOẠCH", "Tổng vệ sinh môi trường tháng 4 năm 2026"},
		body: []string{
			"Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân phường An Lạc ban hành kế hoạch như sau:",
			"**I. MỤC ĐÍCH, YÊU CẦU**",
			"Huy động mọi hộ dân cùng làm sạch đường phố, kênh mương trong ngày Chủ nhật cuối tháng.",
			"**II. NỘI DUNG**",
			"– Các khu phố ra quân từ 6 giờ 30 phút;",
			"– Đoàn Thanh niên nhận khơi thông mương thoát nước khu phố 3.",
			"**III. TỔ CHỨC THỰC HIỆN**",
			"Giao Công chức Địa chính - Xây dựng theo dõi, tổng hợp kết quả báo cáo Chủ tịch UBND phường.",
		},
		recipients: []string{"Nơi nhận:", "- Các khu phố;", "- Lưu: VT."},
		signature:  []string{"CHỦ TỊCH", "Võ Thanh Sơn"},
	},
	{
		name: "a công văn to a list of recipients, signer title in mixed case",
		header: []string{"ỦY BAN NHÂN DÂN", "XÃ ĐỨC HÒA", "Số: 214/UBND-VHXH", "V/v báo cáo số hộ dùng nước sạch năm 2026",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đức Hòa, ngày 17 tháng 8 năm 2026",
			"Kính gửi:", "- Phòng Nông nghiệp và Môi trường huyện;", "- Trung tâm Nước sạch tỉnh."},
		body: []string{
			"Ủy ban nhân dân xã Đức Hòa báo cáo số hộ dùng nước sạch đến hết tháng 7 năm 2026 như sau:",
			"1. Toàn xã có 2.418 hộ, trong đó 2.177 hộ đã nối đường ống cấp nước tập trung.",
			"2. Còn 241 hộ ở hai thôn ven đồi dùng giếng khoan; xã đề nghị kéo tuyến ống nhánh trong năm 2027.",
			"Ủy ban nhân dân xã Đức Hòa kính báo cáo./.",
		},
		recipients: []string{"Nơi nhận:", "- Như trên;", "- Lưu: VT."},
		signature:  []string{"KT. CHỦ TỊCH", "Phó Chủ tịch", "Hà Văn Toàn"},
	},
	{
		name: "a báo cáo with a Kính gửi line",
		header: []string{"ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH MINH", "Số: 63/BC-UBND",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Minh, ngày 30 tháng 9 năm 2026",
			"BÁO CÁO", "Kết quả chuyển đổi số quý III năm 2026", "Kính gửi: Ủy ban nhân dân thành phố Cần Thơ."},
		body: []string{
			"Thực hiện Kế hoạch số 95/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân thành phố, Ủy ban nhân dân phường báo cáo như sau:",
			"**I. KẾT QUẢ**",
			"Phường cấp 1.032 tài khoản định danh mức 2 trong quý, nâng tỷ lệ lên 88% dân số trưởng thành.",
			"**II. KIẾN NGHỊ**",
			"Đề nghị thành phố cấp thêm 10 máy tính cho bộ phận một cửa.",
			"Trên đây là báo cáo quý III năm 2026 của Ủy ban nhân dân phường Bình Minh./.",
		},
		recipients: []string{"Nơi nhận:", "- Như trên;", "- Lưu: VT."},
		signature:  []string{"TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Lâm Thị Ngọc"},
	},
}
