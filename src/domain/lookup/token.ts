/**
 * The lookup token: what Mẫu 01's QR code carries instead of the dossier code.
 *
 * Dossier codes are gapless per unit and day (`{unit}-{yyMMdd}-{seq}`), so a page keyed by the
 * code alone lets anyone walk every dossier of a unit. The token is 16 random bytes (128 bits)
 * written in base64url without padding: 22 characters, safe in a path and in a QR code.
 * Drawing the random bytes is the platform's job (node:crypto); the core only encodes and checks.
 */

/** 128 bits: the minimum, and the size the platform draws. */
export const LOOKUP_TOKEN_BYTES = 16;
/** base64url of 16 bytes without padding. */
export const LOOKUP_TOKEN_LENGTH = 22;
/** The public lookup page lives under this path of the unit's public address. */
export const LOOKUP_PATH_PREFIX = '/tra-cuu/';

/**
 * 22 base64url characters; the last one carries only 2 data bits (16 bytes = 128 bits in
 * 132 bits of text), so it is one of A, Q, g, w: a token has exactly one spelling.
 */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/** Encodes random bytes as a lookup token. Throws when given fewer or more than 16 bytes. */
export function lookupTokenFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== LOOKUP_TOKEN_BYTES) {
    throw new RangeError(`Mã tra cứu cần đúng ${LOOKUP_TOKEN_BYTES} byte ngẫu nhiên (nhận được ${bytes.length}).`);
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/u, '');
}

/** Is this text a well-formed lookup token? (Says nothing about whether it was issued.) */
export function isLookupToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

/** `/tra-cuu/<token>`: the path printed on the forms. Throws on a malformed token. */
export function lookupPath(token: string): string {
  if (!isLookupToken(token)) throw new RangeError('Mã tra cứu không đúng định dạng.');
  return `${LOOKUP_PATH_PREFIX}${token}`;
}

/** `<public base address>/tra-cuu/<token>`; the base's trailing slashes are dropped. */
export function lookupUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/+$/u, '')}${lookupPath(token)}`;
}

/**
 * The token in a lookup path, or undefined. A path that holds anything else — notably a
 * dossier code, as printed by the receipts made before tokens existed — yields undefined.
 */
export function tokenFromLookupPath(path: string): string | undefined {
  if (!path.startsWith(LOOKUP_PATH_PREFIX)) return undefined;
  const rest = path.slice(LOOKUP_PATH_PREFIX.length).replace(/\/+$/u, '');
  return isLookupToken(rest) ? rest : undefined;
}
