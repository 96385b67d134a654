/** A unit's notice templates and the live preview of a draft (issue 17, docs/notices.md "Templates"). */
import { useCallback, useEffect, useState } from 'react';
import { client, ok } from '../../api.ts';
import type { paths } from '../../api/schema.d.ts';

type ListResponse = paths['/api/units/{code}/notice-templates']['get']['responses'][200]['content']['application/json'];
export type TemplateEntry = ListResponse['items'][number];
export type TemplateDraft = TemplateEntry['template'];
export type TemplatePreview = paths['/api/units/{code}/notice-templates/preview']['post']['responses'][200]['content']['application/json'];

export function useNoticeTemplates(unitCode: string | undefined) {
  const [items, setItems] = useState<TemplateEntry[]>([]);
  const reload = useCallback(() => {
    if (!unitCode) return;
    void ok(client.GET('/api/units/{code}/notice-templates', { params: { path: { code: unitCode } } })).then((r) => setItems(r.items), () => setItems([]));
  }, [unitCode]);
  useEffect(reload, [reload]);
  const path = (draft: TemplateDraft) => ({ path: { code: unitCode!, kind: draft.kind, channel: draft.channel } });
  return {
    items,
    save: async (draft: TemplateDraft) => {
      await ok(client.PUT('/api/units/{code}/notice-templates/{kind}/{channel}', { params: path(draft), body: { template: draft } }));
      reload();
    },
    reset: async (draft: TemplateDraft) => {
      await ok(client.DELETE('/api/units/{code}/notice-templates/{kind}/{channel}', { params: path(draft) }));
      reload();
    },
  };
}

/** The preview of a draft, asked again 400 ms after the last keystroke. */
export function useTemplatePreview(unitCode: string | undefined, draft: TemplateDraft | undefined, dossierCode: string) {
  const [preview, setPreview] = useState<TemplatePreview | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!unitCode || !draft) return;
    const timer = setTimeout(() => {
      const body = { template: draft, ...(dossierCode.trim() ? { dossierCode: dossierCode.trim() } : {}) };
      ok(client.POST('/api/units/{code}/notice-templates/preview', { params: { path: { code: unitCode } }, body })).then(
        (p) => {
          setPreview(p);
          setError(undefined);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [unitCode, draft, dossierCode]);
  return { preview, error };
}
