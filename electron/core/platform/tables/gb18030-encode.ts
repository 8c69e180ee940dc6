/**
 * Text to GB18030 bytes, as Excel on Chinese Windows saves a CSV: the demo's caption sheet and the
 * import tests write such files. Node has a GB18030 decoder but no encoder, so the table is the decoder run backwards over every two-byte code
 * (GBK's range, which holds all of GB2312 and every character a catalogue uses).
 */
let table: Map<string, number> | undefined;

function encodeTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Buffer {
  const codes = encodeTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = codes.get(ch);
    if (code === undefined) throw new Error(`No two-byte GB18030 code for ${ch} (U+${cp.toString(16)})`);
    out.push(code >> 8, code & 0xff);
  }
  return Buffer.from(out);
}
