/**
 * What of a PAKN may be shown without signing in: the public list of resolved PAKN and the
 * lookup page (NĐ 20/2008 art. 19 publishes the result; NĐ 13/2023 art. 2(3) and Luật 91/2025
 * protect the sender). The view is built field by field from an allow-list, so a field added
 * to PaknState later is private until someone adds it here.
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import { searchKey } from '../format/search-key.ts';
import type { Sender } from './events.ts';
import { CLASS_NAMES, KIND_NAMES, RESULT_NAMES, STATUS_NAMES, type PaknClass, type PaknKind, type PaknStatus, type ResolutionResult } from './labels.ts';
import type { PaknState } from './state.ts';

export interface PaknPublicView {
  code: string;
  unitCode: string;
  kind: PaknKind;
  kindName: string;
  status: PaknStatus;
  statusName: string;
  receivedAt: LocalMinute;
  class?: PaknClass;
  className?: string;
  /** Due date of the running duty clock (the sender may ask about handling, NĐ 20 art. 12(2)). */
  dueAt?: LocalMinute;
  resolvedAt?: LocalMinute;
  /** Present once published: the summary and the answer as published, and the result. */
  published?: {
    at: LocalMinute;
    summary: string;
    answer: string;
    result?: ResolutionResult;
    resultName?: string;
  };
}

/**
 * The public view of a PAKN: code, kind, status, dates and class; the content only as the
 * published summary and answer. Never the sender, the original content or title, the dossier or
 * officer concerned, handlers, notes or reasons.
 */
export function publicView(state: PaknState): PaknPublicView {
  const view: PaknPublicView = {
    code: state.code,
    unitCode: state.unitCode,
    kind: state.kind,
    kindName: KIND_NAMES[state.kind],
    status: state.status,
    statusName: STATUS_NAMES[state.status],
    receivedAt: state.receivedAt,
  };
  if (state.class !== undefined) {
    view.class = state.class;
    view.className = CLASS_NAMES[state.class];
  }
  if (state.dueAt !== undefined) view.dueAt = state.dueAt;
  if (state.resolvedAt !== undefined) view.resolvedAt = state.resolvedAt;
  if (state.publication !== undefined) {
    const result = state.answer?.result;
    view.published = {
      at: state.publication.at,
      summary: state.publication.summary,
      answer: state.publication.answer,
      ...(result === undefined ? {} : { result, resultName: RESULT_NAMES[result] }),
    };
  }
  return view;
}

export type PersonalField = 'name' | 'idNumber' | 'phone' | 'email' | 'address';

const digits = (text: string): string => text.replace(/\D/g, '');

/** Folded words separated by single spaces: no case, no diacritics, no punctuation. */
const words = (text: string): string => searchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** As whole words: "Nguyễn Văn An" is found in "ông NGUYEN VAN AN," but not in "Nguyễn Văn Anh". */
function containsWords(haystack: string, needle: string): boolean {
  const wanted = words(needle);
  return wanted.length >= 2 && ` ${words(haystack)} `.includes(` ${wanted} `);
}

/** Numbers are compared by their digits, so "0912 345 678" is found as "0912.345.678". */
function containsNumber(haystack: string, needle: string): boolean {
  const wanted = digits(needle);
  return wanted.length >= 6 && digits(haystack).includes(wanted);
}

/**
 * The sender's personal fields that appear in a text meant for publication: the full name (as
 * whole words, any case or diacritics), the ID number and the phone number (by their digits),
 * the e-mail address, the address. A guard against the obvious, not an anonymiser: a reviewer
 * still reads what is published.
 */
export function findPersonalData(text: string, sender: Sender): PersonalField[] {
  const found: PersonalField[] = [];
  if (sender.name !== undefined && containsWords(text, sender.name)) found.push('name');
  if (sender.idNumber !== undefined && containsNumber(text, sender.idNumber)) found.push('idNumber');
  if (sender.phone !== undefined && containsNumber(text, sender.phone)) found.push('phone');
  if (sender.email !== undefined && sender.email.length >= 3 && text.toLowerCase().includes(sender.email.toLowerCase())) found.push('email');
  if (sender.address !== undefined && containsWords(text, sender.address)) found.push('address');
  return found;
}
