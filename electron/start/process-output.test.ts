import { describe, expect, it } from 'vitest';
import { appendTail, firstErrorLine, lastErrorLine } from './process-output';

describe('process output', () => {
  it('picks the error line of a failed download, not its stack', () => {
    const output = [
      'Downloading Electron binary...',
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/x/got/source/request-as-event-emitter.js:90:5)',
    ].join('\n');
    expect(firstErrorLine(output)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(firstErrorLine('')).toBe('no output');
  });

  it("picks Chromium's last complaint without its log prefix", () => {
    const output = [
      '[1:1:1121/1.0:ERROR:dbus/bus.cc(408)] Failed to connect to the bus',
      '[1:1:1121/1.0:ERROR:ui/ozone/platform/x11/ozone_platform_x11.cc(250)] Missing X server or $DISPLAY',
      '',
    ].join('\n');
    expect(lastErrorLine(output)).toBe('Missing X server or $DISPLAY');
    expect(lastErrorLine('all good\n')).toBeNull();
  });

  it('keeps only the tail of a long output', () => {
    const tail = appendTail('abc', Buffer.from('defgh'), 4);
    expect(tail).toBe('efgh');
  });
});
