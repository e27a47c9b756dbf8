#!/usr/bin/env python3
"""Writes the LibreOffice-made fixtures of package formcheck.

Each document is written as flat ODF (.fodt) the way a clerk sets it up in
LibreOffice Writer (a borderless table for the heading and for Nơi nhận and
signature, paragraph styles, page numbers in the header from page 2), then
converted by LibreOffice headless to .docx. The "-tabs" documents type the
heading and the signature as lines with tab stops and drawn lines; the
"-boxes" ones put the heading in two text frames:

    cd templates/formcheck/testdata/lo && python3 gen.py

The texts are written for these fixtures; the units are fictional.
"""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

DOCS = {
    "lo-state-2024": dict(
        profile="state", parent="UBND TỈNH BÌNH SƠN", issuer="ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP",
        number="Số: 27/BC-UBND", place_date="Tân Lập, ngày 08 tháng 01 năm 2024",
        title="BÁO CÁO", subject="Kết quả thực hiện công tác cải cách hành chính năm 2023",
        ending="./.", archive="- Lưu: VT, VP.", sep=";",
        recipients=["- UBND huyện Tây Sơn;", "- Thường trực Đảng ủy xã;"],
        authority="TM. ỦY BAN NHÂN DÂN", sign_title="CHỦ TỊCH", sign_name="Phan Quốc Hưng",
        cite="Thực hiện Kế hoạch số 115/KH-UBND ngày 12/3/2023 của UBND huyện Tây Sơn về cải cách hành chính năm 2023, "
             "Ủy ban nhân dân xã Tân Lập báo cáo kết quả như sau:"),
    "lo-state-2026": dict(
        profile="state", parent="UBND TỈNH BÌNH SƠN", issuer="ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP",
        number="Số: 146/BC-UBND", place_date="Tân Lập, ngày 15 tháng 9 năm 2026",
        title="BÁO CÁO", subject="Tình hình tiếp nhận và giải quyết thủ tục hành chính quý III năm 2026",
        ending="./.", archive="- Lưu: VT, VP.", sep=";",
        recipients=["- UBND tỉnh Bình Sơn (b/c);", "- Sở Nội vụ tỉnh Bình Sơn;"],
        authority="KT. CHỦ TỊCH", sign_title="PHÓ CHỦ TỊCH", sign_name="Lý Thị Hồng Nhung",
        cite="Thực hiện Công văn số 2207/UBND-NC ngày 01/9/2026 của UBND tỉnh Bình Sơn, "
             "Ủy ban nhân dân xã Tân Lập báo cáo kết quả như sau:"),
    "lo-party-2024": dict(
        profile="party", parent="ĐẢNG BỘ HUYỆN TÂY SƠN", issuer="ĐẢNG ỦY XÃ TÂN LẬP",
        number="Số 63-BC/ĐU", place_date="Tân Lập, ngày 05 tháng 6 năm 2024",
        title="BÁO CÁO", subject="sơ kết công tác xây dựng Đảng sáu tháng đầu năm 2024",
        ending=".", archive="- Lưu Văn phòng Đảng ủy.", sep=",",
        recipients=["- Ban Thường vụ Huyện ủy,", "- Các chi bộ trực thuộc,"],
        authority="T/M BAN THƯỜNG VỤ", sign_title="BÍ THƯ", sign_name="Đoàn Văn Kiên",
        cite="Thực hiện Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức văn bản, "
             "Đảng ủy xã Tân Lập báo cáo như sau:"),
    "lo-party-2026": dict(
        profile="party", parent="ĐẢNG BỘ TỈNH BÌNH SƠN", issuer="ĐẢNG ỦY XÃ TÂN LẬP",
        number="Số 112-BC/ĐU", place_date="Tân Lập, ngày 10 tháng 7 năm 2026",
        title="BÁO CÁO", subject="kết quả lãnh đạo thực hiện nhiệm vụ chính trị sáu tháng đầu năm 2026",
        ending=".", archive="- Lưu Văn phòng Đảng ủy.", sep=";",
        recipients=["- Ban Thường vụ Tỉnh ủy;", "- Các đồng chí Ủy viên Ban Chấp hành;"],
        authority="T/M BAN THƯỜNG VỤ", sign_title="PHÓ BÍ THƯ", sign_name="Trịnh Thị Mai Anh",
        cite="Thực hiện Hướng dẫn số 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng, "
             "Đảng ủy xã Tân Lập báo cáo như sau:"),
}

LAYOUTS = {"lo-state-2026-tabs": ("lo-state-2026", "tabs"), "lo-party-2026-tabs": ("lo-party-2026", "tabs"),
           "lo-party-2024-boxes": ("lo-party-2024", "boxes"), "lo-state-2024-boxes": ("lo-state-2024", "boxes")}

BODY = [
    ("h", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Trong kỳ, đơn vị đã triển khai đầy đủ các nhiệm vụ được giao; các bộ phận phối hợp chặt chẽ, "
          "hồ sơ của người dân được tiếp nhận và trả kết quả đúng hẹn."),
    ("p", "Việc kiểm tra, đôn đốc được thực hiện thường xuyên; những vướng mắc phát sinh được báo cáo kịp thời "
          "để cấp trên cho ý kiến chỉ đạo."),
    ("h", "II. HẠN CHẾ VÀ NGUYÊN NHÂN"),
    ("p", "Một số phần mềm chuyên ngành còn chậm; trình độ tin học của một bộ phận công chức chưa đồng đều."),
    ("h", "III. NHIỆM VỤ THỜI GIAN TỚI"),
    ("p", "Tiếp tục rà soát quy trình nội bộ, tăng cường bồi dưỡng kỹ năng số cho đội ngũ cán bộ, công chức "
          "và nâng cao chất lượng phục vụ người dân, doanh nghiệp"),
]

FORM = {
    # size of: parent issuer number motto slogan date title subject body label recipients authority title name
    "state": dict(parent=(13, False), issuer=(13, True), number=(13, False), motto=(12, True), slogan=(13, True),
                  date=(14, False, True), title=(14, True), subject=(14, True), body=14, label=(12, True, True),
                  rcpt=11, auth=(14, True), stitle=(14, True), name=(14, True),
                  indent="1.27cm", after="6pt", line="115%", top="2cm", bottom="2cm", left="3cm", right="1.5cm"),
    "party": dict(parent=(14, False), issuer=(14, True), number=(14, False), motto=(15, True), slogan=None,
                  date=(14, False, True), title=(16, True), subject=(14, True), body=14, label=(14, False, False, True),
                  rcpt=12, auth=(14, True), stitle=(14, False), name=(14, True),
                  indent="1cm", after="6pt", line="18pt", top="2cm", bottom="2cm", left="3cm", right="1.5cm"),
}


def pstyle(name, size, bold=False, italic=False, underline=False, align="center", extra=""):
    tp = f'fo:font-size="{size}pt" style:font-name="Times New Roman"'
    tp += ' fo:font-weight="bold"' if bold else ' fo:font-weight="normal"'
    tp += ' fo:font-style="italic"' if italic else ' fo:font-style="normal"'
    if underline:
        tp += ' style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"'
    margins = "".join(f' fo:{m}="0cm"' for m in ("margin-top", "margin-bottom") if "fo:" + m not in extra)
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
            f'<style:paragraph-properties fo:text-align="{align}"{margins} {extra}/>'
            f'<style:text-properties {tp}/></style:style>')


def tstyle(name, size, bold=False, italic=False):
    tp = f'fo:font-size="{size}pt" style:font-name="Times New Roman"'
    tp += ' fo:font-weight="bold"' if bold else ' fo:font-weight="normal"'
    tp += ' fo:font-style="italic"' if italic else ' fo:font-style="normal"'
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {tp}/></style:style>'


def fodt(d, layout="table"):
    f = FORM[d["profile"]]
    st = [
        pstyle("Parent", f["parent"][0], f["parent"][1]),
        pstyle("Issuer", f["issuer"][0], f["issuer"][1]),
        pstyle("Number", f["number"][0], f["number"][1]),
        pstyle("Motto", f["motto"][0], f["motto"][1]),
        pstyle("Date", f["date"][0], f["date"][1], f["date"][2]),
        pstyle("Title", f["title"][0], f["title"][1], extra='fo:margin-top="0.4cm"'),
        pstyle("Subject", f["subject"][0], f["subject"][1]),
        pstyle("Mark", 14),
        pstyle("Body", f["body"], align="justify",
               extra=f'fo:text-indent="{f["indent"]}" fo:margin-bottom="{f["after"]}" '
                     + (f'style:line-height-at-least="0cm" fo:line-height="{f["line"]}"' if f["line"].endswith("%")
                        else f'style:line-spacing="0cm" fo:line-height="{f["line"]}"')),
        pstyle("Heading", f["body"], True, align="justify",
               extra=f'fo:text-indent="{f["indent"]}" fo:margin-bottom="{f["after"]}" '
                     + (f'fo:line-height="{f["line"]}"')),
        pstyle("Label", f["label"][0], f["label"][1], f["label"][2] if len(f["label"]) > 2 else False,
               f["label"][3] if len(f["label"]) > 3 else False, align="left"),
        pstyle("Rcpt", f["rcpt"], align="left"),
        pstyle("Auth", f["auth"][0], f["auth"][1]),
        pstyle("STitle", f["stitle"][0], f["stitle"][1]),
        pstyle("Name", f["name"][0], f["name"][1], extra='fo:margin-top="2.5cm"'),
        pstyle("PageNo", 14),
    ]
    if f["slogan"]:
        st.append(pstyle("Slogan", f["slogan"][0], f["slogan"][1]))
    # the typed lines: centre tabs over the two columns of the table layout
    st.append(tabbed("Line", "3.5cm", "11.75cm"))
    st.append(tabbed("SignLine", "11.75cm"))
    for key, name in (("parent", "TParent"), ("issuer", "TIssuer"), ("number", "TNumber"), ("motto", "TMotto"),
                      ("slogan", "TSlogan"), ("date", "TDate"), ("label", "TLabel"), ("auth", "TAuth"),
                      ("stitle", "TSTitle"), ("name", "TName")):
        if f[key]:
            st.append(tstyle(name, f[key][0], f[key][1], len(f[key]) > 2 and f[key][2]))
    st.append(tstyle("TRcpt", f["rcpt"]))
    st.append(pstyle("Rule", 6, extra='fo:border-bottom="0.5pt solid #000000" fo:padding="0cm" '
                                      'fo:margin-left="2.5cm" fo:margin-right="2.5cm"'))

    def p(style, text):
        parts = [escape(x) for x in text.split("\n")]
        return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(parts) + "</text:p>"

    left = [p("Parent", d["parent"]), p("Issuer", d["issuer"])]
    right = [p("Motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" if d["profile"] == "state" else "ĐẢNG CỘNG SẢN VIỆT NAM")]
    if d["profile"] == "state":
        left += [p("Rule", "")]
        right += [p("Slogan", "Độc lập - Tự do - Hạnh phúc"), p("Rule", "")]
    else:
        left += [p("Mark", "*")]
        right += [p("Rule", "")]
    left += [p("Number", d["number"])]
    right += [p("Date", d["place_date"])]
    head = table("Head", left, right)
    if layout == "tabs":
        head = typed_heading(d)
    elif layout == "boxes":
        head = boxes(left, right)
    body = [p("Title", d["title"]), p("Subject", d["subject"])]
    body += [p("Mark", "-----") if d["profile"] == "party" else p("Rule", "")]
    body += [p("Body", d["cite"])]
    for kind, text in BODY:
        body.append(p("Heading" if kind == "h" else "Body", text))
    body[-1] = p("Body", BODY[-1][1] + d["ending"])
    rc = [p("Label", "Nơi nhận:")]
    rc += [p("Rcpt", r) for r in d["recipients"]] + [p("Rcpt", d["archive"])]
    sign = [p("Auth", d["authority"]), p("STitle", d["sign_title"]), p("Name", d["sign_name"])]
    foot = table("Sign", rc, sign) if layout != "tabs" else typed_signature(d)
    # LibreOffice writes no paragraph style for a text box's paragraphs, so
    # theirs are automatic copies, written as direct formatting
    auto = [x.replace('style:name="', 'style:name="B', 1) for x in st if 'style:family="paragraph"' in x]
    return HEAD.replace("@STYLES@", "".join(st)).replace("@AUTO@", "".join(auto)).replace("@F@", "").replace("@TOP@", f["top"]) \
        .replace("@BOTTOM@", f["bottom"]).replace("@LEFT@", f["left"]).replace("@RIGHT@", f["right"]) \
        + head + "".join(body) + foot + TAIL


def tabbed(name, *stops):
    """A left-aligned paragraph style with centre tab stops."""
    tabs = "".join(f'<style:tab-stop style:position="{x}" style:type="center"/>' for x in stops)
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
            f'<style:paragraph-properties fo:text-align="left" fo:margin-top="0cm" fo:margin-bottom="0cm">'
            f'<style:tab-stops>{tabs}</style:tab-stops></style:paragraph-properties></style:style>')


def span(style, text):
    return f'<text:span text:style-name="{style}">{escape(text)}</text:span>'


def line(parts, drawn=False, style="Line"):
    """A typed line: each (style, text) part after a tab or not, a drawn line under it when asked."""
    shape = ('<draw:line draw:style-name="Gr" text:anchor-type="paragraph" draw:z-index="0" '
             'svg:x1="10.25cm" svg:y1="0.55cm" svg:x2="13.25cm" svg:y2="0.55cm"/>' if drawn else "")
    return f'<text:p text:style-name="{style}">' + shape + "".join(
        ("<text:tab/>" if tab else "") + span(st, t) for tab, st, t in parts) + "</text:p>"


def typed_heading(d):
    state = d["profile"] == "state"
    issuer = d["issuer"].split("\n")
    out = [line([(True, "TParent", d["parent"]), (True, "TMotto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" if state
                                                   else "ĐẢNG CỘNG SẢN VIỆT NAM")], drawn=not state)]
    if state:
        out.append(line([(True, "TIssuer", issuer[0]), (True, "TSlogan", "Độc lập - Tự do - Hạnh phúc")], drawn=True))
        out += [line([(True, "TIssuer", x)], drawn=True) for x in issuer[1:]]
    else:
        out += [line([(True, "TIssuer", x)]) for x in issuer] + [line([(True, "TParent", "*")])]
    out.append(line([(True, "TNumber", d["number"]), (True, "TDate", d["place_date"])]))
    return "".join(out)


def typed_signature(d):
    rows = [[(False, "TLabel", "Nơi nhận:"), (True, "TAuth", d["authority"])],
            [(False, "TRcpt", d["recipients"][0]), (True, "TSTitle", d["sign_title"])]]
    rows += [[(False, "TRcpt", r)] for r in d["recipients"][1:] + [d["archive"]]]
    out = [line(r, style="SignLine") for r in rows]
    out += ['<text:p text:style-name="SignLine"/>'] * 3 + [line([(True, "TName", d["sign_name"])], style="SignLine")]
    return "".join(out)


def boxes(left, right):
    def frame(name, x, width, paras):
        return (f'<draw:frame draw:style-name="Fr" draw:name="{name}" text:anchor-type="paragraph" svg:x="{x}" '
                f'svg:y="0cm" svg:width="{width}" draw:z-index="1"><draw:text-box fo:min-height="3cm">'
                + "".join(p for p in paras if p != rule).replace('text:style-name="', 'text:style-name="B')
                + '</draw:text-box></draw:frame>')
    # LibreOffice writes neither a border nor a shape inside a text box to
    # DOCX: the rules are lines drawn beside the boxes, as clerks draw them
    rule = '<text:p text:style-name="Rule"></text:p>'
    lines = "".join(f'<draw:line draw:style-name="Gr" text:anchor-type="paragraph" draw:z-index="2" svg:x1="{x1}" '
                    f'svg:y1="{y}" svg:x2="{x2}" svg:y2="{y}"/>' for x1, x2, y in
                    (("2.5cm", "4.5cm", "1.3cm"), ("10.25cm", "13.25cm", "1.3cm")) if rule in left + right)
    return ('<text:p text:style-name="Standard">' + frame("HeadL", "0cm", "7cm", left)
            + frame("HeadR", "7cm", "9.5cm", right) + lines + '</text:p>' + '<text:p text:style-name="Standard"/>' * 4)


def table(name, left, right):
    return (f'<table:table table:name="{name}" table:style-name="Tbl"><table:table-column table:style-name="ColL"/>'
            f'<table:table-column table:style-name="ColR"/><table:table-row>'
            f'<table:table-cell table:style-name="Cell" office:value-type="string">{"".join(left)}</table:table-cell>'
            f'<table:table-cell table:style-name="Cell" office:value-type="string">{"".join(right)}</table:table-cell>'
            f'</table:table-row></table:table>')


HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:style>
@STYLES@
</office:styles>
<office:automatic-styles>
@AUTO@
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>
<style:style style:name="ColL" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
<style:style style:name="ColR" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
<style:style style:name="Gr" style:family="graphic"><style:graphic-properties svg:stroke-width="0.02cm" svg:stroke-color="#000000" draw:stroke="solid" style:wrap="none" style:vertical-pos="from-top" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>
<style:style style:name="Fr" style:family="graphic"><style:graphic-properties draw:fill="none" draw:stroke="none" fo:border="none" fo:padding="0cm" style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1cm" fo:margin-bottom="@BOTTOM@" fo:margin-left="@LEFT@" fo:margin-right="@RIGHT@"/>
<style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.4cm" style:dynamic-spacing="false"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="PageNo"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header>
<style:header-first><text:p text:style-name="PageNo"/></style:header-first>
</style:master-page>
</office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        srcs = []
        docs = [(name, d, "table") for name, d in DOCS.items()]
        docs += [(name, DOCS[base], layout) for name, (base, layout) in LAYOUTS.items()]
        for name, d, layout in docs:
            srcs.append(os.path.join(tmp, name + ".fodt"))
            with open(srcs[-1], "w", encoding="utf-8") as fh:
                fh.write(fodt(d, layout))
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", here] + srcs, check=True,
                       stdout=subprocess.DEVNULL)
