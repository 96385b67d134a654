/**
 * The demo city: Hải Phòng with communes and wards named like the seeds' (Gia Viên, Kim Thành,
 * Hưng Đạo, Nhị Chiểu, Hùng Thắng …), their departments and vertical agencies, and officers
 * for every role with Vietnamese names. Pure: the same seed gives the same city.
 */
import type { HandlingDepartment as CatalogDepartment } from '../../domain/catalog/schema.ts';
import type { StaffRole } from '../../domain/dossier/roles.ts';
import { personName } from './names.ts';
import { Random, seedFrom } from './random.ts';

export const DEMO_CITY = { code: '000.00.00.H24', name: 'Ủy ban nhân dân thành phố Hải Phòng', slug: 'haiphong' } as const;

export interface DemoUnitSeed {
  /** Place name without the kind ("Gia Viên"). */
  place: string;
  kind: 'ward' | 'commune';
  /** ASCII slug for usernames. */
  slug: string;
  /** Dossiers received in a quarter (seeds: Kim Thành 4.466; Gia Viên's quarter is larger). */
  quarterlyVolume: number;
}

/** Communes and wards of Hải Phòng (after the 2025 reorganisation), the seeds' first. */
export const DEMO_UNIT_SEEDS: readonly DemoUnitSeed[] = [
  { place: 'Gia Viên', kind: 'ward', slug: 'giavien', quarterlyVolume: 4500 },
  { place: 'Kim Thành', kind: 'commune', slug: 'kimthanh', quarterlyVolume: 4466 },
  { place: 'Hưng Đạo', kind: 'ward', slug: 'hungdao', quarterlyVolume: 3300 },
  { place: 'Nhị Chiểu', kind: 'ward', slug: 'nhichieu', quarterlyVolume: 3600 },
  { place: 'Hùng Thắng', kind: 'commune', slug: 'hungthang', quarterlyVolume: 2400 },
  { place: 'Lê Chân', kind: 'ward', slug: 'lechan', quarterlyVolume: 5200 },
  { place: 'Ngô Quyền', kind: 'ward', slug: 'ngoquyen', quarterlyVolume: 4800 },
  { place: 'Hồng Bàng', kind: 'ward', slug: 'hongbang', quarterlyVolume: 4100 },
  { place: 'An Biên', kind: 'ward', slug: 'anbien', quarterlyVolume: 3900 },
  { place: 'Hải An', kind: 'ward', slug: 'haian', quarterlyVolume: 4300 },
  { place: 'Kiến An', kind: 'ward', slug: 'kienan', quarterlyVolume: 3700 },
  { place: 'Đồ Sơn', kind: 'ward', slug: 'doson', quarterlyVolume: 2600 },
  { place: 'Thủy Nguyên', kind: 'ward', slug: 'thuynguyen', quarterlyVolume: 4000 },
  { place: 'An Dương', kind: 'ward', slug: 'anduong', quarterlyVolume: 3500 },
  { place: 'An Lão', kind: 'commune', slug: 'anlao', quarterlyVolume: 2500 },
  { place: 'Kiến Thụy', kind: 'commune', slug: 'kienthuy', quarterlyVolume: 2300 },
  { place: 'Tiên Lãng', kind: 'commune', slug: 'tienlang', quarterlyVolume: 2700 },
  { place: 'Vĩnh Bảo', kind: 'commune', slug: 'vinhbao', quarterlyVolume: 2800 },
  { place: 'Cát Hải', kind: 'commune', slug: 'cathai', quarterlyVolume: 1500 },
  { place: 'Bạch Long Vĩ', kind: 'commune', slug: 'bachlongvi', quarterlyVolume: 150 },
  { place: 'Thanh Hà', kind: 'commune', slug: 'thanhha', quarterlyVolume: 2600 },
  { place: 'Nam Sách', kind: 'commune', slug: 'namsach', quarterlyVolume: 2400 },
  { place: 'Tứ Kỳ', kind: 'commune', slug: 'tuky', quarterlyVolume: 2200 },
  { place: 'Chí Linh', kind: 'ward', slug: 'chilinh', quarterlyVolume: 3800 },
];

export type DemoDepartmentCode = 'vp-hdnd-ubnd' | 'kinh-te' | 'van-hoa-xa-hoi' | 'cong-an' | 'dat-dai' | 'thue';

export interface DemoDepartment {
  code: DemoDepartmentCode;
  name: string;
  kind: 'department' | 'vertical_agency';
}

function departmentsOf(unit: DemoUnitSeed): DemoDepartment[] {
  const level = unit.kind === 'ward' ? 'phường' : 'xã';
  return [
    { code: 'vp-hdnd-ubnd', name: `Văn phòng HĐND và UBND ${level} (Tư pháp - Hộ tịch, Chứng thực)`, kind: 'department' },
    { code: 'kinh-te', name: unit.kind === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế', kind: 'department' },
    { code: 'van-hoa-xa-hoi', name: 'Phòng Văn hóa - Xã hội', kind: 'department' },
    { code: 'cong-an', name: `Công an ${level} ${unit.place}`, kind: 'vertical_agency' },
    { code: 'dat-dai', name: 'Chi nhánh Văn phòng Đăng ký đất đai', kind: 'vertical_agency' },
    { code: 'thue', name: 'Thuế cơ sở', kind: 'vertical_agency' },
  ];
}

/** Which department of the unit handles a procedure of the catalog (land goes to the land registry). */
export function handlingDepartment(catalogDepartment: CatalogDepartment, fieldName: string): DemoDepartment['code'] {
  if (fieldName === 'Đất đai') return 'dat-dai';
  switch (catalogDepartment) {
    case 'tu-phap-ho-tich':
      return 'vp-hdnd-ubnd';
    case 'kinh-te':
      return 'kinh-te';
    case 'van-hoa-xa-hoi':
      return 'van-hoa-xa-hoi';
    case 'cong-an-xa':
      return 'cong-an';
  }
}

export interface DemoOfficer {
  id: string;
  username: string;
  fullName: string;
  role: StaffRole;
  unitCode: string;
  departmentCode: DemoDepartmentCode | null;
}

export interface DemoUnit {
  code: string;
  name: string;
  kind: 'ward' | 'commune';
  place: string;
  /** "phường Gia Viên" */
  placeName: string;
  slug: string;
  quarterlyVolume: number;
  departments: DemoDepartment[];
  officers: DemoOfficer[];
}

export interface DemoCity {
  code: string;
  name: string;
  units: DemoUnit[];
  /** City-level accounts: administrator and city supervisor. */
  officers: DemoOfficer[];
}

/** Agency code of the n-th unit (1-based): 000.01.24.H24, 000.02.24.H24 … */
export function demoUnitCode(index: number): string {
  return `000.${String(index).padStart(2, '0')}.24.H24`;
}

const DEPARTMENT_SLUGS: Record<DemoDepartmentCode, string> = {
  'vp-hdnd-ubnd': 'vanphong',
  'kinh-te': 'kinhte',
  'van-hoa-xa-hoi': 'vhxh',
  'cong-an': 'congan',
  'dat-dai': 'datdai',
  thue: 'thue',
};

export function planCity(seed: number, unitCount: number): DemoCity {
  if (!Number.isInteger(unitCount) || unitCount < 1 || unitCount > DEMO_UNIT_SEEDS.length) {
    throw new RangeError(`Số đơn vị phải từ 1 đến ${DEMO_UNIT_SEEDS.length}.`);
  }
  const random = new Random(seedFrom(seed, 'city'));
  const officer = (role: StaffRole, unitCode: string, username: string, departmentCode: DemoDepartmentCode | null = null): DemoOfficer => ({
    id: random.uuid(),
    username,
    fullName: personName(random).fullName,
    role,
    unitCode,
    departmentCode,
  });
  const units = DEMO_UNIT_SEEDS.slice(0, unitCount).map((seedUnit, index): DemoUnit => {
    const code = demoUnitCode(index + 1);
    const placeName = `${seedUnit.kind === 'ward' ? 'phường' : 'xã'} ${seedUnit.place}`;
    const departments = departmentsOf(seedUnit);
    const s = seedUnit.slug;
    const officers: DemoOfficer[] = [
      ...[1, 2, 3, 4].map((n) => officer('counter_officer', code, `${s}.tiepnhan${n}`)),
      officer('center_leader', code, `${s}.giamdoc`),
      officer('chairman', code, `${s}.chutich`),
      officer('chairman', code, `${s}.phochutich`),
    ];
    for (const department of departments) {
      const slug = DEPARTMENT_SLUGS[department.code];
      officers.push(officer('department_head', code, `${s}.${slug}.truongphong`, department.code));
      for (const n of [1, 2]) officers.push(officer('specialist', code, `${s}.${slug}.chuyenvien${n}`, department.code));
    }
    return {
      code,
      name: `Trung tâm Phục vụ hành chính công ${placeName}`,
      kind: seedUnit.kind,
      place: seedUnit.place,
      placeName,
      slug: s,
      quarterlyVolume: seedUnit.quarterlyVolume,
      departments,
      officers,
    };
  });
  return {
    code: DEMO_CITY.code,
    name: DEMO_CITY.name,
    units,
    officers: [officer('administrator', DEMO_CITY.code, `${DEMO_CITY.slug}.quantri`), officer('city_supervisor', DEMO_CITY.code, `${DEMO_CITY.slug}.giamsat`)],
  };
}

/** Every account of the city, units first. */
export function allOfficers(city: DemoCity): DemoOfficer[] {
  return [...city.units.flatMap((unit) => unit.officers), ...city.officers];
}
