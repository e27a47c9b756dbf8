package main

// helpVI holds the Vietnamese help, by topic; "" is the overview.
var helpVI = map[string]string{
	"": `baocao — soạn báo cáo của xã, phường, thị trấn (hoặc cấp ủy) ngay trên máy,
không cần mạng, từng mục một, rồi xuất ra văn bản đúng thể thức.

Cách dùng:
  baocao [--db PATH] [--lang vi|en]    mở giao diện soạn thảo
  baocao LỆNH [tham số] [tùy chọn]

Lệnh:
  check FILE.json          kiểm tra một báo cáo dạng JSON, in mọi lỗi và cảnh báo
  check FILE.docx          kiểm tra thể thức, nội dung, chính tả một văn bản Word
                           trước khi trình ký; --fix -o OUT.docx ghi bản sửa
  templates                liệt kê các đề cương báo cáo đang có
  templates check FILE     kiểm tra một tệp đề cương, chỉ rõ lỗi ở dòng nào
  templates import FILE    lập đề cương từ tệp đề cương của văn bản chỉ đạo (.docx)
  templates save NHÁP [MÃ] lưu dàn ý riêng của bản nháp nhập từ tệp làm mẫu
  list                     liệt kê các bản nháp
  backup PATH              chép tệp dữ liệu ra một bản sao lưu
  restore [SỐ]             khôi phục tệp dữ liệu từ một bản sao lưu tự động
  history NHÁP             lịch sử sửa của một bản nháp; xem, so sánh, khôi phục
  trash                    thùng rác: bản nháp đã xóa; lấy lại hoặc xóa hẳn
  verify                   đọc lại toàn bộ tệp dữ liệu để biết nó còn lành
  bundle export FILE       gói mọi bản nháp vào một tệp (để chép sang máy khác)
  bundle import FILE       nhận các bản nháp từ một tệp gói
  export NHÁP|FILE.json    xuất báo cáo ra DOCX, PDF, Markdown, văn bản, JSON
  compile TỆP… -o OUT.xlsx tổng hợp báo cáo của nhiều đơn vị: bảng tính và bản
                           nháp báo cáo tổng hợp
  import FILE              đọc báo cáo cũ (.docx, .txt, .md) thành bản nháp mới
  next NHÁP                báo cáo kỳ sau: bản nháp mới cho tháng, quý, năm sau
  help [LỆNH]              xem hướng dẫn chung hoặc của một lệnh
  version                  in phiên bản

Tùy chọn chung:
  --db PATH        tệp dữ liệu chứa các bản nháp; nếu không ghi thì lấy biến
                   BAOCAO_DB, không có nữa thì dùng tệp mặc định (xem dưới)
  --lang vi|en     ngôn ngữ hướng dẫn và thông báo; mặc định lấy biến
                   BAOCAO_LANG, không có thì tiếng Việt
  --version        in phiên bản
  -h, --help       xem hướng dẫn

Tệp dữ liệu mặc định:
  Windows   %AppData%\baocao
  Linux     $XDG_DATA_HOME/baocao, không có thì ~/.local/share/baocao
  macOS     ~/Library/Application Support/baocao
  Các tệp đề cương riêng (*.outline) đặt trong thư mục "outlines" ở đó.

Mã thoát: 0 là xong; 1 là có lỗi (báo cáo còn lỗi, hoặc lệnh không làm được);
2 là gọi lệnh sai cách; 3 là compile đã xong nhưng bỏ qua một số tệp.
`,
	"check": `Cách dùng: baocao check FILE.json

Đọc một báo cáo dạng JSON ("format": "baocao/report@1") và in mọi vấn đề, mỗi
vấn đề một dòng: loại (lỗi, chưa điền hoặc cảnh báo), vị trí trong báo cáo,
lời nhắn. "Chưa điền" là mục bắt buộc còn để trống: việc cần làm, không phải
lỗi, như giao diện gọi. Cuối cùng in dòng "N lỗi, M mục chưa điền, K cảnh báo.".

Đề cương (trường "outline") được tìm trong các đề cương có sẵn và các tệp đề
cương riêng trong thư mục dữ liệu. FILE là "-" thì đọc từ đầu vào chuẩn.

Mã thoát: 0 khi không có lỗi và không còn mục chưa điền (có thể còn cảnh báo);
1 khi có lỗi hoặc mục chưa điền (báo cáo chưa xong), hoặc tệp không đọc được.

Cách dùng với văn bản Word:
  baocao check FILE.docx [--form state|party] [--date NGÀY] [--json]
  baocao check FILE.docx --fix -o OUT.docx [--force]

Kiểm tra bất kỳ văn bản Word nào (soạn bằng Word, LibreOffice hay xuất từ
baocao) theo thể thức có hiệu lực vào ngày của văn bản: Nghị định 30/2020 cho
văn bản hành chính, Hướng dẫn 36-HD/VPTW (đến 26/5/2026) hoặc 05-HD/VPTW (từ
27/5/2026) cho văn bản của Đảng. Kiểm tra khổ giấy, lề, số trang, phông chữ,
cỡ chữ và kiểu chữ của từng thành phần, đoạn nội dung, số và ký hiệu, ngày
tháng, dấu kết thúc, Nơi nhận, thẩm quyền ký, văn bản đã bị thay thế, cơ quan
đã giải thể và chính tả. Mỗi vấn đề ghi vị trí, căn cứ (điểm, khoản) và cách
sửa. --form và --date thay cho thể thức và ngày đọc từ văn bản. --json in
danh sách vấn đề dạng JSON. --fix -o ghi bản đã sửa các lỗi sửa được ra tệp
mới (không bao giờ ghi đè tệp gốc) và in những gì còn phải sửa tay.

Ví dụ:
  baocao check examples/state.json
  baocao check "Báo cáo quý III.docx"
  baocao check "Báo cáo quý III.docx" --fix -o "Báo cáo quý III (đã sửa).docx"
`,
	"templates": `Cách dùng:
  baocao templates              liệt kê các đề cương
  baocao templates check FILE   kiểm tra một tệp đề cương
  baocao templates import FILE [-o OUT.outline] [--form state|party] [--id MÃ]
                                lập đề cương từ đề cương của văn bản chỉ đạo
  baocao templates save NHÁP [MÃ]
                                lưu dàn ý riêng của bản nháp làm mẫu

"templates" in mã, tên, thể thức (state: Nghị định 30/2020/NĐ-CP; party: Hướng
dẫn 36-HD/VPTW) và nguồn của từng đề cương: có sẵn, hoặc tệp trong thư mục
"outlines" của thư mục dữ liệu. Tệp đề cương riêng bị lỗi được nêu kèm lỗi
(và lệnh thoát 1).

"templates check" đọc FILE và in mọi lỗi kèm số dòng; thoát 1 nếu có lỗi.
Muốn thêm đề cương: chép một đề cương có sẵn ra, sửa, kiểm tra bằng lệnh này
rồi đặt vào thư mục "outlines" (xem README).

"templates import" đọc đề cương báo cáo kèm văn bản chỉ đạo (Word .docx, hoặc
.txt, .md): mỗi đề mục đánh số (Phần thứ…, I., 1., 1.1., a)) thành một mục,
giữ nguyên lời văn; lời hướng dẫn dưới đề mục (đoạn văn, gạch đầu dòng, chữ
trong ngoặc hoặc in nghiêng) thành hướng dẫn của mục; bảng được yêu cầu ghi
vào hướng dẫn (các cột); yêu cầu thống kê số cán bộ, công chức thành bảng cán
bộ, công chức. Tên đề cương và số, ngày, cơ quan của văn bản chỉ đạo được điền
sẵn. Tệp dàn ý được kiểm tra rồi lưu vào thư mục "outlines" (hoặc ghi ra -o
OUT.outline; "-o -" ghi ra đầu ra chuẩn), dùng được ngay. Đề mục không xếp được
thành cấp (quá 3 cấp, nằm sai chỗ) vẫn được giữ và nêu ra để xem lại; khi đó
lệnh thoát 1.

  --form state|party   thể thức: văn bản hành chính hoặc văn bản của Đảng;
                       không ghi thì đoán theo tệp
  --id MÃ              mã đề cương; không ghi thì đặt theo tên đề cương

"templates save" lưu làm mẫu dàn ý mà bản nháp NHÁP mang theo: báo cáo nhập từ
tệp mà không khớp dàn ý có sẵn nào thì theo dàn ý lập từ chính các đề mục của
nó, đi kèm bản nháp (không vào danh sách mẫu). Lưu rồi thì bản nháp mới chọn
được dàn ý này; MÃ đặt mã khác khi mã cũ đã có. Trong chương trình: phím m ở
danh sách bản nháp.
`,
	"import": `Cách dùng:
  baocao import FILE [--outline MÃ]   đọc báo cáo cũ thành bản nháp mới
  baocao import FILE --into NHÁP      đưa bản Word đã sửa trở lại bản nháp

FILE là báo cáo Word (.docx), văn bản (.txt) hoặc Markdown (.md), UTF-8 hoặc
UTF-16 có BOM. Tệp .doc, .pdf hay tệp có mật khẩu thì hãy mở bằng Word và lưu
thành .docx trước.

Lệnh đọc phần đầu (cơ quan, số và ký hiệu, địa danh và ngày, trích yếu), câu
"Thực hiện …" (văn bản chỉ đạo), từng đoạn của thân bài xếp vào mục có đề mục
khớp (so không phân biệt hoa thường, dấu, chấp nhận lỗi gõ và đánh số lại),
đoạn thống kê cán bộ, công chức thành các dòng của bảng, câu trả lời "Không",
nơi nhận và người ký. Không có đoạn nào bị bỏ: đoạn không xếp được nằm trong
danh sách "chưa xếp" ở đầu trình soạn, để chuyển vào mục đúng. Lệnh in số đoạn
đã xếp, số mục có nội dung, số đoạn chưa xếp và số dòng bảng đã đọc.

  --outline MÃ   dùng đề cương này; không ghi thì chọn đề cương (có sẵn hoặc
                 riêng) khớp nhất với các đề mục; không đề cương nào khớp thì
                 lập đề cương theo chính các đề mục của báo cáo, đi kèm bản
                 nháp (lưu làm mẫu: baocao templates save NHÁP)
  --into NHÁP    FILE là bản Word của bản nháp NHÁP đã được sửa (ví dụ lãnh đạo
                 sửa trong Word): các thay đổi được lưu thành một lần sửa mới
                 của bản nháp, lệnh in những mục đã đổi; lịch sử sửa vẫn giữ
                 bản trước
  --force        với --into: ghi cả khi tệp có vẻ là báo cáo khác (đơn vị,
                 thể thức hay đề cương khác bản nháp); không có thì lệnh dừng
                 và nói chỗ khác

Thay đổi được theo dõi (Track Changes) trong tệp được nhận (chèn giữ lại, xóa
bỏ đi) và lệnh nói rõ điều đó.
`,
	"list": `Cách dùng: baocao list [--sort time|name] [--db PATH]

Liệt kê các bản nháp: mã, lúc sửa cuối, số mục đã xong trên số mục bắt buộc,
số lỗi (LỖI) và cảnh báo (CB) còn lại, đề cương, tên và đơn vị. Mặc định bản
mới sửa lên đầu; --sort name xếp theo tên (thứ tự chữ cái tiếng Việt). Dùng mã
để xuất ("baocao export MÃ").
`,
	"verify": `Cách dùng: baocao verify [--compact] [--db PATH]

Đọc lại toàn bộ tệp dữ liệu: mọi trang, phép kiểm tra cấu trúc của bbolt, và
giải mã từng bản nháp. Khi mở, baocao chỉ làm việc này sau một lần bị tắt
ngang (bản sao lưu tự động thì được kiểm tra như vậy khi sao lưu); lệnh này
làm ngay khi cần. Tệp hỏng thì lệnh báo bản nháp hay trang nào hỏng và cách
khôi phục.

--compact  sau khi kiểm tra, ghi lại tệp cho gọn: tệp từng chứa một bản nháp
           rất lớn (đã xóa hẳn hoặc đã cắt bớt) sẽ nhỏ lại. Tệp cũ được giữ
           trong thư mục "backups". Hãy đóng mọi cửa sổ baocao trước.
`,
	"backup": `Cách dùng: baocao backup PATH [--force] [--db PATH]

Chép tệp dữ liệu (mọi bản nháp) ra PATH. PATH là thư mục thì bản sao được đặt
tên theo ngày giờ, ví dụ baocao-2026-03-05-142501.db. PATH đã có thì lệnh dừng,
không ghi đè, trừ khi thêm --force. Giữ bản sao trên USB hoặc ổ khác để phòng
hỏng máy. Mở bản sao để xem: baocao --db PATH.
`,
	"restore": `Cách dùng:
  baocao restore            liệt kê các bản sao lưu, mới nhất là số 1
  baocao restore SỐ         khôi phục bản sao lưu số SỐ (hoặc ghi tên tệp)
  --replace-read-only       thay cả tệp dữ liệu đang để chỉ đọc

Sau khi mở tệp dữ liệu (giao diện: khi danh sách bản nháp đã hiện; lệnh: sau
khi làm xong), baocao tự giữ một bản sao trong thư mục "backups" bên cạnh tệp
(3 bản gần nhất, cách nhau ít nhất 12 giờ), chỉ sau khi đọc lại toàn bộ bản sao
và giải mã được mọi bản nháp. Bản sao được kiểm tra trước khi khôi phục; tệp dữ
liệu đang có được giữ lại trong "backups" nên có thể làm lại. --db là liên kết
(symlink) thì tệp mà nó trỏ tới được khôi phục, liên kết giữ nguyên. Tệp dữ liệu
đang để chỉ đọc thì không bị thay, trừ khi cho phép ghi tệp hoặc thêm
--replace-read-only. Hãy đóng mọi cửa sổ baocao trước khi khôi phục.

Muốn dùng một tệp đã tạo bằng "baocao backup": mở thẳng nó bằng
baocao --db PATH, hoặc chép nó đè lên tệp dữ liệu khi baocao đang đóng.
`,
	"history": `Cách dùng:
  baocao history NHÁP                 liệt kê các bản lưu, mới nhất trước
  baocao history show NHÁP SỐ         in bản lưu số SỐ dưới dạng văn bản
  baocao history diff NHÁP SỐ         so bản lưu với bản hiện tại, từng mục
  baocao history restore NHÁP SỐ      lấy lại bản lưu số SỐ

Mỗi lần bản nháp được lưu, baocao giữ một bản lưu (10 bản mới nhất, rồi thưa
dần: mỗi phút, mỗi giờ, mỗi ngày; tối đa 50). Danh sách ghi số, lúc lưu, số
mục xong và một dòng tóm tắt thay đổi so với bản trước: các mục đã sửa, số ký
tự thêm và bớt. "diff" in các đoạn khác nhau theo từng mục; chữ bị bỏ ghi
trong [-…-], chữ thêm trong {+…+}.

Khôi phục không làm mất gì: nội dung đang có được giữ thành một bản lưu mới, và
lệnh in câu lệnh để quay lại. Trong giao diện: phím h ở danh sách bản nháp, hoặc
ctrl+y trong trình soạn.
`,
	"next": `Cách dùng: baocao next NHÁP

Tạo bản nháp mới cho kỳ báo cáo sau của bản nháp NHÁP (xem mã bằng "baocao
list"); bản nháp cũ không đổi. Kỳ báo cáo lấy từ trích yếu: tuần, tháng, quý,
6 tháng hay năm. Các cụm chỉ kỳ trong trích yếu, trong nội dung văn bản chỉ đạo mà câu
mở đầu dẫn và trong câu kết được lùi sang kỳ sau: "tháng 6" thành "tháng 7",
"quý I" thành "quý II", "6 tháng đầu năm" thành "năm", "tháng 12 năm 2026"
thành "tháng 01 năm 2027" (giữ cách viết số 0 của bản cũ). Ngày tháng đầy đủ
(như "ngày 05 tháng 6 năm 2026") không bị đổi. Số và ngày văn bản để trống;
nội dung các mục, bảng cán bộ, người ký, nơi nhận giữ nguyên để sửa cho kỳ mới.
Báo cáo Word cũ: đọc vào bằng "baocao import" rồi dùng "baocao next" với bản
nháp vừa tạo. Trong giao diện: phím s ở danh sách bản nháp.
`,
	"trash": `Cách dùng:
  baocao trash                  liệt kê bản nháp trong thùng rác
  baocao trash restore NHÁP     lấy bản nháp ra khỏi thùng rác
  baocao trash empty --yes      xóa hẳn mọi bản nháp trong thùng rác

Bản nháp bị xóa (phím x) nằm trong thùng rác 30 ngày rồi mới bị xóa hẳn; danh
sách ghi lúc xóa và số ngày còn lại. "trash empty" không có --yes thì chỉ liệt
kê những gì sẽ mất và không xóa gì. Trong giao diện: phím t ở danh sách bản
nháp; phím u lấy lại bản vừa xóa, kể cả sau khi đóng và mở lại baocao.
`,
	"bundle": `Cách dùng:
  baocao bundle export FILE   gói mọi bản nháp vào FILE (JSON)
  baocao bundle import FILE   nhận các bản nháp trong FILE

Dùng để chuyển bản nháp sang máy khác, ví dụ qua USB. Khi nhận, bản nháp
trong gói mới hơn thì thay bản trên máy (bản cũ vẫn còn trong lịch sử sửa);
bản trên máy mới hơn hoặc khác thì không bị ghi đè: bản trong gói được giữ
thành một bản nháp riêng. Lệnh in số bản mới, cập nhật, không đổi và trùng.
FILE đã có thì "bundle export" dừng, trừ khi thêm --force. FILE là "-" thì
ghi ra đầu ra chuẩn hoặc đọc từ đầu vào chuẩn.
`,
	"export": `Cách dùng: baocao export NHÁP|FILE.json [--format docx|pdf|md|txt|json]
                      [-o PATH] [--force] [--allow-errors] [--two-sided]

Xuất một báo cáo: NHÁP là mã bản nháp (xem "baocao list"); FILE.json là một
báo cáo dạng JSON.

  --format F       docx (Word), pdf, md (Markdown), txt (văn bản thuần) hoặc
                   json; không ghi thì đoán theo đuôi của -o, không được nữa
                   thì docx
  -o PATH          tệp hoặc thư mục để ghi; không ghi thì ghi vào thư mục hiện
                   tại với tên đặt từ số, ký hiệu, đơn vị và ngày
                   (ví dụ 197-BC-UBND_Pho-Minh_2023-08-29.docx)
  --force          ghi đè khi tệp đã có
  --allow-errors   vẫn xuất khi báo cáo còn lỗi hay mục chưa điền (vẫn in ra)
  --two-sided      DOCX, PDF in hai mặt giấy: trang chẵn lấy lề mặt sau của thể thức
                   (lề trái và lề phải đổi chỗ)

"-o -" ghi văn bản ra đầu ra chuẩn; FILE.json là "-" thì đọc từ đầu vào chuẩn.
Đuôi của -o mâu thuẫn với --format (ví dụ -o x.pdf --format docx) là gọi sai.

Báo cáo còn lỗi hay mục chưa điền thì không xuất: lệnh in chúng và thoát 1.
`,
	"compile": `Cách dùng: baocao compile TỆP|THƯ-MỤC… -o OUT.xlsx [--deadline NGÀY]
                       [--expected DANH-SÁCH.txt] [--outline MÃ] [--json FILE]
                       [--no-draft] [--force]

Tổng hợp báo cáo của các đơn vị cấp dưới (ví dụ các xã, phường, đặc khu gửi
lên Sở Nội vụ hay Văn phòng Tỉnh ủy). Đầu vào là các tệp báo cáo JSON, báo cáo
Word (.docx, đọc như "baocao import"), các gói bản nháp ("baocao bundle export")
và thư mục chứa chúng (mọi tệp .json và .docx trong thư mục và thư mục con).
Mỗi đơn vị dùng báo cáo mới nhất của mình.

Kết quả:
  - bảng tính OUT.xlsx gồm bốn trang: cán bộ, công chức theo đơn vị (đầu nhiệm
    kỳ, hiện nay, theo từng chức danh; dòng tổng cộng là công thức), lỗi và
    cảnh báo của từng báo cáo, tình hình tiếp nhận (đúng hạn, sau thời hạn,
    chưa báo cáo), các điểm bất thường và tệp bị bỏ qua;
  - một bản nháp báo cáo tổng hợp (dàn ý MÃ-tong-hop) lưu vào tệp dữ liệu:
    đã viết sẵn số đơn vị đã và chưa báo cáo, đoạn số liệu cán bộ cộng từ các
    đơn vị, và dưới mỗi mục là phần trả lời của từng đơn vị kèm tên đơn vị để
    người soạn chắt lọc. Mở bằng "baocao", xuất như mọi bản nháp.

  -o OUT.xlsx        bảng tính để ghi (bắt buộc)
  --deadline NGÀY    hạn báo cáo, ví dụ 15/9/2023: báo cáo ghi ngày sau hạn là
                     "sau thời hạn"
  --expected FILE    danh sách đơn vị phải báo cáo, mỗi dòng một tên (có thể
                     chép cột tên từ bảng tính); đơn vị chưa báo cáo được liệt kê
  --outline MÃ       dàn ý các đơn vị đã trả lời; không ghi thì lấy dàn ý mà
                     nhiều báo cáo theo nhất
  --json FILE        ghi thêm bản nháp tổng hợp dạng JSON
  --no-draft         không lưu bản nháp vào tệp dữ liệu
  --force            ghi đè OUT.xlsx (và FILE của --json) khi đã có

Không tự xử lý điểm bất thường nào, chỉ liệt kê: đơn vị báo cáo nhiều lần (ghi
rõ các bản, dùng bản mới nhất), báo cáo theo dàn ý khác, lỗi số liệu cán bộ,
báo cáo sau thời hạn hoặc thiếu ngày, cùng tên đơn vị nhưng khác cấp trên,
đơn vị ngoài danh sách. Tệp hỏng không làm dừng các tệp khác: nó được liệt kê
kèm lỗi.

Mã thoát: 0 là xong; 3 là đã tổng hợp nhưng có tệp bị bỏ qua (xem danh sách);
1 là không tổng hợp được; 2 là gọi lệnh sai cách.

Ví dụ:
  baocao compile bao-cao-cac-xa/ goi-tu-xa-an-loi.json -o tong-hop.xlsx \
      --deadline 15/9/2023 --expected danh-sach-xa.txt
`,
	"help": `Cách dùng: baocao help [LỆNH]

In hướng dẫn chung, hoặc của một lệnh. "baocao LỆNH --help" cũng được.
Thêm --lang en để xem bằng tiếng Anh.
`,
	"version": `Cách dùng: baocao version (hoặc baocao --version)

In phiên bản của baocao, bản Go đã dùng và hệ máy.
`,
}
