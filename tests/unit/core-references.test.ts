import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import type { ReferenceEntity } from '../../lib/core/types';

function references(text: string): ReferenceEntity[] {
  return analyzeText(text).entities.filter((e): e is ReferenceEntity => e.kind === 'reference');
}

function withSymbol(text: string): ReferenceEntity[] {
  return references(text).filter((ref) => ref.symbol);
}

describe('references: symbols as they are written', () => {
  // [text, canonical symbol, docType, exact span text]
  const cases: [string, string, string, string][] = [
    ['theo Nghị quyết số 21-NQ/TW, ngày 16/6/2022', '21-NQ/TW', 'Nghị quyết', 'Nghị quyết số 21-NQ/TW'],
    ['Quy định 126-QĐ/TW của Bộ Chính trị', '126-QĐ/TW', 'Quy định', 'Quy định 126-QĐ/TW'],
    ['Quyết định số 99-QĐ/TW về khung hướng dẫn', '99-QĐ/TW', 'Quyết định', 'Quyết định số 99-QĐ/TW'],
    ['Quy định số 08-QĐi/TW về trách nhiệm nêu gương', '08-QĐi/TW', 'Quy định', 'Quy định số 08-QĐi/TW'],
    ['Chương trình hành động số 24-CTr/TU của Tỉnh ủy', '24-CTr/TU', 'Chương trình hành động', 'Chương trình hành động số 24-CTr/TU'],
    ['Chương trình số 26-CTr/TWĐTN-VP', '26-CTr/TWĐTN-VP', 'Chương trình', 'Chương trình số 26-CTr/TWĐTN-VP'],
    ['Nghị quyết số 02-NQ/ĐUK ngày 26/4/2021', '02-NQ/ĐUK', 'Nghị quyết', 'Nghị quyết số 02-NQ/ĐUK'],
    ['Nghị định số 04/2015/NĐ-CP của Chính phủ', '04/2015/NĐ-CP', 'Nghị định', 'Nghị định số 04/2015/NĐ-CP'],
    ['Quyết định số 1234/QĐ-TTg của Thủ tướng', '1234/QĐ-TTg', 'Quyết định', 'Quyết định số 1234/QĐ-TTg'],
    ['Nghị quyết số 30a/2008/NQ-CP', '30a/2008/NQ-CP', 'Nghị quyết', 'Nghị quyết số 30a/2008/NQ-CP'],
    ['Thông tư số 15/2020/TT-BTC', '15/2020/TT-BTC', 'Thông tư', 'Thông tư số 15/2020/TT-BTC'],
    ['Chỉ thị số 19/CT-TTg', '19/CT-TTg', 'Chỉ thị', 'Chỉ thị số 19/CT-TTg'],
    ['Nghị quyết số 22/NQ-HĐND', '22/NQ-HĐND', 'Nghị quyết', 'Nghị quyết số 22/NQ-HĐND'],
    ['Báo cáo số 113-BC/BTCTW', '113-BC/BTCTW', 'Báo cáo', 'Báo cáo số 113-BC/BTCTW'],
    ['Bản sao số 424-BS/VPTU', '424-BS/VPTU', 'Bản sao', 'Bản sao số 424-BS/VPTU'],
    ['Luật Đất đai số 31/2024/QH15', '31/2024/QH15', 'Luật', 'số 31/2024/QH15'],
    ['thực hiện Bộ luật Lao động số 45/2019/QH14', '45/2019/QH14', 'Bộ luật', 'số 45/2019/QH14'],
    // OCR damage, all seen in scans
    ['Nghi quyét s6 21-NQ/TW', '21-NQ/TW', 'Nghị quyết', 'Nghi quyét s6 21-NQ/TW'],
    ['Nghj quydt sé 21-NQ/TW', '21-NQ/TW', 'Nghị quyết', 'Nghj quydt sé 21-NQ/TW'],
    ['Quy dinh sb 09-QB/DU, ngay 28/10/2025', '09-QĐ/ĐU', 'Quy định', 'Quy dinh sb 09-QB/DU'],
    ['Quy dinh s6 761-Qb/TU ngay 16/8/2017', '761-QĐ/TU', 'Quy định', 'Quy dinh s6 761-Qb/TU'],
    ['K& hoach sé 26-KH/PU, ngay 17/9/2025', '26-KH/ĐU', 'Kế hoạch', 'K& hoach sé 26-KH/PU'],
    // 'TƯ' with its horn is Trung ương, not the TU of a Tỉnh ủy
    ['Nghị quyết số 21-NQ/TƯ ngày 16/6/2022', '21-NQ/TW', 'Nghị quyết', 'Nghị quyết số 21-NQ/TƯ'],
    // any code's Đ read as P or B, Party or state, first letter or not
    ['Hướng dẫn số 33-HD/PUCA', '33-HD/ĐUCA', 'Hướng dẫn', 'Hướng dẫn số 33-HD/PUCA'],
    ['Nghi quyét s6 05-NQ/BUQS', '05-NQ/ĐUQS', 'Nghị quyết', 'Nghi quyét s6 05-NQ/BUQS'],
    ['Ké hoach s6 02-KH/BCPTW ngay', '02-KH/BCĐTW', 'Kế hoạch', 'Ké hoach s6 02-KH/BCPTW'],
    ['Nghi dinh s6 33/2023/NP-CP ngay', '33/2023/NĐ-CP', 'Nghị định', 'Nghi dinh s6 33/2023/NP-CP'],
    ['Nghị định 72/2013/NB-CP của', '72/2013/NĐ-CP', 'Nghị định', 'Nghị định 72/2013/NB-CP'],
    ['Thông tư số 02/2024/TT-BGDPT', '02/2024/TT-BGDĐT', 'Thông tư', 'Thông tư số 02/2024/TT-BGDPT'],
    // a code split by OCR's space or line break, joined where the joined code is known
    ['Công văn số 1150-CV/BTC TU ngày', '1150-CV/BTCTU', 'Công văn', 'Công văn số 1150-CV/BTC TU'],
    ['Hướng dẫn 03-HD/BTGD VTW ngày 12', '03-HD/BTGDVTW', 'Hướng dẫn', 'Hướng dẫn 03-HD/BTGD VTW'],
    ['Chỉ thị 05-CT/T\nW ngày', '05-CT/TW', 'Chỉ thị', 'Chỉ thị 05-CT/T\nW'],
    ['Thông tư số 06/2023/TT -BNV ngày', '06/2023/TT-BNV', 'Thông tư', 'Thông tư số 06/2023/TT -BNV'],
    ['Quyết định 06/2020/QĐ- TTg của', '06/2020/QĐ-TTg', 'Quyết định', 'Quyết định 06/2020/QĐ- TTg'],
    // and not where the word after it is no part of a code
    ['Nghị quyết 21-NQ/TW TW', '21-NQ/TW', 'Nghị quyết', 'Nghị quyết 21-NQ/TW'],
    ['Nghị định số 04/2015/NĐ-CP - về', '04/2015/NĐ-CP', 'Nghị định', 'Nghị định số 04/2015/NĐ-CP'],
    ['Kế hoạch số 35-KH/ĐU ngày', '35-KH/ĐU', 'Kế hoạch', 'Kế hoạch số 35-KH/ĐU'],
    ['Kế hoạch số 05-KH/BTC từ ngày 01/6/2024', '05-KH/BTC', 'Kế hoạch', 'Kế hoạch số 05-KH/BTC'],
    ['Kế hoạch số 10/KH-UBND - UBND tỉnh chủ trì', '10/KH-UBND', 'Kế hoạch', 'Kế hoạch số 10/KH-UBND'],
    // a yearless state symbol broken after a dash or inside its term, an O in a year, codes of a commune's UBKT and
    // the election council, a stray `'` after the type word
    ['theo Nghị quyết số 1234/NQ-\nUBTVQH15 của', '1234/NQ-UBTVQH15', 'Nghị quyết', 'Nghị quyết số 1234/NQ-\nUBTVQH15'],
    ['Nghị quyết sé 1234/NQ-UBTVQH1 5 ngày', '1234/NQ-UBTVQH15', 'Nghị quyết', 'Nghị quyết sé 1234/NQ-UBTVQH1 5'],
    ['Nghị quyết số 1234/NQ-UBTVQH 15 ngày', '1234/NQ-UBTVQH15', 'Nghị quyết', 'Nghị quyết số 1234/NQ-UBTVQH 15'],
    ['Thông tư 55/2O23/TT-BTC của', '55/2023/TT-BTC', 'Thông tư', 'Thông tư 55/2O23/TT-BTC'],
    ['Nghị định số 20/2O2O/NĐ-CP ngày', '20/2020/NĐ-CP', 'Nghị định', 'Nghị định số 20/2O2O/NĐ-CP'],
    // a code of law is `Bộ luật` with its capital (OCR's `Bô lut`), not the `bộ` of `đồng bộ`
    ['Triển khai đồng bộ Luật Khám bệnh, chữa bệnh số 15/2023/QH15', '15/2023/QH15', 'Luật', 'số 15/2023/QH15'],
    ['theo Bô lut Lao dng sO 45/2019/QH14', '45/2019/QH14', 'Bộ luật', 'sO 45/2019/QH14'],
    // the last law word before the number names the law; a code in lower case is still a code
    ['Triển khai đồng bộ Luật Đất đai và Bộ luật Dân sự số 91/2015/QH13', '91/2015/QH13', 'Bộ luật', 'số 91/2015/QH13'],
    ['thực hiện đồng bộ luật pháp, Bộ luật Hình sự số 100/2015/QH13', '100/2015/QH13', 'Bộ luật', 'số 100/2015/QH13'],
    ['theo bộ luật Lao động số 45/2019/QH14', '45/2019/QH14', 'Bộ luật', 'số 45/2019/QH14'],
    // an inspectorate's conclusions, its code after a spaced dash; OCR's OD for QĐ, l for 1 in a year and a term,
    // a digit left at the end of the line before, 6 for ô in the type word
    ['theo Kết luận số 126/KL-TTr, ngày 20/12/2023', '126/KL-TTr', 'Kết luận', 'Kết luận số 126/KL-TTr'],
    ['Quyết định số 320/OD-TTg ngày', '320/QĐ-TTg', 'Quyết định', 'Quyết định số 320/OD-TTg'],
    ['Luật Đất đai số 31/2024/QHl5.', '31/2024/QH15', 'Luật', 'số 31/2024/QHl5'],
    ['Luat Phdng, chong tham nhung sé\n36/20l8/QH14; Nghi', '36/2018/QH14', 'Luật', 'sé\n36/20l8/QH14'],
    ['Ngh dnh sO 1\n30/2020/ND-CP, ngày', '130/2020/NĐ-CP', 'Nghị định', 'Ngh dnh sO 1\n30/2020/ND-CP'],
    ['theo Quyet dlnh sé 11\n97-QD/TU, ngày', '1197-QĐ/TU', 'Quyết định', 'Quyet dlnh sé 11\n97-QD/TU'],
    // an ordinance, its name between its type word and its number, which the Standing Committee's resolutions share
    ['theo Phap lenh Wu dãi nguoi co cong voi cach mang sb 02/2020/UBTVQH 14 va', '02/2020/UBTVQH14', 'Pháp lệnh', 'sb 02/2020/UBTVQH 14'],
    ['và Chirong trình hanh d6ng sb 05-CTr/ TU, ngay', '05-CTr/TU', 'Chương trình hành động', 'Chirong trình hanh d6ng sb 05-CTr/ TU'],
    // a space after the number's slash, the police's and border guard's codes, a numbered steering committee
    ['theo Ludt s6 64/ 2020/QH14;', '64/2020/QH14', 'Luật', 'Ludt s6 64/ 2020/QH14'],
    ['Quy ché s6 14/QC-CAT-BBBP ngày', '14/QC-CAT-BĐBP', 'Quy chế', 'Quy ché s6 14/QC-CAT-BBBP'],
    ['Kế hoạch số 12-KH/BCĐ35 ngày', '12-KH/BCĐ35', 'Kế hoạch', 'Kế hoạch số 12-KH/BCĐ35'],
    // OCR's `cl` for đ; an older symbol's type after its issuer
    ['Quy clịnh s 37-QD/TW, ngáy', '37-QĐ/TW', 'Quy định', 'Quy clịnh s 37-QD/TW'],
    ['Quyêt dnh s 1895/1997/BYT-QD ngày', '1895/1997/BYT-QĐ', 'Quyết định', 'Quyêt dnh s 1895/1997/BYT-QD'],
    // OCR's `'` for a horn and `¢` for ô in the type word
    ["Chio'ng trmnh hành d¢ng s 05-CTr/TU, ngày", '05-CTr/TU', 'Chương trình hành động', "Chio'ng trmnh hành d¢ng s 05-CTr/TU"],
    // a joint rule of three Party committees
    ['Quy chế số 05-QC/ĐUQS-ĐUBP-ĐUCA ngày', '05-QC/ĐUQS-ĐUBP-ĐUCA', 'Quy chế', 'Quy chế số 05-QC/ĐUQS-ĐUBP-ĐUCA'],
    ['Báo cáo số 21-BC/UBKTDU', '21-BC/UBKTĐU', 'Báo cáo', 'Báo cáo số 21-BC/UBKTDU'],
    ['Nghị quyết 41/NQ-HBBCQG ngày', '41/NQ-HĐBCQG', 'Nghị quyết', 'Nghị quyết 41/NQ-HBBCQG'],
    ['Quy định’ s6 69-QB/TW ngày', '69-QĐ/TW', 'Quy định', 'Quy định’ s6 69-QB/TW'],
    // the state's own codes spelled with P, which are no Đ misread
    ['Công văn số 1234/CP-KTTH ngày', '1234/CP-KTTH', 'Công văn', 'Công văn số 1234/CP-KTTH'],
    // a joint document's issuers, each code canonical
    ['Quy chế phối hợp số 12-QC/DUQS-DUCA, ngay 10/01/2022', '12-QC/ĐUQS-ĐUCA', 'Quy chế', 'số 12-QC/DUQS-DUCA'],
    ['Quy định số 10-ODi/TW', '10-QĐi/TW', 'Quy định', 'Quy định số 10-ODi/TW'],
    ['Chi thj so 1 7-CT/TU, ngày 17/01/2014', '17-CT/TU', 'Chỉ thị', 'Chi thj so 1 7-CT/TU'],
    ['Quy djnh so 11 78-QD/TU, ngày 12/6/2019', '1178-QĐ/TU', 'Quy định', 'Quy djnh so 11 78-QD/TU'],
    ['Nghi quyét s 06- -NQ/TU, ngay 15/3/2021', '06-NQ/TU', 'Nghị quyết', 'Nghi quyét s 06- -NQ/TU'],
    ['Nghi quyét s6 21- NQ/TW va', '21-NQ/TW', 'Nghị quyết', 'Nghi quyét s6 21- NQ/TW'],
    ['Thirc hin nghiêm Quy djnh 213-\nQD/TW, ngày 02/01/2020', '213-QĐ/TW', 'Quy định', 'Quy djnh 213-\nQD/TW'],
    ['Hithng dk s 12-HD/BTCTW, ngáy 06/7/2018', '12-HD/BTCTW', 'Hướng dẫn', 'Hithng dk s 12-HD/BTCTW'],
    ['Kt lun so 1 8-KL/TW, ngày 30/7/2017', '18-KL/TW', 'Kết luận', 'Kt lun so 1 8-KL/TW'],
    ['Nghj djnE s 149/2018/ND cña ChInh phü', '149/2018/NĐ-CP', 'Nghị định', 'Nghj djnE s 149/2018/ND'],
    ['S6 35-KH/DU Binh Lu', '35-KH/ĐU', 'Kế hoạch', 'S6 35-KH/DU'],
    ['Chirong trinh hanh déng s6 24-CTr/TU', '24-CTr/TU', 'Chương trình hành động', 'Chirong trinh hanh déng s6 24-CTr/TU'],
    ['Quyét dinh s6 99-QD/TW', '99-QĐ/TW', 'Quyết định', 'Quyét dinh s6 99-QD/TW'],
    ['Théng béo s6 12-TB/TU', '12-TB/TU', 'Thông báo', 'Théng béo s6 12-TB/TU'],
    ['Thông báo kết luận số 12-TB/TW', '12-TB/TW', 'Thông báo kết luận', 'Thông báo kết luận số 12-TB/TW'],
    ['Công văn số 215/UBND-VX', '215/UBND-VX', 'Công văn', 'Công văn số 215/UBND-VX'],
    ['Số: 35-KH/ĐU', '35-KH/ĐU', 'Kế hoạch', 'Số: 35-KH/ĐU'],
    ['Nghị quyết số 21-NQ/\nTW', '21-NQ/TW', 'Nghị quyết', 'Nghị quyết số 21-NQ/\nTW'],
    // state symbols: number[letter]/[year/]CODE(-CODE)*, a code being letters and a term number
    // a code spelled like a member of a JavaScript object is a code like any other
    ['Nghị định số 12/2020/NĐ-constructor', '12/2020/NĐ-CONSTRUCTOR', 'Nghị định', 'Nghị định số 12/2020/NĐ-constructor'],
    ['theo Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội', '35/2023/UBTVQH15', 'Nghị quyết', 'Nghị quyết số 35/2023/UBTVQH15'],
    ['Nghị quyết số 1107/NQ-UBTVQH15 ngày 24/8/2024', '1107/NQ-UBTVQH15', 'Nghị quyết', 'Nghị quyết số 1107/NQ-UBTVQH15'],
    ['Thông tư liên tịch số 01/2014/TTLT-BNV-BTC', '01/2014/TTLT-BNV-BTC', 'Thông tư liên tịch', 'Thông tư liên tịch số 01/2014/TTLT-BNV-BTC'],
    ['Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN', '09/2008/NQLT-CP-UBTWMTTQVN', 'Nghị quyết liên tịch', 'Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN'],
    ['Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch', 'Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN'],
    // their Đ restored where OCR lost it
    ['Nghi quyét lién tich sé 09/2015/NQLT-UBTVQH13-CP-DCTUBTWMTTQVN', '09/2015/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch', 'Nghi quyét lién tich sé 09/2015/NQLT-UBTVQH13-CP-DCTUBTWMTTQVN'],
    ['Nghị quyết số 03/2017/NQ-HDTP ngày', '03/2017/NQ-HĐTP', 'Nghị quyết', 'Nghị quyết số 03/2017/NQ-HDTP'],
    ['theo Kế hoạch liên tịch số 09-KHLT/ĐTN-HSV ngày 2/3/2026', '09-KHLT/ĐTN-HSV', 'Kế hoạch liên tịch', 'Kế hoạch liên tịch số 09-KHLT/ĐTN-HSV'],
    // the overseas Party committee's code, its Đ read as P or D
    ['Quy chế số 05-QC/PUNN ngày', '05-QC/ĐUNN', 'Quy chế', 'Quy chế số 05-QC/PUNN'],
    ['Thông tư số 22/2021/TT-BGDĐT', '22/2021/TT-BGDĐT', 'Thông tư', 'Thông tư số 22/2021/TT-BGDĐT'],
    ['Luật số 45/2019/QH14', '45/2019/QH14', 'Luật', 'Luật số 45/2019/QH14'],
    ['Pháp lệnh số 02/2022/UBTVQH15', '02/2022/UBTVQH15', 'Pháp lệnh', 'Pháp lệnh số 02/2022/UBTVQH15'],
    ['Công điện số 05/CĐ-TTg ngày 09/3/2024', '05/CĐ-TTg', 'Công điện', 'Công điện số 05/CĐ-TTg'],
    ['Giấy mời số 12-GM/TU', '12-GM/TU', 'Giấy mời', 'Giấy mời số 12-GM/TU'],
    ['Nghi quydt s6 3 5/2023/UBTVQH15 cta Uy ban', '35/2023/UBTVQH15', 'Nghị quyết', 'Nghi quydt s6 3 5/2023/UBTVQH15'],
    // OCR splits off the National Assembly's term or a year's digits, or breaks the line after the year
    ['Nghị quyét số 202/2025/QH 15, ngày 12/6/2025', '202/2025/QH15', 'Nghị quyết', 'Nghị quyét số 202/2025/QH 15'],
    ['Luật số 20/2023/QH1 5 và Nghị định số 13/2023/ND-CP', '20/2023/QH15', 'Luật', 'Luật số 20/2023/QH1 5'],
    ['Luật số 24/20 18/QH14, Bộ luật Hình sự', '24/2018/QH14', 'Luật', 'Luật số 24/20 18/QH14'],
    ['Nghi dịnh so 163/2016/\nND-CP cia Chinh phu', '163/2016/NĐ-CP', 'Nghị định', 'Nghi dịnh so 163/2016/\nND-CP'],
    ['Thong tư sê 29/2024/TT-\nBGDĐT ngày', '29/2024/TT-BGDĐT', 'Thông tư', 'Thong tư sê 29/2024/TT-\nBGDĐT'],
    ['Quyet dịnh số 263/\nQĐ-TTg, ngày 22/02/2022', '263/QĐ-TTg', 'Quyết định', 'Quyet dịnh số 263/\nQĐ-TTg'],
    // a line break after the number's slash, a spaced dash before an issuer in capitals, Đ read as P
    ['Nghị định số 139/\n2020/NĐ-CP ngày', '139/2020/NĐ-CP', 'Nghị định', 'Nghị định số 139/\n2020/NĐ-CP'],
    ['Quyết định số 612/QĐ- UBDT ngày 5/5/2022', '612/QĐ-UBDT', 'Quyết định', 'Quyết định số 612/QĐ- UBDT'],
    ['Quyết định số 45/QÐ- HÐND ngày 2/3/2024', '45/QĐ-HĐND', 'Quyết định', 'Quyết định số 45/QÐ- HÐND'],
    ['Thông tư số 02/2022/TT- UBDT ngày', '02/2022/TT-UBDT', 'Thông tư', 'Thông tư số 02/2022/TT- UBDT'],
    ['Quyết dịnh số 1029/QP-UBND của', '1029/QĐ-UBND', 'Quyết định', 'Quyết dịnh số 1029/QP-UBND'],
    ['Quyết định số 1234/QĐ-UBND- Phê duyệt', '1234/QĐ-UBND', 'Quyết định', 'Quyết định số 1234/QĐ-UBND'],
    // the Youth Union's codes with Đ read as P or B, a joint programme of mass organisations
    ['Kế hoạch số 120-KH/TPTN ngày', '120-KH/TĐTN', 'Kế hoạch', 'Kế hoạch số 120-KH/TPTN'],
    ['Hướng dẫn số 58-HD/TWBTN-BTG ngày', '58-HD/TWĐTN-BTG', 'Hướng dẫn', 'Hướng dẫn số 58-HD/TWBTN-BTG'],
    ['theo Chương trình phối hợp số 07/CTrPH-HPN-LĐLĐ ngày', '07/CTrPH-HPN-LĐLĐ', 'Chương trình phối hợp', 'số 07/CTrPH-HPN-LĐLĐ'],
    ['Chương trình phối hợp số 05/CTrPH-TDTN-CAT ngày', '05/CTrPH-TĐTN-CAT', 'Chương trình phối hợp', 'số 05/CTrPH-TDTN-CAT'],
    // codes with their Đ restored: a congress, a military region's committee, a province's department; a Pháp lệnh
    ['Nghị quyết số 01-NQ/DH của Đại hội', '01-NQ/ĐH', 'Nghị quyết', 'Nghị quyết số 01-NQ/DH'],
    ['Chỉ thị số 12-CT/DUQK ngày', '12-CT/ĐUQK', 'Chỉ thị', 'Chỉ thị số 12-CT/DUQK'],
    ['Nghị quyết số 01-NQ/DUCATW của Đảng ủy Công an Trung ương', '01-NQ/ĐUCATW', 'Nghị quyết', 'Nghị quyết số 01-NQ/DUCATW'],
    ['Kế hoạch số 2150/KH-SGDDT ngày', '2150/KH-SGDĐT', 'Kế hoạch', 'Kế hoạch số 2150/KH-SGDDT'],
    ['thay thế Pháp lệnh Dân số số 06/2003/PL-UBTVQH11;', '06/2003/PL-UBTVQH11', 'Pháp lệnh', 'số 06/2003/PL-UBTVQH11'],
    ['Sé 18-CTr/TU\n\nCHUƠNG TRINH HANH BONG\nthuc hien', '18-CTr/TU', 'Chương trình hành động', 'Sé 18-CTr/TU'],
    // OCR's letters for digits and a line break before the dash, vouched for by a cue and known codes
    ['Nghị quyết số l5-NQ/TW, ngày 05/5/2022', '15-NQ/TW', 'Nghị quyết', 'Nghị quyết số l5-NQ/TW'],
    ['Kế hoạch số 1O2-KH/TU', '102-KH/TU', 'Kế hoạch', 'Kế hoạch số 1O2-KH/TU'],
    ['Chỉ thị số I2-CT/TW', '12-CT/TW', 'Chỉ thị', 'Chỉ thị số I2-CT/TW'],
    ['thực hiện Quy định số 57\n-QĐ/TW, ngày 18/3/2022', '57-QĐ/TW', 'Quy định', 'Quy định số 57\n-QĐ/TW'],
  ];
  it.each(cases)('%j', (text, symbol, docType, span) => {
    const [ref] = withSymbol(text);
    expect(ref).toMatchObject({ symbol, docType, text: span });
    expect(text.slice(ref.start, ref.end)).toBe(ref.text);
  });
  it('joins the digit OCR split off a number that goes on a list of symbols', () => {
    const symbols = (text: string) => withSymbol(text).map((ref) => ref.symbol);
    expect(symbols('các Quy định số 114-QĐ/TW, 1 31-QĐ/TW và 189-QĐ/TW')).toEqual(['114-QĐ/TW', '131-QĐ/TW', '189-QĐ/TW']);
    expect(symbols('Thông tư số 17/2018/TT-BGDĐT, 1 8/2018/TT-BGDDT và 19/2018/TT-BGDĐT')).toEqual(['17/2018/TT-BGDĐT', '18/2018/TT-BGDĐT', '19/2018/TT-BGDĐT']);
    // a number starting a line is a row's or an item's; two digits are a number of their own
    expect(symbols('Căn cứ Nghị quyết số 21-NQ/TW;\n2 35-KH/ĐU của Đảng ủy')).toEqual(['21-NQ/TW', '35-KH/ĐU']);
    expect(symbols('Kết luận 21-KL/TW, 10 12-KL/TW')).toEqual(['21-KL/TW', '12-KL/TW']);
    // items of a list that say what each is about, joined by `;`, are of the type written before the first
    const types = (text: string) => withSymbol(text).map((ref) => ref.docType);
    expect(types('các Quy dinh so 114-Qb/TW, ngéy 11/7/2023 vá 131-QD/TW, ngay 27/10/2023 cüa')).toEqual(['Quy định', 'Quy định']);
    // a dash and a space end a yearless symbol (`1234/QĐ-UBND- Phê duyệt ...`); a number alone on its line before one is a page's
    expect(symbols('Quyết định số 1234/QĐ-UBND- Phê duyệt')).toEqual(['1234/QĐ-UBND']);
    expect(symbols('Căn cứ Nghị quyết số\n\n5\n21-NQ/TW')).toEqual(['21-NQ/TW']);
    expect(symbols('Kế hoạch số\n12\n35-KH/ĐU')).toEqual(['35-KH/ĐU']);
    // digits after an issuer are kept only for a numbered steering committee (`BCĐ35`); elsewhere a footnote's mark
    expect(symbols('Nghị quyết số 21-NQ/TW1 ngày')).toEqual(['21-NQ/TW']);
    expect(types('các Quy định số 41-QĐ/TW, ngày 03/11/2021 về miễn nhiệm; số 50-QĐ/TW, ngày 27/12/2021 về quy hoạch; và số 80-QĐ/TW')).toEqual([
      'Quy định', 'Quy định', 'Quy định',
    ]);
    // after a date, no list: the digit stays apart
    expect(symbols('Kế hoạch 12-KH/TU ngày 1 7-CT/TU')).toEqual(['12-KH/TU', '7-CT/TU']);
  });
});

describe('references: what is written around the symbol', () => {
  it('reads date, issuer, term and subject', () => {
    const [ref] = withSymbol(
      'Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng; Ban Thường vụ ...',
    );
    expect(ref).toMatchObject({
      number: '21', typeCode: 'NQ', issuerCode: 'TW', date: '2022-06-16', term: 'XIII',
      subject: 'tăng cường củng cố, xây dựng tổ chức cơ sở đảng',
    });
    expect(ref.issuer).toMatch(/^Ban Chấp hành Trung ương/);
  });

  it('reads dates in words and OCR-damaged terms', () => {
    const [ref] = withSymbol('Quy định số 08-QĐi/TW, ngày 25 tháng 10 năm 2018 của Ban Chấp hành Trung ương khéa X111');
    expect(ref).toMatchObject({ date: '2018-10-25', term: 'XIII' });
  });

  it('counts every number that shares one symbol tail', () => {
    const refs = withSymbol('Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017');
    expect(refs.map((r) => [r.symbol, r.docType, r.text])).toEqual([
      ['18-NQ/TW', 'Nghị quyết', 'Nghị quyết số 18'],
      ['19-NQ/TW', 'Nghị quyết', '19-NQ/TW'],
    ]);
  });

  it('gives a listed symbol the type word of the list', () => {
    const refs = withSymbol('các Nghị quyết số 26-NQ/TW, 27-NQ/TW của Ban Chấp hành Trung ương');
    expect(refs.map((r) => r.docType)).toEqual(['Nghị quyết', 'Nghị quyết']);
  });

  it('gives "và số N" the type of the document listed before it in the same sentence', () => {
    const refs = withSymbol(
      'Thực hiện Quy định số 205-QĐ/TW, ngày 23/9/2019 của Bộ Chính trị về việc kiểm soát quyền lực trong công tác cán bộ và số 37-QĐ/TW, ngày 25/10/2021. Chỉ thị số 05-CT/TW; số 12-NQ/TW.',
    );
    expect(refs.map((r) => [r.symbol, r.docType])).toEqual([
      ['205-QĐ/TW', 'Quy định'],
      ['37-QĐ/TW', 'Quy định'],
      ['05-CT/TW', 'Chỉ thị'],
      // another code: it says the type
      ['12-NQ/TW', 'Nghị quyết'],
    ]);
  });

  it('links short forms to the full mention', () => {
    const refs = references('Nghị quyết số 21-NQ/TW (gọi tắt là Nghị quyết 21). Quán triệt Nghị quyết 21 đến mọi đảng viên.');
    const full = refs.find((r) => r.symbol)!;
    const short = refs.filter((r) => r.refersTo);
    expect(short).toHaveLength(2);
    for (const ref of short) expect(ref).toMatchObject({ refersTo: full.id, docType: 'Nghị quyết', number: '21', text: 'Nghị quyết 21' });
    expect(short[0].symbol).toBeUndefined();
  });

  it('does not invent short forms for numbers never cited in full', () => {
    expect(references('Kế hoạch 2025 của chi bộ và Nghị quyết 5 của Đảng ủy')).toEqual([]);
  });

  it('finds documents named without a symbol', () => {
    const refs = references(
      'bám sát Điều lệ Đảng, Nghị quyết Đại hội XIII của Đảng và Nghị quyết Trung ương 4 (khóa XII), Hiến pháp năm 2013',
    );
    expect(refs.map((r) => [r.name, r.symbol])).toEqual([
      ['Điều lệ Đảng', undefined],
      ['Nghị quyết Đại hội XIII', undefined],
      ['Nghị quyết Trung ương 4 khóa XII', undefined],
      ['Hiến pháp', undefined],
    ]);
  });

  it('takes the own symbol type from the heading', () => {
    const text = 'TỈNH ỦY QUẢNG NGÃI\n*\nSố 121-KH/TU\nQuảng Ngãi, ngày 10 tháng 8 năm 2022\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW\n';
    expect(withSymbol(text).map((r) => [r.symbol, r.docType])).toEqual([
      ['121-KH/TU', 'Kế hoạch'],
      ['21-NQ/TW', 'Nghị quyết'],
    ]);
    // a decision's heading OCR damaged (`PỊNH`), and the grounds above its second `QUYẾT ĐỊNH:`, which keep their own types
    const decision = 'TỈNH ỦY BẮC NINH\nSố 1182-QĐ/TU\n\nQUYET PỊNH\nthành lập Ban Chỉ đạo\n- Căn cu Qy chế lam vièc sb 01-QC/TU, ngày 30/10/2020;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập';
    expect(withSymbol(decision).map((r) => [r.symbol, r.docType])).toEqual([
      ['1182-QĐ/TU', 'Quyết định'],
      ['01-QC/TU', 'Quy chế'],
    ]);
    // the heading lost to OCR, so the operative `QUYẾT ĐỊNH` stands for it: the grounds above it keep their own types
    const lostHeading = 'TỈNH ỦY BẮC NINH\nSố 1182-QĐ/TU\n\nQU¥ET ĐlNH-\nthành lập Ban Chỉ đạo\n- Căn cứ Quy chế làm việc\nsố 01-QC/TU, ngày 30/10/2020;\n- Căn cu 12-QĐ/TW;\nQUYẾT ĐỊNH\nĐiều 1. Thành lập';
    expect(withSymbol(lostHeading).map((r) => [r.symbol, r.docType])).toEqual([
      ['1182-QĐ/TU', 'Quyết định'],
      ['01-QC/TU', 'Quy chế'],
      ['12-QĐ/TW', 'Quyết định'],
    ]);
    // a web page's title names the document above its header: the header's symbol still takes the heading's type
    const titled = 'Quy định số 05-QĐ/TU về công tác cán bộ | Tải về\nTỈNH ỦY BẮC NINH\nSố 05-QĐ/TU\n\nQUY ĐỊNH\nvề công tác cán bộ\n';
    expect(withSymbol(titled).map((r) => [r.symbol, r.docType])).toEqual([
      ['05-QĐ/TU', 'Quy định'],
      ['05-QĐ/TU', 'Quy định'],
    ]);
  });

  it('begins a reference at its symbol where a blank line parts it from its type word', () => {
    const [ref] = withSymbol('theo Hướng dẫn số\n\n12-HD/BTCTW, ngày 18/3/2022 của Ban Tổ chức Trung ương');
    expect([ref.text, ref.docType]).toEqual(['12-HD/BTCTW', 'Hướng dẫn']);
  });

  it.each([
    // letters for digits and a dash on the next line need a cue before them and known codes
    ['hello5-NQ/TW'],
    ['lo-KH/TU'],
    ['Kế hoạch số l5-XY/ZZ'],
    ['đạt 57\n- QĐ/TW'],
    ['Kế hoạch 45/KH- các sở'],
    ['QUYẾT ĐỊNH SỐ 45/QĐ- VỀ VIỆC THÀNH LẬP'],
    ['tỷ lệ 2/3-ngày'],
  ])('is no symbol: %j', (text) => {
    expect(withSymbol(text)).toEqual([]);
  });

  it('writes the issuer and subject of a reference in NFC', () => {
    const text = 'Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương khoá XIII về tăng cường củng cố tổ chức cơ sở đảng;';
    const [nfc] = withSymbol(text);
    const [nfd] = withSymbol(text.normalize('NFD'));
    expect(nfd.subject).toBe(nfc.subject);
    expect(nfd.subject).toBe('tăng cường củng cố tổ chức cơ sở đảng');
    expect(nfd.issuer).toBe(nfd.issuer!.normalize('NFC'));
    expect(nfd.text).toBe(text.normalize('NFD').slice(nfd.start, nfd.end));
  });

  it('takes no word on the next line after a dash for a code', () => {
    expect(withSymbol('Thực hiện Nghị quyết số 1234/NQ-\nngày 12/6/2024; Kế hoạch số 56/KH-\nvề việc')).toEqual([]);
    expect(withSymbol('Thông tư 29/2024/TT-\nBGDĐT ngày').map((r) => r.symbol)).toEqual(['29/2024/TT-BGDĐT']);
  });

  it('leaves dates, ranges, fractions and rates alone', () => {
    expect(withSymbol('ngày 16/6/2022, giai đoạn 2026 - 2030, đạt 3 - 4%, 2/3 số đảng viên, 01/2026-02/2026, 5-ngày/tuần')).toEqual([]);
  });
});
