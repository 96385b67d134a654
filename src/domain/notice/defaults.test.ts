import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './defaults.ts';
import { NOTICE_CHANNELS, NOTICE_KINDS } from './kinds.ts';
import { noticeTemplateSchema, renderNotice, znsLongestLength, ZNS_MAX_CHARS } from './template.ts';
import { parseTemplate } from './template-text.ts';
import { SAMPLE_VALUES } from './preview.ts';
import { SMS_PARTS_BUDGET } from './sms.ts';

describe('default templates', () => {
  it('exist for every kind and channel, once', () => {
    for (const kind of NOTICE_KINDS) {
      for (const channel of NOTICE_CHANNELS) expect(DEFAULT_TEMPLATES.filter((t) => t.kind === kind && t.channel === channel)).toHaveLength(1);
    }
    expect(DEFAULT_TEMPLATES).toHaveLength(NOTICE_KINDS.length * NOTICE_CHANNELS.length);
  });

  it('pass the leader’s validation and render with sample values', () => {
    for (const template of DEFAULT_TEMPLATES) {
      const check = noticeTemplateSchema.safeParse(template);
      expect(check.error?.issues ?? [], `${template.kind}/${template.channel}`).toEqual([]);
      const rendered = renderNotice(template, SAMPLE_VALUES);
      expect(rendered.ok, `${template.kind}/${template.channel}: ${JSON.stringify(rendered)}`).toBe(true);
    }
  });

  it('keep SMS within the parts budget with ordinary values, and ZNS within Zalo’s limit at every cap', () => {
    for (const template of DEFAULT_TEMPLATES) {
      if (template.channel === 'sms' && template.kind !== 'pakn_reply') {
        const rendered = renderNotice(template, SAMPLE_VALUES);
        if (!rendered.ok || rendered.message.channel !== 'sms') throw new Error('SMS did not render');
        expect(rendered.message.length.parts, `${template.kind}: ${rendered.message.text}`).toBeLessThanOrEqual(SMS_PARTS_BUDGET);
      }
      if (template.channel === 'zalo') {
        expect(znsLongestLength(template)).toBeLessThanOrEqual(ZNS_MAX_CHARS);
        expect(template.templateId).toBe('');
      }
    }
  });

  it('carry no personal data: no name, and every text in Vietnamese with diacritics', () => {
    for (const template of DEFAULT_TEMPLATES) {
      const texts = template.channel === 'zalo' ? [template.sample, ...template.params.map((p) => p.value)] : template.channel === 'email' ? [template.subject, template.body] : [template.body];
      for (const text of texts) expect(parseTemplate(text).placeholders).not.toContain('hoTen');
      if (template.channel !== 'zalo') expect(texts.join(' ')).toMatch(/[ồơđếảạ]/u);
    }
  });
});
