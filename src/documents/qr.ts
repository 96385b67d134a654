/**
 * QR codes of the public lookup address (Mẫu 01). Both renderers encode the payload with the
 * same options, so the printed and the on-screen code are the same symbol.
 */
import QRCode from 'qrcode';

/** Medium error correction survives a crease or a stamp; a one-module quiet zone is added by the page margin. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 1 } as const;

/** An SVG of the code, for the HTML forms. */
export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { ...QR_OPTIONS, type: 'svg' });
}

/** A PNG of the code (`width` pixels square), for the DOCX forms. */
export function qrPng(payload: string, width = 300): Promise<Buffer> {
  return QRCode.toBuffer(payload, { ...QR_OPTIONS, type: 'png', width });
}
