import { describe, expect, it } from 'vitest';
import { replaceGenerated, sectionsOf } from '../../bench/doc-sections.ts';

const DOC = [
  '# Hiệu năng',
  '',
  '## deadline',
  '',
  'Bảng cũ của deadline.',
  '',
  '## supervision',
  '',
  'Bảng cũ.',
  '',
  '### Trước và sau',
  '',
  'Ghi chép viết tay.',
  '',
].join('\n');

describe('docs/benchmarks.md sections', () => {
  it('keeps a suite’s hand-written notes when its table is measured again', () => {
    const sections = sectionsOf(DOC);
    expect([...sections.keys()]).toEqual(['deadline', 'supervision']);
    const replaced = replaceGenerated(sections.get('supervision'), '## supervision\n\nBảng mới.');
    expect(replaced).toBe('## supervision\n\nBảng mới.\n\n### Trước và sau\n\nGhi chép viết tay.');
    expect(replaceGenerated(sections.get('deadline'), '## deadline\n\nBảng mới.')).toBe('## deadline\n\nBảng mới.');
    expect(replaceGenerated(undefined, '## demo\n\nBảng.')).toBe('## demo\n\nBảng.');
  });
});
