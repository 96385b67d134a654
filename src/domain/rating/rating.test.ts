import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_CONFIG, parseRatingConfig, type RatingConfigInput } from './rating-config.ts';
import { decideRating, mayRate, ratingSchema, type RatingSubmission } from './rating.ts';
import { buildRating, dayAt, dossierCode, minuteAt, TicketBuilder } from '../../../test/support/queue-builders.ts';

const config = DEFAULT_RATING_CONFIG;
const day = dayAt('2026-03-02');
const served = new TicketBuilder('T1')
  .issue(minuteAt('2026-03-02T08:00'), { group: 'tu-phap-ho-tich', number: 2001 })
  .call(minuteAt('2026-03-02T08:10'), 2)
  .start(minuteAt('2026-03-02T08:11'))
  .serve(minuteAt('2026-03-02T08:26'), [dossierCode(day, 7), dossierCode(day, 8)])
  .state();
const submission = (overrides: Partial<RatingSubmission> = {}): RatingSubmission => ({
  channel: 'counter_tablet',
  at: minuteAt('2026-03-02T08:27'),
  answers: [
    { question: 'chung', level: 'hai-long' },
    { question: 'thai-do', level: 'binh-thuong' },
  ],
  ...overrides,
});

describe('default rating questions and scale', () => {
  it('are three levels and the criteria a citizen can judge, with one required overall question', () => {
    expect(config.scale.map((level) => [level.label, level.sentiment, level.score])).toEqual([
      ['Hài lòng', 'satisfied', 2],
      ['Bình thường', 'neutral', 1],
      ['Không hài lòng', 'dissatisfied', 0],
    ]);
    expect(config.questions.map((q) => [q.code, q.criterion, q.required])).toEqual([
      ['chung', 'overall', true],
      ['thai-do', 'attitude', false],
      ['huong-dan', 'guidance', false],
      ['thoi-gian', 'time', false],
    ]);
    expect(config.windowDays).toBe(7);
  });

  it('refuse a configuration without both ends of the scale or without a required overall question', () => {
    const errors = (input: RatingConfigInput) => {
      const result = parseRatingConfig(input);
      return result.ok ? [] : result.errors;
    };
    expect(errors({ ...config, scale: config.scale.filter((l) => l.sentiment !== 'dissatisfied') })).toEqual(['Thang đánh giá phải có ít nhất một mức hài lòng và một mức không hài lòng.']);
    expect(errors({ ...config, overallQuestion: 'thai-do' })).toEqual(['Câu hỏi đánh giá chung phải là câu bắt buộc trả lời.']);
    expect(errors({ ...config, overallQuestion: 'khong-co' })).toEqual(['Câu hỏi đánh giá chung "khong-co" không có trong danh sách câu hỏi.']);
    expect(errors({ ...config, scale: [...config.scale, config.scale[0]!] })).toEqual(['Mức đánh giá "hai-long" bị trùng.']);
    expect(errors({ ...config, windowDays: 90 })).toEqual(['windowDays: giá trị không hợp lệ.']);
  });
});

describe('one rating per visit', () => {
  it('only after the service, once, within the window', () => {
    expect(mayRate(served, [], minuteAt('2026-03-02T08:27'), config)).toEqual({ ok: true });
    expect(mayRate(served, [{ ticketId: 'T1' }], minuteAt('2026-03-02T08:27'), config)).toEqual({ ok: false, reason: 'Lượt phục vụ này đã được đánh giá; mỗi lượt chỉ đánh giá một lần.' });
    expect(mayRate(served, [{ ticketId: 'T2' }], minuteAt('2026-03-02T08:27'), config).ok).toBe(true);
    expect(mayRate(served, [], minuteAt('2026-03-02T08:25'), config)).toEqual({ ok: false, field: 'at', reason: 'Thời điểm đánh giá không được trước khi hoàn thành phục vụ.' });
    expect(mayRate(served, [], minuteAt('2026-03-09T08:26'), config).ok).toBe(true); // exactly 7 days later
    expect(mayRate(served, [], minuteAt('2026-03-09T08:27'), config)).toEqual({ ok: false, field: 'at', reason: 'Đã quá thời hạn đánh giá (7 ngày sau khi được phục vụ).' });
    const waiting = new TicketBuilder('T3').issue(minuteAt('2026-03-02T08:00')).state();
    expect(mayRate(waiting, [], minuteAt('2026-03-02T08:27'), config)).toEqual({ ok: false, reason: 'Chỉ đánh giá được sau khi công dân đã được phục vụ tại quầy.' });
  });
});

describe('decideRating', () => {
  it('links the record to the ticket, counter, officer, department and dossiers, and nothing about the citizen', () => {
    const decision = decideRating(served, [], submission({ comment: '  Cán bộ nhiệt tình  ' }), { id: 'r1', departmentCode: 'vp-hdnd-ubnd' }, config);
    expect(decision).toEqual({
      ok: true,
      rating: {
        id: 'r1',
        unitCode: '000.00.24.H24',
        ticketId: 'T1',
        at: minuteAt('2026-03-02T08:27'),
        channel: 'counter_tablet',
        counter: 2,
        officerId: 'can-bo-a',
        departmentCode: 'vp-hdnd-ubnd',
        dossierCodes: ['000.00.24.H24-260302-0007', '000.00.24.H24-260302-0008'],
        sentiment: 'satisfied',
        answers: [
          { question: 'chung', level: 'hai-long', sentiment: 'satisfied', score: 2 },
          { question: 'thai-do', level: 'binh-thuong', sentiment: 'neutral', score: 1 },
        ],
        comment: 'Cán bộ nhiệt tình',
      },
    });
    if (!decision.ok) return;
    expect(ratingSchema.safeParse({ ...decision.rating, citizenPhone: '0912345678' }).success).toBe(false);
  });

  it('counts the visit by its overall answer, whatever the other answers say', () => {
    const mixed = decideRating(served, [], submission({ answers: [{ question: 'chung', level: 'binh-thuong' }, { question: 'thai-do', level: 'khong-hai-long' }] }), { id: 'r2' }, config);
    expect(mixed.ok && mixed.rating.sentiment).toBe('neutral');
  });

  it('refuses unknown, repeated and missing answers in Vietnamese', () => {
    const refuse = (answers: RatingSubmission['answers']) => {
      const decision = decideRating(served, [], submission({ answers }), { id: 'r' }, config);
      return decision.ok ? 'admitted' : decision.reason;
    };
    expect(refuse([{ question: 'khong-co', level: 'hai-long' }])).toBe('Không có câu hỏi "khong-co".');
    expect(refuse([{ question: 'chung', level: 'rat-hai-long' }])).toBe('Không có mức đánh giá "rat-hai-long".');
    expect(refuse([{ question: 'chung', level: 'hai-long' }, { question: 'chung', level: 'khong-hai-long' }])).toBe('Câu hỏi "chung" được trả lời hai lần.');
    expect(refuse([{ question: 'thai-do', level: 'hai-long' }])).toBe('Xin ông/bà trả lời câu hỏi: "Ông/Bà có hài lòng với việc tiếp nhận, giải quyết thủ tục hành chính hôm nay không?".');
  });

  it('works with a unit’s own five-level scale, and keeps each answer’s sentiment as it was', () => {
    const five = parseRatingConfig({
      ...config,
      scale: [
        { code: 'rat-hai-long', label: 'Rất hài lòng', sentiment: 'satisfied', score: 4 },
        { code: 'hai-long', label: 'Hài lòng', sentiment: 'satisfied', score: 3 },
        { code: 'binh-thuong', label: 'Bình thường', sentiment: 'neutral', score: 2 },
        { code: 'khong-hai-long', label: 'Không hài lòng', sentiment: 'dissatisfied', score: 1 },
        { code: 'rat-khong-hai-long', label: 'Rất không hài lòng', sentiment: 'dissatisfied', score: 0 },
      ],
    });
    if (!five.ok) throw new Error(five.errors.join(' '));
    const rating = buildRating(served, { config: five.config, answers: { chung: 'rat-khong-hai-long' } });
    expect(rating.sentiment).toBe('dissatisfied');
    expect(rating.answers).toEqual([{ question: 'chung', level: 'rat-khong-hai-long', sentiment: 'dissatisfied', score: 0 }]);
  });
});
