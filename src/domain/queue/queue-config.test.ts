import { describe, expect, it } from 'vitest';
import { FIELDS } from '../catalog/define.ts';
import { DEFAULT_QUEUE_CONFIG, parseQueueConfig, serviceGroupFor, type QueueConfigInput } from './queue-config.ts';

const config = DEFAULT_QUEUE_CONFIG;

function errors(change: (input: QueueConfigInput) => QueueConfigInput): string[] {
  const result = parseQueueConfig(change(structuredClone(config)));
  return result.ok ? [] : result.errors;
}

describe('default queue configuration', () => {
  it('parses, with the documented defaults', () => {
    expect(parseQueueConfig(config)).toEqual({ ok: true, config });
    expect(config.recallLimit).toBe(2);
    expect(config.issueStopsBeforeCloseMinutes).toBe(0);
    expect([config.serviceTimeSample, config.minimumServiceSample]).toEqual([20, 5]);
    expect(config.serviceGroups.map((g) => [g.code, g.numbers.first, g.numbers.last])).toEqual([
      ['chung-thuc', 1001, 1999],
      ['tu-phap-ho-tich', 2001, 2999],
      ['kinh-te', 3001, 3999],
      ['van-hoa-xa-hoi', 4001, 4999],
      ['cu-tru', 5001, 5999],
      ['tra-ket-qua', 6001, 6999],
    ]);
    expect(new Set(config.priorityGroups.map((p) => p.rank))).toEqual(new Set([1]));
  });

  it('puts every catalog field in exactly one group', () => {
    for (const field of Object.values(FIELDS)) expect(serviceGroupFor(config, { fieldCode: field.code }), field.code).toBeDefined();
  });

  it('routes a procedure listed by a group before its field', () => {
    const custom = parseQueueConfig({
      ...config,
      serviceGroups: config.serviceGroups.map((g) => (g.code === 'tra-ket-qua' ? { ...g, procedures: ['1.001193'] } : g)),
    });
    if (!custom.ok) throw new Error(custom.errors.join(' '));
    expect(serviceGroupFor(custom.config, { code: '1.001193', fieldCode: 'ho-tich' })?.code).toBe('tra-ket-qua');
    expect(serviceGroupFor(custom.config, { code: '1.004873', fieldCode: 'ho-tich' })?.code).toBe('tu-phap-ho-tich');
    expect(serviceGroupFor(custom.config, { fieldCode: 'khong-co' })).toBeUndefined();
  });
});

describe('configuration errors, in Vietnamese', () => {
  it('rejects duplicates, unknown groups and overlapping number ranges', () => {
    expect(errors((c) => ({ ...c, counters: [...c.counters, { number: 2, name: 'Quầy trùng', groups: ['chung-thuc'] }] }))).toEqual(['Số quầy 2 bị trùng.']);
    expect(errors((c) => ({ ...c, counters: [{ number: 9, name: 'Quầy 9', groups: ['khong-co'] }] }))).toEqual(['Quầy 9 phục vụ nhóm "khong-co" nhưng nhóm này chưa được khai báo.']);
    expect(errors((c) => ({ ...c, serviceGroups: [...c.serviceGroups, { code: 'moi', name: 'Nhóm mới', numbers: { first: 1500, last: 1600 } }] }))).toEqual([
      'Dải số của nhóm "chung-thuc" và nhóm "moi" chồng nhau: hai công dân có thể nhận cùng một số trong ngày.',
    ]);
    expect(errors((c) => ({ ...c, serviceGroups: [...c.serviceGroups, { code: 'moi', name: 'Nhóm mới', numbers: { prefix: 'A', first: 1500, last: 1600 } }] }))).toEqual([]);
    expect(errors((c) => ({ ...c, serviceGroups: [...c.serviceGroups, { ...c.serviceGroups[0]!, numbers: { first: 7001, last: 7999 } }] }))).toContain('Mã nhóm dịch vụ "chung-thuc" bị trùng.');
  });

  it('rejects a field or procedure in two groups, a reversed range, and impossible samples', () => {
    expect(errors((c) => ({ ...c, serviceGroups: [...c.serviceGroups, { code: 'moi', name: 'Nhóm mới', numbers: { first: 7001, last: 7999 }, fields: ['ho-tich'] }] }))).toEqual([
      'Lĩnh vực "ho-tich" thuộc cả nhóm "tu-phap-ho-tich" và nhóm "moi"; mỗi lĩnh vực chỉ thuộc một nhóm.',
    ]);
    expect(errors((c) => ({ ...c, serviceGroups: [{ code: 'a', name: 'A', numbers: { first: 9, last: 1 } }], counters: [{ number: 1, name: 'Quầy 1', groups: ['a'] }] }))).toEqual([
      'Số đầu của dải số phải nhỏ hơn hoặc bằng số cuối.',
    ]);
    expect(errors((c) => ({ ...c, minimumServiceSample: 30 }))).toEqual(['Số lượt tối thiểu để ước tính thời gian phục vụ không được lớn hơn số lượt lấy mẫu.']);
  });

  it('names the field of a malformed value', () => {
    expect(errors((c) => ({ ...c, recallLimit: -1 }))).toEqual(['recallLimit: giá trị không hợp lệ.']);
    expect(errors((c) => ({ ...c, counters: [] }))).toEqual(['counters: giá trị không hợp lệ.']);
  });
});
