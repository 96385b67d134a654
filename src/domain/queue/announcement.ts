/**
 * The words of a call, for the waiting-room board and the voice. Text only: the board speaks
 * it with a local engine (espeak-ng, voice `vi`) or plays one pre-recorded file per fragment;
 * nothing depends on an online service (citizen-services §1.1, FQM issue #5).
 *
 * The ticket number is spoken digit by digit ("một, không, hai, ba"), as Vietnamese callers do:
 * a digit is understood over the noise of a hall where "một nghìn không trăm hai mươi ba" is
 * not, and ten digit recordings cover every number. The counter number is spoken as a number
 * ("quầy số mười hai"). Every number is already written in words, so the speech never depends
 * on an engine's number rules, and the same fragments work for recordings.
 */

import { ANNOUNCEMENT_WORDS, DIGIT_WORDS, HELPER_ERRORS, FIVE_AFTER_TEN, LETTER_WORDS, TEN_WORD, TENS_SUFFIX, UNIT_AFTER_TENS } from './labels.ts';

export interface Announcement {
  /** For the board: "Mời công dân có số 1023 đến quầy số 2". */
  display: string;
  /** For a speech engine: "Mời công dân có số một, không, hai, ba, đến quầy số hai." */
  speech: string;
  /** The spoken pieces in order, one recording each: ["Mời công dân có số", "một", …, "đến quầy số", "hai"]. */
  fragments: string[];
}

/** Vietnamese words of a whole number from 0 to 99: 5 → "năm", 15 → "mười lăm", 21 → "hai mươi mốt". */
export function numberWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) throw new RangeError(HELPER_ERRORS.numberWords(value));
  if (value < 10) return DIGIT_WORDS[value]!;
  const tens = Math.floor(value / 10);
  const unit = value % 10;
  const head = tens === 1 ? TEN_WORD : `${DIGIT_WORDS[tens]!} ${TENS_SUFFIX}`;
  if (unit === 0) return head;
  const unitWord = tens === 1 ? (unit === 5 ? FIVE_AFTER_TEN : DIGIT_WORDS[unit]!) : (UNIT_AFTER_TENS[unit] ?? DIGIT_WORDS[unit]!);
  return `${head} ${unitWord}`;
}

/** A ticket label as spoken pieces: "A023" → ["a", "không", "hai", "ba"]. */
export function labelWords(label: string): string[] {
  return [...label].map((character) => {
    if (/\d/.test(character)) return DIGIT_WORDS[Number(character)]!;
    const letter = LETTER_WORDS[character.toUpperCase()];
    if (letter === undefined) throw new RangeError(HELPER_ERRORS.unreadableCharacter(character));
    return letter;
  });
}

/** The call of ticket `label` to `counter`. */
export function callAnnouncement(label: string, counter: number): Announcement {
  const digits = labelWords(label);
  const counterWords = numberWords(counter);
  return {
    display: `${ANNOUNCEMENT_WORDS.invite} ${label} ${ANNOUNCEMENT_WORDS.toCounter} ${counter}`,
    speech: `${ANNOUNCEMENT_WORDS.invite} ${digits.join(', ')}, ${ANNOUNCEMENT_WORDS.toCounter} ${counterWords}.`,
    fragments: [ANNOUNCEMENT_WORDS.invite, ...digits, ANNOUNCEMENT_WORDS.toCounter, counterWords],
  };
}
