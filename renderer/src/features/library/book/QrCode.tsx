import { useQuery } from '@tanstack/react-query';
import { toString as qrSvg } from 'qrcode';
import { useTranslation } from 'react-i18next';

/** The SVG as a data: URL: the CSP allows images from data:, and nothing leaves the machine. */
async function qrDataUrl(text: string): Promise<string> {
  const svg = await qrSvg(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A QR code of the book's details (plain text, no web address: the centre is offline) for a phone to keep. */
export function QrCode({ text }: { text: string }) {
  const { t } = useTranslation('library');
  const qr = useQuery({ queryKey: ['qr', text], queryFn: () => qrDataUrl(text), staleTime: Infinity });
  return (
    <figure className="library-book-qr">
      {qr.data ? (
        <img src={qr.data} alt={t('book.qrAlt')} className="library-book-qr-image" draggable={false} />
      ) : (
        <div className="library-book-qr-image" aria-hidden="true" />
      )}
      <figcaption>{t('book.qrCaption')}</figcaption>
    </figure>
  );
}
