/**
 * Empty states (issue 15): every list says why it is empty and what to do. Each table or list
 * passes its own text (`locale.emptyText`); this is the fallback of the ConfigProvider for the
 * ones that do not, instead of Ant Design's bare "Trống" (vi_VN).
 */
import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** Fallback texts by Ant Design component name. */
export const EMPTY_FALLBACK = {
  choice: 'Không có lựa chọn nào khớp với chữ đã gõ. Hãy gõ ít chữ hơn hoặc bỏ dấu.',
  list: 'Chưa có mục nào ở đây. Mục mới sẽ hiện ra khi được thêm; nếu đang lọc, hãy bỏ bớt điều kiện lọc.',
} as const;

const CHOICE_COMPONENTS = new Set(['Select', 'TreeSelect', 'Cascader', 'AutoComplete', 'Transfer']);

export function renderEmpty(componentName?: string): ReactNode {
  const choice = componentName !== undefined && CHOICE_COMPONENTS.has(componentName);
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={choice ? EMPTY_FALLBACK.choice : EMPTY_FALLBACK.list} />;
}
