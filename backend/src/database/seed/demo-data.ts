/**
 * Demo data set for the Invest Portal seed (shape: demo-types.ts). Sóc Trăng, a Mekong-delta coastal
 * province, with the ward/commune names of the 2025 two-level local government (no districts).
 *
 * Policies cite real legal documents (numbers, issuers, dates); their bodies are short summaries, not the
 * legal text. The two provincial resolutions are invented examples and say so. Projects, officials, phone
 * numbers, e-mail addresses and street addresses are fictional. `en: null` marks text not yet translated.
 */
import type {
  DemoAdministrativeUnit,
  DemoContact,
  DemoDepartmentDetails,
  DemoInvestmentForm,
  DemoPolicy,
  DemoProject,
  DemoSector,
} from './demo-types.js';

export const DEMO_SECTORS: DemoSector[] = [
  { code: 'wind-power', name: { vi: 'Điện gió', en: 'Wind power' } },
  { code: 'solar-power', name: { vi: 'Điện mặt trời và lưu trữ năng lượng', en: 'Solar power and energy storage' } },
  { code: 'aquaculture', name: { vi: 'Nuôi trồng thủy sản', en: 'Aquaculture' } },
  { code: 'seafood-processing', name: { vi: 'Chế biến thủy sản', en: 'Seafood processing' } },
  { code: 'industrial-park', name: { vi: 'Hạ tầng khu, cụm công nghiệp', en: 'Industrial park infrastructure' } },
  { code: 'seaport-logistics', name: { vi: 'Cảng biển và logistics', en: 'Seaports and logistics' } },
  { code: 'agriculture', name: { vi: 'Nông nghiệp và chế biến nông sản', en: 'Agriculture and agro-processing' } },
  { code: 'tourism', name: { vi: 'Du lịch', en: 'Tourism' } },
  { code: 'urban-development', name: { vi: 'Phát triển đô thị', en: 'Urban development' } },
  { code: 'education', name: { vi: 'Giáo dục và đào tạo', en: 'Education and training' } },
  { code: 'health', name: { vi: 'Y tế và chăm sóc sức khỏe', en: 'Health care' } },
  { code: 'trade-services', name: { vi: 'Thương mại và dịch vụ', en: 'Trade and services' } },
];

/** Sector codes of every sector, for policies that apply across the board. */
const ALL_SECTOR_CODES: string[] = DEMO_SECTORS.map((s) => s.code);

export const DEMO_INVESTMENT_FORMS: DemoInvestmentForm[] = [
  { code: 'ppp', name: { vi: 'Đầu tư theo phương thức đối tác công tư (PPP)', en: 'Public-private partnership (PPP)' } },
  { code: 'direct', name: { vi: 'Đầu tư trực tiếp', en: 'Direct investment' } },
  { code: 'land-auction', name: { vi: 'Đấu giá quyền sử dụng đất', en: 'Land-use right auction' } },
  { code: 'investor-selection', name: { vi: 'Đấu thầu lựa chọn nhà đầu tư', en: 'Competitive investor selection' } },
  { code: 'joint-venture', name: { vi: 'Liên doanh, hợp tác kinh doanh', en: 'Joint venture or business cooperation' } },
];

/** The province and its wards/communes after the 2025 reform (a selection, not all of them). */
export const DEMO_UNITS: DemoAdministrativeUnit[] = [
  {
    code: 'soc-trang',
    kind: 'province',
    name: { vi: 'tỉnh Sóc Trăng', en: 'Soc Trang Province' },
    parentCode: null,
    legacyName: null,
  },
  {
    code: 'phuong-phu-loi',
    kind: 'ward',
    name: { vi: 'phường Phú Lợi', en: 'Phu Loi Ward' },
    parentCode: 'soc-trang',
    legacyName: 'thành phố Sóc Trăng (phường 1–4)',
  },
  {
    code: 'phuong-soc-trang',
    kind: 'ward',
    name: { vi: 'phường Sóc Trăng', en: 'Soc Trang Ward' },
    parentCode: 'soc-trang',
    legacyName: 'thành phố Sóc Trăng (phường 5–8)',
  },
  {
    code: 'phuong-my-xuyen',
    kind: 'ward',
    name: { vi: 'phường Mỹ Xuyên', en: 'My Xuyen Ward' },
    parentCode: 'soc-trang',
    legacyName: 'thị trấn Mỹ Xuyên, huyện Mỹ Xuyên',
  },
  {
    code: 'phuong-vinh-chau',
    kind: 'ward',
    name: { vi: 'phường Vĩnh Châu', en: 'Vinh Chau Ward' },
    parentCode: 'soc-trang',
    legacyName: 'thị xã Vĩnh Châu',
  },
  {
    code: 'phuong-khanh-hoa',
    kind: 'ward',
    name: { vi: 'phường Khánh Hòa', en: 'Khanh Hoa Ward' },
    parentCode: 'soc-trang',
    legacyName: 'phường Khánh Hòa, thị xã Vĩnh Châu',
  },
  {
    code: 'phuong-nga-nam',
    kind: 'ward',
    name: { vi: 'phường Ngã Năm', en: 'Nga Nam Ward' },
    parentCode: 'soc-trang',
    legacyName: 'thị xã Ngã Năm',
  },
  {
    code: 'xa-vinh-hai',
    kind: 'commune',
    name: { vi: 'xã Vĩnh Hải', en: 'Vinh Hai Commune' },
    parentCode: 'soc-trang',
    legacyName: null,
  },
  {
    code: 'xa-tran-de',
    kind: 'commune',
    name: { vi: 'xã Trần Đề', en: 'Tran De Commune' },
    parentCode: 'soc-trang',
    legacyName: 'huyện Trần Đề',
  },
  {
    code: 'xa-lich-hoi-thuong',
    kind: 'commune',
    name: { vi: 'xã Lịch Hội Thượng', en: 'Lich Hoi Thuong Commune' },
    parentCode: 'soc-trang',
    legacyName: 'thị trấn Lịch Hội Thượng, huyện Trần Đề',
  },
  {
    code: 'xa-cu-lao-dung',
    kind: 'commune',
    name: { vi: 'xã Cù Lao Dung', en: 'Cu Lao Dung Commune' },
    parentCode: 'soc-trang',
    legacyName: 'huyện Cù Lao Dung',
  },
  {
    code: 'xa-long-phu',
    kind: 'commune',
    name: { vi: 'xã Long Phú', en: 'Long Phu Commune' },
    parentCode: 'soc-trang',
    legacyName: 'huyện Long Phú',
  },
  {
    code: 'xa-dai-ngai',
    kind: 'commune',
    name: { vi: 'xã Đại Ngãi', en: 'Dai Ngai Commune' },
    parentCode: 'soc-trang',
    legacyName: 'xã Đại Ngãi, huyện Long Phú',
  },
  {
    code: 'xa-ke-sach',
    kind: 'commune',
    name: { vi: 'xã Kế Sách', en: 'Ke Sach Commune' },
    parentCode: 'soc-trang',
    legacyName: 'huyện Kế Sách',
  },
  {
    code: 'xa-an-ninh',
    kind: 'commune',
    name: { vi: 'xã An Ninh', en: 'An Ninh Commune' },
    parentCode: 'soc-trang',
    legacyName: 'xã An Hiệp, huyện Châu Thành',
  },
  {
    code: 'xa-tan-long',
    kind: 'commune',
    name: { vi: 'xã Tân Long', en: 'Tan Long Commune' },
    parentCode: 'soc-trang',
    legacyName: 'xã Tân Long, thị xã Ngã Năm',
  },
];

// Contact officials (fictional people). Shared by the department details and by the projects they own.
const CONTACT_STC_KHOA: DemoContact = {
  name: 'Trần Minh Khoa',
  position: { vi: 'Phó Giám đốc Sở Tài chính', en: 'Deputy Director, Department of Finance' },
  phone: '0299 3822 104',
  email: 'khoatm.stc@soctrang.gov.vn',
};
const CONTACT_STC_NGOC: DemoContact = {
  name: 'Lâm Thị Bích Ngọc',
  position: {
    vi: 'Trưởng phòng Kinh tế đối ngoại và Đầu tư',
    en: 'Head of the External Economics and Investment Division',
  },
  phone: '0299 3821 635',
  email: 'ngocltb.stc@soctrang.gov.vn',
};
const CONTACT_BQLKCN_THINH: DemoContact = {
  name: 'Lý Quốc Thịnh',
  position: { vi: 'Phó Trưởng ban', en: 'Deputy Head of the Board' },
  phone: '0299 3611 210',
  email: 'thinhlq.bqlkcn@soctrang.gov.vn',
};
const CONTACT_BQLKCN_LOAN: DemoContact = {
  name: 'Huỳnh Thị Kim Loan',
  position: { vi: 'Trưởng phòng Quản lý đầu tư', en: 'Head of the Investment Management Division' },
  phone: '0299 3611 355',
  email: 'loanhtk.bqlkcn@soctrang.gov.vn',
};
const CONTACT_SCT_PHUC: DemoContact = {
  name: 'Phạm Hoàng Phúc',
  position: { vi: 'Phó Giám đốc Sở Công Thương', en: 'Deputy Director, Department of Industry and Trade' },
  phone: '0299 3820 433',
  email: 'phucph.sct@soctrang.gov.vn',
};
const CONTACT_SCT_SANG: DemoContact = {
  name: 'Thạch Văn Sang',
  position: { vi: 'Trưởng phòng Quản lý năng lượng', en: 'Head of the Energy Management Division' },
  phone: '0299 3826 118',
  email: 'sangtv.sct@soctrang.gov.vn',
};
const CONTACT_SNNMT_MY: DemoContact = {
  name: 'Nguyễn Thị Diễm My',
  position: {
    vi: 'Phó Giám đốc Sở Nông nghiệp và Môi trường',
    en: 'Deputy Director, Department of Agriculture and Environment',
  },
  phone: '0299 3821 072',
  email: 'myntd.snnmt@soctrang.gov.vn',
};
const CONTACT_SNNMT_LUC: DemoContact = {
  name: 'Võ Văn Lực',
  position: { vi: 'Chi cục trưởng Chi cục Thủy sản', en: 'Director of the Fisheries Sub-department' },
  phone: '0299 3822 590',
  email: 'lucvv.snnmt@soctrang.gov.vn',
};
const CONTACT_SKHCN_TRI: DemoContact = {
  name: 'Đặng Minh Trí',
  position: {
    vi: 'Phó Giám đốc Sở Khoa học và Công nghệ',
    en: 'Deputy Director, Department of Science and Technology',
  },
  phone: '0299 3820 867',
  email: 'tridm.skhcn@soctrang.gov.vn',
};
const CONTACT_SVHTTDL_NHUNG: DemoContact = {
  name: 'Sơn Thị Hồng Nhung',
  position: { vi: 'Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', en: null },
  phone: '0299 3821 447',
  email: 'nhungsth.svhttdl@soctrang.gov.vn',
};
const CONTACT_SVHTTDL_TAM: DemoContact = {
  name: 'Triệu Minh Tâm',
  position: { vi: 'Trưởng phòng Quản lý du lịch', en: null },
  phone: '0299 3615 288',
  email: 'tamtm.svhttdl@soctrang.gov.vn',
};
const CONTACT_XTRANDE_HAI: DemoContact = {
  name: 'Tô Thanh Hải',
  position: {
    vi: 'Chủ tịch Ủy ban nhân dân xã Trần Đề',
    en: "Chairman of the Tran De Commune People's Committee",
  },
  phone: '0299 3843 015',
  email: 'haitt.trande@soctrang.gov.vn',
};
const CONTACT_TTXTDT_HAN: DemoContact = {
  name: 'Dương Thị Ngọc Hân',
  position: { vi: 'Giám đốc Trung tâm Xúc tiến Đầu tư', en: 'Director, Investment Promotion Centre' },
  phone: '0299 3624 666',
  email: 'handtn.ttxtdt@soctrang.gov.vn',
};
const CONTACT_TTXTDT_PHIA: DemoContact = {
  name: 'Kim Thị Sô Phia',
  position: { vi: 'Chuyên viên xúc tiến đầu tư', en: 'Investment Promotion Officer' },
  phone: '0299 3624 668',
  email: 'phiakts.ttxtdt@soctrang.gov.vn',
};

export const DEMO_DEPARTMENT_DETAILS: DemoDepartmentDetails[] = [
  {
    code: 'STC',
    address: {
      vi: 'Số 9 Hùng Vương, phường Phú Lợi, tỉnh Sóc Trăng',
      en: 'No. 9 Hung Vuong Street, Phu Loi Ward, Soc Trang Province',
    },
    contacts: [CONTACT_STC_KHOA, CONTACT_STC_NGOC],
  },
  {
    code: 'BQLKCN',
    address: {
      vi: 'Số 62 Lê Duẩn, phường Sóc Trăng, tỉnh Sóc Trăng',
      en: 'No. 62 Le Duan Street, Soc Trang Ward, Soc Trang Province',
    },
    contacts: [CONTACT_BQLKCN_THINH, CONTACT_BQLKCN_LOAN],
  },
  {
    code: 'SCT',
    address: {
      vi: 'Số 18 Trần Hưng Đạo, phường Phú Lợi, tỉnh Sóc Trăng',
      en: 'No. 18 Tran Hung Dao Street, Phu Loi Ward, Soc Trang Province',
    },
    contacts: [CONTACT_SCT_PHUC, CONTACT_SCT_SANG],
  },
  {
    code: 'SNNMT',
    address: {
      vi: 'Số 6 Châu Văn Tiếp, phường Phú Lợi, tỉnh Sóc Trăng',
      en: 'No. 6 Chau Van Tiep Street, Phu Loi Ward, Soc Trang Province',
    },
    contacts: [CONTACT_SNNMT_MY, CONTACT_SNNMT_LUC],
  },
  {
    code: 'SKHCN',
    address: {
      vi: 'Số 22 Mạc Đĩnh Chi, phường Phú Lợi, tỉnh Sóc Trăng',
      en: 'No. 22 Mac Dinh Chi Street, Phu Loi Ward, Soc Trang Province',
    },
    contacts: [CONTACT_SKHCN_TRI],
  },
  {
    code: 'SVHTTDL',
    address: { vi: 'Số 14 Lê Lợi, phường Phú Lợi, tỉnh Sóc Trăng', en: null },
    contacts: [CONTACT_SVHTTDL_NHUNG, CONTACT_SVHTTDL_TAM],
  },
  {
    code: 'XTRANDE',
    address: {
      vi: 'Quốc lộ Nam Sông Hậu, ấp Chợ, xã Trần Đề, tỉnh Sóc Trăng',
      en: 'Nam Song Hau National Highway, Cho Hamlet, Tran De Commune, Soc Trang Province',
    },
    contacts: [CONTACT_XTRANDE_HAI],
  },
  {
    code: 'TTXTDT',
    address: {
      vi: 'Tầng 3, số 9 Hùng Vương, phường Phú Lợi, tỉnh Sóc Trăng',
      en: '3rd floor, No. 9 Hung Vuong Street, Phu Loi Ward, Soc Trang Province',
    },
    contacts: [CONTACT_TTXTDT_HAN, CONTACT_TTXTDT_PHIA],
  },
];

export const DEMO_POLICIES: DemoPolicy[] = [
  {
    code: 'POL-LDT-2020',
    slug: 'luat-dau-tu-2020',
    title: {
      vi: 'Luật Đầu tư số 61/2020/QH14 – khung ưu đãi và hỗ trợ đầu tư',
      en: 'Law on Investment No. 61/2020/QH14 – investment incentives and support',
    },
    summary: {
      vi: 'Quy định các hình thức ưu đãi đầu tư (thuế thu nhập doanh nghiệp, thuế nhập khẩu, tiền thuê đất, tiền sử dụng đất, khấu hao nhanh), đối tượng được hưởng và các hình thức hỗ trợ đầu tư; áp dụng cho mọi dự án trên địa bàn tỉnh.',
      en: 'Sets out the forms of investment incentives (corporate income tax, import duty, land rent, land use fees, accelerated depreciation), who qualifies for them and the forms of investment support; applies to every project in the province.',
    },
    body: {
      vi:
        '<h3>Hình thức ưu đãi đầu tư (Điều 15)</h3>' +
        '<ul>' +
        '<li>Thuế suất thuế thu nhập doanh nghiệp thấp hơn mức thông thường có thời hạn hoặc trong toàn bộ thời gian thực hiện dự án; miễn, giảm thuế thu nhập doanh nghiệp.</li>' +
        '<li>Miễn thuế nhập khẩu đối với hàng hóa nhập khẩu để tạo tài sản cố định; nguyên liệu, vật tư, linh kiện để thực hiện dự án.</li>' +
        '<li>Miễn, giảm tiền thuê đất, tiền sử dụng đất, thuế sử dụng đất.</li>' +
        '<li>Khấu hao nhanh, tăng mức chi phí được trừ khi tính thu nhập chịu thuế.</li></ul>' +
        '<h3>Đối tượng được hưởng ưu đãi (Điều 16)</h3>' +
        '<p>Dự án thuộc ngành, nghề ưu đãi hoặc đặc biệt ưu đãi đầu tư; dự án tại địa bàn ưu đãi đầu tư; dự án có vốn từ <strong>6.000 tỷ đồng</strong> trở lên, giải ngân tối thiểu 6.000 tỷ đồng trong 3 năm và đạt doanh thu từ 10.000 tỷ đồng/năm hoặc sử dụng trên 3.000 lao động; dự án ở nông thôn sử dụng từ 500 lao động trở lên; doanh nghiệp công nghệ cao, doanh nghiệp khoa học và công nghệ.</p>' +
        '<p>Nhà đầu tư tự xác định ưu đãi và làm thủ tục hưởng ưu đãi tại cơ quan thuế, hải quan, tài chính. Văn bản gốc: <a href="https://vbpl.vn">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a>.</p>',
      en:
        '<h3>Forms of incentives (Article 15)</h3>' +
        '<ul>' +
        '<li>A corporate income tax rate below the standard rate, for a fixed period or for the whole life of the project; corporate income tax exemptions and reductions.</li>' +
        '<li>Import duty exemption for goods imported to form fixed assets, and for raw materials, supplies and components used by the project.</li>' +
        '<li>Exemption from or reduction of land rent, land use fees and land use tax.</li>' +
        '<li>Accelerated depreciation and higher deductible expenses when computing taxable income.</li></ul>' +
        '<h3>Who qualifies (Article 16)</h3>' +
        '<p>Projects in incentivised or specially incentivised sectors; projects in incentivised areas; projects of <strong>VND 6,000 billion</strong> or more that disburse at least VND 6,000 billion within 3 years and reach revenue of VND 10,000 billion a year or employ more than 3,000 workers; rural projects employing 500 or more workers; high-tech and science-and-technology enterprises.</p>' +
        '<p>Investors determine their own incentives and claim them with the tax, customs and finance authorities. Official text: <a href="https://vbpl.vn">National Database of Legal Documents</a>.</p>',
    },
    legalBasis: {
      number: '61/2020/QH14',
      issuer: { vi: 'Quốc hội', en: 'National Assembly' },
      date: '2020-06-17',
    },
    validFrom: '2021-01-01',
    validTo: null,
    incentiveTypes: ['corporate_income_tax', 'import_duty', 'land_rent', 'land_use_fee', 'investment_support'],
    sectorCodes: ALL_SECTOR_CODES,
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND31-2021',
    slug: 'nghi-dinh-31-2021-huong-dan-luat-dau-tu',
    title: {
      vi: 'Nghị định số 31/2021/NĐ-CP quy định chi tiết Luật Đầu tư',
      en: 'Decree No. 31/2021/ND-CP detailing the Law on Investment',
    },
    summary: {
      vi: 'Ban hành Danh mục ngành, nghề ưu đãi đầu tư và Danh mục địa bàn ưu đãi đầu tư; hướng dẫn thủ tục chấp thuận chủ trương đầu tư và áp dụng ưu đãi.',
      en: 'Issues the lists of incentivised sectors and incentivised areas, and details the procedures for investment policy approval and for applying incentives.',
    },
    body: {
      vi:
        '<p>Nghị định xác định cụ thể các ngành, nghề được ưu đãi hoặc đặc biệt ưu đãi đầu tư, trong đó có sản xuất năng lượng tái tạo, năng lượng sạch; nuôi trồng, chế biến nông sản, thủy sản; đầu tư kinh doanh hạ tầng khu công nghiệp; xây dựng cảng biển, trung tâm logistics; giáo dục, y tế.</p>' +
        '<ul>' +
        '<li>Dự án thuộc ngành, nghề ưu đãi tại địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn được hưởng mức ưu đãi như ngành, nghề đặc biệt ưu đãi.</li>' +
        '<li>Dự án đầu tư mở rộng được hưởng ưu đãi cho phần mở rộng nếu đáp ứng điều kiện.</li>' +
        '<li>Nhà đầu tư tự xác định ưu đãi căn cứ ngành, nghề và địa bàn, không cần văn bản xác nhận riêng.</li></ul>' +
        '<p>Sau sắp xếp đơn vị hành chính năm 2025, nhà đầu tư cần đối chiếu địa bàn dự án với tên xã, phường cũ trong danh mục địa bàn ưu đãi.</p>',
      en:
        '<p>The decree specifies the incentivised and specially incentivised sectors, including renewable and clean energy; aquaculture and agricultural and seafood processing; industrial park infrastructure; seaports and logistics centres; education and health care.</p>' +
        '<ul>' +
        '<li>An incentivised-sector project located in an area with extremely difficult socio-economic conditions receives the same incentives as a specially incentivised sector.</li>' +
        '<li>Expansion projects receive incentives for the expanded part when they meet the conditions.</li>' +
        '<li>Investors determine their incentives from the sector and location themselves; no separate confirmation is required.</li></ul>' +
        '<p>After the 2025 administrative reorganisation, investors should match the project location against the former commune and district names used in the list of incentivised areas.</p>',
    },
    legalBasis: {
      number: '31/2021/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2021-03-26',
    },
    validFrom: '2021-03-26',
    validTo: null,
    incentiveTypes: ['corporate_income_tax', 'import_duty', 'land_rent', 'land_use_fee', 'other'],
    sectorCodes: ALL_SECTOR_CODES,
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-LTNDN-2008',
    slug: 'luat-thue-thu-nhap-doanh-nghiep-2008',
    title: {
      vi: 'Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12 (sửa đổi, bổ sung)',
      en: 'Law on Corporate Income Tax No. 14/2008/QH12 (as amended)',
    },
    summary: {
      vi: 'Thuế suất phổ thông 20%; thuế suất ưu đãi 10% trong 15 năm, miễn thuế 4 năm và giảm 50% trong 9 năm tiếp theo cho dự án mới tại địa bàn đặc biệt khó khăn và lĩnh vực ưu đãi. Luật được thay thế bởi Luật số 67/2025/QH15 từ ngày 01/10/2025.',
      en: 'Standard rate 20%; a 10% rate for 15 years, a 4-year exemption and a 50% reduction for the following 9 years for new projects in extremely difficult areas and incentivised sectors. Replaced by Law No. 67/2025/QH15 from 1 October 2025.',
    },
    body: {
      vi:
        '<h3>Thuế suất ưu đãi</h3>' +
        '<ul>' +
        '<li><strong>10% trong 15 năm</strong>: dự án đầu tư mới tại địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn, khu kinh tế, khu công nghệ cao; dự án sản xuất năng lượng tái tạo, năng lượng sạch; đầu tư cảng biển, nhà máy nước, nhà máy điện.</li>' +
        '<li><strong>10% trong suốt thời gian hoạt động</strong>: thu nhập từ giáo dục – đào tạo, dạy nghề, y tế, văn hóa, thể thao, môi trường.</li>' +
        '<li><strong>17% trong 10 năm</strong>: dự án đầu tư mới tại địa bàn có điều kiện kinh tế – xã hội khó khăn.</li></ul>' +
        '<h3>Miễn, giảm thuế</h3>' +
        '<ul>' +
        '<li>Miễn thuế 4 năm, giảm 50% trong 9 năm tiếp theo cho dự án hưởng thuế suất 10% nêu trên.</li>' +
        '<li>Miễn thuế 2 năm, giảm 50% trong 4 năm tiếp theo cho dự án tại địa bàn khó khăn và dự án trong khu công nghiệp.</li>' +
        '<li>Miễn thuế đối với thu nhập từ trồng trọt, nuôi trồng, chế biến nông sản, thủy sản tại địa bàn đặc biệt khó khăn.</li></ul>' +
        '<p><em>Lưu ý: Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 có hiệu lực từ ngày 01/10/2025; ưu đãi đang hưởng được xử lý theo quy định chuyển tiếp của luật mới.</em></p>',
      en:
        '<h3>Preferential rates</h3>' +
        '<ul>' +
        '<li><strong>10% for 15 years</strong>: new projects in areas with extremely difficult socio-economic conditions, economic zones and high-tech parks; renewable and clean energy production; seaports, water plants and power plants.</li>' +
        '<li><strong>10% for the whole operating life</strong>: income from education and training, vocational training, health care, culture, sport and the environment.</li>' +
        '<li><strong>17% for 10 years</strong>: new projects in areas with difficult socio-economic conditions.</li></ul>' +
        '<h3>Exemptions and reductions</h3>' +
        '<ul>' +
        '<li>4 years of exemption followed by a 50% reduction for 9 years for projects entitled to the 10% rate above.</li>' +
        '<li>2 years of exemption followed by a 50% reduction for 4 years for projects in difficult areas and in industrial parks.</li>' +
        '<li>Income from cultivation, aquaculture and agricultural or seafood processing in extremely difficult areas is exempt.</li></ul>' +
        '<p><em>Note: the Law on Corporate Income Tax No. 67/2025/QH15 takes effect on 1 October 2025; incentives already granted are handled under its transitional provisions.</em></p>',
    },
    legalBasis: {
      number: '14/2008/QH12',
      issuer: { vi: 'Quốc hội', en: 'National Assembly' },
      date: '2008-06-03',
    },
    validFrom: '2009-01-01',
    validTo: '2025-09-30',
    incentiveTypes: ['corporate_income_tax'],
    sectorCodes: ALL_SECTOR_CODES,
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND218-2013',
    slug: 'nghi-dinh-218-2013-thue-thu-nhap-doanh-nghiep',
    title: {
      vi: 'Nghị định số 218/2013/NĐ-CP quy định chi tiết Luật Thuế thu nhập doanh nghiệp',
      en: 'Decree No. 218/2013/ND-CP detailing the Law on Corporate Income Tax',
    },
    summary: {
      vi: 'Hướng dẫn điều kiện, thời điểm bắt đầu tính và thủ tục hưởng ưu đãi thuế thu nhập doanh nghiệp, kể cả cho dự án đầu tư mở rộng.',
      en: 'Explains the conditions, starting point and procedure for corporate income tax incentives, including for expansion projects.',
    },
    body: {
      vi:
        '<ul>' +
        '<li>Thời gian áp dụng thuế suất ưu đãi tính liên tục từ năm đầu tiên có doanh thu từ dự án.</li>' +
        '<li>Thời gian miễn, giảm thuế tính từ năm đầu tiên có thu nhập chịu thuế; nếu 3 năm đầu chưa có thu nhập chịu thuế thì tính từ năm thứ tư có doanh thu.</li>' +
        '<li>Dự án quy mô lớn, công nghệ cao hoặc mới cần đặc biệt thu hút có thể được kéo dài thời gian áp dụng thuế suất 10% nhưng tổng thời gian không quá 30 năm.</li></ul>' +
        '<p>Doanh nghiệp phải hạch toán riêng thu nhập từ hoạt động được ưu đãi. Nghị định áp dụng cùng Luật số 14/2008/QH12; đối với kỳ tính thuế sau ngày 01/10/2025 cần đối chiếu văn bản hướng dẫn Luật số 67/2025/QH15.</p>',
      en:
        '<ul>' +
        '<li>The preferential rate runs continuously from the first year in which the project earns revenue.</li>' +
        '<li>Exemption and reduction periods start from the first year with taxable income; if there is none in the first 3 years, they start from the fourth year of revenue.</li>' +
        '<li>Large, high-tech or otherwise strategic projects may have the 10% rate extended, for no more than 30 years in total.</li></ul>' +
        '<p>Income from incentivised activities must be accounted for separately. The decree applies together with Law No. 14/2008/QH12; for tax periods after 1 October 2025, check the regulations implementing Law No. 67/2025/QH15.</p>',
    },
    legalBasis: {
      number: '218/2013/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2013-12-26',
    },
    validFrom: '2014-02-15',
    validTo: null,
    incentiveTypes: ['corporate_income_tax'],
    sectorCodes: ALL_SECTOR_CODES,
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-LXNK-2016',
    slug: 'luat-thue-xuat-khau-thue-nhap-khau-2016',
    title: {
      vi: 'Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13',
      en: 'Law on Import and Export Duties No. 107/2016/QH13',
    },
    summary: {
      vi: 'Miễn thuế nhập khẩu cho máy móc, thiết bị tạo tài sản cố định của dự án ưu đãi và cho nguyên liệu, vật tư trong nước chưa sản xuất được trong 5 năm đầu.',
      en: 'Import duty exemption for machinery and equipment forming the fixed assets of incentivised projects, and for raw materials not made in Vietnam during the first 5 years of production.',
    },
    body: {
      vi:
        '<ul>' +
        '<li>Miễn thuế nhập khẩu đối với hàng hóa nhập khẩu để tạo tài sản cố định của dự án thuộc ngành, nghề hoặc địa bàn ưu đãi đầu tư: máy móc, thiết bị, phương tiện vận tải chuyên dùng, vật tư xây dựng trong nước chưa sản xuất được.</li>' +
        '<li>Miễn thuế trong <strong>5 năm</strong> kể từ khi bắt đầu sản xuất đối với nguyên liệu, vật tư, linh kiện trong nước chưa sản xuất được của dự án thuộc ngành, nghề đặc biệt ưu đãi đầu tư hoặc tại địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn.</li></ul>' +
        '<p>Áp dụng cho cả dự án đầu tư mở rộng và thay thế, đổi mới công nghệ. Thiết bị tua-bin gió, tấm pin và dây chuyền chế biến thủy sản nhập khẩu thường thuộc diện được xem xét miễn thuế.</p>',
      en:
        '<ul>' +
        '<li>Import duty exemption for goods imported to form the fixed assets of projects in incentivised sectors or areas: machinery, equipment, specialised vehicles and construction materials not yet made in Vietnam.</li>' +
        '<li>Exemption for <strong>5 years</strong> from the start of production for raw materials, supplies and components not made in Vietnam, for projects in specially incentivised sectors or in extremely difficult areas.</li></ul>' +
        '<p>Also applies to expansion projects and technology upgrades. Imported wind turbines, solar panels and seafood processing lines are typically eligible.</p>',
    },
    legalBasis: {
      number: '107/2016/QH13',
      issuer: { vi: 'Quốc hội', en: 'National Assembly' },
      date: '2016-04-06',
    },
    validFrom: '2016-09-01',
    validTo: null,
    incentiveTypes: ['import_duty'],
    sectorCodes: [
      'wind-power',
      'solar-power',
      'seafood-processing',
      'industrial-park',
      'seaport-logistics',
      'agriculture',
      'health',
    ],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND134-2016',
    slug: 'nghi-dinh-134-2016-thue-xuat-nhap-khau',
    title: {
      vi: 'Nghị định số 134/2016/NĐ-CP hướng dẫn Luật Thuế xuất khẩu, thuế nhập khẩu',
      en: 'Decree No. 134/2016/ND-CP implementing the Law on Import and Export Duties',
    },
    summary: {
      vi: 'Hướng dẫn hồ sơ, thủ tục miễn thuế nhập khẩu cho dự án đầu tư, trong đó có việc thông báo Danh mục hàng hóa miễn thuế với cơ quan hải quan; đã được sửa đổi bởi Nghị định số 18/2021/NĐ-CP.',
      en: null,
    },
    body: {
      vi:
        '<p>Trước khi nhập khẩu lô hàng đầu tiên, chủ dự án thông báo <strong>Danh mục hàng hóa miễn thuế</strong> với cơ quan hải quan nơi thực hiện dự án thông qua hệ thống xử lý dữ liệu điện tử hải quan.</p>' +
        '<ul>' +
        '<li>Danh mục được điều chỉnh khi dự án thay đổi quy mô, công suất hoặc khi có sai sót trong thông báo.</li>' +
        '<li>Hàng hóa miễn thuế phải được sử dụng đúng mục đích; nếu chuyển nhượng hoặc thay đổi mục đích phải kê khai, nộp thuế.</li></ul>' +
        '<p>Nghị định được sửa đổi, bổ sung bởi Nghị định số 18/2021/NĐ-CP ngày 11/3/2021.</p>',
      en: null,
    },
    legalBasis: {
      number: '134/2016/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2016-09-01',
    },
    validFrom: '2016-09-01',
    validTo: null,
    incentiveTypes: ['import_duty'],
    sectorCodes: ['wind-power', 'solar-power', 'seafood-processing', 'industrial-park', 'seaport-logistics'],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND57-2018',
    slug: 'nghi-dinh-57-2018-uu-dai-dau-tu-nong-nghiep',
    title: {
      vi: 'Nghị định số 57/2018/NĐ-CP về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn',
      en: 'Decree No. 57/2018/ND-CP on incentives for enterprises investing in agriculture and rural areas',
    },
    summary: {
      vi: 'Miễn, giảm tiền sử dụng đất và tiền thuê đất, hỗ trợ tập trung đất đai, đào tạo và hạ tầng cho dự án nông nghiệp đặc biệt ưu đãi, ưu đãi và khuyến khích đầu tư.',
      en: 'Land use fee and land rent exemptions and support for land consolidation, training and infrastructure for specially incentivised, incentivised and encouraged agricultural projects.',
    },
    body: {
      vi:
        '<h3>Ưu đãi về đất đai</h3>' +
        '<ul>' +
        '<li>Dự án nông nghiệp đặc biệt ưu đãi đầu tư được miễn tiền sử dụng đất khi được Nhà nước giao đất và miễn tiền thuê đất, thuê mặt nước.</li>' +
        '<li>Dự án nông nghiệp ưu đãi đầu tư được miễn tiền thuê đất 15 năm đầu; dự án khuyến khích đầu tư được miễn 11 năm đầu kể từ khi hoàn thành xây dựng.</li>' +
        '<li>Doanh nghiệp thuê đất của hộ gia đình, cá nhân để hình thành vùng nguyên liệu được hỗ trợ tương đương <strong>20% tiền thuê đất trong 5 năm đầu</strong>.</li></ul>' +
        '<h3>Hỗ trợ đầu tư</h3>' +
        '<p>Hỗ trợ một phần chi phí đào tạo nguồn nhân lực, phát triển thị trường, áp dụng khoa học công nghệ và xây dựng hạ tầng (điện, nước, giao thông, xử lý chất thải) cho cơ sở chế biến nông sản, thủy sản. Khoản hỗ trợ được giải ngân sau đầu tư, khi hạng mục hoàn thành.</p>',
      en:
        '<h3>Land incentives</h3>' +
        '<ul>' +
        '<li>Specially incentivised agricultural projects are exempt from land use fees when land is allocated, and from land and water-surface rent.</li>' +
        '<li>Incentivised agricultural projects are exempt from land rent for the first 15 years, and encouraged projects for the first 11 years, from completion of construction.</li>' +
        '<li>Enterprises renting land from households to build a raw-material area receive support equal to <strong>20% of the land rent for the first 5 years</strong>.</li></ul>' +
        '<h3>Investment support</h3>' +
        '<p>Partial support for training, market development, technology adoption and infrastructure (power, water, roads, waste treatment) for agricultural and seafood processing facilities. Support is paid after investment, once each item is completed.</p>',
    },
    legalBasis: {
      number: '57/2018/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2018-04-17',
    },
    validFrom: '2018-04-17',
    validTo: null,
    incentiveTypes: ['land_rent', 'land_use_fee', 'investment_support', 'training', 'infrastructure'],
    sectorCodes: ['agriculture', 'aquaculture', 'seafood-processing'],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND35-2022',
    slug: 'nghi-dinh-35-2022-khu-cong-nghiep-khu-kinh-te',
    title: {
      vi: 'Nghị định số 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế',
      en: 'Decree No. 35/2022/ND-CP on the management of industrial parks and economic zones',
    },
    summary: {
      vi: 'Quy định điều kiện đầu tư hạ tầng khu công nghiệp, mô hình khu công nghiệp sinh thái, chuyên ngành và ưu đãi cho doanh nghiệp trong khu công nghiệp.',
      en: 'Sets the conditions for investing in industrial park infrastructure, the eco-industrial and specialised park models, and incentives for enterprises located in industrial parks.',
    },
    body: {
      vi:
        '<ul>' +
        '<li>Khu công nghiệp là địa bàn ưu đãi đầu tư; dự án sản xuất trong khu công nghiệp được miễn thuế thu nhập doanh nghiệp 2 năm và giảm 50% trong 4 năm tiếp theo theo pháp luật thuế.</li>' +
        '<li>Nhà đầu tư hạ tầng phải có vốn chủ sở hữu không thấp hơn 20% tổng vốn đầu tư dự án.</li>' +
        '<li>Việc thành lập hoặc mở rộng khu công nghiệp mới gắn với tỷ lệ lấp đầy bình quân của các khu công nghiệp hiện có trên địa bàn tỉnh.</li></ul>' +
        '<p>Khu công nghiệp sinh thái và doanh nghiệp sinh thái được ưu tiên tiếp cận vốn tín dụng ưu đãi, hỗ trợ kỹ thuật và quảng bá. Ban Quản lý các khu công nghiệp tỉnh thực hiện thủ tục đầu tư theo cơ chế một cửa.</p>',
      en:
        '<ul>' +
        '<li>Industrial parks are incentivised areas; manufacturing projects inside them get a 2-year corporate income tax exemption followed by a 50% reduction for 4 years under tax law.</li>' +
        '<li>Infrastructure developers must hold equity of at least 20% of the total project capital.</li>' +
        '<li>New parks and extensions depend on the average occupancy of the existing parks in the province.</li></ul>' +
        '<p>Eco-industrial parks and eco-enterprises receive priority access to preferential credit, technical support and promotion. The Provincial Industrial Zones Management Board handles investment procedures through a single window.</p>',
    },
    legalBasis: {
      number: '35/2022/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2022-05-28',
    },
    validFrom: '2022-07-15',
    validTo: null,
    incentiveTypes: ['corporate_income_tax', 'infrastructure', 'credit', 'other'],
    sectorCodes: ['industrial-park', 'seafood-processing', 'seaport-logistics', 'solar-power'],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND103-2024',
    slug: 'nghi-dinh-103-2024-tien-su-dung-dat-tien-thue-dat',
    title: {
      vi: 'Nghị định số 103/2024/NĐ-CP quy định về tiền sử dụng đất, tiền thuê đất',
      en: 'Decree No. 103/2024/ND-CP on land use fees and land rent',
    },
    summary: {
      vi: 'Quy định cách tính và các trường hợp miễn, giảm tiền sử dụng đất, tiền thuê đất, thuê mặt nước theo Luật Đất đai năm 2024.',
      en: 'Sets how land use fees, land rent and water-surface rent are calculated, and when they are exempted or reduced, under the 2024 Law on Land.',
    },
    body: {
      vi:
        '<ul>' +
        '<li>Miễn tiền thuê đất trong thời gian xây dựng cơ bản theo dự án được duyệt, tối đa <strong>3 năm</strong>.</li>' +
        '<li>Sau thời gian xây dựng cơ bản, miễn tiền thuê đất <strong>7, 11 hoặc 15 năm</strong> tùy lĩnh vực ưu đãi và địa bàn thực hiện dự án.</li>' +
        '<li>Miễn tiền thuê đất cho toàn bộ thời gian thuê đối với dự án thuộc lĩnh vực đặc biệt ưu đãi đầu tư tại địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn.</li></ul>' +
        '<p>Đơn giá thuê đất hằng năm được xác định theo bảng giá đất và hệ số do Ủy ban nhân dân tỉnh quy định. Hồ sơ miễn, giảm nộp cùng hồ sơ xác định nghĩa vụ tài chính về đất đai.</p>',
      en:
        '<ul>' +
        '<li>Land rent is waived during the construction period of the approved project, for at most <strong>3 years</strong>.</li>' +
        '<li>After construction, land rent is waived for <strong>7, 11 or 15 years</strong> depending on the incentivised sector and the project location.</li>' +
        '<li>Projects in specially incentivised sectors in extremely difficult areas are exempt for the whole lease term.</li></ul>' +
        "<p>Annual rent is based on the land price table and the coefficients issued by the Provincial People's Committee. Exemption requests are filed together with the land financial obligation dossier.</p>",
    },
    legalBasis: {
      number: '103/2024/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2024-07-30',
    },
    validFrom: '2024-08-01',
    validTo: null,
    incentiveTypes: ['land_rent', 'land_use_fee'],
    sectorCodes: ALL_SECTOR_CODES,
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-LDD-2024',
    slug: 'luat-dat-dai-2024',
    title: { vi: 'Luật Đất đai số 31/2024/QH15', en: 'Law on Land No. 31/2024/QH15' },
    summary: {
      vi: 'Quy định giao đất, cho thuê đất thông qua đấu giá quyền sử dụng đất, đấu thầu lựa chọn nhà đầu tư hoặc thỏa thuận; nguyên tắc miễn, giảm tiền sử dụng đất và tiền thuê đất.',
      en: 'Governs land allocation and lease through land-use right auctions, competitive investor selection or negotiated agreements, and the principles for land fee and rent exemptions.',
    },
    body: {
      vi:
        '<ul>' +
        '<li>Đất cho dự án được giao, cho thuê thông qua <strong>đấu giá quyền sử dụng đất</strong>, <strong>đấu thầu lựa chọn nhà đầu tư</strong> hoặc nhà đầu tư thỏa thuận nhận quyền sử dụng đất.</li>' +
        '<li>Miễn, giảm tiền sử dụng đất, tiền thuê đất cho dự án thuộc lĩnh vực, địa bàn ưu đãi đầu tư; dự án xã hội hóa giáo dục, y tế, văn hóa, thể thao, môi trường.</li>' +
        '<li>Bảng giá đất được ban hành và điều chỉnh hằng năm, áp dụng từ ngày 01/01.</li></ul>' +
        '<p>Tổ chức kinh tế thuê đất trả tiền hằng năm được thế chấp tài sản gắn liền với đất; thuê đất trả tiền một lần chỉ áp dụng cho các trường hợp luật quy định.</p>',
      en:
        '<ul>' +
        '<li>Land for projects is allocated or leased through a <strong>land-use right auction</strong>, <strong>competitive investor selection</strong> or a negotiated transfer of land-use rights.</li>' +
        '<li>Land use fees and rent are exempted or reduced for projects in incentivised sectors and areas, and for private education, health, culture, sport and environmental projects.</li>' +
        '<li>Land price tables are issued and adjusted every year, applying from 1 January.</li></ul>' +
        '<p>Enterprises paying annual rent may mortgage the assets attached to the land; one-off rent payment is limited to the cases listed in the law.</p>',
    },
    legalBasis: {
      number: '31/2024/QH15',
      issuer: { vi: 'Quốc hội', en: 'National Assembly' },
      date: '2024-01-18',
    },
    validFrom: '2024-08-01',
    validTo: null,
    incentiveTypes: ['land_use_fee', 'land_rent', 'other'],
    sectorCodes: ALL_SECTOR_CODES,
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-LPPP-2020',
    slug: 'luat-dau-tu-theo-phuong-thuc-doi-tac-cong-tu-2020',
    title: {
      vi: 'Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14',
      en: 'Law on Investment in the Form of Public-Private Partnership No. 64/2020/QH14',
    },
    summary: {
      vi: 'Khung pháp lý cho dự án PPP trong giao thông, năng lượng, thủy lợi, cấp thoát nước, xử lý chất thải, y tế, giáo dục và hạ tầng công nghệ thông tin; phần vốn nhà nước không quá 50% tổng mức đầu tư.',
      en: 'Legal framework for PPP projects in transport, energy, irrigation, water and wastewater, waste treatment, health, education and IT infrastructure; the state share may not exceed 50% of total investment.',
    },
    body: {
      vi:
        '<h3>Lĩnh vực và quy mô</h3>' +
        '<p>Giao thông vận tải; lưới điện, nhà máy điện; thủy lợi, cung cấp nước sạch, thoát nước và xử lý nước thải, xử lý chất thải; y tế; giáo dục – đào tạo; hạ tầng công nghệ thông tin. Theo luật năm 2020, quy mô tối thiểu là 200 tỷ đồng, riêng y tế và giáo dục – đào tạo là 100 tỷ đồng.</p>' +
        '<h3>Cơ chế bảo đảm</h3>' +
        '<ul>' +
        '<li>Vốn nhà nước hỗ trợ xây dựng công trình, hệ thống hạ tầng không quá 50% tổng mức đầu tư.</li>' +
        '<li>Chia sẻ phần tăng, giảm doanh thu: khi doanh thu thực tế cao hơn 125% phương án tài chính, nhà đầu tư chia sẻ 50% phần chênh lệch; khi thấp hơn 75%, Nhà nước chia sẻ 50% phần thiếu hụt (áp dụng cho dự án BOT, BTO, BOO).</li>' +
        '<li>Các loại hợp đồng: BOT, BTO, BOO, O&amp;M, BTL, BLT và hợp đồng hỗn hợp.</li></ul>',
      en:
        '<h3>Sectors and scale</h3>' +
        '<p>Transport; power grids and power plants; irrigation, clean water supply, drainage and wastewater, waste treatment; health care; education and training; IT infrastructure. Under the 2020 law the minimum size is VND 200 billion, or VND 100 billion for health and education.</p>' +
        '<h3>Guarantees</h3>' +
        '<ul>' +
        '<li>State capital for building the works may not exceed 50% of total investment.</li>' +
        '<li>Revenue sharing: when actual revenue exceeds 125% of the financial plan the investor shares 50% of the excess; when it falls below 75%, the State covers 50% of the shortfall (BOT, BTO and BOO projects).</li>' +
        '<li>Contract types: BOT, BTO, BOO, O&amp;M, BTL, BLT and mixed contracts.</li></ul>',
    },
    legalBasis: {
      number: '64/2020/QH14',
      issuer: { vi: 'Quốc hội', en: 'National Assembly' },
      date: '2020-06-18',
    },
    validFrom: '2021-01-01',
    validTo: null,
    incentiveTypes: ['investment_support', 'infrastructure', 'other'],
    sectorCodes: [
      'seaport-logistics',
      'wind-power',
      'solar-power',
      'education',
      'health',
      'urban-development',
      'trade-services',
    ],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-ND182-2024',
    slug: 'nghi-dinh-182-2024-quy-ho-tro-dau-tu',
    title: {
      vi: 'Nghị định số 182/2024/NĐ-CP về thành lập, quản lý và sử dụng Quỹ Hỗ trợ đầu tư',
      en: 'Decree No. 182/2024/ND-CP on the establishment, management and use of the Investment Support Fund',
    },
    summary: {
      vi: 'Quỹ Hỗ trợ đầu tư, hình thành chủ yếu từ nguồn thu thuế tối thiểu toàn cầu, hỗ trợ bằng tiền cho doanh nghiệp công nghệ cao, dự án sản xuất sản phẩm công nghệ cao và trung tâm nghiên cứu – phát triển quy mô lớn.',
      en: 'The Investment Support Fund, financed mainly from global minimum tax revenue, pays cash support to high-tech enterprises, high-tech manufacturing projects and large research and development centres.',
    },
    body: {
      vi:
        '<p>Các chi phí được hỗ trợ gồm: đào tạo và phát triển nguồn nhân lực; nghiên cứu và phát triển; đầu tư tạo tài sản cố định; sản xuất sản phẩm công nghệ cao; xây dựng công trình hạ tầng xã hội phục vụ người lao động.</p>' +
        '<ul>' +
        '<li>Điều kiện hỗ trợ gắn với ngưỡng vốn đầu tư hoặc doanh thu rất lớn; mức hỗ trợ được xác định theo tỷ lệ trên chi phí thực tế.</li>' +
        '<li>Khoản hỗ trợ được chi trả hằng năm sau khi cơ quan có thẩm quyền thẩm định hồ sơ.</li></ul>' +
        '<p>Tại Sóc Trăng, chính sách phù hợp với dự án chế biến sâu thủy sản ứng dụng công nghệ cao hoặc dự án sản xuất thiết bị năng lượng quy mô lớn. Liên hệ Sở Tài chính để được tư vấn sơ bộ về điều kiện.</p>',
      en:
        '<p>Eligible costs: workforce training and development; research and development; investment in fixed assets; high-tech production; and social infrastructure for employees.</p>' +
        '<ul>' +
        '<li>Eligibility depends on very large investment or revenue thresholds; support is a percentage of the actual costs incurred.</li>' +
        '<li>Support is paid annually after the competent authority has reviewed the application.</li></ul>' +
        '<p>In Soc Trang, the fund is relevant to high-tech deep seafood processing and to large energy-equipment manufacturing. Contact the Department of Finance for a preliminary eligibility check.</p>',
    },
    legalBasis: {
      number: '182/2024/NĐ-CP',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      date: '2024-12-31',
    },
    validFrom: '2024-12-31',
    validTo: null,
    incentiveTypes: ['investment_support', 'training'],
    sectorCodes: ['seafood-processing', 'industrial-park', 'wind-power', 'solar-power'],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-NQHDND-NN-2023',
    slug: 'nghi-quyet-hdnd-tinh-ho-tro-dau-tu-nong-nghiep',
    title: {
      vi: 'Nghị quyết của HĐND tỉnh về chính sách hỗ trợ đầu tư vào nông nghiệp, nông thôn',
      en: "Provincial People's Council resolution on support for investment in agriculture and rural areas",
    },
    summary: {
      vi: 'VÍ DỤ MINH HỌA CHO BẢN DEMO – không phải văn bản pháp luật thật. Mô phỏng chính sách hỗ trợ bổ sung của tỉnh cho dự án liên kết sản xuất lúa ST25, tôm nước lợ và trái cây, áp dụng cùng Nghị định số 57/2018/NĐ-CP.',
      en: null,
    },
    body: {
      vi:
        '<p><em>Nội dung dưới đây là ví dụ minh họa, dùng để trình diễn cổng thông tin.</em></p>' +
        '<ul>' +
        '<li>Hỗ trợ 50% chi phí chứng nhận VietGAP, GlobalGAP hoặc ASC cho vùng nguyên liệu liên kết, tối đa 500 triệu đồng/dự án.</li>' +
        '<li>Hỗ trợ lãi suất vay thương mại trong 3 năm đầu cho dự án kho lạnh, sấy, sơ chế nông sản, thủy sản.</li>' +
        '<li>Hỗ trợ xây dựng đường nội đồng, trạm bơm, điện ba pha đến hàng rào dự án có vùng nguyên liệu từ 100 ha trở lên.</li></ul>' +
        '<p>Hồ sơ đề nghị hỗ trợ nộp tại Sở Nông nghiệp và Môi trường.</p>',
      en: null,
    },
    legalBasis: {
      number: '18/2023/NQ-HĐND',
      issuer: { vi: 'Hội đồng nhân dân tỉnh Sóc Trăng', en: "Soc Trang Provincial People's Council" },
      date: '2023-07-12',
    },
    validFrom: '2023-08-01',
    validTo: '2027-12-31',
    incentiveTypes: ['investment_support', 'credit', 'training', 'infrastructure'],
    sectorCodes: ['agriculture', 'aquaculture'],
    unitCodes: [],
    status: 'published',
  },
  {
    code: 'POL-NQHDND-KCN-2025',
    slug: 'du-thao-nghi-quyet-hdnd-ho-tro-ha-tang-khu-cum-cong-nghiep',
    title: {
      vi: 'Dự thảo Nghị quyết của HĐND tỉnh về hỗ trợ đầu tư hạ tầng khu, cụm công nghiệp',
      en: "Draft Provincial People's Council resolution on support for industrial park and cluster infrastructure",
    },
    summary: {
      vi: 'Ví dụ minh họa cho bản demo: dự thảo đang lấy ý kiến, đề xuất hỗ trợ hạ tầng ngoài hàng rào và xử lý nước thải cho khu, cụm công nghiệp tại Trần Đề, An Ninh, Đại Ngãi và Kế Sách.',
      en: 'Demo example: a draft under consultation proposing support for off-site infrastructure and wastewater treatment at the industrial parks and clusters in Tran De, An Ninh, Dai Ngai and Ke Sach.',
    },
    body: {
      vi:
        '<p><em>Dự thảo minh họa – chưa được thông qua, chưa có hiệu lực.</em></p>' +
        '<ul>' +
        '<li>Tỉnh đầu tư đường giao thông, cấp điện, cấp nước đến hàng rào khu, cụm công nghiệp.</li>' +
        '<li>Hỗ trợ tối đa 30% chi phí xây dựng trạm xử lý nước thải tập trung, không quá 15 tỷ đồng/cụm công nghiệp.</li>' +
        '<li>Hỗ trợ chi phí đào tạo lao động địa phương cho doanh nghiệp thứ cấp tuyển dụng từ 100 lao động trở lên.</li></ul>',
      en:
        '<p><em>Demo draft – not adopted and not in force.</em></p>' +
        '<ul>' +
        '<li>The province builds the roads, power and water supply up to the park or cluster boundary.</li>' +
        '<li>Support of up to 30% of the cost of a central wastewater treatment plant, capped at VND 15 billion per industrial cluster.</li>' +
        '<li>Training support for tenant companies hiring 100 or more local workers.</li></ul>',
    },
    legalBasis: {
      number: 'xx/2025/NQ-HĐND',
      issuer: { vi: 'Hội đồng nhân dân tỉnh Sóc Trăng', en: "Soc Trang Provincial People's Council" },
      date: '2025-09-15',
    },
    validFrom: null,
    validTo: null,
    incentiveTypes: ['infrastructure', 'investment_support', 'training'],
    sectorCodes: ['industrial-park', 'seafood-processing'],
    unitCodes: ['xa-tran-de', 'xa-an-ninh', 'xa-dai-ngai', 'xa-ke-sach'],
    status: 'draft',
  },
];

export const DEMO_PROJECTS: DemoProject[] = [
  {
    code: 'ST-WP-01',
    slug: 'dien-gio-ven-bien-vinh-chau-giai-doan-3',
    departmentCode: 'SCT',
    sectorCodes: ['wind-power'],
    unitCode: 'phuong-vinh-chau',
    investmentFormCode: 'investor-selection',
    title: {
      vi: 'Nhà máy điện gió ven biển Vĩnh Châu – giai đoạn 3',
      en: 'Vinh Chau Nearshore Wind Farm – Phase 3',
    },
    summary: {
      vi: 'Kêu gọi nhà đầu tư phát triển nhà máy điện gió gần bờ công suất 120 MW trên bãi bồi ven biển phường Vĩnh Châu.',
      en: 'Seeking an investor to develop a 120 MW nearshore wind farm on the tidal flats off Vinh Chau Ward.',
    },
    description: {
      vi: 'Dự án nằm trên vùng bãi bồi ngập triều cách bờ 1–4 km, tốc độ gió trung bình ở độ cao 100 m khoảng 6,5–7 m/s. Khu vực đã có các nhà máy điện gió giai đoạn 1 và 2 vận hành, thuận lợi cho việc dùng chung đường dây và trạm biến áp. Nhà đầu tư được lựa chọn qua đấu thầu, cần có kinh nghiệm thi công móng trụ trên nền đất yếu vùng triều.',
      en: 'The site lies on intertidal flats 1–4 km offshore, with mean wind speeds of about 6.5–7 m/s at 100 m. Phase 1 and 2 wind farms already operate nearby, so lines and substations can be shared. The investor will be chosen by competitive bidding and needs experience building turbine foundations on soft tidal ground.',
    },
    location: { lat: 9.285, lng: 105.965 },
    landPlot: null,
    areaHa: 350,
    capitalVnd: '3600000000000',
    landStatus: {
      vi: 'Vùng biển và bãi bồi thuộc quy hoạch phát triển điện lực, chưa giao cho tổ chức nào; nhà đầu tư thuê mặt nước sau khi được lựa chọn.',
      en: 'Sea area and tidal flats earmarked in the power development plan and not yet allocated; the selected investor will lease the water surface.',
    },
    infrastructure: {
      vi: 'Trạm biến áp 110 kV Vĩnh Châu cách khoảng 6 km; đường ven biển và cầu dẫn công vụ của giai đoạn 2 có thể dùng chung.',
      en: 'Vinh Chau 110 kV substation about 6 km away; the coastal road and the Phase 2 service trestle can be shared.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; khởi công: 2027; vận hành thương mại: 2029.',
      en: 'Investor selection: 2026; construction start: 2027; commercial operation: 2029.',
    },
    objectives: {
      vi: 'Bổ sung 120 MW điện sạch, giảm khoảng 220.000 tấn CO₂ mỗi năm và tạo nguồn thu ngân sách ổn định.',
      en: 'Add 120 MW of clean power, avoid about 220,000 tonnes of CO₂ a year and provide stable public revenue.',
    },
    contact: CONTACT_SCT_SANG,
    status: 'published',
    lastVerifiedDaysAgo: 24,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008', 'POL-ND103-2024'],
  },
  {
    code: 'ST-WP-02',
    slug: 'dien-gio-ngoai-khoi-tran-de-500mw',
    departmentCode: 'SCT',
    sectorCodes: ['wind-power'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Dự án điện gió ngoài khơi Trần Đề 500 MW', en: 'Tran De Offshore Wind Project, 500 MW' },
    summary: {
      vi: 'Đề xuất dự án điện gió ngoài khơi 500 MW tại vùng biển phía đông cửa Trần Đề, đang chờ rà soát quy hoạch không gian biển.',
      en: 'Proposed 500 MW offshore wind project in the sea east of the Tran De estuary, pending review against the marine spatial plan.',
    },
    description: {
      vi: 'Vùng biển dự kiến có độ sâu 8–15 m, tốc độ gió trung bình trên 7 m/s ở độ cao 120 m. Cần khảo sát đo gió, địa chất và đánh giá tác động đến luồng hàng hải vào cảng Trần Đề. Hồ sơ đang ở giai đoạn chuẩn bị nội bộ, chưa công bố.',
      en: 'The planned area has water depths of 8–15 m and mean wind speeds above 7 m/s at 120 m. Wind measurement, geotechnical surveys and an assessment of the impact on the Tran De port channel are needed. The file is still being prepared internally and has not been published.',
    },
    location: { lat: 9.43, lng: 106.285 },
    landPlot: null,
    areaHa: 2000,
    capitalVnd: '27500000000000',
    landStatus: {
      vi: 'Khu vực biển chưa được giao; cần thủ tục giao khu vực biển để khảo sát trước khi quyết định đầu tư.',
      en: 'Sea area not yet allocated; a sea-area allocation for surveying is needed before any investment decision.',
    },
    infrastructure: {
      vi: 'Đấu nối dự kiến về trạm 220 kV Trần Đề theo quy hoạch; cảng Trần Đề có thể làm cảng hậu cần thi công.',
      en: 'Grid connection planned at the future Tran De 220 kV substation; Tran De port could serve as the construction base.',
    },
    timeline: {
      vi: 'Khảo sát, đo gió: 2026–2027; báo cáo nghiên cứu tiền khả thi: 2028.',
      en: 'Surveys and wind measurement: 2026–2027; pre-feasibility study: 2028.',
    },
    objectives: {
      vi: 'Khai thác tiềm năng gió ngoài khơi và hình thành chuỗi dịch vụ hậu cần năng lượng tại Trần Đề.',
      en: 'Tap offshore wind potential and build an energy logistics service chain at Tran De.',
    },
    contact: CONTACT_SCT_PHUC,
    status: 'draft',
    lastVerifiedDaysAgo: 9,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008', 'POL-LXNK-2016'],
  },
  {
    code: 'ST-WP-03',
    slug: 'dien-gio-gan-bo-khanh-hoa-vinh-chau-60mw',
    departmentCode: 'SCT',
    sectorCodes: ['wind-power'],
    unitCode: 'phuong-khanh-hoa',
    investmentFormCode: 'direct',
    title: {
      vi: 'Nhà máy điện gió gần bờ Khánh Hòa (Vĩnh Châu) 60 MW',
      en: 'Khanh Hoa (Vinh Chau) Nearshore Wind Farm, 60 MW',
    },
    summary: {
      vi: 'Dự án điện gió 60 MW trên bãi bồi phường Khánh Hòa, đã có trong quy hoạch điện lực, tìm nhà đầu tư có năng lực tài chính.',
      en: 'A 60 MW wind farm on the Khanh Hoa Ward tidal flats, already in the power plan, looking for a financially strong investor.',
    },
    description: {
      vi: 'Dự án gồm khoảng 10 tua-bin công suất 6 MW, bố trí thành hai hàng song song với bờ biển. Số liệu đo gió 24 tháng của dự án lân cận được cung cấp cho nhà đầu tư quan tâm. Tỉnh hỗ trợ thủ tục giao khu vực biển và thỏa thuận đấu nối.',
      en: 'The project comprises about ten 6 MW turbines in two rows parallel to the shore. Twenty-four months of wind data from a neighbouring project are available to interested investors. The province will assist with the sea-area allocation and grid connection agreement.',
    },
    location: { lat: 9.318, lng: 106.05 },
    landPlot: null,
    areaHa: 180,
    capitalVnd: '1800000000000',
    landStatus: {
      vi: 'Bãi bồi ven biển do Nhà nước quản lý, chưa giao, không có dân cư sinh sống.',
      en: 'State-managed coastal tidal flats, not yet allocated and uninhabited.',
    },
    infrastructure: {
      vi: 'Đường tỉnh 935 chạy dọc bờ; trạm biến áp 110 kV Vĩnh Châu cách khoảng 9 km.',
      en: 'Provincial road 935 runs along the coast; Vinh Chau 110 kV substation is about 9 km away.',
    },
    timeline: {
      vi: 'Chấp thuận chủ trương đầu tư: quý III/2026; vận hành thương mại: quý IV/2028.',
      en: 'Investment policy approval: Q3 2026; commercial operation: Q4 2028.',
    },
    objectives: {
      vi: 'Tăng tỷ trọng năng lượng tái tạo của tỉnh, tạo việc làm cho lao động ven biển trong giai đoạn thi công.',
      en: 'Raise the share of renewable energy in the province and create jobs for coastal workers during construction.',
    },
    contact: CONTACT_SCT_SANG,
    status: 'published',
    lastVerifiedDaysAgo: 37,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008', 'POL-LXNK-2016'],
  },
  {
    code: 'ST-WP-04',
    slug: 'dien-gio-vinh-hai-100mw',
    departmentCode: 'SCT',
    sectorCodes: ['wind-power'],
    unitCode: 'xa-vinh-hai',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Nhà máy điện gió Vĩnh Hải 100 MW', en: 'Vinh Hai Wind Farm, 100 MW' },
    summary: {
      vi: 'Kêu gọi đầu tư nhà máy điện gió 100 MW tại vùng bãi bồi xã Vĩnh Hải, gần cửa sông Mỹ Thanh.',
      en: 'Call for investment in a 100 MW wind farm on the Vinh Hai tidal flats near the My Thanh river mouth.',
    },
    description: {
      vi: 'Vĩnh Hải là khu vực có tốc độ gió tốt nhất dải ven biển của tỉnh. Dự án cần đầu tư tuyến đường dây 110 kV mạch kép khoảng 15 km để giải tỏa công suất. Nhà đầu tư được lựa chọn theo hình thức đấu thầu.',
      en: "Vinh Hai has the best wind resource on the province's coast. A double-circuit 110 kV line of about 15 km is needed to evacuate the power. The investor will be selected by competitive bidding.",
    },
    location: { lat: 9.375, lng: 106.16 },
    landPlot: null,
    areaHa: 260,
    capitalVnd: '3050000000000',
    landStatus: {
      vi: 'Bãi bồi chưa giao; một phần diện tích nuôi nghêu của hợp tác xã cần thỏa thuận bồi hoàn.',
      en: 'Tidal flats not yet allocated; part of the area is used by a clam-farming cooperative and requires compensation.',
    },
    infrastructure: {
      vi: 'Đường tỉnh 935 đến trung tâm xã; chưa có lưới 110 kV tại chỗ.',
      en: 'Provincial road 935 reaches the commune centre; no 110 kV grid on site yet.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; vận hành: 2029.',
      en: 'Investor selection: 2026; operation: 2029.',
    },
    objectives: {
      vi: 'Bổ sung 100 MW điện gió và kết hợp cải tạo hạ tầng giao thông ven biển xã Vĩnh Hải.',
      en: 'Add 100 MW of wind power and upgrade the coastal roads of Vinh Hai Commune.',
    },
    contact: CONTACT_SCT_SANG,
    status: 'published',
    lastVerifiedDaysAgo: 212,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008', 'POL-ND103-2024'],
  },
  {
    code: 'ST-WP-05',
    slug: 'dien-gio-lich-hoi-thuong-50mw',
    departmentCode: 'SCT',
    sectorCodes: ['wind-power'],
    unitCode: 'xa-lich-hoi-thuong',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Nhà máy điện gió Lịch Hội Thượng 50 MW', en: 'Lich Hoi Thuong Wind Farm, 50 MW' },
    summary: {
      vi: 'Dự án điện gió 50 MW đã lựa chọn được nhà đầu tư; thông tin được giữ lại để tham khảo.',
      en: 'A 50 MW wind farm for which an investor has been selected; the listing is kept for reference.',
    },
    description: {
      vi: 'Dự án nằm trên bãi bồi phía nam cửa Trần Đề, gồm 8 tua-bin. Kết quả lựa chọn nhà đầu tư đã được công bố; nhà đầu tư đang hoàn thiện thủ tục giao khu vực biển.',
      en: 'The project lies on the tidal flats south of the Tran De estuary and comprises 8 turbines. The investor selection result has been announced; the investor is completing the sea-area allocation.',
    },
    location: { lat: 9.455, lng: 106.205 },
    landPlot: null,
    areaHa: 120,
    capitalVnd: '1550000000000',
    landStatus: {
      vi: 'Đang làm thủ tục giao khu vực biển cho nhà đầu tư trúng thầu.',
      en: 'Sea-area allocation to the winning investor in progress.',
    },
    infrastructure: {
      vi: 'Đấu nối vào trạm 110 kV Trần Đề, khoảng 11 km.',
      en: 'Connection to the Tran De 110 kV substation, about 11 km.',
    },
    timeline: { vi: 'Khởi công: 2026; vận hành: 2028.', en: 'Construction start: 2026; operation: 2028.' },
    objectives: {
      vi: 'Bổ sung nguồn điện tái tạo cho khu vực Trần Đề.',
      en: 'Add renewable generation to the Tran De area.',
    },
    contact: CONTACT_SCT_PHUC,
    status: 'awarded',
    lastVerifiedDaysAgo: 20,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008'],
  },
  {
    code: 'ST-SP-01',
    slug: 'dien-mat-troi-mai-nha-kcn-an-nghiep',
    departmentCode: 'SCT',
    sectorCodes: ['solar-power', 'industrial-park'],
    unitCode: 'xa-an-ninh',
    investmentFormCode: 'direct',
    title: {
      vi: 'Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ tại KCN An Nghiệp',
      en: 'Self-consumption Rooftop Solar at An Nghiep Industrial Park',
    },
    summary: {
      vi: 'Kêu gọi nhà đầu tư lắp đặt khoảng 30 MWp điện mặt trời trên mái nhà xưởng, bán điện trực tiếp cho doanh nghiệp trong khu công nghiệp.',
      en: 'Seeking an investor to install about 30 MWp of solar on factory roofs and sell the power directly to tenants of the industrial park.',
    },
    description: {
      vi: 'Khoảng 25 ha mái nhà xưởng của các doanh nghiệp chế biến thủy sản, may mặc có nhu cầu điện ban ngày lớn. Nhà đầu tư ký hợp đồng thuê mái và mua bán điện với từng doanh nghiệp. Ban Quản lý các khu công nghiệp hỗ trợ kết nối doanh nghiệp và kiểm tra an toàn kết cấu mái.',
      en: 'About 25 ha of roof space on seafood and garment factories with large daytime demand. The investor signs roof-lease and power-purchase agreements with each company. The Industrial Zones Management Board helps connect the parties and check roof structures.',
    },
    location: { lat: 9.648, lng: 105.935 },
    landPlot: null,
    areaHa: 25,
    capitalVnd: '450000000000',
    landStatus: {
      vi: 'Mái nhà xưởng thuộc sở hữu của các doanh nghiệp thứ cấp; không phát sinh nhu cầu đất.',
      en: 'Roofs belong to the tenant companies; no land is required.',
    },
    infrastructure: {
      vi: 'Lưới trung thế 22 kV nội khu; trạm biến áp 110 kV An Nghiệp trong khu công nghiệp.',
      en: '22 kV internal distribution grid; An Nghiep 110 kV substation inside the park.',
    },
    timeline: {
      vi: 'Lắp đặt theo từng đợt từ 2026, hoàn thành 2027.',
      en: 'Phased installation from 2026, complete in 2027.',
    },
    objectives: {
      vi: 'Giảm chi phí điện cho doanh nghiệp và giúp hàng xuất khẩu đáp ứng yêu cầu giảm phát thải.',
      en: "Lower power costs for tenants and help exporters meet buyers' emission requirements.",
    },
    contact: CONTACT_SCT_SANG,
    status: 'published',
    lastVerifiedDaysAgo: 15,
    policyCodes: ['POL-LDT-2020', 'POL-ND35-2022'],
  },
  {
    code: 'ST-SP-02',
    slug: 'dien-mat-troi-ket-hop-nuoi-tom-vinh-chau',
    departmentCode: 'SCT',
    sectorCodes: ['solar-power', 'aquaculture'],
    unitCode: 'phuong-vinh-chau',
    investmentFormCode: 'joint-venture',
    title: {
      vi: 'Điện mặt trời kết hợp nuôi tôm Vĩnh Châu 50 MWp',
      en: 'Vinh Chau Solar-Shrimp Farm, 50 MWp',
    },
    summary: {
      vi: 'Mô hình lắp pin mặt trời trên ao nuôi tôm, liên doanh giữa nhà đầu tư năng lượng và hợp tác xã nuôi tôm.',
      en: 'Solar panels mounted over shrimp ponds, as a joint venture between an energy investor and a shrimp-farming cooperative.',
    },
    description: {
      vi: 'Giàn pin đặt trên ao nuôi tôm thẻ chân trắng giúp giảm nhiệt độ nước và hạn chế tảo phát triển. Hợp tác xã góp quyền sử dụng đất ao nuôi, nhà đầu tư góp vốn và công nghệ. Điện ưu tiên cấp cho máy sục khí, phần dư bán lên lưới theo cơ chế hiện hành.',
      en: 'Panels over whiteleg shrimp ponds lower water temperature and curb algae. The cooperative contributes the pond land-use rights; the investor brings capital and technology. Power is used first by the pond aerators, with surplus sold to the grid under the rules in force.',
    },
    location: { lat: 9.345, lng: 105.96 },
    landPlot: [
      [105.962898, 9.348085],
      [105.958334, 9.35024],
      [105.955474, 9.344221],
      [105.95844, 9.340036],
      [105.963887, 9.342858],
      [105.962898, 9.348085],
    ],
    areaHa: 70,
    capitalVnd: '1100000000000',
    landStatus: {
      vi: 'Đất nuôi trồng thủy sản của hộ dân trong hợp tác xã, đã có giấy chứng nhận quyền sử dụng đất.',
      en: 'Aquaculture land of cooperative members, with land-use right certificates.',
    },
    infrastructure: {
      vi: 'Đường nhựa liên ấp; lưới 22 kV dọc kênh cấp nước; trạm 110 kV Vĩnh Châu cách 4 km.',
      en: 'Paved inter-hamlet road; 22 kV line along the supply canal; Vinh Chau 110 kV substation 4 km away.',
    },
    timeline: {
      vi: 'Thí điểm 5 MWp: 2026; mở rộng toàn bộ: 2027–2028.',
      en: 'Pilot of 5 MWp: 2026; full build-out: 2027–2028.',
    },
    objectives: {
      vi: 'Tăng thu nhập trên cùng diện tích ao nuôi và giảm chi phí điện cho người nuôi tôm.',
      en: 'Earn more from the same pond area and cut electricity costs for shrimp farmers.',
    },
    contact: CONTACT_SCT_PHUC,
    status: 'published',
    lastVerifiedDaysAgo: 42,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008', 'POL-ND103-2024'],
  },
  {
    code: 'ST-SP-03',
    slug: 'he-thong-luu-tru-dien-bess-tran-de',
    departmentCode: 'SCT',
    sectorCodes: ['solar-power', 'wind-power'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'direct',
    title: {
      vi: 'Hệ thống lưu trữ điện bằng pin (BESS) Trần Đề 50 MW/200 MWh',
      en: 'Tran De Battery Energy Storage System (BESS), 50 MW/200 MWh',
    },
    summary: {
      vi: 'Hồ sơ kêu gọi đầu tư hệ thống pin lưu trữ đặt cạnh trạm biến áp, hỗ trợ điều tiết công suất các nhà máy điện gió ven biển.',
      en: 'Call for investment in a battery storage system next to the substation, to balance the output of the coastal wind farms.',
    },
    description: {
      vi: 'Hệ thống gồm các container pin lithium sắt phốt phát, thời gian xả 4 giờ. Dự án giúp giảm cắt giảm công suất điện gió vào giờ thấp điểm và cung cấp dịch vụ điều tần cho lưới.',
      en: 'The system consists of lithium iron phosphate battery containers with 4 hours of discharge. It will reduce wind curtailment at off-peak times and provide frequency regulation to the grid.',
    },
    location: { lat: 9.505, lng: 106.175 },
    landPlot: [
      [106.176179, 9.505327],
      [106.175072, 9.506007],
      [106.174156, 9.505788],
      [106.174095, 9.504617],
      [106.174814, 9.503931],
      [106.175789, 9.504493],
      [106.176179, 9.505327],
    ],
    areaHa: 3,
    capitalVnd: '1450000000000',
    landStatus: {
      vi: 'Khu đất 3 ha do Nhà nước quản lý, cạnh trạm biến áp 110 kV Trần Đề.',
      en: 'A 3 ha state-managed plot next to the Tran De 110 kV substation.',
    },
    infrastructure: {
      vi: 'Đấu nối trực tiếp thanh cái 110 kV; đường Nam Sông Hậu cách 500 m.',
      en: 'Direct connection to the 110 kV busbar; the Nam Song Hau road is 500 m away.',
    },
    timeline: { vi: 'Thẩm định hồ sơ: 2026; vận hành: 2027.', en: 'File review: 2026; operation: 2027.' },
    objectives: {
      vi: 'Tăng khả năng hấp thụ năng lượng tái tạo của lưới điện khu vực ven biển.',
      en: "Increase the coastal grid's capacity to absorb renewable energy.",
    },
    contact: CONTACT_SCT_SANG,
    status: 'submitted',
    lastVerifiedDaysAgo: 6,
    policyCodes: ['POL-LDT-2020', 'POL-LXNK-2016'],
  },
  {
    code: 'ST-AQ-01',
    slug: 'vung-nuoi-tom-cong-nghe-cao-vinh-chau',
    departmentCode: 'SNNMT',
    sectorCodes: ['aquaculture'],
    unitCode: 'phuong-vinh-chau',
    investmentFormCode: 'direct',
    title: {
      vi: 'Vùng nuôi tôm siêu thâm canh ứng dụng công nghệ cao Vĩnh Châu',
      en: 'Vinh Chau High-tech Super-intensive Shrimp Farming Zone',
    },
    summary: {
      vi: 'Kêu gọi đầu tư vùng nuôi tôm thẻ chân trắng siêu thâm canh 300 ha với hệ thống xử lý nước tuần hoàn.',
      en: 'Call for investment in a 300 ha super-intensive whiteleg shrimp zone with recirculating water treatment.',
    },
    description: {
      vi: 'Vĩnh Châu là vùng nuôi tôm nước lợ lớn nhất tỉnh, có nguồn nước mặn ổn định quanh năm. Dự án gồm ao lót bạt, nhà màng, hệ thống lắng lọc và xử lý nước thải đạt chuẩn trước khi xả ra biển. Nhà đầu tư được ưu tiên liên kết tiêu thụ với các nhà máy chế biến trong tỉnh.',
      en: "Vinh Chau is the province's largest brackish-water shrimp area, with stable saline water all year. The project includes lined ponds, greenhouses, settling and filtration systems and wastewater treatment before discharge to the sea. Investors that contract sales with processing plants in the province will be given priority.",
    },
    location: { lat: 9.31, lng: 105.93 },
    landPlot: null,
    areaHa: 300,
    capitalVnd: '1200000000000',
    landStatus: {
      vi: 'Đất nuôi trồng thủy sản của hộ dân; nhà đầu tư thuê hoặc nhận góp vốn bằng quyền sử dụng đất.',
      en: 'Household aquaculture land; the investor rents it or receives it as a capital contribution.',
    },
    infrastructure: {
      vi: 'Kênh cấp nước mặn và đê bao đã có; lưới điện 22 kV đến vùng nuôi.',
      en: 'Saltwater supply canal and dykes in place; 22 kV power reaches the farming area.',
    },
    timeline: {
      vi: 'Tích tụ đất: 2026; vận hành 100 ha đầu tiên: 2027.',
      en: 'Land consolidation: 2026; first 100 ha in operation: 2027.',
    },
    objectives: {
      vi: 'Nâng năng suất lên trên 40 tấn/ha/vụ, giảm dịch bệnh và ô nhiễm môi trường.',
      en: 'Raise yields above 40 tonnes per hectare per crop while reducing disease and pollution.',
    },
    contact: CONTACT_SNNMT_LUC,
    status: 'published',
    lastVerifiedDaysAgo: 18,
    policyCodes: ['POL-ND57-2018', 'POL-NQHDND-NN-2023', 'POL-LDD-2024'],
  },
  {
    code: 'ST-AQ-02',
    slug: 'trai-tom-giong-sach-benh-tran-de',
    departmentCode: 'SNNMT',
    sectorCodes: ['aquaculture'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'direct',
    title: { vi: 'Trại sản xuất tôm giống sạch bệnh Trần Đề', en: 'Tran De Disease-free Shrimp Hatchery' },
    summary: {
      vi: 'Kêu gọi đầu tư trại sản xuất tôm giống sạch bệnh công suất 2 tỷ con/năm phục vụ vùng nuôi ven biển.',
      en: 'Call for investment in a disease-free shrimp hatchery producing 2 billion post-larvae a year for coastal farms.',
    },
    description: {
      vi: 'Người nuôi trong tỉnh hiện phải mua phần lớn tôm giống từ các tỉnh miền Trung. Dự án gồm khu nuôi tôm bố mẹ, ương ấu trùng và phòng xét nghiệm PCR. Vị trí gần cửa Trần Đề bảo đảm nguồn nước biển có độ mặn ổn định.',
      en: 'Farmers in the province currently buy most of their post-larvae from central Vietnam. The project includes broodstock units, larval rearing tanks and a PCR laboratory. The site near the Tran De estuary has seawater of stable salinity.',
    },
    location: { lat: 9.498, lng: 106.188 },
    landPlot: [
      [106.189875, 9.499355],
      [106.186804, 9.500341],
      [106.186121, 9.49678],
      [106.189259, 9.495863],
      [106.189875, 9.499355],
    ],
    areaHa: 15,
    capitalVnd: '320000000000',
    landStatus: {
      vi: 'Đất công do xã quản lý, đã giải phóng mặt bằng, sẵn sàng cho thuê.',
      en: 'Public land managed by the commune, already cleared and ready to lease.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu cách 1 km; điện 22 kV đến ranh dự án.',
      en: 'Nam Song Hau road 1 km away; 22 kV power at the site boundary.',
    },
    timeline: {
      vi: 'Xây dựng: 2026; sản xuất lứa giống đầu tiên: 2027.',
      en: 'Construction: 2026; first batch of post-larvae: 2027.',
    },
    objectives: {
      vi: 'Cung cấp tôm giống chất lượng tại chỗ, giảm rủi ro dịch bệnh cho người nuôi.',
      en: 'Supply quality post-larvae locally and reduce disease risk for farmers.',
    },
    contact: CONTACT_SNNMT_LUC,
    status: 'published',
    lastVerifiedDaysAgo: 27,
    policyCodes: ['POL-ND57-2018', 'POL-NQHDND-NN-2023'],
  },
  {
    code: 'ST-AQ-03',
    slug: 'nuoi-tom-sinh-thai-duoi-tan-rung-cu-lao-dung',
    departmentCode: 'SNNMT',
    sectorCodes: ['aquaculture', 'agriculture'],
    unitCode: 'xa-cu-lao-dung',
    investmentFormCode: 'joint-venture',
    title: {
      vi: 'Nuôi tôm sinh thái dưới tán rừng ngập mặn Cù Lao Dung',
      en: 'Cu Lao Dung Mangrove-Shrimp Organic Farming',
    },
    summary: {
      vi: 'Liên kết với hộ dân nuôi tôm quảng canh dưới tán rừng ngập mặn theo hướng chứng nhận hữu cơ, phục vụ xuất khẩu.',
      en: null,
    },
    description: {
      vi: 'Vùng rừng ngập mặn phía nam Cù Lao Dung có điều kiện nuôi tôm sú quảng canh không dùng thức ăn công nghiệp. Nhà đầu tư hỗ trợ giống, kỹ thuật và chi phí chứng nhận, bao tiêu toàn bộ sản lượng. Mô hình kết hợp bảo vệ rừng phòng hộ ven biển.',
      en: null,
    },
    location: { lat: 9.575, lng: 106.235 },
    landPlot: null,
    areaHa: 450,
    capitalVnd: '180000000000',
    landStatus: {
      vi: 'Đất rừng phòng hộ giao khoán cho hộ dân; diện tích nuôi không vượt tỷ lệ cho phép trong rừng.',
      en: null,
    },
    infrastructure: {
      vi: 'Đường giao thông nông thôn đến ấp; vận chuyển chủ yếu bằng đường thủy.',
      en: null,
    },
    timeline: { vi: 'Ký kết liên kết: 2026; cấp chứng nhận hữu cơ: 2027.', en: null },
    objectives: { vi: 'Nâng giá trị tôm sinh thái và tăng thu nhập cho hộ giữ rừng.', en: null },
    contact: CONTACT_SNNMT_MY,
    status: 'published',
    lastVerifiedDaysAgo: 33,
    policyCodes: ['POL-ND57-2018', 'POL-NQHDND-NN-2023'],
  },
  {
    code: 'ST-AQ-04',
    slug: 'vung-nuoi-tom-tuan-hoan-ras-long-phu',
    departmentCode: 'SNNMT',
    sectorCodes: ['aquaculture'],
    unitCode: 'xa-long-phu',
    investmentFormCode: 'direct',
    title: {
      vi: 'Vùng nuôi tôm ứng dụng công nghệ tuần hoàn (RAS) Long Phú',
      en: 'Long Phu Recirculating Aquaculture System (RAS) Shrimp Zone',
    },
    summary: {
      vi: 'Đề xuất vùng nuôi tôm RAS 80 ha; hồ sơ bị trả lại do chồng lấn quy hoạch vùng lúa.',
      en: 'Proposal for an 80 ha RAS shrimp zone; returned because it overlaps the rice-growing zone in the land-use plan.',
    },
    description: {
      vi: 'Khu đất đề xuất nằm trong vùng chuyên canh lúa hai vụ đã được quy hoạch. Đơn vị đề xuất cần chọn lại vị trí trong vùng nuôi trồng thủy sản nước lợ.',
      en: 'The proposed site lies inside a planned double-cropping rice area. The proposing unit must choose another site within the brackish-water aquaculture zone.',
    },
    location: { lat: 9.6, lng: 106.14 },
    landPlot: null,
    areaHa: 80,
    capitalVnd: '650000000000',
    landStatus: {
      vi: 'Đất trồng lúa, chưa được chuyển mục đích.',
      en: 'Rice land; change of use not approved.',
    },
    infrastructure: {
      vi: 'Đường huyện cũ và lưới điện 22 kV.',
      en: 'Former district road and 22 kV power line.',
    },
    timeline: { vi: 'Không áp dụng.', en: 'Not applicable.' },
    objectives: {
      vi: 'Phát triển nuôi tôm tuần hoàn tiết kiệm nước.',
      en: 'Develop water-saving recirculating shrimp farming.',
    },
    contact: CONTACT_SNNMT_LUC,
    status: 'rejected',
    lastVerifiedDaysAgo: 41,
    policyCodes: ['POL-ND57-2018'],
  },
  {
    code: 'ST-SF-01',
    slug: 'nha-may-che-bien-tom-xuat-khau-kcn-an-nghiep',
    departmentCode: 'BQLKCN',
    sectorCodes: ['seafood-processing'],
    unitCode: 'xa-an-ninh',
    investmentFormCode: 'direct',
    title: {
      vi: 'Nhà máy chế biến tôm xuất khẩu tại KCN An Nghiệp',
      en: 'Export Shrimp Processing Plant, An Nghiep Industrial Park',
    },
    summary: {
      vi: 'Lô đất 12 ha sẵn hạ tầng trong KCN An Nghiệp dành cho nhà máy chế biến tôm giá trị gia tăng công suất 30.000 tấn/năm.',
      en: 'A 12 ha serviced plot in An Nghiep Industrial Park for a value-added shrimp processing plant of 30,000 tonnes a year.',
    },
    description: {
      vi: 'Sóc Trăng có sản lượng tôm nuôi trên 200.000 tấn/năm, bảo đảm nguồn nguyên liệu ổn định. Lô đất đã san lấp, có đường nội khu, điện, nước và đấu nối với nhà máy xử lý nước thải tập trung. Khu công nghiệp cách Quốc lộ 1 khoảng 1 km và cách cảng Cần Thơ khoảng 60 km.',
      en: 'Soc Trang farms over 200,000 tonnes of shrimp a year, ensuring a stable supply of raw material. The plot is levelled, with internal roads, power, water and a connection to the central wastewater plant. The park is about 1 km from National Highway 1 and about 60 km from Can Tho port.',
    },
    location: { lat: 9.642, lng: 105.932 },
    landPlot: [
      [105.934114, 9.642484],
      [105.931958, 9.643828],
      [105.930071, 9.64268],
      [105.931101, 9.640498],
      [105.933141, 9.640027],
      [105.934114, 9.642484],
    ],
    areaHa: 12,
    capitalVnd: '850000000000',
    landStatus: {
      vi: 'Đất khu công nghiệp đã giải phóng mặt bằng, cho thuê lại theo thời hạn còn lại của khu công nghiệp.',
      en: 'Cleared industrial land, subleased for the remaining term of the industrial park.',
    },
    infrastructure: {
      vi: 'Trạm 110 kV trong khu; nhà máy nước 5.000 m³/ngày; xử lý nước thải tập trung 4.000 m³/ngày.',
      en: '110 kV substation on site; 5,000 m³/day water plant; 4,000 m³/day central wastewater treatment.',
    },
    timeline: {
      vi: 'Ký hợp đồng thuê đất và xây dựng: 2026; vận hành: 2027.',
      en: 'Lease and construction: 2026; operation: 2027.',
    },
    objectives: {
      vi: 'Tăng tỷ lệ chế biến sâu, tạo khoảng 1.500 việc làm.',
      en: 'Raise the share of deep processing and create about 1,500 jobs.',
    },
    contact: CONTACT_BQLKCN_LOAN,
    status: 'published',
    lastVerifiedDaysAgo: 11,
    policyCodes: ['POL-LTNDN-2008', 'POL-ND35-2022', 'POL-LXNK-2016'],
  },
  {
    code: 'ST-SF-02',
    slug: 'nha-may-che-bien-thuy-san-kcn-tran-de',
    departmentCode: 'BQLKCN',
    sectorCodes: ['seafood-processing'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'direct',
    title: {
      vi: 'Nhà máy chế biến hải sản tại KCN Trần Đề',
      en: 'Seafood Processing Plant, Tran De Industrial Park',
    },
    summary: {
      vi: 'Kêu gọi nhà máy chế biến cá, mực từ nguồn khai thác của đội tàu Trần Đề, cạnh cảng cá Trần Đề.',
      en: 'Call for a fish and squid processing plant supplied by the Tran De fishing fleet, next to Tran De fishing port.',
    },
    description: {
      vi: 'Cảng cá Trần Đề tiếp nhận hàng chục nghìn tấn hải sản mỗi năm, phần lớn chỉ được sơ chế. Dự án chế biến surimi, mực khô và cá đông lạnh, kèm kho lạnh 3.000 tấn. Nhà đầu tư được hưởng ưu đãi của địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn.',
      en: 'Tran De fishing port lands tens of thousands of tonnes of seafood a year, most of it only minimally processed. The project covers surimi, dried squid and frozen fish, with 3,000 tonnes of cold storage. The investor receives the incentives for areas with extremely difficult socio-economic conditions.',
    },
    location: { lat: 9.515, lng: 106.185 },
    landPlot: null,
    areaHa: 10,
    capitalVnd: '600000000000',
    landStatus: {
      vi: 'Đất trong khu công nghiệp Trần Đề, đã có quyết định thu hồi, đang hoàn thiện san lấp.',
      en: 'Land inside Tran De Industrial Park; acquisition decided, levelling being completed.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu; điện 22 kV; cấp nước tạm từ hệ thống của xã.',
      en: 'Nam Song Hau road; 22 kV power; temporary water supply from the commune network.',
    },
    timeline: { vi: 'Giao đất: 2026; vận hành: 2028.', en: 'Land handover: 2026; operation: 2028.' },
    objectives: {
      vi: 'Nâng giá trị hải sản khai thác và ổn định đầu ra cho ngư dân.',
      en: 'Add value to the catch and secure sales for local fishers.',
    },
    contact: CONTACT_BQLKCN_THINH,
    status: 'published',
    lastVerifiedDaysAgo: 148,
    policyCodes: ['POL-LTNDN-2008', 'POL-ND35-2022'],
  },
  {
    code: 'ST-SF-03',
    slug: 'nha-may-che-bien-phu-pham-tom-vinh-chau',
    departmentCode: 'SCT',
    sectorCodes: ['seafood-processing'],
    unitCode: 'phuong-vinh-chau',
    investmentFormCode: 'direct',
    title: {
      vi: 'Nhà máy chế biến phụ phẩm tôm (chitin, chitosan) Vĩnh Châu',
      en: 'Vinh Chau Shrimp By-product (Chitin and Chitosan) Plant',
    },
    summary: {
      vi: 'Tận dụng vỏ, đầu tôm từ các cơ sở chế biến để sản xuất chitin, chitosan và bột đạm thủy phân.',
      en: null,
    },
    description: {
      vi: 'Mỗi năm các cơ sở chế biến trong tỉnh thải ra hàng chục nghìn tấn đầu, vỏ tôm. Dự án áp dụng công nghệ enzyme, giảm hóa chất so với phương pháp truyền thống. Sản phẩm dùng cho dược phẩm, thực phẩm chức năng và thức ăn thủy sản.',
      en: null,
    },
    location: { lat: 9.335, lng: 105.99 },
    landPlot: null,
    areaHa: 6,
    capitalVnd: '380000000000',
    landStatus: { vi: 'Đất cụm công nghiệp của phường, có thể thuê ngay.', en: null },
    infrastructure: { vi: 'Đường tỉnh 935; điện 22 kV; cần đầu tư trạm xử lý nước thải riêng.', en: null },
    timeline: { vi: 'Xây dựng: 2026–2027; vận hành: 2027.', en: null },
    objectives: { vi: 'Giảm chất thải, tạo chuỗi giá trị tuần hoàn cho ngành tôm.', en: null },
    contact: CONTACT_SCT_PHUC,
    status: 'published',
    lastVerifiedDaysAgo: 52,
    policyCodes: ['POL-LTNDN-2008', 'POL-ND182-2024'],
  },
  {
    code: 'ST-SF-04',
    slug: 'kho-lanh-va-che-bien-sau-thuy-san-long-phu',
    departmentCode: 'SCT',
    sectorCodes: ['seafood-processing', 'seaport-logistics'],
    unitCode: 'xa-long-phu',
    investmentFormCode: 'joint-venture',
    title: {
      vi: 'Tổ hợp kho lạnh và chế biến sâu thủy sản Long Phú',
      en: 'Long Phu Cold Storage and Deep Seafood Processing Complex',
    },
    summary: {
      vi: 'Hồ sơ liên doanh đầu tư kho lạnh 10.000 tấn kết hợp dây chuyền chế biến sâu, đang chờ thẩm định.',
      en: 'Joint-venture proposal for 10,000 tonnes of cold storage with a deep processing line, awaiting review.',
    },
    description: {
      vi: 'Tổ hợp nằm bên sông Hậu, thuận lợi nhận nguyên liệu bằng đường thủy. Kho lạnh phục vụ cả doanh nghiệp chế biến và nông sản vùng lân cận.',
      en: 'The complex sits on the Hau River, convenient for receiving raw material by water. The cold store will also serve other processors and farm produce from nearby areas.',
    },
    location: { lat: 9.615, lng: 106.125 },
    landPlot: [
      [106.126321, 9.615567],
      [106.125263, 9.616565],
      [106.123842, 9.615735],
      [106.123278, 9.614512],
      [106.124903, 9.613528],
      [106.126241, 9.613855],
      [106.126321, 9.615567],
    ],
    areaHa: 8,
    capitalVnd: '520000000000',
    landStatus: {
      vi: 'Đất của doanh nghiệp địa phương góp vốn liên doanh.',
      en: 'Land contributed by a local company as joint-venture capital.',
    },
    infrastructure: {
      vi: 'Bến thủy nội địa hiện hữu; đường tỉnh 933; điện 22 kV.',
      en: 'Existing inland-waterway wharf; provincial road 933; 22 kV power.',
    },
    timeline: { vi: 'Thẩm định: 2026; vận hành: 2027.', en: 'Review: 2026; operation: 2027.' },
    objectives: {
      vi: 'Giảm tổn thất sau thu hoạch và tăng giá trị xuất khẩu.',
      en: 'Reduce post-harvest losses and raise export value.',
    },
    contact: CONTACT_SCT_SANG,
    status: 'submitted',
    lastVerifiedDaysAgo: 8,
    policyCodes: ['POL-LTNDN-2008', 'POL-LXNK-2016'],
  },
  {
    code: 'ST-IP-01',
    slug: 'dau-tu-ha-tang-khu-cong-nghiep-tran-de',
    departmentCode: 'BQLKCN',
    sectorCodes: ['industrial-park'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'investor-selection',
    title: {
      vi: 'Đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp Trần Đề',
      en: 'Tran De Industrial Park Infrastructure Development',
    },
    summary: {
      vi: 'Lựa chọn nhà đầu tư xây dựng và kinh doanh hạ tầng KCN Trần Đề 140 ha, gắn với cảng biển Trần Đề.',
      en: 'Selecting an investor to build and operate the 140 ha Tran De Industrial Park, linked to Tran De seaport.',
    },
    description: {
      vi: 'Khu công nghiệp định hướng chế biến thủy sản, cơ khí phục vụ năng lượng gió và logistics cảng. Vị trí nằm trên tuyến đường Nam Sông Hậu, cách cửa Trần Đề khoảng 3 km. Dự án thuộc địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn, được hưởng mức ưu đãi cao nhất.',
      en: 'The park targets seafood processing, engineering for the wind industry and port logistics. It sits on the Nam Song Hau road, about 3 km from the Tran De estuary. The location is an area with extremely difficult socio-economic conditions, qualifying for the highest incentives.',
    },
    location: { lat: 9.512, lng: 106.178 },
    landPlot: [
      [106.181736, 9.518593],
      [106.171944, 9.514488],
      [106.173234, 9.504971],
      [106.184493, 9.50918],
      [106.181736, 9.518593],
    ],
    areaHa: 140,
    capitalVnd: '1900000000000',
    landStatus: {
      vi: 'Đã có quy hoạch phân khu 1/2000; khoảng 60% diện tích đã kiểm đếm, lập phương án bồi thường.',
      en: '1:2000 zoning plan approved; about 60% of the area surveyed with a compensation plan drawn up.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu; tuyến 110 kV đi qua ranh phía bắc; nguồn nước mặt sông Hậu.',
      en: 'Nam Song Hau road; a 110 kV line crosses the northern boundary; surface water from the Hau River.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; hoàn thành hạ tầng giai đoạn 1 (70 ha): 2028.',
      en: 'Investor selection: 2026; Phase 1 infrastructure (70 ha) complete: 2028.',
    },
    objectives: {
      vi: 'Tạo quỹ đất công nghiệp sạch cho vùng ven biển, thu hút khoảng 8.000 lao động.',
      en: 'Provide serviced industrial land on the coast and attract about 8,000 jobs.',
    },
    contact: CONTACT_BQLKCN_THINH,
    status: 'published',
    lastVerifiedDaysAgo: 14,
    policyCodes: ['POL-ND35-2022', 'POL-LTNDN-2008', 'POL-ND103-2024'],
  },
  {
    code: 'ST-IP-02',
    slug: 'mo-rong-khu-cong-nghiep-an-nghiep',
    departmentCode: 'BQLKCN',
    sectorCodes: ['industrial-park'],
    unitCode: 'xa-an-ninh',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Mở rộng Khu công nghiệp An Nghiệp', en: 'An Nghiep Industrial Park Expansion' },
    summary: {
      vi: 'Kêu gọi nhà đầu tư hạ tầng cho phần mở rộng 250 ha của KCN An Nghiệp, nơi tỷ lệ lấp đầy đã trên 90%.',
      en: 'Seeking an infrastructure developer for the 250 ha extension of An Nghiep Industrial Park, which is over 90% occupied.',
    },
    description: {
      vi: 'KCN An Nghiệp là khu công nghiệp chính của tỉnh, nằm cạnh Quốc lộ 1 và cách trung tâm tỉnh khoảng 7 km. Phần mở rộng ưu tiên chế biến nông, thủy sản, bao bì và công nghiệp hỗ trợ. Nhà đầu tư phải bảo đảm vốn chủ sở hữu tối thiểu 20% tổng vốn đầu tư.',
      en: "An Nghiep is the province's main industrial park, beside National Highway 1 and about 7 km from the provincial centre. The extension favours agricultural and seafood processing, packaging and supporting industries. The developer must provide equity of at least 20% of total investment.",
    },
    location: { lat: 9.655, lng: 105.925 },
    landPlot: null,
    areaHa: 250,
    capitalVnd: '3200000000000',
    landStatus: {
      vi: 'Đất nông nghiệp xen kẽ dân cư; chưa giải phóng mặt bằng.',
      en: 'Farmland interspersed with housing; not yet cleared.',
    },
    infrastructure: {
      vi: 'Kết nối hạ tầng hiện hữu của KCN: đường trục, trạm 110 kV, nhà máy xử lý nước thải.',
      en: "Connects to the existing park's spine road, 110 kV substation and wastewater plant.",
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; cho thuê đất giai đoạn 1: 2028.',
      en: 'Investor selection: 2026; first plots available: 2028.',
    },
    objectives: {
      vi: 'Đáp ứng nhu cầu mặt bằng của nhà đầu tư thứ cấp trong 10 năm tới.',
      en: 'Meet demand for industrial land from tenants over the next ten years.',
    },
    contact: CONTACT_BQLKCN_THINH,
    status: 'published',
    lastVerifiedDaysAgo: 29,
    policyCodes: ['POL-ND35-2022', 'POL-LDD-2024', 'POL-NQHDND-KCN-2025'],
  },
  {
    code: 'ST-IP-03',
    slug: 'ha-tang-cum-cong-nghiep-ke-sach',
    departmentCode: 'SCT',
    sectorCodes: ['industrial-park', 'agriculture'],
    unitCode: 'xa-ke-sach',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Hạ tầng cụm công nghiệp Kế Sách', en: 'Ke Sach Industrial Cluster Infrastructure' },
    summary: {
      vi: 'Kêu gọi đầu tư hạ tầng cụm công nghiệp 50 ha phục vụ chế biến lúa gạo, trái cây và cơ khí nông nghiệp.',
      en: 'Call for investment in a 50 ha industrial cluster for rice and fruit processing and farm machinery.',
    },
    description: {
      vi: 'Cụm công nghiệp nằm cạnh đường tỉnh 932, gần sông Hậu và ranh giới với thành phố Cần Thơ. Ưu tiên doanh nghiệp nhỏ và vừa của địa phương di dời khỏi khu dân cư. Sở Công Thương hỗ trợ thủ tục thành lập và đầu tư hạ tầng cụm.',
      en: 'The cluster lies on provincial road 932, near the Hau River and the boundary with Can Tho City. Priority goes to local small and medium enterprises relocating from residential areas. The Department of Industry and Trade assists with establishing the cluster and its infrastructure.',
    },
    location: { lat: 9.765, lng: 105.985 },
    landPlot: [
      [105.986133, 9.768384],
      [105.981857, 9.768442],
      [105.981795, 9.762817],
      [105.985564, 9.760641],
      [105.988751, 9.764715],
      [105.986133, 9.768384],
    ],
    areaHa: 50,
    capitalVnd: '480000000000',
    landStatus: {
      vi: 'Quy hoạch chi tiết 1/500 đã phê duyệt; đất nông nghiệp, cần bồi thường.',
      en: '1:500 detailed plan approved; farmland requiring compensation.',
    },
    infrastructure: {
      vi: 'Đường tỉnh 932; lưới 22 kV; cần đầu tư trạm xử lý nước thải.',
      en: 'Provincial road 932; 22 kV line; a wastewater plant is still needed.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; hoàn thành: 2028.',
      en: 'Investor selection: 2026; completion: 2028.',
    },
    objectives: {
      vi: 'Tạo mặt bằng sản xuất cho doanh nghiệp địa phương và khoảng 2.000 việc làm.',
      en: 'Provide production space for local firms and about 2,000 jobs.',
    },
    contact: CONTACT_SCT_PHUC,
    status: 'published',
    lastVerifiedDaysAgo: 61,
    policyCodes: ['POL-ND35-2022', 'POL-NQHDND-KCN-2025'],
  },
  {
    code: 'ST-IP-04',
    slug: 'khu-cong-nghiep-sinh-thai-dai-ngai',
    departmentCode: 'BQLKCN',
    sectorCodes: ['industrial-park', 'seaport-logistics'],
    unitCode: 'xa-dai-ngai',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Khu công nghiệp sinh thái Đại Ngãi', en: 'Dai Ngai Eco-industrial Park' },
    summary: {
      vi: 'Dự thảo hồ sơ kêu gọi đầu tư khu công nghiệp sinh thái 200 ha bên sông Hậu, gắn với bến cảng Đại Ngãi.',
      en: 'Draft call for investment in a 200 ha eco-industrial park on the Hau River, linked to the Dai Ngai wharf.',
    },
    description: {
      vi: 'Khu công nghiệp thiết kế theo mô hình cộng sinh công nghiệp, dùng chung hơi nước, nước tái sử dụng và xử lý chất thải. Vị trí gần cầu Đại Ngãi trên tuyến Quốc lộ 60 nối với Trà Vinh. Hồ sơ đang chờ bổ sung vào quy hoạch khu công nghiệp của tỉnh.',
      en: 'The park follows an industrial symbiosis model with shared steam, water reuse and waste treatment. It is close to the Dai Ngai bridge on National Highway 60 towards Tra Vinh. The file is waiting for the site to be added to the provincial industrial park plan.',
    },
    location: { lat: 9.735, lng: 106.075 },
    landPlot: null,
    areaHa: 200,
    capitalVnd: '2600000000000',
    landStatus: {
      vi: 'Đất nông nghiệp và đất bãi bồi ven sông; chưa có quy hoạch phân khu.',
      en: 'Farmland and riverside alluvial land; no zoning plan yet.',
    },
    infrastructure: {
      vi: 'Quốc lộ 60; bến cảng Đại Ngãi; tuyến 110 kV cách 3 km.',
      en: 'National Highway 60; Dai Ngai wharf; 110 kV line 3 km away.',
    },
    timeline: {
      vi: 'Bổ sung quy hoạch: 2026; kêu gọi đầu tư: 2027.',
      en: 'Plan amendment: 2026; call for investment: 2027.',
    },
    objectives: {
      vi: 'Phát triển khu công nghiệp xanh, giảm phát thải theo cam kết quốc gia.',
      en: 'Develop a green industrial park in line with national emission commitments.',
    },
    contact: CONTACT_BQLKCN_LOAN,
    status: 'draft',
    lastVerifiedDaysAgo: 5,
    policyCodes: ['POL-ND35-2022', 'POL-NQHDND-KCN-2025'],
  },
  {
    code: 'ST-PL-01',
    slug: 'cang-bien-nuoc-sau-tran-de-giai-doan-1',
    departmentCode: 'STC',
    sectorCodes: ['seaport-logistics'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'ppp',
    title: { vi: 'Cảng biển nước sâu Trần Đề – giai đoạn 1', en: 'Tran De Deep-water Seaport – Phase 1' },
    summary: {
      vi: 'Kêu gọi đầu tư theo phương thức PPP bến cảng ngoài khơi Trần Đề cho tàu đến 100.000 tấn, cầu dẫn ra bến và khu hậu cần trên bờ.',
      en: 'PPP call for investment in the Tran De offshore terminal for ships of up to 100,000 tonnes, the access bridge and the onshore logistics area.',
    },
    description: {
      vi: 'Cảng Trần Đề được định hướng là cửa ngõ ra biển của vùng Đồng bằng sông Cửu Long, giúp giảm chi phí vận chuyển hàng xuất khẩu qua các cảng ở Thành phố Hồ Chí Minh. Giai đoạn 1 gồm bến ngoài khơi cách bờ khoảng 12–16 km, cầu vượt biển và luồng tàu. Nhà nước tham gia vốn cho hạng mục cầu và luồng; nhà đầu tư đầu tư và khai thác bến cảng.',
      en: "Tran De port is planned as the Mekong Delta's gateway to the sea, cutting the cost of shipping exports through the ports of Ho Chi Minh City. Phase 1 consists of an offshore terminal about 12–16 km from the coast, a sea bridge and the navigation channel. The State funds the bridge and channel; the investor builds and operates the terminal.",
    },
    location: { lat: 9.42, lng: 106.29 },
    landPlot: null,
    areaHa: 1500,
    capitalVnd: '28000000000000',
    landStatus: {
      vi: 'Khu vực biển và khu hậu cần trên bờ nằm trong quy hoạch cảng biển quốc gia; khu hậu cần đã có quy hoạch chi tiết.',
      en: 'The sea area and onshore logistics zone are in the national seaport master plan; the onshore zone has a detailed plan.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu và Quốc lộ 60 kết nối; quy hoạch tuyến cao tốc Cần Thơ – Sóc Trăng – Trần Đề.',
      en: 'Connected via the Nam Song Hau road and National Highway 60; a Can Tho – Soc Trang – Tran De expressway is planned.',
    },
    timeline: {
      vi: 'Lập báo cáo nghiên cứu khả thi: 2026; lựa chọn nhà đầu tư: 2027; khai thác giai đoạn 1: 2031.',
      en: 'Feasibility study: 2026; investor selection: 2027; Phase 1 operation: 2031.',
    },
    objectives: {
      vi: 'Hình thành cảng cửa ngõ cho hàng nông, thủy sản của vùng, giảm 15–20% chi phí logistics.',
      en: "Create a gateway port for the region's farm and seafood exports and cut logistics costs by 15–20%.",
    },
    contact: CONTACT_STC_KHOA,
    status: 'published',
    lastVerifiedDaysAgo: 10,
    policyCodes: ['POL-LPPP-2020', 'POL-LDT-2020', 'POL-ND103-2024'],
  },
  {
    code: 'ST-PL-02',
    slug: 'trung-tam-logistics-tran-de',
    departmentCode: 'STC',
    sectorCodes: ['seaport-logistics', 'trade-services'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Trung tâm logistics hậu cảng Trần Đề', en: 'Tran De Port Logistics Centre' },
    summary: {
      vi: 'Lựa chọn nhà đầu tư trung tâm logistics 85 ha gồm kho bãi container, kho lạnh và trung tâm phân phối.',
      en: 'Selecting an investor for an 85 ha logistics centre with container yards, cold storage and a distribution hub.',
    },
    description: {
      vi: 'Trung tâm đóng vai trò hậu phương của cảng biển Trần Đề và cảng cá Trần Đề. Giai đoạn đầu phục vụ hàng thủy sản đông lạnh và gạo, vận chuyển bằng xà lan về Cần Thơ và Thành phố Hồ Chí Minh. Nhà đầu tư được lựa chọn qua đấu thầu dự án có sử dụng đất.',
      en: 'The centre backs up both Tran De seaport and Tran De fishing port. At first it will handle frozen seafood and rice, moved by barge to Can Tho and Ho Chi Minh City. The investor will be chosen through bidding for a land-using project.',
    },
    location: { lat: 9.505, lng: 106.195 },
    landPlot: [
      [106.200601, 9.506623],
      [106.195289, 9.509801],
      [106.190934, 9.508709],
      [106.190707, 9.503128],
      [106.194172, 9.499894],
      [106.198788, 9.502625],
      [106.200601, 9.506623],
    ],
    areaHa: 85,
    capitalVnd: '1600000000000',
    landStatus: {
      vi: 'Đất do Nhà nước thu hồi theo quy hoạch; khoảng 30 ha đã bồi thường xong.',
      en: 'Land being acquired by the State under the plan; about 30 ha already compensated.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu; bến thủy nội địa trên sông Hậu; điện 22 kV.',
      en: 'Nam Song Hau road; inland-waterway wharf on the Hau River; 22 kV power.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; khai thác giai đoạn 1: 2028.',
      en: 'Investor selection: 2026; Phase 1 operation: 2028.',
    },
    objectives: {
      vi: 'Giảm chi phí lưu kho, vận chuyển cho doanh nghiệp xuất khẩu trong tỉnh.',
      en: 'Cut storage and transport costs for exporters in the province.',
    },
    contact: CONTACT_STC_NGOC,
    status: 'published',
    lastVerifiedDaysAgo: 22,
    policyCodes: ['POL-LDT-2020', 'POL-LDD-2024'],
  },
  {
    code: 'ST-PL-03',
    slug: 'ben-cang-tong-hop-dai-ngai',
    departmentCode: 'STC',
    sectorCodes: ['seaport-logistics'],
    unitCode: 'xa-dai-ngai',
    investmentFormCode: 'direct',
    title: {
      vi: 'Bến cảng tổng hợp Đại Ngãi trên sông Hậu',
      en: 'Dai Ngai General Cargo Wharf on the Hau River',
    },
    summary: {
      vi: 'Kêu gọi đầu tư bến cảng tổng hợp cho tàu đến 10.000 tấn qua luồng Định An – Cần Thơ.',
      en: 'Call for investment in a general cargo wharf for ships of up to 10,000 tonnes using the Dinh An – Can Tho channel.',
    },
    description: {
      vi: 'Bến cảng phục vụ hàng rời (vật liệu xây dựng, phân bón, lúa gạo) cho khu vực phía bắc tỉnh. Vị trí thuận lợi nhờ cầu Đại Ngãi trên Quốc lộ 60. Thông tin quy mô cần được cập nhật theo quy hoạch cảng biển mới.',
      en: 'The wharf would handle bulk cargo (building materials, fertiliser, rice) for the north of the province. The Dai Ngai bridge on National Highway 60 makes the site easy to reach. The size figures still need updating against the new seaport plan.',
    },
    location: { lat: 9.73, lng: 106.08 },
    landPlot: null,
    areaHa: 30,
    capitalVnd: '950000000000',
    landStatus: {
      vi: 'Đất bãi bồi ven sông do Nhà nước quản lý.',
      en: 'State-managed riverside alluvial land.',
    },
    infrastructure: {
      vi: 'Quốc lộ 60; luồng sông Hậu; lưới 22 kV.',
      en: 'National Highway 60; Hau River channel; 22 kV power.',
    },
    timeline: {
      vi: 'Chấp thuận chủ trương đầu tư: 2026; khai thác: 2028.',
      en: 'Investment policy approval: 2026; operation: 2028.',
    },
    objectives: {
      vi: 'Giảm tải cho đường bộ và tăng năng lực vận tải thủy của tỉnh.',
      en: "Relieve the roads and increase the province's waterway transport capacity.",
    },
    contact: CONTACT_STC_KHOA,
    status: 'published',
    lastVerifiedDaysAgo: 318,
    policyCodes: ['POL-LDT-2020', 'POL-LTNDN-2008'],
  },
  {
    code: 'ST-PL-04',
    slug: 'kho-ngoai-quan-va-cang-can-icd-an-nghiep',
    departmentCode: 'STC',
    sectorCodes: ['seaport-logistics'],
    unitCode: 'xa-an-ninh',
    investmentFormCode: 'direct',
    title: {
      vi: 'Kho ngoại quan và cảng cạn (ICD) An Nghiệp',
      en: 'An Nghiep Bonded Warehouse and Inland Container Depot (ICD)',
    },
    summary: {
      vi: 'Lời kêu gọi đầu tư đã kết thúc; địa điểm được điều chỉnh vào trung tâm logistics Trần Đề.',
      en: 'This call has closed; the facility has been moved into the Tran De logistics centre plan.',
    },
    description: {
      vi: 'Dự án từng được đề xuất cạnh KCN An Nghiệp để làm thủ tục hải quan tại chỗ cho hàng xuất khẩu. Sau khi điều chỉnh quy hoạch, chức năng này được chuyển sang trung tâm logistics Trần Đề.',
      en: 'The project was proposed next to An Nghiep Industrial Park to clear export cargo on site. After the plan was revised, this function moved to the Tran De logistics centre.',
    },
    location: { lat: 9.66, lng: 105.94 },
    landPlot: null,
    areaHa: 20,
    capitalVnd: '700000000000',
    landStatus: { vi: 'Không còn bố trí quỹ đất.', en: 'No land is reserved any more.' },
    infrastructure: {
      vi: 'Quốc lộ 1; hạ tầng KCN An Nghiệp.',
      en: 'National Highway 1; An Nghiep Industrial Park infrastructure.',
    },
    timeline: { vi: 'Đã lưu trữ.', en: 'Archived.' },
    objectives: { vi: 'Lưu để tham khảo.', en: 'Kept for reference.' },
    contact: CONTACT_STC_NGOC,
    status: 'archived',
    lastVerifiedDaysAgo: 265,
    policyCodes: ['POL-LDT-2020'],
  },
  {
    code: 'ST-AG-01',
    slug: 'vung-nguyen-lieu-lua-st25-nga-nam',
    departmentCode: 'SNNMT',
    sectorCodes: ['agriculture'],
    unitCode: 'phuong-nga-nam',
    investmentFormCode: 'joint-venture',
    title: {
      vi: 'Vùng nguyên liệu lúa thơm ST25 liên kết chuỗi giá trị Ngã Năm',
      en: 'Nga Nam ST25 Fragrant Rice Value Chain',
    },
    summary: {
      vi: 'Tìm doanh nghiệp liên kết với hợp tác xã xây dựng vùng nguyên liệu lúa ST25 1.000 ha, từ giống đến thương hiệu gạo xuất khẩu.',
      en: 'Seeking a company to partner with cooperatives on a 1,000 ha ST25 rice area, from seed to an export rice brand.',
    },
    description: {
      vi: 'Giống lúa ST25 do các nhà khoa học Sóc Trăng lai tạo đã hai lần đạt giải Gạo ngon nhất thế giới (2019 và 2023). Doanh nghiệp cung ứng giống xác nhận, vật tư, bao tiêu lúa và đầu tư kho sấy. Vùng lúa áp dụng quy trình giảm phát thải, hướng tới tín chỉ các-bon.',
      en: "ST25, bred by scientists from Soc Trang, won the World's Best Rice award in 2019 and 2023. The company supplies certified seed and inputs, buys the harvest and invests in drying facilities. The area follows low-emission practices with a view to carbon credits.",
    },
    location: { lat: 9.56, lng: 105.61 },
    landPlot: null,
    areaHa: 1000,
    capitalVnd: '420000000000',
    landStatus: {
      vi: 'Đất lúa của hộ dân trong 6 hợp tác xã; không chuyển mục đích sử dụng.',
      en: 'Rice land of households in six cooperatives; no change of land use.',
    },
    infrastructure: {
      vi: 'Kênh thủy lợi nội đồng đã kiên cố hóa 70%; đường giao thông nông thôn đến từng cánh đồng.',
      en: '70% of field irrigation canals lined; rural roads reach every field.',
    },
    timeline: {
      vi: 'Ký hợp đồng liên kết: vụ Đông Xuân 2026–2027.',
      en: 'Contracts signed for the 2026–2027 winter-spring crop.',
    },
    objectives: {
      vi: 'Nâng giá bán lúa cho nông dân thêm 10–15% và xây dựng thương hiệu gạo Sóc Trăng.',
      en: 'Raise farm-gate rice prices by 10–15% and build the Soc Trang rice brand.',
    },
    contact: CONTACT_SNNMT_MY,
    status: 'published',
    lastVerifiedDaysAgo: 12,
    policyCodes: ['POL-ND57-2018', 'POL-NQHDND-NN-2023'],
  },
  {
    code: 'ST-AG-02',
    slug: 'nha-may-say-xay-xat-lua-gao-tan-long',
    departmentCode: 'SNNMT',
    sectorCodes: ['agriculture'],
    unitCode: 'xa-tan-long',
    investmentFormCode: 'direct',
    title: {
      vi: 'Nhà máy sấy, xay xát và đóng gói gạo Tân Long',
      en: 'Tan Long Rice Drying, Milling and Packing Plant',
    },
    summary: {
      vi: 'Kêu gọi đầu tư nhà máy sấy 1.000 tấn lúa/ngày, xay xát và đóng gói gạo thơm phục vụ vùng lúa Ngã Năm – Thạnh Trị.',
      en: 'Call for investment in a plant drying 1,000 tonnes of paddy a day, with milling and packing for the Nga Nam – Thanh Tri rice area.',
    },
    description: {
      vi: 'Vào mùa thu hoạch, năng lực sấy tại chỗ chỉ đáp ứng khoảng một nửa sản lượng. Nhà máy đặt cạnh kênh Quản Lộ – Phụng Hiệp, nhận lúa bằng ghe và xe tải. Ưu tiên công nghệ sấy dùng trấu, giảm chi phí năng lượng.',
      en: 'At harvest time, local drying capacity covers only about half of the crop. The plant sits beside the Quan Lo – Phung Hiep canal and receives paddy by boat and truck. Husk-fired drying technology is preferred to cut energy costs.',
    },
    location: { lat: 9.525, lng: 105.635 },
    landPlot: [
      [105.636683, 9.525196],
      [105.635083, 9.526915],
      [105.633364, 9.524891],
      [105.635031, 9.523192],
      [105.636683, 9.525196],
    ],
    areaHa: 8,
    capitalVnd: '260000000000',
    landStatus: {
      vi: 'Đất sản xuất kinh doanh do xã quản lý, đã giải phóng mặt bằng.',
      en: 'Commercial land managed by the commune, already cleared.',
    },
    infrastructure: {
      vi: 'Kênh Quản Lộ – Phụng Hiệp; Quốc lộ Quản Lộ – Phụng Hiệp; điện 22 kV.',
      en: 'Quan Lo – Phung Hiep canal and highway; 22 kV power.',
    },
    timeline: {
      vi: 'Xây dựng: 2026; vận hành: vụ Hè Thu 2027.',
      en: 'Construction: 2026; operation: 2027 summer-autumn crop.',
    },
    objectives: {
      vi: 'Giảm thất thoát sau thu hoạch từ khoảng 10% xuống dưới 5%.',
      en: 'Cut post-harvest losses from about 10% to below 5%.',
    },
    contact: CONTACT_SNNMT_MY,
    status: 'published',
    lastVerifiedDaysAgo: 45,
    policyCodes: ['POL-ND57-2018', 'POL-LTNDN-2008'],
  },
  {
    code: 'ST-AG-03',
    slug: 'khu-nong-nghiep-cong-nghe-cao-cay-an-trai-ke-sach',
    departmentCode: 'SNNMT',
    sectorCodes: ['agriculture'],
    unitCode: 'xa-ke-sach',
    investmentFormCode: 'investor-selection',
    title: {
      vi: 'Khu nông nghiệp ứng dụng công nghệ cao cây ăn trái Kế Sách',
      en: 'Ke Sach High-tech Fruit Farming Zone',
    },
    summary: {
      vi: 'Lựa chọn nhà đầu tư khu nông nghiệp công nghệ cao 200 ha trồng bưởi năm roi, sầu riêng và xoài xuất khẩu.',
      en: 'Selecting an investor for a 200 ha high-tech zone growing Nam Roi pomelo, durian and mango for export.',
    },
    description: {
      vi: 'Đất phù sa ven sông Hậu rất thích hợp cho cây ăn trái, không bị nhiễm mặn. Khu gồm vườn mẫu tưới nhỏ giọt, nhà sơ chế, kho lạnh và phòng kiểm nghiệm dư lượng. Nhà đầu tư hỗ trợ nông dân xung quanh đạt mã số vùng trồng.',
      en: 'The alluvial soil along the Hau River suits fruit trees and is free of salinity. The zone includes drip-irrigated demonstration orchards, a packhouse, cold storage and a residue-testing laboratory. The investor helps surrounding farmers obtain growing-area codes.',
    },
    location: { lat: 9.79, lng: 105.955 },
    landPlot: null,
    areaHa: 200,
    capitalVnd: '900000000000',
    landStatus: {
      vi: 'Đất vườn của hộ dân và đất công; cần thỏa thuận thuê đất.',
      en: 'Household orchards and public land; lease agreements required.',
    },
    infrastructure: {
      vi: 'Đường tỉnh 932; hệ thống đê bao chống lũ; điện 22 kV.',
      en: 'Provincial road 932; flood-protection dykes; 22 kV power.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; cho trái vụ đầu: 2029.',
      en: 'Investor selection: 2026; first fruit harvest: 2029.',
    },
    objectives: {
      vi: 'Tăng giá trị trái cây xuất khẩu và chuyển giao kỹ thuật cho nông dân.',
      en: 'Raise fruit export value and transfer techniques to farmers.',
    },
    contact: CONTACT_SNNMT_MY,
    status: 'published',
    lastVerifiedDaysAgo: 131,
    policyCodes: ['POL-ND57-2018', 'POL-NQHDND-NN-2023'],
  },
  {
    code: 'ST-AG-04',
    slug: 'trung-tam-giong-lua-cong-nghe-sinh-hoc-my-xuyen',
    departmentCode: 'SKHCN',
    sectorCodes: ['agriculture', 'education'],
    unitCode: 'phuong-my-xuyen',
    investmentFormCode: 'joint-venture',
    title: {
      vi: 'Trung tâm nghiên cứu và sản xuất giống lúa ứng dụng công nghệ sinh học',
      en: 'Biotechnology Rice Seed Research and Production Centre',
    },
    summary: {
      vi: 'Hợp tác đầu tư trung tâm chọn tạo giống lúa chịu mặn, chất lượng cao bằng chỉ thị phân tử, kế thừa thành công của giống ST.',
      en: 'Joint investment in a centre breeding salt-tolerant, high-quality rice with molecular markers, building on the success of the ST varieties.',
    },
    description: {
      vi: 'Trung tâm gồm phòng thí nghiệm sinh học phân tử, nhà lưới và ruộng khảo nghiệm. Sở Khoa học và Công nghệ góp kết quả nghiên cứu và nhân lực; nhà đầu tư góp vốn và thương mại hóa giống. Sản lượng giống xác nhận dự kiến 5.000 tấn/năm.',
      en: 'The centre includes a molecular biology laboratory, net houses and test fields. The Department of Science and Technology contributes research results and staff; the investor provides capital and commercialises the seed. Expected output is 5,000 tonnes of certified seed a year.',
    },
    location: { lat: 9.55, lng: 105.985 },
    landPlot: [
      [105.98748, 9.551898],
      [105.983837, 9.552373],
      [105.982058, 9.549741],
      [105.984732, 9.547493],
      [105.987693, 9.548093],
      [105.98748, 9.551898],
    ],
    areaHa: 25,
    capitalVnd: '230000000000',
    landStatus: {
      vi: 'Đất trại giống của tỉnh, giao cho liên doanh theo hợp đồng.',
      en: 'Provincial seed-farm land, assigned to the joint venture by contract.',
    },
    infrastructure: {
      vi: 'Đường nội bộ, kênh tưới tiêu chủ động; điện 22 kV.',
      en: 'Internal roads, controlled irrigation; 22 kV power.',
    },
    timeline: {
      vi: 'Thành lập liên doanh: 2026; giống thương mại đầu tiên: 2028.',
      en: 'Joint venture formed: 2026; first commercial seed: 2028.',
    },
    objectives: {
      vi: 'Chủ động nguồn giống thích ứng biến đổi khí hậu cho vùng đồng bằng.',
      en: 'Secure climate-resilient seed for the delta.',
    },
    contact: CONTACT_SKHCN_TRI,
    status: 'published',
    lastVerifiedDaysAgo: 56,
    policyCodes: ['POL-ND57-2018', 'POL-ND182-2024'],
  },
  {
    code: 'ST-AG-05',
    slug: 'nha-may-che-bien-hanh-tim-vinh-chau',
    departmentCode: 'SNNMT',
    sectorCodes: ['agriculture'],
    unitCode: 'phuong-khanh-hoa',
    investmentFormCode: 'direct',
    title: { vi: 'Nhà máy sơ chế, chế biến hành tím Vĩnh Châu', en: null },
    summary: {
      vi: 'Kêu gọi đầu tư nhà máy sấy, chế biến hành tím và tỏi, bảo quản lạnh để kéo dài thời gian tiêu thụ.',
      en: null,
    },
    description: {
      vi: 'Hành tím Vĩnh Châu đã được bảo hộ chỉ dẫn địa lý, nhưng giá thường giảm mạnh vào chính vụ. Nhà máy sản xuất hành sấy, hành phi, tinh dầu và bảo quản lạnh hành tươi. Doanh nghiệp ký hợp đồng bao tiêu với hợp tác xã trồng hành.',
      en: null,
    },
    location: { lat: 9.348, lng: 106.012 },
    landPlot: null,
    areaHa: 4,
    capitalVnd: '120000000000',
    landStatus: { vi: 'Đất thương mại dịch vụ của phường, có sẵn để cho thuê.', en: null },
    infrastructure: { vi: 'Đường tỉnh 935; điện 22 kV; nước máy.', en: null },
    timeline: { vi: 'Xây dựng: 2026; vận hành: vụ hành 2027.', en: null },
    objectives: { vi: 'Ổn định giá hành tím và tăng giá trị sản phẩm có chỉ dẫn địa lý.', en: null },
    contact: CONTACT_SNNMT_MY,
    status: 'published',
    lastVerifiedDaysAgo: 19,
    policyCodes: ['POL-ND57-2018', 'POL-NQHDND-NN-2023'],
  },
  {
    code: 'ST-TO-01',
    slug: 'khu-du-lich-sinh-thai-cu-lao-dung',
    departmentCode: 'SVHTTDL',
    sectorCodes: ['tourism'],
    unitCode: 'xa-cu-lao-dung',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Khu du lịch sinh thái biển Cù Lao Dung', en: 'Cu Lao Dung Coastal Eco-tourism Area' },
    summary: {
      vi: 'Kêu gọi đầu tư khu du lịch sinh thái 120 ha với rừng ngập mặn, bãi bồi và làng nghề ven sông Hậu.',
      en: 'Call for investment in a 120 ha eco-tourism area with mangroves, mudflats and riverside craft villages.',
    },
    description: {
      vi: 'Cù Lao Dung là cù lao lớn nằm giữa hai cửa sông Hậu, nổi tiếng với mía, trái cây và rừng bần, rừng đước ven biển. Dự án gồm khu lưu trú sinh thái, đường đi bộ trong rừng ngập mặn và bến du thuyền. Quy hoạch khống chế mật độ xây dựng thấp để bảo vệ cảnh quan.',
      en: 'Cu Lao Dung is a large island between two mouths of the Hau River, known for sugarcane, fruit and its coastal mangroves. The project includes eco-lodges, boardwalks through the mangroves and a boat landing. The plan keeps building density low to protect the landscape.',
    },
    location: { lat: 9.56, lng: 106.25 },
    landPlot: [
      [106.255089, 9.562253],
      [106.25095, 9.566072],
      [106.245482, 9.562796],
      [106.243355, 9.558035],
      [106.249689, 9.554294],
      [106.254857, 9.55562],
      [106.255089, 9.562253],
    ],
    areaHa: 120,
    capitalVnd: '850000000000',
    landStatus: {
      vi: 'Đất do Nhà nước quản lý và đất rừng sản xuất; một phần cần chuyển mục đích.',
      en: 'State-managed land and production forest; part of it needs a change of use.',
    },
    infrastructure: {
      vi: 'Đường tỉnh 933B đến trung tâm xã; đường ra khu dự án cần nâng cấp 4 km.',
      en: 'Provincial road 933B to the commune centre; 4 km of access road need upgrading.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; đón khách giai đoạn 1: 2028.',
      en: 'Investor selection: 2026; Phase 1 opening: 2028.',
    },
    objectives: {
      vi: 'Phát triển du lịch sinh thái gắn với bảo tồn rừng ngập mặn và sinh kế cộng đồng.',
      en: 'Develop eco-tourism that supports mangrove conservation and local livelihoods.',
    },
    contact: CONTACT_SVHTTDL_TAM,
    status: 'published',
    lastVerifiedDaysAgo: 25,
    policyCodes: ['POL-LDT-2020', 'POL-LDD-2024'],
  },
  {
    code: 'ST-TO-02',
    slug: 'khu-dich-vu-du-lich-van-hoa-chua-doi',
    departmentCode: 'SVHTTDL',
    sectorCodes: ['tourism', 'trade-services'],
    unitCode: 'phuong-phu-loi',
    investmentFormCode: 'direct',
    title: {
      vi: 'Khu dịch vụ du lịch văn hóa Khmer gần Chùa Dơi',
      en: 'Khmer Cultural Tourism Services near the Bat Pagoda',
    },
    summary: {
      vi: 'Kêu gọi đầu tư bãi đỗ xe, nhà trưng bày, khu ẩm thực và sân khấu biểu diễn nghệ thuật Khmer gần Chùa Dơi.',
      en: null,
    },
    description: {
      vi: 'Chùa Dơi (Mahatup) là điểm tham quan nổi tiếng nhất của Sóc Trăng, đón hàng trăm nghìn lượt khách mỗi năm. Khu dịch vụ bố trí ngoài khuôn viên chùa, tôn trọng không gian tín ngưỡng. Ưu tiên sản phẩm của nghệ nhân địa phương như bánh pía, dệt và nhạc ngũ âm.',
      en: null,
    },
    location: { lat: 9.593, lng: 105.989 },
    landPlot: null,
    areaHa: 5,
    capitalVnd: '180000000000',
    landStatus: { vi: 'Đất công do phường quản lý, đã giải phóng mặt bằng.', en: null },
    infrastructure: { vi: 'Đường Văn Ngọc Chính; hạ tầng đô thị đầy đủ.', en: null },
    timeline: { vi: 'Xây dựng: 2026; khai thác: 2027.', en: null },
    objectives: { vi: 'Kéo dài thời gian lưu trú và tăng chi tiêu của du khách.', en: null },
    contact: CONTACT_SVHTTDL_NHUNG,
    status: 'published',
    lastVerifiedDaysAgo: 31,
    policyCodes: ['POL-LDT-2020'],
  },
  {
    code: 'ST-TO-03',
    slug: 'khu-nghi-duong-bien-ho-be-vinh-hai',
    departmentCode: 'SVHTTDL',
    sectorCodes: ['tourism'],
    unitCode: 'xa-vinh-hai',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Khu nghỉ dưỡng biển Hồ Bể', en: 'Ho Be Beach Resort' },
    summary: {
      vi: 'Kêu gọi đầu tư khu nghỉ dưỡng, công viên nước và dịch vụ thể thao biển tại bãi biển Hồ Bể.',
      en: 'Call for investment in a resort, water park and beach sports at Ho Be beach.',
    },
    description: {
      vi: 'Hồ Bể là một trong số ít bãi biển cát của tỉnh, gần các cánh đồng điện gió ven biển. Dự án kết hợp tham quan điện gió, ẩm thực hải sản và văn hóa Khmer. Khu nghỉ dưỡng cần thiết kế công trình phù hợp với xói lở và nước dâng.',
      en: 'Ho Be is one of the few sandy beaches in the province, close to the coastal wind farms. The project combines wind-farm visits, seafood cuisine and Khmer culture. Buildings must be designed for coastal erosion and storm surge.',
    },
    location: { lat: 9.388, lng: 106.155 },
    landPlot: null,
    areaHa: 60,
    capitalVnd: '1200000000000',
    landStatus: {
      vi: 'Đất bãi cát ven biển do Nhà nước quản lý; có dải rừng phòng hộ cần giữ lại.',
      en: 'State-managed coastal sand; the protective forest strip must be kept.',
    },
    infrastructure: {
      vi: 'Đường tỉnh 935; điện 22 kV; chưa có cấp nước tập trung.',
      en: 'Provincial road 935; 22 kV power; no piped water yet.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; khai thác: 2029.',
      en: 'Investor selection: 2026; opening: 2029.',
    },
    objectives: {
      vi: 'Hình thành điểm du lịch biển chủ lực của tỉnh.',
      en: "Create the province's flagship beach destination.",
    },
    contact: CONTACT_SVHTTDL_TAM,
    status: 'published',
    lastVerifiedDaysAgo: 48,
    policyCodes: ['POL-LDT-2020', 'POL-LDD-2024'],
  },
  {
    code: 'ST-TO-04',
    slug: 'du-lich-cong-dong-con-song-hau-ke-sach',
    departmentCode: 'SVHTTDL',
    sectorCodes: ['tourism', 'agriculture'],
    unitCode: 'xa-ke-sach',
    investmentFormCode: 'joint-venture',
    title: {
      vi: 'Du lịch cộng đồng cồn trên sông Hậu (Kế Sách)',
      en: 'Community Tourism on the Hau River Islets (Ke Sach)',
    },
    summary: {
      vi: 'Liên kết với hộ dân khai thác du lịch miệt vườn, homestay và tour đường sông trên các cồn thuộc Kế Sách.',
      en: 'Partner with households on orchard tourism, homestays and river tours on the Ke Sach islets.',
    },
    description: {
      vi: 'Các cồn trên sông Hậu có vườn cây ăn trái, làng nghề và cảnh quan sông nước đặc trưng. Nhà đầu tư xây dựng bến thuyền, trung tâm đón khách và hỗ trợ hộ dân cải tạo nhà ở thành homestay. Thông tin cần được kiểm tra lại với địa phương trước khi liên hệ.',
      en: 'The islets have fruit orchards, craft villages and classic river scenery. The investor builds a boat landing and visitor centre and helps households convert homes into homestays. Details should be re-checked with the local authority before making contact.',
    },
    location: { lat: 9.81, lng: 106.02 },
    landPlot: null,
    areaHa: 40,
    capitalVnd: '220000000000',
    landStatus: {
      vi: 'Đất vườn của hộ dân; hợp tác theo hợp đồng, không thu hồi đất.',
      en: 'Household orchards; cooperation by contract, no land acquisition.',
    },
    infrastructure: {
      vi: 'Giao thông chủ yếu bằng đường thủy; điện lưới đến các cồn.',
      en: 'Access mainly by water; grid power reaches the islets.',
    },
    timeline: { vi: 'Triển khai từ 2026.', en: 'From 2026.' },
    objectives: {
      vi: 'Tăng thu nhập cho hộ dân và đa dạng hóa sản phẩm du lịch.',
      en: 'Raise household incomes and diversify tourism products.',
    },
    contact: CONTACT_SVHTTDL_TAM,
    status: 'published',
    lastVerifiedDaysAgo: 397,
    policyCodes: ['POL-LDT-2020'],
  },
  {
    code: 'ST-TO-05',
    slug: 'pho-am-thuc-hai-san-va-lang-chai-tran-de',
    departmentCode: 'XTRANDE',
    sectorCodes: ['tourism', 'trade-services'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'land-auction',
    title: {
      vi: 'Phố ẩm thực hải sản và du lịch làng chài cửa Trần Đề',
      en: 'Tran De Estuary Seafood Street and Fishing-village Tourism',
    },
    summary: {
      vi: 'Đấu giá quyền sử dụng 12 ha đất ven cửa Trần Đề để xây dựng phố ẩm thực hải sản, chợ đêm và homestay làng chài.',
      en: 'Auction of the land-use rights to 12 ha beside the Tran De estuary for a seafood street, night market and fishing-village homestays.',
    },
    description: {
      vi: 'Khu đất nằm giữa cảng cá và bờ biển, thuận lợi đón khách tham quan tàu cá và mua hải sản tươi. Ủy ban nhân dân xã Trần Đề tổ chức đấu giá theo quy định. Người trúng đấu giá đầu tư theo quy hoạch chi tiết đã được duyệt.',
      en: "The site lies between the fishing port and the shore, ideal for visitors who want to see the fleet and buy fresh seafood. The Tran De Commune People's Committee runs the auction according to the law. The winning bidder builds according to the approved detailed plan.",
    },
    location: { lat: 9.495, lng: 106.205 },
    landPlot: [
      [106.206907, 9.49615],
      [106.203815, 9.496498],
      [106.202768, 9.493885],
      [106.206249, 9.493355],
      [106.206907, 9.49615],
    ],
    areaHa: 12,
    capitalVnd: '160000000000',
    landStatus: {
      vi: 'Đất sạch do xã quản lý, đã có quy hoạch chi tiết 1/500.',
      en: 'Cleared land managed by the commune, with an approved 1:500 detailed plan.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu; điện, nước máy đến ranh khu đất.',
      en: 'Nam Song Hau road; power and piped water at the boundary.',
    },
    timeline: { vi: 'Đấu giá: quý II/2026; khai thác: 2027.', en: 'Auction: Q2 2026; opening: 2027.' },
    objectives: {
      vi: 'Phát triển kinh tế biển và tạo việc làm cho gia đình ngư dân.',
      en: 'Grow the marine economy and create jobs for fishing families.',
    },
    contact: CONTACT_XTRANDE_HAI,
    status: 'published',
    lastVerifiedDaysAgo: 16,
    policyCodes: ['POL-LDD-2024', 'POL-LDT-2020'],
  },
  {
    code: 'ST-UD-01',
    slug: 'khu-do-thi-moi-ven-song-maspero',
    departmentCode: 'STC',
    sectorCodes: ['urban-development'],
    unitCode: 'phuong-soc-trang',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Khu đô thị mới ven sông Maspero', en: 'Maspero Riverside New Urban Area' },
    summary: {
      vi: 'Lựa chọn nhà đầu tư khu đô thị 65 ha ven sông Maspero, gồm nhà ở thương mại, nhà ở xã hội và công viên bờ sông.',
      en: 'Selecting an investor for a 65 ha urban area on the Maspero River, with commercial and social housing and a riverside park.',
    },
    description: {
      vi: 'Khu đô thị mở rộng trung tâm tỉnh về phía tây nam, kết nối với đường vành đai. Nhà đầu tư dành 20% quỹ đất ở để phát triển nhà ở xã hội theo quy định. Công viên ven sông được bàn giao cho địa phương quản lý sau khi hoàn thành.',
      en: 'The area extends the provincial centre to the south-west and connects to the ring road. The investor must reserve 20% of the residential land for social housing as required by law. The riverside park is handed over to the local authority on completion.',
    },
    location: { lat: 9.585, lng: 105.955 },
    landPlot: [
      [105.958735, 9.586671],
      [105.955483, 9.590273],
      [105.950681, 9.58598],
      [105.951751, 9.581164],
      [105.957654, 9.581659],
      [105.958735, 9.586671],
    ],
    areaHa: 65,
    capitalVnd: '2800000000000',
    landStatus: {
      vi: 'Đất nông nghiệp xen kẽ đất ở; đang lập phương án bồi thường, tái định cư.',
      en: 'Farmland mixed with housing; the compensation and resettlement plan is in preparation.',
    },
    infrastructure: {
      vi: 'Đường vành đai; cấp nước, thoát nước của đô thị hiện hữu cách 500 m.',
      en: 'Ring road; city water and drainage networks 500 m away.',
    },
    timeline: {
      vi: 'Lựa chọn nhà đầu tư: 2026; hoàn thành hạ tầng: 2029.',
      en: 'Investor selection: 2026; infrastructure complete: 2029.',
    },
    objectives: {
      vi: 'Mở rộng không gian đô thị và chỉnh trang cảnh quan sông Maspero.',
      en: 'Expand the urban area and improve the Maspero riverfront.',
    },
    contact: CONTACT_STC_NGOC,
    status: 'published',
    lastVerifiedDaysAgo: 34,
    policyCodes: ['POL-LDD-2024', 'POL-ND103-2024'],
  },
  {
    code: 'ST-UD-02',
    slug: 'khu-dan-cu-do-thi-vinh-chau',
    departmentCode: 'STC',
    sectorCodes: ['urban-development'],
    unitCode: 'phuong-vinh-chau',
    investmentFormCode: 'land-auction',
    title: {
      vi: 'Khu dân cư đô thị trung tâm phường Vĩnh Châu',
      en: 'Vinh Chau Ward Central Residential Area',
    },
    summary: {
      vi: 'Đấu giá quyền sử dụng đất khu dân cư 35 ha đã có hạ tầng khung tại trung tâm phường Vĩnh Châu.',
      en: 'Auction of land-use rights for a 35 ha residential area with trunk infrastructure in central Vinh Chau Ward.',
    },
    description: {
      vi: 'Khu đất nằm cạnh chợ Vĩnh Châu và tuyến đường tỉnh 935. Nhu cầu nhà ở tăng do lao động làm việc tại các nhà máy điện gió và chế biến thủy sản. Người trúng đấu giá hoàn thiện hạ tầng và xây dựng nhà ở theo quy hoạch.',
      en: 'The site is next to Vinh Chau market and provincial road 935. Housing demand is rising with workers employed by the wind farms and seafood plants. The winning bidder completes the infrastructure and builds housing according to the plan.',
    },
    location: { lat: 9.33, lng: 105.975 },
    landPlot: null,
    areaHa: 35,
    capitalVnd: '950000000000',
    landStatus: {
      vi: 'Đất đã giải phóng mặt bằng, có hạ tầng khung.',
      en: 'Cleared land with trunk infrastructure.',
    },
    infrastructure: {
      vi: 'Đường nội bộ chính, cấp điện, cấp nước đã đầu tư.',
      en: 'Main internal roads, power and water already built.',
    },
    timeline: { vi: 'Đấu giá: quý III/2026.', en: 'Auction: Q3 2026.' },
    objectives: {
      vi: 'Đáp ứng nhu cầu nhà ở và tạo nguồn thu cho ngân sách.',
      en: 'Meet housing demand and raise public revenue.',
    },
    contact: CONTACT_STC_NGOC,
    status: 'published',
    lastVerifiedDaysAgo: 63,
    policyCodes: ['POL-LDD-2024', 'POL-ND103-2024'],
  },
  {
    code: 'ST-UD-03',
    slug: 'khu-do-thi-cang-bien-tran-de',
    departmentCode: 'STC',
    sectorCodes: ['urban-development', 'seaport-logistics'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'investor-selection',
    title: { vi: 'Khu đô thị – dịch vụ cảng biển Trần Đề', en: 'Tran De Port City Urban and Services Area' },
    summary: {
      vi: 'Hồ sơ đề xuất khu đô thị 300 ha phục vụ cảng biển và khu công nghiệp Trần Đề, đang chờ thẩm định.',
      en: 'Proposal for a 300 ha urban area serving Tran De seaport and industrial park, awaiting review.',
    },
    description: {
      vi: 'Khu đô thị bố trí nhà ở cho chuyên gia và công nhân, trung tâm hành chính, thương mại và trường học. Tiến độ gắn với tiến độ cảng biển nước sâu Trần Đề.',
      en: 'The area provides housing for specialists and workers, an administrative and commercial centre and schools. Its schedule is tied to the Tran De deep-water port.',
    },
    location: { lat: 9.525, lng: 106.18 },
    landPlot: null,
    areaHa: 300,
    capitalVnd: '9500000000000',
    landStatus: {
      vi: 'Đất nông nghiệp, nuôi trồng thủy sản; chưa thu hồi.',
      en: 'Farm and aquaculture land; not yet acquired.',
    },
    infrastructure: {
      vi: 'Đường Nam Sông Hậu; cần đầu tư toàn bộ hạ tầng.',
      en: 'Nam Song Hau road; all infrastructure still to be built.',
    },
    timeline: { vi: 'Thẩm định: 2026.', en: 'Review: 2026.' },
    objectives: { vi: 'Hình thành đô thị cảng biển ven biển.', en: 'Build a coastal port city.' },
    contact: CONTACT_STC_KHOA,
    status: 'submitted',
    lastVerifiedDaysAgo: 7,
    policyCodes: ['POL-LDD-2024', 'POL-LDT-2020'],
  },
  {
    code: 'ST-ED-01',
    slug: 'truong-pho-thong-lien-cap-chat-luong-cao-phu-loi',
    departmentCode: 'TTXTDT',
    sectorCodes: ['education'],
    unitCode: 'phuong-phu-loi',
    investmentFormCode: 'direct',
    title: {
      vi: 'Trường phổ thông liên cấp chất lượng cao Sóc Trăng',
      en: 'Soc Trang High-quality K-12 School',
    },
    summary: {
      vi: 'Kêu gọi đầu tư trường liên cấp từ mầm non đến trung học phổ thông, quy mô 2.000 học sinh, dạy song ngữ.',
      en: 'Call for investment in a bilingual K-12 school for 2,000 pupils, from kindergarten to upper secondary.',
    },
    description: {
      vi: 'Nhu cầu trường chất lượng cao tại trung tâm tỉnh ngày càng lớn, nhiều gia đình phải gửi con đi Cần Thơ. Nhà đầu tư được hưởng ưu đãi xã hội hóa giáo dục về thuế và tiền thuê đất. Khu đất nằm trong khu dân cư hiện hữu, giao thông thuận tiện.',
      en: 'Demand for high-quality schools in the provincial centre is growing, and many families send their children to Can Tho. The investor receives the tax and land-rent incentives for private education. The plot sits within an existing residential area with good access.',
    },
    location: { lat: 9.61, lng: 105.965 },
    landPlot: [
      [105.966172, 9.610354],
      [105.965049, 9.611008],
      [105.964138, 9.610769],
      [105.964104, 9.609597],
      [105.964838, 9.608927],
      [105.965801, 9.609511],
      [105.966172, 9.610354],
    ],
    areaHa: 3,
    capitalVnd: '280000000000',
    landStatus: {
      vi: 'Đất giáo dục theo quy hoạch, đã giải phóng mặt bằng.',
      en: 'Land zoned for education, already cleared.',
    },
    infrastructure: { vi: 'Hạ tầng đô thị đầy đủ.', en: 'Full urban infrastructure.' },
    timeline: {
      vi: 'Xây dựng: 2026–2027; khai giảng: năm học 2027–2028.',
      en: 'Construction: 2026–2027; opening: 2027–2028 school year.',
    },
    objectives: {
      vi: 'Nâng chất lượng giáo dục và giữ chân nhân lực chất lượng cao tại tỉnh.',
      en: 'Raise education quality and help the province retain skilled people.',
    },
    contact: CONTACT_TTXTDT_HAN,
    status: 'published',
    lastVerifiedDaysAgo: 39,
    policyCodes: ['POL-LTNDN-2008', 'POL-LDD-2024'],
  },
  {
    code: 'ST-ED-02',
    slug: 'truong-cao-dang-nghe-nang-luong-va-logistics',
    departmentCode: 'TTXTDT',
    sectorCodes: ['education', 'wind-power'],
    unitCode: 'phuong-my-xuyen',
    investmentFormCode: 'ppp',
    title: {
      vi: 'Trường đào tạo nghề năng lượng tái tạo và logistics',
      en: 'Vocational College for Renewable Energy and Logistics',
    },
    summary: {
      vi: 'Dự thảo đề xuất dự án PPP trường nghề đào tạo kỹ thuật viên vận hành điện gió, điện mặt trời và logistics cảng.',
      en: 'Draft PPP proposal for a vocational college training wind and solar technicians and port logistics staff.',
    },
    description: {
      vi: 'Các nhà máy điện gió và cảng Trần Đề sẽ cần hàng nghìn kỹ thuật viên. Trường có xưởng thực hành với tua-bin mô phỏng, hợp tác với các nhà sản xuất thiết bị. Hồ sơ đang được hoàn thiện trước khi công bố.',
      en: 'The wind farms and Tran De port will need thousands of technicians. The college will have workshops with turbine simulators, run with equipment manufacturers. The file is being completed before publication.',
    },
    location: { lat: 9.548, lng: 105.992 },
    landPlot: null,
    areaHa: 10,
    capitalVnd: '350000000000',
    landStatus: { vi: 'Đất công do tỉnh quản lý.', en: 'Public land managed by the province.' },
    infrastructure: {
      vi: 'Hạ tầng đô thị; gần Quốc lộ 1.',
      en: 'Urban infrastructure; near National Highway 1.',
    },
    timeline: { vi: 'Hoàn thiện hồ sơ: 2026.', en: 'File completion: 2026.' },
    objectives: {
      vi: 'Đào tạo nhân lực kỹ thuật cho kinh tế biển.',
      en: 'Train technical staff for the marine economy.',
    },
    contact: CONTACT_TTXTDT_PHIA,
    status: 'draft',
    lastVerifiedDaysAgo: 4,
    policyCodes: ['POL-LPPP-2020', 'POL-LTNDN-2008'],
  },
  {
    code: 'ST-HE-01',
    slug: 'benh-vien-da-khoa-tu-nhan-300-giuong',
    departmentCode: 'TTXTDT',
    sectorCodes: ['health'],
    unitCode: 'phuong-soc-trang',
    investmentFormCode: 'direct',
    title: { vi: 'Bệnh viện đa khoa tư nhân 300 giường', en: '300-bed Private General Hospital' },
    summary: {
      vi: 'Kêu gọi đầu tư bệnh viện đa khoa 300 giường với các chuyên khoa tim mạch, ung bướu và chẩn đoán hình ảnh.',
      en: 'Call for investment in a 300-bed general hospital with cardiology, oncology and diagnostic imaging.',
    },
    description: {
      vi: 'Người dân trong tỉnh hiện phải lên Cần Thơ hoặc Thành phố Hồ Chí Minh để điều trị các bệnh phức tạp. Bệnh viện được hưởng ưu đãi xã hội hóa y tế: thuế suất thu nhập doanh nghiệp 10% và miễn, giảm tiền thuê đất. Khu đất nằm cạnh đường vành đai, thuận tiện cho xe cấp cứu.',
      en: 'Residents currently travel to Can Tho or Ho Chi Minh City for complex treatment. The hospital qualifies for private health-care incentives: a 10% corporate income tax rate and land rent exemptions or reductions. The plot is beside the ring road, convenient for ambulances.',
    },
    location: { lat: 9.59, lng: 105.95 },
    landPlot: null,
    areaHa: 4,
    capitalVnd: '1200000000000',
    landStatus: {
      vi: 'Đất y tế theo quy hoạch, đã giải phóng mặt bằng.',
      en: 'Land zoned for health care, already cleared.',
    },
    infrastructure: { vi: 'Đường vành đai; điện, nước đô thị.', en: 'Ring road; city power and water.' },
    timeline: { vi: 'Khởi công: 2026; hoạt động: 2028.', en: 'Construction start: 2026; opening: 2028.' },
    objectives: {
      vi: 'Giảm tải cho bệnh viện công và nâng chất lượng khám chữa bệnh.',
      en: 'Ease pressure on public hospitals and improve the quality of care.',
    },
    contact: CONTACT_TTXTDT_HAN,
    status: 'published',
    lastVerifiedDaysAgo: 28,
    policyCodes: ['POL-LTNDN-2008', 'POL-LDD-2024'],
  },
  {
    code: 'ST-HE-02',
    slug: 'trung-tam-duong-lao-va-phuc-hoi-chuc-nang-my-xuyen',
    departmentCode: 'TTXTDT',
    sectorCodes: ['health'],
    unitCode: 'phuong-my-xuyen',
    investmentFormCode: 'direct',
    title: { vi: 'Trung tâm dưỡng lão và phục hồi chức năng', en: 'Elderly Care and Rehabilitation Centre' },
    summary: {
      vi: 'Kêu gọi đầu tư trung tâm chăm sóc người cao tuổi và phục hồi chức năng quy mô 150 giường.',
      en: null,
    },
    description: {
      vi: 'Tỷ lệ người cao tuổi trong tỉnh tăng nhanh do lao động trẻ di cư đến các thành phố lớn. Trung tâm cung cấp dịch vụ lưu trú, chăm sóc ban ngày và vật lý trị liệu. Nhà đầu tư được hưởng ưu đãi xã hội hóa.',
      en: null,
    },
    location: { lat: 9.556, lng: 105.98 },
    landPlot: null,
    areaHa: 2.5,
    capitalVnd: '150000000000',
    landStatus: { vi: 'Đất công do phường quản lý.', en: null },
    infrastructure: { vi: 'Hạ tầng đô thị đầy đủ.', en: null },
    timeline: { vi: 'Xây dựng: 2026; hoạt động: 2027.', en: null },
    objectives: { vi: 'Đáp ứng nhu cầu chăm sóc người cao tuổi.', en: null },
    contact: CONTACT_TTXTDT_PHIA,
    status: 'published',
    lastVerifiedDaysAgo: 186,
    policyCodes: ['POL-LTNDN-2008'],
  },
  {
    code: 'ST-TS-01',
    slug: 'trung-tam-thuong-mai-khach-san-phu-loi',
    departmentCode: 'SCT',
    sectorCodes: ['trade-services', 'urban-development'],
    unitCode: 'phuong-phu-loi',
    investmentFormCode: 'land-auction',
    title: {
      vi: 'Trung tâm thương mại và khách sạn trung tâm Phú Lợi',
      en: 'Phu Loi Central Shopping Centre and Hotel',
    },
    summary: {
      vi: 'Đấu giá quyền sử dụng 1,8 ha đất vàng tại trung tâm tỉnh để xây dựng trung tâm thương mại, khách sạn 4 sao.',
      en: 'Auction of the land-use rights to a prime 1.8 ha plot in the provincial centre for a shopping centre and 4-star hotel.',
    },
    description: {
      vi: 'Khu đất nằm gần hồ Nước Ngọt và các trục đường chính của trung tâm tỉnh. Người trúng đấu giá xây dựng công trình cao tối đa 15 tầng theo quy hoạch. Giá khởi điểm được công bố trong hồ sơ đấu giá.',
      en: 'The plot is near Nuoc Ngot Lake and the main roads of the provincial centre. The winning bidder may build up to 15 storeys under the plan. The starting price is published in the auction documents.',
    },
    location: { lat: 9.6025, lng: 105.975 },
    landPlot: [
      [105.975392, 9.603431],
      [105.974015, 9.603107],
      [105.974576, 9.601619],
      [105.975962, 9.601984],
      [105.975392, 9.603431],
    ],
    areaHa: 1.8,
    capitalVnd: '650000000000',
    landStatus: {
      vi: 'Đất sạch, trụ sở cơ quan cũ đã di dời.',
      en: 'Cleared land; the former government offices have moved.',
    },
    infrastructure: { vi: 'Hạ tầng đô thị đầy đủ.', en: 'Full urban infrastructure.' },
    timeline: { vi: 'Đấu giá: quý II/2026; khai trương: 2029.', en: 'Auction: Q2 2026; opening: 2029.' },
    objectives: {
      vi: 'Hình thành điểm nhấn thương mại – dịch vụ của trung tâm tỉnh.',
      en: 'Create a commercial landmark in the provincial centre.',
    },
    contact: CONTACT_SCT_PHUC,
    status: 'published',
    lastVerifiedDaysAgo: 21,
    policyCodes: ['POL-LDD-2024', 'POL-ND103-2024'],
  },
  {
    code: 'ST-TS-02',
    slug: 'cho-dau-moi-nong-san-nga-nam',
    departmentCode: 'SCT',
    sectorCodes: ['trade-services', 'agriculture', 'tourism'],
    unitCode: 'phuong-nga-nam',
    investmentFormCode: 'direct',
    title: { vi: 'Chợ đầu mối nông sản và chợ nổi Ngã Năm', en: null },
    summary: {
      vi: 'Kêu gọi đầu tư chợ đầu mối nông sản kết hợp bảo tồn, khai thác du lịch chợ nổi Ngã Năm.',
      en: null,
    },
    description: {
      vi: 'Ngã Năm là nơi năm dòng kênh gặp nhau, từng có chợ nổi sầm uất bậc nhất miền Tây. Dự án gồm chợ đầu mối trái cây, lúa gạo trên bờ và bến ghe phục vụ du khách. Nhà đầu tư khai thác theo hợp đồng với địa phương.',
      en: null,
    },
    location: { lat: 9.565, lng: 105.595 },
    landPlot: null,
    areaHa: 6,
    capitalVnd: '210000000000',
    landStatus: { vi: 'Đất chợ theo quy hoạch, đã có một phần mặt bằng.', en: null },
    infrastructure: { vi: 'Quốc lộ Quản Lộ – Phụng Hiệp; đường thủy nội địa.', en: null },
    timeline: { vi: 'Xây dựng: 2026–2027.', en: null },
    objectives: { vi: 'Tổ chức lại tiêu thụ nông sản và phát triển du lịch sông nước.', en: null },
    contact: CONTACT_SCT_PHUC,
    status: 'published',
    lastVerifiedDaysAgo: 58,
    policyCodes: ['POL-LDT-2020', 'POL-LDD-2024'],
  },
  {
    code: 'ST-TS-03',
    slug: 'cho-dau-moi-thuy-san-tran-de',
    departmentCode: 'XTRANDE',
    sectorCodes: ['trade-services', 'seafood-processing'],
    unitCode: 'xa-tran-de',
    investmentFormCode: 'ppp',
    title: { vi: 'Chợ đầu mối thủy sản Trần Đề', en: 'Tran De Seafood Wholesale Market' },
    summary: {
      vi: 'Dự án đã lựa chọn được nhà đầu tư; thông tin được giữ lại để tham khảo.',
      en: 'An investor has been selected; the listing is kept for reference.',
    },
    description: {
      vi: 'Chợ đầu mối đặt cạnh cảng cá Trần Đề, có khu đấu giá thủy sản, kho lạnh và khu xử lý nước thải. Nhà đầu tư đã ký hợp đồng và đang thực hiện thủ tục xây dựng.',
      en: 'The market sits next to Tran De fishing port, with a fish auction hall, cold storage and wastewater treatment. The investor has signed the contract and is obtaining construction permits.',
    },
    location: { lat: 9.51, lng: 106.2 },
    landPlot: null,
    areaHa: 4,
    capitalVnd: '190000000000',
    landStatus: { vi: 'Đất đã giao cho nhà đầu tư.', en: 'Land handed over to the investor.' },
    infrastructure: {
      vi: 'Cảng cá Trần Đề; đường Nam Sông Hậu.',
      en: 'Tran De fishing port; Nam Song Hau road.',
    },
    timeline: { vi: 'Khởi công: 2026.', en: 'Construction start: 2026.' },
    objectives: {
      vi: 'Minh bạch giá thủy sản và giảm thất thoát sau khai thác.',
      en: 'Make seafood prices transparent and reduce post-catch losses.',
    },
    contact: CONTACT_XTRANDE_HAI,
    status: 'awarded',
    lastVerifiedDaysAgo: 12,
    policyCodes: ['POL-LPPP-2020'],
  },
];

/**
 * Land status category of each demo project (the facet investors tick), read from its land status
 * text above; a project missing here has no category (shown as "not stated").
 */
export const DEMO_LAND_STATUS_KINDS: Readonly<Record<string, 'cleared' | 'clearing' | 'not_cleared' | 'industrial_zone'>> = {
  'ST-WP-01': 'not_cleared',
  'ST-WP-02': 'not_cleared',
  'ST-WP-03': 'not_cleared',
  'ST-WP-04': 'clearing',
  'ST-WP-05': 'clearing',
  'ST-SP-02': 'not_cleared',
  'ST-SP-03': 'cleared',
  'ST-AQ-01': 'not_cleared',
  'ST-AQ-02': 'cleared',
  'ST-AQ-03': 'not_cleared',
  'ST-AQ-04': 'not_cleared',
  'ST-SF-01': 'industrial_zone',
  'ST-SF-02': 'industrial_zone',
  'ST-SF-03': 'industrial_zone',
  'ST-IP-01': 'clearing',
  'ST-IP-02': 'not_cleared',
  'ST-IP-03': 'not_cleared',
  'ST-IP-04': 'not_cleared',
  'ST-PL-01': 'not_cleared',
  'ST-PL-02': 'clearing',
  'ST-PL-03': 'not_cleared',
  'ST-AG-02': 'cleared',
  'ST-AG-05': 'cleared',
  'ST-TO-01': 'not_cleared',
  'ST-TO-02': 'cleared',
  'ST-TO-03': 'not_cleared',
  'ST-TO-05': 'cleared',
  'ST-UD-01': 'clearing',
  'ST-UD-02': 'cleared',
  'ST-UD-03': 'not_cleared',
  'ST-ED-01': 'cleared',
  'ST-HE-01': 'cleared',
  'ST-TS-01': 'cleared',
  'ST-TS-02': 'clearing',
  'ST-TS-03': 'cleared',
};

/** Calls the editorial board features on the home page (published ones only). */
export const DEMO_FEATURED_PROJECTS: readonly string[] = ['ST-WP-01', 'ST-IP-01', 'ST-PL-01'];
