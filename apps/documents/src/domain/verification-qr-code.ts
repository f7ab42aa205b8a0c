import QRCode from 'qrcode';
import { SafeHtml } from './html';

/** Medium error correction (15 %): survives a crease or a stain on a printed sheet, keeps the symbol small. */
export const QR_CODE_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

/** The public page where a recruiter checks a certificate by its verification code (rules §11). */
export function verificationPageUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verification`;
}

/** The page of one certificate: `<PUBLIC_URL>/verification/<code>`, opened by the attestation's QR code. */
export function verificationUrl(publicUrl: string, verificationCode: string): string {
  return `${verificationPageUrl(publicUrl)}/${encodeURIComponent(verificationCode)}`;
}

/**
 * The QR code of a URL as an inline SVG element (vector: sharp at any print resolution, a few kB in the PDF).
 * The `qrcode` package writes only numbers and fixed markup in it: no user text reaches the SVG.
 */
export async function qrCodeSvg(url: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(url, QR_CODE_OPTIONS);
  return new SafeHtml(svg.trim());
}
