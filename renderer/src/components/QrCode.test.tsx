import { renderToStaticMarkup } from 'react-dom/server';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { pairingUrl } from '../screens/staff/devices/PairingCodeCard';
import { QrCode } from './QrCode';

describe('the pairing QR code', () => {
  it('opens the pairing page of the hub’s first address with the code', () => {
    expect(pairingUrl('https://192.168.1.10:8443', '123456')).toBe(
      'https://192.168.1.10:8443/pair?code=123456',
    );
    expect(pairingUrl('https://hub.local:8443/', '004200')).toBe('https://hub.local:8443/pair?code=004200');
  });

  it('is drawn as SVG elements, one square per dark module of uqr’s matrix', () => {
    const text = pairingUrl('https://192.168.1.10:8443', '123456');
    const qr = encode(text, { ecc: 'M', border: 2 });
    const dark = qr.data.flat().filter(Boolean).length;
    const markup = renderToStaticMarkup(<QrCode text={text} label="QR" />);
    expect(markup).toContain(`viewBox="0 0 ${qr.size} ${qr.size}"`);
    expect(markup).toContain('role="img"');
    expect(markup.match(/h1v1h-1z/g)).toHaveLength(dark);
  });
});
