/**
 * Is a new password too easy to guess? Checked wherever a password is set: a new account, a
 * reset, one's own change (API), `motcua user password`, MOTCUA_ADMIN_PASSWORD and
 * MOTCUA_DEMO_PASSWORD. zxcvbn-ts estimates how many guesses an attacker needs, with the common
 * password, name and word lists of @zxcvbn-ts/language-common, keyboard rows, repeats,
 * sequences and dates, and the account's own username and name; a password needing fewer than
 * 10^8 guesses (score below 3) is refused with the reason in Vietnamese. Length (8–200) is the
 * schema's business; whitespace only and the username itself are refused here by name.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { badRequest } from '../errors.ts';

/** zxcvbn score a password must reach: 3 = "safely unguessable" (≥ 10^8 guesses). */
export const MIN_PASSWORD_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

/** Why zxcvbn found a password weak, by its warning key. */
const WARNINGS: Record<string, string> = {
  topTen: 'đây là một trong những mật khẩu bị dùng nhiều nhất',
  topHundred: 'đây là một trong những mật khẩu bị dùng nhiều nhất',
  common: 'đây là mật khẩu phổ biến, có trong các danh sách mật khẩu hay dùng',
  similarToCommon: 'mật khẩu gần giống một mật khẩu phổ biến',
  wordByItself: 'một từ đứng riêng rất dễ đoán',
  namesByThemselves: 'tên người đứng riêng rất dễ đoán',
  commonNames: 'tên người phổ biến rất dễ đoán',
  straightRow: 'mật khẩu là một hàng phím liền nhau trên bàn phím',
  keyPattern: 'mật khẩu là một mẫu gõ phím ngắn',
  simpleRepeat: 'mật khẩu lặp lại một ký tự (như "aaaaaaaa")',
  extendedRepeat: 'mật khẩu lặp lại một cụm ký tự (như "abcabcabc")',
  sequences: 'mật khẩu là một dãy liên tiếp (như "12345678" hay "abcdefgh")',
  recentYears: 'mật khẩu dựa trên năm gần đây',
  dates: 'mật khẩu dựa trên ngày tháng',
  userInputs: 'mật khẩu chứa tên đăng nhập hoặc họ tên của tài khoản',
  pwned: 'mật khẩu này đã lộ trong các vụ rò rỉ dữ liệu',
};

const ADVICE = 'Hãy dùng một cụm từ dài hơn, ví dụ ba bốn từ không liên quan nối bằng dấu gạch ("que-huong-cau-tre-mua-thu").';

/** The Vietnamese reason a new password is refused, or undefined when it is strong enough. */
export function weakPasswordReason(password: string, account: { username?: string; fullName?: string } = {}): string | undefined {
  if (password.trim() === '') return `Mật khẩu quá yếu: không được chỉ gồm khoảng trắng. ${ADVICE}`;
  const username = account.username?.trim().toLowerCase();
  if (username && password.trim().toLowerCase() === username) return `Mật khẩu quá yếu: không được trùng tên đăng nhập. ${ADVICE}`;
  const inputs = [account.username, account.fullName, ...(account.fullName?.split(/\s+/) ?? []), ...(account.username?.split(/[._-]+/) ?? [])].filter((text): text is string => !!text && text.length > 1);
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const why = (result.feedback.warning && WARNINGS[result.feedback.warning]) || 'mật khẩu ngắn hoặc quen thuộc, dễ bị dò ra';
  return `Mật khẩu quá yếu: ${why}. ${ADVICE}`;
}

/** Refuses a weak new password with a 400 naming the field. */
export function assertStrongPassword(password: string, account: { username?: string; fullName?: string }, field: string): void {
  const reason = weakPasswordReason(password, account);
  if (reason) throw badRequest(reason, field);
}
